// Structure reader: before lines are read one by one (rows.ts, parse.ts), whole structures are recognised and read
// as structures — a table's header decides once which column is the name, the current result, the unit, the range,
// the flag (and which columns to ignore: a previous result, a method, a date, a row number), then every row is read
// by role; HL7 OBX segments by their fields; JSON(-ish) exports by their keys; e-mail quoting (">") is removed;
// portal cards that print a field label alone on a line ("Result" / "13.2 g/dL") are joined to "Result: 13.2 g/dL".
// Each recognised row becomes one canonical line "name  value  flag  unit  range" for the line parser; structure
// that holds no result (headers, MSH/PID segments, separators, metadata objects) is dropped. Pure.
import { aliasAtStart, isAlias } from './alias-index.js';
import { NAME_JOIN } from './name-number.js';
import { type Cell, spacedCells } from './spaced-cells.js';
import { readSerialTable } from './serial-columns.js';
import { collectionCells, placeRow, readSerialRow } from './serial-row.js';
import { CELL_GAP, type ColumnRole, columnRole, isChangeColumn, LETTER_SPACED_HAN } from './column-roles.js';
import { HL7_SEGMENT, hl7Row, jsonRows, parseJsonish } from './lab-exports.js';
import { isValueToken, splitTokens } from './line-tokens.js';
import { type RangeList, readRangeList } from './range-list.js';

export interface SourceLine {
  /** 1-based line number in the input. */
  lineNo: number;
  text: string;
  /** A table row's range cell holding several labelled ranges: kept apart from the text (range-list.ts). */
  rangeList?: RangeList;
  /**
   * A serial table's row whose current value could not be decided (serial-row.ts): its values as printed. The text
   * holds the first of them only so the row's name, unit and range are read; the parser withholds the value.
   */
  undecided?: string[];
  /** A serial table's row read to one current value: every cell after its name as printed (serial-undecided.ts checkDropped). */
  serialCells?: string[];
}

type Splitter = 'pipe' | 'tab' | 'semicolon' | 'comma' | 'spaces';

/** Quote-aware split of one CSV line. */
function splitCsv(line: string, sep: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') {
      if (quoted && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else quoted = !quoted;
    } else if (c === sep && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out.map((s) => s.trim());
}

const PIPE = /[|│┃║¦]/;

function cellsOf(line: string, how: Splitter): Cell[] {
  let parts: string[];
  if (how === 'pipe') {
    const inner = line
      .trim()
      .replace(/^[|│┃║¦]/, '')
      .replace(/[|│┃║¦]$/, '');
    parts = inner.split(/[|│┃║¦]/).map((s) => s.trim());
  } else if (how === 'tab') parts = line.split('\t').map((s) => s.trim());
  else if (how === 'semicolon') parts = splitCsv(line, ';');
  else if (how === 'comma') parts = splitCsv(line, ',');
  else return spacedCells(line);
  return parts.map((text, i) => ({ text, col: i, end: i + 1 }));
}

/** How a line would split into cells, if it looks delimited at all. */
function splitterOf(line: string): Splitter[] {
  const out: Splitter[] = [];
  if ((line.match(/[|│┃║¦]/g) ?? []).length >= 2) out.push('pipe');
  if ((line.match(/\t/g) ?? []).length >= 2) out.push('tab');
  if ((line.match(/;/g) ?? []).length >= 2) out.push('semicolon');
  if ((line.match(/,/g) ?? []).length >= 2) out.push('comma');
  if (/\S(?: {2,}|\u3000)\S/.test(line)) out.push('spaces');
  return out;
}

interface Table {
  how: Splitter;
  roles: (ColumnRole | undefined)[];
  header: Cell[];
}

/** A date as a column title: "03-11", "2025/03/04", "03/11/25". */
const DATE_TITLE = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?)$/;

