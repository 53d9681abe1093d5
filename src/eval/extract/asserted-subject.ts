// Who an assertion is about. A reply that names its answer by content often names other options in the same sentence,
// not as answers but as what the answer is compared with: "The drug of choice here is propylthiouracil — it gives an
// edge over methimazole", "Magnesium sulfate is the agent of choice; it beat both diazepam and phenytoin". The clause
// reader (commitment.ts readClauses) lets every unmarked clause of a sentence share the sentence's assertion, so the
// compared options read as asserted too and the reply had two answers (a miss).
//
// This reading looks at who each clause is about. A clause that opens with a pronoun or a relative word ("it …",
// "which …", "它…") has the option asserted before it as its subject; an option it names is an object of what is said
// about that subject (compared, beaten, preferred over), and so is one named in a clause continuing it ("… and
// phenytoin"). The reply's answer is then the one option that a clause asserts by its own marker (not inherited), when
// every other option it names is either set aside by a clause or only such an object. Anything else — another option
// asserted on its own, named without a stance, named by letter, a doubt, an alternative kept open, a question, a
// condition — is no reading here (null): a miss, never a second answer. One-answer items only. Pure.
import { OPEN_ALTERNATIVE_RE } from './answer-lexicon.js';
import { type ClauseReading, rejectedOnly } from './commitment.js';
import { doubts } from './modal-reading.js';

/** A clause whose subject is the option asserted before it: a pronoun or relative word opens it (a closed class). */
const PRONOUN_SUBJECT_RE = /^(?:it|its|which|that|this|who|whose|它|其(?!次|后|後|他|它|余|餘|实|實)|此|该药|該藥)(?![A-Za-z])/i;
/** A pronoun joined with another noun as the subject ("it and phenytoin are both given", "它和…"). */
const CO_SUBJECT_RE = /^(?:it|this|它|其|此)\s*(?:and|&|plus|as\s+well\s+as|和|与|與|及|跟)/i;
/** A comparison: the clause compares its subject with what follows (a closed grammatical construction). */
const COMPARED_RE =
  /\b(?:than|over|versus|vs|unlike|beat|beats|beating|outperform(?:s|ed|ing)?|outperformed|surpass(?:es|ed|ing)?|(?:superior|preferable|preferred)\s+to|compared\s+(?:with|to))\b|比(?!较|較)|优于|優於|胜过|勝過|胜于|勝於|强于|強於|好于|好於|不像|相比|相較|相较/i;
/** The answer the lesser of the two, or its place taken ("worse than", "不如", "replaced"): not the answer's object. */
const LESSER_RE = /\b(?:worse|inferior|less|weaker|slower|replac\w*|supplant\w*|supersed\w*|instead)\b|不如|差于|差於|逊于|遜於|弱于|弱於|取代|替代|代替|被/i;
/** An assertion told of the past ("used to be", "was once", "曾是", "以前首选"): not the reply's answer now. */
const PAST_RE =
  /\b(?:used\s+to|was|were|once|formerly|previously|no\s+longer|historically|traditionally|classic(?:ally)?)\b|曾|以前|过去|過去|从前|從前|原来|原來|传统|傳統/i;
/** A clause continuing the one before it (coordination; "than …", which the clause reader cuts off): no subject of its own. */
const CONTINUES_RE = /^(?:than|and|or|nor|plus|as\s+well\s+as|和|及|与|與|或)(?![A-Za-z])/i;
/** A condition in the asserting sentence: what it asserts holds only in a case ("不是肾上腺素的话，就是…"). */
const CONDITION_RE =
  /\b(?:if|unless|suppose|supposing|assuming|provided|otherwise|were)\b|如果|假如|假设|假設|若|倘若|要是|的话|的話|嘅话|嘅話|否则|否則|除非/i;
/** Something kept open or added in the clause group: never an object only ("it is also fine", "or methimazole"). */
const ADDS_RE = /\b(?:also|too|as\s+well|alternatively|either|or|together)\b|也|亦|或|还可|還可|都|均|一起|同时|同時/i;

/**
 * Pure: the one option `clauses` assert by their own marker when every other named option is set aside or only the object
 * of a clause about that option (see above); null otherwise.
 */
