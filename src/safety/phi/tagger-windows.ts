// Where the learned tagger is worth running. The tagger costs about as much as all the rules together, and most of
// a clinical text cannot hold anything it would be allowed to report: its spans are kept only when plausible
// (index.ts plausibleTagged) — a code holds digits, an address a digit or an address unit, a workplace or a Latin
// name a capital letter, a Chinese name a surname followed by a given-name character (or 阿/小/老 + one). So the
// text is cut into sentences (lines, and 。！？ or ". " inside long lines) and only sentences holding one of those
// shapes, a workplace word or field, a person's field or a relation word, are tagged. A capitalised word counts when it is not ordinary English ("Sarah
// called" is tagged, "The patient", "Complete blood count" are not) or follows a title ("Dr Will"), and is no drug
// name by its stem; a surname character counts only at a word start, read from jieba's dictionary (a segmenter's word
// start without the segmenter, which lives in retrieval): 帕金森 and 情况 hold no name.
import { chineseWords, insideWord } from '../../knowledge/chinese-words.js';
import { PERSON_SAFE_INN_STEMS } from '../../knowledge/drugs.js';
import { GIVEN_CHARS } from './given-names.js';
import { FIRST_NAMES } from './names-en-lists.js';
import { COMPOUND_SURNAMES, NOT_NAMES, SINGLE_SURNAMES } from './surnames.js';

const SURNAME = new Set(SINGLE_SURNAMES);
const COMPOUND = new Set(COMPOUND_SURNAMES);
/** Address units a tagger address may end in or hold (道 and 室 are left out: 消化道, 心室). */
const ADDRESS_UNIT = /[路街巷弄号號楼樓栋棟村镇鎮乡鄉县縣苑邨]/;
/** A code holds three digits or letters and digits together; a bare "3天" or "5 mg" is not one. */
const CODE = /\d{3}|[A-Za-z]\d|\d[A-Za-z]/;
/** Work in prose: the workplace after it may be an ordinary word or an acronym ("my office at Amazon", "desk at LSU"). */
const WORK_WORD = /\b(?:work(?:s|ed|ing)?|job|office|employ(?:ed|er|ee)|shifts?|desk|staff|hired)\b|上班|打工|单位|單位|公司|[就任供][职職]|受聘|机构|機構/i;
/** A person's field or a relation word: the name after it may be lower-case, or Latin words that are also English
 * ("my nan doreen walker", "病人：謝亞福（Chia Ah Hock）"). */
const PERSON_CUE =
  /(?:姓名|病人|患者|家属|家屬|联系人|聯絡人|Name|Patient)[ ]?[：:]|\b(?:nan|nana|gran|grandma|grandpa|mum|mom|dad|wife|husband|son|daughter|sister|brother|aunt|auntie|uncle|cousin|friend|neighbou?r|partner)\b/i;
