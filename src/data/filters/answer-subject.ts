// Does the answer have a subject of its own, other than the question's? An answer written for another question — a
// mortgage, a router, a recipe — keeps returning to ITS subject (the same words in sentence after sentence) and
// carries medicine in at most a chance word ("early", 血沫), so a test for the presence of one medical word or one
// shared word lets it through. Read by structure, not by a list of non-medical topics:
//   - the answer's sentences (greetings and sign-offs set aside), each read on its own for medicine — the generic
//     vocabulary and the user's terms (content-fit.ts), condition names (knowledge/condition-codes.ts), medicine names
//     (knowledge/drugs.ts);
//   - its subject: the content words it repeats across sentences (Chinese words by jieba's segmentation, naming words
//     only; English words by their first five letters);
//   - the words of medical text: every content word of the reference texts a pipeline names (a disease knowledge
//     graph, MedQuAD) — counted from data, so a subject nobody listed (a tyre, a visa, a router) is still foreign.
// An answer to another question: at most a third of its sentences carry medicine, no medical sentence echoes the
// question, it repeats no word of the question's and no medical word, shares at most one word with the question, and
// keeps returning to words medical text never uses (two such words, or one said three times; or, with no medical
// sentence among three or more, uses four or more such words once each). A real answer that
// broadens (a symptom answered with its causes, a drug question by class, lay words in clinical ones) fails one of
// these; an answer too short to repeat anything has no subject to judge (absence is not evidence). Pure.
import { chineseTagged } from '../../knowledge/chinese-words.js';
import { type ConditionCodes, conditionCodes } from '../../knowledge/condition-codes.js';
import { type DrugLexicon, namesMedicine } from '../../knowledge/drugs.js';
import { type MedicalVocabulary, usesMedicalWords, withoutBoilerplate } from './content-fit.js';

export interface OtherSubject {
  /** Sentences read, and how many carry medicine. */
  sentences: number;
  medical: number;
  /** Content words the answer shares with the question anywhere (0 or 1). */
  shared: number;
  /** The words the answer keeps returning to that medical text never uses. */
  subject: string[];
}

/** The content words medical reference text uses (medical-text-words.ts counts them from the files a pipeline names). */
export interface MedicalTextWords {
  has(key: string): boolean;
}

export interface AnswerSubjectOptions {
  /** Required: without the words of medical text there is no telling an answer's own subject from medicine's. */
  medicalText: MedicalTextWords;
  vocab?: MedicalVocabulary;
  drugs?: DrugLexicon;
  conditions?: ConditionCodes;
}

/** Word classes that name nothing: pronouns, particles, prepositions, conjunctions, adverbs, numerals, measure and
 *  time words, localisers, interjections (jieba's tags r, u, y, p, c, d, m, q, t, f, e, o, and their sub-classes). */
const NOT_A_SUBJECT = /^(?:r|u|y|p|c|d|m|q|t|f|e|o)/u;
/** English function words and pleasantries (content-fit.ts's, plus the openers of any how-to: first, usually, best). */
const STOP_EN = new Set(
  'that this with have from your what will would could should about there their they them then than when which while were been being into also some such just like more most much very only over other after before because does doing done make made take need help know think feel want good well time each even here many same these those where whom again ever every still both thank thanks query question regards hello dear please first usually right best'.split(
    ' ',
  ),
);

/**
 * A text's content words as keys: Chinese words of two or more characters that name something (jieba's segmentation
 * and word classes, so 您有 or 了呢 — how a reply addresses the asker — is never one), English words of four or more
 * letters by their first five, a plural read as its singular ("nails" and "nail" are one word). Key → the word.
 */
export function keysOf(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const run of text.match(/\p{Script=Han}{2,}/gu) ?? [])
    for (const w of chineseTagged(run)) if (w.word.length >= 2 && !NOT_A_SUBJECT.test(w.tag) && /^\p{Script=Han}+$/u.test(w.word)) out.set(w.word, w.word);
  for (const w of text.toLowerCase().match(/[a-z]{4,}/g) ?? []) {
    if (STOP_EN.has(w)) continue;
    const k = w.slice(0, 5);
    out.set(/^[a-z]{5}$/.test(k) && k.endsWith('s') ? k.slice(0, 4) : k, w);
  }
  return out;
}

