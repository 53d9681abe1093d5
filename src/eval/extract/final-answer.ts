// The final answer of a multiple-choice reply, shared by the eval harness (free-form fallback of every letter
// benchmark except CPQExam's official scorer) and the RL exam verifier. Reasoning is ignored; among the answer
// statements the highest tier present decides; within it the last committed statement wins when every committed
// statement after the last correction ("wait", "更正" …) agrees. A hedge ("B或者C", "A or B", "could also be C")
// or several different final answers are no answer at all — never credited.
import {
  ADDED_ANSWER_RE,
  BOTH_RIGHT_RE,
  CORRECTION_RE,
  DEFER_END_RE,
  NEGATION_BEFORE_RE,
  NEXT_QUESTION_RE,
  NOT_LISTED_RE,
  OPEN_ALTERNATIVE_RE,
  OPEN_DOUBT_RE,
  OWN_NEGATIVE_PREDICATE_RE,
  REJECT_RE,
  REJECTED_CLEFT_RE,
} from './answer-lexicon.js';
import { type CleanReply, cleanReply, foldWordDashes, MAX_SCAN, visibleReply } from './answer-text.js';
import { type InconsistencyCode, replyInconsistency } from './reply-consistency.js';
import { findStatements, remarkDoubtsSet, type Statement, type StatementVia } from './answer-statements.js';
import { type ClauseReading, type Commitment, readClauses, readCommitment, rejectedAmong, rejectedOnly } from './commitment.js';
import {
  abstention,
  completeVerdicts,
  jsonCutOff,
  type EvidenceHow,
  mayLeaveOpen,
  mismatchedLetters,
  readEvidence,
  readSentences,
  tableCutOff,
  textMentions,
  verdictLayout,
  letterMentions,
  walkCutOff,
} from './evidence-reader.js';
import { exceptedInClosing, readClosingReferences } from './closing-reference.js';
import { sortsOptionsIntoGroups } from './option-groups.js';
import { takenBack } from './retraction.js';
import { glossAgrees, otherLetterGlossed, withoutAgreeingGlosses } from './letter-labels.js';
import { closingAnswerColumn, dialogueAnswerForm, proseDialogueBlanked } from './answer-layout.js';
import { closingModalAnswer } from './modal-replacement.js';
import { doubtedGlosses } from './gloss.js';
import { keptOpen } from './kept-open.js';
import { medicineCommitmentBroken, optionByMedicine } from './medicine-commitment.js';
import { doubts } from './modal-reading.js';
import { readRestComplement } from './quantified-answer.js';
import { assertedRivals, PROSE_VIA } from './rival-assertion.js';
import { ANCHORED_VIA, disagreesWithAnchor } from './reply-anchors.js';
import { statedCount } from './stated-count.js';
import { findJsonAnswer } from './json-answer.js';
import { glyphValue, markedTextWalk, type TextFormHow } from './option-text-form.js';
import { concludingSlot } from './concluding-slot.js';
import { closesDeclining } from './closing-decline.js';
import { statedOtherValue } from './stated-value.js';
import { parallelPredicateGroups } from './parallel-groups.js';
import { preliminaryAnswer } from './preliminary-answer.js';
import { distinctiveParts, optionByContent, optionNameUnits, optionUnits } from './option-names.js';
import { normOptionText, optionAliases, parseAnswerValue, type LetterContext, type LetterSet } from './letter-set.js';
import { escapeRegExp } from '../../core/regex.js';
import { commitmentReadingForm } from '../../core/han-variants.js';

export interface ChoiceReadOptions {
  /** Option letters offered (default A–J). */
  valid?: readonly string[];
  /** Option texts by letter, so an answer naming the text is read as its letter. */
  options?: Record<string, string>;
  /** false: the item has one answer, so several letters are a hedge; true: read a set; unset: read whatever is given. */
  multi?: boolean;
  /**
   * The question asked. When given and it asks for nothing set aside (no rejection marker: "Which should be avoided?",
   * "禁用的是", "All EXCEPT"), an answer read from options merely named in prose keeps no option the reply ends rejecting.
   */
  question?: string;
}

export type ChoiceStatus = 'ok' | 'none' | 'hedge' | 'conflict' | 'several-for-single' | 'empty' | 'reasoning-only';

export interface ChoiceReading {
  /** Sorted, de-duplicated letters ("B", "ACD"); null unless status is ok. */
  value: string | null;
  status: ChoiceStatus;
  /** The deciding statement's kind (json, tag, boxed, final, phrase, …) or the status when there is none. */
  how: StatementVia | EvidenceHow | Commitment['how'] | ChoiceStatus | TextFormHow | 'closing' | 'column' | 'modal';
  /** Set when the readers credited letters the rest of the reply does not stand behind (reply-consistency.ts). */
  why?: InconsistencyCode;
}

const DEFAULT_LETTERS = 'ABCDEFGHIJ'.split('');

export function letterContext(options: ChoiceReadOptions): LetterContext {
  const valid = new Set((options.valid ?? (options.options ? Object.keys(options.options) : DEFAULT_LETTERS)).map((l) => l.toUpperCase()));
  const texts = options.options ? new Map(Object.entries(options.options).map(([k, v]) => [k.toUpperCase(), normOptionText(v)])) : undefined;
  return options.options
    ? {
        valid,
        texts,
        multi: options.multi,
        aliases: optionAliases(options.options),
        parts: distinctiveParts(options.options),
        units: optionUnits(options.options),
        names: optionNameUnits(options.options),
        raw: new Map(Object.entries(options.options).map(([k, v]) => [k.toUpperCase(), v])),
        assertiveStem: options.question !== undefined && !asksRejected(options.question) && !/唔|冇|錯/.test(options.question),
      }
    : { valid, texts, multi: options.multi };
}

