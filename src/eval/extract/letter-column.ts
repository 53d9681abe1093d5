// A set of answers written one letter a line under a label ("需要立即呼叫120的：\nA\nB\nD", a YAML `selected:` list
// "  - A\n  - C"): the rows are one set, read at once, never its last row alone ("E" from "A\nB\nD\nE" was read as the
// answer before session 26). The label decides what the set is: a choice key ("selected:", "已选：", json-answer.ts
// SELECTED_KEY) is a line answer wherever the column stands, weighed in reply order with the rest (a later answer
// statement outranks it, a correction after it leaves it a draft: review s26); a label that says answer/correct/apply
// or restates the question ("需要立即呼叫120的：" to "哪些情况需要立即拨打急救电话（120）") commits only as the reply's closing block; a label that lists what is offered, rejected, set aside,
// doubted, past or someone else's ("options:", "Ruled out:", "排除：", "不需要的：", "Candidates:", "Student:") never
// commits; any other label is not read. The rows of a column that does not commit are no evidence for the weaker
// readers either (withoutUncommittedColumns).
import { asksRejected, CORRECTION_RE, OPEN_DOUBT_RE, REJECT_RE } from './answer-lexicon.js';
import { SELECTED_KEY } from './json-answer.js';
import type { LetterContext } from './letter-set.js';

export interface LetterColumn {
  letters: string[];
  /** Offset of the label line (where the statement is said). */
  pos: number;
  /** Offset just after the last row. */
  end: number;
  /**
   * What the label makes of the rows: `chosen` (a choice key not corrected after it: a line answer wherever it stands), `closing` (an answer label
   * or the question restated, the rows closing the reply: an answer), `aside` (offered, rejected, undecided, past,
   * someone else's: never an answer), `open` (anything else: not read).
   */
  use: 'chosen' | 'closing' | 'aside' | 'open';
}

