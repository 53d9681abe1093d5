// A person the writer half-masked with 某 (issue #11, s37): "司机刘某在场", "民警黄某（警号…）", "与钱某某驾驶的…",
// "值班护士于某（工号…）", "病例：欧阳某，男". The surname survives the writer's mask and, with the role and the scene, still
// points at one person; blind writers label it a NAME (15 of 15 such people in deid-1..45; the tagger and the slot
// readers left 13, as their rule was "the writer already anonymised it").
// The signal is the ROLE of 某 in the phrase, not a list of names: 某 after a surname and BEFORE A PREDICATE or a pause
// masks a given name (surname + 某 is the subject or object: "刘某在场", "孙某反映", "于某（"); 某 before a NOUN is a
// determiner ("经某医院", "某品牌", "某县医院": some hospital), and 某 opening a dictionary word is one ("某些", "某种",
// "某人", "某日"). The surname must stand as a word of its own (not the end of 对于, 经常, 偏高, 方向), and a surname that
// is mainly a preposition, conjunction, adverb or pronoun (于 向 和 常 从 那) must stand in a person's slot: after a
// pause or the head of a person noun (护士于某, 司机…, 家属…). Fills only text no other reader claimed.
import type { PhiSpan } from '../types.js';
import { span } from './span.js';
import { ALL_SINGLE_SURNAMES, COMPOUND_SURNAMES } from './surnames.js';
import { ORG_SUFFIX_ZH } from './employer.js';
import { chineseCharTag, chineseWordEntry, chineseWords, insideWord, opensWord } from '../../knowledge/chinese-words.js';
import { toSimplified } from '../../core/han-variants.js';

const HAN = /[\u4e00-\u9fff]/;
const COMPOUND = new Set(COMPOUND_SURNAMES);
/** Word classes of a character that is mainly grammar, not a surname, when it stands before 某. */
const GRAMMAR_TAG = /^(?:p|c|d|r[a-z]*|u[a-z]*)$/;
/** Word classes of what follows a determiner 某: a noun, a place, an abbreviation, a distinguishing word. */
const NOUN_TAG = /^(?:n[a-z]*|s|j|b)$/;
/** The last morpheme of a noun naming a person by role (护士, 司机, 民警, 家属, 同事, 邻居, 人员, 患者, 医生, 工人…). */
const PERSON_HEAD = /[士师員员警机機工者人属屬事居生友长長妻夫儿兒女子母父]$/;
/** A record's next field after the name: the sex ("张某男，45岁", "李某女 30岁"). */
const SEX_NEXT = /^[男女]/;
/** s37 review fix: surnames that are mostly a preposition or conjunction before 某 (经某诊所, 於某診所, 从某某诊所, 和某某公司,
 * 向某…); 经 is tagged n, so the word-class test alone missed it. A pause before one is no person's slot. */
const PREP_SURNAME = /^[于从和经向]$/;
/** s37 review fix: 某 before a word ending in a facility or organisation suffix is a determiner ("经某诊所", "于某某医院",
 * "和某某公司") whatever jieba's tag of that word (诊所 and 超市 are tagged v). The word is 2–4 characters long; a
 * one-character suffix (馆 店 院) needs two characters before it that are no movement verb (not "已出院", "再次入院"). */
const ORG_AFTER = new RegExp(`^(?:[\u4e00-\u9fff]{0,2}(?:${ORG_SUFFIX_ZH}|药店|药房|诊室|机构)|[\u4e00-\u9fff][^住出入来到转回进离返在开闭关][馆店院])$`);
/** Word classes that make 某 a determiner after a preposition-like surname: a noun, a time, a number, a measure. */
const PREP_NOUN_TAG = /^(?:n[a-z]*|s|j|b|t[a-z]*|m|q)$/;

/** 某 (or 某某) ending at `end` is followed by an organisation or facility word of 2–4 characters. */
function orgAfter(t: string, end: number): boolean {
  for (let n = 2; n <= 4; n++) if (end + n <= t.length && ORG_AFTER.test(t.slice(end, end + n))) return true;
  return false;
}

/** The word class of the dictionary word (2–4 characters, longest first) or the character at `i`. */
function classAt(t: string, i: number, words: ReadonlySet<string>): string {
  for (let k = Math.min(t.length, i + 4); k >= i + 2; k--) {
    const w = t.slice(i, k);
    if (words.has(w)) return chineseWordEntry(w)?.tag ?? '';
  }
  return chineseCharTag(t[i] ?? '');
}

