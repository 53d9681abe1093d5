// PHI detection and redaction, Chinese and English: every HIPAA Safe Harbor class and its Chinese counterparts
// (src/core/phi-types.ts). One implementation for `data deid`, the pipeline's deid step, the server's log
// redaction and the prompts sent to remote models. Detectors are pure and independent; merging resolves overlaps.
import { PHI_TYPE_ALIASES as ALIASES, PHI_TYPES, type PhiSpan, type PhiType } from '../../core/phi-types.js';
import { COUNTRIES, detectAddresses, STATE_SET } from './address.js';
import { detectAges, detectDates } from './dates.js';
import { detectBiometrics } from './biometric.js';
import { detectBrandEmployers } from './brand-employers.js';
import { detectEmployers } from './employer.js';
import { detectGazetteerPlaces } from './gazetteer.js';
import { detectPetNames } from './pet-names.js';
import { detectPlates } from './plates.js';
import { detectShortDates } from './short-dates.js';
import { detectIdCards } from './id-card.js';
import { detectLabelled } from './labelled.js';
import { detectEnglishNames } from './names-en.js';
import { COMMON_CAPITALISED, EPONYMS } from './names-en-lists.js';
import { detectChineseNames, isWord, type NameLexicon } from './names-zh.js';
import { detectPhones } from './phone.js';
import { detectShapes } from './shapes.js';
import type { PhiDetector } from './span.js';
import { detectPlacesAndEmployers, joinAddresses } from './places.js';
import { detectStructure, nameWord, SURNAME_WORDS } from './structure.js';
import { COMPOUND_SURNAMES, NOT_NAMES, SINGLE_SURNAMES } from './surnames.js';
import { GIVEN_CHARS } from './given-names.js';
import { detectEmails, detectUrls } from './web.js';
import { clinicalWord, detectFrames, englishWord } from './frames.js';
import { detectAddressChains, detectProsePlaces } from './address-grammar.js';
import { detectCodeValues, issuerNumbers } from './code-values.js';
import { decodeTagger, tagPhi, type TaggerModel } from './tagger.js';
import { taggerWindows } from './tagger-windows.js';
import { TAGGER_WEIGHTS } from './tagger-weights.generated.js';
import { FULL_WIDTH, phiReading, TRADITIONAL_RE } from './reading.js';
import { repairSpans } from './repairs.js';

export { phiReading } from './reading.js';

export { isValidChineseId, idCardChecksum } from './id-card.js';
export { luhnValid } from './id-value.js';
export { vinCheckValid } from './shapes.js';
export type { PhiDetector } from './span.js';
export type { NameLexicon } from './names-zh.js';
export { PHI_TYPES, PHI_CLASSES, isPhiType } from '../../core/phi-types.js';

/** Detectors by name. Order does not matter (merge decides). Name detectors also take the caller's lexicon. */
export const PHI_DETECTORS = {
  idCard: detectIdCards,
  shapes: detectShapes,
  labelled: detectLabelled,
  email: detectEmails,
  url: detectUrls,
  dates: detectDates,
  ages: detectAges,
  phone: detectPhones,
  address: detectAddresses,
  employer: detectEmployers,
  places: detectPlacesAndEmployers,
  addressChains: detectAddressChains,
  codeValues: detectCodeValues,
  biometrics: detectBiometrics,
  gazetteer: detectGazetteerPlaces,
  petNames: detectPetNames,
  shortDates: detectShortDates,
  brandEmployers: detectBrandEmployers,
  plates: detectPlates,
} satisfies Record<string, PhiDetector>;

/** When spans overlap, the more specific (validated or labelled) identifier wins. */
const PRIORITY: Record<PhiType, number> = {
  ID_CARD: 20,
  SSN: 19,
  EMAIL: 18,
  URL: 17,
  IP: 16,
  ACCOUNT: 15,
  PASSPORT: 14,
  VEHICLE: 13,
  PLATE: 12,
  DEVICE: 11,
  HEALTH_PLAN: 10,
  MRN: 10,
  LICENSE: 10,
  BIOMETRIC: 10,
  FAX: 9,
  PHONE: 8,
  SOCIAL: 7,
  OTHER_ID: 6,
  DATE: 5,
  AGE: 5,
  EMPLOYER: 4,
  ADDRESS: 3,
  NAME: 2,
};