/** A header line: ≥3 cells, a value column and a name (or code) column, at most one cell of no known role. */
function readHeader(line: string): Table | undefined {
  for (const how of splitterOf(line)) {
    const header = cellsOf(line, how).filter((c) => how !== 'spaces' || c.text);
    // Key=value records and labelled fields ("TEST=ALT | RESULT=28", "姓名：王") are not column headers.
    if (header.length < 3 || header.some((c) => /[=＝]|[:：]\s*\S/.test(c.text))) continue;
    // A date titling a column beside a titled result column is a previous result's column ("项目  结果  单位  参考范围
    // 03-11  03-04": review s34 D, s28 f09 — the serial reader leaves such a head to this one).
    const titled = header.map((c) => columnRole(c.text) ?? (isChangeColumn(c.text) ? 'ignore' : undefined));
    const roles = titled.map((r, k) => r ?? (titled.includes('value') && DATE_TITLE.test(header[k].text.trim()) ? 'previous' : undefined));
    const unknown = roles.filter((r) => r === undefined).length;
    if (unknown > 1 || (unknown === 1 && header.length < 4)) continue;
    if (!roles.includes('value') || !(roles.includes('name') || roles.includes('code'))) continue;
    // Two tables side by side repeat their name and value roles; the line reader cuts them apart (rows.ts). Another
    // repeated role ("Flag" and "Status", two dates) keeps its first column; the later ones are ignored.
    if (roles.filter((r) => r === 'name').length > 1 || roles.filter((r) => r === 'value').length > 1) continue;
    // A cell of no known role between the name and the value column may be the current result itself, misread
    // ("Component  Resuit  Flag  Result" in a photo: the known "Result" is the prior column): no header is trusted.
    const firstValue = roles.indexOf('value');
    const lastName = Math.max(roles.lastIndexOf('name'), roles.lastIndexOf('code'));
    if (roles.some((r, k) => r === undefined && k > lastName && k < firstValue)) continue;
    roles.forEach((r, k) => {
      if (r && r !== 'ignore' && roles.indexOf(r) < k) roles[k] = 'ignore';
    });
    // Header cells are words, never values: "Hemoglobin, 13.2, g/dL" is a row.
    const words = (c: Cell) =>
      c.text.replace(/[（(][^)）]*[)）]|\d{2,4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[-/.]\d{1,2}|10\^?\d+|HbA1c|\bT[34]\b|[A-Za-z]\d/g, '');
    if (header.some((c) => /\d/.test(words(c)))) continue;
    return { how, roles, header };
  }
  return undefined;
}

const SEPARATOR = /^[\s|+\-=:─━┄┈═╪╫╬┼├┤┌┐└┘╔╗╚╝╠╣╦╩╤╧│┃║_~.*]+$/;

/** Assign a whitespace-aligned row's cells to header columns by overlap of their display spans. */
function byPosition(cells: Cell[], header: Cell[]): number[] {
  return cells.map((c) => {
    let best = -1;
    let bestOverlap = -1;
    header.forEach((h, j) => {
      const from = h.col;
      const to = j + 1 < header.length ? header[j + 1].col : Number.POSITIVE_INFINITY;
      const overlap = Math.min(c.end, to) - Math.max(c.col, from);
      if (overlap > bestOverlap) {
        bestOverlap = overlap;
        best = j;
      }
    });
    return best;
  });
}

/** How many brackets are open at the end of `text`. */
const bracketDepth = (text: string): number => (text.match(/[(（[]/g) ?? []).length - (text.match(/[)）\]]/g) ?? []).length;

