// The reply's LAST sentence as a concluding slot: a conclusion word, a short subject, a copula and a whole letter set
// that ends the reply — "故正解為 ABCD。", "所以本题应选的为 B。", "So the right ones are A, C and D." The subject's noun is
// not read for meaning (正解, 应选的, right ones: writers name the answer freely); the FORM is read: where the set
// sits (closing the reply, nothing after it), what opens the sentence (a conclusion word), and its polarity (a subject
// that negates, rejects or excepts — 错误的, 排除的, 不符合的, "the exception", "the wrong ones" — or hedges is no slot).
// Fail closed: anything else in the sentence (a second clause, a condition, a question, a doubt) gives no slot.
import { CONCLUDING_OPENER_RE, FALSE_IN_CLAUSE_RE, HYPOTHETICAL_SENTENCE_RE } from './answer-lexicon.js';
import type { Statement } from './answer-statements.js';
import { parseLetterSet, type LetterContext } from './letter-set.js';
import { doubts } from './modal-reading.js';

/** The copula that hands the subject its value: 为/是/:/=/is/are (traditional 為 and Cantonese 係 arrive folded). */
const COPULA_RE = /(?:为|是|[:：=]|\s(?:is|are|would be|should be)\s)\s*$/i;
/**
 * A subject that negates, rejects, excepts or hedges: its set is not (or not surely) the answer. Own list, read only
 * here (the shared FALSE_IN_CLAUSE_RE is read as it is, never widened).
 */
const SUBJECT_TURNED_RE =
  /除|外|误|干扰|禁|慎|忌|最不|不|非|无|否|可能|也许|或|如果|若|假如|对于|的话|孕|儿童|\b(?:except(?:ion)?s?|exclu\w*|distract\w*|least|unlikely|avoid\w*|contraindicat\w*|wrong|incorrect|false|not|never|none|possibl\w*|probabl\w*|maybe|might|could|if|unless|when|pregnan\w*|child\w*)\b/i;
/** A subject voiced by others ("有人认为正解", "so they say the answer"): not the writer's own conclusion. */
const SUBJECT_OTHERS_RE = /人|认为|觉得|说|称|\b(?:say|says|said|think|thinks|claim\w*|some|others|people|they|textbooks?)\b/i;
/** A subject that takes a letter as its own name ("维生素", "血型", "type", "vitamin"): the letter is no option. */
const SUBJECT_LETTER_NOUN_RE = /(?:维生素|血型|型|组|类|级|期|区|\b(?:vitamin|type|group|class|stage|grade|phase|hepatitis|factor|lead|zone|blood))\s*$/i;
/** A subject is a short noun phrase: no clause break, no letter, no digit, no quotation. */
const SUBJECT_SHAPE_RE = /^[^,，;；。.!?！？、()（）"“”'A-Z0-9]{1,16}$/;

/**
 * Pure: the concluding slot of a cleaned reply (see the file comment), as an answer statement at the sentence's start,
 * or null. `text` is the cleaned reply the statement readers read (folded, markup stripped).
 */
export function concludingSlot(text: string, ctx: LetterContext): Statement | null {
  const body = text.replace(/[\s。.!！]+$/u, '');
  if (!body) return null;
  // The last sentence: from after the previous sentence end or line break.
  // (The cleaned reply has full-width stops folded: a full stop not inside a number ends a sentence.)
  let from = 0;
  for (const m of body.matchAll(/[\n。！？!?；;]|\.(?!\d)/g)) from = (m.index ?? 0) + 1;
  const sentence = body.slice(from);
  const opener = CONCLUDING_OPENER_RE.exec(sentence);
  if (!opener || (/^[a-z]/i.test(sentence.slice(opener[0].length)) && /[a-z]$/i.test(opener[0]))) return null;
  if (HYPOTHETICAL_SENTENCE_RE.test(sentence) || doubts(sentence)) return null;
  // Subject and copula, then the set: try each copula position; the set must run to the end of the reply.
  const afterOpener = from + opener[0].length;
  const lead = /^[\s,，:：]*/.exec(body.slice(afterOpener))?.[0].length ?? 0;
  const subjectFrom = afterOpener + lead;
  for (let at = subjectFrom + 1; at <= body.length; at++) {
    const head = body.slice(subjectFrom, at);
    const cop = COPULA_RE.exec(head);
    if (!cop) continue;
    const subject = head.slice(0, cop.index).trim();
    if (!SUBJECT_SHAPE_RE.test(subject) || SUBJECT_TURNED_RE.test(subject) || FALSE_IN_CLAUSE_RE.test(subject)) return null;
    if (SUBJECT_OTHERS_RE.test(subject) || SUBJECT_LETTER_NOUN_RE.test(subject)) return null;
    const set = parseLetterSet(body, at + (/^\s*/.exec(body.slice(at))?.[0].length ?? 0), ctx);
    if (!set || set.hedge || set.echo || set.offOption || !set.letters.length) return null;
    if (body.slice(set.end).trim()) return null;
    return { tier: 3, pos: from, letters: [...new Set(set.letters)], hedge: false, via: 'conclusion' };
  }
  return null;
}
