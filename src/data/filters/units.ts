// Text units for Gopher-style rules adapted to Chinese: every Han character is a unit, Latin words and numbers are units.

const UNIT_RE = /\p{Script=Han}|[\p{L}\p{M}]+(?:['’-][\p{L}]+)*|\p{N}+(?:[.,]\p{N}+)*/gu;

export function textUnits(text: string): string[] {
  return text.toLowerCase().match(UNIT_RE) ?? [];
}

/** Characters that are neither letters, digits, marks nor whitespace (punctuation and symbols). */
export function countSymbols(text: string): { symbols: number; digits: number; chars: number } {
  let symbols = 0;
  let digits = 0;
  let chars = 0;
  for (const ch of text) {
    if (/\s/u.test(ch)) continue;
    chars++;
    if (/\p{N}/u.test(ch)) digits++;
    else if (!/[\p{L}\p{M}]/u.test(ch)) symbols++;
  }
  return { symbols, digits, chars };
}
