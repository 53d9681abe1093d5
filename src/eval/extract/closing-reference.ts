// The reply's closing statement read as a list of REFERENCES to options, each resolved on its own: a letter, an
// ordinal ("the second-to-last option", "first, third and fourth", "倒数第二个", "第一、第二和最后一项"), or the
// option's content (its words, its terminology names in the other language: "ranitidine" for 雷尼替丁, "右束支不完全阻滞"
// for 不完全性右束支传导阻滞), combined by "all except …" / "除了…其余都对" as the complement. The letter and
// statement readers (answer-statements.ts) read letters and option texts written out; a reply that points at options
// by where they stand or by what they say has no letter for them to read. A reference that names no option, or two
// options as well as each other, makes the whole closing unread (abstention), as do references to different options on a
// one-answer item; a letter written with another option's content ("C（甘露醇）", 甘露醇 being A) is two answers
// (conflict, no credit). Pure.
import { OTHERS_CHOOSE_RE } from './answer-lexicon.js';
import { ordinalPositions } from './answer-text.js';
import { LIST_JOINER_WORDS, type LetterContext } from './letter-set.js';
import { clauseStance, namedOptions } from './commitment.js';
import { contentUnits, unitsSaid } from './option-names.js';

export type ReferenceKind = 'letter' | 'ordinal' | 'content';

export interface ClosingReading {
  /** Sorted letters, or [] on a conflict. */
  letters: string[];
  /** The kinds of reference the closing used (a letter-only closing is the statement readers' business). */
  kinds: ReadonlySet<ReferenceKind>;
  /** A letter written with another option's content in one reference ("C（甘露醇）" when 甘露醇 is A). */
  conflict: boolean;
  /** Offset of the closing span in the text. */
  pos: number;
  /** Read as "all except …": the options the closing names are the ones it leaves out. */
  except?: boolean;
}

