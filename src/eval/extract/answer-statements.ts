// Every answer statement in a cleaned reply, with its tier and position: format spans and JSON (tier 5),
// "final answer" (4), answer anchors, conclusions and "X is the correct answer" (3), a reply line that is only an
// answer (2; answer-lines.ts reads the line), and single-option assessments such as "B is correct" (1). Letters merely
// mentioned while reasoning ("option A is a distractor") are not statements. Resolution (final-answer.ts) decides
// which statement counts.
import {
  ALTERNATIVE_AFTER_RE,
  ANCHOR_KINDS,
  ANCHOR_RE,
  ANCHOR_START_RE,
  ASSESSMENT_IS_ANSWER_RE,
  ASSESSMENT_RE,
  CONDITIONAL_BEFORE_RE,
  EITHER_RE,
  FILLER_RE,
  LINE_MARKED_CORRECT_RE,
  NEGATED_CLAUSE_RE,
  TABLE_ROW_CORRECT_RE,
  UNCERTAIN_RE,
  HYPOTHETICAL_CONSEQUENCE_RE,
  HYPOTHETICAL_SENTENCE_RE,
  MAKES_ANSWER_RE,
  NOT_LISTED_RE,
  COMPLEMENT_RE,
  CONTENT_NEGATED_RE,
  DOUBT_RE,
  NONE_CORRECT_RE,
  ANY_LETTER_AFTER_RE,
  NEGATION_AFTER_RE,
  QUESTION_AFTER_RE,
  type Tier,
} from './answer-lexicon.js';
import type { CleanReply } from './answer-text.js';
import { lineAnswer, looksTruncated } from './answer-lines.js';
import {
  aliasEcho,
  combinationOption,
  echoedList,
  echoedOption,
  LIST_JOINER_WORDS,
  letterRange,
  normOptionText,
  parseAnswerValue,
  parseLetterSet,
  type LetterContext,
  type LetterSet,
} from './letter-set.js';
import { contentUnits, optionByAtoms, optionByContent, unitsSaid } from './option-names.js';
import { CLAUSE_SPLIT_RE, clauseStance, namedOptions } from './commitment.js';
import { allOptionsSaid } from './quantified-answer.js';
import { optionByMedicine } from './medicine-commitment.js';
import { doubts, epistemicAt, writerDoubtsCertainty } from './modal-reading.js';
import { escapeRegExp } from '../../core/regex.js';

export type StatementVia =
  | 'json'
  | 'json-truncated'
  | 'tag'
  | 'boxed'
  | 'final'
  | 'phrase'
  | 'conclusion'
  | 'alternative'
  | 'assessment'
  | 'line'
  | 'leading-line'
  | 'content'
  | 'mention';

export interface Statement {
  tier: Tier;
  pos: number;
  /** Upper-case letters as stated (duplicates possible). */
  letters: string[];
  hedge: boolean;
  via: StatementVia;
}

const CLAUSE_END = /[\n.!?;]/;
/** A label word that makes the anchor after it name rejected options ("Incorrect answers", "Wrong options", "错误"). */
/** A label word that makes the anchor after it name options still to be chosen between ("Candidate answers", "候选答案"). */
const CANDIDATE_LABEL_BEFORE_RE = /(?:\bcandidates?\s*|候选的?|备选的?)$/i;
const REJECTED_LABEL_BEFORE_RE = /(?:\b(?:incorrect|wrong|false|rejected|excluded|eliminated|other|distractor)\s*|错误|不正确的?|排除的?|干扰)$/i;

function clauseBefore(text: string, pos: number): string {
  const from = Math.max(0, pos - 120);
  return text.slice(from, pos);
}

// The set grammar's joiners (letter-set.ts LIST_JOINER_WORDS: "ciprofloxacin, plus ceftriaxone" is a list) and its hedges.
const LIST_SPLIT = new RegExp(String.raw`\s*(?:,\s*(?:(?:${LIST_JOINER_WORDS})\s*)?|${LIST_JOINER_WORDS}|\bor\b|或者|或)\s*`);
const HEDGE_JOIN = /\bor\b|或/;

