// Suicide risk read by its components, the structure a clinician's assessment uses (C-SSRS-like): ideation — direct or
// indirect (how to end it decided, the fear that someone will "do something stupid") —, plan or method, means made
// ready, timing (a time chosen by when others are away or asleep), farewell acts (a note left somewhere, "don't reply",
// "I'm not asking for help, I just wanted to tell someone"), a self-injury done again now, and a thought dwelt on whose
// object is a method ("I keep thinking about hanging myself"). Each component is a small reader over clauses; suicide.ts combines them with the screen's own
// findings by rule. The phrase lexicons of suicide.ts name the words; these readers name a component by the shape of
// its clause, where the words are everyday ones (结束, 东西准备好了, 趁大家都去上班, 不用回复我).
//
// Clauses: the shared split, history judged as everywhere, except that a comparison with the past ("比以前深", "deeper
// than before") tells the present act by its difference from earlier ones: it is no history frame ("又划了 这次比以前深
// 血一直往外冒" was read as history, 以前 in its one space-separated clause). Pure.
import { clauseAt, clauses, isEducational, isNegated, sentenceBounds } from '../red-flags/context.js';
import { matchesOf } from '../red-flags/match.js';
import { isHistoricalAt, isReportedQuestion, maskBereavement } from './self-harm-reader.js';
import { ACCIDENTAL_INJURY, SAID_ACCIDENT } from './wound.js';

/** `feared`: someone fears a person will harm themselves — ideation beside one act (suicide.ts). `indirect`: an ending
 *  decided with its object left out in everyday words (想好了怎么结束, "worked out how I'll do it") — ideation beside
 *  two acts. `closing`: the message closed against an answer or help — a farewell act only beside a wish. */
export type RiskComponent = 'ideation' | 'feared' | 'indirect' | 'plan' | 'means' | 'timing' | 'farewell' | 'closing' | 'selfHarm';

export interface ComponentReading {
  /** The components read now (affirmed, current, not a reported question or a study question). */
  found: RiskComponent[];
}

interface Reader {
  component: RiskComponent;
  /** Also a second component (deciding how to end it is a plan as well as an ideation). */
  also?: RiskComponent;
  re: RegExp;
  /** A state that stands once done (affairs put in order last month are in order now): no history frame voids it. */
  standing?: true;
}

/** Ending decided, at the head of its clause (the writer or no one the subject: "这部小说我已经想好了怎么结束" ends a
 *  novel): how or when decided, then an ending whose object is left out or is oneself. Oneself, everything or a word
 *  of ending a life (了断, 了结) is ideation; a bare 结束/解脱 is also how a story, a job or a term ends: indirect. */
const DECIDED_ZH =
  '(?<=^|[\\s，。！？,.!?])(?:我|俺)?(?:已经|早就|终于|都)?(?:想好了?|决定(?:好)?了?|打算好了?|计划好了?|琢磨好了?)(?:要)?(?:怎么|如何|用什么办法|在哪(?:里|儿)?|哪天|什么时候)(?:去)?';
const ELIDED = '(?=$|[\\s，。！？,.!?~…了吧])';
const END_DECIDED_ZH = new RegExp(`${DECIDED_ZH}(?:(?:了断|了结)(?:自己)?|结束(?:掉)?(?:自己|这一切|一切|生命))${ELIDED}`, 'g');
const END_DECIDED_BARE_ZH = new RegExp(`${DECIDED_ZH}(?:结束|解脱)(?:掉)?${ELIDED}`, 'g');
const END_DECIDED_EN =
  /\b(?:worked|figured) out (?:how|when|where) (?:i'?ll|i'?d|i will|i would|i'?m going to|i'?m gonna|to) (?:end it(?: all)?|go through with it|kill myself)\b|\b(?:decided|made up my mind) (?:how|when|where) (?:i'?ll|i will|i'?m going to|to) (?:end it(?: all)?|go through with it)\b/gi;
const DO_IT_DECIDED_EN =
  /\b(?:worked|figured) out (?:how|when|where) (?:i'?ll|i'?d|i will|i would|i'?m going to|i'?m gonna) do it\b|\b(?:decided|made up my mind) (?:how|when|where) (?:i'?ll|i will|i'?m going to) do it\b/gi;
/** A method done to oneself named as an act (the gerund the lexicons' base forms — "hang myself" — do not read), dwelt
 *  on ("I keep thinking about hanging myself", "thinkin bout jumping off my balcony", "imagining slitting my wrists",
 *  "planning on overdosing on my insulin") or named alone when the act has no everyday sense ("Hanging myself seems like
 *  the only way out"; not "killing myself at the gym", "drowning myself in work", "shooting myself in the foot"). */
