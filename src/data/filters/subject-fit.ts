// Does the answer talk about what was asked? An answer whose subject is a different part of the body — the question
// names eczema and a measles vaccine, the answer explains shingles vaccination; a thyroid nodule answered about a
// breast nodule; a child's ear pain answered about heel pain — is a confident answer to another question: off-topic
// for training however sound its medicine. Read with the knowledge's organ systems (body-systems.ts: condition names
// by their ICD-10 codes and body-site words, Chinese and English, so "湿疹" and "eczema" are one subject) and its
// medicine names (drugs.ts). Pure.
//
// Flagged only on positive evidence of a different subject: the question names a condition of a system, the answer
// names conditions of other systems at least `minAnswered` times (or other systems' conditions and sites twice as
// often) and never one of the question's systems, repeats none of the question's condition names and no medicine the
// question names. An answer that names no condition or body site (advice, a dose, "see a
// doctor") is never judged: absence of a name is not a different subject.
import { siteMentions, systemMentions, systemOfCode } from '../../knowledge/body-systems.js';
import { type ConditionCodes, conditionCodes } from '../../knowledge/condition-codes.js';
import { type DrugLexicon, findMedicineNames } from '../../knowledge/drugs.js';

export interface SubjectMismatch {
  /** Organ systems the question names. */
  asked: string[];
  /** Organ systems the answer names, none of them asked. */
  answered: string[];
}

/**
 * The question's and the answer's organ systems when they share nothing, else undefined. `minAnswered`: how many
 * conditions of other systems the answer must name (one passing mention is weak evidence of its subject); held out
 * (chatdoctor, huatuo26m, cmtmedqa: 5,144 real pairs) 2 drops 5 real answers (0.10 %).
 */
export function subjectMismatch(
  question: string,
  answer: string,
  opts: { drugs?: DrugLexicon; conditions?: ConditionCodes; minAnswered?: number } = {},
): SubjectMismatch | undefined {
  // The question must name a condition of a system (a diagnosis, not only a symptom or a body site): a question telling
  // of symptoms is rightly answered with a diagnosis of any system (ear pain and fever → "it may be mumps").
  const conditions = opts.conditions ?? conditionCodes();
  const named = conditions.find(question);
  if (!named.some((m) => systemOfCode(m.code) !== undefined)) return undefined;
  // A question that tells a symptom (ICD-10 chapter R: fever, cough, headache) asks about it, whatever condition it
  // names as history ("I have diabetes; for three days a cough and fever") — any system's disease may answer it.
  if (named.some((m) => m.code.startsWith('R'))) return undefined;
  const q = systemMentions(question, conditions);
  const a = systemMentions(answer, conditions);
  for (const s of a.keys()) if (q.has(s)) return undefined;
  // The answer has a subject of its own: one condition it keeps naming ("痔疮 … 痔疮"), or one system's body sites it
  // keeps naming twice as often ("乳腺 … 乳房 … 乳腺"; a site or a test — "kidney function test", "B超" — is named in
  // passing). An answer listing many conditions once each is the question's complications or comorbidities ("heart
  // attack, stroke, kidney disease" for diabetes), not another subject.
  const times = new Map<string, number>();
  for (const m of conditions.find(answer)) if (systemOfCode(m.code) !== undefined) times.set(m.code, (times.get(m.code) ?? 0) + 1);
  const min = opts.minAnswered ?? 2;
  if (Math.max(0, ...times.values()) < min && Math.max(0, ...siteMentions(answer).values()) < 2 * min) return undefined;
  const lowerAnswer = answer.toLowerCase();
  if (named.some((m) => lowerAnswer.includes(m.name))) return undefined;
  const askedDrugs = findMedicineNames(question, opts.drugs);
  if (askedDrugs.length > 0) {
    const answerDrugs = new Set(findMedicineNames(answer, opts.drugs));
    if (askedDrugs.some((d) => answerDrugs.has(d))) return undefined;
  }
  return { asked: [...q.keys()], answered: [...a.keys()] };
}
