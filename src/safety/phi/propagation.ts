// Document-level propagation (issue #11, design 1): an identifier found anywhere in a document is found everywhere
// in it. A name read with evidence ("Patient Hope Graves", "患者钱多多", "Mr James Parkinson") is then the same person
// in every other form the document writes: each part of the full name, the part in capitals ("JAMES reports"), the
// initials where a sign-off puts them ("Mark Wells, MW."), the given name alone ("多多说头晕") and its familiar
// forms (小明 for 周晓明, 阿芳 for 李芳). An employer or a place found once is found again ("在拼多多做客服…拼多多上班").
// What keeps precision: a word spreads only where it reads as the person (a disease eponym's "'s disease" stays, a
// given name that is an ordinary word spreads only as a subject), and a medicine of the text never spreads.
import { chineseWordEntry, chineseWordFrequency } from '../../knowledge/chinese-words.js';
import { englishWord } from '../../knowledge/english-words.js';
import type { PhiSpan, PhiType } from '../types.js';
import { medicineWords } from './clinical-vocabulary.js';
import { COMMON_CAPITALISED, EPONYMS, FIRST_NAMES, WORD_FIRST_NAMES } from './names-en-lists.js';
import type { NameLexicon } from './names-zh.js';
import { SURNAME_WORDS } from './structure.js';
import { zhGazetteerPlace } from './gazetteer.js';
import { COMPOUND_SURNAMES } from './surnames.js';

/** A title before a name; taken off before the name's parts are read. */
export const TITLE_PREFIX = /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|rev|fr|nurse|officer|capt|sgt|judge|attorney)\.?\s+/i;

const HAN = /[\u4e00-\u9fa5]/;
/** A cue before a name that makes it a person with evidence: a title, a patient's or a form's label. */
const PERSON_CUE = /(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Nurse|Sister|Patient|Pt|Name|Client|Resident|Ref)\.?:?\s*)$/;
/** After an eponym: the disease, not the person ("Graves' disease", "Crohn's", "Lyme disease"). */
const EPONYM_USE =
  /^(?:['’](?:s\b|\s|$)|s['’]|\s+(?:disease|syndrome|palsy|sign|test|criteria|triad|ulcer|sarcoma|lymphoma|ophthalmopathy|orbitopathy|phenomenon|chorea|dementia|thyroiditis|encephalopathy|disorder|procedure|operation|score|scale|type|variant|-like)\b)/i;
/** A verb that makes a sentence-initial word its subject: "Hope is on carbimazole", "Grace reports". */
const SUBJECT_VERB =
  /^\s+(?:is|was|has|had|will|would|can|could|did|does|says|said|states|stated|reports|reported|denies|denied|feels|felt|took|takes|lives|lived|works|worked|came|comes|went|goes|called|told|asked|wants|needs|and|[a-z]+s\b|[a-z]+ed\b)/;
/** What an employer or a place does as a sentence's subject ("Kroger gave her a week off", "Uber pays weekly"). */
const ACTS =
  /^\s+(?:is|was|has|had|gave|gives|paid|pays|let|lets|made|makes|sent|sends|fired|hired|said|says|told|offered|offers|employs|employed|called|closed|moved|sponsors|covers|covered)\b/;
const SENTENCE_START = /(?:^|[.!?。！？\n]\s*|^\s*)$/;

/** Are the characters on either side of start…end no letters (a whole word)? */
// A Latin word is whole between any non-Latin characters: Han text around it does not join it ("請Siti拍一張").
const wholeWord = (text: string, start: number, end: number): boolean =>
  !/[\p{Script=Latin}\d]/u.test(text[start - 1] ?? '') && !/[\p{Script=Latin}\d]/u.test(text[end] ?? '');
const overlaps = (spans: readonly PhiSpan[], start: number, end: number): boolean => spans.some((s) => s.start < end && start < s.end);

function* occurrences(text: string, w: string): Generator<number> {
  for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length)) yield at;
}

