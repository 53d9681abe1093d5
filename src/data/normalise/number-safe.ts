// Characters NFKC would fold into a neighbouring number, mapped first to forms that keep the value:
// circled list numbers (②25% must not become 225%), superscripts (10⁹/L must not become 109/L, m² not m2),
// vulgar fractions (1½ must not become 11⁄2) and squared/cubed unit symbols (㎡ must not become m2).

const CIRCLED: [number, number, number][] = [
  // [first code point, last code point, value of the first]
  [0x2460, 0x2473, 1], // ①–⑳
  [0x24ea, 0x24ea, 0], // ⓪
  [0x24eb, 0x24f4, 11], // ⓫–⓴
  [0x24f5, 0x24fe, 1], // ⓵–⓾
  [0x24ff, 0x24ff, 0], // ⓿
  [0x2776, 0x277f, 1], // ❶–❿
  [0x2780, 0x2789, 1], // ➀–➉
  [0x278a, 0x2793, 1], // ➊–➓
  [0x3251, 0x325f, 21], // ㉑–㉟
  [0x32b1, 0x32bf, 36], // ㊱–㊿
  [0x2474, 0x2487, 1], // ⑴–⒇ (NFKC gives "(1)" already; read the same way)
  [0x2488, 0x249b, 1], // ⒈–⒛ ("1." would fuse with a following digit into a decimal)
];

/** The list number of a circled/stopped number character, else undefined. */
export function circledValue(ch: string): number | undefined {
  const cp = ch.codePointAt(0) ?? 0;
  for (const [a, b, v] of CIRCLED) if (cp >= a && cp <= b) return v + cp - a;
  return undefined;
}

export const SUPERSCRIPT: Record<string, string> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
  '⁺': '+',
  '⁻': '-',
};

export const FRACTIONS: Record<string, string> = {
  '½': '1/2',
  '⅓': '1/3',
  '⅔': '2/3',
  '¼': '1/4',
  '¾': '3/4',
  '⅕': '1/5',
  '⅖': '2/5',
  '⅗': '3/5',
  '⅘': '4/5',
  '⅙': '1/6',
  '⅚': '5/6',
  '⅛': '1/8',
  '⅜': '3/8',
  '⅝': '5/8',
  '⅞': '7/8',
};

const UNIT_SYMBOLS: Record<string, string> = {
  '㎡': 'm^2',
  '㎥': 'm^3',
  '㎠': 'cm^2',
  '㎤': 'cm^3',
  '㎟': 'mm^2',
  '㎣': 'mm^3',
  '㎢': 'km^2',
  '㎦': 'km^3',
};

const SPECIAL = /[\u2460-\u2473\u2488-\u249b\u24ea-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞㎡㎥㎠㎤㎟㎣㎢㎦]/u;

/** Map number-bearing special characters to value-preserving ASCII before NFKC. Text without them is returned as is. */
export function protectNumbers(text: string): string {
  if (!SPECIAL.test(text)) return text;
  let out = '';
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const circ = circledValue(ch);
    if (circ !== undefined) {
      out += `(${circ})`;
      continue;
    }
    if (ch in SUPERSCRIPT) {
      let run = '';
      while (i < chars.length && chars[i] in SUPERSCRIPT) run += SUPERSCRIPT[chars[i++]];
      i--;
      // A digit right after the exponent would join it (7²9 is not 7^29): keep a space between.
      out += `^${run}${i + 1 < chars.length && /[\p{Nd}+-]/u.test(chars[i + 1]) ? ' ' : ''}`;
      continue;
    }
    if (ch in FRACTIONS) {
      out += `${/[\p{Nd}^+.．-]$/u.test(out) ? ' ' : ''}${FRACTIONS[ch]}${i + 1 < chars.length && /\p{Nd}/u.test(chars[i + 1]) ? ' ' : ''}`;
      continue;
    }
    if (ch in UNIT_SYMBOLS) {
      out += `${UNIT_SYMBOLS[ch]}${i + 1 < chars.length && /[\p{Nd}+-]/u.test(chars[i + 1]) ? ' ' : ''}`;
      continue;
    }
    out += ch;
  }
  return out;
}
