// The final answer of a multiple-choice reply, shared by the eval harness (free-form fallback of every letter
// benchmark except CPQExam's official scorer) and the RL exam verifier. Reasoning is ignored; among the answer
// statements the highest tier present decides; within it the last committed statement wins when every committed
// statement after the last correction ("wait", "更正" …) agrees. A hedge ("B或者C", "A or B", "could also be C")
// or several different final answers are no answer at all — never credited.
import { CORRECTION_RE, NEXT_QUESTION_RE } from './answer-lexicon.js';
import { cleanReply, MAX_SCAN, visibleReply } from './answer-text.js';
import { findStatements, type Statement, type StatementVia } from './answer-statements.js';
import { findJsonAnswer } from './json-answer.js';
import { normOptionText, parseAnswerValue, type LetterContext, type LetterSet } from './letter-set.js';

export interface ChoiceReadOptions {
  /** Option letters offered (default A–J). */
  valid?: readonly string[];
  /** Option texts by letter, so an answer naming the text is read as its letter. */
  options?: Record<string, string>;
  /** false: the item has one answer, so several letters are a hedge; true: read a set; unset: read whatever is given. */
  multi?: boolean;
}

export type ChoiceStatus = 'ok' | 'none' | 'hedge' | 'conflict' | 'several-for-single' | 'empty' | 'reasoning-only';

export interface ChoiceReading {
  /** Sorted, de-duplicated letters ("B", "ACD"); null unless status is ok. */
  value: string | null;
  status: ChoiceStatus;
  /** The deciding statement's kind (json, tag, boxed, final, phrase, …) or the status when there is none. */
  how: StatementVia | ChoiceStatus;
}

const DEFAULT_LETTERS = 'ABCDEFGHIJ'.split('');

export function letterContext(options: ChoiceReadOptions): LetterContext {
  const valid = new Set((options.valid ?? (options.options ? Object.keys(options.options) : DEFAULT_LETTERS)).map((l) => l.toUpperCase()));
  const texts = options.options ? new Map(Object.entries(options.options).map(([k, v]) => [k.toUpperCase(), normOptionText(v)])) : undefined;
  return { valid, texts };
}

function jsonStatement(visible: string, ctx: LetterContext, end: number): Statement | null {
  if (!visible.includes('answer') && !visible.includes('答案') && !visible.includes('"label"')) return null;
  const json = findJsonAnswer(visible);
  if (!json) return null;
  const v = json.value;
  const parts = Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];
  const sets = parts.map((p) => parseAnswerValue(p, ctx)).filter((s): s is LetterSet => s !== null);
  if (!sets.length) return null;
  return { tier: 5, pos: end, letters: sets.flatMap((s) => s.letters), hedge: sets.some((s) => s.hedge), via: json.how };
}

const setKey = (letters: readonly string[]) => [...new Set(letters)].sort().join('');

/** Decide among statements; `corrections` are offsets of correction markers in the cleaned text. */
export function resolveStatements(statements: readonly Statement[], corrections: readonly number[], multi?: boolean): ChoiceReading {
  if (!statements.length) return { value: null, status: 'none', how: 'none' };
  const top = Math.max(...statements.map((s) => s.tier));
  const tier = statements.filter((s) => s.tier === top);
  const last = tier[tier.length - 1];
  const cutoff = Math.max(-1, ...corrections.filter((c) => c <= last.pos));
  const live = tier.filter((s) => s.pos >= cutoff || s === last);
  if (last.hedge) return { value: null, status: 'hedge', how: last.via };
  const committed = live.filter((s) => !s.hedge);
  // Per-option assessments on a multi-answer item add up ("A is correct … C is correct"); elsewhere they compete.
  if (top <= 1 && multi === true) return { value: setKey(committed.flatMap((s) => s.letters)), status: 'ok', how: last.via };
  const answers = new Set(committed.map((s) => setKey(s.letters)));
  if (answers.size > 1) return { value: null, status: 'conflict', how: last.via };
  const value = setKey(last.letters);
  if (multi === false && value.length > 1) return { value: null, status: 'several-for-single', how: last.via };
  return { value, status: 'ok', how: last.via };
}

/** Read the final answer letters of a reply. Pure; scans at most the last 20,000 visible characters. */
export function readChoiceAnswer(raw: string, options: ChoiceReadOptions = {}): ChoiceReading {
  const visible = visibleReply(raw);
  if (visible.state !== 'ok') return { value: null, status: visible.state, how: visible.state };
  const ctx = letterContext(options);
  let clean = cleanReply(visible.text);
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
  const tail = visible.text.length > MAX_SCAN ? visible.text.slice(visible.text.length - MAX_SCAN) : visible.text;
  const json = clean.text.length === cleanLength ? jsonStatement(tail, ctx, clean.text.length) : null;
  if (json) statements.push(json);
  const corrections: number[] = [];
  CORRECTION_RE.lastIndex = 0;
  for (let m = CORRECTION_RE.exec(clean.text); m; m = CORRECTION_RE.exec(clean.text)) corrections.push(m.index);
  return resolveStatements(statements, corrections, options.multi);
}
