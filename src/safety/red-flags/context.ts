// Context around a sign mention: is it negated ("没有胸痛", "denies chest pain"), in the past ("去年中风"),
// or part of an educational question ("what is anaphylaxis")? Pure functions over the original text.

/** Clause boundaries: sentence punctuation, commas, and contrast/time pivots that start a new thought. */
const CLAUSE_BREAK =
  /[。！？!?；;，,\n]|\b(?:but|however|although|though|except|yet|now|today|tonight|this morning|this evening)\b|但是|但|可是|不过|然而|现在|今天|今早|今晚|刚才|刚刚|目前/gi;

/** Negation cues. "无法/没法" (unable to) and "not just/only" are not negations. */
const NEG_ZH = /(?:没有|否认|未见|未曾|不伴有?|并无|从未|未|没(?![法劲办力])|无(?![法力助缘故奈论意]))/g;
const NEG_EN =
  /\b(?:no|not(?!\s+(?:just|only|sure|able))|denies|denied|deny|denying|without|never|negative for|free of|absence of|(?:do|does|did|have|has)(?:n'?t| not) (?:have|had|get|got|feel|experience)|no signs? of|ruled out)\b/gi;

/** Past events: a clause that talks about last year or a history is not a current emergency. */
const HISTORY =
  /去年|前年|\d+\s*年前|[一二两三四五六七八九十几多]+年前|[一二两三四五六七八九十几多\d]+个月前|曾经|既往|以前|之前得过|上次|往年|小时候|病史|\blast (?:year|month|summer|winter|spring|fall|autumn)\b|\b(?:years?|months?) ago\b|\bhistory of\b|\bin the past\b|\bused to\b|\bprevious(?:ly)?\b|\bback in \d{4}\b|\bin \d{4}\b|\bhad (?:a|an) \w+ (?:in|back)\b/i;

/** Educational or hypothetical framing; applied only to disease-name ("event") signs, never to symptoms. */
const EDUCATION =
  /什么是|是什么|如何预防|怎么预防|怎样预防|预防|有哪些|区别|风险|发生率|副作用|科普|知识|定义|\bwhat (?:is|are)\b|\bwhat causes\b|\bprevent(?:ion|ing)?\b|\brisks?\b|\bsigns of\b|\bsymptoms of\b|\bdifference between\b|\bhow common\b|\bside effects?\b|\bstatistics\b|\blearn about\b|\binformation (?:about|on)\b|\bdefinition\b|\bexplain\b|\bmovie\b|\bbook\b|\bessay\b|\bclass\b/i;

export interface Clause {
  start: number;
  end: number;
}

/** Split into clauses; each sign mention is judged within its own clause. */
export function clauses(text: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    const at = m.index ?? 0;
    if (at > start) out.push({ start, end: at });
    // Pivot words ("now", "现在") open the next clause and belong to it.
    start = /^[。！？!?；;，,\n]$/.test(m[0]) ? at + m[0].length : at;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

export function clauseAt(all: Clause[], index: number): Clause {
  return all.find((c) => index >= c.start && index < c.end) ?? { start: 0, end: 0 };
}

/** Negated when a cue sits shortly before the mention in the same clause. */
export function isNegated(text: string, clause: Clause, matchStart: number): boolean {
  const before = text.slice(clause.start, matchStart);
  const zhWindow = before.slice(-8);
  for (const m of zhWindow.matchAll(NEG_ZH)) if (m.index !== undefined) return true;
  const words = before.split(/\s+/).filter(Boolean).slice(-6).join(' ');
  NEG_EN.lastIndex = 0;
  return NEG_EN.test(words);
}

export function isHistorical(text: string, clause: Clause): boolean {
  return HISTORY.test(text.slice(clause.start, clause.end));
}

export function isEducational(text: string, clause: Clause): boolean {
  return EDUCATION.test(text.slice(clause.start, clause.end));
}
