// A man called by his surname and 生 in written Cantonese (issue #11, s38): "陳生今日覆診", "早晨譚生，", "梁生您好".
// 生 after a surname is Cantonese for "Mr" (先生 cut short); Mandarin writes it only inside words (学生, 医生, 卫生, 花生)
// or opening one (生日, 生病, 生活). The signal is the ROLE of 生 read by word boundaries, in text that is Cantonese
// (core/cantonese-reading.ts isCantonese): the surname is a word of its own (no dictionary word holds it with the
// character before, and the pair surname + 生 is no dictionary word: 余生, 平生, 花生), and 生 opens no word after it
// (陳生日, 李生病 stay; a rare word such as 生话 is a chance pair: "李生话佢…"). Traditional text is read on its simplified folding (the dictionary is simplified).
// Fills only text no other reader claimed (index.ts FILL_RANK).
import type { PhiSpan } from '../types.js';
import { span } from './span.js';
import { ALL_SINGLE_SURNAMES, COMPOUND_SURNAMES } from './surnames.js';
import { chineseCharTag, chineseWordEntry, chineseWords, insideWord, opensWord } from '../../knowledge/chinese-words.js';
import { toSimplified } from '../../core/han-variants.js';
import { isCantonese } from '../../core/cantonese-reading.js';

const HAN = /[\u4e00-\u9fff]/;
const COMPOUND = new Set(COMPOUND_SURNAMES);
/** s41: Hong Kong surnames written with a character the shared surname lists do not hold (區 Au, folded to 区), read
 * only before these two titles — the shared lists keep their meaning for the older readers. */
const TITLE_ONLY_SURNAMES: ReadonlySet<string> = new Set(['区']);
/** Length of the surname that ends at `i` (compound 2, single 1), or 0. */
function surnameEndingAt(t: string, i: number): number {
  if (COMPOUND.has(t.slice(i - 2, i))) return 2;
  const c = t[i - 1] ?? '';
  return ALL_SINGLE_SURNAMES.has(c) || TITLE_ONLY_SURNAMES.has(c) ? 1 : 0;
}

/** s41: the title at `i` is CLOSED — what follows it is no Han character (a pause, a space, a number) or a
 * time word opening the clause ("周太 6098 2274", "陳生，", "何太今朝…"). The adverb 太 "too" and the verb 生 "give birth,
 * grow" both need a complement after them, so a closed title is Mr / Mrs in any dialect: read without the Cantonese
 * check, which a short line or a formal Hong Kong record (a bill, a form) does not pass. */
const TIME_OPENING = /^(?:今[日天朝晚早]|琴[日晚]|寻[日晚]|听[日朝晚]|[昨前明][日天晚]|[上下]午|[上下]星期|[上下][周礼]|早上|晚上|头先|啱啱|刚才|而家|依家)/;
function closedTitle(t: string, i: number, start: number): boolean {
  // The end of the text closes only a title standing alone as a value ("陪診家屬：區太"): a text cut short may have cut a
  // word ("…服用舒敏康益生" of 益生菌).
  const next = t[i + 1];
  if (next === undefined) return !HAN.test(t[start - 1] ?? '');
  // Review fix: a space or an ellipsis is no pause that closes a title — "钱太 少", "汤太 烫了", "钱太……" are "too";
  // read the first Han character after it as if it followed the title directly.
  const gap = /^[\s\u3000…⋯]+/u.exec(t.slice(i + 1));
  if (gap) {
    const after = t[i + 1 + gap[0].length];
    if (after === undefined) return !/[…⋯]/u.test(gap[0]) && !HAN.test(t[start - 1] ?? '');
    if (HAN.test(after)) return TIME_OPENING.test(t.slice(i + 1 + gap[0].length, i + 4 + gap[0].length));
    return true;
  }
  return !HAN.test(next) || TIME_OPENING.test(t.slice(i + 1, i + 4));
}
/** Word classes of a surname character that is mainly a verb, a preposition or grammar here (发|生, 出|生 are no
 * surnames anyway; 和, 于, 向 are): such a character before 生 is read as a word, not a name. */
const NOT_NAME_TAG = /^(?:v|vn|p|c|d|u[a-z]*|m|q)$/;
/** Above this count a word 生 opens is an ordinary word (生日 1028, 生病 469, 生活 31550); the rare ones the dictionary
 * also lists (生话 3, 生下 3) are chance pairs across the boundary ("李生话佢…": Mr Lee says). */
const OPENED_WORD_MIN_FREQ = 20;

/** 生 at `i` opens an ordinary dictionary word of 2–4 characters. */
function opensCommonWord(t: string, i: number): boolean {
  for (let k = 2; k <= 4 && i + k <= t.length; k++) if ((chineseWordEntry(t.slice(i, i + k))?.freq ?? 0) > OPENED_WORD_MIN_FREQ) return true;
  return false;
}
/** A noun character before the surname is the head of a word the dictionary cannot see (社|康), not a boundary. */
const STEM_TAG = /^(?:n|ng|nz)$/;
/** Cantonese aspect markers (咗 done, 紧 ongoing, 晒 all), read on the folding: after 生 they make it the verb "get,
 * grow, give birth" ("老竇生咗癌", "佢仲生緊氣", "生咗成身紅疹", review s38 b09/b32/b34/b35) — unless the marker opens a
 * word of its own ("陳生緊張" stays Mr Chan). */
