// The connective between a committed answer and what the reply names after it decides what that second thing is (#16,
// session 23). The answer's clause is read as a structure — the answer, a connective, a second piece — instead of one
// phrase list per reader: the second piece is ANOTHER answer offered in its place (an alternative: "or", "/", 或, 还是,
// Cantonese 定係; a fallback: "failing that", "if that fails", "otherwise", 无效则, 不行就, 否则, Cantonese 唔得就), a LATER
// step after the answer (a sequence: "then", "followed by", 然后, 随后, 之后再), something added to the answer (an
// addition: "and", "plus", 联合), or something set aside (a contrast: "not", "rather than", 而不是). Only an alternative or a
// fallback that names another option makes a one-answer reply a hedge; a sequence keeps the answer, so "A lorazepam,
// then levetiracetam" commits to A while "A lorazepam; failing that, D" does not. One table, both languages. Pure.

import { writerDoubtsCertainty } from './modal-reading.js';

export type ConnectiveClass = 'alternative' | 'fallback' | 'sequence' | 'addition' | 'contrast';

/**
 * Connectives by class, written as regular-expression sources (English words are matched as whole words). A fallback
 * is a condition on the answer failing or being unavailable — any other condition ("if the CT is negative") leaves a
 * sequence a sequence.
 */
export const CONNECTIVES: Readonly<Record<ConnectiveClass, { en: readonly string[]; zh: readonly string[] }>> = {
  alternative: {
    en: ['or', 'and/or', 'alternatively', 'either', 'versus', 'vs\\.?'],
    zh: ['或者', '或是', '或', '还是', '還是', '抑或', '定係', '定系'],
  },
  fallback: {
    en: [
      'failing\\s+(?:that|this|which|it)',
      "if\\s+(?:that|this|it|they|those|these|the\\s+\\w+)\\s+(?:fails?|doesn['’]?t\\s+work|don['’]?t\\s+work|(?:is|are)\\s+(?:ineffective|not\\s+effective|unsuccessful|unavailable|not\\s+available|contraindicated))",
      'if\\s+(?:there\\s+is\\s+)?no\\s+(?:response|improvement|effect)',
      'if\\s+(?:unsuccessful|ineffective|unavailable|not\\s+available|refractory|no\\s+better)',
      'otherwise',
      'or\\s+else',
      'else',
      'as\\s+an?\\s+(?:backup|fallback|alternative|plan\\s+b)',
      'back\\s*up\\s+(?:is|would\\s+be|:)',
    ],
    zh: [
      '无效则',
      '無效則',
      '无效时',
      '無效時',
      '无效的话',
      '無效的話',
      '(?:若|如|如果|假如)(?:仍然?|还|還)?(?:无效|無效|不行|控制不佳|不能耐受|不耐受|没有效果|沒有效果)',
      '不行就',
      '不行再',
      '再不行',
      '否则',
      '否則',
      '不然',
      '唔得就',
      '唔得再',
      '唔work就',
      '退而求其次',
      '备选',
      '備選',
    ],
  },
  sequence: {
    en: [
      'then',
      'and\\s+then',
      'followed\\s+by',
      'after\\s+(?:that|which)',
      'afterwards',
      'next',
      'subsequently',
      'later',
      'before\\s+(?:moving\\s+on\\s+to|adding)',
    ],
    zh: [
      '然后',
      '然後',
      '随后',
      '隨後',
      '之后再?',
      '之後再?',
      '以后再?',
      '以後再?',
      '继而',
      '繼而',
      '接着',
      '接著',
      '再(?=[用给給上加做行换換予改])',
      '跟住',
      '序贯',
      '序貫',
    ],
  },
  addition: {
    en: ['and', 'plus', 'with', 'along\\s+with', 'together\\s+with', 'as\\s+well\\s+as', '\\+'],
    zh: ['联合', '聯合', '联用', '聯用', '加用', '加上', '合用', '以及', '和', '与', '與', '加', '\\+'],
  },
  contrast: {
    en: ['not', 'never', 'rather\\s+than', 'instead\\s+of', 'over', 'unlike'],
    zh: ['而不是', '而非', '并非', '不是', '不选'],
  },
};

const ORDER: readonly ConnectiveClass[] = ['fallback', 'contrast', 'sequence', 'alternative', 'addition'];