/** A row of a table read by role → "name (code)  value  flag  unit  range", or undefined when it is no result row. */
function rowByRole(cells: Cell[], t: Table): { text: string; rangeList?: RangeList } | undefined {
  const cols = t.how === 'spaces' && cells.length !== t.header.length ? byPosition(cells, t.header) : cells.map((_, i) => i);
  const byRole = new Map<ColumnRole, string[]>();
  cells.forEach((c, i) => {
    // A column whose header we do not know holding a known test code ("PT", "INR") is the code column.
    const role = t.roles[cols[i]] ?? (isAlias(c.text) && /^[A-Za-z][A-Za-z0-9-]{0,9}$/.test(c.text) ? 'code' : undefined);
    if (!role || !c.text) return;
    byRole.set(role, [...(byRole.get(role) ?? []), c.text]);
  });
  const get = (r: ColumnRole) => (byRole.get(r) ?? []).join(' ').trim();
  let name = get('name');
  const code = get('code');
  if (code && name && !name.includes(code)) name = `${name} (${code})`;
  else if (!name) name = code;
  const value = get('value');
  if (!name || !value || !/[A-Za-z\u4e00-\u9fff]/.test(name)) return undefined;
  const first = splitTokens(value)[0];
  if (!first || !(isValueToken(first) || /^\d+(?:\.\d+)?-\d+(?:\.\d+)?$/.test(first) || /^[<>≤≥]/.test(first))) return undefined;
  // A whole number inside the name cell, the row's value standing in its own column, is part of the name ("CA 15-3",
  // "25-hydroxy vitamin D 3", "细胞角蛋白 19 片段"): bound to the word before it (name-number.ts NAME_JOIN), so the line
  // reader never takes it for the value.
  // Only where the value column holds a NUMBER (not a range a misaligned row put there, nor a word: "Anion gap (calc) 12
  // normal" printed its value in the name column and the flag in the value's), and never inside brackets
  // (a qualifier's numbers: "delta (2 hr - 0 hr)").
  // Within ONE cell only: a number in a cell of its own under the name column is a misplaced value (a photo's row).
  if (isValueToken(first) && /^=?\d/.test(first) && !/^\d+(?:\.\d+)?-\d/.test(first) && !t.roles.includes('previous'))
    for (const cell of byRole.get('name') ?? []) {
      const bound = cell.replace(/(?<=[^\s)）\]]) (?=-?\d{1,3}(?:-\d{1,3})?(?:\s|$))/g, (gap, at: number) =>
        bracketDepth(cell.slice(0, at)) > 0 ? gap : NAME_JOIN,
      );
      if (bound !== cell) name = name.replace(cell, bound);
    }
  // Several labelled ranges in the range column (phases, tiers, risk groups) are the row's reference, read apart: in
  // the text their ";" and bounds would read as a list of criteria and the row would be lost.
  const rangeList = readRangeList(get('range'));
  const text = [name, value, get('flag'), get('unit'), rangeList ? '' : get('range')].filter(Boolean).join(CELL_GAP);
  return rangeList ? { text, rangeList } : { text };
}

