// A bilingual row names its test twice: a Chinese name and a Latin name or code ("肌钙蛋白I(cTnI)", "嗜碱性粒细胞百分比
// BASO%", "游離三碘甲狀腺原氨酸 Free T3"). Tesseract reads Latin letters far better than Chinese characters, so on a
// photo the two are two readings of ONE test: when the Latin part names an analyte of the closed table and the Chinese
// part is that analyte's Chinese name misread by a few look-alike glyphs ("肌钪 蚺白", "嘉碴 性粒细胞百分",
// "游难三碘甲状腺原氨酸" — the last holding total T3's name 三碘甲状腺原氨酸 exactly), the Chinese part is read as that name.
// Only the analyte the Latin part names is tried, so the glyph distance may be looser than for an unconstrained
// name (ocr-vocabulary.ts); a Chinese part that is exactly another analyte's whole name is a disagreement left as
// printed (pure).
import { aliasVocabulary, aliasWithin } from '../alias-index.js';
import { toSimplified } from '../../core/han-variants.js';
import type { GlyphSimilarity } from './glyphs.js';
import type { OcrLine } from './ocr-lines.js';
import { alignCost, exactAliasShare, replaceSpan, wholeCost } from './ocr-vocabulary.js';

/** Largest weighted distance, as a share of the Chinese name, for a name the Latin part has already decided. */
export const BILINGUAL_SHARE = 0.45;

const HAN = /[\u3400-\u9fff]/;
/** A Chinese name as read: Chinese characters with at most three other characters between two of them ("超教 C 反应重白"). */
const HAN_RUN = /[\u3400-\u9fff](?:[\s\dA-Za-z]{0,3}[\u3400-\u9fff])*/g;

const hanOf = (s: string) => [...toSimplified(s)].filter((c) => HAN.test(c)).join('');

let chineseNames: Map<string, { alias: string; han: string; pure: boolean }[]> | undefined;
let wholeNames: Map<string, string[]> | undefined;
/** Each analyte's Chinese names (two or more Chinese characters; `han` = the characters alone), by code, once. */
function chineseNamesOf(code: string): { alias: string; han: string; pure: boolean }[] {
  if (!chineseNames || !wholeNames) {
    chineseNames = new Map();
    wholeNames = new Map();
    for (const e of aliasVocabulary()) {
      const han = hanOf(e.key);
      if ([...han].length < 2) continue;
      const entry = { alias: e.alias, han, pure: han === e.key };
      for (const c of e.codes) chineseNames.set(c, [...(chineseNames.get(c) ?? []), entry]);
      if (entry.pure) wholeNames.set(han, [...new Set([...(wholeNames.get(han) ?? []), ...e.codes])]);
    }
  }
  return chineseNames.get(code) ?? [];
}

/** The codes a Chinese name names when it is exactly one of the table's Chinese names ("三碘甲状腺原氨酸" → tt3). */
function codesOfWholeName(han: string): string[] {
  chineseNamesOf('');
  return wholeNames?.get(han) ?? [];
}

/**
 * The run as the name's characters: each Chinese character of the run replaced by the name's, in order, where the
 * two have as many Chinese characters (what stands between them — " C " in "超教 C 反应重白" — kept); otherwise the
 * whole run is the name, when the name is Chinese characters only. Undefined when neither applies.
 */
function rewrite(run: string, name: { alias: string; han: string; pure: boolean }): string | undefined {
  const want = [...name.han];
  const got = [...run];
  if (got.filter((c) => HAN.test(c)).length === want.length) {
    let k = 0;
    return got.map((c) => (HAN.test(c) ? want[k++] : c)).join('');
  }
  return name.pure ? name.alias : undefined;
}

/** The name part of a cell: from its start (a row number skipped) to the first number standing apart. */
function nameParts(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let at = 0;
  for (const seg of text.split(/([|│])/)) {
    if (seg !== '|' && seg !== '│') {
      const lead = /^\s*\d{1,3}\s+(?=\D)/.exec(seg)?.[0].length ?? 0;
      const rest = seg.slice(lead);
      const cut = rest.search(/(?:^|\s)[<>≤≥]?\d/);
      const name = cut < 0 ? rest : rest.slice(0, cut);
      if (name.trim()) out.push({ start: at + lead, text: name });
    }
    at += seg.length;
  }
  return out;
}

