// Reading a labelled de-identification batch (bench/blind/deid-*.jsonl), shared by the one-batch scorer
// (deid-blind.ts) and the pooled per-type scorer over every batch (deid-pooled.ts).
import { readFileSync } from 'node:fs';
import type { LabelledRecord, LabelledSpan } from '../test/helpers/deid-score.js';

export function fail(message: string): never {
  process.stderr.write(`deid-blind: ${message}\n`);
  process.exit(2);
}

const ZH_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** The number an age span states ("67", "6 7 岁", "五十八岁", "九十一"), or null when it states none. */
export function ageValue(text: string): number | null {
  const digits = text.replace(/[Oo]/g, '0').replace(/[lI]/g, '1').replace(/\s/g, '');
  const m = /\d{1,3}/.exec(digits);
  if (m) return Number(m[0]);
  const zh = /([一二两三四五六七八九])?(十)?([一二三四五六七八九])?/.exec(text);
  if (!zh?.[0]) return null;
  if (!zh[2]) return ZH_DIGIT[zh[1] ?? ''] ?? null;
  return (zh[1] ? ZH_DIGIT[zh[1]] : 1) * 10 + (zh[3] ? ZH_DIGIT[zh[3]] : 0);
}
/** A year alone, as digits (OCR letters allowed) with an optional 年 or era word, not a day or month. */
const YEAR_ONLY = /^\s*(?:in\s+|early\s+|late\s+|mid-?)?[12][0-9OolI]{3}\s*年?\s*$/i;
export function safeHarborKeeps(s: LabelledSpan, text: string): boolean {
  const value = text.slice(s.start, s.end);
  if (s.type === 'AGE') {
    const age = ageValue(value);
    return age === null || age >= 90;
  }
  if (s.type === 'DATE') return !YEAR_ONLY.test(value);
  return true;
}

export interface BatchOptions {
  /** Move a span whose text is not at its offsets to the nearest place (±3) where it is. */
  realign?: boolean;
  /** Leave out gold spans Safe Harbor does not ask to remove (an age under 90, a year alone). */
  safeHarbor?: boolean;
}

/** A labelled batch, every line checked; offsets mapped from code points where a writer counted them so. */
export function readBatch(path: string, o: BatchOptions = {}): LabelledRecord[] {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    fail(`cannot read ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const out: LabelledRecord[] = [];
  raw.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let rec: LabelledRecord;
    try {
      rec = JSON.parse(line) as LabelledRecord;
    } catch (err) {
      fail(`${path}:${i + 1}: not JSON (${err instanceof Error ? err.message : String(err)})`);
    }
    if (typeof rec.text !== 'string' || !Array.isArray(rec.spans)) fail(`${path}:${i + 1}: needs "text" (string) and "spans" (array)`);
    const astral = /[\u{10000}-\u{10FFFF}]/u.test(rec.text);
    for (const s of rec.spans) {
      if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > rec.text.length || s.end < s.start) {
        fail(`${path}:${i + 1}: span ${JSON.stringify(s)} is outside the text (length ${rec.text.length})`);
      }
      // Writers count offsets in Python code points; a text with characters outside the BMP (emoji) shifts every
      // later UTF-16 offset, so such spans are mapped from code points before any other realignment.
      if (s.text !== undefined && rec.text.slice(s.start, s.end) !== s.text && astral) {
        const start = utf16At(rec.text, s.start);
        const end = utf16At(rec.text, s.end);
        if (rec.text.slice(start, end) === s.text) {
          s.start = start;
          s.end = end;
        }
      }
      if (o.realign && s.text !== undefined && rec.text.slice(s.start, s.end) !== s.text) {
        for (const d of [1, -1, 2, -2, 3, -3]) {
          if (rec.text.slice(s.start + d, s.end + d) === s.text) {
            s.start += d;
            s.end += d;
            break;
          }
        }
      }
      if (s.text !== undefined && rec.text.slice(s.start, s.end) !== s.text) {
        process.stderr.write(
          `deid-blind: warning ${path}:${i + 1}: span text ${JSON.stringify(s.text)} ≠ text at ${s.start}-${s.end} ${JSON.stringify(rec.text.slice(s.start, s.end))}\n`,
        );
      }
    }
    const spans = o.safeHarbor ? rec.spans.filter((s) => safeHarborKeeps(s, rec.text)) : rec.spans;
    out.push({ id: String(rec.id ?? i + 1), lang: String(rec.lang ?? 'unknown'), text: rec.text, spans });
  });
  return out;
}

/** The UTF-16 offset of the `cp`-th code point of `text` (its length when `cp` is past the end). */
function utf16At(text: string, cp: number): number {
  let unit = 0;
  for (let i = 0; i < cp && unit < text.length; i += 1) unit += (text.codePointAt(unit) ?? 0) > 0xffff ? 2 : 1;
  return unit;
}