function jsonStatement(visible: string, ctx: LetterContext, end: number): Statement | null {
  // JSON has braces or quoted strings: "[A][C][D]" is a bracketed letter set, not an array.
  if (!/answer|答案|"label"|choice|option|select|选项|选择/i.test(visible) || !/[{[]/.test(visible) || !/[{"]/.test(visible)) return null;
  const json = findJsonAnswer(visible);
  if (!json) return null;
  const v = json.value;
  const parts = Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];
  const sets = parts.map((p) => parseAnswerValue(p, ctx)).filter((s): s is LetterSet => s !== null);
  if (!sets.length) return null;
  const letters = sets.flatMap((s) => s.letters);
  // Another answer object naming other options ('{"answer": "A"} {"answer": "B"}'): two answers, as the RL extractor
  // reads them — no answer (a hedge decides nothing and credits nothing). One restating the format names none.
  const other = (json.others ?? []).flatMap((o) => (Array.isArray(o) ? o : [o])).filter((o): o is string => typeof o === 'string');
  const otherSets = other.map((o) => parseAnswerValue(o, ctx)).filter((x): x is LetterSet => x !== null);
  if (otherSets.some((o) => setKey(o.letters) !== setKey(letters))) return { tier: 5, pos: end, letters: [], hedge: true, via: json.how };
  return { tier: 5, pos: end, letters, hedge: sets.some((s) => s.hedge) || literalRemarkDoubts(visible, letters), via: json.how };
}

/**
 * Review s21 R-NEW-1: a list literal on an answer line read as JSON ('answer = ["A", "C"]  # C is a guess') has its
 * remark after it on the line read as the answer's clause, as the phrase reader reads it (remarkDoubtsSet).
 */
function literalRemarkDoubts(visible: string, letters: readonly string[]): boolean {
  for (const m of visible.matchAll(/(?:answer|答案)[^\n[\]]{0,24}(\[[^\]\n]*\])/gi)) {
    if (remarkDoubtsSet(visible, (m.index ?? 0) + m[0].length, letters)) return true;
  }
  return false;
}

const setKey = (letters: readonly string[]) => [...new Set(letters)].sort().join('');

/** The short remark (at most 120 characters) after a statement's sentence on the statement's own line. */
function restOfLine(text: string, s: Statement): string {
  const said = committingText(text, s);
  const from = text.indexOf(said, Math.max(0, s.pos - said.length)) + said.length;
  const end = text.indexOf('\n', from);
  const rest = text.slice(from, end < 0 ? text.length : end);
  return rest.trim().length <= 120 ? rest : '';
}

/** The text a statement commits in: the rest of its line for a bare line or an assessment, else its sentence. */
function committingText(text: string, s: Statement): string {
  if (s.tier <= 2) {
    const end = text.indexOf('\n', s.pos);
    return text.slice(s.pos, end < 0 ? text.length : end);
  }
  let a = s.pos;
  while (a > 0 && !/[\n,.;!?]/.test(text[a - 1])) a--;
  const rest = text.slice(s.pos, s.pos + 200);
  // The sentence ends at a full stop that is not an option label's dot ("B. 肿瘤…").
  // A Chinese full stop ends it too: "答案：A。如果没有酮体，才可能是B。" is a second sentence, read by the clause readers.
  const stop = rest.search(/[\n;!?。！？]|\.(?:\s|$)(?<![A-J]\.(?:\s|$))/);
  return text.slice(a, s.pos + (stop < 0 ? rest.length : stop));
}

const OTHER_LETTER_RE = /(?<![A-Za-z])\(?([A-J])\)?(?![A-Za-z])/g;

/**
 * The rest of the committing sentence (and a short closing remark after it on its line) keeps another option open: a letter
 * other than the answer's, in a clause that offers it as possibly right ("The answer is B, though C cannot be ruled out",
 * "答案：B，但C也不能排除", "…B… or maybe C. Hmm."). A sentence runs on over "..." and "…".
 */
function keepsAlternativeOpen(text: string, s: Statement, valid: ReadonlySet<string>): boolean {
  // From the statement on: what comes before it in the sentence was weighed and settled ("If …, E might be
  // tempting, but as written the answer is D").
  const a = s.pos;
  let e = s.pos;
  while (
    e < text.length &&
    !/[\n。!?！？]/.test(text[e]) &&
    !(text[e] === '.' && /\s|$/.test(text[e + 1] ?? '') && text[e - 1] !== '.' && text[e + 1] !== undefined)
  )
    e++;
  // A short closing remark on the same line belongs to it; a note on a line of its own ("（注：若为妊娠患者，则应选C）")
  // is about another case.
  const lineEnd = text.indexOf('\n', e);
  const rest = text.slice(e + 1, lineEnd < 0 ? text.length : lineEnd);
  const scope = text.slice(a, e + 1) + (rest.trim().length <= 120 ? rest : '');
  const answer = new Set(s.letters);
  // "… is A, B, C, E — or A, B, C, D, E if the question intends …": another set offered with "or".
  const orSet = /(?:^|[\s,;—–-])or\s+(?:else\s+)?(?:options?\s+)?([A-J]{2,10}|\(?[A-J]\)?(?:\s*(?:,|and|&)\s*\(?[A-J]\)?)*)(?![A-Za-z])/i.exec(scope.slice(1));
  if (orSet && [...orSet[1].matchAll(/[A-J]/g)].some((m) => !answer.has(m[0]) && valid.has(m[0]))) return true;
  // A sentence or clause that only adds a letter ("Answer: D. Also A.", "Also, A."): a second answer, never a credit for the first.
  const adds = (c: string) => {
    const added = ADDED_ANSWER_RE.exec(c);
    const extra = added ? (added[1] ?? added[2] ?? added[3]) : undefined;
    return extra !== undefined && !answer.has(extra) && valid.has(extra);
  };
  if (scope.split(/[\n。!?！？]|\.(?=\s|[\u4e00-\u9fff]|$)/).some(adds)) return true;
  const clauses = scope.split(/[,，;；:：、。!?！？\n]|\.(?=\s|[\u4e00-\u9fff])|\b(?:but|though|although|however)\b|但是?|不过|然而/i);
  return clauses.some((c) => {
    if (adds(c)) return true;
    OTHER_LETTER_RE.lastIndex = 0;
    for (let m = OTHER_LETTER_RE.exec(c); m; m = OTHER_LETTER_RE.exec(c)) {
      const l = m[1];
      if (!answer.has(l) && valid.has(l) && OPEN_ALTERNATIVE_RE.test(c)) return true;
    }
    return false;
  });
}

/** A letter standing alone before punctuation or the end ("actually C.", "应该是B。", "(C),"): a bracket closes what it opens. */
const LONE_LETTER_RE = /(?:[(（]([A-J])[)）]|(?<![A-Za-z(（])([A-J]))(?=\s*(?:[.。,，;；!！?？]|$))/g;

/**
 * Pure: the sentence a correction marker at `at` opens names, as a letter standing alone, an option other than `answer`
 * — not in a question ("actually, could it be A?"), not one it sets aside ("actually A is wrong") — and no letter alone
 * after it returns to the answer ("So I'll stick with my original choice: B.").
 */
function namesOtherLetter(text: string, at: number, answer: readonly string[], valid: ReadonlySet<string>): boolean {
  const rest = text.slice(at, at + 160);
  const stop = rest.search(/[\n。!?！？]|\.(?:\s|$)(?<![A-J]\.(?:\s|$))/);
  const sentence = stop < 0 ? rest : rest.slice(0, stop + 1);
  if (/[?？]\s*$/.test(sentence)) return false;
  const lone = (s: string) =>
    [...s.matchAll(LONE_LETTER_RE)]
      .map((m) => ({
        letter: m[1] ?? m[2],
        before: s.slice(Math.max(0, (m.index ?? 0) - 24), m.index ?? 0),
        after: s.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 16),
      }))
      // Not one set aside, before or after it ("why not A.", "A is wrong").
      .filter((x) => valid.has(x.letter) && !NEGATION_BEFORE_RE.test(x.before) && !OWN_NEGATIVE_PREDICATE_RE.test(x.after.replace(/^[\s,，]+/, '')));
  if (!lone(sentence).some((x) => !answer.includes(x.letter))) return false;
  const last = lone(text.slice(at)).pop();
  return last !== undefined && !answer.includes(last.letter);
}

/**
 * Pure: the offset of the correction that takes the last answer statement back for another option named by its text or
 * a medicine's name ("Answer: Cordarone\n\nI take that back: lidocaine.", "答案：Ativan\n\n等等，应该是苯妥英钠。",
 * "Answer: B … This time: lidocaine"), in a sentence after the answer's own with no answer statement after it; -1 when
 * none. One place for every statement kind — a letter, an option's text, a brand (review s24 rows 1–6): the writer's
 * last commitment is what the correction takes up, never the statement it took back.
 */
function takenUpAt(statements: readonly Statement[], corrections: readonly number[], text: string, ctx: LetterContext): number {
  if (!statements.length) return -1;
  const top = Math.max(...statements.map((s) => s.tier));
  const last = statements.filter((s) => s.tier === top).pop() as Statement;
  return (
    corrections.find(
      (c) =>
        c > last.pos &&
        // In a sentence after the answer's own ("Answer: A lorazepam, subsequently I'd reconsider and pick …" is a sequence).
        /[\n;!?。！？]|\.(?:\s|$)(?<![A-J]\.(?:\s|$))/.test(text.slice(last.pos, c)) &&
        !statements.some((s) => s.pos > c) &&
        namesOtherOption(text, c, last.letters, ctx),
    ) ?? -1
  );
}

/** A sentence that sets what it names aside or asks: it takes nothing up ("Wait, lidocaine is not indicated here"). */
const SET_ASIDE_RE = /\b(?:not|never|no\s+longer|isn['’]t|wouldn['’]t|don['’]t|avoid\w*|contraindicated|unless|if)\b|不(?!对|對|是吧)|非|禁|避免|如果|若/i;

/**
 * Pure: the sentence a correction marker at `at` opens takes up an option other than `answer` by its text or a
 * medicine's name — the last piece of the sentence ("… I would switch to Xylocaine", "应该是苯妥英钠") names exactly
 * one option, not the answer's; not in a question, a doubt or a setting aside.
 */
function namesOtherOption(text: string, at: number, answer: readonly string[], ctx: LetterContext): boolean {
  const rest = text.slice(at, at + 160);
  const stop = rest.search(/[\n。!?！？]|\.(?:\s|$)/);
  const sentence = stop < 0 ? rest : rest.slice(0, stop + 1);
  if (/[?？]\s*$/.test(sentence) || doubts(sentence)) return false;
  // The marker itself ("Actually no", 等等，不对) is no setting aside.
  const body = sentence.replace(/^[^\s,，:：—–-]*(?:[\s,，:：—–-]+(?:no|nope|不对|不對))?/i, '');
  if (SET_ASIDE_RE.test(body)) return false;
  // The option taken up follows a cue that gives a value — a colon, "switch to", "it's", 应该是/改为 — and is the rest of
  // the sentence: "等等，苯妥英钠可作为二线" remarks on an option, it takes none up.
  const cue = [
    ...body.matchAll(
      /[:：]|\b(?:switch(?:ing)?\s+to|change\s+(?:it\s+|my\s+answer\s+)?to|it['’]s|it\s+is|should\s+be|go\s+with|pick)\b|应该是|應該是|应选|應選|改为|改為|改选|改選|选|選/gi,
    ),
  ].pop();
  if (!cue) return false;
  const piece = body
    .slice((cue.index ?? 0) + cue[0].length)
    .replace(/[.。!！\s]+$/, '')
    .trim();
  // The piece is a value, a name and little else ("lidocaine", "苯妥英钠", "Xylocaine"), not a remark about one
  // ("PCC is reserved for major bleeding (with IV vitamin K)").
  if (!piece || piece.length > 40 || piece.split(/\s+/).length > 4 || /[()（）]/.test(piece)) return false;
  // A switch to a name the options do not spell ("I would switch to Xylocaine"): the answer is given up all the same.
  const switched = /\b(?:switch(?:ing)?|change|changing)\s+(?:it\s+|my\s+answer\s+)?to\b|改为|改選|改选/i.test(body);
  const named = new Set(textMentions(piece, ctx.texts, ctx.aliases));
  const byName = (ctx.units ? optionByContent(piece, ctx.units, 2, ctx.raw, ctx.names) : null) ?? optionByMedicine(piece, ctx);
  if (byName) named.add(byName);
  return named.size === 1 ? !answer.includes([...named][0]) : switched && named.size === 0;
}

/**
 * Pure: the reply's closing paragraph puts a question to the reader ("请问您这道题原文的问法是哪一种？", "Which wording does
 * your exam use?"): it waits for an answer before giving one.
 */
export function asksBack(text: string): boolean {
  const t = text.trimEnd();
  const closing = t.slice(t.lastIndexOf('\n\n') + 1);
  return /(?:您|你|\byou(?:r)?\b)[^。.!！\n?？]{0,60}[?？]/i.test(closing);
}

/**
 * Decide among statements; `corrections` are offsets of correction markers in the cleaned text. Committed answer
 * statements (tier ≥ 3) after the last correction must all agree, whatever their tier: "The answer is C … Final
 * answer: A" is two answers, not one. Doubt in the deciding sentence makes it a hedge.
 */
export function resolveStatements(
  statements: readonly Statement[],
  corrections: readonly number[],
  multi?: boolean,
  text?: string,
  valid?: ReadonlySet<string>,
  ctx?: LetterContext,
): ChoiceReading {
  if (!statements.length) return { value: null, status: 'none', how: 'none' };
  const top = Math.max(...statements.map((s) => s.tier));
  const tier = statements.filter((s) => s.tier === top);
  const last = tier[tier.length - 1];
  const cutoff = Math.max(-1, ...corrections.filter((c) => c <= last.pos));
  const live = (top >= 3 ? statements.filter((s) => s.tier >= 3) : tier).filter((s) => s.pos >= cutoff || s === last);
  if (last.hedge) return { value: null, status: 'hedge', how: last.via };
  if (text !== undefined && top >= 1 && doubts(committingText(text, last))) return { value: null, status: 'hedge', how: last.via };
  // A doubt said on the answer's own line right after it ("Answer: Cordarone. Not confident; could be lidocaine.") is a
  // hedge whatever the value was written as: a letter's label dot ("Answer: B. Not confident") runs its sentence on into
  // the doubt, a name's full stop must not cut it off (review s24 row 7). A note in a paragraph of its own stays a note.
  if (text !== undefined && top >= 1 && doubts(restOfLine(text, last))) return { value: null, status: 'hedge', how: last.via };
  if (text !== undefined && valid && top < 5 && keepsAlternativeOpen(text, last, valid)) return { value: null, status: 'hedge', how: last.via };
  // Without a final-answer or format statement, a reply that says it cannot decide, or ends by deferring or asking
  // for more, has not answered ("… I can't confidently single one out", "让我再核对一下教材再回答你").
  if (text !== undefined && top < 4 && (OPEN_DOUBT_RE.test(text.slice(last.pos)) || DEFER_END_RE.test(text.trimEnd().slice(-200))))
    return { value: null, status: 'hedge', how: last.via };
  // A question back to the reader undoes only the weakest readings: "B\n\nWant the reasoning too?" still answered B.
  if (text !== undefined && top <= 1 && asksBack(text)) return { value: null, status: 'hedge', how: last.via };
  // Another possibility offered after the answer ("… C could also be right") leaves no single answer.
  if (live.some((s) => s.hedge && s.pos > last.pos)) return { value: null, status: 'hedge', how: last.via };
  // An answer taken back and not replaced ("The answer is B. Wait, actually it might be D … not certain").
  const retracted = corrections.find((c) => c > last.pos);
  if (text !== undefined && retracted !== undefined && doubts(text.slice(retracted))) return { value: null, status: 'hedge', how: last.via };
  // An answer taken back for another letter that no answer statement states ("Answer: A. Wait — actually C.",
  // "答案：A。等等，不对，应该是B。"): the retracted answer is never the answer. (The new letter is not read as the answer:
  // session 12's review removed that branch; no answer is the safe reading.)
  if (text !== undefined && valid && corrections.some((c) => c > last.pos && namesOtherLetter(text, c, last.letters, valid)))
    return { value: null, status: 'conflict', how: last.via };
  // An answer taken back for another option named by its text or a medicine's name: the statement no longer stands
  // (readChoiceAnswer reads what the correction takes up).
  if (text !== undefined && ctx && takenUpAt(statements, corrections, text, ctx) >= 0) return { value: null, status: 'conflict', how: last.via };
  const committed = live.filter((s) => !s.hedge);
  // Per-option assessments on a multi-answer item add up ("A is correct … C is correct"); elsewhere they compete.
  if (top <= 1 && multi === true) return { value: setKey(committed.flatMap((s) => s.letters)), status: 'ok', how: last.via };
  // Every committed answer statement must name the same set ("答案：BDE" and then {"答案": "ABDE"} is two answers).
  for (const st of committed) if (setKey(st.letters) !== setKey(last.letters)) return { value: null, status: 'conflict', how: last.via };
  const value = setKey(last.letters);
  if (multi === false && value.length > 1) return { value: null, status: 'several-for-single', how: last.via };
  return { value, status: 'ok', how: last.via };
}

/** Read the final answer letters of a reply. Pure; scans at most the last 20,000 visible characters. */
export function readChoiceAnswer(raw: string, given: ChoiceReadOptions = {}): ChoiceReading {
  // The lexicons are written in simplified Mandarin: a traditional-script or Cantonese reply (故C錯, 皆正確) and its options
  // are read in the one reading form core keeps (commitmentReadingForm: same length, so every offset holds), never by a
  // second word list here.
  const options = readingOptions(given);
  const reading = readReply(raw, options);
  // s43: a preliminary answer slot replaced by a final one ("初步答案：B … 最终答案：C"): read past the preliminary
  // sentence, crediting only the final slot's letters (preliminary-answer.ts). Never raises an answer already read.
  if (reading.status === 'conflict' || reading.status === 'hedge') {
    const past = readPastPreliminary(raw, options);
    if (past) return past;
  }
  if (reading.status !== 'conflict') return reading;
  // s40: a prose "Q: …⏎A: …" pair (its answer names no letter) inside a reply that states its answer elsewhere is an
  // aside (a patient FAQ): when reading it as the answer made two answers, the reply is read without it (s39 xp-b14) —
  // and only a stated answer counts then, never letters merely mentioned.
  const aside = proseDialogueBlanked(raw);
  if (aside === null) return reading;
  const without = readReply(aside, options);
  return without.status === 'ok' && !MARKS_OVER.has(without.how) ? without : reading;
}

/**
 * The reply read with its preliminary answer sentence blanked (same offsets), when the reply has the preliminary-then-
 * final slot form; the reading counts only when it is a stated answer (never mentions or rows) equal to the final slot.
 */
function readPastPreliminary(raw: string, options: ChoiceReadOptions): ChoiceReading | null {
  const form = preliminaryAnswer(commitmentReadingForm(raw), letterContext(options));
  if (!form) return null;
  const blanked = raw.slice(0, form.from) + raw.slice(form.from, form.to).replace(/[^\n]/g, ' ') + raw.slice(form.to);
  const again = readReply(blanked, options);
  return again.status === 'ok' && again.value === form.final && !MARKS_OVER.has(again.how) ? again : null;
}

function readReply(raw: string, options: ChoiceReadOptions): ChoiceReading {
  // A "Q: …⏎A: …" dialogue's "A:" is its answer label, read as "Answer:" (answer-layout.ts), never option A.
  const visible = visibleReply(foldWordDashes(commitmentReadingForm(dialogueAnswerForm(raw))));
  if (visible.state !== 'ok') return { value: null, status: visible.state, how: visible.state };
  const ctx = letterContext(options);
  const clean = cleanReply(visible.text, [...ctx.valid].sort().pop());
  const read = readModalReplacement(readLetters(visible.text, clean, ctx, options), visible.text, ctx, options.multi);
  if (read.status !== 'ok' || !read.value) return read;
  const reading = readColumnWhole(read, visible.text, ctx, options.multi);
  if (reading.status !== 'ok' || !reading.value) return reading;
  // After every reader: does the whole reply stand behind the letters credited (reply-consistency.ts)? If not, no answer.
  // (Read up to the next question a model went on to write, as the readers did.)
  const next = NEXT_QUESTION_RE.exec(clean.text);
  const why = replyInconsistency(reading.value, reading.how, next && next.index > 0 ? clean.text.slice(0, next.index) : clean.text, visible.text, ctx, {
    asksRejected: options.question !== undefined && asksRejected(options.question),
    weakReading: MARKS_OVER.has(reading.how),
  });
  if (!why) return reading;
  return { value: null, status: why === 'retracted' ? 'hedge' : why === 'structured-answer-invalid' ? 'none' : 'conflict', how: reading.how, why };
}

/**
 * The reply's closing modal statement ("……C错了。应为ABD。", modal-replacement.ts) is its last word on the answer: it
 * replaces a different reading, or gives one where the readers found no statement at all ('none'). A hedge, a
 * conflict or several answers found by the readers are left as they are (never raised).
 */
function readModalReplacement(reading: ChoiceReading, text: string, ctx: LetterContext, multi: boolean | undefined): ChoiceReading {
  // s40: a conflict the readers found is raised only by the writer's own retraction in the modal's sentence
  // ("Answer: A. Oops, I got that wrong, it should be C.", "选B。不对，我刚才看错了题干，应为D。"): the closing modal is
  // then the one answer the reply still stands behind (own-retraction.ts; nothing is written after it).
  if (reading.status === 'conflict') {
    const modal = closingModalAnswer(text, ctx);
    if (!modal?.corrects) return reading;
    if (multi === false && modal.value.length > 1) return { value: null, status: 'several-for-single', how: 'modal' };
    return { value: modal.value, status: 'ok', how: 'modal' };
  }
  if (reading.status !== 'none' && reading.status !== 'ok') return reading;
  const modal = closingModalAnswer(text, ctx);
  if (!modal || modal.value === reading.value) return reading;
  // s39 fix: a different answer the reply STATED is replaced only by a correction ("C错了。应为ABD"), never by a scoped,
  // quoted or hypothetical modal clause after it ("Answer: C. … In the third trimester things differ; it should be D").
  // Letters only mentioned (a weak reading: s38-m-t09 options named in passing) are replaced as before.
  if (reading.status === 'ok' && reading.value && !MARKS_OVER.has(reading.how) && !modal.corrects)
    return modal.retracted ? { value: null, status: 'conflict', how: 'modal' } : reading;
  if (multi === false && modal.value.length > 1) return { value: null, status: 'several-for-single', how: 'modal' };
  return { value: modal.value, status: 'ok', how: 'modal' };
}

/**
 * Letters written down the page under an answer header are one answer (answer-layout.ts): where the readers credited
 * only part of that column (its first row), the column is the answer — a set on a multi-answer item, several answers
 * (none) on a one-answer item. A reading the column does not contain, or a column with a letter written after it, is
 * left as read; a reading that is no answer is never raised.
 */
function readColumnWhole(reading: ChoiceReading, text: string, ctx: LetterContext, multi: boolean | undefined): ChoiceReading {
  if (reading.status !== 'ok' || !reading.value) return reading;
  const col = closingAnswerColumn(text, ctx);
  if (!col) return reading;
  const whole = setKey(col.letters);
  const value = reading.value;
  if (whole === value || ![...value].every((l) => whole.includes(l))) return reading;
  if (multi === false) return { value: null, status: 'several-for-single', how: 'column' };
  return { value: whole, status: 'ok', how: 'column' };
}

/** Readings from letters mentioned or read from lines: the reply's own verdict marks on a letter outrank them (a later
 * statement of the answer does not: "✔ C … 答案ABD" answered ABD). */
const MARKS_OVER: ReadonlySet<string> = new Set(['none', 'mention', 'prose-letter', 'line', 'leading-line', 'assessment']);

function readLetters(visibleText: string, cleaned: CleanReply, ctx: LetterContext, options: ChoiceReadOptions): ChoiceReading {
  const visible = { text: visibleText };
  let clean = cleaned;
  const cleanLength = clean.text.length;
  let statements = findStatements(clean, ctx, options.options);
  // A model that answers and then writes the next question: read only what precedes the new question.
  const next = NEXT_QUESTION_RE.exec(clean.text);
  if (next && next.index > 0) {
    const head = { text: clean.text.slice(0, next.index), spans: clean.spans.filter((s) => s.pos < next.index) };
    const inHead = findStatements(head, ctx, options.options);
    if (inHead.length) {
      clean = head;
      statements = inHead;
    }
  }
  // s44: the reply's last sentence as a concluding slot ("故正解為 ABCD。", concluding-slot.ts), when no statement reader
  // read that sentence: one more answer statement, resolved with the others (a different earlier answer is a conflict).
  // Not on a stem asking what is wrong or to avoid: the slot's subject ("So the typical cause is A") may say the opposite.
  const slot = options.question !== undefined && asksRejected(options.question) ? null : concludingSlot(clean.text, ctx);
  if (slot && !statements.some((s) => s.tier >= 2 && s.pos >= slot.pos)) statements.push(slot);
  if (!statements.length && options.question !== undefined && asksRejected(options.question)) {
    const cleft = rejectedCleft(clean.text, ctx.valid);
    if (cleft) statements.push(cleft);
  }
  const tail = visible.text.length > MAX_SCAN ? visible.text.slice(visible.text.length - MAX_SCAN) : visible.text;
  const json = clean.text.length === cleanLength ? jsonStatement(tail, ctx, clean.text.length) : null;
  if (json) statements.push(json);
  const corrections: number[] = [];
  CORRECTION_RE.lastIndex = 0;
  for (let m = CORRECTION_RE.exec(clean.text); m; m = CORRECTION_RE.exec(clean.text)) corrections.push(m.index);
  // An answer taken back by an edit note or by calling it a slip before another is stated (retraction.ts).
  corrections.push(...takenBack(clean.text, statements));
  corrections.sort((a, b) => a - b);
  // An answer statement taken back for an option named after the correction: that option, read from the correction on
  // as a reply of its own, or no answer.
  const takenUp = takenUpAt(statements, corrections, clean.text, ctx);
  if (takenUp >= 0) {
    const ev = readEvidence(clean.text.slice(takenUp), ctx, options.multi);
    return ev.status === 'ok' ? { value: ev.value, status: 'ok', how: ev.how } : { value: null, status: 'conflict', how: 'none' };
  }
  const negativeStem = options.question !== undefined && asksRejected(options.question);
  const reading = checkStructure(
    resolveStatements(statements, corrections, options.multi, clean.text, ctx.valid, ctx),
    clean.text,
    ctx,
    options.multi,
    negativeStem,
  );
  let decided = withRest(
    withoutRejected(withClosingReferences(reading, clean.text, ctx, options.multi, options.question), clean.text, ctx, options.question),
    statements,
    clean.text,
    ctx,
    options.multi,
  );
  // Nothing read at all, on a one-answer item: a value after the reply's last arrow / equals sign that only one option's
  // words cover ("… → 8 weeks.", option-text-form.ts). A conflict or a hedge is never re-read; a reply cut off is not read.
  if (decided.status === 'none' && options.multi !== true && abstention(clean.text, ctx) === null) {
    const value = glyphValue(clean.text, ctx);
    if (value) decided = { value, status: 'ok', how: 'glyph-value' };
  }
  if (decided.status !== 'ok') return decided;
  // A reply whose closing paragraph doubts ("But honestly I'm not sure — it could be losartan", "不太确定") ends undecided
  // when its answer was read only from rows or mentions before it; a statement of the answer stands against a later note.
  if (LAYOUT_VIA.has(decided.how) && closesDoubting(clean.text)) return { value: null, status: 'hedge', how: decided.how };
  // A reply that closes saying its answer is not among the options ("… — and that isn't among the choices") answered
  // off the list: options read from mentions, rows or stances are words it shares, not its answer — unless it names
  // one by its letter after that ("…都不在选项里……还是C").
  if (WEAK_VIA.has(decided.how) && closesOffList(clean.text, decided.value)) return { value: null, status: 'none', how: decided.how };
  // A one-answer item the reply calls two options equally right for has no answer, unless a final-answer or format
  // statement still picks one ("either would be acceptable … Final answer: B")…
  const lastPos = statements.reduce((m, s) => Math.max(m, s.pos), 0);
  // …said after the last answer statement: "both are acceptable in X, but … the answer is C" answered C.
  if (options.multi === false && !FORMAT_VIA.has(decided.how) && BOTH_RIGHT_RE.test(clean.text.slice(lastPos)))
    return { value: null, status: 'hedge', how: decided.how };
  if (concludedOtherwise(decided, statements, corrections, clean.text, ctx, options.multi)) return { value: null, status: 'conflict', how: decided.how };
  // A multi-answer reply read from options merely named in prose that sorts the options into groups (option-groups.ts):
  // which group answers is not read from the order, so no set is credited (a miss, never a wrong set).
  if (options.multi === true && NAMED_VIA.has(decided.how) && sortsOptionsIntoGroups(clean.text, ctx, options.question))
    return { value: null, status: 'conflict', how: decided.how };
  // s44: …and options named in two semicolon-joined clauses with parallel predicates ("p53、Rb和APC属于抑癌基因；ras和myc
  // 属于原癌基因", parallel-groups.ts): the union of the options named is no answer.
  if (options.multi === true && decided.how === 'mention' && options.options) {
    const texts = options.options;
    const named = statements
      .filter((s) => s.via === 'mention' && s.letters.length === 1)
      .map((s) => ({ letter: s.letters[0], pos: s.pos, length: (texts[s.letters[0]] ?? texts[s.letters[0].toLowerCase()] ?? '').trim().length }));
    if (parallelPredicateGroups(clean.text, named)) return { value: null, status: 'conflict', how: decided.how };
  }
  // s44: a reply closing in its own voice that it cannot choose ("…so I'd need more information before selecting answers",
  // closing-decline.ts) has no answer its stances, mentions or rows could give.
  if (WEAK_VIA.has(decided.how) && closesDeclining(clean.text)) return { value: null, status: 'hedge', how: decided.how };
  // s44: one option's numeric text stated as the stem's value, another option's letter picked ("血钾为3.5～5.5mmol/L，…故选B",
  // stated-value.ts): the letter and the text disagree — no answer. Not on a stem asking what is wrong or to avoid.
  if (
    options.multi !== true &&
    options.options &&
    decided.value &&
    !negativeStem &&
    statedOtherValue(clean.text, options.options, decided.value, options.question)
  )
    return { value: null, status: 'conflict', how: decided.how };
  // A multi-answer reply whose closing sentence counts its choice ("…这四项", "these three"): a set of another size is
  // not the set chosen (stated-count.ts).
  const count = options.multi === true ? statedCount(clean.text, ctx.valid.size, ctx) : null;
  if (count !== null && decided.value && decided.value.length !== count) return { value: null, status: 'conflict', how: decided.how };
  // A multi-answer walk cut off on an option's row ("D. 静脉丙种球蛋白" with no verdict, evidence-reader.ts walkCutOff) or
  // on an empty item ("3."): the rows read so far are not the set the reply would have given — unless it stated one.
  // (A walk has rows before the cut one: a one-line reply "a, b, c, d — all of them" is no walk.)
  const walked = /\n\s*\S[^\n]*\n/.test(clean.text.trimEnd());
  if (options.multi === true && ROW_VIA.has(decided.how) && walked && (walkCutOff(clean.text) || EMPTY_ITEM_END_RE.test(clean.text.trimEnd())))
    return { value: null, status: 'hedge', how: decided.how };
  // A multi-answer reading from letters mentioned that leaves out an option a row of the reply's list labels and does not
  // reject ("1. Eye opening (A)\n2. Verbal response (B)\n3. Motor response (D)" read D): the list is the reply's set, and
  // a subset of it is not — no answer (the rows are not credited instead).
  if (options.multi === true && LETTER_VIA.has(decided.how) && decided.value && listRowsBeyond(clean.text, ctx, decided.value))
    return { value: null, status: 'conflict', how: decided.how };
  return committed(decided, clean.text, ctx);
}

const LETTER_VIA: ReadonlySet<string> = new Set(['prose-letter', 'mention']);
const LIST_ROW_RE = /^[ \t]*(?:\d{1,2}[.)、]|[-*•])[ \t]+\S/;
const ROW_OPENS_ON_LABEL_RE = /^[ \t]*(?:\d{1,2}[.)、]|[-*•])[ \t]+(?:\*\*)?[(（]?[A-J](?![A-Za-z])/;
/** Pure: two or more list rows each label one option, and a row not rejecting its option labels one outside `value`. */
function listRowsBeyond(text: string, ctx: LetterContext, value: string): boolean {
  const rows = text
    .split('\n')
    // A row opening on its option's label walks through that option ("- A. Age > 65 — not a contraindication", "- C"):
    // it judges, and the walk's verdicts are read elsewhere. Only rows naming an option and labelling it after are counted.
    .filter((l) => LIST_ROW_RE.test(l) && !ROW_OPENS_ON_LABEL_RE.test(l))
    .map((l) => ({ l, letters: [...new Set(letterMentions(l, ctx.valid).map((m) => m.letter))] }))
    .filter((r) => r.letters.length === 1);
  if (rows.length < 2) return false;
  return rows.some((r) => !value.includes(r.letters[0]) && !REJECT_RE.test(r.l));
}

/** Readings from rows, verdicts and mentions (no answer statement): a walk cut off leaves them incomplete. */
const ROW_VIA: ReadonlySet<string> = new Set(['assessment', 'mention', 'line', 'leading-line', 'prose-letter', 'prose-text', 'content']);
/** The reply ends on a list item with nothing after its marker ("…\n3.", "…\nD)"). */
const EMPTY_ITEM_END_RE = /\n[ \t]*(?:[-*•]|\d{1,2}[.)、]|\(?[A-J][.)、])[ \t]*$/;

/** The one option a reply names in a cleft of rejection (REJECTED_CLEFT_RE), as an answer statement; none or two: null. */
function rejectedCleft(text: string, valid: ReadonlySet<string>): Statement | null {
  const found = [...text.matchAll(REJECTED_CLEFT_RE)].filter((m) => valid.has(m[1]));
  if (!found.length || new Set(found.map((m) => m[1])).size > 1) return null;
  const m = found[found.length - 1];
  return { tier: 3, pos: (m.index ?? 0) + m[0].length - 1, letters: [m[1]], hedge: false, via: 'phrase' };
}

/** The item in its reading form (commitmentReadingForm): option texts and the question as the reply is read. */
function readingOptions(options: ChoiceReadOptions): ChoiceReadOptions {
  const texts = options.options && Object.entries(options.options).map(([k, v]) => [k, foldWordDashes(commitmentReadingForm(v))] as const);
  const question = options.question === undefined ? undefined : foldWordDashes(commitmentReadingForm(options.question));
  // Most items are written as the lexicons are: the caller's object as given.
  if (question === options.question && (texts ?? []).every(([k, v]) => options.options?.[k] === v)) return options;
  return { ...options, options: texts && Object.fromEntries(texts), question };
}

/**
 * The commitment reading, whatever reader gave the answer: a letter whose name on the answer line is another option's or
 * no option's (gloss.ts), and an answer that keeps another option open or prefers one (kept-open.ts), are no committed
 * answer — a reward for them rewards a reply that contradicts itself.
 */
function committed(reading: ChoiceReading, text: string, ctx: LetterContext): ChoiceReading {
  if (reading.status !== 'ok' || !reading.value) return reading;
  const letters = [...reading.value];
  if (doubtedGlosses(text, ctx, letters).size) return { value: null, status: 'conflict', how: reading.how };
  // A drug-choice item's letter and the medicine named beside it are one commitment (medicine-commitment.ts).
  if (letters.length === 1 && medicineCommitmentBroken(text, letters[0], ctx)) return { value: null, status: 'conflict', how: reading.how };
  // A one-answer reading from prose while the reply asserts another option (rival-assertion.ts): two commitments, none —
  // unless the reply concludes on the one read ("So最早的是网织红细胞↑", "…, so it's #1 on my list — the iatrogenic
  // steroid one"): a sentence naming it opens or turns to a conclusion (CONCLUDING_RE) and names no rival.
  if (letters.length === 1 && PROSE_VIA.has(reading.how)) {
    const clauses = readClauses(text, ctx);
    const rivals = assertedRivals(text, ctx, letters, clauses);
    if (rivals.length && !concludesOn(clauses, letters[0], rivals)) return { value: null, status: 'conflict', how: reading.how };
  }
  // A one-answer reading from prose that another of the reply's anchored commitments contradicts — its opening label
  // with its option's words, its concluding sentence, its bare-name opening (reply-anchors.ts): no answer.
  if (letters.length === 1 && ANCHORED_VIA.has(reading.how) && disagreesWithAnchor(text, ctx, letters[0]))
    return { value: null, status: 'conflict', how: reading.how };
  return keptOpen(text, ctx, letters) ? { value: null, status: 'hedge', how: reading.how } : reading;
}

/**
 * "The rest are right" after verdicts on letters (quantified-answer.ts), said after every answer statement: it decides
 * over readings from mentions, lines or stances; an answer statement naming other options before it makes two answers.
 */
function withRest(reading: ChoiceReading, statements: readonly Statement[], text: string, ctx: LetterContext, multi?: boolean): ChoiceReading {
  if (FORMAT_VIA.has(reading.how) || abstention(text, ctx)) return reading;
  const rest = readRestComplement(text, ctx, multi);
  if (!rest || statements.some((s) => s.tier >= 3 && s.pos > rest.pos)) return reading;
  const value = rest.letters.join('');
  if (reading.value === value) return reading;
  const stated = statements.some((s) => s.tier >= 3 && !s.hedge && s.letters.length && setKey(s.letters) !== value);
  if (stated || (reading.status === 'ok' && !WEAK_VIA.has(reading.how))) return { value: null, status: 'conflict', how: reading.how };
  return { value, status: 'ok', how: 'closing' };
}

/**
 * Pure: the question asks for something set aside — a rejection marker (REJECT_RE) or its inflections and the stems of
 * negative items ("Which should be avoided?", "All of the following EXCEPT", "禁用的是", "错误的是", "不包括").
 */
export function asksRejected(question: string): boolean {
  return REJECT_RE.test(question) || /\b(?:avoid\w*|contraindicat\w*|except|least|harmful|unsafe|inappropriate\w*)\b|不|错|禁|除|慎|无关|非/i.test(question);
}

/** Readings from options merely named in prose: no answer statement, no layout, no stance reading gave them. */
const NAMED_VIA: ReadonlySet<string> = new Set(['mention', 'content', 'prose-letter', 'prose-text']);

/**
 * The rejection floor: an answer read from options merely named in prose keeps no option the reply ends rejecting
 * (commitment.ts, the one reader of rejection: "Avoid lisinopril.", "Lisinopril should be avoided.", "Rule out A."). A set
 * that loses a member is no answer; an answer statement ("Final answer: A") is not second-guessed. Pure.
 */
function withoutRejected(reading: ChoiceReading, text: string, ctx: LetterContext, question?: string): ChoiceReading {
  if (reading.status !== 'ok' || !reading.value || !NAMED_VIA.has(reading.how)) return reading;
  // A question that asks for what is set aside ("The drug to avoid is atropine" answers "Which drug should be avoided?"),
  // or none given: the reply's rejections may be its answer.
  if (question === undefined || asksRejected(question)) return reading;
  const rejected = rejectedOnly(readClauses(text, ctx));
  return [...reading.value].some((l) => rejected.has(l)) ? { value: null, status: 'none', how: reading.how } : reading;
}

/** Readings from a layout or from options mentioned: no sentence of the reply stated them as its answer. */
const LAYOUT_VIA: ReadonlySet<string> = new Set([
  'verdict-layout',
  'label-value',
  'line',
  'leading-line',
  'mention',
  'content',
  'prose-letter',
  'prose-text',
  'text-marks',
  'glyph-value',
]);

/** Pure: the closing paragraph says something is not among the options (NOT_LISTED_RE) and no letter of `value` follows. */
function closesOffList(text: string, value: string | null): boolean {
  const body = text.trimEnd();
  const closing = body.slice(body.lastIndexOf('\n\n') + 1);
  const m = NOT_LISTED_RE.exec(closing);
  if (!m) return false;
  const after = closing.slice(m.index);
  return ![...(value ?? '')].some((l) => new RegExp(`(?<![A-Za-z])${l}(?![A-Za-z])`).test(after));
}

/** Pure: the reply's last paragraph, when it is not its only one, voices doubt (DOUBT_RE, OPEN_DOUBT_RE). */
function closesDoubting(text: string): boolean {
  const body = text.trimEnd();
  const at = body.lastIndexOf('\n\n');
  if (at < 0) return false;
  const closing = body.slice(at + 2);
  return doubts(closing) || OPEN_DOUBT_RE.test(closing);
}

/**
 * The one decision over the reply's end: a format or final-answer line decides only when the conclusion written just
 * before it (the closing paragraph of the text before its line, read as references to options: closing-reference.ts)
 * names the same options. "本例最符合的是鳞癌。\n\n最终答案：C" (鳞癌 is A) and "The most common site is therefore the
 * ampulla. Final answer: D" are two answers, not one. A correction between them ("wait", "更正") lets the later one
 * stand. Pure.
 */
function concludedOtherwise(
  reading: ChoiceReading,
  statements: readonly Statement[],
  corrections: readonly number[],
  text: string,
  ctx: LetterContext,
  multi?: boolean,
): boolean {
  if (reading.status !== 'ok' || !reading.value || !ANSWERED_VIA.has(reading.how) || !statements.length) return false;
  const top = Math.max(...statements.map((s) => s.tier));
  const last = statements.filter((s) => s.tier === top).pop() as Statement;
  const lineStart = text.lastIndexOf('\n', last.pos) + 1;
  const before = text.slice(0, lineStart);
  if (!before.trim()) return false;
  // The closing reader only against a final-answer or format line: an answer phrase in prose ("Correct answer: C") sits
  // too close to reasoning the closing reader may misread.
  const prior = FORMAT_VIA.has(reading.how) ? readClosingReferences(before, ctx, multi) : null;
  if (prior && !prior.conflict && prior.letters.length) {
    if (corrections.some((c) => c >= prior.pos && c < last.pos)) return false;
    return setKey(prior.letters) !== reading.value;
  }
  // …or, where that reader leaves it unread, the concluding sentence's options by the stance reader: "综上，本例为腺癌",
  // "最符合小细胞癌" — every option it names, none set aside.
  const body = before.trimEnd();
  const sentence =
    body
      .slice(Math.max(body.lastIndexOf('\n') + 1, 0))
      .split(/(?<=[.!?。！？])\s*/)
      .filter((x) => x.trim())
      .pop() ?? '';
  if (!CONCLUDING_RE.test(sentence) || corrections.some((c) => c >= body.length - sentence.length && c < last.pos)) return false;
  const clauses = readClauses(sentence, ctx).filter((c) => c.letters.length);
  if (!clauses.length || clauses.some((c) => c.stance < 0)) return false;
  const named = setKey(clauses.flatMap((c) => c.letters));
  return (multi === true || named.length === 1) && named !== reading.value;
}

/** Pure: a sentence naming `letter` and none of `rivals` concludes (CONCLUDING_RE) — the reply lands on it. */
function concludesOn(clauses: readonly ClauseReading[], letter: string, rivals: readonly string[]): boolean {
  return [...new Set(clauses.map((c) => c.sentence))].some((n) => {
    const here = clauses.filter((c) => c.sentence === n);
    const named = here.flatMap((c) => c.letters);
    return named.includes(letter) && !named.some((l) => rivals.includes(l)) && here.some((c) => CONCLUDING_RE.test(c.text));
  });
}

/** A sentence that concludes: "So …", "Therefore …", "综上，…", "所以…", "最符合…". */
const CONCLUDING_RE = /(?:^|[,，:：]\s*)(?:so|thus|therefore|hence|overall|in summary|综上(?:所述)?|所以|因此|故|结论)(?![a-z])|最为?符合/i;

/** Readings a format or a final-answer line gave: the closing's references never overrule them. */
const FORMAT_VIA: ReadonlySet<string> = new Set(['json', 'json-truncated', 'tag', 'boxed', 'final']);
/** Readings from letters mentioned, lines or stances — the reply's closing statement, read by its references, outranks them. */
const WEAK_VIA: ReadonlySet<string> = new Set([
  'mention',
  'line',
  'leading-line',
  'content',
  'prose-letter',
  'prose-text',
  'asserted',
  'eliminated',
  'none',
  'text-marks',
  'glyph-value',
]);

/**
 * The closing statement read as references to options (closing-reference.ts): by ordinal, by content, as "all except".
 * It decides when the letter readers found nothing or only weak evidence, extends a multi-answer set the statement
 * readers read in part ("MMR, plus the last two"), and makes a letter written with another option's content, or two
 * options named for a one-answer item, no answer.
 */
function withClosingReferences(reading: ChoiceReading, text: string, ctx: LetterContext, multi?: boolean, question?: string): ChoiceReading {
  const read = closingDecides(reading, text, ctx, multi);
  // A weak reading of nothing but what the last sentence excepts ("Everything but amoxicillin, probably.") is no answer —
  // unless the question asks for the exception ("除哪项外均是": "除D外都是诱因" answers D).
  if (read === reading && WEAK_VIA.has(read.how) && read.value && !(question !== undefined && asksRejected(question))) {
    const excepted = exceptedInClosing(text, ctx);
    if ([...read.value].every((l) => excepted.has(l))) return { value: null, status: 'none', how: read.how };
  }
  return read;
}

function closingDecides(reading: ChoiceReading, text: string, ctx: LetterContext, multi?: boolean): ChoiceReading {
  if (FORMAT_VIA.has(reading.how) || abstention(text, ctx) || asksBack(text)) return reading;
  const closing = readClosingReferences(text, ctx, multi);
  if (!closing) return reading;
  // A letter list glossed name by name with its own options ("Answer: A, B (metformin and insulin glargine)") is one
  // commitment read by position (letter-labels.ts): the closing reader's letter-with-another-option's-content conflict
  // there is the gloss read across the letters, not a second answer.
  // Review s37 (S1): only the conflict that gloss itself causes is set aside — with its bracket blanked, the closing reader
  // must find no conflict left and no other letter may be glossed with a name not its own ("答案：ACE（…）。也就是B（卡托
  // 普利）。", "… i.e. E (metformin)"); otherwise START's reading of the conflict stands (no answer).
  if (closing.conflict && reading.status === 'ok' && reading.value && glossAgrees(text, ctx, reading.value)) {
    const blanked = withoutAgreeingGlosses(text, ctx, reading.value);
    if (!readClosingReferences(blanked, ctx, multi)?.conflict && !otherLetterGlossed(blanked, ctx, reading.value)) return reading;
  }
  if (closing.conflict)
    return reading.status === 'ok' && !closing.kinds.has('letter') && !WEAK_VIA.has(reading.how)
      ? reading
      : { value: null, status: 'conflict', how: 'closing' };
  const value = closing.letters.join('');
  if (reading.value === value) return reading;
  const onlyLetters = closing.kinds.size === 1 && closing.kinds.has('letter');
  const weak = WEAK_VIA.has(reading.how);
  // "Everything but D.": the letters a weak reader found are the ones the closing leaves out — never the answer.
  if (closing.except && weak && reading.value && [...reading.value].every((l) => !closing.letters.includes(l)))
    return multi === true ? { value, status: 'ok', how: 'closing' } : { value: null, status: 'none', how: 'closing' };
  if (onlyLetters) return reading.status !== 'ok' && weak ? { value, status: 'ok', how: 'closing' } : reading;
  const extends_ = multi === true && reading.status === 'ok' && !!reading.value && [...reading.value].every((l) => closing.letters.includes(l));
  return weak || extends_ ? { value, status: 'ok', how: 'closing' } : reading;
}

/** Answer statements a probability split does not undo ("B: 70%, C: 30%. Final answer: B"). */
const ANSWERED_VIA: ReadonlySet<string> = new Set(['final', 'boxed', 'tag', 'json', 'json-truncated', 'phrase', 'conclusion']);
const OPTION_PERCENT_RE = /(?<![A-Za-z])[(（]?([A-J])[)）]?[^\n%A-Za-z]{0,12}?(\d{1,2}(?:\.\d+)?)\s*[%％]/g;

/**
 * Pure: the reply gives two or more options a probability each ("B — 55%", "C：45%", "A（约30%）"). Options whose own
 * text holds a percentage (5% glucose) are no estimate.
 */
export function probabilitySplit(text: string, ctx: LetterContext): boolean {
  if (ctx.texts && [...ctx.texts.values()].some((t) => /[%％]/.test(t))) return false;
  const given = new Set<string>();
  OPTION_PERCENT_RE.lastIndex = 0;
  for (let m = OPTION_PERCENT_RE.exec(text); m; m = OPTION_PERCENT_RE.exec(text)) if (ctx.valid.has(m[1]) && Number(m[2]) > 0) given.add(m[1]);
  // Odds written against option texts, one a line ("- IBS: ~55%", "- Crohn disease: ~45%").
  for (const line of text.split('\n')) {
    if (!/\d\s*[%％]/.test(line)) continue;
    const norm = normOptionText(line);
    const low = line.toLowerCase();
    const named = [...(ctx.texts ?? [])]
      .filter(
        ([l, t]) =>
          (t.length >= 3 && norm.includes(t)) || (ctx.aliases?.get(l) ?? []).some((a) => new RegExp(`(?<![a-z0-9])${escapeRegExp(a)}(?![a-z0-9])`).test(low)),
      )
      .map(([l]) => l);
    if (named.length === 1) given.add(named[0]);
  }
  return given.size >= 2;
}

/**
 * The reply's structure against the statement reading: with no answer statement, the structured reader
 * (evidence-reader.ts) reads label/value lines, verdict layouts and answers buried in prose; an answer is no answer
 * when the reply ends in the middle of its letter list, when the last sentence naming options leaves a choice open
 * between them ("I'd say it's either B or C"), or when the answer's letter is written with another option's text.
 */
function checkStructure(reading: ChoiceReading, text: string, ctx: LetterContext, multi?: boolean, negativeStem = false): ChoiceReading {
  // Letters merely mentioned are the weakest statement: the structure decides when it reads a committed set.
  // A layout judging every option one a row is a committed set, whatever single letters were mentioned.
  // A reply that is a JSON object cut off before its answer value: prose inside it ("… unlike doxycycline") is
  // reasoning, not the answer.
  if (!reading.how.startsWith('json') && jsonCutOff(text)) return { value: null, status: 'none', how: 'none' };
  // Single-answer items too, when the layout marks exactly one option true.
  if (reading.how === 'mention' || reading.how === 'line' || reading.how === 'leading-line' || reading.how === 'content' || reading.status === 'none') {
    const yes = completeVerdicts(text, ctx);
    if (yes && (multi === true || yes.length === 1)) return { value: setKey(yes), status: 'ok', how: 'verdict-layout' };
    // The same walk with its rows named by short forms of the options' texts, one row per option in their order
    // ("Hepatitis B ✗", "IPV ✗", "MMR ✓": option-text-form.ts). Not on a NOT / avoid stem, where a ✓ may mark the
    // property asked about rather than the answer.
    const walk = yes || negativeStem ? null : markedTextWalk(text, ctx);
    // Two options ticked on a one-answer item: several answers (never the one some other reader picked among them).
    if (walk && multi !== true && walk.length > 1) return { value: null, status: 'several-for-single', how: 'text-marks' };
    if (walk) return { value: walk, status: 'ok', how: 'text-marks' };
    // Every option judged and two or more judged right on a one-answer item: several answers, not the option whose row
    // happens to come first (a leading line is read only for its place).
    // So is a letter merely mentioned beside a layout judging two options right ("A: correct — … B: correct — …"): one
    // of two commitments the reply made. (A letter on a line of its own — "→ **E**" after ✓/✗ rows of a NOT question —
    // is a statement, not a mention.)
    if (yes && multi === false && (reading.how === 'leading-line' || reading.how === 'mention'))
      return { value: null, status: 'several-for-single', how: 'verdict-layout' };
  }
  if (tableCutOff(text)) return { value: null, status: 'hedge', how: reading.how };
  // Odds spread over options ("B — 55%, C — 45%") are an estimate, not an answer — unless an answer statement follows.
  if (!ANSWERED_VIA.has(reading.how) && probabilitySplit(text, ctx)) return { value: null, status: 'hedge', how: reading.how };
  // A hedge the statement reader found is never overridden.
  if (
    reading.status === 'none' ||
    (reading.how === 'mention' && reading.status !== 'hedge') ||
    (reading.how === 'content' && reading.status === 'several-for-single')
  ) {
    const ev = readEvidence(text, ctx, multi);
    if (ev.status === 'ok') return { value: ev.value, status: 'ok', how: ev.how };
    // No letter and no option text committed, or only options mentioned in conflict: the reply's stances towards the
    // options it names (commitment.ts).
    const open =
      reading.status === 'none' ||
      (reading.how === 'mention' && reading.status === 'conflict') ||
      (reading.how === 'content' && reading.status === 'several-for-single');
    const stance = open && ev.status === 'none' && !asksBack(text) && !abstention(text, ctx) ? readCommitment(text, ctx, multi) : null;
    if (stance) return { value: stance.value, status: 'ok', how: stance.how };
    if (reading.status === 'none') return reading;
  }
  if (reading.status !== 'ok' || !reading.value) return reading;
  // An answer read from option content or mere mentions keeps no option the reply ends rejecting ("So: avoid
  // observation and start ceftriaxone" names Observation too); with none left, the stances decide.
  if (reading.how === 'content' && multi !== true && ctx.units) {
    // The reply's clauses read once for both questions.
    const clauses = readClauses(text, ctx);
    const rejected = rejectedAmong(clauses, [...reading.value]);
    const kept = [...reading.value].filter((l) => !rejected.has(l));
    if (kept.length < reading.value.length) {
      if (kept.length) return { ...reading, value: setKey(kept) };
      const stance = abstention(text, ctx) ? null : readCommitment(text, ctx, multi, clauses);
      return stance ? { value: stance.value, status: 'ok', how: stance.how } : { value: null, status: 'none', how: 'none' };
    }
  }
  // Weak readings (a bare line, a leading option line, a mention) give way to the reply's structure.
  if (reading.how === 'line' || reading.how === 'leading-line' || reading.how === 'mention') {
    const why = abstention(text, ctx);
    // A walk through the options that stops at a bare label ("逐一分析各选项：\nA.") has committed to nothing.
    const dangling = /:\s*\n\s*\(?[A-J][.)]?\s*$/.test(text.trimEnd());
    // A walk through the options cut off mid-sentence ("- Mydriasis: no, that would") never reached its answer.
    // (Single-answer items too: a reply cut off on an option's label line — "A. Prolonged immobilisation — This is", as a
    // rollout stopped at its length limit — stopped in the walk and chose nothing.)
    const cut =
      why === 'cut-off' &&
      (reading.how === 'mention' || reading.how === 'line') &&
      (multi === true
        ? /(?:^|\n)\s*(?:[-*•]\s|\(?[A-J]\)?\s*[—–:.)-])[^\n]*$/.test(text.trimEnd())
        : /\n\s*\(?[A-J]\)?\s*[—–:.)-][^\n]*\b(?:is|are|was|were|the|a|an|of|to|and|or|but|because|which|that|with|for|this|in|on|as|by|than|be)$/i.test(
            text.trimEnd(),
          ));
    if (why === 'invalid-answer' || why === 'closing-doubt' || dangling || cut) return { value: null, status: 'hedge', how: reading.how };
    const verdicts = verdictLayout(text, ctx);
    if (multi === true && verdicts.size === ctx.valid.size) {
      const yes = [...verdicts].filter(([, v]) => v).map(([l]) => l);
      if (yes.length) return { value: setKey(yes), status: 'ok', how: 'verdict-layout' };
    }
  }
  if (/[A-J](?:\s*(?:,|、|&|\/|\band|和|及))+\s*$/.test(text.trimEnd())) return { value: null, status: 'hedge', how: reading.how };
  const lastNaming = (mayLeaveOpen(text) ? readSentences(text, ctx) : []).filter((s) => s.mentions.some((m) => m.kind === 'letter' && m.polarity > 0)).pop();
  if (lastNaming?.letterDisjunctive && !lastNaming.question && !reading.how.startsWith('json')) return { value: null, status: 'hedge', how: reading.how };
  const mismatched = mismatchedLetters(text, ctx);
  if ([...reading.value].some((l) => mismatched.has(l))) return { value: null, status: 'conflict', how: reading.how };
  return reading;
}
