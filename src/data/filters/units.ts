// Text units for Gopher-style rules adapted to Chinese: every Han character is a unit, Latin words and numbers are units.

const UNIT_RE = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{M}])+(?:['’-](?:(?!\p{Script=Han})\p{L})+)*|\p{N}+(?:[.,]\p{N}+)*/gu;

export function textUnits(text: string): string[] {
  return text.toLowerCase().match(UNIT_RE) ?? [];
}

/** Characters that are neither letters, digits, marks nor whitespace (punctuation and symbols). */
export function countSymbols(text: string): { symbols: number; digits: number; chars: number } {
  const nonSpace = text.match(/\S/gu)?.length ?? 0;
  const digits = text.match(/\p{N}/gu)?.length ?? 0;
  const symbols = text.match(/[^\s\p{L}\p{M}\p{N}]/gu)?.length ?? 0;
  return { symbols, digits, chars: nonSpace };
}
