// Answers given by a quantifier over the options instead of their letters. ALL: "All of the above", "All five are
// correct", "全选", "五个选项全部都是" on a multi-answer item is every option (it was read as no answer or as the last letter a
// range or walk named: extract-o/q xo-058, xo-130, xq-001). THE REST:  a reply that gives its verdict on a few options by letter and then says the REST are right
// ("B and D are false … The other three statements hold.", "只有D不对……其余几项都是正确的。", "B、D、E排除。剩下的那一项就是本题
// 答案") answers with the complement of the options it set aside. The letter and closing readers read "all except X"
// written as one phrase; said in two sentences — a verdict on letters, then a quantifier over the others — the answer has
// no letter or option text of its own, so it was read as no answer or as the rejected letters (extract-n…v: xn-112,
// xu-092, xu-113, xv-079 …). Only letters count as set aside here (a verdict on a letter is unambiguous); a count the
// reply gives ("the other three", "其余四条") must match, and a single-answer item must be left with exactly one option.
// Pure.
import type { LetterContext } from './letter-set.js';

/** A letter list ("B and D", "B、D、E", "options A, C") followed by a verdict setting it aside. */
const SET_ASIDE_RE = new RegExp(
  String.raw`(?<![A-Za-z])(?:options?\s+|选项\s*)?\(?([A-J](?:\)?\s*(?:,|、|和|及|与|and|&)\s*(?:and\s+)?\(?[A-J])*)\)?(?![A-Za-z])` +
    String.raw`\s*(?:项|选项)?\s*(?:(?:are|is|were|was)\s+(?:both\s+|all\s+|clearly\s+|simply\s+)?(?:false|wrong|incorrect|untrue|not\s+(?:correct|true|right)|the\s+odd\s+ones?\s+out|ruled\s+out|excluded|eliminated)\b|(?:can\s+be\s+|are\s+|is\s+)?(?:ruled\s+out|excluded|eliminated|crossed\s+off)\b|(?:都|均|正好|明显|则|也)?\s*(?:可以|可|应|应该|是)?(?:错误?(?!过)|不对|不正确|说反了?|有误|排除))`,
  'gi',
);

/** A letter list whose clause ends on its own verdict after a reason: "所以A不能算“最主要病因”，排除。", "B is a distractor, excluded." */
const SET_ASIDE_LATE_RE =
  /(?<![A-Za-z])([A-J](?:\s*(?:,|、|和|及|与|and|&)\s*(?:and\s+)?[A-J])*)(?![A-Za-z])[^A-J\n。.;；!?！？]{0,40}?[,，—–]\s*(?:排除|不选|(?:so\s+)?(?:excluded|eliminated|ruled\s+out))\s*(?=[。.;；!！\n]|$)/gi;

/** The others said to be right: "the rest/others/the other three/the remaining one … are correct/hold", "其余/剩下的…都对/正确/是答案". */
const REST_RE =
  /\b(?:the\s+)?(?:rest|others|other\s+(?:ones?|options?|statements?|choices?|answers?|(?:one|two|three|four|five|\d)(?:\s+(?:ones|options|statements|choices|answers))?)|remaining\s+(?:ones?|options?|statements?|choices?|(?:one|two|three|four|five|\d)(?:\s+\w+)?))\b(?:\s+(?:of\s+them|listed|here))?\s*(?:are|is|all|both|do|does)?\s*(?:all\s+|both\s+)?(?:correct|true|right|valid|hold|apply|fine|accurate|the\s+answers?|the\s+correct\s+(?:ones?|answers?))\b|(?:其余|其他|其它|剩下|余下)的?(?:那)?([一二两三四五六七八九\d几]?)(?:个|项|条|一项|个选项|个说法)?(?:选项|说法|各项|都|均|全|皆|也)*\s*(?:是)?\s*(?:正确的?|对的?|成立|当选|符合|典型|本题答案|答案|就是本题答案|就是答案|是本题答案)/gi;

const COUNT_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** The count a quantifier gives ("other three" → 3, "其余四条" → 4), or undefined. */
function countOf(phrase: string): number | undefined {
  const m = /\b(one|two|three|four|five|\d)\b|([一二两三四五六七八九\d])(?=个|项|条|一项)/i.exec(phrase);
  const w = (m?.[1] ?? m?.[2])?.toLowerCase();
  if (!w) return undefined;
  return /\d/.test(w) ? Number(w) : COUNT_WORDS[w];
}

export interface RestReading {
  letters: string[];
  /** Offset of the "rest" phrase. */
  pos: number;
}