/** One option letter alone on its line, bulleted, bracketed or quoted at most: "A", "- B", "  - 'C'", "(D)", "E.". */
const ROW_RE = /^[ \t]*(?:[-*•+][ \t]+)?(?:\(([A-J])\)|\[([A-J])\]|["']([A-J])["']|([A-J]))[.)]?[ \t]*$/;

/**
 * A label whose rows are not the writer's answer, beyond what rejects or doubts (REJECT_RE, OPEN_DOUBT_RE: "Incorrect:",
 * "Ruled out:", "排除："): the options offered or quoted ("options:", "question:"), undecided ("Candidates:", "Less likely:",
 * "候选：", "可能："), conditional or restricted ("If pregnant:", "Only apply in children:"), protective or unrelated
 * ("Protective factors:", "与…无关的："), past ("Initially:", "原来："), an example, or another person's ("Student:",
 * "Most students picked:", "The answer key lists:", "老师说：").
 */
const NOT_ANSWER_LABEL_RE =
  /\b(?:options?|choices?|question|stem|candidates?|untrue|reject\w*|exclud\w*|eliminat\w*|ruled|discard\w*|none|except\w*|others?|if|unless|when|only|protective|students?|patients?|consider\w*|differentials?|key|lists?|says?|said|according|contraindicat\w*|unsafe|harmful|dangerous|unlikely|less|doubt\w*|maybe|possibl\w*|perhaps|unsure|uncertain|unclear|tentativ\w*|pending|could|might|initial\w*|previous\w*|earlier|before|old|original\w*|example|e\.g|your|you|his|her|their|they|un(?:selected|chosen)|deselected)\b|n['’]t|选项|候选|备选|不|非|除|无关|如果|若|假如|学生|病人|患者|题干|题目|鉴别|考虑|老师|书上|教材|别人|他们|可能|也许|或许|待定|存疑|原来|之前|起初|最初|原先|本来|例如|比如|你|他|她/i;

const setAside = (label: string): boolean => REJECT_RE.test(label) || OPEN_DOUBT_RE.test(label) || NOT_ANSWER_LABEL_RE.test(label);

/** A label that names the answer itself: "Correct:", "The ones that apply:", "Answer:", "正确的：", "应选：" ("Right-sided" is a side). */
const ANSWER_LABEL_RE =
  /\b(?:answers?|correct|right(?!-)|true|apply|applies|select\w*|cho(?:ose|sen)|picks?|picked)\b|答案|正确|对的|应选|选择|所选|已选|入选/i;

/** Words of a question that say nothing of its topic. */
const QUESTION_FILLER_EN = new Set(
  'which following these those what that this with from have does most likely statements regarding about there their true false apply select all below above each'.split(
    ' ',
  ),
);
const QUESTION_FILLER_ZH = new Set(['以下', '下列', '哪些', '哪项', '哪个', '选项', '属于', '正确', '可以', '多选', '的是']);

/**
 * The label restates a question that asks for what holds: every topic word of the label (English, ≥ 4 letters) is the
 * question's, or half its Chinese bigrams are (at least two). One shared word is not a restatement: "Protective
 * factors:" and "Nephritic syndrome features:" name the other set (review s26 §3).
 */
function restatesQuestion(label: string, question: string | undefined): boolean {
  // A question asking for what is set aside ("Which is NOT a feature …") restated is the list of what it does not ask.
  if (!question || asksRejected(question)) return false;
  const words = (t: string) => new Set((t.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !QUESTION_FILLER_EN.has(w)));
  const bigrams = (t: string) => {
    const out = new Set<string>();
    for (const run of t.match(/[\u4e00-\u9fff0-9]{2,}/g) ?? []) for (let i = 0; i + 2 <= run.length; i++) out.add(run.slice(i, i + 2));
    for (const f of QUESTION_FILLER_ZH) out.delete(f);
    return out;
  };
  const qw = words(question);
  // A bracketed aside ("Sepsis Six (1 hour):") is not the label's topic.
  const lw = [...words(label.replace(/\([^)]*\)|（[^）]*）/g, ' '))];
  if (lw.length) return lw.every((w) => qw.has(w));
  const qb = bigrams(question);
  const lb = [...bigrams(label)];
  const shared = lb.filter((b) => qb.has(b)).length;
  return shared >= 2 && shared * 2 >= lb.length;
}

const labelOf = (line: string): string =>
  line
    .replace(/[*_#`>]+/g, ' ')
    .replace(/^[ \t]*(?:[-+•][ \t]+)?/, '')
    .trim();

/**
 * Pure: every column of two or more distinct option letters, one a line, right under a label line ending in a colon
 * (no blank line between), with what the label makes of it (LetterColumn.use). `text` is the cleaned reply (colons folded to ':').
 */
export function letterColumns(text: string, ctx: LetterContext, question?: string): LetterColumn[] {
  const lines: { text: string; pos: number }[] = [];
  let pos = 0;
  for (const l of text.split('\n')) {
    lines.push({ text: l, pos });
    pos += l.length + 1;
  }
  const out: LetterColumn[] = [];
  for (let i = 1; i < lines.length; i++) {
    const header = labelOf(lines[i - 1].text);
    if (!header.endsWith(':') || ROW_RE.test(lines[i - 1].text)) continue;
    const letters: string[] = [];
    let j = i;
    for (; j < lines.length; j++) {
      const m = ROW_RE.exec(lines[j].text);
      const letter = m ? (m[1] ?? m[2] ?? m[3] ?? m[4]) : undefined;
      if (!letter) break;
      if (!ctx.valid.has(letter) || letters.includes(letter)) {
        letters.length = 0;
        break;
      }
      letters.push(letter);
    }
    if (letters.length < 2) continue;
    // The label is the header's last clause: "D is wrong; correct:" labels the rows "correct".
    const label =
      header
        .slice(0, -1)
        .split(/[;,.!?，；。！？]/)
        .pop()
        ?.trim() ?? '';
    const last = lines[j - 1];
    const end = last.pos + last.text.length;
    // A label's own words decide: a choice key anywhere; an answer label or the question restated only as the reply's
    // closing block (nothing but blank lines after the rows).
    const closes = !text.slice(end).trim();
    // A choice key taken back after it ("Actually, C is wrong … A, B and D", "唔啱，應該係A、B、C") is a draft: not read.
    const use = SELECTED_KEY.test(label.replace(/\s+/g, '_'))
      ? text.slice(end).search(CORRECTION_RE) < 0
        ? 'chosen'
        : 'open'
      : setAside(label)
        ? 'aside'
        : closes && (ANSWER_LABEL_RE.test(label) || restatesQuestion(label, question))
          ? 'closing'
          : 'open';
    out.push({ letters, pos: lines[i - 1].pos, end, use });
    i = j;
  }
  return out;
}

/**
 * Pure: the reply with every column that does not commit (set aside, or under a label that is not read) blanked, label
 * and rows, same length, for the readers of weaker evidence (letters in prose, stances): "Ruled out:\nC\nD" names C
 * and D, it does not choose them, and "Shortlist:\nA\nB" chooses neither.
 */
export function withoutUncommittedColumns(text: string, ctx: LetterContext): string {
  let out = text;
  for (const c of letterColumns(text, ctx, ctx.question))
    if (c.use === 'aside' || c.use === 'open') out = out.slice(0, c.pos) + out.slice(c.pos, c.end).replace(/[^\n]/g, ' ') + out.slice(c.end);
  return out;
}