/**
 * The line with the Chinese name of each bilingual name part read as the name of the analyte its Latin part names
 * (spans re-aligned, the printed text kept in `name`), or the line unchanged.
 */
export function reconcileBilingualName(line: OcrLine, glyphs?: GlyphSimilarity): OcrLine {
  let out = line;
  // From the right, so earlier offsets stay valid.
  for (const part of nameParts(line.text).reverse()) {
    const latin = part.text.replace(/[\u3400-\u9fff]+/g, ' ').replace(/[()（）[\]【】]/g, ' ');
    if (!/[A-Za-z]{2,}/.test(latin)) continue;
    const runs = [...part.text.matchAll(HAN_RUN)].filter((m) => [...m[0]].filter((c) => HAN.test(c)).length >= 2);
    const run = runs.sort((a, b) => b[0].length - a[0].length)[0];
    if (!run) continue;
    const codes = aliasWithin(latin)?.analytes.map((a) => a.code) ?? [];
    if (!codes.length) {
      out = codeBesideName(out, part, hanOf(run[0]), glyphs);
      continue;
    }
    const read = hanOf(run[0]);
    const names = codes.flatMap(chineseNamesOf);
    // Already the analyte's own name, or holding it ("C反应蛋白": the run is 反应蛋白): nothing to read again.
    if (names.some((n) => read.includes(n.han) || n.han.includes(read))) continue;
    // Exactly another test's whole name: the two parts disagree; the parser decides as printed.
    if (codesOfWholeName(read).some((c) => !codes.includes(c))) continue;
    let best: { text: string; share: number } | undefined;
    for (const n of names) {
      const got = alignCost(n.han, read, glyphs);
      const outside = [...read].length - (got.end - got.start);
      const size = [...n.han].length;
      const share = (got.cost + 0.5 * outside) / size;
      const text = share <= BILINGUAL_SHARE ? rewrite(run[0], n) : undefined;
      if (text && (!best || share < best.share)) best = { text, share };
    }
    if (!best) continue;
    const start = part.start + (run.index ?? 0);
    out = replaceSpan(out, start, start + run[0].length, best.text, best.share);
  }
  return out;
}

/** Largest weighted distance, as a share of the code, for a Latin code beside a Chinese name that names its test. */
export const CODE_SLIP_SHARE = 0.25;

/**
 * The other direction: the Chinese name is one test's name and the Latin token beside it is no name at all,
 * one slip from a Latin name of that test ("中性粒细胞比例 (NEUTW%)", "淋巴细胞比例 (LYMPHW)"): the token is read as that
 * name, so an unknown code does not make the row "a test we do not know" (parse.ts reads a bracketed unknown code so).
 */
function codeBesideName(line: OcrLine, part: { start: number; text: string }, han: string, glyphs?: GlyphSimilarity): OcrLine {
  // The Chinese name is (mostly) one test's name: "中性粒细胞比例" holds 中性粒细胞, whose count and share the unit tells.
  const named = exactAliasShare(han);
  const codes = named.share >= 0.6 ? (named.codes ?? []) : [];
  if (!codes.length) return line;
  const latinNames = aliasVocabulary().filter((e) => !HAN.test(e.key) && e.key.length >= 3 && e.codes.some((c) => codes.includes(c)));
  let out = line;
  const tokens = [...part.text.matchAll(/[A-Za-z][A-Za-z0-9%#+-]{2,9}/g)].reverse();
  for (const t of tokens) {
    if (aliasWithin(t[0])) continue;
    const near = latinNames
      .map((e) => ({ alias: e.alias, codes: e.codes, total: wholeCost(e.key.toLowerCase(), t[0].toLowerCase(), glyphs), size: [...e.key].length }))
      .filter((x) => x.total <= 1 && x.total / x.size <= CODE_SLIP_SHARE)
      .sort((x, y) => x.total - y.total);
    const best = near[0];
    // Two of the test's names as near ("LYMPHW": LYMPH% or LYMPH#, share or count) — the slip is not decided.
    if (!best || near.some((x) => x.codes.join() !== best.codes.join() && x.total - best.total < 0.2)) continue;
    const start = part.start + (t.index ?? 0);
    out = replaceSpan(out, start, start + t[0].length, best.alias, best.total / best.size);
  }
  return out;
}