export function detectMaskedSurnamesZh(text: string): PhiSpan[] {
  if (!text.includes('某')) return [];
  // Traditional text is read on its simplified form (same length): the surname list and the dictionary are simplified.
  const t = toSimplified(text);
  const words = chineseWords();
  const out: PhiSpan[] = [];
  for (let i = t.indexOf('某'); i >= 0; i = t.indexOf('某', i + 1)) {
    if (t[i - 1] === '某') continue;
    let k = 1;
    while (t[i + k] === '某' && k < 3) k++;
    // The mask opens a dictionary word: 某些, 某种, 某人, 某日, 某县 — a determiner's phrase, no name.
    if (k === 1 && opensWord(t, i, words)) continue;
    const sn = COMPOUND.has(t.slice(i - 2, i)) ? 2 : ALL_SINGLE_SURNAMES.has(t[i - 1] ?? '') ? 1 : 0;
    if (!sn) continue;
    const start = i - sn;
    // The surname closes a word begun before it (对于, 经常, 偏高, 方向): no surname here.
    if (insideWord(t, start, words)) continue;
    const before = t.slice(Math.max(0, start - 3), start);
    const pause = !HAN.test(t[start - 1] ?? '');
    // A surname that is mainly grammar (于 向 和 常 从 那) names a person only in a person's slot.
    if (sn === 1 && GRAMMAR_TAG.test(chineseCharTag(t[start])) && !pause && !PERSON_HEAD.test(before)) continue;
    const prep = sn === 1 && PREP_SURNAME.test(t[start]);
    // s37 review fix: a preposition-like surname needs a person noun before it (a field's colon between them is read
    // through: "家属：于某某"); a pause alone is not enough ("经某诊所…", "从某某诊所").
    if (prep && !PERSON_HEAD.test(t.slice(Math.max(0, start - 4), start).replace(/[：:\s　]+$/, ''))) continue;
    const end = i + k;
    // s37 review fix: an organisation or facility word after the mask makes it a determiner, whatever jieba's tag.
    if ((k === 1 || prep) && HAN.test(t[end] ?? '') && orgAfter(t, end)) continue;
    // s37 review fix: after a preposition-like surname, 某某 before a noun (or 某 before a time) is a determiner too.
    if (prep && HAN.test(t[end] ?? '') && !SEX_NEXT.test(t.slice(end)) && PREP_NOUN_TAG.test(classAt(t, end, words))) continue;
    // What follows one 某: a pause or the end, the sex, or a predicate; a noun after it makes 某 a determiner (经某医院).
    // 某某 after a surname is a name's mask whatever follows ("张某某同学", "黄某某公司"): the determiner is one 某.
    if (k === 1 && HAN.test(t[end] ?? '') && !SEX_NEXT.test(t.slice(end)) && NOUN_TAG.test(classAt(t, end, words))) continue;
    out.push(span('NAME', text, start, end));
  }
  return out;
}

// ---- masks written with a glyph (s38) ---------------------------------------------------------------------------
// Writers mask the given name with a glyph as often as with 某: "個案林○○，女", "家屬王OO", "案主陳XX", "患者李＊＊". The
// ROLE reading is the same as for 某 — the surname a word of its own, the mask closing the name before a pause, the sex
// or a predicate — but a glyph mask is no determiner, so only what follows decides: a Latin letter or a digit after the
// run makes it a code or a count ("王×3", "高XO"), and a noun after it a term ("X线", "O型血", "X光"). One glyph is a
// mask only when it is a circle or a star (○ 〇 ＊ *): one X, O or × is too often a letter, a blood group or "times".
/** A run of one kind of mask glyph: circles, Latin O or X (either case, half or full width), stars, crosses. */
/** Word classes of a surname character that is mainly a quality (高, 低 of a flag column). */
const ADJECTIVE_TAG = /^a[a-z]*$/;
/** A date unit after a mask: "于XX年XX月XX日入院", "于××月××日" are a template's date, not a name (review s38 b37/b38). */
const DATE_UNIT = /^[年月日号时分]/;
const GLYPH_RUN = /([○〇]{1,3}|[OＯ]{2,3}|[XＸ]{2,3}|[xｘ]{2,3}|[＊*]{1,3}|[×]{2,3})/g;

export function detectGlyphMaskedSurnamesZh(text: string): PhiSpan[] {
  if (!/[○〇OＯXＸxｘ＊*×]/.test(text)) return [];
  const t = toSimplified(text);
  const words = chineseWords();
  const out: PhiSpan[] = [];
  GLYPH_RUN.lastIndex = 0;
  for (const m of t.matchAll(GLYPH_RUN)) {
    const i = m.index ?? 0;
    const end = i + m[0].length;
    // The run is the whole mask: no letter, digit or mask glyph on either side ("AXXB", "××3").
    if (/[\p{L}\p{N}○〇＊*×]/u.test(t[end] ?? '') && !HAN.test(t[end] ?? '')) continue;
    const sn = COMPOUND.has(t.slice(i - 2, i)) ? 2 : ALL_SINGLE_SURNAMES.has(t[i - 1] ?? '') ? 1 : 0;
    if (!sn) continue;
    const start = i - sn;
    if (insideWord(t, start, words)) continue;
    // Stars that close a bold span opened earlier on the line are markup ("**王**", Markdown in model answers).
    if (/[＊*]/.test(m[0]) && /[＊*]{2}[^\n]*$/.test(t.slice(0, start))) continue;
    // A surname that is mainly grammar or a quality (高 of a lab flag "| 高** |", 于 从 和) masks a name only in a person's
    // slot: a person noun before it (a field's colon read through) or the sex after the mask.
    const personBefore = PERSON_HEAD.test(t.slice(Math.max(0, start - 4), start).replace(/[：:\s　]+$/, ''));
    const sexAfter = /^[，,、\s　]*[男女]/.test(t.slice(end));
    const grammar = sn === 1 && (GRAMMAR_TAG.test(chineseCharTag(t[start])) || ADJECTIVE_TAG.test(chineseCharTag(t[start])) || PREP_SURNAME.test(t[start]));
    if (grammar && !personBefore && !sexAfter) continue;
    // Such a surname before a masked date unit is the preposition of a template date ("患者于XX年XX月XX日"), even after
    // a person noun; a unit that opens a word (年龄, 月经, 日前) is no date.
    if (grammar && DATE_UNIT.test(t[end] ?? '') && !opensWord(t, end, words)) continue;
    // A noun or an organisation after the mask makes the run part of a term or a determiner ("X线", "○○医院").
    if (HAN.test(t[end] ?? '') && !SEX_NEXT.test(t.slice(end)) && (orgAfter(t, end) || NOUN_TAG.test(classAt(t, end, words)))) continue;
    out.push(span('NAME', text, start, end));
  }
  return out;
}
