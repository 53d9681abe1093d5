// Names read from a photo matched against the analyte vocabulary (the bundled table's aliases, regional names
// included) by an edit distance weighted for OCR: look-alike Latin characters (0/O, 1/l/I, 5/S, 8/B, rn/m …) cost
// little, one Chinese character read as another costs less than a missing one (Tesseract confuses characters that
// share components: 胆/脂/膳, 低/佐, 钾/钟), inserted marks and spaces are free. A misread name becomes the alias it
// stands for only when one analyte is clearly closest and the distance is a small share of the name; otherwise the
// line keeps what was printed (pure).
import { aliasVocabulary, aliasWithin, isAlias } from '../alias-index.js';
import type { GlyphSimilarity } from './glyphs.js';
import type { OcrLine } from './ocr-lines.js';
import { toSimplified } from '../../core/han-variants.js';

const LOOKALIKES: string[] = [
  '0oOdDQ',
  '1lI|!i',
  '5sS',
  '8B',
  '2zZ',
  'ce¢',
  'uμµv',
  'gq9',
  'hb',
  'nh',
  'rt',
  'ftl',
  'mn',
  'yv',
  'kK',
  'wW',
  'xX×',
  'pP',
  '()（）',
];
const LOOK = new Map<string, Set<string>>();
for (const group of LOOKALIKES)
  for (const a of group) {
    const set = LOOK.get(a) ?? new Set<string>();
    for (const b of group) set.add(b);
    LOOK.set(a, set);
  }

const isHan = (c: string) => /[\u3400-\u9fff]/.test(c);

/**
 * Cost of reading `want` as `got`. Two Chinese characters cost by how alike their glyphs are (glyphs.ts: 0.4 for
 * near-identical shapes up to 0.9 for unrelated ones; a flat 0.75 when no glyph renderer is installed).
 */
function subCost(want: string, got: string, glyphs: GlyphSimilarity | undefined): number {
  if (want === got) return 0;
  if (want.toLowerCase() === got.toLowerCase()) return 0.1;
  if (LOOK.get(want)?.has(got)) return 0.25;
  if (isHan(want) && isHan(got)) return glyphs ? Math.min(0.9, Math.max(0.4, 0.9 - 0.6 * glyphs(want, got))) : 0.75;
  return 1;
}