/**
 * The content words of medical reference texts (pure; the loader is medical-text-words.ts): a word counts when it is
 * in `minTexts` texts or more (lines, JSON strings; default 3) — a knowledge graph's diet notes name 排骨 or 装修 once
 * in passing; medicine's own words recur. Held out (12,452 real pairs) 3 fires on none, 10 on 6.
 */
export function countMedicalTextWords(texts: Iterable<string>, minTexts = 3): MedicalTextWords {
  const counts = new Map<string, number>();
  for (const t of texts) for (const k of keysOf(t.normalize('NFKC')).keys()) counts.set(k, (counts.get(k) ?? 0) + 1);
  return { has: (k) => (counts.get(k) ?? 0) >= minTexts };
}

/** Sentence ends: Chinese and English stops, line breaks, list separators. */
const SENTENCE_END = /[。！？!?；;\n]+|(?<=[a-z)\d]\.)\s+/iu;
const hanCount = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).length;
const wordCount = (s: string) => (s.match(/[a-z]{2,}/giu) ?? []).length;

/**
 * The answer's own subject when it is not the question's (see the head of the file), else undefined. What keeps an
 * answer on the question: a word it repeats that is medical (睡眠 across a list of sleep-hygiene steps) or the
 * question's own, even inside a question's word ("nail" in "fingernails"); a sentence that carries medicine and
 * echoes the question ("如果持续打嗝超过48小时…"); two words shared with the question anywhere.
 */
export function answersOtherSubject(question: string, answer: string, opts: AnswerSubjectOptions): OtherSubject | undefined {
  const body = withoutBoilerplate(answer.normalize('NFKC'));
  // Too short to judge, content-fit's measure: a one-line answer may be "yes, see a doctor" in words no list has.
  if (hanCount(body) < 30 && wordCount(body) < 15) return undefined;
  const sentences = body
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter((s) => hanCount(s) >= 6 || wordCount(s) >= 4);
  if (sentences.length < 2) return undefined;
  const conditions = opts.conditions ?? conditionCodes();
  // The drug lexicon is read on Chinese text only: in English its short entries match inside words ("iv" in "give").
  const isMedical = (s: string) =>
    usesMedicalWords(s, opts.vocab) ||
    conditions.find(s).length > 0 ||
    namesMedicine(s) ||
    (opts.drugs !== undefined && opts.drugs.findDrugs(s.replace(/[a-z0-9]+/giu, ' '), 1).length > 0);
  const asked = keysOf(question.normalize('NFKC'));
  let medical = 0;
  const seen = new Map<string, { n: number; word: string }>();
  for (const s of sentences) {
    const keys = keysOf(s);
    if (isMedical(s)) {
      medical++;
      for (const k of keys.keys()) if (asked.has(k)) return undefined;
    }
    for (const [k, word] of keys) seen.set(k, { n: (seen.get(k)?.n ?? 0) + 1, word });
  }
  if (medical * 3 > sentences.length) return undefined;
  // The words it repeats: a key in two or more sentences.
  const repeated = [...seen].filter(([, v]) => v.n >= 2);
  if (repeated.length === 0) return undefined;
  const q = question.normalize('NFKC').toLowerCase();
  if (repeated.some(([k, v]) => asked.has(k) || q.includes(k) || isMedical(v.word))) return undefined;
  let shared = 0;
  for (const k of seen.keys()) if (asked.has(k)) shared++;
  if (shared >= 2) return undefined;
  // Its own subject: words it keeps returning to that medical text never uses (mortgage, 路由器, 还款, 五花肉).
  const text = body.toLowerCase();
  const foreign = repeated
    .map(([k]) => k)
    .filter((k) => !opts.medicalText.has(k))
    .map((k) => ({ k, n: text.split(k).length - 1 }));
  if (foreign.length >= 2 || foreign.some((f) => f.n >= 3))
    return { sentences: sentences.length, medical, shared, subject: foreign.map((f) => f.k).slice(0, 8) };
  // Or none of three or more sentences carries medicine and the answer's words foreign to medical text are many
  // (refinancing: mortgage, fees, repayment, loan, credit — each said once).
  const unknown = [...seen.keys()].filter((k) => !opts.medicalText.has(k));
  if (medical === 0 && sentences.length >= 3 && unknown.length >= 4) return { sentences: sentences.length, medical, shared, subject: unknown.slice(0, 8) };
  return undefined;
}