/** Words alone under a table's name column (no value, no digits, no sentence punctuation), or undefined. */
function nameFragment(cells: Cell[], t: Table): string | undefined {
  const filled = cells.filter((c) => c.text);
  const nameCol = t.roles.indexOf('name');
  if (filled.length !== 1 || nameCol < 0) return undefined;
  const c = filled[0];
  // A comma may stand in a name ("Glomerular Filtration Rate, Estimated"); sentence stops and labels may not.
  // Name characters only: "*** continued on next page ***" is no part of a name.
  if (/\d/.test(c.text) || c.text.length > 40 || !/^[A-Za-z\u4e00-\u9fff(（][A-Za-z\u4e00-\u9fff\s,()（）/%#'+-]*$/.test(c.text)) return undefined;
  // A wrapped name starts under the name column, however far it runs on (a photo's text keeps no alignment).
  const col = t.how === 'spaces' ? t.header.findLastIndex((h) => h.col <= c.col) : cells.indexOf(c);
  return col === nameCol || (col < 0 && nameCol === 0) ? c.text : undefined;
}

/**
 * A wrapped name whose two parts the vocabulary does not know whole ("Urine albumin/creatinine" / "ratio",
 * "天门冬氨酸氨基转移酶/丙氨酸" / "氨基转移酶比值"): the words above cannot end a name — they end in a joining mark ("/",
 * "-", "&", an open bracket) or a joining word (and, of, to, 及, 与, 和) — or the row below starts in lower case, which no
 * test name that is not itself known does. A section title ends in none of these and is followed by a name of its own.
 */
function nameGoesOn(above: string, rowName: string): boolean {
  if (knownWhole(above) || knownWhole(rowName)) return false;
  const a = above.trim();
  // …or the words above hold a ratio's "/" and the row below ends it ("…/丙氨酸" / "氨基转移酶比值").
  const ratioEnds = /[/／]/.test(a) && /(?:比值|比率|\bratio)$/i.test(rowName.trim());
  return ratioEnds || /[/／&+-]$|[(（][^)）]*$|\s(?:and|of|to|for)$|[及与和]$/i.test(a) || /^[a-z]{3,}(?:\s|$)/.test(rowName.trim());
}

/** Is the whole name a known test name (the bundled vocabulary)? */
function knownWhole(name: string): boolean {
  const n = name.replace(/\s*[(（][^)）]*[)）]\s*$/, '').trim();
  const a = aliasAtStart(n);
  return !!a && a.length >= n.length - 1;
}

/** "result.1.name=TSH", "results[2].value: 8.7": a record prefix and a field key. */
const DOTTED_KEY = /^\s*([A-Za-z_][\w-]*(?:[.[][\w-]+\]?)*?)[.[_]([A-Za-z][A-Za-z_ ]*)\]?\s*[=:：＝]\s*(.*)$/;

/** The fields of one record by role → "name (code)  value  flag  unit  range" (the line parser's canonical order). */
function recordLine(fields: Map<ColumnRole, string>): string | undefined {
  const name = fields.get('name') ?? fields.get('code');
  const code = fields.get('name') && fields.get('code');
  if (!name || !fields.get('value')) return undefined;
  return [code && !name.includes(code) ? `${name} (${code})` : name, ...(['value', 'flag', 'unit', 'range'] as ColumnRole[]).map((r) => fields.get(r) ?? '')]
    .filter(Boolean)
    .join(CELL_GAP);
}

/**
 * "Component: Cholesterol", "结果：6.84", "提示：" — a short label (a few words, no digits), its colon (OCR may read it
 * as a semicolon) or a dot leader ("Result ............ 4.8": the leader is the form's colon) and the field's content,
 * possibly empty. The content must not hold a second label: "Name: HARTLEY, Joanna    Age: 34" is a line of
 * demographics, not one field.
 */
const LABELLED_FIELD = /^\s*([A-Za-z\u4e00-\u9fff][A-Za-z\u4e00-\u9fff \u3000./()-]{0,23}?)\s*(?:[:：;；]|\.{3,}(?=\s|$))\s*(.*)$/;

/**
 * A photo loses a label's colon ("Test Name    Glucose - Fasting", "Unit  mg/dl", "Flag    High"): a label the role
 * words know, then a column gap, is the field — unless another cell after the gap is a role label too (a table's
 * header "Test Name   Result   Unit").
 */
const GAP_FIELD = /^\s*([A-Za-z\u4e00-\u9fff][A-Za-z\u4e00-\u9fff ./()-]{0,23}?)\s{2,}(\S.*)$/;
function gapField(line: string): RegExpExecArray | undefined {
  const m = GAP_FIELD.exec(line);
  if (!m || columnRole(m[1].trim()) === undefined) return undefined;
  if (m[2].split(/\s{2,}/).some((cell) => columnRole(cell.trim().replace(/[:：]$/, '')) !== undefined)) return undefined;
  return m;
}

function labelledField(line: string): { label: string; role: ColumnRole | undefined; content: string } | undefined {
  const m = LABELLED_FIELD.exec(line) ?? gapField(line);
  // Words of a label, a letter-spaced Chinese one ("參 考 值") counting as one.
  if (!m || m[1].trim().replace(LETTER_SPACED_HAN, '').split(/\s+/).length > 3) return undefined;
  const content = m[2].trim();
  if (/(?:^|\s)[A-Za-z\u4e00-\u9fff][A-Za-z\u4e00-\u9fff ]{0,15}[:：]\s*\S/.test(content)) return undefined;
  return { label: m[1].trim(), role: columnRole(m[1]), content };
}

/** The labels of the records read so far, in order: a form prints the same fields in the same order for every test. */
type RecordTemplate = readonly { label: string; role: ColumnRole }[];

/**
 * A label the role words do not know, read at the place of a label the records before printed there, holding part
 * of it ("结概" or "绪果" where "结果" stood, "单倍" for "单位", "参者值" for "参考值"): a photo's misread of that
 * label. Only Chinese labels (a Latin one shares letters by chance), and never a name label.
 */
function templateRole(label: string, at: RecordTemplate[number] | undefined): ColumnRole | undefined {
  if (!at || at.role === 'name' || !/^[\u4e00-\u9fff ]+$/.test(label)) return undefined;
  const read = [...label.replace(/\s+/g, '')];
  const printed = [...at.label.replace(/\s+/g, '')];
  if (Math.abs(read.length - printed.length) > 1) return undefined;
  return read.some((c) => printed.includes(c)) ? at.role : undefined;
}

/**
 * A record printed one labelled field per line, starting at line i: its first field names the test (a label whose
 * role is name or code), the next lines are fields whose labels have a role (value, unit, range, flag, or one to
 * ignore such as a comment or a method). It ends at the first line that is not such a field (a blank line, prose,
 * an unknown label) or at the next test's name. Only a record with a name and a value is one; anything else is
 * left to the line reader. `template`: the labels of the records before — an unknown label where they had one,
 * sharing part of it, takes its role (templateRole).
 */
function labelledRecord(
  raw: readonly string[],
  i: number,
  template?: RecordTemplate,
): { text: string; valueLine: number; end: number; labels: RecordTemplate } | undefined {
  const first = labelledField(raw[i]);
  if (!first || (first.role !== 'name' && first.role !== 'code') || !first.content) return undefined;
  const fields = new Map<ColumnRole, string>([[first.role, first.content]]);
  const labels: { label: string; role: ColumnRole }[] = [{ label: first.label, role: first.role }];
  // Roles taken by a template guess (templateRole), with the guessed label's place in `labels`: a label printed
  // with that role later in the record is the field itself ("结论：偏低" before "结果：118" is no misread "结果"),
  // and the guessed line was a field of its own — ignored, and known as such to the records after.
  const guessed = new Map<ColumnRole, { at: number; label: string }>();
  let valueLine = -1;
  let j = i + 1;
  for (; j < raw.length; j++) {
    const f = labelledField(raw[j]);
    const role = f && (f.role ?? templateRole(f.label, template?.[j - i]));
    if (!f || !role || role === 'name') break;
    const displaced = f.role ? guessed.get(role) : undefined;
    if (displaced) {
      guessed.delete(role);
      fields.delete(role);
      labels[displaced.at] = { label: displaced.label, role: 'ignore' };
    } else if (role === 'code' && fields.has('code')) break;
    labels.push({ label: f.role ? f.label : (template?.[j - i]?.label ?? f.label), role });
    // The first of two flag-like labels ("Flag", "Status") counts, as in a table; the value's line is the one read.
    if (f.content && role !== 'ignore' && !fields.has(role)) {
      fields.set(role, f.content);
      if (role === 'value') valueLine = j;
      if (!f.role) guessed.set(role, { at: labels.length - 1, label: f.label });
    }
  }
  const text = recordLine(fields);
  return text && valueLine >= 0 ? { text, valueLine, end: j, labels } : undefined;
}

/** A line opening with a bracketed label ("【检验项目】肌酐", "【提示】"): a field of its own record. */
const BRACKET_FIELD = /^\s*[【[［][^】\]］]+[】\]］]\s*\S/;

/** Is this line only a field label of a card ("Result", "Reference Range", "Status", "结果", "参考范围")? */
function labelOnly(line: string): boolean {
  const t = line
    .trim()
    .replace(/[:：]$/, '')
    .trim();
  if (!t || t.length > 24 || /\d/.test(t) || /[:：]/.test(t)) return false;
  // A dash after the label is its content, an empty cell ("Flag   -"): the label is not alone.
  if (/\s[-–—]+$/.test(t)) return false;
  // Nor is a label whose dot leader leads to its content ("Flag .............. H", "Flag ..... -").
  if (/\.{3,}\s*\S/.test(t)) return false;
  // A bracketed label with its content after it ("【单位】mmol/L", "【提示】偏高") is a whole field, not a lone label.
  if (BRACKET_FIELD.test(t)) return false;
  // One label ("Reference Range", "参考范围"), not a column header of several ("项目 结果 单位 参考范围").
  if (t.split(/\s+/).length > 3 || (/[\u4e00-\u9fff]/.test(t) && /\s/.test(t))) return false;
  const r = columnRole(t);
  return r === 'value' || r === 'range' || r === 'unit' || r === 'flag';
}

/** Read the structures of a report text; returns the lines the line parser reads, each with its source line number. */
export function readStructures(text: string, blankCurrentIsNone = false): SourceLine[] {
  const raw = text.split(/\r?\n/).map((t) => t.replace(/^\s*(?:>\s?)+/, '').replace(/\s+$/, ''));
  const out: SourceLine[] = [];
  let table: Table | undefined;
  let lastRow: SourceLine | undefined;
  /** Name words printed above their row (a wrapped name whose values sit on its last line). */
  let pending: string | undefined;
  /** Where the last row's name starts (aligned tables): a wrapped name is not set further left. */
  let rowNameCol: number | undefined;
  /** The labelled records' fields so far, for the next record's misread labels. */
  let template: RecordTemplate | undefined;
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i];
    const lineNo = i + 1;
    // HL7 v2.
    if (HL7_SEGMENT.test(line)) continue;
    const obx = hl7Row(line);
    if (obx !== undefined) {
      if (obx) out.push({ lineNo, text: obx });
      continue;
    }
    // JSON(-ish): a block from a line starting with { or [ to where its brackets balance.
    if (/^\s*[[{]/.test(line)) {
      let depth = 0;
      let j = i;
      let block = '';
      for (; j < raw.length; j++) {
        block += `${raw[j]}\n`;
        depth += (raw[j].replace(/"(?:[^"\\]|\\.)*"/g, '').match(/[[{]/g) ?? []).length;
        depth -= (raw[j].replace(/"(?:[^"\\]|\\.)*"/g, '').match(/[\]}]/g) ?? []).length;
        if (depth <= 0) break;
      }
      const parsed = depth <= 0 ? parseJsonish(block) : undefined;
      if (parsed !== undefined && typeof parsed === 'object' && parsed !== null) {
        // Each row is numbered as the line where its name first appears (for messages and the UI).
        let at = i;
        for (const row of jsonRows(parsed)) {
          const name = row.split(CELL_GAP)[0].replace(/ \(.*\)$/, '');
          const k = raw.findIndex((l, n) => n >= at && n <= j && l.includes(name));
          if (k >= 0) at = k;
          out.push({ lineNo: at + 1, text: row });
        }
        i = j;
        table = undefined;
        continue;
      }
    }
    // Records spread over lines by a shared key prefix ("result.1.name=TSH", "result.1.value=0.008", …).
    const dotted = DOTTED_KEY.exec(line);
    if (dotted) {
      const fields = new Map<ColumnRole, string>();
      let j = i;
      let valueLine = i;
      for (; j < raw.length; j++) {
        const m = DOTTED_KEY.exec(raw[j]);
        if (!m || m[1] !== dotted[1]) break;
        const role = columnRole(m[2]);
        if (role === 'value') valueLine = j;
        if (role && !fields.has(role)) fields.set(role, m[3].trim());
      }
      const text = recordLine(fields);
      if (text) {
        out.push({ lineNo: valueLine + 1, text });
        i = j - 1;
        continue;
      }
    }
    // Records printed one labelled field per line ("项目：钾" / "结果：6.84" / "单位：mmol/L", "Component: …" /
    // "Your value: …"): the labels' roles decide, as a table header's words do.
    const record = labelledRecord(raw, i, template);
    if (record) {
      // A record cut short by a label it misread keeps the fields the ones before it showed further on.
      template = template && record.labels.length < template.length ? [...record.labels, ...template.slice(record.labels.length)] : record.labels;
      out.push({ lineNo: record.valueLine + 1, text: record.text });
      i = record.end - 1;
      table = undefined;
      continue;
    }
    // A serial (cumulative) table: one column per collection, the latest one current (serial-columns.ts). Its head
    // lines hold no result; each body row becomes one canonical line of the latest value, up to a blank line.
    const serial = readSerialTable(raw, i);
    // Dates under a header that already names its columns ("上次结果  本次结果" / "2024-01-08  2024-04-10") are part of
    // that header: its roles stand.
    if (serial && table && !lastRow) continue;
    if (serial) {
      // A blank line may set the head apart from the body (report-texts-22 rt22-16: every row read the oldest column).
      let j = serial.bodyStart;
      while (j < raw.length && !raw[j].trim() && j < serial.bodyStart + 2) j++;
      // A cumulative table prints several values on some row; a head over rows of one value each is one specimen's
      // collected and reported times (review s24 G10): the rows are read as printed.
      let end = j;
      while (end < raw.length && raw[end].trim()) end++;
      const several = raw.slice(j, end).some((l) => collectionCells(l) >= 2);
      for (; j < raw.length && raw[j].trim(); j++) {
        // No row shows its collections by order: the place reading before session 34 (review s34 A), never raw rows.
        if (!several) {
          out.push({ lineNo: j + 1, text: placeRow(raw[j], serial) ?? raw[j] });
          continue;
        }
        const row = readSerialRow(raw[j], serial, blankCurrentIsNone);
        if (row?.kind === 'undecided') out.push({ lineNo: j + 1, text: [row.name, row.values[0], ...row.rest].join(CELL_GAP), undecided: row.values });
        else if (row)
          out.push({
            lineNo: j + 1,
            text: row.text,
            serialCells: spacedCells(raw[j])
              .slice(1)
              .map((c) => c.text),
          });
        else out.push({ lineNo: j + 1, text: raw[j] });
      }
      i = j - 1;
      table = undefined;
      lastRow = undefined;
      continue;
    }
    // A table header: roles once, rows by role until the next header.
    const header = readHeader(line);
    if (header) {
      table = header;
      lastRow = undefined;
      continue;
    }
    if (table && line.trim()) {
      if (SEPARATOR.test(line)) {
        lastRow = undefined;
        continue;
      }
      const cells = cellsOf(line, table.how).filter((c) => table?.how !== 'spaces' || c.text);
      if (cells.length >= 2 || (table.how !== 'spaces' && cells.length >= 2)) {
        const row = rowByRole(cells, table);
        if (row) {
          // Name words above the row are its name's start only when the two together are a known name; otherwise
          // (a section title such as "URINALYSIS") they stay a line of their own.
          // A row whose name is only a bracketed qualifier ("(CKD-EPI 2021, race-free)") cannot stand alone: it ends
          // the name above it.
          const rowName = row.text.split(CELL_GAP)[0];
          const joined = pending && (knownWhole(`${pending} ${rowName}`) || /^[(（][^)）]*[)）]$/.test(rowName.trim()) || nameGoesOn(pending, rowName));
          if (pending && !joined) out.push({ lineNo: lineNo - 1, text: pending });
          lastRow = { lineNo, text: joined ? `${pending} ${row.text}` : row.text, ...(row.rangeList ? { rangeList: row.rangeList } : {}) };
          rowNameCol = cells[0]?.col;
          pending = undefined;
          out.push(lastRow);
          continue;
        }
      }
      // A wrapped name: a line holding only words under the name column continues the row above it — or, when that
      // row's name is already a whole known name, starts the name of the row below it.
      const fragment = nameFragment(cells, table);
      // Words set further left than the rows' names are a section title ("URINE ROUTINE EXAMINATION"), not a wrap.
      const outdented = table.how === 'spaces' && rowNameCol !== undefined && (cells.find((c) => c.text)?.col ?? 0) < rowNameCol;
      if (fragment !== undefined && !outdented) {
        // A known name may go on into a longer one ("Leucocyte" / "Esterase").
        const lastName = lastRow?.text.split(CELL_GAP)[0];
        if (lastRow && lastName !== undefined && (!knownWhole(lastName) || knownWhole(`${lastName} ${fragment}`))) {
          const [first, ...rest] = lastRow.text.split(CELL_GAP);
          lastRow.text = [`${first} ${fragment}`, ...rest].join(CELL_GAP);
        } else pending = pending ? `${pending} ${fragment}` : fragment;
        continue;
      }
      if (table.how !== 'spaces' && cells.length >= 2) {
        // A delimited line that is no result (metadata, totals): not a result either way.
        lastRow = undefined;
        out.push({ lineNo, text: line.split(PIPE).join(CELL_GAP) });
        continue;
      }
    }
    lastRow = undefined;
    if (pending) out.push({ lineNo: lineNo - 1, text: pending });
    pending = undefined;
    // Portal cards: a field label alone on its line takes the next non-empty line as its content.
    if (labelOnly(line)) {
      let j = i + 1;
      while (j < raw.length && !raw[j].trim()) j++;
      // An empty bracketed field ("【提示】") of a bracketed record never takes the next field ("【检验项目】肌酐(Cr)") or a
      // sentence after the record (Chinese clause punctuation) as its content; a card's plain label keeps its next line.
      const bracketed = /^\s*[【[［]/.test(line);
      // A test's name alone is the next record's title, never this label's content ("Results" / "Glucose" / "Normal
      // range: 70 - 99 mg/dL" / "Value" / "38": the portal heading took the glucose name and the record was lost).
      const title = j < raw.length && !/\d/.test(raw[j]) && isAlias(raw[j].trim());
      // Column titles stacked one per line ("Component" / "Your Value" / "Standard Range") head the cells below them,
      // one per line: the last title takes no content (report-texts-23 rt23-18 read "Standard Range: Vitamin B12").
      const prev = raw[i - 1]?.trim().replace(/[:：]$/, '') ?? '';
      const stacked = !!prev && !/\d/.test(prev) && prev.split(/\s+/).length <= 3 && columnRole(prev) !== undefined;
      const taken = j < raw.length && !labelOnly(raw[j]) && !title && !stacked && raw[j].trim().length <= 60;
      if (taken && !(bracketed && (BRACKET_FIELD.test(raw[j]) || /[，。；！？]/.test(raw[j])))) {
        out.push({ lineNo: j + 1, text: `${line.trim().replace(/[:：]$/, '')}: ${raw[j].trim()}` });
        i = j;
        continue;
      }
    }
    out.push({ lineNo, text: line });
  }
  return out;
}