const METHOD_EN =
  '(?:(?:hanging|killing|drowning|shooting|poisoning|gassing|hurting|cutting|burning|suffocating|strangling) (?:my|him|her)sel(?:f|ves)(?! (?:some )?slack\\b| out\\b| (?:at|in) the gym\\b| lifting\\b)|jumping (?:off|from) (?:the |a |my |our |this |that )?(?:\\w+ )?(?:bridge|roof(?:top)?|balcony|building|cliff|tower|ledge|window|car ?park|overpass|flyover)\\b|(?:jumping|throwing (?:my|him|her)sel(?:f|ves)) (?:in front of|under) (?:a|the) (?:train|bus|car|truck|lorry|tube)\\b|overdosing\\b|taking an overdose\\b|slitting (?:my|his|her) (?:wrists?|throat)\\b|ending (?:it all|my life|his life|her life)\\b|ending (?:things|everything)\\b(?! with\\b)|not waking up\\b(?! (?:early|in time|on time|for|at|until|till)\\b))';
const THOUGHT_OF_METHOD_EN = new RegExp(
  `\\b(?:think(?:ing|s)?|thinkin|thoughts?|dream(?:ing|s|t|ed)?|fantasi[sz](?:ing|e|ed)|obsess(?:ing|ed)?|imagin(?:e|ing|ed)|picturing|planning|considering|contemplating|urges?|can'?t stop thinking) (?:(?:about|bout|abt|of|on) )?(?:(?:just|actually|maybe|really) )?${METHOD_EN}`,
  'gi',
);
const METHOD_ALONE_EN =
  /\b(?:hanging|drowning|shooting|poisoning|gassing|suffocating|strangling) (?:my|him|her)self\b(?! (?:in|out|up|upside|on)\b)|\bslitting (?:my|his|her) (?:wrists?|throat)\b/gi;
/** Someone fears a person will harm themselves: the collateral report of ideation ("怕他做傻事", "scared she'll do
 *  something stupid"). */
const FEARED_ACT_ZH = /(?:怕|担心|害怕|就怕)[^，。\s]{0,6}(?:做傻事|干傻事|想不开|寻短见|走绝路|轻生|伤害自己|伤害他自己|伤害她自己)/g;
const FEARED_ACT_EN =
  /\b(?:worried|scared|afraid|terrified|frightened|fear|worry|worrying)\b[^.?!]{0,30}\b(?:he|she|they|i|my \w+)(?:'ll| will| might| may| could| is going to| is gonna| would|'d)? (?:do something (?:stupid|silly|drastic|to (?:him|her|them|my)sel(?:f|ves))|hurt (?:him|her|them|my)sel(?:f|ves)|harm (?:him|her|them|my)sel(?:f|ves))\b/gi;