/** Letters or, failing that, options named by their texts right after the filler ("ptosis, miosis and anhidrosis"). */
function readAfterAnchor(text: string, at: number, ctx: LetterContext): LetterSet | null {
  // An option's other name or distinctive part (option-names.ts) when nothing else reads, or when it is longer than the
  // letters read there: "ACE inhibitor" is not the letters A, C, E; "ptosis, miosis and anhidrosis" stays a list.
  const short = aliasEcho(text.slice(at, at + 200), ctx, false, true);
  const byName = (): LetterSet | null => {
    if (!short) return null;
    const stop = text.slice(at, at + 300).search(CLAUSE_END);
    const end = at + (stop < 0 ? Math.min(300, text.length - at) : stop);
    const clause = text.slice(at, end);
    // The name must be the value, not the subject of a list or a predicate ("so biopsy, PET and surgery are not
    // indicated"): little after it in the clause, no list, no negation.
    const after = clause.trimStart().slice(short.length + 2);
    if (after.length > 40 || /[,，、;；]|\b(?:and|not|no|isn't|aren't)\b|不|非|和|及/.test(after)) return null;
    return { letters: [short.letter], hedge: HEDGE_JOIN.test(clause), end, echo: true };
  };
  const letters = parseLetterSet(text, at, ctx);
  if (short && letters && letters.end - at < short.length) return byName();
  return readOptionsAfter(text, at, ctx, letters) ?? byName();
}

function readOptionsAfter(text: string, at: number, ctx: LetterContext, set: LetterSet | null): LetterSet | null {
  if (set) return set;
  const rest = text.slice(at, at + 300);
  const stop = rest.search(CLAUSE_END);
  const clause = stop >= 0 ? rest.slice(0, stop) : rest;
  const whole = echoedOption(clause, ctx);
  // One option's whole text is that option, whatever joiners it holds ("Aspirin plus clopidogrel" beside "Aspirin"),
  // and whichever joiner the reply uses ("aspirin and clopidogrel").
  if (whole && whole.length === normOptionText(clause).length) return { letters: [whole.letter], hedge: false, end: at + clause.length, echo: true };
  const combo = combinationOption(clause, ctx);
  if (combo) return { letters: [combo], hedge: false, end: at + clause.length, echo: true };
  // A list of option texts counts only when every piece is one ("ptosis, miosis and anhidrosis").
  const letters: string[] = [];
  let listed = true;
  for (const piece of clause.split(LIST_SPLIT)) {
    if (!piece.trim()) continue;
    const hit = echoedOption(piece, ctx);
    if (!hit) listed = false;
    else if (!letters.includes(hit.letter)) letters.push(hit.letter);
  }
  if (listed && letters.length > 1) return { letters, hedge: HEDGE_JOIN.test(clause), end: at + clause.length, echo: true };
  // Options named one after another, then a comma and a remark about them ("氨氯地平和硝苯地平，二者均为…").
  const comma = clause.search(/,/);
  if (comma > 0) {
    const head = clause.slice(0, comma);
    const named = head.split(LIST_SPLIT).filter((p) => p.trim());
    const hits = named.map((p) => echoedOption(p, ctx));
    if (named.length > 1 && hits.every((h) => h !== null)) {
      const set = [...new Set(hits.map((h) => (h as { letter: string }).letter))];
      if (set.length > 1) return { letters: set, hedge: HEDGE_JOIN.test(head), end: at + head.length, echo: true };
    }
  }
  // An option named by its text and more options after the set grammar's joiners, by text or by letter ("Hepatitis B
  // and D"): a set, never its first option alone.
  const list = whole ? echoedList(clause, ctx, at + clause.length) : null;
  if (list && list.letters.length > 1) return list;
  if (whole) return { letters: [whole.letter], hedge: false, end: at + clause.length, echo: true };
  return readContentAfter(clause, at, ctx);
}

/** Parts of a combination ("IVIG plus aspirin", "A联合B"): each must name an option, like the items of a list. */
const COMBINATION_SPLIT = /\s*(?:\bplus\b|\+|\b(?:together|combined|along)\s+with\b|联合|加用|配合)\s*/i;

/**
 * The options an answer cue's value names by content (option-names.ts optionByContent), when it names them neither by
 * letter nor by their words as written: one option for the whole value, or a list whose every piece names one option
 * ("the hip replacement, the combined pill and the malignancy"). A piece that names none leaves the list unread: a
 * guess at part of a set is no answer.
 */