const alt = (xs: readonly string[]) => xs.join('|');
/** The connective at a piece's start, by class (fallback before alternative, so "or else" is a fallback). */
const OPENING: readonly [ConnectiveClass, RegExp][] = ORDER.map((c) => [
  c,
  new RegExp(`^[\\s,，;；:：、—–-]*(?:(?:and|but|so)\\s+)?(?:\\b(?:${alt(CONNECTIVES[c].en)})(?![A-Za-z])|(?:${alt(CONNECTIVES[c].zh)}))`, 'i'),
]);

/** A fallback condition anywhere in a piece ("valproate if that fails", "C if unavailable", 丙戊酸钠无效时). */
const FALLBACK_ANYWHERE_RE = new RegExp(
  `(?<![A-Za-z])(?:${alt(CONNECTIVES.fallback.en.filter((s) => s.startsWith('if') || s.startsWith('failing')))})(?![A-Za-z])|${alt(CONNECTIVES.fallback.zh)}`,
  'i',
);

/** A piece that calls what it names as good as the answer ("B would also be reasonable", 然后B也可以): a rival whatever joins it. */
const AS_GOOD_RE =
  /\b(?:also|too|as\s+well|equally|just\s+as|either)\b|也(?:可以|可|行|对|對|好|不错|不錯|合理|正确|正確|能|是)|亦可|同样|同樣|均可|都可以?|都行|都得|都啱/i;

/** Pure: where `piece` calls what it names as good as another option (also/equally, 也可以/均可/都可以), or -1. */
export function asGoodAt(piece: string): number {
  return piece.search(AS_GOOD_RE);
}

/** Pure: the class of the connective opening `piece` (its separator included), or null when none opens it. */
export function connectiveOf(piece: string): ConnectiveClass | null {
  for (const [c, re] of OPENING) if (re.test(piece)) return c;
  return null;
}

/** Pure: the piece is a connective and nothing else ("as a backup", "failing that", 否则): it governs the piece after it. */
export function connectiveOnly(piece: string): boolean {
  for (const [, re] of OPENING) {
    const m = re.exec(piece);
    if (m && !/[A-Za-z\u4e00-\u9fff]/.test(piece.slice(m[0].length))) return true;
  }
  return false;
}

/** Pure: the piece carries a fallback condition — the answer failing or being unavailable. */
export function fallbackIn(piece: string): boolean {
  return FALLBACK_ANYWHERE_RE.test(piece);
}

/**
 * Pure: what the piece after an answer does to it — 'rival' (another answer offered instead: an alternative, or any
 * piece under a fallback condition), 'later' (a step after the answer: a sequence with no fallback condition that does
 * not call its piece as good as the answer), 'aside'
 * (set aside), 'added' (added to the answer), or null (no connective: the caller's own reading stands).
 */
export function pieceRole(piece: string): 'rival' | 'later' | 'aside' | 'added' | null {
  const c = connectiveOf(piece);
  if (c === 'fallback' || c === 'alternative') return 'rival';
  if (c === 'contrast') return 'aside';
  if (fallbackIn(piece)) return 'rival';
  if (c === 'sequence') return AS_GOOD_RE.test(piece) ? 'rival' : 'later';
  if (c === 'addition') return 'added';
  return null;
}

/**
 * A doubt the writer states about what they just said (review s23 rows 13–14: "A lorazepam, then phenytoin; not sure
 * about the order", "— or the other way round", "might have the order wrong", 唔肯定邊個先): after a sequence it puts
 * the order itself in question, so the later step is offered as a possible first answer. The writer's own uncertainty
 * and a reversal of the order only — "may be needed", "if not controlled" say nothing of the writer's certainty.
 */
const DOUBT_RE =
  /\b(?:not|never)\s+(?:\w+\s+)?(?:sure|certain|confident)\b|\bunsure\b|\buncertain\b|\bno\s+idea\b|\b(?:have|got|get)\s+(?:the\s+|it\s+|them\s+)?(?:order\s+|sequence\s+)?(?:wrong|backwards|reversed|mixed\s+up|the\s+wrong\s+way)|\b(?:other|opposite)\s+way\s+(?:round|around)\b|\b(?:reverse|opposite)\s+order\b|\bdon['’]?t\s+(?:know|remember|recall)\s+which\b|\bcan['’]?t\s+(?:remember|recall|tell)\s+which\b|\bI\s+doubt\b|唔知边|拿不准|说不准|没把握|记不清|(?:反过来|倒过来)(?:也|亦|都)?(?:可以|行|得|可能|说不定)?(?=[。.!?！？，,；;]|$)/i;

/** Pure: `s` (the rest of an answer's statement, and the sentence after it) states the writer's doubt. */
export function doubtStated(s: string): boolean {
  return DOUBT_RE.test(s) || writerDoubtsCertainty(s);
}