/** The means made ready, named by an everyday word ("东西也准备好了", "got everything I need"). */
const MEANS_READY_ZH = /(?:东西|工具|该准备的|要用的|需要的)[^，。\s]{0,3}(?:都|也|全)?(?:已经)?(?:准备好|备好|买好|弄好|准备齐)/g;
const MEANS_READY_EN =
  /\b(?:got|have|bought|gathered) (?:all )?(?:everything |what )i need\b|\beverything(?:'s| is) (?:ready|set|in place|sorted|prepared)\b|\bi'?m all set\b/gi;
/** A time chosen by when others are away or asleep ("趁大家都去上班", "等他们睡着了", "once everyone's asleep"). */
const TIME_CHOSEN_ZH = /(?:趁|等)[^，。\s]{0,6}(?:都|全)?(?:去)?(?:睡(?:着|了|下)|上班|上学|出门|不在|走了|离开|出差)/g;
const TIME_CHOSEN_EN =
  /\b(?:when|once|while|after) (?:everyone|everybody|they|no ?one|my (?:\w+ )?(?:parents|family|wife|husband|partner|flatmates?|roommates?|mum|mom|dad|kids))(?:'s|'re| is| are| has| have| goes| go| gets| get)? (?:\w+ )?(?:asleep|at work|out|gone|away|in bed|to bed|to sleep|left)\b/gi;
/** Farewell acts: a note written and left somewhere; the message closed against an answer or help. */
const NOTE_LEFT_ZH = /(?:信|纸条|字条|遗书|留言)[^，。\s]{0,4}(?:放|压|夹|留|塞)(?:在)?[^，。\s]{0,6}(?:抽屉|桌|枕头|床|门口|柜)/g;
const NOTE_LEFT_EN =
  /\b(?:letters?|notes?) (?:is |are |was |were |have been |has been )?(?:already )?(?:(?:written and )?left )?(?:in (?:the|my) (?:\w+ )?(?:drawer|desk)|on (?:the|my) (?:\w+ )?(?:desk|bed|pillow|table))\b|\b(?:wrote|written|left) (?:a |the |some )?(?:letters?|notes?) (?:for|to) (?:my (?:mum|mom|dad|family|kids|children|wife|husband|partner|parents)|everyone|mum|mom|dad)\b/gi;
const CLOSED_ZH =
  /(?:不用|不要|别|无需|不必)(?:再)?(?:回复|回|劝|找)我|不是要你劝我|(?:就是|只是|就)(?:想)?(?:跟你|和你|找个地方|找个人|告诉你)(?:说)?(?:一声|一下)/g;
const CLOSED_EN =
  /\b(?:no need to|don'?t|do not|you don'?t have to) (?:reply|respond|write back|answer (?:this|me)|try to (?:stop|talk) me)\b|\bnot asking for (?:help|advice)\b|\b(?:just|only) (?:wanted|want|needed) (?:to )?(?:tell|let) (?:someone|somebody|you)\b/gi;

/** Dependants or the people left entrusted to someone ("look after your mum for me", "以后爸妈就拜托你照顾了") — not a
 *  favour for an absence ("look after the dog for me while I'm away", "出差这几天帮我照顾一下猫"). */
const ENTRUSTED_EN =
  /\b(?:look after|take care of|care for|watch over) (?:\w+ ){1,2}for me\b(?! (?:while|when|until|till|during|this|next|tonight|today|tomorrow|for (?:a|the) (?:few|couple)|over)\b)/gi;
const ENTRUSTED_ZH = /(?:爸妈|爸爸|妈妈|孩子|家里|我妈|我爸)[^，。\s]{0,4}(?:就)?(?:拜托|交给|托付给?)(?:你|你们)(?:照顾)?了/g;

/** Affairs put in order — the preparatory acts of the C-SSRS and the warning signs of suicide-prevention guidance (AFSP,
 *  NIMH, WHO LIVE LIFE): a will made or changed, an insurance beneficiary changed, passwords or savings handed over,
 *  belongings given away, affairs sorted, "made my peace", loose ends tied up, goodbyes said. Everyday estate planning
 *  as often: a farewell act only the way every reader's farewell is — beside despair, low mood, someone unreachable, a
 *  wish or a stockpile (suicide.ts), never alone. */
const AFFAIRS_ZH =
  /受益人[^，。\s]{0,10}(?:改|换|写|填)(?:成|为|了)|(?:存折|银行卡|支付宝|微信|账户|手机)[^，。\s]{0,3}密码[^，。\s]{0,8}(?:告诉|写给|留给|发给|交给)|(?:身)?后事[^，。\s]{0,4}(?:安排|交代|准备|料理)(?:好|了)|遗嘱[^，。\s]{0,4}(?:立|写|办|改)(?:好|了)|(?:存款|积蓄|所有的钱)[^，。\s]{0,6}(?:都|全)(?:已经)?(?:转|留|给)(?:给)?|该(?:安排|交代|处理)的(?:事)?(?:都|也)?(?:已经)?(?:安排|交代|处理)(?:好|完)了/g;
const AFFAIRS_EN =
  /\b(?:changed|updated|sorted(?: out)?|made|signed|finished|written|wrote|redone|rewritten|drawn up|drew up) (?:out )?(?:my |the )?(?:will|life insurance|(?:insurance |pension )?beneficiar(?:y|ies)|power of attorney|funeral (?:plans?|arrangements))\b|\b(?:put|putting|got|getting|have|'ve) (?:all )?(?:my )?affairs in order\b|\b(?:made|making) my peace\b|\b(?:tied|tying) up (?:all )?(?:the |my )?loose ends\b|\b(?:said|saying) (?:all )?my goodbyes\b|\b(?:gave|given|giving) away (?:all |most )?(?:of )?my (?:\w+ ){0,2}(?:things|stuff|belongings|possessions|clothes|books|records|savings)\b|\b(?:left|written down|wrote down) (?:all )?my passwords\b/gi;

const READERS: readonly Reader[] = [
  { component: 'farewell', re: AFFAIRS_ZH, standing: true },
  { component: 'farewell', re: AFFAIRS_EN, standing: true },
  { component: 'ideation', re: THOUGHT_OF_METHOD_EN },
  { component: 'ideation', re: METHOD_ALONE_EN },
  { component: 'ideation', also: 'plan', re: END_DECIDED_ZH },
  { component: 'ideation', also: 'plan', re: END_DECIDED_EN },
  { component: 'indirect', re: END_DECIDED_BARE_ZH },
  { component: 'indirect', re: DO_IT_DECIDED_EN },
  { component: 'feared', re: FEARED_ACT_ZH },
  { component: 'feared', re: FEARED_ACT_EN },
  { component: 'means', re: MEANS_READY_ZH },
  { component: 'means', re: MEANS_READY_EN },
  { component: 'timing', re: TIME_CHOSEN_ZH },
  { component: 'timing', re: TIME_CHOSEN_EN },
  { component: 'farewell', re: NOTE_LEFT_ZH },
  { component: 'farewell', re: NOTE_LEFT_EN },
  { component: 'closing', re: CLOSED_ZH },
  { component: 'closing', re: CLOSED_EN },
  { component: 'farewell', re: ENTRUSTED_EN },
  { component: 'farewell', re: ENTRUSTED_ZH },
];

/** A cut or burn done again with no object named, or told by its depth against earlier ones. */
const INJURY_AGAIN =
  /(?:又|再)(?:划|割)了?(?=$|[\s，。！？,.!?])|(?<compared>(?:划|割)(?:得|的)?比(?:以前|之前|上次|平时|往常)(?:都|还|更)*深)|\b(?:cut|cutting|burn(?:ed|t|ing)?) (?:(?:my|him|her)self )?again\b(?! (?:the|a|an|some|my|his|her|this|that|it)\b)|(?<compared_en>\bcut (?:\w+ ){0,3}deeper than (?:before|last time|usual|ever)\b)/gi;
/** Blood or a depth compared with before, anywhere in the message. */
const BLOOD_OR_DEPTH = /血|比(?:以前|之前|上次|平时|往常)[^，。\s]{0,3}深|\bbleed\w*|\bblood\w*|\bdeeper than\b/i;

/** A comparison with the past: the present act told by its difference from earlier ones, not a history. */
const COMPARED_WITH_PAST = /比(?:以前|之前|上次|平时|往常)|\bthan (?:before|last time|usual|ever|the last)\b/gi;
const blank = (s: string): string => ' '.repeat(s.length);

/** Read every clause for the components (see the head of this file). */
export function readComponents(text: string): ComponentReading {
  const historyText = maskBereavement(text).replace(COMPARED_WITH_PAST, blank);
  const cl = clauses(text);
  const found = new Set<RiskComponent>();
  // Affirmed now: not negated (a closing line is worded with a negation — "不用回复我", "don't reply" — that is no
  // denial), not history, not a question someone else asked, and an ideation or injury not a study question.
  const affirmed = (at: number, component: RiskComponent, standing = false): boolean => {
    const c = clauseAt(cl, at);
    if (component !== 'closing' && isNegated(text, c, at)) return false;
    if ((!standing && isHistoricalAt(historyText, c, at)) || isReportedQuestion(text, at)) return false;
    return !((component === 'ideation' || component === 'feared' || component === 'indirect' || component === 'selfHarm') && isEducational(text, c));
  };
  for (const r of READERS)
    for (const m of matchesOf(r.re, text)) {
      if (!affirmed(m.index ?? 0, r.component, r.standing === true)) continue;
      found.add(r.component);
      if (r.also) found.add(r.also);
      break;
    }
  // A self-injury done again now, told with no object ("又划了", "cut again") beside blood or a depth compared with
  // before, or told by that comparison itself ("划得比以前都深"): not a tool's or a task's cut, not an accident.
  for (const m of matchesOf(INJURY_AGAIN, text)) {
    const at = m.index ?? 0;
    const { start, end } = sentenceBounds(text, at);
    const sentence = text.slice(start, end);
    if (ACCIDENTAL_INJURY.test(sentence) || SAID_ACCIDENT.test(sentence) || !affirmed(at, 'selfHarm')) continue;
    if (m.groups?.compared === undefined && m.groups?.compared_en === undefined && !BLOOD_OR_DEPTH.test(text)) continue;
    found.add('selfHarm');
    break;
  }
  return { found: [...found] };
}
