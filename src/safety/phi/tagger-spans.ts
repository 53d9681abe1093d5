// The learned tagger's spans beside the rules: run on candidate windows, kept where the rules found nothing and the
// span is plausible for its class, dropped when it is a fragment of a recurring word or a drug name.
import type { PhiSpan } from '../types.js';
import { COUNTRIES, STATE_SET } from './address.js';
import { englishWord } from '../../knowledge/english-words.js';
import { GIVEN_CHARS } from './given-names.js';
import { COMMON_CAPITALISED, EPONYMS } from './names-en-lists.js';
import { isWord, type NameLexicon } from './names-zh.js';
import { COMPOUND_SURNAMES, NOT_NAMES, SINGLE_SURNAMES } from './surnames.js';
import { decodeTagger, tagPhi, type TaggerModel } from './tagger.js';
import { TAGGER_WEIGHTS } from './tagger-weights.generated.js';
import { drugAt, taggerWindows } from './tagger-windows.js';
import { starredQuantity } from './masked-numbers.js';

let tagger: TaggerModel | null | undefined;
/** The shipped tagger (null when no weights have been trained: the rules then work alone). */
export function shippedTagger(): TaggerModel | null {
  if (tagger === undefined) tagger = TAGGER_WEIGHTS ? decodeTagger(TAGGER_WEIGHTS) : null;
  return tagger;
}

/** Rank of tagger spans in the merge: below every rule, so a rule's type wins where both found the same text. */
const TAGGER_RANK = 1;

const HAN_RE = /[\u4e00-\u9fff]/;
const SURNAME_SET = new Set(SINGLE_SURNAMES);
const COMPOUND_SET = new Set(COMPOUND_SURNAMES);
/** Characters that continue a word after 小/老 + surname (小孙女, 老王家的…): not a name then. */
const WORD_AFTER_SHORT_NAME = new Set('女子儿孩们朋友妹弟哥姐家的'.split(''));
const ADDRESS_UNIT =
  /(?<![A-Za-z\d])\d|[路街道巷弄号楼室栋村镇乡区县苑园]|\b(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Lane|Ln|Dr|Drive|Way|Court|Ct|Crescent|Cres|Close|Terrace|Parade|Highway|Hwy|Blk|Block|Flat|Unit|Apt|Suite|Box)\b/;

/**
 * Is a tagger span a plausible value of its class? Code-shaped identifiers stay with the rules (the tagger's ID class
 * is not reported); a Latin field label (followed by a colon) is not a value; the issuer of a long number after it is
 * neither a person nor a workplace; a Latin name holds an upper-case letter and no digit and is not an abbreviation or
 * a common capitalised word; a Chinese name starts with a surname (小王, 老李, 王阿姨), is 阿 + a given-name character
 * or a transliteration with "·", and is not a word (isWord: stop lists, units, the lexicon); an address holds a
 * number or an address unit (a city alone stays, as in the rules).
 */