export function assertedSubject(clauses: readonly ClauseReading[]): string | null {
  const sentenceText = (i: number) =>
    clauses
      .filter((c) => c.sentence === i)
      .map((c) => c.text)
      .join(' ');
  const own = clauses.filter((c) => c.stance > 0 && !c.inherited && c.letters.length);
  if (!own.length) return null;
  const subject = own[0].letters[0];
  // Each own assertion names that one option only, in words (a letter is the letter readers' to read).
  if (own.some((c) => c.letters.length !== 1 || c.letters[0] !== subject)) return null;
  if (clauses.some((c) => c.byLetter.length)) return null;
  if (clauses.some((c) => c.stance < 0 && c.letters.includes(subject))) return null;
  // The sentences asserting it neither doubt, ask, nor set a condition.
  for (const c of own) {
    const s = sentenceText(c.sentence);
    // A condition said before the assertion or in its own clause governs it; one in a later clause is about that clause.
    const upTo = clauses
      .slice(0, clauses.indexOf(c) + 1)
      .filter((x) => x.sentence === c.sentence)
      .map((x) => x.text)
      .join(' ');
    // …nor make the answer the lesser of a comparison anywhere ("…, which is less effective than phenytoin").
    if (doubts(s) || /[?？]/.test(s) || OPEN_ALTERNATIVE_RE.test(s) || CONDITION_RE.test(upTo) || PAST_RE.test(upTo) || LESSER_RE.test(s)) return null;
  }
  const rejected = rejectedOnly(clauses);
  let others = 0;
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i];
    const rivals = c.letters.filter((l) => l !== subject);
    if (!rivals.length) continue;
    others++;
    // An option added or kept open beside the answer is never set aside or a mere object ("it can also be replaced by …").
    if (ADDS_RE.test(c.text)) return null;
    // Set aside by the one reader of rejection (commitment.ts rejectedOnly: its own marker in every clause naming it, no
    // comparison, nothing inherited), or only the object of a comparison with the answer.
    if (rivals.every((l) => rejected.has(l))) continue;
    if (!objectOnly(clauses, i, subject)) return null;
  }
  return others ? subject : null;
}

/**
 * Pure: clause i names options only as the object of a clause about `subject`: it asserts nothing of its own, comes after
 * that assertion in its sentence, and it (or the clause it continues) opens with a pronoun subject and compares; nothing
 * in the chain adds an option, keeps one open, makes the answer the lesser or hands its place over.
 */
function objectOnly(clauses: readonly ClauseReading[], i: number, subject: string): boolean {
  const c = clauses[i];
  // Asserted by a marker of its own ("phenytoin is also first-line"): a second answer, not an object. (Whatever stance the
  // clause reader gave a bare "than …" piece, the comparison chain below decides what it is.)
  if (c.stance > 0 && !c.inherited) return false;
  const asserted = clauses.findIndex((x) => x.sentence === c.sentence && x.stance > 0 && !x.inherited && x.letters.includes(subject));
  if (asserted < 0 || asserted > i) return false;
  // Walk back over continuing clauses to the clause that has a subject.
  let head = i;
  while (head > asserted + 1 && CONTINUES_RE.test(clauses[head].text) && clauses[head - 1].sentence === c.sentence) head--;
  // "it and phenytoin are given": the option is part of the subject, beside the answer, not an object.
  const chain = clauses
    .slice(head, i + 1)
    .map((x) => x.text)
    .join(' ');
  if (!PRONOUN_SUBJECT_RE.test(chain) || CO_SUBJECT_RE.test(chain)) return false;
  // The option is what the answer is compared with ("… over methimazole", "it beat diazepam", "比格列本脲…"), the answer
  // the better of the two; any other relation ("which has been replaced by lorazepam", "已被…取代") is no object reading.
  if (!COMPARED_RE.test(chain) || LESSER_RE.test(chain)) return false;
  for (let j = head; j <= i; j++) if (ADDS_RE.test(clauses[j].text) || doubts(clauses[j].text)) return false;
  return true;
}

/**
 * Pure: the question asks for a later choice ("Which is the second-line agent?", "第二步用药", "二线"): what a reply asserts
 * as the choice ("first-line", 首选) is then not its answer, so this reading does not run.
 */
export function asksLaterChoice(question: string): boolean {
  return /\b(?:second|third|2nd|3rd|subsequent)\b|二线|三线|二線|三線|其次|第二|第三|后续|後續/i.test(question);
}
