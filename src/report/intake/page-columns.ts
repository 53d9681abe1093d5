// The page's table columns, read once from where the header's words stand (pure). Tesseract gives each word a box;
// the text a photo becomes keeps only the gaps between neighbouring words (ocr-lines.ts), so whether a row holds a
// second table beside the first was decided per row from the width of one gap — in report-texts-16 r11 the gap
// between "3.50-5.30" and "脂蛋白 (a)" was narrower than the second-table gap, the two tables ran together and the
// right-hand rows were lost (HDL, Lp(a), Hcy, hs-CRP). The header line says it once for the whole page: two
// name/value column groups side by side ("项目 结果 单位 参考值 项目 结果 单位 参考值"), the second starting at a
// known x. Rows below it are cut there, whatever their own gaps are.
import { columnRole, type ColumnRole } from '../column-roles.js';
import type { OcrLine } from './ocr-lines.js';

export interface HeaderCell {
  text: string;
  role: ColumnRole;
  x0: number;
  x1: number;
}

interface Box {
  text: string;
  x0: number;
  x1: number;
}

/** A line's words with their boxes, or undefined when a word has none (text not read from a page). */
function boxes(line: OcrLine): Box[] | undefined {
  const out: Box[] = [];
  for (const s of line.spans) {
    if (s.x0 === undefined || s.x1 === undefined) return undefined;
    out.push({ text: line.text.slice(s.start, s.end), x0: s.x0, x1: s.x1 });
  }
  return out;
}

/** Words closer than `joinGap` pixels are one cell ("项" "目" → 项目). */
function cells(words: readonly Box[], joinGap: number): Box[] {
  const out: Box[] = [];
  for (const w of [...words].sort((a, b) => a.x0 - b.x0)) {
    const last = out.at(-1);
    if (last && w.x0 - last.x1 <= joinGap) {
      last.text += w.text;
      last.x1 = Math.max(last.x1, w.x1);
    } else out.push({ ...w });
  }
  return out;
}

/**
 * The cells of a table header line, each with its role, when every cell names a role and the line holds a name and
 * a value column; else undefined (a title, a demographics line, a result row).
 */
export function headerCells(line: OcrLine): HeaderCell[] | undefined {
  const ws = boxes(line);
  if (!ws || ws.length < 2 || line.y0 === undefined || line.y1 === undefined) return undefined;
  const cs = cells(ws, 0.6 * (line.y1 - line.y0));
  if (cs.length < 3) return undefined;
  const out: HeaderCell[] = [];
  for (const c of cs) {
    const role = columnRole(c.text);
    if (!role) return undefined;
    out.push({ ...c, role });
  }
  return out.some((c) => c.role === 'name') && out.some((c) => c.role === 'value') ? out : undefined;
}

/**
 * Where each table after the first starts on the page (x in pixels, halfway between the last header cell of one
 * table and the first of the next): a name or code column after a value column opens a new table when a value
 * column of its own follows it ("… 参考值 项目 结果 …"; a trailing "Lab" or "检验" column opens none). Empty for a
 * page with one table.
 */
export function tableStarts(header: readonly HeaderCell[]): number[] {
  const starts: number[] = [];
  let valueSeen = false;
  header.forEach((c, i) => {
    const opens = (c.role === 'name' || c.role === 'code') && valueSeen && header.slice(i + 1).some((d) => d.role === 'value');
    if (opens) {
      starts.push((header[i - 1].x1 + c.x0) / 2);
      valueSeen = false;
    }
    if (c.role === 'value') valueSeen = true;
  });
  return starts;
}

/** Which table a word stands in, by its left edge against the table starts (0 = the first). */
const tableOf = (starts: readonly number[], x0: number): number => starts.filter((s) => x0 >= s).length;

/** The gap a printout shows between two tables side by side (parse.ts splitColumns cuts a row there). */
const TABLE_GAP = '    ';

/**
 * The page's lines with every row under a header of side-by-side tables cut where the next table starts: the gap
 * before its first word widened to a second-table gap (spans moved to match). Lines are never joined or split, so
 * line numbers stay; a page with one table, or without word boxes, comes back unchanged.
 */
export function cutSideBySide(lines: readonly (OcrLine | undefined)[]): (OcrLine | undefined)[] {
  let starts: number[] = [];
  return lines.map((line) => {
    if (!line) return line;
    const header = headerCells(line);
    if (header) {
      starts = tableStarts(header);
      return line;
    }
    if (!starts.length) return line;
    const ws = boxes(line);
    if (!ws) return line;
    let text = line.text;
    let shift = 0;
    const spans = line.spans.map((s, i) => {
      const moved = { ...s, start: s.start + shift, end: s.end + shift };
      if (i === 0 || tableOf(starts, ws[i].x0) <= tableOf(starts, ws[i - 1].x0)) return moved;
      // Widen the gap between the previous word and this one to a second-table gap.
      const prevEnd = line.spans[i - 1].end + shift;
      const gap = moved.start - prevEnd;
      if (gap >= TABLE_GAP.length) return moved;
      const add = TABLE_GAP.length - gap;
      text = `${text.slice(0, prevEnd)}${TABLE_GAP}${text.slice(moved.start)}`;
      shift += add;
      return { ...moved, start: moved.start + add, end: moved.end + add };
    });
    return text === line.text ? line : { ...line, text, spans };
  });
}
