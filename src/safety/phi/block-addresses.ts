// A housing-block address read by its own grammar (issue #11, s44): "Blk 208 Toa Payoh Lor 8 #01-1247, Singapore
// 310208", "Blk 62 Lorong 5 Toa Payoh #08-412", "Blk 211 Toa Payoh Lor 8, #01-11", "Blk 208 Toa Payoh North carpark".
// The block label and its number open it; the street is capitalised words and road numbers ("Lor 8", "Ave 3"); the
// floor-and-unit "#08-412" closes it, then the town and its six-digit postcode may follow. The street readers took
// "Toa Payoh Lor" for a name and "#01-1247" for a code, cutting the address in three. The block label alone is as
// specific as a house number only as "Blk" (a "block" is also a heart block or a nerve block): "Block" needs the unit.
// Pure: text in, ADDRESS spans out; the caller ranks them with the address chains, above the codes inside them.
import type { PhiSpan } from '../types.js';
import { span } from './span.js';

const HEAD = /(?<![\p{L}\d])(Blk|BLK|Block|BLOCK)\.?[ ]?\d{1,4}[A-Z]?(?![\p{L}\d])/gu;
/** One more part of the street: a capitalised word, a road number, or the unit that closes the address. */
const PART = /^(?:,?[ ])(#\d{1,3}-\d{1,5}[A-Z]?|\p{Lu}[\p{L}'’-]*|\d{1,3}[A-Z]?)(?![\p{L}\d])/u;
const POSTCODE = /^(?:,?[ ](?:Singapore|SINGAPORE)[ ]\d{6}|[ ]S\d{6})(?![\p{L}\d])/u;

export function detectBlockAddresses(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  if (!/Blk|BLK|Block|BLOCK/.test(text)) return out;
  HEAD.lastIndex = 0;
  for (const m of text.matchAll(HEAD)) {
    const start = m.index ?? 0;
    let end = start + m[0].length;
    let words = 0;
    let unit = false;
    let lastWordEnd = end;
    for (let i = 0; i < 8 && !unit; i++) {
      const p = PART.exec(text.slice(end, end + 30));
      if (!p) break;
      end += p[0].length;
      if (p[1].startsWith('#')) unit = true;
      else if (/^\p{Lu}/u.test(p[1])) words++;
      lastWordEnd = end;
    }
    if (!words) continue;
    // Without the unit the block is read only as "Blk" and up to the street's last word.
    if (!unit) {
      if (!/^(?:Blk|BLK)/.test(m[1])) continue;
      end = lastWordEnd;
    }
    const post = POSTCODE.exec(text.slice(end, end + 20));
    if (post) end += post[0].length;
    out.push(span('ADDRESS', text, start, end));
  }
  return out;
}