/** The capitalised parts of a Latin NAME span, without its title. */
const latinParts = (s: PhiSpan): string[] =>
  s.text
    .replace(TITLE_PREFIX, '')
    .split(/[\s,]+/)
    .map((w) => w.replace(/\.$/, ''))
    .filter((w) => /^\p{Lu}[\p{L}'’-]*$/u.test(w));

/** A Latin NAME span read with evidence: after a title or a patient's label, or two name words or more. */
function strongLatin(text: string, s: PhiSpan): boolean {
  if (TITLE_PREFIX.test(s.text) || PERSON_CUE.test(text.slice(Math.max(0, s.start - 16), s.start))) return true;
  const parts = latinParts(s).filter((w) => w.length >= 2);
  return parts.length >= 2 && parts.some((w) => FIRST_NAMES.has(w) || WORD_FIRST_NAMES.has(w));
}

/** Latin names: every part of a found name, its capitals and its initials, where each reads as the person. */
function latinNames(text: string, spans: readonly PhiSpan[], medicines: ReadonlySet<string>): PhiSpan[] {
  const out: PhiSpan[] = [];
  const add = (start: number, end: number) => {
    if (!overlaps(spans, start, end) && !overlaps(out, start, end)) out.push({ type: 'NAME', start, end, text: text.slice(start, end) });
  };
  // Plain parts: a capitalised word no list holds spreads everywhere (the earlier design, unchanged).
  const plain = new Set<string>();
  // Parts that are also words, eponyms or first names that are words: spread only from a name read with evidence.
  const guarded = new Set<string>();
  const initials = new Map<string, boolean>();
  for (const s of spans) {
    if (s.type !== 'NAME' || HAN.test(s.text)) continue;
    const strong = strongLatin(text, s);
    const parts = latinParts(s);
    for (const w of parts) {
      if (w.length < 3 || medicines.has(w)) continue;
      if (!COMMON_CAPITALISED.has(w) && !EPONYMS.has(w)) plain.add(w);
      else if (strong && (EPONYMS.has(w) || WORD_FIRST_NAMES.has(w) || FIRST_NAMES.has(w) || SURNAME_WORDS.has(w))) guarded.add(w);
    }
    const last = parts[parts.length - 1] ?? '';
    if (parts.length >= 2 && parts.length <= 4 && last.length >= 3 && (strong || (parts.length >= 3 && !englishWord(last))))
      initials.set(parts.map((w) => w[0]).join(''), strong);
  }
  for (const w of plain) {
    for (const at of occurrences(text, w)) {
      if (!wholeWord(text, at, at + w.length)) continue;
      add(at, at + w.length);
    }
  }
  for (const w of guarded) {
    for (const at of occurrences(text, w)) {
      const end = at + w.length;
      if (!wholeWord(text, at, end) || EPONYM_USE.test(text.slice(end, end + 30))) continue;
      // A word at a sentence's start is the person only as the subject of a verb ("Hope is on…", not "Hope you…").
      if (SENTENCE_START.test(text.slice(Math.max(0, at - 3), at)) && !SUBJECT_VERB.test(text.slice(end, end + 20))) continue;
      add(at, end);
    }
  }
  // The same parts in capitals ("JAMES reports", "RUBY HASTINGS,"): where the text around is not capitals itself (a
  // heading or a shouted line), or after a capitalised part of the same name, or as a transcript's label.
  const caps = new Map<string, string>();
  // A part that is also a word ("Session" taken for a name) goes to capitals only from a name read with evidence.
  for (const w of [...plain, ...guarded]) if (w.length >= 3 && (!englishWord(w) || guarded.has(w) || FIRST_NAMES.has(w))) caps.set(w.toUpperCase(), w);
  for (const [W, w] of caps) {
    for (const at of occurrences(text, W)) {
      const end = at + W.length;
      if (!wholeWord(text, at, end)) continue;
      // The words right beside it on its line are written in lower case: a name in capitals inside prose.
      const prev = /(\S+)[ \t]+$/.exec(text.slice(Math.max(0, at - 20), at))?.[1] ?? '';
      const next = /^[ \t]+(\S+)/.exec(text.slice(end, end + 20))?.[1] ?? '';
      const mixed = /\p{Ll}/u.test(prev + next);
      const joined = [...caps.keys()].some((o) => o !== W && (text.slice(end + 1, end + 1 + o.length) === o || text.slice(at - 1 - o.length, at - 1) === o));
      if (!englishWord(w) || mixed || joined || text[end] === ':') add(at, end);
    }
  }
  // Initials where a sign-off, a signature or an apposition puts them: a line's end, before "/", after "by" or
  // "Signed", in brackets, or right after the name itself ("Mark Wells, MW."). Never a clinical abbreviation.
  for (const [n, strong] of initials) {
    for (const at of occurrences(text, n)) {
      const end = at + n.length;
      if (!wholeWord(text, at, end) || COMMON_CAPITALISED.has(n) || CREDENTIALS.test(n)) continue;
      const before = text.slice(Math.max(0, at - 24), at);
      const after = text.slice(end, end + 8);
      const signOff = /^[ \t]*(?:\n|$|\/)/.test(after) && n.length >= 3;
      const placed =
        strong &&
        (/(?:\b(?:by|signed|Signed|initials|Initials|cc|per)[:\s]+|\(\s*)$/.test(before) ||
          /^\s*\)/.test(after) ||
          spans.some(
            (s) =>
              s.type === 'NAME' &&
              s.end <= at &&
              /^[\s,;–—-]+$/.test(text.slice(s.end, at)) &&
              latinParts(s)
                .map((w) => w[0])
                .join('') === n,
          ) ||
          /(?:^|\n)[ \t]*[-–—]?[ \t]*$/.test(before));
      if (signOff || placed) add(at, end);
    }
  }
  return out;
}

/** Letters after a name that are a qualification or a role, not initials ("Shanice Okafor-Bell, RM"). */
const CREDENTIALS = /^(?:RM|RN|RGN|RMN|CNM|NP|PA|MD|DO|GP|MB|BS|MS|PhD|DPT|OT|PT|SLP|LPN|EMT|CRNA|FNP|APRN|BSN|MSN|HCA|SN|SHO|SpR|FY|ST|CT|JP|QC|KC|OBE|MBE)$/;

/** A Han character before a given name that ends a word (a verb or a preposition), so the name starts there. */
const ZH_LEFT_OK = /[叫让给和跟对带陪找问喊是替帮送抱等说同与及向被把告诉看]$/;
/** What a given name that is also an ordinary word ("多多", "明明") must be followed by to be the person: a verb of
 * saying or feeling, a time word, a kin word. */
const ZH_SUBJECT_AFTER =
  /^(?:说|讲|告诉|问|觉得|感觉|自述|自诉|诉|称|今年|最近|一直|现在|昨天|今天|前天|也|又|还|都|就|才|妈妈|爸爸|妈|爸|奶奶|爷爷|姐姐|哥哥|的妈|的爸|他|她|头|肚|发烧|咳)/;
/** Ordinary words a given name or a familiar form must not be: jieba's count at or above this. */
const ORDINARY = 100;

/** Familiar forms that are kin or polite words (阿婆, 阿姨, 小姐), never one person's name. */
const KIN_FORMS = /^(?:阿[婆公姨伯叔哥姐妹弟妈爸嫂舅爷奶嬷]|小[姐弟妹哥朋孩儿])$/;

/** Familiar forms and given names of a Chinese full name: [form, ordinary-word?]. */
function zhForms(name: string): string[] {
  const compound = COMPOUND_SURNAMES.some((c) => name.startsWith(c));
  const surname = name.slice(0, compound ? 2 : 1);
  const given = name.slice(surname.length);
  const forms: string[] = [];
  if (given.length === 2) forms.push(given);
  const last = given.slice(-1);
  if (last && given.length >= 1) forms.push(`小${last}`, `阿${last}`, `${last}${last}`);
  return forms.filter((f) => f !== name && !KIN_FORMS.test(f));
}

/** Chinese names: the full name again (the earlier design), its given name and its familiar forms, where each reads as
 * the person (not inside a word; an ordinary word only as a subject). */
function chineseNames(text: string, spans: readonly PhiSpan[], lexicon?: NameLexicon): PhiSpan[] {
  const out: PhiSpan[] = [];
  const add = (start: number, end: number) => {
    if (!overlaps(spans, start, end) && !overlaps(out, start, end)) out.push({ type: 'NAME', start, end, text: text.slice(start, end) });
  };
  const full = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'NAME') continue;
    const t = s.text.trim();
    if (/^[\u4e00-\u9fa5]+$/.test(t) && t.length >= 2 && !/^[老小]/.test(t) && !/(?:先生|女士|小姐|医生|医师|大夫|主任|护士|阿姨|叔叔|老师)$/.test(t))
      full.add(t);
  }
  for (const n of full) for (const at of occurrences(text, n)) add(at, at + n.length);
  for (const n of full) {
    if (n.length < 2 || n.length > 4) continue;
    for (const f of zhForms(n)) {
      if (lexicon?.has(f)) continue;
      const ordinary = chineseWordFrequency(f) >= ORDINARY;
      for (const at of occurrences(text, f)) {
        const end = at + f.length;
        const left = text[at - 1] ?? '';
        const right = text.slice(end, end + 4);
        const leftOk = !left || !HAN.test(left) || ZH_LEFT_OK.test(left);
        if (ordinary) {
          // An ordinary word is the person only as the given name itself, as a subject ("多多说头晕"); a familiar
          // form that is a word (小心, 小时, 明明) never is.
          if (f.length !== n.length - 1 || f.startsWith('小') || f.startsWith('阿') || !leftOk || !ZH_SUBJECT_AFTER.test(right)) continue;
        } else {
          // Not the end of a word before it, nor the start of one after it ("晓明白" is no 晓明).
          if (!leftOk && chineseWordFrequency(left + f[0]) > 0) continue;
          if (!ZH_SUBJECT_AFTER.test(right) && chineseWordFrequency(f.slice(-1) + (right[0] ?? '')) >= ORDINARY) continue;
        }
        add(at, end);
      }
    }
  }
  return out;
}

