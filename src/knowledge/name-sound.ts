// Names read by their sound. A patient who types a condition's name with a pinyin input method picks a homophone
// from the candidate list (高血鸭 for 高血压, 甲钪 for 甲亢, 脂肪干 for 脂肪肝), and one who spells an English name by ear
// writes what it sounds like (newmonia, sorisis, hemmroids). Character-by-character and letter-by-letter comparison
// cannot see either slip; the sound can. Chinese: a character's toneless pinyin readings (every reading of a polyphone),
// folded by the fuzzy-pinyin pairs input methods offer (模糊音: z/zh, c/ch, s/sh, n/l), so 料 (liao) and 尿 (niao)
// sound alike. The front/back nasal pair (-n/-ng) is not folded: it makes 痒 (yang, itch) a slip of 炎 (yan), and 咽痒
// is a symptom, not a misspelt 咽炎 (measured on 5,000 held-out consultation questions). English: the Double Metaphone keys of a word. Which names a question's slip may stand for, and
// when a slip is a slip rather than real text, is the topic index's decision (retrieval/topics.ts). Pure.
import { createRequire } from 'node:module';
import { doubleMetaphone } from 'double-metaphone';

type Pinyin = (text: string, options: { toneType: 'none'; type: 'array'; multiple: true }) => string[];
let pinyin: Pinyin | undefined;
// pinyin-pro (its dictionary is about 1 MB) is loaded on the first Chinese slip check, so start-up does not pay for it.
const pinyinOf: () => Pinyin = () => (pinyin ??= (createRequire(import.meta.url)('pinyin-pro') as { pinyin: Pinyin }).pinyin);

// The fuzzy-pinyin pairs of common input methods (each folded to one side): retroflex and flat initials, n and l
// (merged in many southern dialects).
const FOLD: readonly [RegExp, string][] = [
  [/^zh/, 'z'],
  [/^ch/, 'c'],
  [/^sh/, 's'],
  [/^n(?=[aeiouv])/, 'l'],
];

const readingCache = new Map<string, readonly string[]>();

/** A Chinese character's toneless pinyin readings (all of a polyphone's), fuzzy pairs folded; none for a non-Han one. */
export function readingsZh(ch: string): readonly string[] {
  let r = readingCache.get(ch);
  if (!r) {
    const raw = /^\p{Script=Han}$/u.test(ch) ? pinyinOf()(ch, { toneType: 'none', type: 'array', multiple: true }) : [];
    r = [...new Set(raw.map((p) => FOLD.reduce((s, [re, to]) => s.replace(re, to), p.toLowerCase().replace(/ü/g, 'v'))))];
    readingCache.set(ch, r);
  }
  return r;
}

/** Do two different Chinese characters share a reading (after the fuzzy-pinyin folds)? */
export function soundAlikeZh(a: string, b: string): boolean {
  if (a === b) return false;
  const rb = readingsZh(b);
  return readingsZh(a).some((r) => rb.includes(r));
}

/** An English word's Double Metaphone keys (primary and alternate, one when they agree); none under three sounds. */
export function soundKeysEn(word: string): string[] {
  const keys = [...new Set(doubleMetaphone(word.toLowerCase()))];
  // A one- or two-sound key (NM, SK) is shared by too many words to say which name was meant.
  return keys.filter((k) => k.length >= 3);
}
