// A person called by surname + a role noun read by its HEAD (issue #11, s40): "经张院长签字", "據曾館長講", "找王药师问了
// 剂量", "陳營養師建議", "由胡心理师负责". The older title readers hold closed lists (name-slots.ts TITLES); office
// heads and professions are productive in Chinese — a unit + 长 (院长 所长 村长 馆长 站长 处长 科长) and a trade + 师
// (药师 技师 营养师 治疗师, and 心理|师 the dictionary does not hold). The signal is the structure surname | role word:
// - the role word is a dictionary word of 2–3 characters closing in 长 or 师, tagged as a noun or a verb (not an idiom
//   or a description: 意味深长, 悠长, 最长 carry i/l/z/a; nor a degree: 太长), or a dictionary word + 师 (心理|师);
// - the role word closes there: its head opens no word the dictionary counts as often ("全院长期" is 全院 + 长期);
// - the surname is a word of its own: no dictionary word holds it or opens at it (高校|长, 对方|药师, 身高|成长);
// - the surname is no function character (于 at/about, 向 towards, 和 and: jieba tags p/c/d/u…) — a preposition
//   before a title is grammar ("用药前请向药师咨询", "关于营养师的建议").
// Traditional text is read on its simplified folding (the dictionary is simplified). Fills only text no other reader
// claimed (index.ts FILL_RANK), so the older title readers decide first wherever they read.
import type { PhiSpan } from '../types.js';
import { span } from './span.js';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from './surnames.js';
import { chineseCharTag, chineseWordEntry, chineseWords, insideWord } from '../../knowledge/chinese-words.js';
import { toSimplified } from '../../core/han-variants.js';
import { titleLengthAt } from './name-slots.js';

const SURNAME = new Set(SINGLE_SURNAMES);
const COMPOUND = new Set(COMPOUND_SURNAMES);
/** Heads of a role noun: 长 the head of a unit, 师 a trade or a profession. */
const HEAD = /[长师]/g;
/** Word classes of a surname character that governs a noun as grammar (于 at, 向 towards, 和 and, 对 to, 同 with): a
 * preposition, a conjunction, a particle. An adverb (曾 once) or a classifier (张 sheet) governs no role noun: before
 * one it is the surname ("據曾館長講", "经张院长签字"). */
const FUNCTION_TAG = /^(?:p|c|u[a-z]*)$/;
/** Tags of a dictionary word that can be a role: nouns, and the verb tag jieba gives some (站长, 处长, 组长). */
const ROLE_TAG = /^(?:n|nr|nt|nz|v|vn|j|b)$/;
/** A degree adverb opening the word makes it a description (太长, 最长, 很长), not a role. */
const DEGREE_OPEN = /^[太最很较更好]/;
/** Tags of a base word that makes a trade with 师 (心理 n, 康复 vn, 检验 vn). */
const TRADE_BASE_TAG = /^(?:n|vn|nz)$/;

/** The role word that closes at `end` (exclusive, its head at end - 1) and starts after a surname, or 0. */
function roleLength(t: string, end: number, words: ReadonlySet<string>): number {
  for (let k = 3; k >= 2; k--) {
    const w = t.slice(end - k, end);
    const entry = chineseWordEntry(w);
    const verbal = entry?.tag === 'v' && VERB_OPEN_TAG.test(chineseCharTag(w[0]));
    if (entry && ROLE_TAG.test(entry.tag) && !DEGREE_OPEN.test(w) && !verbal) return k;
    // A trade the dictionary holds only as its base: 心理|师, 康复|师 (the base is a noun, not a verb phrase).
    const base = w.slice(0, -1);
    if (t[end - 1] === '师' && base.length === 2 && words.has(base) && TRADE_BASE_TAG.test(chineseWordEntry(base)?.tag ?? '')) return k;
  }
  return 0;
}

/** A count or a label before the character: a digit, a Latin letter or a numeral (第2周, 两周, 每周, "3B班家長群"). */
const COUNT_BEFORE = /[0-9０-９A-Za-zＡ-Ｚａ-ｚ一二三四五六七八九十两兩几幾第每半]/;
/** Word classes of the first character of a verb-tagged 长 word that make 长 "grow, excel" (见长, 增长, 拉长, 擅长,
 * 延长), not "head of" (处长, 组长, 镇长 open with a unit). */
const VERB_OPEN_TAG = /^(?:v|vg|vn|j)$/;
/** Word classes of a surname character that is also a common noun. */
const NOUN_TAG = /^n$/;
/** Word classes of a one-character word that is grammar before a name: preposition, particle, conjunction, pronoun. */
const GRAMMAR_BEFORE_TAG = /^(?:p|u[a-z]*|c|r[a-z]*)$/;

/** The text before `i` ends a word: no Han character there, a dictionary word of 2–4 characters ending at `i`, or a
 * grammar character. */