function readContentAfter(clause: string, at: number, ctx: LetterContext): LetterSet | null {
  // A letter or number stated as the value ("答案应该是F，即…"): not an option, and no content reading may replace it.
  if (!ctx.units || clause.length > 160 || CONTENT_NEGATED_RE.test(clause) || /^\s*(?:[A-Z](?![A-Za-z])|\d)/.test(clause)) return null;
  // A whole value written in the other language from the options, read through language-free atoms (a finding told as
  // several parts: "blood pressure rises, pulse slows" for 血压升高，脉搏缓慢): an equal reading of one option or nothing.
  const crossed = ctx.raw ? optionByAtoms(clause, ctx.raw) : null;
  if (crossed) return { letters: [crossed], hedge: false, end: at + clause.length, echo: true, content: true };
  const pieces = clause
    .split(LIST_SPLIT)
    .flatMap((p) => p.split(COMBINATION_SPLIT))
    .filter((p) => contentUnits(p).size);
  const end = at + clause.length;
  if (pieces.length >= 2) {
    const named = pieces.map((p) => optionByContent(p, ctx.units as ReadonlyMap<string, ReadonlySet<string>>, 1, ctx.raw, ctx.names));
    if (named.some((l) => l === null)) return null;
    const letters = [...new Set(named as string[])];
    return { letters, hedge: HEDGE_JOIN.test(clause), end, echo: true, content: true };
  }
  const one = optionByContent(clause, ctx.units, 2, ctx.raw, ctx.names) ?? optionByMedicine(clause, ctx);
  return one ? { letters: [one], hedge: false, end, echo: true, content: true } : null;
}

const BULLET = /^[ \t]*(?:[-*•+]|\d+[.)])[ \t]*/;

/** Letters of the option lines right after an anchor that ends its line with a colon, when there are two or more. */
function listAfterAnchor(text: string, anchorEnd: number, ctx: LetterContext): string[] | null {
  const head = /^[^\n]{0,24}?:[ \t]*\n(?:[ \t]*\n)*/.exec(text.slice(anchorEnd, anchorEnd + 48));
  if (!head || /[A-J]/.test(head[0])) return null;
  const letters: string[] = [];
  let pos = anchorEnd + head[0].length;
  for (;;) {
    const nl = text.indexOf('\n', pos);
    const line = text.slice(pos, nl < 0 ? text.length : nl);
    if (!line.trim()) break;
    // An item may carry a long remark after its label ("- (C) Factor V Leiden — inherited thrombophilia, the most …").
    const label = /^\(?([A-J])\)?[.):\]]?\s+\S/.exec(line.replace(BULLET, ''));
    const set = lineAnswer(line.replace(BULLET, ''), ctx) ?? (label && ctx.valid.has(label[1]) ? { letters: [label[1]], hedge: false, end: 0 } : null);
    if (!set || set.hedge || set.letters.length !== 1 || letters.includes(set.letters[0])) return null;
    letters.push(set.letters[0]);
    if (nl < 0) break;
    pos = nl + 1;
  }
  return letters.length >= 2 ? letters : null;
}

// Where the clause about the letters ends: the commitment reader's clause boundaries (CLAUSE_SPLIT_RE), a sentence's
// end, or a clause about something else ("B because C is wrong", "B，因为…", "D — the others are wrong").
const CLAUSE_END_RE =
  /[。!！?？\n]|\.(?:\s|$)|(?=\s(?:because|since|as|which|that|who|given|due\s+to|when|while|whereas|if|unless|or|unlike)\b)|(?=因为|由于|如果|若|虽然|其余|其他|其它)/i;

/**
 * A statement survives when no question or rejection follows its letters. What the clause right after the letters says
 * of them is read by the commitment reader's stance (clauseStance, the one reader of rejection: "选项D不行", "D is a
 * distractor"), beside the letter readers' own negations; a clause that names another option is about that option.
 */
function cancelledAfter(text: string, end: number, ctx: LetterContext): boolean {
  const after = text.slice(end, end + 80);
  if (QUESTION_AFTER_RE.test(after) || NEGATION_AFTER_RE.test(after)) return true;
  // (search, not split: split passes over a boundary that opens the text, " because …")
  const upTo = (t: string, re: RegExp): string => {
    const at = t.search(re);
    return at < 0 ? t : t.slice(0, at);
  };
  const clause = upTo(upTo(after, CLAUSE_END_RE), CLAUSE_SPLIT_RE);
  if (!clause.trim() || namedOptions(clause, ctx).length) return false;
  return clauseStance(clause, ctx) < 0;
}

const BLANK_ANSWER_RE = /(?:^|\n)[ \t]*(?:\*\*)?(?:final\s+answer|answer|最终答案|答案)(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]*\n[ \t]*(?:\*\*)?[^\n:]{2,12}:/gi;

/** Returns whether an anchor named a letter that is not an option (then no weaker evidence may answer for it). */
const NONE_ABOVE_NORM = normOptionText('none of the above');

