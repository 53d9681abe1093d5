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

// Review s30: a question about the HARM of a medicine (a side effect, 'does it cause', an interaction, alcohol, 'is it
// safe', 伤肾) or a telling of its ingestion or a reaction to it (took too much, overdosed, swallowed, 误服, 吃多了, 喝了…瓶,
// 'took X and now my throat…', 吃了X后喉咙发紧). A synthesised medicine page says only which conditions list the medicine
// ('常用药品列有二甲双胍的疾病：糖尿病乳酸性酸中毒'), nothing of harm, so where such a frame is said the page is not the
// topic and is not retrieved (knowledge-base.ts): the condition pages the question reached before such pages existed
// (乳酸性酸中毒 with its caution) keep their places, whatever the triage level (r-c30, r2-01, r2-12, ev-e10, ev-x22).
const ZH_HARM =
  /副作用|不良反应|不良反應|(?:会|會|能|可能)(?:不会|唔會|唔会)?(?:引起|导致|導致|引致|造成|诱发|誘發)|引起[^，。,.?？!！]{0,12}(?:吗|嗎|么|嘛|呢|㗎|冇)|伤(?:肾|肝|胃|身)|傷(?:腎|肝|胃|身)|(?:肝|肾|腎|胃)(?:损伤|損傷|损害|損害)|毒性|中毒|过敏|過敏|酸中毒|喝酒|饮酒|飲酒|酒精|(?:喝|饮|飲|食)[^，。,.?？!！]{0,3}(?:酒|啤|紅酒)|啤酒|红酒|白酒|黄酒|危险|危險|(?:一起|一齊|同时|同時|一同|混着?|混合)(?:吃|服|食|用|喝|饮|飲)|同服|相互作用|相互影响|冲突|衝突|安全吗|安全嗎|有害|危害|过量|過量|吃多了|食多咗|吃太多|误服|誤服|误吃|誤吃|误食|誤食|吃错|食錯|吞了|吞咗|喝了[^，。,.?？!！]{0,6}(?:瓶|杯|口|支|盒)|(?:吃|服|食|打|注射|用)(?:了|咗|完|后|後)[^。?？!！]{0,14}(?:喉咙|喉嚨|喘|呼吸|透不过|肿|腫|疹|晕|暈|吐|心慌|发紧|發緊|抖|出汗|冒汗|不舒服|唔舒服|难受|難受|恶心|噁心|头痛|頭痛|拉肚子|腹泻|肚痛|胃痛|胃疼|痒|癢|失眠|心悸|乏力)/u;
const EN_HARM =
  /\bside[- ]?effects?\b|\badverse\b|\breactions?\b|\ballerg|\binteract|\balcohol|\b(?:drink|drinking|drank)\b|\bbeer\b|\bwine\b|\boverdos|\btoo (?:much|many)\b|\bextra (?:dose|pills?|tablets?)\b|\bdouble[- ]dosed?\b|\bswallow(?:ed|s)?\b|\bate (?:a |some |all |half )?(?:handful|bunch|few|several|bottle|pack|\d+|of)\b|\bcaus(?:e|es|ed|ing)\b|\bsafe\b|\bsafely\b|\bpoison|\btoxic|\btogether\b|\bmix(?:ed|ing)?\b|\b(?:took|taken|had|got|used) [^.?!]{0,40}\b(?:and|then) (?:now|suddenly|my|i|i'm|im)\b|\bhurts? (?:my |the )?(?:kidney|liver|stomach)|\bdanger|\bharm|\brisk|\b(?:mak(?:e|es|ing)|made) (?:me|him|her|them|my \w+) (?:sick|dizzy|nauseous|nauseated|throw up|vomit|itch|itchy|sleepy|drowsy|tired|shaky|feel)|\b(?:since|after) (?:taking|starting|i started|i took|he took|she took)\b|\b(?:ran out of|stopped|missed)\b[^.?!]{0,40}\b(?:feel|felt|dizzy|sick|shaky|and now)/i;

/** Pure: does the question ask about a medicine's harm, or tell of taking one and a reaction or overdose? */
export function harmFrame(query: string): boolean {
  return ZH_HARM.test(query) || EN_HARM.test(query);
}
