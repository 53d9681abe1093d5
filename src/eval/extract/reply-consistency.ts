// One consistency check over the whole reply, after every reader has decided (issue #16, session 36). The readers pick a
// letter from where the reply commits; this asks whether the rest of the reply stands behind that letter. A reward that
// pays a letter the reply itself contradicts teaches the policy to be wrong, so every failed check is NO answer — the
// other letter is never credited instead (fail closed). Four checks, each a reading of structure, not of phrasings:
//   letter-not-option         the answer's letter list holds a letter the item does not offer ("Answer: A, B, D, G")
//   letter-text-disagree      the option text restated in the answer's own sentence, as its appositive, is another
//                             option's ("係登革熱，揀A" when 登革熱 is B; "答案是A，甲状腺功能亢进，因为…")
//   retracted                 the writer takes the answer back and commits to nothing after ("Answer: D. Hmm, I retract
//                             that — none of these seem right", "我先前说选C，现在收回这个答案")
//   structured-answer-invalid a JSON answer field is empty or names no option, and a prose reading filled it
//                             ({"answer": "X", "reason": "vitamin C deficiency…"})
// Session 37 (letter-labels.ts, read by position as a table's columns): a letter list whose bracket glosses it with
// another set of options ("答案：ABE（阿司匹林、氯吡格雷、替格瑞洛）" with 氯吡格雷 C), or a credited letter written as the
// label of another option's name ("First-line is B) metformin" with metformin A), is letter-text-disagree; a letter
// read from mentions or lines that the reply marks wrong and never right ("A√ B√ C× D√ E√" read ABCDE) is
// letter-marked-wrong, unless the item asks for the wrong one (a later statement of the answer is left to the readers).
// Pure.
import { CONTENT_NEGATED_RE, REJECT_RE } from './answer-lexicon.js';
import { findJsonAnswer } from './json-answer.js';
import { creditedMarkedWrong, fullColumnCrossesCredited, glossListDisagrees, labelTextDisagrees } from './letter-labels.js';
import { normOptionText, parseAnswerValue, type LetterContext } from './letter-set.js';
import { contentUnits, optionByContent, unitsSaid } from './option-names.js';

export type InconsistencyCode = 'letter-not-option' | 'letter-text-disagree' | 'letter-marked-wrong' | 'retracted' | 'structured-answer-invalid';

export interface ConsistencyOptions {
  /** The item asks for the option to set aside ("错误的是", "EXCEPT"): a letter marked wrong is then its answer. */
  asksRejected?: boolean;
  /** The letters were read from mentions or lines, not from a statement of the answer: the reply's marks outrank them. */
  weakReading?: boolean;
}

const setKey = (letters: Iterable<string>) => [...new Set(letters)].sort().join('');