function anchorStatements(text: string, ctx: LetterContext, out: Statement[]): boolean {
  let offOption = false;
  ANCHOR_START_RE.lastIndex = 0;
  for (let c = ANCHOR_START_RE.exec(text); c; c = ANCHOR_START_RE.exec(text)) {
    ANCHOR_RE.lastIndex = c.index;
    const m = ANCHOR_RE.exec(text);
    if (!m) continue;
    ANCHOR_START_RE.lastIndex = m.index + m[0].length;
    const kind = ANCHOR_KINDS[m.slice(1, 5).findIndex((g) => g !== undefined)];
    const anchorEnd = m.index + m[0].length;
    // A JSON key ("answer": …) is read by the JSON reader, not as a phrase.
    if (/["']/.test(text[m.index - 1] ?? '') && /^["']\s*:/.test(text.slice(anchorEnd, anchorEnd + 4))) continue;
    // "Incorrect answers:", "错误选项：": a list of rejected options, no answer.
    if (REJECTED_LABEL_BEFORE_RE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    // "候选答案：C和D", "Candidate answers: C, D": options still to be decided between, never a committed answer.
    const candidates = CANDIDATE_LABEL_BEFORE_RE.test(text.slice(Math.max(0, m.index - 16), m.index));
    // "The correct options are:" then one option per line ("- B. Pulmonary fibrosis"): the lines are the answer.
    const listed = listAfterAnchor(text, anchorEnd, ctx);
    if (listed) {
      out.push({
        tier: kind === 'final' ? 4 : 3,
        pos: m.index,
        letters: listed,
        hedge: kind === 'alternative' || candidates,
        via: kind === 'answer' ? 'phrase' : kind,
      });
      continue;
    }
    if (CONDITIONAL_BEFORE_RE.test(clauseBefore(text, m.index))) continue;
    FILLER_RE.lastIndex = anchorEnd;
    let filler = FILLER_RE.exec(text)?.[0] ?? '';
    // Across a line break only from a heading-like anchor ("Answer:\nB", "### Answer\nB"), not "…不是最佳答案\nB. …".
    const nl = filler.indexOf('\n');
    if (nl >= 0 && !filler.slice(0, nl).includes(':') && !/(?:^|\n)\s*$/.test(text.slice(Math.max(0, m.index - 20), m.index))) filler = filler.slice(0, nl);
    // A list literal the filler would open ("answer = ['A', 'B', 'D']"): read from its bracket, as a whole set — after
    // an answer's name only: "options = ['A', 'B', 'C', 'D', 'E']" lists what is offered.
    const bracket = /option|choice|选项|選項/i.test(text.slice(m.index, anchorEnd)) ? -1 : filler.lastIndexOf('[');
    const at = bracket >= 0 && /^\[\s*["'“‘]/.test(text.slice(anchorEnd + bracket)) ? anchorEnd + bracket : anchorEnd + filler.length;
    // A heading whose next line is another field ("Answer:\nExplanation: …"): the answer was left blank.
    if (/^[\s*:]*\n[ \t]*(?:\*\*)?[^\n:]{2,12}:/.test(text.slice(anchorEnd, anchorEnd + 40))) continue;
    let set = readAfterAnchor(text, at, ctx);
    // A number for an answer: "2 (B)" names its letter; a bare "4" is not an option (and no weaker evidence may
    // answer for it).
    const numbered = set ? null : /^\d+\s*(?=\([A-J]\))/.exec(text.slice(at, at + 12));
    if (numbered) set = parseLetterSet(text, at + numbered[0].length, ctx);
    if (!set && (ANY_LETTER_AFTER_RE.test(text.slice(at, at + 4)) || /^\d+(?:\s*[,、]\s*\d+)*\s*(?:[.!\n]|$)/.test(text.slice(at, at + 24)))) offOption = true;
    // An answer that is a letter past the options ("The correct answer is F — the ampullary portion", options A–E) or
    // a set holding one ("答案：ABCDEF") answers with something not offered: no answer, and nothing weaker answers for it.
    // (The letter past the options is the next one, in a run written in order: "ECG", "ABG" are words.)
    const offRun = /^\*{0,2}\(?([A-J]{1,10})\)?(?![A-Za-z])/.exec(text.slice(at, at + 14))?.[1];
    const past = String.fromCharCode(Math.max(...[...ctx.valid].map((l) => l.charCodeAt(0))) + 1);
    const offList = !!offRun && offRun.endsWith(past) && [...offRun].every((l, i) => i === 0 || l > offRun[i - 1]);
    if ((kind === 'final' || kind === 'answer') && ((!set && offList) || set?.offOption) && !CONDITIONAL_BEFORE_RE.test(clauseBefore(text, m.index))) {
      out.push({ tier: kind === 'final' ? 4 : 3, pos: m.index, letters: [], hedge: true, via: kind === 'final' ? 'final' : 'phrase' });
      continue;
    }
    if (!set || cancelledAfter(text, set.end, ctx)) continue;
    // The value said not to be one of the options ("… is benzathine penicillin G — and that isn't among the choices",
    // "…，不在选项中"): an answer off the list, never one of the options it shares words with.
    if (NOT_LISTED_RE.test(text.slice(set.end, set.end + 160).split(/[\n.!?。！？](?:\s|$)/)[0] ?? '')) {
      out.push({ tier: kind === 'final' ? 4 : 3, pos: m.index, letters: [], hedge: true, via: kind === 'final' ? 'final' : 'phrase' });
      continue;
    }
    // "then consider switching to methimazole": a plain "switch to" names a treatment step, not an answer, unless a
    // letter follows.
    if (set.echo && /^switch(?:ing)?\s+to$/i.test(m[0])) continue;
    const before = clauseBefore(text, m.index);
    if (HYPOTHETICAL_SENTENCE_RE.test(before) && HYPOTHETICAL_CONSEQUENCE_RE.test(before.slice(Math.max(before.search(/[,，][^,，]*$/), 0)) + filler)) continue;
    if (kind === 'conclusion' && !/^[\s)\]]*(?:[.!]|\n|$)/.test(text.slice(set.end, set.end + 20))) continue;
    // "本题考查…" introduces the topic, not an answer: its words are read only as letters or an option's own text.
    // A bare "选"/"选择" opening a clause is too often the word itself ("选择性COX-2抑制剂") to take content after it.
    if (set.content && (/本题|此题|该题/.test(m[0]) || /^选择?$/.test(m[0]))) continue;
    // A conclusion naming content mid-reasoning ("So the liver is enlarged") is a step, not the answer: only in the
    // reply's closing paragraph.
    if (set.content && kind === 'conclusion' && /\n\s*\n\s*\S/.test(text.slice(set.end))) continue;
    // A conclusion that names options by content only is a line-strength statement: any answer statement with
    // letters or an option's own words outranks it ("So that leaves the haemorrhage … Final answer: C").
    const tier: Tier = set.content && kind === 'conclusion' ? 2 : kind === 'final' ? 4 : 3;
    out.push({
      tier,
      pos: m.index,
      letters: set.letters,
      // Two letter sets offered side by side ("答案：ABCE / ACE") are alternatives, not one set ("A/C/E" is one).
      hedge:
        set.hedge ||
        kind === 'alternative' ||
        candidates ||
        EITHER_RE.test(filler) ||
        /[A-J]{2,}\s*\/\s*[A-J]{2,}/.test(text.slice(at, set.end)) ||
        remarkDoubtsSet(text, set.end, set.letters),
      via: set.content && kind === 'conclusion' ? 'content' : kind === 'answer' ? 'phrase' : kind,
    });
  }
  return offOption;
}

/**
 * Review s21 R-NEW-1: the remark written right after a set on its line — a code comment ("answer = ['A', 'C']  # C is a
 * guess"), a bracket ("(C is a guess)"), a dash — is part of the answer's clause. A remark that doubts (modal-reading's
 * doubts), calls a member or the set a guess, or asks, leaves a set of two or more no answer: a guess at part of a set
 * is no answer. One letter keeps its own readings ("Probably B.", "I'd guess B").
 */
export function remarkDoubtsSet(text: string, end: number, letters: readonly string[]): boolean {
  if (letters.length < 2) return false;
  const line = text.slice(end, text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end));
  const remark = /^[\s\])}"'”’]*(?:#|\/\/|[(（]|[—–]|--|\s-\s)\s*([^\n]*)$/.exec(line)?.[1];
  if (!remark) return false;
  return doubts(remark) || /\bguess(?:ed|es|ing|work)?\b|(?<!most\s)\b(?:probably|likely)\b|\?/i.test(remark);
}