function opensAfterBoundary(t: string, i: number, words: ReadonlySet<string>): boolean {
  const before = t[i - 1] ?? '';
  if (!/[\u4e00-\u9fff]/.test(before)) return true;
  for (let k = 2; k <= 4 && k <= i; k++) if (words.has(t.slice(i - k, i))) return true;
  return GRAMMAR_BEFORE_TAG.test(chineseCharTag(before));
}

/** Below this count a word the surname opens is a chance pair, not a reading (林校 2 in "转告林校长"; 高校 3824, 对方
 * 6479 are words). */
const CHANCE_PAIR = 20;
/** An ordinary dictionary word of 2–4 characters starts at `start`, other than the name `start..end` itself. */
function opensOtherWord(t: string, start: number, end: number): boolean {
  for (let k = start + 2; k <= Math.min(t.length, start + 4); k++)
    if (k !== end && (chineseWordEntry(t.slice(start, k))?.freq ?? 0) >= CHANCE_PAIR) return true;
  return false;
}

/** A dictionary word of 2–4 characters opens at the head `i` and counts at least `freq`. */
function headOpensStrongerWord(t: string, i: number, freq: number): boolean {
  for (let k = i + 2; k <= Math.min(t.length, i + 4); k++) if ((chineseWordEntry(t.slice(i, k))?.freq ?? 0) >= Math.max(freq, 1)) return true;
  return false;
}

export function detectRoleTitlesZh(text: string): PhiSpan[] {
  if (!/[长長师師副]/.test(text)) return [];
  const t = toSimplified(text);
  if (t.length !== text.length) return [];
  const words = chineseWords();
  const out: PhiSpan[] = [];
  HEAD.lastIndex = 0;
  for (const m of t.matchAll(HEAD)) {
    const end = (m.index ?? 0) + 1;
    const k = roleLength(t, end, words);
    if (!k) continue;
    // The head belongs to the word it opens when the dictionary counts that word at least as often as the role
    // ("全院长期": 长期 8664 > 院长 6397); a rarer one is a chance pair ("李科长住院了": 长住 44 < 科长 1082).
    if (headOpensStrongerWord(t, end - 1, chineseWordEntry(t.slice(end - k, end))?.freq ?? 0)) continue;
    const start = surnameBefore(t, deputyAt(t, end - k), end, words);
    if (start >= 0) out.push(span('NAME', text, start, end));
  }
  // s41: a deputy of an office the older readers' closed title list names ("刘副主任", "據陳副教授講"): 副 marks an office
  // (副 + a role), so the role is read after it and the surname before it, with the same guards.
  for (let i = t.indexOf('副'); i >= 0; i = t.indexOf('副', i + 1)) {
    const k = titleLengthAt(t, i + 1);
    if (!k) continue;
    const end = i + 1 + k;
    const start = surnameBefore(t, i, end, words);
    if (start >= 0 && !out.some((s) => s.start === start)) out.push(span('NAME', text, start, end));
  }
  return out;
}

/** s41: where the office starts — at 副 (deputy) when it opens the role ("刘副院长"), else at the role word. */
function deputyAt(t: string, at: number): number {
  return t[at - 1] === '副' ? at - 1 : at;
}

/** The start of the surname that ends at `at` (the office word runs to `end`), or -1 when the character there is no
 * surname of its own (a function character, the end of a word, a thing counted, a verb after a pronoun). */
function surnameBefore(t: string, at: number, end: number, words: ReadonlySet<string>): number {
  const sn = COMPOUND.has(t.slice(at - 2, at)) ? 2 : SURNAME.has(t[at - 1] ?? '') ? 1 : 0;
  if (!sn) return -1;
  const start = at - sn;
  if (sn === 1) {
    // The surname is a word of its own: no word holds it with the character before (对方, 身高) or opens at it (高校)
    // — other than the titled name itself, which the dictionary lists for some (徐院长, 冯校长: tag nr).
    if (FUNCTION_TAG.test(chineseCharTag(t[start])) || insideWord(t, start, words) || opensOtherWord(t, start, end)) return -1;
    // 老/小/阿 + surname is the familiar form, read by the older readers; after a count the character is a unit of
    // time or a thing counted ("術後第2週醫師評估": week 2).
    if (/[老小阿]/.test(t[start - 1] ?? '') || COUNT_BEFORE.test(t[start - 1] ?? '')) return -1;
    // review fix: a personal pronoun before the character makes it a verb ("她任护士长多年", "由他任院长").
    if (/[他她它我你您]/.test(t[start - 1] ?? '')) return -1;
    // A surname that is also a common noun (班 shift, 马 horse, 方 side, 田 field) after a Han character joins it as a
    // compound the dictionary may not hold ("代|班医师" a stand-in doctor): it opens a name only where the text before
    // closes a word (a dictionary word ends there) or is grammar (由, 的, 和, a pronoun).
    if (NOUN_TAG.test(chineseCharTag(t[start])) && !opensAfterBoundary(t, start, words)) return -1;
  }
  return start;
}