/** A workplace field: the tagger's employers need no surname or capital, so their labels open a window. */
const WORK_LABEL = /(?:单位|單位|公司|雇主|学校|學校|职业|職業|工作|受聘|机构|機構|Employer|Company|School|Occupation|Workplace|Work)[ ]?[：:]/i;
const CAPITAL = /\b[A-Z][\p{L}'’-]*/gu;
const TITLE_BEFORE = /\b(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Nurse|Sister)\.?[ ]$/;
/** Lines longer than this are cut at sentence ends so that one name does not make a whole consultation a candidate
 * (240 in session 7; 80 tags about a third fewer characters with the same recall on deid-10…14). */
const LONG_LINE = 80;
const SENTENCE_END = /[。！？!?](?=.)|\.(?=[ ]+\p{Lu})/gu;

/** WHO INN stems that end a generic drug name (Cefazolin, Tacrolimus, Fluconazole, Carvedilol, Risperidone): a
 * capitalised word ending so is a medicine, not a person — it opens no tagger window, and a tagger name ending so is
 * dropped (tagger-spans.ts). A class of words by their shape, not a list of the drugs seen; the stems have one home,
 * knowledge/drugs.ts, which keeps apart the stems a name may end in (-aline: Rosaline; review s11 #7: a name is read
 * after a given name or a title whatever its ending). */
const DRUG_STEM = new RegExp(`(?:${[...new Set(PERSON_SAFE_INN_STEMS)].sort((a, b) => b.length - a.length).join('|')})$`, 'i');
/** A drug name by its stem; seven letters at least, so a short surname that happens to end in a stem ("Prost") is not one. */
export const drugWord = (w: string): boolean => w.length >= 7 && DRUG_STEM.test(w);
/** What a person does, right after the word: "Devazine says", "Hoprelin called". */
const PERSON_VERB_AFTER = /^[ ]+(?:says|said|tells|told|asks|asked|calls|called|rang|texted|wrote|mentioned|thinks|thought|reckons|feels|felt|wants|wanted)\b/;
/** A known given name right before the word, or a title: "Emma Devazine", "Dr Brazine". */
const GIVEN_BEFORE = /(?:^|[^\p{L}'’-])(\p{Lu}\p{Ll}+)[ ]$/u;
/**
 * A drug name by its stem where a person's name does not stand: a capitalised word right after a known given name
 * or a title, or before a person verb, is a surname whatever its ending ("Emma Devazine says…", "Dr Hoprelin").
 * `start` is the word's offset in `text`.
 */
export function drugAt(text: string, start: number, w: string): boolean {
  if (!drugWord(w)) return false;
  const before = text.slice(Math.max(0, start - 24), start);
  const given = GIVEN_BEFORE.exec(before)?.[1];
  if ((given && FIRST_NAMES.has(given)) || TITLE_BEFORE.test(before)) return false;
  return !PERSON_VERB_AFTER.test(text.slice(start + w.length, start + w.length + 16));
}
/** An ordinary word joined by hyphens ("X-ray", "Follow-up"): each part English or one letter. */
const hyphenated = (w: string, englishWord: (w: string) => boolean) =>
  w.includes('-') && w.split('-').every((p) => p.length <= 1 || englishWord(p) || drugWord(p));

function zhCandidate(s: string): boolean {
  const words = chineseWords();
  for (let i = 0; i < s.length - 1; i++) {
    const c = s[i];
    const next = s[i + 1];
    // A surname character opening a common word (方法, 周期, 于是) is no cue, nor one inside a word (帕金森, 情况).
    if (SURNAME.has(c) && GIVEN_CHARS.has(next) && !NOT_NAMES.has(c + next) && !insideWord(s, i, words)) return true;
    if ((c === '阿' || c === '小' || c === '老') && (SURNAME.has(next) || GIVEN_CHARS.has(next))) return true;
    if (COMPOUND.has(c + next)) return true;
  }
  return false;
}

function latinCandidate(s: string, englishWord: (w: string) => boolean): boolean {
  CAPITAL.lastIndex = 0;
  for (const m of s.matchAll(CAPITAL)) {
    // "I've", "We'll": the word without its contraction; short acronyms (CT, MRI, CBC) are tests, not people.
    const w = m[0].replace(/['’](?:s|ll|ve|m|re|d|t)$/i, '');
    if (/^[A-Z]{1,4}$/.test(w)) continue;
    if (!englishWord(w) && !drugAt(s, m.index ?? 0, w) && !hyphenated(w, englishWord)) return true;
    // An ordinary word is a name after a title ("Dr Will", "Nurse Grace").
    if (TITLE_BEFORE.test(s.slice(Math.max(0, (m.index ?? 0) - 8), m.index ?? 0))) return true;
  }
  return false;
}

/** Is this sentence a place where the tagger could find something it may report? */
export function taggerCandidate(s: string, englishWord: (w: string) => boolean): boolean {
  if (CODE.test(s) || WORK_LABEL.test(s) || WORK_WORD.test(s) || PERSON_CUE.test(s) || ADDRESS_UNIT.test(s)) return true;
  if (/[A-Z]/.test(s) && latinCandidate(s, englishWord)) return true;
  return /[\u4e00-\u9fff]/.test(s) && zhCandidate(s);
}

/** Sentence ranges [start, end) of `text` (lines; sentences inside long lines). */
export function sentenceRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let from = 0; from < text.length; ) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    if (to - from > LONG_LINE) {
      let at = from;
      SENTENCE_END.lastIndex = from;
      const line = text.slice(0, to);
      for (const m of line.slice(from).matchAll(SENTENCE_END)) {
        const end = from + (m.index ?? 0) + 1;
        out.push([at, end]);
        at = end;
      }
      if (at < to) out.push([at, to]);
    } else if (to > from) out.push([from, to]);
    from = to + 1;
  }
  return out;
}

/** Candidate windows: consecutive candidate sentences joined, so a name running over a sentence end stays whole. */
export function taggerWindows(text: string, englishWord: (w: string) => boolean): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of sentenceRanges(text)) {
    if (!taggerCandidate(text.slice(a, b), englishWord)) continue;
    const last = out[out.length - 1];
    if (last && a - last[1] <= 1) last[1] = b;
    else out.push([a, b]);
  }
  return out;
}
