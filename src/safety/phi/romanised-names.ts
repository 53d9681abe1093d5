// A name written in both scripts (issue #11, s33). ID cards, hospital labels and referral letters of Hong Kong,
// Malaysia, Singapore and the mainland print a person's Chinese name beside its romanisation: "姓名：謝振華 XIE ZHENHUA",
// "CHEUNG SHUK FAN 張淑芬   F / 90Y", "许明轩 / XU MINGXUAN", "李嘉欣 Miss LI Ka Yan", "TAN MEI LING（谭美玲）". Once a
// reader has found the Han name, the Latin run right beside it is the same person when it reads as that name: one
// romanised syllable per Han character (a Cantonese/Hokkien word per character, "LIEW AH LAN"; or pinyin whose given
// name is written in one word, "XU MINGXUAN"), the surname printed in capitals (the ID-document convention), and no
// clinical abbreviation among the words ("王芳 MRI CT" is no name). Only the order and the count are read, never a list
// of romanised names.
import type { PhiSpan } from '../types.js';
import { CREDENTIALS_EN } from './names-en-lists.js';
import { span } from './span.js';

const HAN_NAME = /^[\u4e00-\u9fff]{2,4}$/;
/** A syllable of a romanisation: consonants, a vowel group, a final (Wade–Giles, Yale, Hokkien, pinyin), or "NG"/"M". */
const SYLLABLE = /^(?:[BCDFGHJKLMNPQRSTVWXYZ]{0,3}[AEIOUY]{1,3}(?:NG|N|M|K|P|T|H|W|R|I)?|NG|M)$/;
/** Pinyin syllables, for a given name written in one word ("MINGXUAN", "ZHENHUA"). */
const PINYIN =
  '(?:(?:ZH|CH|SH|[BPMFDTNLGKHJQXRZCSYW])?(?:IANG|IONG|UANG|ANG|ENG|ING|ONG|UAN|IAN|IAO|UAI|AI|EI|AO|OU|AN|EN|IN|UN|IA|IE|IU|UA|UO|UE|UI|ER|A|O|E|I|U|V))';
/** Upper-case codes that are no syllable of a name here. */
const NOT_NAME_CODES = new Set([
  ...CREDENTIALS_EN.map((c) => c.toUpperCase()),
  ...'MRI CT ECG EEG ICU CCU HDU ENT OPD IPD BP HR RR GCS TB HIV HBV HCV COPD DM HTN CKD IV PO IM SC PRN STAT NHS GP ED ER AE OT PT DOB ID NO TEL FAX HKID NRIC FIN MYKAD SEX AGE NAME MALE FEMALE'.split(
    ' ',
  ),
]);
/** The Latin run after the Han name: an optional courtesy title ("李嘉欣 Miss LI Ka Yan": the title stays out of the
 * span), the surname in capitals, then given syllables in capitals or title case. */
const LATIN_AFTER =
  /^(?:[ \t]{1,3}|[ ]?\/[ ]?|[ ]?[（(])((?:Mr|Mrs|Ms|Miss|Mdm|Madam|Dr|MR|MRS|MS|MISS|MDM|DR)\.?[ ])?([A-Z]{1,8}(?:[ -](?:[A-Z]{1,10}|[A-Z][a-z]{1,9})){0,3})(?![\p{L}\d])/u;
/** The Latin run before the Han name ("CHEUNG SHUK FAN 張淑芬"): two words at least. */
const LATIN_BEFORE = /(?<![\p{L}\d])([A-Z]{1,8}(?:[ -](?:[A-Z]{1,10}|[A-Z][a-z]{1,9})){1,3})(?:[ \t]{1,3}|[ ]?\/[ ]?|[ ]?[（(])$/u;

/** Can `words` be read as `n` syllables, one per Han character? */
function readsAs(words: string[], n: number): boolean {
  const up = words.map((w) => w.toUpperCase());
  if (up.some((w) => NOT_NAME_CODES.has(w))) return false;
  if (up.length === n) return up.every((w) => SYLLABLE.test(w));
  if (up.length > n) return false;
  // Fewer words than characters: each word is one or more pinyin syllables, n in all.
  return pinyinCount(up, n);
}

/** Do the words split into exactly `n` pinyin syllables (the surname one)? */
function pinyinCount(words: string[], n: number): boolean {
  const one = new RegExp(`^${PINYIN}$`);
  if (!one.test(words[0])) return false;
  const rest = words.slice(1);
  const left = n - 1;
  if (!rest.length) return left === 0;
  // Distribute the remaining syllables over the remaining words, at least one each.
  const fits = (i: number, k: number): boolean => {
    if (i === rest.length) return k === 0;
    for (let c = 1; c <= k - (rest.length - i - 1); c++) if (new RegExp(`^${PINYIN}{${c}}$`).test(rest[i]) && fits(i + 1, k - c)) return true;
    return false;
  };
  return fits(0, left);
}

/** Romanisations written beside a found Han name (after it, or before it), not yet claimed. */
export function romanisedBeside(text: string, spans: readonly PhiSpan[]): PhiSpan[] {
  if (!/[A-Z]{2}/.test(text)) return [];
  const out: PhiSpan[] = [];
  // A run claimed in part by a name reader ("Ka Yan" of "LI Ka Yan") is still free: the romanisation grows over it.
  const taken = (a: number, b: number) =>
    spans.some((s) => s.start < b && a < s.end && !(s.type === 'NAME' && a <= s.start && s.end <= b)) || out.some((s) => s.start < b && a < s.end);
  for (const s of spans) {
    if (s.type !== 'NAME') continue;
    const han = text.slice(s.start, s.end).replace(/[ 　]/g, '');
    if (!HAN_NAME.test(han)) continue;
    const after = LATIN_AFTER.exec(text.slice(s.end, s.end + 48));
    if (after) {
      const words = after[2].split(/[ -]/);
      const at = s.end + after[0].length - after[2].length;
      if (readsAs(words, han.length) && !taken(at, at + after[2].length)) {
        out.push(span('NAME', text, at, at + after[2].length));
        continue;
      }
    }
    const before = LATIN_BEFORE.exec(text.slice(Math.max(0, s.start - 48), s.start));
    if (before) {
      const at = s.start - before[0].length;
      if (readsAs(before[1].split(/[ -]/), han.length) && !taken(at, at + before[1].length)) out.push(span('NAME', text, at, at + before[1].length));
    }
  }
  return out;
}