// A conclusion cue and what it introduces. English cues begin a clause ("So the second-to-last option is the one",
// "That makes it the first…", "Go with the ACEi", "→ Pick: B) vancomycin"); Chinese ones introduce the answer
// ("答：", "应选：", "所以答案选…", "也就是…", "那就只有…了"); the 选 of 选项 is the reference's own ("故选项D无效").
const CUE_RE =
  /(?:^|[\s(:：,，.。>→*])(?:(?:so|thus|therefore|hence)\b[\s:,]*(?:(?:that|this)\s+(?:makes|leaves)\s+(?:it|them)?\s*|(?:the\s+)?(?:answer|answers)\s+(?:is|are)\s+|(?:i'?d|i\s+would|i'?ll)\s+(?:say|pick|choose|go\s+with)\s+)?|(?:that|this)\s+(?:makes|leaves)\s+(?:it|them)?\s*|go(?:ing)?\s+with(?:\s+the\s+highest)?[\s:]*|(?:pick|choose|select)[\s:]+|(?:final\s+)?answer[\s:]+(?:is\s+)?)|(?:^|\n)\s*(?:最终|正确)?答案?\s*[:：]\s*|答案(?:应?(?:是|为|选))\s*[:：]?\s*|(?:应|故|本题|所以)(?:首)?选(?!项)\s*[:：]?\s*|(?:所以|因此|故|综上)(?:答案)?(?:选(?!项)|是|为)?\s*|也就是(?:说)?\s*|那就只有|只剩(?:下)?/gi;

// Everything before the last copula of the span is the subject ("the drug that is NOT included is ranitidine").
const COPULA_SPLIT = /\s(?:is|are)\s(?!not\b)|就是|即为/gi;

// Words around an ordinal or a content reference that say nothing about which option ("the", "option", "one", "那个").
const FILLER_RE =
  /\b(?:the|a|an|option|options|choice|choices|one|ones|item|items|answer|listed|both|all|also|is|are|it|them|that|this|on\s+the\s+list|here|correct|right|true|about|with|plus|then|just|only)\b|那个|那一?项|这一?项|那条|的那|那一?个|这个|选项|答案|都对|正确|了|吧|呢|的|就是|只有|这|那|还有|以及|应?选|[*_`~#>"'“”‘’「」()（）[\]【】:：!！?？.。,，;；\-–—→]/gi;

/** The piece with its filler words and marks removed, spaces collapsed. */
const stripFiller = (piece: string): string => piece.replace(FILLER_RE, ' ').replace(/\s+/g, ' ').trim();

/** A letter that opens a piece ("B) vancomycin", "option C", "选项D", "(A)"), as the piece's first reference. */
const LEADING_LETTER_RE = /^\s*(?:option\s+|选项\s*)?[(（]?([A-J])[)）.:：]?(?=\s|[\u4e00-\u9fff(（]|$)/;
/** A letter in brackets that closes a piece ("甘露醇（A）"). */
const TRAILING_LETTER_RE = /[(（]([A-J])[)）]\s*$/;
/** The piece's letter reference: a leading letter, else a bracketed closing one. */
const letterReference = (piece: string): RegExpExecArray | null => LEADING_LETTER_RE.exec(piece) ?? TRAILING_LETTER_RE.exec(piece);

/** The option letters by their place in the list (the order the options were given). */
const ordered = (ctx: LetterContext): string[] => [...(ctx.raw?.keys() ?? ctx.valid)].sort();

interface Resolved {
  letters: string[];
  kind: ReferenceKind;
}

/** Resolve one piece: null = names nothing (filler only), 'unread' = says something no option answers to, or two options. */
function resolvePiece(piece: string, ctx: LetterContext): Resolved[] | null | 'unread' {
  const out: Resolved[] = [];
  // A letter with the option's content beside it ("B) vancomycin", "C（甘露醇）"): both are references.
  let rest = piece.replace(/^(?:\s*\b(?:both|the|and|plus|also|just|only|then)\b)+\s*/i, '');
  const letter = letterReference(rest);
  if (letter && ctx.valid.has(letter[1])) {
    out.push({ letters: [letter[1]], kind: 'letter' });
    rest = rest.slice(0, letter.index) + rest.slice(letter.index + letter[0].length);
  }
  // A parenthesis that only explains ("obesity (peripheral aromatization …)") is not a name.
  const bare = stripFiller(rest.replace(/\s*[(（][^()（）]{12,}[)）]/g, ' '));
  if (!bare) return out.length ? out : null;
  const ordinal = ordinalPositions(bare);
  if (ordinal) {
    const list = ordered(ctx);
    const letters = ordinal.map((n) => list[n >= 0 ? n : list.length + n]);
    if (letters.some((l) => l === undefined)) return 'unread';
    out.push({ letters, kind: 'ordinal' });
    return out;
  }
  const said = contentUnits(bare);
  if (!said.size) return out.length ? out : null;
  // After a letter, a clause is its reason ("B — uropathogenic E. coli accounts for most"), not a second name.
  if (out.length && isClause(bare)) return out;
  // The option the piece names by its text, an alias or content units no other option has (commitment.ts, the one
  // reader of options named in a clause; it refuses a head with another modifier, "慢性胰腺炎" for 急性胰腺炎). One
  // shared unit is enough when it is all the piece says ("吗啡", a two-character name, is one character pair).
  const strict = namedOptions(bare, ctx, 2);
  if (strict.length > 1) return 'unread';
  const loose = strict.length ? [] : namedOptions(bare, ctx, 1);
  const units = ctx.units ? unitsSaid(said, ctx.units, ctx.names) : undefined;
  const content = strict[0] ?? (loose.length === 1 && [...said].every((u) => units?.get(loose[0])?.has(u)) ? loose[0] : null);
  if (!content) return out.length ? out : 'unread';
  out.push({ letters: [content], kind: 'content' });
  return out;
}

/** The piece says nothing but the options it resolved to: an ordinal, a letter, or words of the option's own. */
function onlyNames(piece: string, r: readonly Resolved[], ctx: LetterContext): boolean {
  if (r.some((x) => x.kind === 'ordinal')) return true;
  // The letter reference blanked (resolvePiece's own reading of it), whatever it names.
  const letter = letterReference(piece);
  const rest = stripFiller(letter ? `${piece.slice(0, letter.index)} ${piece.slice(letter.index + letter[0].length)}` : piece);
  const said = contentUnits(rest);
  const units = ctx.units ? unitsSaid(said, ctx.units, ctx.names) : new Map<string, ReadonlySet<string>>();
  const own = new Set(r.flatMap((x) => [...(units.get(x.letters[0]) ?? [])]));
  return [...said].every((u) => own.has(u));
}

/** A piece long enough to be a clause of reasoning rather than a name: more than three words besides filler, or ten Chinese characters. */
const isClause = (piece: string): boolean => (stripFiller(piece).match(/[a-z]+/gi) ?? []).length > 3 || (piece.match(/[\u4e00-\u9fff]/g) ?? []).length > 10;

const LIST_SPLIT = new RegExp(String.raw`\s*(?:、|,|，|;|；|\+|${LIST_JOINER_WORDS}|—|–|--|\s-\s)\s*`, 'i');

/** The last sentence of the reply that carries a conclusion cue, from the cue's end to the sentence's end. */
function closingSpan(text: string): { span: string; pos: number } | null {
  const body = text.replace(/\*\*|__/g, '').trimEnd();
  // Only the closing paragraph concludes; a cue earlier in the reply ("So A." then more discussion) is reasoning.
  const para = body.lastIndexOf('\n\n');
  const from = para < 0 ? 0 : para + 2;
  const tail = body.slice(from);
  let last: RegExpExecArray | null = null;
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(tail); m; m = CUE_RE.exec(tail)) {
    last = m;
    if (m[0].length === 0) CUE_RE.lastIndex++;
  }
  // No cue: a closing paragraph that is one "all except …" sentence is a bare answer line ("Everything but amoxicillin.",
  // "除了D其余都对。"); its exception must never be read as the answer itself.
  if (!last) {
    const line = tail.trim();
    // One sentence of one clause: "All except B could be given eventually, but the first-line drug is A" goes on.
    const one = !/[\n。!！?？;；,，:：]|\.\s+\S/.test(line.replace(/[.。!！]+$/, '')) && (line.match(/\b(?:but|however)\b|但|不过/gi) ?? []).length <= 1;
    return one && (EXCEPT_EN_RE.test(line.replace(/[.。!！]+$/, '')) || EXCEPT_ZH_RE.test(line))
      ? { span: line.replace(/[.。!！]+$/, ''), pos: from + (tail.length - tail.trimStart().length) }
      : null;
  }
  const start = last.index + last[0].length;
  const rest = tail.slice(start);
  // Cleaned text writes a Chinese full stop as "." with no space after it.
  // An initial's dot ("E. coli", "S. aureus") ends no sentence.
  const stop = rest.search(/[\n。!！?？;；]|(?<![\s(][A-Z])\.(?:\s|$|(?=[\u4e00-\u9fff]))|(?<=[\s(][A-Z])\.(?!\s+[a-z])/);
  return { span: rest.slice(0, stop < 0 ? rest.length : stop), pos: from + start };
}

// "All except …" / "除了…其余…": the list, and what the sentence says of the rest (before the list or after it).
const EXCEPT_EN_RE =
  /^(?:all|every(?:thing|\s+option)?)\s+(?:of\s+them\s+|(?:the\s+)?(?:options?|choices?)\s+)?(?:((?:is|are)\s+[^,]+?)\s*,?\s+)?(?:except|but|apart\s+from|other\s+than)\s+(?:for\s+)?(.+)$/i;
const EXCEPT_ZH_RE = /^(?:除了?|除去)(.+?)(?:以外|之外|外)?\s*[,，]?\s*(?:其余|其他|其它|剩下的?|别的)(?:的|选项|各项)?(.+)$/;
const EXCEPT_ZH_AFTER_RE = /^((?:都|均|全)[^,，]+?)\s*[,，]?\s*除了?(.+)$/;
// Where an English except-list ends and its predicate begins ("all but glipizide | are incorrect").
const PREDICATE_SPLIT = /\s+(?=(?:is|are|was|were|can|could|should|would|must|may|might|will|seem|seems|look|looks|remain|remains)\b)/i;
// A predicate that says the rest are right when the stance markers are silent ("are right", "都对", "其余都选上").
const RIGHT_RE = /^(?:(?:is|are)\s+)?(?:right|the\s+answers?|appropriate|indicated|valid)\b|^(?:都|均|全|皆)?(?:是)?(?:对|当选|可选|要选)/i;

interface ExceptReading {
  list: string;
  /** The rest are the answer (complement), or the list alone is (the rest rejected). */
  complement: boolean;
}

/**
 * "All except X" read by the polarity of what it says of the rest — the commitment reader's stance (clauseStance), the
 * one reader of rejection: "其余都对", "all but X are correct", "So all except X." → the rest; "其余都是错的", "其余都可以
 * 排除", "all but X are incorrect" → X alone; a predicate with no stance ("其余都是", "其余都可以") → 'unread'.
 */
function readExcept(span: string, ctx: LetterContext): ExceptReading | 'unread' | null {
  let list: string;
  let predicate: string;
  let m = EXCEPT_EN_RE.exec(span);
  if (m) {
    const [head, ...tail] = m[2].split(PREDICATE_SPLIT);
    // "all are reasonable but C is best" is a contrast, not an exception: a predicate on both sides.
    if (m[1] && tail.length) return 'unread';
    list = head;
    predicate = [m[1] ?? '', ...tail].join(' ').trim();
  } else if ((m = EXCEPT_ZH_RE.exec(span))) {
    list = m[1];
    predicate = m[2];
  } else if ((m = EXCEPT_ZH_AFTER_RE.exec(span))) {
    list = m[2];
    predicate = m[1];
  } else return null;
  predicate = predicate.replace(/[\s.。!！]+$/, '');
  // English "So all except X." says nothing more: the rest are the answer. A Chinese one must say what the rest are.
  if (!predicate) return EXCEPT_EN_RE.test(span) ? { list, complement: true } : 'unread';
  const stance = clauseStance(predicate, ctx);
  if (stance < 0) return { list, complement: false };
  if (stance > 0 || RIGHT_RE.test(predicate)) return { list, complement: true };
  return 'unread';
}

// An exception's head at the start of a sentence: "All/Everything … but/except/apart from/other than", "除了…".
// "but" only right after the head ("Everything but X"); after a clause it is a contrast ("All can work, but X is first-line").
const EXCEPT_HEAD_RE = /^(?:all|every(?:thing|\s+option)?)\b(?:\s+but\b|[^.!?。！？\n]{0,30}?\b(?:except|apart\s+from|other\s+than)\b)|^(?:除了?|除去)/i;

/**
 * Pure: the options the reply's last sentence names only inside an exception ("Everything but amoxicillin, probably.",
 * "All except amoxicillin (which is safe).", "除了阿莫西林其余都会") — whatever the rest of the sentence says, what it
 * excepts is not what it chose. Empty when the last sentence opens no exception.
 */
export function exceptedInClosing(text: string, ctx: LetterContext): Set<string> {
  const body = text.trimEnd();
  const last = (
    body
      .split(/\n|(?<=[.!?。！？])\s*/)
      .filter((x) => x.trim())
      .pop() ?? ''
  ).trim();
  const head = EXCEPT_HEAD_RE.exec(last);
  if (!head) return new Set();
  const rest = last.slice(head[0].length);
  // The exception runs to the end of its list: a comma, a bracket, a predicate or a contrast ends it.
  const list = rest.split(/[,，;；:(（]|\s(?:is|are|was|were|would|could|should|might|may|can|will|but|though)\b|其余|其他|其它|剩下|都|均/i)[0];
  // "Everything but amoxicillin is wrong", "除了D其余都不对": the rest set aside, the exception is the one chosen.
  if (clauseStance(rest.slice(list.length), ctx) < 0) return new Set();
  return new Set(namedOptions(list, ctx, 2));
}

/**
 * Pure: the closing statement's references and the letters they name, or null when the closing names nothing this
 * reader can resolve (no cue, a reference that names no option, a tie).
 */
export function readClosingReferences(text: string, ctx: LetterContext, multi?: boolean): ClosingReading | null {
  // A JSON reply says its answer in its own field (json-answer.ts); its prose values are reasoning.
  if (/^\s*(?:```\w*\s*)?[{[]/.test(text)) return null;
  const closing = closingSpan(text);
  if (!closing) return null;
  const span = closing.span.replace(/^[\s:：,，]+/, '').trim();
  // A choice told of others ("Most students choose B", "有人选B") is reported, not made.
  const lead =
    text
      .slice(Math.max(0, closing.pos - 80), closing.pos)
      .split(/[\n.!?。！？]/)
      .pop() ?? '';
  if (OTHERS_CHOOSE_RE.test(`${lead}${closing.span}`)) return null;
  // "All/none of the above" and letter ranges ("A–D") are the letter readers' (letter-set.ts).
  if (/\b(?:all|none)\s+(?:of\s+)?the\s+above\b|以上|[A-J]\s*(?:[–—~～]|-(?=\s*[A-J]\b)|到|至)\s*[A-J](?![A-Za-z])/i.test(span)) return null;
  // A question, or options left open ("B or C depending on…", "A或C"), names no answer.
  if (!span || /[?？]/.test(span) || /\b(?:or|either|depending|depends)\b|或|还是|取决/i.test(span)) return null;
  // A leading walk the closing sums up ("其余都对，也就是第一、第二和最后一项") is read from the last summing cue.
  const except = readExcept(span, ctx);
  if (except === 'unread') return null;
  // The list of an "all except" must be names only: "all but glipizide cause hypoglycaemia" says something of them.
  if (except) {
    const read = readReferenceList(except.list, ctx, except.complement, multi === false ? undefined : multi, closing.pos, true);
    // "Everything but D." on a one-answer item names several options and excludes the one it names: no answer.
    if (read && multi === false && read.letters.length > 1) return { letters: [], kinds: read.kinds, conflict: true, pos: closing.pos };
    return read && except.complement ? { ...read, except: true } : read;
  }
  // An exception this reader did not read ("除了A以外", "other than B") leaves the closing unread.
  if (/\b(?:except|apart\s+from|other\s+than)\b|除了?|除去/i.test(span)) return null;
  // Options named in a denial ("so biopsy, PET and surgery are not indicated", "故选项D无效", "the penultimate choice is
  // a distractor") are rejected, not chosen — read by the commitment reader's stance, the one reader of rejection; a
  // restated negative question ("the drug that is NOT included is …") is no denial.
  const asserted = span.replace(/\b(?:that|which|who)\s+(?:is|are)\s+not\b|不(?:是|属于|包括)[^,，]{0,12}的/gi, ' ');
  if (asserted.split(/[,，;；:：、]/).some((c) => clauseStance(c, ctx) < 0)) return null;
  // "X is the one" / "the drug that is NOT included is ranitidine": the side of the copula that names the option, else
  // the whole span ("insulin drives K+ into cells … (which is why …)" has a copula inside a reason).
  const parts = span.split(COPULA_SPLIT).filter((p) => stripFiller(p));
  const after = parts.length > 1 ? readReferenceList(parts[parts.length - 1], ctx, false, multi, closing.pos) : null;
  return after ?? readReferenceList(span, ctx, false, multi, closing.pos);
}

/** The references of a closing list and the letters they name (complement: the options the list leaves out). */
function readReferenceList(
  span: string,
  ctx: LetterContext,
  complement: boolean,
  multi: boolean | undefined,
  pos: number,
  namesOnly = false,
): ClosingReading | null {
  const kinds = new Set<ReferenceKind>();
  const named: string[][] = [];
  // A letter glossed after a dash ("B - lithium", "D — Four-factor PCC") is one reference: its letter and its content.
  const glossed = span.replace(/(?<![A-Za-z])([A-J])\s*(?:—|–|--|\s-)\s*/g, '$1 ');
  for (const raw of glossed.split(LIST_SPLIT)) {
    if (!raw.trim()) continue;
    // A list of references ends where a clause of reasoning begins ("因此（B）最符合本例；喉返神经损伤主要表现为…").
    if (named.length && isClause(raw)) break;
    const r = resolvePiece(raw, ctx);
    if (r === 'unread') return null;
    if (!r) continue;
    if (namesOnly && !onlyNames(raw, r, ctx)) return null;
    // One piece: its letter and its content must agree.
    const own = new Set(r.flatMap((x) => x.letters));
    if (r.length > 1 && own.size > 1 && r.every((x) => x.letters.length === 1))
      return { letters: [], kinds: new Set(r.map((x) => x.kind)), conflict: true, pos };
    for (const x of r) kinds.add(x.kind);
    named.push([...own]);
  }
  if (!named.length) return null;
  let letters = [...new Set(named.flat())].sort();
  if (complement) letters = ordered(ctx).filter((l) => !letters.includes(l));
  if (!letters.length) return null;
  // Two options named for a one-answer item across the list: a combination or a description this reader cannot
  // tell apart, so it abstains (a letter and another option's content in one reference is the conflict above).
  if (multi === false && letters.length > 1) return null;
  return { letters, kinds, conflict: false, pos };
}