/**
 * Pure: the complement of the letters the reply sets aside, when its last "the rest are right" phrase follows them in
 * the same paragraph or the one before; null when no such phrase, nothing set aside, a count that does not match, or a
 * single-answer item not left with exactly one option.
 */
export function readRestComplement(text: string, ctx: LetterContext, multi?: boolean): RestReading | null {
  REST_RE.lastIndex = 0;
  let rest: RegExpExecArray | null = null;
  for (let m = REST_RE.exec(text); m; m = REST_RE.exec(text)) rest = m;
  if (!rest) return null;
  // A question ("The rest are correct?") states nothing; an exception after it ("the others are correct except E")
  // is a second set aside this reader does not combine.
  const sentence = text.slice(rest.index).split(/[\n.。!！](?:\s|$)|[\n。！]/)[0] ?? '';
  const clause = sentence.slice(rest[0].length).split(/[,，;；—–]/)[0] ?? '';
  if (/[?？]/.test(sentence) || /\b(?:except|but|apart\s+from|other\s+than|besides)\b|除了|除去|除[^，。]{1,12}(?:以外|之外|外)/i.test(clause)) return null;
  // Only a closing remark: the reply's last paragraph holds it.
  if (/\n\s*\n\s*\S/.test(text.slice(rest.index))) return null;
  // The set-aside verdicts of the paragraph before and the one holding the phrase.
  const paragraphs = text.slice(0, rest.index).split(/\n\s*\n/);
  const window = paragraphs.slice(-2).join('\n');
  const aside = new Set<string>();
  for (const re of [SET_ASIDE_RE, SET_ASIDE_LATE_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) for (const l of m[1].match(/[A-J]/g) ?? []) aside.add(l);
  }
  if (!aside.size || [...aside].some((l) => !ctx.valid.has(l))) return null;
  const letters = [...ctx.valid].filter((l) => !aside.has(l)).sort();
  if (!letters.length) return null;
  const count = countOf(rest[0]);
  if (count !== undefined && count !== letters.length) return null;
  if (multi !== true && letters.length !== 1) return null;
  return { letters, pos: rest.index };
}

/**
 * Every option said to be right: "all of the above", "all (five) (of them|options|statements) are correct", "every (single)
 * one is correct", "全选", "(五个选项)全部(都)是/都对/均正确", "以上(都|均)是". The Chinese forms need the options as their subject ("B和C都对" is two). Not after a negation, a condition or before a
 * question, not with an exception ("all … except E" is the complement, read elsewhere).
 */
const ALL_RE =
  /\b(?:all\s+(?:of\s+)?the\s+above|all\s+(?:(?:one|two|three|four|five|six|\d)\s+)?(?:of\s+(?:them|these|the\s+(?:options|statements|choices))|options|statements|choices|answers)?\s*(?:are|is)\s+(?:correct|true|right|valid|the\s+answers?)|(?:all|every(?:\s+single)?\s+one)\s+(?:of\s+(?:them|these)\s+)?(?:is|are)\s+(?:correct|true|right|valid))\b|全选|(?:[一二两三四五六七八九\d]个选项|各项|所有选项|全部选项|每个选项|每一项)(?:全部|全都|都|均|皆)?都?(?:是|正确|对|成立|当选|要选)(?![^\n。!！?？,，;；]{0,6}(?:错|不|除|误))|以上(?:都|均|皆|全)(?:是|对|正确)(?![^\n。!！?？,，;；]{0,6}(?:错|不|除|误))/gi;

/** Pure: offsets of phrases saying every option is right (ALL_RE), on a multi-answer item only, with a count that matches. */
export function allOptionsSaid(text: string, ctx: LetterContext): number[] {
  // An option that is itself "all of the above" is named by the phrase (the letter readers' business).
  if (ctx.multi !== true || [...(ctx.texts?.values() ?? [])].some((t) => /above|以上/.test(t))) return [];
  const out: number[] = [];
  ALL_RE.lastIndex = 0;
  for (let m = ALL_RE.exec(text); m; m = ALL_RE.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    // "其余各项都是…" is the rest, not all.
    if (/\b(?:not|if|whether|unless|nor)\s+(?:\w+\s+)?$|不是|并非|如果|若|是否$|(?:其余|其他|其它|剩下|余下)的?$/i.test(before)) continue;
    if (
      /^[^\n.。!！]{0,30}?(?:[?？]|吗|呢)/.test(after) ||
      /^[^\n.。!！;；]{0,30}?\b(?:except|but|apart\s+from|other\s+than)\b|^[^\n。!！;；]{0,12}?除/i.test(after)
    )
      continue;
    const count = countOf(m[0]);
    if (count !== undefined && count !== ctx.valid.size) continue;
    out.push(m.index);
  }
  return out;
}