function assessmentStatements(text: string, ctx: LetterContext, out: Statement[]): void {
  ASSESSMENT_RE.lastIndex = 0;
  for (let m = ASSESSMENT_RE.exec(text); m; m = ASSESSMENT_RE.exec(text)) {
    // The list ends at the assessed letters: "Between A and B, B is more likely" assesses B alone.
    // A range is every letter in it: "(A through E) are correct", "A–D 均正确".
    const all =
      m[1].replace(/([A-J])\s*(?:through|thru|[–—~～]|到|至)\s*([A-J])/g, (r) => letterRange(r, 0, ctx)?.letters.join(',') ?? r).match(/[A-J]/g) ?? [];
    let from = all.length - 1;
    while (from > 0 && !all.slice(from).includes(all[from - 1])) from--;
    const letters = all.slice(from).filter((l) => ctx.valid.has(l));
    if (!letters.length || CONDITIONAL_BEFORE_RE.test(clauseBefore(text, m.index))) continue;
    if (QUESTION_AFTER_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    out.push({ tier: ASSESSMENT_IS_ANSWER_RE.test(m[2]) ? 3 : 1, pos: m.index, letters, hedge: false, via: 'assessment' });
  }
  // "None of the options is correct", "本题没有正确答案": a committed answer that there is no valid option.
  // (Unless an option is itself "none of the above": then the reply names that option.)
  // (Option texts are compared normalised: the marker's own punctuation is gone there.)
  const noneOption = ctx.texts && [...ctx.texts.values()].some((v) => v.includes(NONE_ABOVE_NORM));
  NONE_CORRECT_RE.lastIndex = 0;
  if (!noneOption)
    for (let m = NONE_CORRECT_RE.exec(text); m; m = NONE_CORRECT_RE.exec(text)) out.push({ tier: 3, pos: m.index, letters: [], hedge: true, via: 'phrase' });
  // An answer field left blank, another field next ("答案：\n解析：…", "Answer:\nExplanation: …"): no answer was given, and
  // what the explanation names is discussion.
  BLANK_ANSWER_RE.lastIndex = 0;
  for (let m = BLANK_ANSWER_RE.exec(text); m; m = BLANK_ANSWER_RE.exec(text)) out.push({ tier: 3, pos: m.index, letters: [], hedge: true, via: 'phrase' });
  // "除D项以外都选", "all except D": every offered letter but the excluded ones.
  COMPLEMENT_RE.lastIndex = 0;
  for (let m = COMPLEMENT_RE.exec(text); m; m = COMPLEMENT_RE.exec(text)) {
    const excluded: string[] = (m[1] ?? m[2] ?? m[3]).match(/[A-J]/g) ?? [];
    if (!excluded.length || excluded.some((l) => !ctx.valid.has(l))) continue;
    out.push({ tier: 3, pos: m.index, letters: [...ctx.valid].filter((l) => !excluded.includes(l)).sort(), hedge: false, via: 'assessment' });
  }
  MAKES_ANSWER_RE.lastIndex = 0;
  for (let m = MAKES_ANSWER_RE.exec(text); m; m = MAKES_ANSWER_RE.exec(text)) {
    const l = m[1].toUpperCase();
    if (ctx.valid.has(l) && !CONDITIONAL_BEFORE_RE.test(clauseBefore(text, m.index)))
      out.push({ tier: 3, pos: m.index, letters: [l], hedge: false, via: 'assessment' });
  }
  // "All of the above", "全选": every option, on a multi-answer item (quantified-answer.ts).
  for (const pos of allOptionsSaid(text, ctx)) out.push({ tier: 3, pos, letters: [...ctx.valid].sort(), hedge: false, via: 'assessment' });
  ALTERNATIVE_AFTER_RE.lastIndex = 0;
  for (let m = ALTERNATIVE_AFTER_RE.exec(text); m; m = ALTERNATIVE_AFTER_RE.exec(text)) {
    // "D也可能出现…" tells what D may do (a root modal), not that D may be the answer.
    if (ctx.valid.has(m[1]) && (!/可能$/.test(m[0]) || epistemicAt(text, m.index + m[0].length)))
      out.push({ tier: 3, pos: m.index, letters: [m[1]], hedge: true, via: 'alternative' });
  }
  TABLE_ROW_CORRECT_RE.lastIndex = 0;
  for (let m = TABLE_ROW_CORRECT_RE.exec(text); m; m = TABLE_ROW_CORRECT_RE.exec(text)) {
    const l = m[1].toUpperCase();
    if (ctx.valid.has(l)) out.push({ tier: 1, pos: m.index, letters: [l], hedge: false, via: 'assessment' });
  }
  LINE_MARKED_CORRECT_RE.lastIndex = 0;
  for (let m = LINE_MARKED_CORRECT_RE.exec(text); m; m = LINE_MARKED_CORRECT_RE.exec(text)) {
    if (ctx.valid.has(m[1])) out.push({ tier: 1, pos: m.index, letters: [m[1]], hedge: false, via: 'assessment' });
  }
}

/** A line that opens with an option label ("A. …", "(B) …", "Option C: …", "D — 9"): one item of an option walk or list. */
const LABEL_LINE = /^\s*(?:[-+]\s+)?(?:option\s+|选项\s*)?\(?[A-J]\)?\s*(?:[.):,\]]|\s[—–-]\s)/i;
const LABEL_START = /^\s*(?:[-+]\s+)?(?:option\s+|选项\s*)?\(?[A-J]\)?\s*(?:[.):,\]]|\s[—–-]\s|$)/i;

