// Where a Chinese name ends: its third character (the second given one) is read from both sides of it, the same
// for every reader, after all of them (issue #11, s24). Readers find a name by its slot (a field, a cue, a title);
// they then take two or three characters by the shape of the next character alone, so "户名王志强。" was cut to 王志
// while "医生：王伟明天复查" and "患者王伟男，45岁" took 明 and 男. The character after a two-character name is its
// second given character only with two signs: it is one people are named with (given-names.ts, or the two given
// characters name people in the dictionary's person entries, given-name-model.ts) AND the name closes right after it
// (punctuation, a space, the end, a title, a word records put after names). It is NOT the name's where it stands as
// a word of its own after names (说, 等, 家, 男, 姐, a numeral) or opens a word with what follows (明天, 明确, 春节,
// 云南, 华法林) — unless the two given characters are a given name many people bear (建华 in "张建华山东人").
// Pure: text and spans in, spans out; the merge after it resolves overlaps.
import type { PhiSpan } from '../../core/phi-types.js';
import { chineseWordEntry } from '../../knowledge/chinese-words.js';
import { medicineOpensZh } from './clinical-vocabulary.js';
import { peopleNamed } from './given-name-model.js';
import { GIVEN_CHARS } from './given-names.js';
import { HARD_FOLLOW, type NameLexicon, surnameAt, TITLE_AT } from './names-zh.js';

const HAN = /^[\u4e00-\u9fff]$/;
/** Characters that follow a name as a word of their own and name no one: speech verbs, particles, plural, sex, a
 * home, a duty, parents, numerals ("王芳说", "张伟等", "王伟男", "去王芳家", "张伟妈"). */
const AFTER_NAME = new Set('说讲问答道等们的了吗呢吧啊呀哦嘛家男女性岁哭笑班组处妈爸一二三四五六七八九十两'.split(''));
/** The head of a place or an institution ends a place's name, not a person's: a two-character reading never grows
 * over it ("安老院"), and a reading that holds it is left whole (a place read as a name, "龙潭村", is still redacted). */
const PLACE_HEAD = new Set('院村镇乡县市省路街楼室科所站局厂店'.split(''));
/** Conjunctions, prepositions, adverbs and motion verbs that follow a name but also end a few given names (孟庆和,
 * 靳东来): a word after the name only where the clause runs on after them ("王伟和李娜", "王伟来了", "王伟在家"). */
const AFTER_NAME_RUNNING = new Set('和与及跟同在是也都就还又已被把给让对向从到来去'.split(''));
/** A given name this many people bear holds its third character against a word it would open (建华 13, 国栋 9). */
const MANY_PEOPLE = 5;
/** A dictionary word this common, opened by the third character, is the sentence's word (明天 3264, 平素 299). */
const COMMON_WORD = 50;

/** The most frequent common dictionary word (two to four characters) opening `run` as [frequency, length], or [0, 0].
 * A person entry (nr) counts only where `persons` says so: two given characters tagged nr are a name (建华), but
 * jieba also tags common words nr (康复, 过敏, 安静, 维生素), so a word opened after a name counts them. */
function commonWordAt(run: string, persons = true): [number, number] {
  let best: [number, number] = [0, 0];
  for (let k = 2; k <= Math.min(4, run.length); k++) {
    const entry = chineseWordEntry(run.slice(0, k));
    if (entry && entry.freq >= COMMON_WORD && (persons || !/^nr/.test(entry.tag)) && entry.freq > best[0]) best = [entry.freq, k];
  }
  return best;
}
const wordFrequencyAt = (run: string, persons = true): number => commonWordAt(run, persons)[0];

/** Does the character at `i` open a word with the Han characters after it: a lexicon term, a medicine starting AT it
 * ("华法林", not the 友 of "张学友阿司匹林"), or a common dictionary word that the next character does not open a more
 * frequent word against ("明确诊断" opens 明确; in "文静电话" 电话 outweighs 静电)? A character alone opens nothing (a
 * name closing the text, "冉一诺\n"). Where a found name would be cut (`cutting`), the common word must also leave a
 * sentence that reads on: the next character opens no time word (董立新近一周: 近一周, not 新近) and what follows the
 * word is a word or a close ("明天复查", but "明确诊为" leaves 诊为 and "华人很瘦" 很瘦: the whole name reads better). */
function opensWordAt(text: string, i: number, lexicon: NameLexicon | undefined, cutting: boolean, people = 0): boolean {
  const run = /^[\u4e00-\u9fff]{2,6}/.exec(text.slice(i, i + 6))?.[0];
  if (!run) return false;
  for (let k = 2; k <= Math.min(4, run.length); k++) if (lexicon?.has(run.slice(0, k))) return true;
  if (medicineOpensZh(run)) return true;
  const [here, length] = commonWordAt(run);
  if (here === 0 || here < wordFrequencyAt(run.slice(1))) return false;
  if (!cutting) return true;
  if (CLOSE_AFTER.has(text[i + 1])) return false;
  // The whole name wins only with a second sign for it: a word of its own at the next character (确诊, 静息) or people
  // named by its two given characters (小华 of "梁小华人很瘦"), where the cut leaves no word either.
  if (wordFrequencyAt(run.slice(1)) === 0 && people === 0) return true;
  const rest = i + length;
  return !HAN.test(text[rest] ?? '') || closesAt(text, rest) || wordFrequencyAt(text.slice(rest, rest + 4)) > 0;
}

/** Cantonese words after a name (喺 at, 嘅 's, 係 is, 話 says, 哋 plural, 咗 done) and time words opening the clause
 * after it (近一周, 今早, 前天). */
