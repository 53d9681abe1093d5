// Repair of analyte codes that OCR misread by one or two look-alike characters ("HOL" for HDL, "C02" for CO2,
// "T5H" for TSH, "HbA1¢" for HbA1c) — only in the name part of a line (before its first number), only for Latin
// tokens that are not already a known name, and only when the look-alike substitutions lead to exactly one known
// alias. Substitutions are one character for one, so the line's character spans (confidences) stay aligned.
import { isAlias } from '../alias-index.js';
import type { OcrLine } from './ocr-lines.js';

const LOOKALIKE: Record<string, string[]> = {
  '0': ['O', 'D'],
  O: ['0', 'D', 'Q'],
  D: ['O', '0'],
  Q: ['O'],
  '5': ['S'],
  S: ['5'],
  '1': ['I', 'l'],
  I: ['1', 'l'],
  l: ['1', 'I'],
  '8': ['B'],
  B: ['8'],
  '¢': ['c'],
  e: ['c'],
  c: ['e'],
  '2': ['Z'],
  Z: ['2'],
};

function variants(token: string, depth: number): string[] {
  const out: string[] = [];
  const chars = [...token];
  chars.forEach((ch, i) => {
    for (const alt of LOOKALIKE[ch] ?? []) {
      const v = [...chars.slice(0, i), alt, ...chars.slice(i + 1)].join('');
      out.push(v);
      if (depth > 1) out.push(...variants(v, depth - 1).filter((w) => w !== token));
    }
  });
  return out;
}

/** The one known alias a misread token stands for, or undefined (none, or ambiguous). */
export function repairToken(token: string): string | undefined {
  if (isAlias(token) || !/[A-Za-z]/.test(token) || ![...token].some((c) => c in LOOKALIKE)) return undefined;
  for (const depth of [1, 2]) {
    const hits = new Set(variants(token, depth).filter(isAlias));
    if (hits.size === 1) return [...hits][0];
    if (hits.size > 1) return undefined;
  }
  return undefined;
}

/** What a closing bracket is misread as at the end of a bracketed code ("(TCJ" for "(TC)", "(UAy" for "(UA)"). */
export const CLOSE_LOOKALIKE = /^[Jjyl1I\]|}]$/;

/**
 * A bracketed code whose ")" was read as a letter: "(ASTJ" is "(AST)" when the token is no known name and the token
 * without its last character is one (one character for one, so spans stay aligned). Without it the code is lost and
 * a garbled Chinese name beside it decides alone ("天门冬氯酸…" holds 氯, chloride) or invents a test.
 */
function closeBracket(text: string, nameEnd: number): string {
  return (
    text.slice(0, nameEnd).replace(/([(（])([A-Za-z][A-Za-z0-9-]{1,7})(?![^\s]*[)）])/g, (all, open: string, token: string) => {
      const last = token.slice(-1);
      return CLOSE_LOOKALIKE.test(last) && !isAlias(token) && isAlias(token.slice(0, -1)) ? `${open}${token.slice(0, -1)})` : all;
    }) + text.slice(nameEnd)
  );
}

/** What an opening bracket is misread as before a bracketed code ("lcTnl)" for "(cTnI)"). */
const OPEN_LOOKALIKE = /^[lI1|[{]$/;

/**
 * A bracketed code whose "(" was read as a letter: "lcTnl)" is "(cTnI)" when no bracket opens before it in the name,
 * the token is no known name, and the token without its first character is one, as printed or by look-alike letters
 * (repairToken) — one character for one, so spans stay aligned. Without it the row's only clean name is lost and the
 * name reads as "a broken bracket".
 */
function openBracket(text: string, nameEnd: number): string {
  return (
    text.slice(0, nameEnd).replace(/(^|[\s\u3400-\u9fff])([A-Za-z0-9|[{][A-Za-z0-9-]{2,8})(?=[)）])/g, (all, pre: string, token: string, at: number) => {
      if (/[(（]/.test(text.slice(0, at + pre.length)) || !OPEN_LOOKALIKE.test(token[0]) || isAlias(token)) return all;
      const rest = token.slice(1);
      const code = isAlias(rest) ? rest : repairToken(rest);
      return code && code.length === rest.length ? `${pre}(${code}` : all;
    }) + text.slice(nameEnd)
  );
}

/** Repair misread codes in the name part of an OCR line (before its first number). */
export function repairNames(line: OcrLine): OcrLine {
  const firstNumber = line.text.search(/(?:^|\s)[<>≤≥]?\d/);
  const nameEnd = firstNumber < 0 ? line.text.length : firstNumber;
  let text = openBracket(closeBracket(line.text, nameEnd), nameEnd);
  for (const m of text.slice(0, nameEnd).matchAll(/[A-Za-z0-9¢]{2,8}/g)) {
    const fixed = repairToken(m[0]);
    if (fixed && fixed.length === m[0].length) text = text.slice(0, m.index) + fixed + text.slice(m.index + m[0].length);
  }
  return text === line.text ? line : { ...line, text };
}