export interface PhiOptions {
  /** Only report these types (default: all). */
  types?: readonly PhiType[];
  /** Placeholder for a span (default `[TYPE]`; dates keep their year: `[DATE:1985]`). */
  placeholder?: (span: PhiSpan) => string;
  /** Same value → same numbered placeholder within one call ("[NAME_1]" … "[NAME_1]"), so who-did-what survives. */
  pseudonymize?: boolean;
  /** Medical and common words that are never names (e.g. the terminology); without it the built-in stop lists apply. */
  lexicon?: NameLexicon;
  /** Keep the year of a redacted date in its placeholder (Safe Harbor allows the year). Default true. */
  keepYear?: boolean;
  /** Also run the learned tagger (tagger.ts) and keep the union with the rules. Default true; false = rules only. */
  tagger?: boolean;
  /** Run the tagger only on candidate sentences (tagger-windows.ts). Default true; false = the whole text (the
   * previous design, kept for the speed comparison in bench/deid-speed.ts). */
  taggerWindows?: boolean;
  /** A tagger other than the shipped one (training and held-out evaluation in bench/deid-train.ts). */
  taggerModel?: TaggerModel;
}

/** Resolve overlaps: higher priority first; a lower one keeps only a part that does not overlap (if ≥ 2 chars). */
export function mergeSpans(spans: (PhiSpan & { rank?: number })[], text: string): PhiSpan[] {
  const rank = (s: PhiSpan & { rank?: number }) => s.rank ?? PRIORITY[s.type];
  const ordered = [...spans].sort((a, b) => rank(b) - rank(a) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: PhiSpan[] = [];
  for (const s of ordered) {
    let { start, end } = s;
    for (const k of kept) {
      if (k.end <= start || k.start >= end) continue;
      if (k.start <= start && k.end >= end) {
        start = end;
        break;
      }
      if (k.start <= start) start = k.end;
      else if (k.end >= end) end = k.start;
      else {
        end = k.start;
      } // k strictly inside s: keep the left part (rare)
    }
    const piece = text.slice(start, end);
    if (end - start >= 2 || (end - start >= 1 && end - start === s.end - s.start && (s.type === 'NAME' || s.type === 'MRN'))) {
      if (piece.trim()) kept.push({ type: s.type, start, end, text: piece });
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * A name found once is a name everywhere in the same text: "患者张伟…张伟的妻子", "Mr. John Smith … Smith said".
 * Every other occurrence of a found name (and of each part of an English full name) becomes a NAME span too.
 */
function repeatedNames(text: string, spans: PhiSpan[]): PhiSpan[] {
  const names = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'NAME') continue;
    const t = s.text.trim();
    if (/[\u4e00-\u9fa5]/.test(t)) {
      if (t.length >= 2 && !/^[老小]/.test(t) && !/(?:先生|女士|小姐|医生|医师|大夫|主任|护士|阿姨|叔叔|老师)$/.test(t)) names.add(t);
    } else {
      for (const raw of t.split(/[\s,]+/)) {
        const w = raw.replace(/\.$/, '');
        if (w.length >= 3 && w === raw && /^[A-Z]/.test(w) && !COMMON_CAPITALISED.has(w) && !EPONYMS.has(w)) names.add(w);
      }
    }
  }
  const out: PhiSpan[] = [];
  for (const n of names) {
    const latin = !/[\u4e00-\u9fa5]/.test(n);
    for (let at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + n.length)) {
      if (latin && (/[A-Za-z]/.test(text[at - 1] ?? '') || /[A-Za-z]/.test(text[at + n.length] ?? ''))) continue;
      if (spans.some((s) => s.start < at + n.length && at < s.end)) continue;
      out.push({ type: 'NAME', start: at, end: at + n.length, text: n });
    }
  }
  return out;
}

const WORD_FIRST_NAMES = new Set(
  'Will May June Grace Hope Faith Joy Rose Mark Bill Art Sue Pat Bob Rich Dawn April Summer Autumn Ray Drew Sage Iris Ivy Lily Daisy Ruby Pearl Violet Jade Amber Crystal Penny Holly Hazel Olive Rusty Sandy Chip Buck Hunter Mason Chase Victor Frank Gene Guy Jack Jean Kay Lane Lee Max Miles Norm Pierce Reed Rob Sterling Wade'.split(
    ' ',
  ),
);
const LATIN_WORD_BEFORE = /(?:^|[^\p{L}'’-])(\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)?)([ ])$/u;
const LATIN_WORD_AFTER =
  /^(?:[ ]and|[ ]&|[ ](?:bin|binti|bint|ibn|van|von|der|den|de|del|della|da|di|du|dos|das|la|le|al|el|ter|ten))?[ ](\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)?)(?![\p{L}'’-])/u;

/**
 * An English name runs over the capitalised name words next to it: "Rafael [Torres] Acosta", "Regina [Booker]-Hall",
 * and a first name joined by "and" shares the surname after it ("Chidi and [Amara Okoye]"). Words that are common,
 * clinical or eponyms stop the run.
 */
function extendLatinNames(text: string, spans: PhiSpan[], lexicon?: NameLexicon): PhiSpan[] {
  return spans.map((s) => {
    if (s.type !== 'NAME' || /[\u4e00-\u9fa5]/.test(s.text)) return s;
    let { start, end } = s;
    // Hyphenated and accented parts the detector cut ("Booker" of "Booker-Hall", "Mej" of "Mejía").
    while (end < text.length && /[\p{L}'’]/u.test(text[end])) end++;
    while (end < text.length - 1 && text[end] === '-' && /\p{Lu}/u.test(text[end + 1])) {
      end++;
      while (end < text.length && /[\p{L}'’]/u.test(text[end])) end++;
    }
    while (start > 0 && /[\p{L}'’-]/u.test(text[start - 1])) start--;
    for (let i = 0; i < 3; i++) {
      const after = LATIN_WORD_AFTER.exec(text.slice(end, end + 40));
      if (!after || !(nameWord(after[1], lexicon) || SURNAME_WORDS.has(after[1]))) break;
      end += after[0].length;
    }
    for (let i = 0; i < 3; i++) {
      const before = LATIN_WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
      // First names that are also words ("May Ellen Prescott", "Will Prescott") join a name found next to them.
      if (!before || !(nameWord(before[1], lexicon) || WORD_FIRST_NAMES.has(before[1]))) break;
      start -= before[0].length - (before[0].length - before[1].length - before[2].length);
    }
    return start === s.start && end === s.end ? s : { ...s, start, end, text: text.slice(start, end) };
  });
}

export function detectPhi(text: string, options: PhiOptions = {}): PhiSpan[] {
  if (!text) return [];
  FULL_WIDTH.lastIndex = 0;
  const wide = FULL_WIDTH.test(text);
  TRADITIONAL_RE.lastIndex = 0;
  const traditional = TRADITIONAL_RE.test(text);
  TRADITIONAL_RE.lastIndex = 0;
  FULL_WIDTH.lastIndex = 0;
  if (wide || traditional) {
    // Detect on the ASCII / simplified reading (same length), report the original characters.
    const reading = phiReading(text);
    return detectOnReading(reading, options).map((s) => ({ ...s, text: text.slice(s.start, s.end) }));
  }
  return detectOnReading(text, options);
}

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
    if (v.split(/[\s,]+/).some((w) => w.length >= 7 && DRUG_STEM.test(w))) return false;
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

/** Drug names by their stems ("Risperidone", "Famciclovir", "Propoxyphene"): capitalised, they are not people. */
const DRUG_STEM =
  /(?:idone|inide|amide|oxacin|cycline|ciclovir|vir|pril|olol|sartan|statin|mab|azole|cillin|mycin|prazole|dipine|triptan|tidine|phene|zepam|zolam|afil|gliptin|gliflozin|parin|xaban|caine|thiazide|profen|dronate|lukast)$/i;

const LEADING_TITLE = /^(?:(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Sr|NP|RN|PA|MD|GP|Nurse|Sister|Doctor|Dr\.)\.?\s+)+/;

/**
 * The learned tagger's names, employers and addresses where the rules found nothing: a rule span wins where both
 * found something (its boundaries are the rule's), and implausible tagger spans are dropped.
 */
function taggerSpans(text: string, rules: readonly PhiSpan[], lexicon?: NameLexicon, own?: TaggerModel, whole = false): (PhiSpan & { rank: number })[] {
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

function detectOnReading(text: string, options: PhiOptions): PhiSpan[] {
  const all: PhiSpan[] = [];
  for (const detect of Object.values(PHI_DETECTORS)) all.push(...detect(text));
  all.push(
    ...detectChineseNames(text, options.lexicon),
    ...detectEnglishNames(text, options.lexicon),
    ...detectStructure(text, options.lexicon),
    ...detectFrames(text, options.lexicon),
  );
  all.push(...detectProsePlaces(text, englishWord, (w) => clinicalWord(w, options.lexicon)));
  if (options.tagger !== false) all.push(...taggerSpans(text, all, options.lexicon, options.taggerModel, options.taggerWindows === false));
  const merged = mergeSpans(/[A-Z]/.test(text) ? extendLatinNames(text, all, options.lexicon) : all, text);
  const again = repeatedNames(text, merged);
  if (again.length) return filterTypes(joinAddresses(text, mergeSpans(extendLatinNames(text, [...merged, ...again], options.lexicon), text)), options, text);
  return filterTypes(joinAddresses(text, merged), options, text);
}

function filterTypes(spans: PhiSpan[], options: PhiOptions, text?: string): PhiSpan[] {
  const merged = text === undefined ? spans : mergeSpans([...repairSpans(text, spans), ...issuerNumbers(text, spans)], text);
  return options.types ? merged.filter((s) => options.types?.includes(s.type)) : merged;
}

/** `[TYPE]`, or `[DATE:1985]` for a date whose year is kept. */
export function defaultPlaceholder(s: PhiSpan, keepYear = true): string {
  if (s.type === 'DATE' && keepYear) {
    const year = /(?:19|20)\d{2}/.exec(s.text)?.[0];
    if (year) return `[DATE:${year}]`;
  }
  return `[${s.type}]`;
}

/** Normalised value for pseudonym identity: case, spaces and separators do not make a new person. */
const TITLE_PREFIX = /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|rev|fr|nurse|officer|capt|sgt|judge|attorney)\.?\s+/i;
const identity = (s: PhiSpan): string =>
  `${s.type}\u0000${s.text
    .replace(TITLE_PREFIX, '')
    .toLowerCase()
    .replace(/[\s\-·.()（）]/g, '')}`;

/** Numbered placeholders that stay consistent across calls (one record, or one conversation). */
export function createPseudonymizer(): (s: PhiSpan) => string {
  const ids = new Map<string, number>();
  const next: Partial<Record<PhiType, number>> = {};
  return (s) => {
    const key = identity(s);
    let n = ids.get(key);
    if (n === undefined) {
      n = (next[s.type] ?? 0) + 1;
      next[s.type] = n;
      ids.set(key, n);
    }
    return `[${s.type}_${n}]`;
  };
}

/** Replace every detected identifier with a typed placeholder. Spans refer to offsets in the ORIGINAL text. */
export interface PhiRedaction {
  text: string;
  /** Offsets in the original text, in order. */
  spans: PhiSpan[];
  /** What each span became, index for index. */
  placeholders: string[];
}

export function redactPhi(text: string, options: PhiOptions = {}): PhiRedaction {
  const spans = detectPhi(text, options);
  const keepYear = options.keepYear ?? true;
  const placeholder = options.placeholder ?? (options.pseudonymize ? createPseudonymizer() : (s: PhiSpan) => defaultPlaceholder(s, keepYear));
  let out = '';
  let at = 0;
  const placeholders: string[] = [];
  for (const s of spans) {
    const p = placeholder(s);
    placeholders.push(p);
    out += text.slice(at, s.start) + p;
    at = s.end;
  }
  return { text: out + text.slice(at), spans, placeholders };
}

export interface PhiDryRun {
  counts: Partial<Record<PhiType, number>>;
  spans: PhiSpan[];
  /** What the text would become. */
  redacted: string;
}

/** Dry run: what would change, by type, without committing to it. */
export function phiDryRun(text: string, options: PhiOptions = {}): PhiDryRun {
  const { text: redacted, spans } = redactPhi(text, options);
  const counts: Partial<Record<PhiType, number>> = {};
  for (const s of spans) counts[s.type] = (counts[s.type] ?? 0) + 1;
  return { counts, spans, redacted };
}

/** Parse a `--types` list (case-insensitive, aliases such as DOB → DATE); null names the first unknown entry. */
export function parsePhiTypes(value: string): { types: PhiType[] } | { unknown: string } {
  const out: PhiType[] = [];
  for (const raw of value
    .split(',')
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean)) {
    const t = (PHI_TYPES as readonly string[]).includes(raw) ? (raw as PhiType) : ALIASES[raw];
    if (!t) return { unknown: raw };
    if (!out.includes(t)) out.push(t);
  }
  return out.length ? { types: out } : { unknown: value };
}