/** Where an answer's letter list stands: after a colon, a copula or a choosing verb on its line, or opening the line. */
const LIST_POSITION_RE = /(?:^|[:：]|\b(?:is|are|pick|choose|select|go with)|[选是为係])\s*(?:\*\*)?\s*$/i;
/** Capital letters joined as a list ("A, B, D, G", "A、B、D 和 G"), each standing alone; the list ends at a boundary. */
const SEPARATED_LIST_RE =
  /(?<![A-Za-z])[(（]?[A-Z][)）]?(?:\s*(?:,|、|，|\/|&|\band\b|和|及|以及)\s*[(（]?[A-Z][)）]?(?![A-Za-z'’]))+(?=\s*(?:$|[\n.。,，;；!！?？)）*]|[\u4e00-\u9fff]))/g;
/** Capital letters written together ("ABDG"), ending their clause (an abbreviation goes on: "CK-MB", "ACEI（…）"). */
const RUN_RE = /(?<![A-Za-z0-9-])[A-Z]{2,10}(?=\s*(?:$|[\n.。,，;；!！?？*]))/g;

/**
 * The answer's list holds a letter beyond the options: its offered letters are exactly the set credited, so the credited
 * set is that list with the off-list letter dropped — a repair of an answer the item cannot take. Letters written
 * together count only in increasing order ("ABDG"; "DKA", "ECG" are words) and in an answer position.
 */
function offOptionList(text: string, ctx: LetterContext, value: string): boolean {
  const lists: { at: number; letters: string[] }[] = [];
  for (const m of text.matchAll(SEPARATED_LIST_RE)) lists.push({ at: m.index, letters: m[0].match(/(?<![A-Za-z])[A-Z](?![A-Za-z])/g) ?? [] });
  for (const m of text.matchAll(RUN_RE)) {
    const letters = [...m[0]];
    if (letters.every((l, i) => i === 0 || l > letters[i - 1])) lists.push({ at: m.index, letters });
  }
  return lists.some(({ at, letters }) => {
    const offered = letters.filter((l) => ctx.valid.has(l));
    if (offered.length === letters.length || !offered.length || setKey(offered) !== value) return false;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    return LIST_POSITION_RE.test(text.slice(lineStart, at));
  });
}

/** Words that may lead a clause that is otherwise an option's name: a copula, a verb of choosing or thinking. */
const MAX_LEAD_WORDS = 6;
const MAX_LEAD_HAN = 4;
/** A lead ending on a word that relates the name to something else ("contraindication to", "unlike", "对于", "除了"), or
 * one that sets it aside anywhere, names no choice. */
const RELATING_LEAD_RE =
  /\b(?:to|for|of|after|before|than|over|from|against|unlike|vs|versus|about|on|in|if|unless|but|however|although|except)\b|[于与和比除对若如但]|不|非|排除/i;

/** The one option a clause is wholly the name of, after a short lead; null when it says more than one option's name. */
function wholeName(clause: string, ctx: LetterContext): string | null {
  if (!ctx.texts || !ctx.units) return null;
  const c = clause.trim().replace(/[*_`"“”'‘’]/g, '');
  if (!c || /[?？]/.test(c)) return null;
  // Every suffix after a lead of at most MAX_LEAD_WORDS words (or MAX_LEAD_HAN characters before Chinese text).
  const starts = new Set<number>([0]);
  for (const m of c.matchAll(/\s+/g)) if (c.slice(0, m.index).trim().split(/\s+/).length <= MAX_LEAD_WORDS) starts.add(m.index + m[0].length);
  for (let i = 1; i <= MAX_LEAD_HAN && i < c.length; i++) if (/[\u4e00-\u9fff]/.test(c[i])) starts.add(i);
  for (const s of [...starts].sort((a, b) => a - b)) {
    const lead = c.slice(0, s);
    const tail = c.slice(s).trim();
    const governing = /[\u4e00-\u9fff]/.test(lead) && !/\s/.test(lead.trim()) ? lead : lead.trim().split(/\s+/).slice(-2).join(' ');
    if (!tail || RELATING_LEAD_RE.test(governing) || REJECT_RE.test(lead) || CONTENT_NEGATED_RE.test(tail)) continue;
    const exact = normOptionText(tail);
    const byText = [...ctx.texts].find(([, t]) => t === exact)?.[0];
    if (byText) return byText;
    // Read by its words, the tail is the name alone: no word relating it to something else ("contraindication to X").
    if (RELATING_LEAD_RE.test(tail)) continue;
    const named = optionByContent(tail, ctx.units, 2, ctx.raw, ctx.names);
    if (!named) continue;
    const said = contentUnits(tail);
    const own = unitsSaid(said, ctx.units, ctx.names).get(named);
    if (own && said.size && [...said].every((u) => own.has(u))) return named;
  }
  return null;
}

/** True when any clause of the sentence names the letter's own option (a comparison, not a contradiction). */
function namesOwn(sentence: string, letter: string, ctx: LetterContext): boolean {
  const own = ctx.texts?.get(letter);
  if (own && normOptionText(sentence).includes(own)) return true;
  return sentence.split(/[,，、;；:：—–()（）]/).some((c) => ctx.units && optionByContent(c, ctx.units, 2, ctx.raw, ctx.names) === letter);
}

/**
 * The single credited letter has, in its own sentence, an appositive clause right before or after its answer clause
 * that is wholly another option's name ("I'd use oral prednisolone, so option A"; "答案是A，甲状腺功能亢进，因为…"), and the
 * sentence never names the letter's own option. The answer clause itself names no option and sets nothing aside.
 */
function appositiveDisagrees(text: string, ctx: LetterContext, letter: string): boolean {
  if (!ctx.texts || !ctx.units) return false;
  // The letter's last place is the committed one (earlier ones label rows, a mnemonic, a restated question).
  const letterRe = new RegExp(`(?<![A-Za-z])[(（]?${letter}[)）]?(?![A-Za-z'’])`, 'g');
  const last = [...text.matchAll(letterRe)].pop();
  if (!last) return false;
  // A full stop ends a sentence before a capital, a Chinese character or the end ("i.e. option B" goes on).
  const bounds = /[\n。！？!?；;]|\.(?=\s*[\u4e00-\u9fff]|\s+[A-Z]|\s*$)/g;
  let start = 0;
  let end = text.length;
  for (const b of text.matchAll(bounds)) {
    if (b.index < last.index) start = b.index + 1;
    else if (b.index >= last.index + last[0].length) {
      end = b.index;
      break;
    }
  }
  const sentence = text.slice(start, end);
  const at = last.index - start;
  const clauseBreak = /[,，、—–]|--|\s-\s/g;
  const cuts = [0, ...[...sentence.matchAll(clauseBreak)].flatMap((m) => [m.index, m.index + m[0].length]), sentence.length];
  const clauses: { from: number; to: number }[] = [];
  for (let i = 0; i + 1 < cuts.length; i += 2) clauses.push({ from: cuts[i], to: cuts[i + 1] });
  const k = clauses.findIndex((c) => at >= c.from && at < c.to);
  if (k < 0) return false;
  const before = sentence.slice(clauses[k].from, at);
  const after = sentence.slice(at + last[0].length, clauses[k].to);
  // The answer clause is a cue and the letter: no option's words in it, nothing set aside or contrasted.
  if (REJECT_RE.test(before) || /\bbut\b|但|不过|however/i.test(before + after)) return false;
  const allUnits = new Set([...ctx.units.values()].flatMap((u) => [...u]));
  if ([...contentUnits(before + ' ' + after)].some((u) => allUnits.has(u))) return false;
  if (namesOwn(sentence, letter, ctx)) return false;
  const other = (c: { from: number; to: number } | undefined) => {
    const named = c ? wholeName(sentence.slice(c.from, c.to), ctx) : null;
    return named !== null && named !== letter;
  };
  // Before: the clause naming the pick, then the answer clause ("係登革熱，揀A"). After: the letter ends its clause and
  // the next clause is the name alone ("答案是A，甲状腺功能亢进，…").
  return other(clauses[k - 1]) || (!/[\p{L}\p{N}]/u.test(after.replace(/项|項|选项|選項/g, '')) && other(clauses[k + 1]));
}

/**
 * Taking the answer back: the verb with the answer (or "that", "it", nothing) as its object. The writer is the one doing
 * it: the clause before the verb is empty, first person or a discourse word ("Hmm, on reflection I retract that",
 * "现在收回这个答案", "Scratch that"), never a third party ("那个说法应当收回") or a negation ("I would not retract").
 */
const TAKE_BACK_RE =
  /\b(?:retract(?:s|ed|ing)?|withdraw(?:s|n|ing)?|disregard|ignore|scratch|strike)\b(?:\s+(?:that|this|it|the above|my (?:\w+\s+)?(?:answer|choice|pick)|the (?:above|previous|earlier|first) (?:answer|choice)))?(?=\s*(?:$|[\n.。,，;；:：!！?？—–-]))|\btake\s+(?:that|this|it|my (?:\w+\s+)?answer)\s+back\b|(?:收回|撤回|撤销|作废|推翻)(?:(?:这个|那个|上面的?|前面的?|刚才的?|之前的?|先前的?)?(?:答案|选择|说法))?(?=\s*(?:$|[\n。，,；;：:！!？?—–]))/gi;
const WRITER_LEAD_RE =
  /^(?:\s|[*_]|\b(?:i|i'm|i am|i'll|i will|i have to|i must|let me|actually|hmm+|ok(?:ay)?|wait|so|and|then|on (?:second thought|reflection)|please|now)\b|我|现在|那|那么|还是|先|嗯|等等|等一下|请|要|得|(?:上面|前面|刚才|之前|先前)的?(?:答案|选择)?)*$/i;

/** The reply takes its answer back after the last place it states a credited letter, and names no option letter after. */
function retractedWithoutNew(text: string, ctx: LetterContext, value: string): boolean {
  for (const m of text.matchAll(TAKE_BACK_RE)) {
    const clauseStart = Math.max(...[...'\n.。,，;；!！?？—–:：'].map((p) => text.lastIndexOf(p, m.index - 1))) + 1;
    const lead = text.slice(clauseStart, m.index);
    if (!WRITER_LEAD_RE.test(lead)) continue;
    const after = text.slice(m.index + m[0].length);
    if ([...after.matchAll(/(?<![A-Za-z])[(（]?([A-Z])[)）]?(?![A-Za-z'’])/g)].some((x) => ctx.valid.has(x[1]))) continue;
    const before = text.slice(0, m.index);
    if (![...value].every((l) => new RegExp(`(?<![a-z])${l}(?![a-z'’])`).test(before))) continue;
    // An option named again after the take-back is a new commitment by name: left to the readers.
    if (ctx.texts && [...ctx.texts.values()].some((t) => t.length >= 2 && normOptionText(after).includes(t))) continue;
    return true;
  }
  return false;
}

/** A JSON object's answer key (a bare "[ ]" check-box is no structured answer). */
const JSON_ANSWER_KEY_RE = /["“](?:answers?|答案|final_answers?|choices?|options?|selected(?:_\w+)?|selection|label|选项|选择|正确选项)["”]\s*[:：]/i;

/** A JSON answer field that holds no option: empty, null, or a value no letter or option text can be read from. */
function structuredAnswerInvalid(visible: string, ctx: LetterContext): boolean {
  if (!JSON_ANSWER_KEY_RE.test(visible)) return false;
  const json = findJsonAnswer(visible);
  if (json?.how !== 'json') return false;
  const values = Array.isArray(json.value) ? json.value : [json.value];
  return values.every((v) => v === null || v === undefined || (typeof v === 'string' && !parseAnswerValue(v, ctx)?.letters.some((l) => ctx.valid.has(l))));
}

/**
 * Pure: why the reply does not stand behind the credited `value`, or null when it does. `text` is the cleaned visible
 * reply the readers read, `visible` the reply before cleaning (its JSON intact), `how` the reader that decided.
 */
export function replyInconsistency(
  value: string,
  how: string,
  text: string,
  visible: string,
  ctx: LetterContext,
  opts: ConsistencyOptions = {},
): InconsistencyCode | null {
  if ([...value].some((l) => !ctx.valid.has(l))) return 'letter-not-option';
  if (offOptionList(text, ctx, value)) return 'letter-not-option';
  if (!how.startsWith('json') && structuredAnswerInvalid(visible, ctx)) return 'structured-answer-invalid';
  if (value.length === 1 && appositiveDisagrees(text, ctx, value)) return 'letter-text-disagree';
  if (glossListDisagrees(text, ctx, value) || labelTextDisagrees(text, ctx, value)) return 'letter-text-disagree';
  if (opts.weakReading && !opts.asksRejected && creditedMarkedWrong(text, ctx, value)) return 'letter-marked-wrong';
  if (!opts.asksRejected && fullColumnCrossesCredited(text, ctx, value)) return 'letter-marked-wrong';
  if (retractedWithoutNew(text, ctx, value)) return 'retracted';
  return null;
}