const ASPECT_MARKER = /[咗紧晒]/;

export function detectCantoneseMrZh(text: string): PhiSpan[] {
  if (!text.includes('生')) return [];
  const t = toSimplified(text);
  // The markers are read on the text as written and on its folding (係 folds to 系, which Mandarin writes too).
  const cantonese = isCantonese(text) || isCantonese(t);
  if (t.length !== text.length) return [];
  const words = chineseWords();
  const out: PhiSpan[] = [];
  for (let i = t.indexOf('生'); i >= 0; i = t.indexOf('生', i + 1)) {
    const sn = surnameEndingAt(t, i);
    if (!sn || (!cantonese && !closedTitle(t, i, i - sn))) continue;
    const start = i - sn;
    // 生 is a verb: an aspect marker after it, or the surname character repeated after it ("龍生龍，鳳生鳳", a proverb).
    if ((ASPECT_MARKER.test(t[i + 1] ?? '') && !opensWord(t, i + 1, words)) || t.slice(i + 1, i + 1 + sn) === t.slice(start, i)) continue;
    // The pair is a word (余生, 平生, 花生, 卫生), or 生 opens one (生日, 生病, 生活): no title here.
    if (words.has(t.slice(start, i + 1)) || opensCommonWord(t, i)) continue;
    // The surname closes a word begun before it, or the character before is a noun stem: no surname here.
    if (insideWord(t, start, words)) continue;
    const before = t[start - 1] ?? '';
    if (HAN.test(before)) {
      let closes = false;
      for (let k = 2; k <= 4 && k <= start; k++) if (words.has(t.slice(start - k, start))) closes = true;
      if (!closes && STEM_TAG.test(chineseCharTag(before))) continue;
    }
    if (sn === 1 && NOT_NAME_TAG.test(chineseCharTag(t[start]))) continue;
    out.push(span('NAME', text, start, i + 1));
  }
  return out;
}

// A married woman called by her (husband's) surname and 太 (s40): "何太話個仔發燒", "今日去探梁太", "葉太，你嘅報告出咗".
// 太 after a surname is Cantonese for "Mrs" (太太 cut short), as 生 is "Mr"; elsewhere 太 is the adverb "too", and the
// adverb is read by what it governs: a predicate of degree after it ("條路太遠", "包太大", "我老公太忙") — a character the
// dictionary tags as an adjective, a count or an adverb, or one 太/很 forms a word with (太多, 太贵, 很忙; not 好, whose words are many: 好话) — or a word 太
// opens (太阳, 太极, 太太). The surname is a word of its own as for 生 (價錢|太貴: 钱 closes 价钱).
/** Tags of the character after 太 that make 太 the adverb: adjectives, descriptive words, counts, adverbs, 过. */
const DEGREE_TAG = /^(?:a|ad|an|z|m|d|ug)$/;

/** 太 at `i` is the adverb "too": what follows is a predicate of degree, or 太 opens a word. */
function adverbToo(t: string, i: number, words: ReadonlySet<string>): boolean {
  const next = t[i + 1] ?? '';
  if (!HAN.test(next)) return false;
  if (DEGREE_TAG.test(chineseCharTag(next))) return true;
  for (let k = 2; k <= 3 && i + k <= t.length; k++) if (words.has(t.slice(i, i + k))) return true;
  return words.has(`很${next}`);
}

export function detectCantoneseMrsZh(text: string): PhiSpan[] {
  if (!text.includes('太')) return [];
  const t = toSimplified(text);
  const cantonese = isCantonese(text) || isCantonese(t);
  if (t.length !== text.length) return [];
  const words = chineseWords();
  const out: PhiSpan[] = [];
  for (let i = t.indexOf('太'); i >= 0; i = t.indexOf('太', i + 1)) {
    const sn = surnameEndingAt(t, i);
    if (!sn || t[i + 1] === '太' || adverbToo(t, i, words) || (!cantonese && !closedTitle(t, i, i - sn))) continue;
    const start = i - sn;
    // The pair is a word (老太, 师太), or the surname closes a word begun before it (价钱, 老公): no title here.
    if (words.has(t.slice(start, i + 1)) || insideWord(t, start, words)) continue;
    if (sn === 1 && NOT_NAME_TAG.test(chineseCharTag(t[start]))) continue;
    // review fix: after a classifier or a determiner the character is the thing counted ("啲湯太杰", "間房太焗", "個鐘太嘈").
    if (/[啲个间条只张架杯碗嗰呢部盏把件对D]/.test(t[start - 1] ?? '')) continue;
    out.push(span('NAME', text, start, i + 1));
  }
  return out;
}