const CLOSE_AFTER = new Set('喺嘅係话哋咗今昨近前刚现早晚'.split(''));
const SPEECH = new Set('说讲问答道'.split(''));
const NUMERAL = new Set('一二三四五六七八九十两'.split(''));
const SEX_OR_COUNT = new Set([...NUMERAL, '男', '女']);

/** Does a name close at `i`: the end, anything but a Han character, a title, or a word that follows names? */
function closesAt(text: string, i: number): boolean {
  const c = text[i];
  return (
    c === undefined ||
    !HAN.test(c) ||
    HARD_FOLLOW.has(c) ||
    AFTER_NAME.has(c) ||
    AFTER_NAME_RUNNING.has(c) ||
    CLOSE_AFTER.has(c) ||
    TITLE_AT.test(text.slice(i, i + 3))
  );
}

/** The reading of the character at `i` after a first given character `g1`: 'given' where it is one people are named
 * with and opens no word, 'word' where it stands as a word after names (说, 男, 家, 姐) or opens a common word (明天,
 * 云南, 华法林) and the two given characters name few people, 'open' where neither sign is there. Where a found name
 * would be cut (`cutting`), a word after names is one only while the clause runs on past it ("周晓男，女" and
 * "陈若男说她" keep 男; "王唯一，男" and "吴唯一在哭" keep 一), and a numeral only where it opens a word (一周, 三天). */
function thirdReading(text: string, i: number, g1: string, lexicon: NameLexicon | undefined, cutting: boolean): 'given' | 'word' | 'open' {
  const c = text[i];
  if (c === undefined || !HAN.test(c) || TITLE_AT.test(text.slice(i, i + 3))) return 'word';
  // A doubled given name is a name's own form (罗一一, 金多多), whatever the character means alone.
  if (c === g1) return 'given';
  const people = peopleNamed(g1 + c);
  if (people >= MANY_PEOPLE) return 'given';
  const next = text[i + 1] ?? '';
  // A found name's last character before punctuation, a space or the line's end is its own, but for a speech verb
  // that opens what is said ("王芳说：我不签").
  if (cutting && !HAN.test(next)) {
    if (SPEECH.has(c) && /^[：:“"「]/.test(next)) return 'word';
    // A word after names that no one is named with (家, 妈, 班) is still that word there ("去王芳家。"), but a sex word
    // or a numeral ends given names (若男, 唯一) and the record states the sex or count elsewhere ("周晓男，女").
    return people === 0 && AFTER_NAME.has(c) && !SEX_OR_COUNT.has(c) ? 'word' : 'given';
  }
  const runsOn = HAN.test(next) && !CLOSE_AFTER.has(next);
  const afterName = cutting ? AFTER_NAME.has(c) && !NUMERAL.has(c) && !closesAt(text, i + 1) : AFTER_NAME.has(c);
  if (people === 0 && (afterName || (AFTER_NAME_RUNNING.has(c) && runsOn))) return 'word';
  if (opensWordAt(text, i, lexicon, cutting, people)) return 'word';
  return GIVEN_CHARS.has(c) || people > 0 ? 'given' : 'open';
}

/** A Chinese NAME of a surname and one or two given characters: [surname length, given length], or undefined. */
function zhNameParts(text: string, s: PhiSpan): [number, number] | undefined {
  if (s.type !== 'NAME' || !/^[\u4e00-\u9fff]{2,4}$/.test(s.text)) return undefined;
  const sn = surnameAt(text, s.start);
  const g = s.end - s.start - sn;
  // A surname and its title ("王阿姨", "李医生") or a placeholder ("王某某") is no given name.
  if (!sn || g < 1 || g > 2 || TITLE_AT.test(text.slice(s.start + sn, s.end + 2)) || s.text.includes('某')) return undefined;
  return [sn, g];
}

/** Each Chinese NAME span with its third character read from both sides; other spans as they are. A three-character
 * name the document holds whole at one occurrence (a reader found it so and nothing cuts it there, or it was grown
 * there) is that person's name at every occurrence: "签名：邱宏明。邱宏明确诊…" is not cut at the second. */
export function settleZhNameEnds(text: string, spans: PhiSpan[], lexicon?: NameLexicon): PhiSpan[] {
  const taken = (i: number, self: PhiSpan) => spans.some((o) => o !== self && o.start <= i && i < o.end);
  const settled = spans.map((s): [PhiSpan, number] => {
    const parts = zhNameParts(text, s);
    if (!parts) return [s, 0];
    const [sn, g] = parts;
    const g1 = text[s.start + sn];
    const third = s.start + sn + 1;
    let end = s.end;
    // Grown only with both signs (a given character AND a close after it); cut only with a sign against it: a
    // character no list knows ("邵佳琪", "李阿土") stays as the reader found it.
    const reading = thirdReading(text, third, g1, lexicon, g === 2);
    // A two-character reading is not grown into a common word no one is named by ("祝顺" of "祝顺利！"); a found
    // name that is such a word (晨曦, 可乐, 建设) is not cut for it either.
    const word = peopleNamed(g1 + text[third]) === 0 && wordFrequencyAt(g1 + text[third], false) > 0;
    const place = PLACE_HEAD.has(text[third]);
    if (g === 1 && reading === 'given' && !word && !place && !taken(third, s) && closesAt(text, third + 1)) end = third + 1;
    else if (g === 2 && reading === 'word' && !place) end = third;
    return [end === s.end ? s : { ...s, end, text: text.slice(s.start, end) }, third + 1];
  });
  const whole = new Set(settled.filter(([s, full]) => full > 0 && s.end === full).map(([s]) => s.text));
  return settled.map(([s, full]) => {
    if (full === 0 || s.end === full || !whole.has(text.slice(s.start, full))) return s;
    return { ...s, end: full, text: text.slice(s.start, full) };
  });
}