function lineStatements(text: string, ctx: LetterContext, out: Statement[]): void {
  const lines: { text: string; pos: number }[] = [];
  let pos = 0;
  for (const l of text.split('\n')) {
    if (l.trim()) lines.push({ text: l, pos });
    pos += l.length + 1;
  }
  if (!lines.length) return;
  const last = lines[lines.length - 1];
  // The last line of an option walk ("Option A, …: no.\nOption B") and the first of a listed set of options are
  // items, not answers.
  const walk = (a: string | undefined) => a !== undefined && LABEL_LINE.test(a);
  const lastSet = walk(lines[lines.length - 2]?.text) && LABEL_START.test(last.text) ? null : lineAnswer(last.text, ctx);
  if (lastSet) out.push({ tier: 2, pos: last.pos, letters: lastSet.letters, hedge: lastSet.hedge, via: 'line' });
  else {
    // "… most commonly due to hemolysis → B": a last line closing on an arrow and one offered letter.
    const arrow = /(?:→|⇒|->)\s*\(?([A-J])\)?\s*[.。]?\s*$/.exec(last.text);
    if (arrow && ctx.valid.has(arrow[1])) out.push({ tier: 2, pos: last.pos + arrow.index, letters: [arrow[1]], hedge: false, via: 'line' });
    else {
      // The closing sentence of a reply of several sentences (its own line, or the end of the last one).
      // (The cleaned text has "。" folded to "."; a sentence ends at a full stop before a space or a Chinese character.)
      const sentences = last.text.split(/(?<=[。！？!?])|(?<=(?:^|[^A-J])\.)(?:\s+|(?=[\u4e00-\u9fff]))/).filter((x) => x.trim());
      const closing = sentences[sentences.length - 1] ?? '';
      const named = (lines.length > 1 || sentences.length > 1) && !looksTruncated(text) ? closingContent(closing, ctx) : null;
      if (named) out.push({ tier: 2, pos: last.pos + last.text.lastIndexOf(closing.trim()), letters: [named], hedge: false, via: 'content' });
    }
  }
  if (lines.length > 1 && !(walk(lines[0].text) && walk(lines[1].text))) {
    const first = lineAnswer(lines[0].text, ctx);
    if (first) out.push({ tier: 2, pos: lines[0].pos, letters: first.letters, hedge: first.hedge, via: 'leading-line' });
  }
}

