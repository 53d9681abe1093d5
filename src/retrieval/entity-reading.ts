// How a question says the name of a synthesised medicine or test page (knowledge/entity-pages.ts), read apart from
// the readers of condition names (topics.ts negatedAt, askedAt): a medicine the writer has not taken, and a medicine
// or hormone name that stands for a measured level. Either way the page is not what the question is about — review
// s29: '我从来没吃过二甲双胍，为什么血糖还这么高' led with the metformin page; '孕早期黄体酮低会流产吗' and 'is a fasting
// insulin of 30 high' with the progesterone and insulin pages. Pure.

// The clause before the name says it was not taken: 没吃过, 从来没用过, 未服用, 'never taken', 'didn't take', "I'm not
// on". Only the past or present fact, not a choice asked about ('不吃二甲双胍会怎样', "what if I don't take it" ask
// about the medicine).
const ZH_UNTAKEN = /(?:没有?|从没|从未|未曾?|不曾|并没有?)(?:吃|服|用|打|服用|使用|注射|口服|吃到)(?:过|了)?(?:任何|这个|那个|这种|什么)?$/u;
const EN_UNTAKEN =
  /\b(?:never|not|haven't|hasn't|havent|hasnt|didn't|didnt|wasn't|weren't)\s+(?:(?:ever|even|yet|been|really|actually|currently|once)\s+){0,2}(?:tak(?:en|ing)|take|took|us(?:ed|ing)|use|on|prescribed|given|had)\s+(?:(?:any|my|his|her|their|your|the|this|that)\s+)?$/i;
const CLAUSE = /[，。,.!?！？；;：:\n]|\bbut\b|但是?|而是|可是/giu;

/** Pure: does the clause before `start` say the medicine named there was not taken? */
export function untakenAt(query: string, start: number): boolean {
  const before = query.slice(0, start);
  let from = 0;
  for (const m of before.matchAll(CLAUSE)) from = (m.index ?? 0) + m[0].length;
  const clause = before.slice(from);
  return ZH_UNTAKEN.test(clause) || EN_UNTAKEN.test(clause);
}

// A level's direction right after the name (黄体酮低, 胰岛素偏高, 肾上腺素水平升高), ending there: not a longer word
// (胰岛素低血糖 is insulin and hypoglycaemia; 阿司匹林高剂量 a dose).
const ZH_LEVEL =
  /^(?:的)?(?:水平|值|含量|浓度|指标|数值)?(?:有点|有些|比较|稍微|稍|太|很|特别|明显)?(?:偏高|偏低|升高|降低|下降|超标|不足|不够|过高|过低|高|低)(?=$|[，。,.?？!！、；;\s]|[吗呢啊吧了会怎是的要该能可说对有需还就而但和又也都])/u;
// 'insulin level(s)', 'a fasting insulin of 30', 'progesterone = 5.2'.
const EN_LEVEL = /^\s*(?:levels?\b|(?:of|=|:)\s*\d)/i;

/** Pure: does the name ending at `end` stand for a measured level rather than the medicine? */
export function measuredAt(query: string, end: number): boolean {
  const after = query.slice(end, end + 24);
  return ZH_LEVEL.test(after) || EN_LEVEL.test(after);
}