/** What OCR adds that no name has: marks and separators (free to skip in the read text). */
const FREE = /[\s|│·.,:：;'"“”`_~^*]/;

/**
 * Semi-global weighted edit distance: the whole of `alias` against the best-matching part of `read` (text before
 * and after the match in `read` is free). Returns the cost and where the match starts and ends in `read`.
 */
export function alignCost(alias: string, read: string, glyphs?: GlyphSimilarity): { cost: number; start: number; end: number } {
  const a = [...alias];
  const r = [...read];
  const n = a.length;
  const m = r.length;
  // dp[i][j]: cost of alias[0..i) against read[s..j) for the best start s; start[i][j] keeps s.
  let prev = new Float64Array(m + 1);
  let prevStart = Int32Array.from({ length: m + 1 }, (_, j) => j);
  // Two rows back, for a swap of neighbours ("Glucsoe", "Calicum"): one slip of typing, not two.
  let prev2 = prev;
  let prev2Start = prevStart;
  for (let i = 1; i <= n; i++) {
    const cur = new Float64Array(m + 1);
    const curStart = new Int32Array(m + 1);
    cur[0] = prev[0] + 1;
    curStart[0] = 0;
    for (let j = 1; j <= m; j++) {
      const skip = FREE.test(r[j - 1]) ? 0 : 1;
      let best = prev[j - 1] + subCost(a[i - 1], r[j - 1], glyphs);
      let s = prevStart[j - 1];
      if (cur[j - 1] + skip < best) {
        best = cur[j - 1] + skip;
        s = curStart[j - 1];
      }
      if (prev[j] + 1 < best) {
        best = prev[j] + 1;
        s = prevStart[j];
      }
      if (i >= 2 && j >= 2 && a[i - 1] === r[j - 2] && a[i - 2] === r[j - 1] && a[i - 1] !== a[i - 2] && prev2[j - 2] + 1 < best) {
        best = prev2[j - 2] + 1;
        s = prev2Start[j - 2];
      }
      cur[j] = best;
      curStart[j] = s;
    }
    prev2 = prev;
    prev2Start = prevStart;
    prev = cur;
    prevStart = curStart;
  }
  let end = 0;
  for (let j = 1; j <= m; j++) if (prev[j] < prev[end]) end = j;
  return { cost: prev[end], start: prevStart[end], end };
}

/** Weighted edit distance of the whole of `want` against the whole of `got` (same costs as alignCost; nothing free). */
export function wholeCost(want: string, got: string, glyphs?: GlyphSimilarity): number {
  const a = [...want];
  const r = [...got];
  let prev = Array.from({ length: r.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= r.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + subCost(a[i - 1], r[j - 1], glyphs));
    prev = cur;
  }
  return prev[r.length];
}

export interface VocabularyMatch {
  alias: string;
  codes: string[];
  cost: number;
  /** The matched part of the read text, [start, end) in characters of the input. */
  start: number;
  end: number;
}

const significant = (s: string) => [...s].filter((c) => !FREE.test(c)).length;

/** The longest alias spelled exactly inside a name, and the share of the name's characters it covers. */
export function exactAliasShare(namePart: string): { share: number; codes?: string[] } {
  const squeezed = toSimplified(namePart).replace(/[\s|│()（）:：]/g, '');
  if (!squeezed) return { share: 0 };
  const lower = squeezed.toLowerCase();
  let best: { share: number; codes?: string[] } = { share: 0 };
  for (const e of aliasVocabulary()) {
    const latin = !/[\u3400-\u9fff]/.test(e.key);
    if (latin && e.key.length < 2) continue;
    if (!(e.key === e.key.toLowerCase() ? lower : squeezed).includes(e.key)) continue;
    if (latin && !aliasWithin(e.key)) continue;
    const share = [...e.key].length / [...squeezed].length;
    if (share > best.share) best = { share, codes: e.codes };
  }
  return best;
}

/** Is the text beside a match nothing but codes naming the same analyte (brackets and marks ignored)? */
function ownCode(beside: string, codes: readonly string[]): boolean {
  const tokens = beside.split(/[\s()（）[\]【】|│:：,，/]+/).filter(Boolean);
  if (!tokens.length) return false;
  return tokens.every((t) => {
    const hit = aliasWithin(t);
    return hit?.analytes.some((a) => codes.includes(a.code)) ?? false;
  });
}

let vocabulary: { alias: string; key: string; codes: string[]; size: number }[] | undefined;
function words() {
  vocabulary ??= aliasVocabulary()
    .map((e) => ({ ...e, size: [...e.key].length }))
    // Too short to tell apart from noise: one or two Chinese characters, three Latin letters or fewer.
    .filter((e) => (/[\u3400-\u9fff]/.test(e.key) ? e.size >= 3 : e.size >= 4));
  return vocabulary;
}

/** Largest share of an alias's length the weighted distance may reach. */
export const MAX_SHARE = 0.3;
/** How much closer (in character costs) the chosen analyte must be than any other. */
export const MARGIN = 0.2;

/**
 * The analyte a misread name part stands for, or undefined (none close enough, or two analytes as close). The
 * match must cover most of the read name: what lies outside it may be a code or a mark, not another word.
 */
export function matchVocabulary(namePart: string, glyphs?: GlyphSimilarity, only?: ReadonlySet<string>): VocabularyMatch | undefined {
  const read = toSimplified(namePart);
  const readSize = significant(read);
  if (readSize < 3) return undefined;
  const latinRead = !/[\u3400-\u9fff]/.test(read);
  const scored: (VocabularyMatch & { total: number })[] = [];
  for (const e of words()) {
    // `only`: the analytes a printed unit admits (unit-reading.ts) — the others are out of the running.
    if (only && !e.codes.some((c) => only.has(c))) continue;
    const latinAlias = !/[\u3400-\u9fff]/.test(e.key);
    if (latinAlias !== latinRead && latinAlias) continue;
    if (e.size > readSize + 2 || e.size < readSize * 0.5) continue;
    // Cheap filter first: a Chinese alias shares at least half of its characters with what was read.
    if (!latinAlias && [...e.key].filter((c) => read.includes(c)).length * 2 < e.size) continue;
    const got = alignCost(latinAlias ? e.key.toLowerCase() : e.key, latinAlias ? read.toLowerCase() : read, glyphs);
    const outside = significant(read.slice(0, got.start)) + significant(read.slice(got.end));
    if (outside > Math.max(1, readSize * 0.4)) continue;
    // What was read beside the match counts against it — unless it is the analyte's own code ("谷丙转氨酶 ALT").
    const total = got.cost + (ownCode(read.slice(0, got.start) + read.slice(got.end), e.codes) ? 0 : 0.5 * outside);
    if (total > MAX_SHARE * e.size) continue;
    scored.push({ alias: e.alias, codes: e.codes, cost: total / e.size, start: got.start, end: got.end, total });
  }
  if (!scored.length) return undefined;
  scored.sort((x, y) => x.total - y.total || x.cost - y.cost);
  const best = scored[0];
  // Another analyte nearly as close (低/高密度脂蛋白 read as 佐密度…): the name is not decided — left as printed.
  const rival = scored.find((x) => x.codes.join() !== best.codes.join());
  if (rival && rival.total - best.total < MARGIN) return undefined;
  const { total: _total, ...match } = best;
  return match;
}

/**
 * A line's name cells repaired to the vocabulary aliases they stand for (spans re-aligned), or the line unchanged.
 * A name cell is text with letters before a value: the start of the line, or a cell after a column break when two
 * tables stand side by side ("MCHC  333  g/dL  31-37  |  总脂固醇  224 H").
 */
export function repairLineName(line: OcrLine, glyphs?: GlyphSimilarity): OcrLine {
  let out = junkBeforeCode(line);
  if (out !== line) return out;
  // Cells: runs between column breaks (two spaces, a rule) — from the right, so earlier offsets stay valid.
  // Semicolons separate the cells of exported tables ("丙氨酸氨基转移酶;312;U/L").
  const cells = [...line.text.matchAll(/[^\s|│;；](?:[^|│;；]*?[^\s|│;；])??(?=\s{2,}|\s*[|│;；]|$)/g)];
  // A line that is only a name (no digit) is the head of a vertical record: its value is on the lines below.
  const nameOnly = cells.length === 1 && !/\d/.test(line.text) && significant(line.text) <= 14;
  for (let i = cells.length - 1; i >= 0; i--) {
    const cell = cells[i];
    const next = cells[i + 1]?.[0] ?? '';
    const value = /^[<>≤≥]?\d/.test(next) || /^[<>≤≥]?\d/.test(cell[0].replace(/^\D+\s/, ''));
    if (!value && !nameOnly) continue;
    // A row number before the name ("15 甘油三酮  2.35") is no part of it.
    const lead = /^\d{1,3}\s+(?=\D)/.exec(cell[0])?.[0].length ?? 0;
    const rest = cell[0].slice(lead);
    // The name part of the cell: up to its first number that stands apart ("谷丙转氧酶 ALT 68" → "谷丙转氧酶 ALT").
    const cut = rest.search(/(?:^|\s)[<>≤≥]?\d/);
    const name = cut < 0 ? rest : rest.slice(0, cut);
    out = repairSpan(out, (cell.index ?? 0) + lead, name, glyphs);
  }
  return out;
}

/**
 * A Chinese name Tesseract read as Latin letters, before the analyte's printed code ("RE UREA" for 尿素 UREA,
 * "NK CREA" for 肌酐 CREA): the junk before a known upper-case code is dropped, so the code names the row ("please
 * check", as for any repaired name). Only upper-case junk of one or two short tokens that are no name themselves.
 */
export function junkBeforeCode(line: OcrLine): OcrLine {
  const m = /^(\s*)((?:[A-Z]{1,8}\s+){1,2})([A-Z][A-Z0-9-]{1,7})(?=\s+[<>≤≥]?\d)/.exec(line.text);
  if (!m || !isAlias(m[3])) return line;
  if (
    m[2]
      .trim()
      .split(/\s+/)
      .some((t) => isAlias(t) || aliasWithin(t) !== undefined)
  )
    return line;
  const start = m[1].length;
  return replaceSpan(line, start, start + m[2].length + m[3].length, m[3], 1);
}

/** Repair one name at [at, at + name.length) of the line. */
function repairSpan(line: OcrLine, at: number, namePart: string, glyphs: GlyphSimilarity | undefined): OcrLine {
  if (!/[\p{L}]/u.test(namePart)) return line;
  // A known alias that spells most of the name decides it; one that is only a part ("红血球" inside
  // "平均红血球容积", mean cell volume) may be a misread longer name, which the vocabulary match then decides.
  const exact = exactAliasShare(namePart);
  if (exact.share >= 0.6) return line;
  const m = matchVocabulary(namePart, glyphs);
  if (!m || (exact.codes && m.codes.join() === exact.codes.join())) return line;
  return replaceSpan(line, at + m.start, at + m.end, m.alias, m.cost);
}

/** The line with [start, end) replaced by `alias`, spans re-aligned, the printed text kept in `name`. */
export function replaceSpan(line: OcrLine, start: number, end: number, alias: string, cost: number): OcrLine {
  const m = { alias, cost };
  const delta = m.alias.length - (end - start);
  const spans: OcrLine['spans'] = [];
  let merged: OcrLine['spans'][number] | undefined;
  for (const s of line.spans) {
    if (s.end <= start) spans.push(s);
    else if (s.start >= end) spans.push({ ...s, start: s.start + delta, end: s.end + delta });
    else if (merged) {
      merged.end = Math.max(merged.end, s.end + delta);
      merged.confidence = Math.min(merged.confidence, s.confidence);
      if (s.x1 !== undefined) merged.x1 = Math.max(merged.x1 ?? s.x1, s.x1);
    } else {
      merged = { start: Math.min(s.start, start), end: Math.max(s.end + delta, start + m.alias.length), confidence: s.confidence, x0: s.x0, x1: s.x1 };
      spans.push(merged);
    }
  }
  const text = line.text.slice(0, start) + m.alias + line.text.slice(end);
  return { ...line, text, spans, name: { printed: line.text.slice(start, end), alias: m.alias, cost: m.cost } };
}

/** Weighted cost a misread may add to an alias's Chinese characters and still be "close": one look-alike glyph. */
export const NEAR_COST = 0.75;

let hanKeys: { alias: string; key: string; size: number }[] | undefined;
/** The Chinese part of every alias with three or more Chinese characters ("载脂蛋白B" → 载脂蛋白), once. */
function chineseKeys() {
  hanKeys ??= aliasVocabulary().flatMap((e) => {
    const key = [...e.key].filter(isHan).join('');
    const size = [...key].length;
    return size >= 3 ? [{ alias: e.alias, key, size }] : [];
  });
  return hanKeys;
}

/**
 * The vocabulary alias an unknown Chinese name is a near miss of, or undefined (pure): its Chinese characters are
 * an alias's with one look-alike glyph changed and at most one character more ("前白蛇白" ~ 白蛋白, "铁蛎白" ~
 * 铁蛋白, "甘油三酮" ~ 甘油三酯). A name that holds an alias's characters exactly ("前白蛋白", "糖类抗原72-4") is a
 * real name of its own. A photo's unknown name that is a near miss is a misread, not a new test: never emitted as
 * a result under that name.
 */
export function nearAlias(name: string, glyphs?: GlyphSimilarity): string | undefined {
  const han = [...toSimplified(name)].filter(isHan).join('');
  const size = [...han].length;
  if (size < 3) return undefined;
  let best: { alias: string; cost: number } | undefined;
  for (const e of chineseKeys()) {
    if ([...e.key].filter((c) => han.includes(c)).length * 2 < e.size) continue;
    const got = alignCost(e.key, han, glyphs);
    if (got.cost === 0) return undefined;
    if (size > e.size + 1) continue;
    if (!best || got.cost < best.cost) best = { alias: e.alias, cost: got.cost };
  }
  return best && best.cost <= NEAR_COST ? best.alias : undefined;
}

/** Highest cost of the one glyph that tells a short misread name from an alias (glyphs at least half alike). */
export const NEAR_SHORT_COST = 0.6;
let shortKeys: { alias: string; key: string; codes: string[] }[] | undefined;

/**
 * The aliases (with their codes) a short unknown Chinese name — one or two characters, a unit or a two-letter tag
 * aside — is one look-alike glyph away from (pure). nearAlias leaves names under three characters alone: the look
 * alone cannot tell "氮" read for 氯 from 铜 or 锌, real tests the table lacks whose glyphs are as near 钠 and 钾. The
 * caller decides with the row (read-report.ts: the printed range must be the candidate analyte's). Empty when the
 * name is itself a short alias or the glyph model is not installed.
 */
export function nearShortAliases(name: string, glyphs?: GlyphSimilarity): { alias: string; codes: string[] }[] {
  if (!glyphs) return [];
  const rest = name.replace(/[A-Za-zμµ]+\/[A-Za-z]+/g, ' ');
  if ((rest.match(/[A-Za-z]+/g) ?? []).some((w) => w.length > 2)) return [];
  const han = [...toSimplified(rest)].filter(isHan);
  if (han.length < 1 || han.length > 2) return [];
  shortKeys ??= aliasVocabulary().flatMap((e) => {
    const key = [...e.key].filter(isHan).join('');
    const size = [...key].length;
    return size >= 1 && size <= 2 ? [{ alias: e.alias, key, codes: e.codes }] : [];
  });
  const hits: { alias: string; codes: string[] }[] = [];
  for (const e of shortKeys) {
    const k = [...e.key];
    if (k.length !== han.length) continue;
    const diff = k.flatMap((c, i) => (c === han[i] ? [] : [[c, han[i]]]));
    if (diff.length === 0) return [];
    if (diff.length === 1 && subCost(diff[0][0], diff[0][1], glyphs) <= NEAR_SHORT_COST) hits.push({ alias: e.alias, codes: e.codes });
  }
  return hits;
}