/**
 * The option a reply's short closing line names by content alone ("答立位腹平片。" for 立位腹部X线平片): most of the line's
 * content units are that option's, none another's (optionByContent), and the line neither asks, denies nor names a
 * letter. A closing line naming no option ("Behçet." for 白塞病) reads as nothing here.
 */
function closingContent(line: string, ctx: LetterContext): string | null {
  const s = line.trim().replace(/^[*_#>\s]+|[*_\s.。!！]+$/g, '');
  if (!ctx.units || !s || s.length > 40 || CONTENT_NEGATED_RE.test(s) || /(?<![A-Za-z])[A-J](?![A-Za-z])/.test(s)) return null;
  const letter = optionByContent(s, ctx.units, 2, ctx.raw, ctx.names);
  if (!letter) return null;
  const said = contentUnits(s);
  const own = unitsSaid(said, ctx.units, ctx.names).get(letter) as ReadonlySet<string>;
  return [...said].filter((u) => own.has(u)).length * 2 >= said.size ? letter : null;
}

/**
 * Options named by their text in affirmative clauses, when nothing else states an answer: "The deficient nutrient
 * is thiamine" (tier 0). Latin texts match at word boundaries; clauses that deny ("… is not …", "不是") do not count.
 */
function mentionStatements(text: string, ctx: LetterContext, raw: Record<string, string> | undefined, out: Statement[]): void {
  if (!raw) return;
  const lower = text.toLowerCase();
  // The clause around a mention, the option text itself left out (a dot inside "2.0-3.0" does not end a clause).
  const clauseAround = (start: number, end: number): string => {
    let a = start;
    while (a > 0 && !/[\n!?;,:]/.test(lower[a - 1]) && !(lower[a - 1] === '.' && /\s/.test(lower[a] ?? ' '))) a--;
    let b = end;
    while (b < lower.length && !/[\n!?;,]/.test(lower[b]) && !(lower[b] === '.' && /\s|$/.test(lower[b + 1] ?? ''))) b++;
    return `${lower.slice(a, start)} ${lower.slice(end, b)}`;
  };
  for (const [letter, optionText] of Object.entries(raw)) {
    const t = optionText.trim().toLowerCase();
    if (t.length < 2 || !ctx.valid.has(letter.toUpperCase())) continue;
    const re = /[a-z0-9]/.test(t) ? new RegExp(`(?<![a-z0-9])${escapeRegExp(t).replace(/\s+/g, '\\s+')}(?![a-z0-9])`, 'g') : new RegExp(escapeRegExp(t), 'g');
    for (let m = re.exec(lower); m; m = re.exec(lower)) {
      if (NEGATED_CLAUSE_RE.test(clauseAround(m.index, m.index + m[0].length))) continue;
      out.push({ tier: 0, pos: m.index, letters: [letter.toUpperCase()], hedge: false, via: 'mention' });
      break;
    }
  }
}

/** Format statements: <answer> tags and \boxed{} contents (JSON is read by the caller, which owns that parser). */
function spanStatements(clean: CleanReply, ctx: LetterContext, out: Statement[]): void {
  let prev: { span: CleanReply['spans'][number]; st: Statement } | null = null;
  for (const span of clean.spans) {
    const set = parseAnswerValue(span.content, ctx);
    if (!set) {
      prev = null;
      continue;
    }
    // Boxes side by side are one answer set, as the same letters in one box would be ("\boxed{A}\boxed{C}",
    // "\boxed{A}, \boxed{C}"): the set grammar's joiners between them, nothing else.
    if (prev && prev.span.kind === span.kind && spansJoined(clean.text, prev.span, span)) {
      prev.st.letters = [...prev.st.letters, ...set.letters];
      prev.st.hedge = prev.st.hedge || set.hedge;
      continue;
    }
    const st: Statement = { tier: 5, pos: span.pos, letters: set.letters, hedge: set.hedge, via: span.kind };
    out.push(st);
    prev = { span, st };
  }
}

/**
 * Pure: only a list joiner (a comma, "、", "and", "和", "&", "+") stands between a format span's content and the next
 * span's. (Span positions are taken before markup is stripped, so the two contents are looked for around them.)
 */
function spansJoined(text: string, span: CleanReply['spans'][number], next: CleanReply['spans'][number]): boolean {
  if (next.pos - span.pos - span.content.length > 16) return false;
  const near = text.slice(Math.max(0, span.pos - 8), next.pos + next.content.length + 8);
  return new RegExp(`(?<![A-Za-z])${escapeRegExp(span.content)}[\\s$]*(?:,|、|&|\\+|\\band\\b|和|及)?[\\s$]*${escapeRegExp(next.content)}(?![A-Za-z])`).test(
    near,
  );
}

/** All statements of a cleaned reply, in text order; option-text mentions only when nothing else states an answer. */
export function findStatements(clean: CleanReply, ctx: LetterContext, optionTexts?: Record<string, string>): Statement[] {
  const out: Statement[] = [];
  spanStatements(clean, ctx, out);
  const offOption = anchorStatements(clean.text, ctx, out);
  assessmentStatements(clean.text, ctx, out);
  lineStatements(clean.text, ctx, out);
  // An answer stated as no option ("Final answer: 4"): a closing sentence naming an option's content does not replace it.
  if (offOption) for (let i = out.length - 1; i >= 0; i--) if (out[i].via === 'content' && out[i].tier === 2) out.splice(i, 1);
  // The weakest evidence, only for a complete, unhedged reply that states no answer in any other way.
  if (
    !out.length &&
    !offOption &&
    !looksTruncated(clean.text) &&
    !UNCERTAIN_RE.test(clean.text) &&
    !DOUBT_RE.test(clean.text) &&
    !writerDoubtsCertainty(clean.text)
  )
    mentionStatements(clean.text, ctx, optionTexts, out);
  return out.sort((a, b) => a.pos - b.pos);
}