const INSTITUTION_AFTER = /^[^，,。；;：:\s]{0,8}?(?:医院|醫院|保健院|卫生院|衛生院|诊所|診所|Hospital|Infirmary|Clinic|Crematorium|Medical|Health)/;

/** Generic heads of an organisation or a place: the name before them is the identifier, they alone are not. */
const GENERIC_TAIL = /(?:医院|公司|集团|学校|大学|学院|银行|超市|工厂|厂|店|局|所|中心|单位|部门)$/;

/** Employers and places: the same name again, where the document writes it as a whole word. */
function namedPlaces(text: string, spans: readonly PhiSpan[], lexicon?: NameLexicon): PhiSpan[] {
  const out: PhiSpan[] = [];
  const seen = new Map<string, PhiType>();
  for (const s of spans) {
    if (s.type !== 'EMPLOYER' && s.type !== 'ADDRESS') continue;
    const t = s.text.trim().replace(/[.,;:]+$/, '');
    if (/^[\u4e00-\u9fa5]+$/.test(t)) {
      // A leading city is a place of its own; the rest is the organisation ("杭州网易" → 网易).
      const heads = [t];
      for (const len of [3, 2]) if (t.length > len + 1 && zhGazetteerPlace(t.slice(0, len))) heads.push(t.slice(len));
      for (const h of heads) {
        const min = s.type === 'ADDRESS' ? 3 : 2;
        // An ordinary word (部队, 商场, 百度 the verb) is no name to spread; a proper name of the dictionary is (华为, 网易).
        // Only a proper name spreads: an employer the dictionary tags as a name (华为, 阿里巴巴, 腾讯), a place the gazetteer
        // opens (深圳南山); a word the readers took for one (货车, 分站) would spread their mistake.
        const entry = chineseWordEntry(h);
        const proper =
          s.type === 'EMPLOYER' ? entry !== undefined && /^n[rstz]/.test(entry.tag) : zhGazetteerPlace(h.slice(0, 2)) || zhGazetteerPlace(h.slice(0, 3));
        if (!proper || h.length < min || h.length > 8 || GENERIC_TAIL.test(h) || lexicon?.has(h)) continue;
        seen.set(h, s.type);
      }
    } else if (/^\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,3}$/u.test(t)) {
      const words = t.split(/\s+/);
      if (words.length === 1 && (t.length < 3 || COMMON_CAPITALISED.has(t) || englishWord(t) || EPONYMS.has(t))) continue;
      seen.set(t, s.type);
    }
  }
  for (const [w, type] of seen) {
    const latin = !HAN.test(w);
    for (const at of occurrences(text, w)) {
      const end = at + w.length;
      if (latin && !wholeWord(text, at, end)) continue;
      // One Latin word is a place or an employer again only where a preposition or a list puts it ("at Stockport",
      // "works for Kroger", "2022, Sydney") or as a verb's subject ("Kroger gave her a week off"), not as a modifier
      // ("Barrett esophagus").
      const placed = /(?:\b(?:in|at|from|to|near|of|for|with|by|via|around|outside|into|joined|left)\s+|,\s*)$/i.test(text.slice(Math.max(0, at - 12), at));
      if (latin && !/\s/.test(w) && !placed && !ACTS.test(text.slice(end, end + 20))) continue;
      // Not inside a longer word of the dictionary ("小米粥" holds no employer 小米).
      if (!latin && (chineseWordFrequency(text.slice(at - 1, end)) > 0 || chineseWordFrequency(text.slice(at, end + 1)) > 0)) continue;
      // A place that opens an institution's name ("北京市朝阳区第二人民医院") is the institution's, kept as the readers keep it.
      if (INSTITUTION_AFTER.test(text.slice(end, end + 12))) continue;
      if (!overlaps(spans, at, end) && !overlaps(out, at, end)) out.push({ type, start: at, end, text: w });
    }
  }
  return out;
}

/** Every other occurrence of what the document's spans found, as new spans (none overlaps a found one). */
export function propagateFound(text: string, spans: readonly PhiSpan[], lexicon?: NameLexicon): PhiSpan[] {
  const medicines = /\p{Lu}/u.test(text) ? medicineWords(text, spans) : new Set<string>();
  const names = latinNames(text, spans, medicines);
  const zh = HAN.test(text) ? chineseNames(text, spans, lexicon) : [];
  const places = namedPlaces(text, [...spans, ...names, ...zh], lexicon);
  return [...names, ...zh, ...places];
}