function plausibleTagged(s: PhiSpan, text: string, lexicon?: NameLexicon): boolean {
  const v = s.text.trim();
  if (v.length < 2) return false;
  // An identifier value the model read from its context (a plate, a fax number in Chinese text, an odd licence):
  // it holds a digit, or is a code of capitals and digits.
  // An identifier the model read from its context (a plate, a fax number in Chinese text, an odd licence) is a code:
  // three or more digits, no lower-case word (a date "May 2018", prose), no percent, no lone one- or two-digit number
  // ("0 60 90"), and Han characters only as a plate's province ("苏A·7K29Q"; "67岁" is an age).
  if (s.type === 'OTHER_ID') {
    const digits = v.replace(/\D/g, '').length;
    if (digits < 3 || v.length < 5 || /%|[a-z]{2,}/.test(v) || v.split(/\s+/).some((g) => /^\d{1,2}$/.test(g))) return false;
    // A bare year (", 2024", "(1998)") is not a code: years alone are not identifiers under Safe Harbor.
    if (/^[\s,.;:()（），、-]*(?:19|20)\d\d[\s,.;:()（），、-]*$/.test(v)) return false;
    // A value in emphasis stars, or starred before its unit, is a clinical quantity (masked-numbers.ts).
    const at = s.start + s.text.indexOf(v);
    if (starredQuantity(text, at, at + v.length)) return false;
    return !HAN_RE.test(v) || /^[\u4e00-\u9fff][A-Z][·.\s-]?[A-Z0-9]{4,6}$/.test(v);
  }
  const after = text.slice(s.end, s.end + 24);
  // A field label is followed by a colon; a chat speaker too, so only a Latin label word is dropped for it.
  if (/^\s*[:：]/.test(after) && !HAN_RE.test(v)) return false;
  if (lexicon?.has(v)) return false;
  if (s.type === 'ADDRESS') return ADDRESS_UNIT.test(v);
  // The issuer of a long number after it (建设银行 6217…, Visa 4111…) labels the number: not a workplace or a person.
  if (/^\s*\d[\d -]{7,}/.test(after)) return false;
  // An employer is named with letters: a time, a number or a lowercase word is not one ("at 3pm").
  // "一家公司", "某单位", "这家医院" are any workplace, not a named one.
  if (s.type === 'EMPLOYER' && /^(?:[一某这那每][家个间所]?|其他|本)/.test(v)) return false;
  if (s.type === 'EMPLOYER') return !(HAN_RE.test(v) && v.length < 4) && (HAN_RE.test(v) || /\p{Lu}/u.test(v)) && !/^[\d:.\s]+(?:am|pm|h)?$/i.test(v);
  if (/\d/.test(v)) return false;
  if (!HAN_RE.test(v)) {
    // A lower-case name ("my nan doreen walker") is two or more words, one of them not an ordinary English word.
    const lower = !/\p{Lu}/u.test(v);
    if (lower && !(/^\p{L}{2,}(?:\s+\p{L}{2,})+$/u.test(v) && v.split(/\s+/).some((w) => !englishWord(w)))) return false;
    // Acronyms ("BCBS PPO"), common capitalised words, eponyms, states and countries are not people.
    if (/^[A-Z]{1,4}(?:\s+[A-Z]{1,4})*$/.test(v) || COMMON_CAPITALISED.has(v) || EPONYMS.has(v) || STATE_SET.has(v) || COUNTRIES.has(v)) return false;
    // An eponym's possessive without a title is the disease ("my father Parkinson's", "my mum has Crohn's").
    const bare = v.replace(/['’]s$/, '');
    if (bare !== v && EPONYMS.has(bare) && !/(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s*$/.test(text.slice(Math.max(0, s.start - 6), s.start))) return false;
    // A drug name by its stem, unless it stands as a surname (after a given name, before a person verb).
    const from = s.start + s.text.indexOf(v);
    for (const w of v.matchAll(/[^\s,]+/g)) if (drugAt(text, from + (w.index ?? 0), w[0])) return false;
    return !/^-\d/.test(after);
  }
  // 黄某某: the writer already anonymised it. A transliteration joins name parts with one "·" ("个忙···" is an ellipsis).
  if (v.includes('某')) return false;
  if (v.includes('·')) return /^[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}$/.test(v) && !/^[第个]/.test(v);
  const short = /^[老小阿大]/.test(v) && v.length <= 3;
  const head = short ? v.slice(1) : v;
  const sn = COMPOUND_SET.has(head.slice(0, 2)) ? 2 : SURNAME_SET.has(head[0]) ? 1 : 0;
  // 阿 + a given-name character is a familiar name (阿强, 阿珍) without a surname.
  if (!sn) return v.length === 2 && v[0] === '阿' && GIVEN_CHARS.has(v[1]);
  if (short && WORD_AFTER_SHORT_NAME.has(text[s.end] ?? '')) return false;
  // Inside a word: the character before and the first one are a known word (师|傅帮), or a disease follows (克|罗恩病).
  if (NOT_NAMES.has(text.slice(s.start - 1, s.start + 1)) || /^[病症氏]/.test(after)) return false;
  return !isWord(text, s.start + (short ? 1 : 0), head.length, sn, lexicon);
}

/** Characters of context tagged on each side of a window (its spans are kept only where they touch the window). */
const WINDOW_MARGIN = 16;

/** The tagger's spans, from the candidate windows only (tagger-windows.ts), or from the whole text. A window opens
 * with the newline before it, so its first token keeps its line-start features. */
function taggedSpans(model: TaggerModel, text: string, whole: boolean): PhiSpan[] {
  if (whole) return tagPhi(model, text);
  const out: PhiSpan[] = [];
  for (const [a, b] of taggerWindows(text, englishWord)) {
    // Context on both sides, so the tokens of the window see the features they see in the whole text.
    let from = Math.max(0, a - WINDOW_MARGIN);
    const to = Math.min(text.length, b + WINDOW_MARGIN);
    const line = text.lastIndexOf('\n', a - 1);
    if (line >= from) from = line;
    for (const s of tagPhi(model, text.slice(from, to)))
      if (s.end + from > a && s.start + from < b) out.push({ ...s, start: s.start + from, end: s.end + from });
  }
  return out;
}

/**
 * A Chinese "name" that is a piece of a recurring word: every occurrence has the same character before it, or the
 * same after it ("帕|金森" throughout a text on Parkinson's disease, "阿立|哌唑"). Names recur in varied company;
 * a word's fragment recurs with the rest of its word. Only the tagger's names are checked (the rules read cues).
 */
function wordFragment(text: string, name: string): boolean {
  if (!HAN_RE.test(name)) return false;
  const before = new Set<string>();
  const after = new Set<string>();
  let n = 0;
  for (let at = text.indexOf(name); at >= 0 && n < 50; at = text.indexOf(name, at + name.length)) {
    before.add(HAN_RE.test(text[at - 1] ?? '') ? text[at - 1] : '');
    after.add(HAN_RE.test(text[at + name.length] ?? '') ? text[at + name.length] : '');
    n++;
  }
  return n >= 2 && ((before.size === 1 && !before.has('')) || (after.size === 1 && !after.has('')));
}

const LEADING_TITLE = /^(?:(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Sr|NP|RN|PA|MD|GP|Nurse|Sister|Doctor|Dr\.)\.?\s+)+/;

/**
 * The learned tagger's names, employers and addresses where the rules found nothing: a rule span wins where both
 * found something (its boundaries are the rule's), and implausible tagger spans are dropped.
 */
export function taggerSpans(text: string, rules: readonly PhiSpan[], lexicon?: NameLexicon, own?: TaggerModel, whole = false): (PhiSpan & { rank: number })[] {
  const model = own ?? shippedTagger();
  if (!model) return [];
  const out: (PhiSpan & { rank: number })[] = [];
  for (const tagged of taggedSpans(model, text, whole)) {
    // A title or role before a name is not part of it ("NP Lisa Tran", "Dr. Okafor").
    const title = tagged.type === 'NAME' ? LEADING_TITLE.exec(tagged.text) : null;
    const s =
      title && title[0].length < tagged.text.length ? { ...tagged, start: tagged.start + title[0].length, text: tagged.text.slice(title[0].length) } : tagged;
    if (!plausibleTagged(s, text, lexicon) || (s.type === 'NAME' && wordFragment(text, s.text))) continue;
    // Where a rule found part of the same value with the same type, the tagger's longer name, address or workplace
    // extends it (the merge keeps the rule's part and adds the rest); where the types differ, or for identifiers,
    // the rule's reading stands.
    const over = rules.filter((r) => r.start < s.end && s.start < r.end);
    if (over.length && (s.type === 'OTHER_ID' || over.some((r) => r.type !== s.type))) continue;
    out.push({ ...s, rank: TAGGER_RANK });
  }
  return out;
}
