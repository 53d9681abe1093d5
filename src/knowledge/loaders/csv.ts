// CSV/TSV tables: one document per row, titled by the row's title-like column, other columns as sections.
import { parse } from 'csv-parse/sync';
import type { Doc } from '../../core/types.js';
import { docId, makeDoc } from '../doc.js';
import { kbErrors } from '../errors.js';
import { readTextFile, sourceNameFromFile, type Loader, type LoaderContext } from './types.js';

const TITLE_COLUMNS = ['title', 'name', 'disease', 'question', 'topic', 'drug', '标题', '名称', '疾病', '疾病名称', '问题', '药品名称'];
const ID_COLUMNS = ['id', 'idx', 'index', ''];

/** "['a', 'b']" (a Python list literal, common in scraped tables) → ["a", "b"]; anything else → null. */
export function parseListCell(cell: string): string[] | null {
  const t = cell.trim();
  if (!t.startsWith('[') || !t.endsWith(']')) return null;
  const items = [...t.slice(1, -1).matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)].map((m) => (m[1] ?? m[2] ?? '').trim());
  return items.filter(Boolean);
}

/** "commonMedications" / "tests_and_procedures" → "Common medications" / "Tests and procedures". */
export function humanizeColumn(name: string): string {
  const spaced = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** Pure: CSV text → documents. */
export function parseCsv(text: string, file: string, ctx: LoaderContext): Doc[] {
  const delimiter = file.toLowerCase().endsWith('.tsv') ? '\t' : ',';
  let rows: Record<string, string>[];
  try {
    rows = parse(text, { columns: true, skip_empty_lines: true, relax_column_count: true, relax_quotes: true, bom: true, delimiter }) as Record<
      string,
      string
    >[];
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    throw kbErrors.KB_FILE_INVALID({ file, line, reason: `bad CSV: ${err instanceof Error ? err.message : String(err)}` });
  }
  if (rows.length === 0) return [];
  const columns = Object.keys(rows[0]);
  const lower = columns.map((c) => c.trim().toLowerCase());
  const titleIdx = TITLE_COLUMNS.map((t) => lower.indexOf(t)).find((i) => i >= 0);
  const idIdx = ID_COLUMNS.map((t) => lower.indexOf(t)).find((i) => i >= 0);
  const titleCol = titleIdx !== undefined ? columns[titleIdx] : columns.find((_, i) => i !== idIdx);
  if (!titleCol) throw kbErrors.KB_FILE_INVALID({ file, line: 1, reason: 'the header has no usable title column' });
  const idCol = idIdx !== undefined ? columns[idIdx] : undefined;
  const resolved = ctx.source(sourceNameFromFile(file));
  const docs: Doc[] = [];
  rows.forEach((row, i) => {
    const line = i + 2; // header is line 1
    const title = (row[titleCol] ?? '').trim();
    const metadata: Record<string, unknown> = { file: file.split(/[\\/]/).pop(), line };
    const sections = [];
    for (const col of columns) {
      if (col === idCol) continue;
      const raw = (row[col] ?? '').trim();
      const items = parseListCell(raw);
      metadata[col] = items ?? raw;
      if (col === titleCol || !raw) continue;
      sections.push({ path: [humanizeColumn(col)], text: items ? items.join('; ') : raw });
    }
    if (!title && sections.length === 0) return;
    const local = idCol && row[idCol]?.trim() ? row[idCol].trim() : String(line);
    docs.push(
      makeDoc({
        id: docId(resolved.name, local),
        title: title || `${resolved.name} row ${line}`,
        sections,
        source: resolved.name,
        lang: ctx.langOf(resolved, `${title} ${sections.map((s) => s.text).join(' ')}`),
        authority: resolved.authority,
        metadata,
      }),
    );
  });
  return docs;
}

export const csvLoader: Loader = {
  name: 'csv',
  extensions: ['.csv', '.tsv'],
  async *load(file, ctx) {
    yield* parseCsv(await readTextFile(file), file, ctx);
  },
};
