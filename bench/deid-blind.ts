// Score a labelled JSONL batch with the shipped de-identifier, at first sight:
//   npx tsx bench/deid-blind.ts <batch.jsonl> [--json] [--misses] [--terms <dir>] [--rules-only] [--tagger-everywhere] [--realign] [--safe-harbor]
// Each line: {id, lang, text, spans:[{type, start, end, text}]} (type names as the writer used them). A span is caught
// when ≥ 90 % of its characters are redacted. Prints recall overall and per type per language, and over-redaction
// (redacted characters outside every labelled span). Misses are listed only with --misses (they show batch text).
// The detector is the `data deid` redactor with its defaults (terminology lexicon from $QUARKMED_TERMS when set);
// --rules-only leaves out the learned tagger (for comparison with the rule design); --tagger-everywhere runs the tagger
// over the whole text instead of its candidate windows (the session-6 way); --realign moves a span whose
// "text" is not at its offsets to the nearest place (±3 characters) where it is (writers' off-by-one offsets);
// --safe-harbor leaves out gold spans that HIPAA Safe Harbor (the detector's policy, src/core/phi-types.ts) does not
// ask to remove — an age under 90 and a year alone ("2019", "2019年") — for writers who labelled every age and year
// (deid-16); a re-score of the gold, never a first sight.
import { readFileSync } from 'node:fs';
import { loadPhiRedactor } from '../src/data/deid/redactor.js';
import { pct, recallRows, scoreRecords, type LabelledRecord, type LabelledSpan } from './deid-score.js';

function fail(message: string): never {
  process.stderr.write(`deid-blind: ${message}\n`);
  process.exit(2);
}

const REALIGN = process.argv.includes('--realign');
const SAFE_HARBOR = process.argv.includes('--safe-harbor');

const ZH_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** The number an age span states ("67", "6 7 岁", "五十八岁", "九十一"), or null when it states none. */
export function ageValue(text: string): number | null {
  const digits = text.replace(/[Oo]/g, '0').replace(/[lI]/g, '1').replace(/\s/g, '');
  const m = /\d{1,3}/.exec(digits);
  if (m) return Number(m[0]);
  const zh = /([一二两三四五六七八九])?(十)?([一二三四五六七八九])?/.exec(text);
  if (!zh || !zh[0]) return null;
  if (!zh[2]) return ZH_DIGIT[zh[1] ?? ''] ?? null;
  return (zh[1] ? ZH_DIGIT[zh[1]] : 1) * 10 + (zh[3] ? ZH_DIGIT[zh[3]] : 0);
}
/** A year alone, as digits (OCR letters allowed) with an optional 年 or era word, not a day or month. */
const YEAR_ONLY = /^\s*(?:in\s+|early\s+|late\s+|mid-?)?[12][0-9OolI]{3}\s*年?\s*$/i;
function safeHarborKeeps(s: LabelledSpan, text: string): boolean {
  const value = text.slice(s.start, s.end);
  if (s.type === 'AGE') {
    const age = ageValue(value);
    return age === null || age >= 90;
  }
  if (s.type === 'DATE') return !YEAR_ONLY.test(value);
  return true;
}

function readBatch(path: string): LabelledRecord[] {
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
      if (REALIGN && s.text !== undefined && rec.text.slice(s.start, s.end) !== s.text) {
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
    const spans = SAFE_HARBOR ? rec.spans.filter((s) => safeHarborKeeps(s, rec.text)) : rec.spans;
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

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const path = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--terms');
  if (!path) fail('usage: npx tsx bench/deid-blind.ts <batch.jsonl> [--json] [--misses] [--terms <dir>]');
  const termsAt = args.indexOf('--terms');
  const redactor = await loadPhiRedactor({
    termsDir: termsAt >= 0 ? args[termsAt + 1] : undefined,
    rulesOnly: args.includes('--rules-only'),
    taggerEverywhere: args.includes('--tagger-everywhere'),
  });
  const records = readBatch(path);
  const score = scoreRecords(records, (t) => redactor.detect(t), args.includes('--misses') ? 500 : 0);
  const overall = score.recall.ALL?.ALL ?? { labelled: 0, caught: 0, typed: 0 };
  if (args.includes('--json')) {
    process.stdout.write(
      `${JSON.stringify({ file: path, records: records.length, recall: score.recall, overRedaction: score.nonSpanRedacted / Math.max(1, score.nonSpanChars), nonSpanChars: score.nonSpanChars, nonSpanRedacted: score.nonSpanRedacted, detections: score.detections, misses: score.misses }, null, 2)}\n`,
    );
    return;
  }
  const lines = [
    `${path}: ${records.length} records, ${overall.labelled} labelled spans`,
    `recall overall ${pct(overall.caught, overall.labelled)} (caught = ≥ 90 % of a span's characters redacted)`,
  ];
  lines.push('', '| lang | type | labelled | caught | recall | right type |', '| --- | --- | --- | --- | --- | --- |');
  for (const r of recallRows(score)) lines.push(`| ${r.join(' | ')} |`);
  lines.push(
    '',
    `over-redaction: ${score.nonSpanRedacted} of ${score.nonSpanChars} non-span characters redacted (${pct(score.nonSpanRedacted, score.nonSpanChars)}; kept ${pct(score.nonSpanChars - score.nonSpanRedacted, score.nonSpanChars)})`,
  );
  if (args.includes('--misses')) {
    lines.push('', 'misses:');
    for (const x of score.misses) lines.push(`  ${x.id} ${x.lang} ${x.type} ${JSON.stringify(x.text)} in …${JSON.stringify(x.context)} → ${x.got}`);
    lines.push('', 'redactions outside every labelled span:');
    for (const x of score.overRedacted) lines.push(`  ${x.id} ${x.type} ${JSON.stringify(x.text)}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
