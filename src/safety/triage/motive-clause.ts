// The clause that states WHY a poison was swallowed (session 43, #19). "I swallowed rat poison 30 min ago after failing
// my exam", "he drank weedkiller after losing his job", 他被公司开除后喝了百草枯: the poison table makes each an
// emergency, but no reader heard a self-poisoning — the shared precipitant list (self-harm-reader.ts CONFLICT) names
// rows and break-ups as nouns ("after a row") and so missed every setback told as a clause. Read by FORM: a causal or
// temporal connective (after, because, since, cos; 因为, 由于, …后/之后) whose own clause has a PERSON'S SETBACK as its
// verb and object — failing an exam, losing a job or a person, being fired, dumped, expelled, bullied, evicted, a death
// of someone close; 被开除, 失恋, 考砸. "after dinner", "after school", "because it looked like juice", "after losing my
// balance" have no setback verb with a personal object and are not read. This reading only says the motive; triage.ts
// uses it for the crisis line of an emergency poisoning already decided (never the level), and never for an ingestion
// told as an accident or a young child's. Its own lists; the shared CONFLICT list is unchanged. Pure.
import { messageSentences } from './normalise.js';

/** The connective that opens a motive clause (en). */
const LINK_EN = String.raw`\b(?:after|because(?: of)?|since|cos|coz|'cause|cause|over)\s+`;
/** The person the setback happened to, optional (a gerund has none): I, he, my son, her boyfriend, the school. */
const WHO_EN = String.raw`(?:(?:i|he|she|they|we|my|his|her|their|our|the)\s+(?:\w+\s+){0,2}?)?`;
/** A setback as the clause's verb with its personal object: failing or losing something of the person's; being fired,
 *  dumped, left…; someone close dying; a person leaving them. */
const SETBACK_EN = new RegExp(
  LINK_EN +
    WHO_EN +
    String.raw`(?:(?:fail(?:ed|ing|s)?|flunk(?:ed|ing|s)?|bomb(?:ed|ing)|not passing|didn'?t pass)\s+(?:(?:his|her|my|their|the|an?|all|another|both)\s+)?(?:\w+\s+)?(?:exams?|tests?|finals|a-?levels|gcses?|course|year|module|interview|driving test|entrance)` +
    String.raw`|(?:lost|losing|lose|loses)\s+(?:(?:his|her|my|their|our)\s+)(?:job|work|house|home|business|baby|mum|mom|dad|father|mother|wife|husband|partner|boyfriend|girlfriend|son|daughter|brother|sister|friend|savings|money|custody|place)` +
    String.raw`|(?:got|get|getting|being|been|was|were|is|are)\s+(?:\w+\s+)?(?:fired|sacked|laid off|made redundant|dumped|expelled|excluded|kicked out|thrown out|evicted|rejected|bullied|cheated on|outed|disowned|arrested|beaten up|divorced)` +
    String.raw`|(?:dumped|left|leaving|ditched|cheated on|walked out on)\s+(?:him|her|me|them)` +
    String.raw`|(?:broke|breaking|broken|split(?:ting)?)\s+up` +
    String.raw`|(?:\w+\s+)?(?:died|passed away|killed (?:himself|herself))` +
    String.raw`)\b`,
  'i',
);
/** The zh motive: a connective (因为, 由于, 一时) or the clause closed by 后/之后/以后 right before the act, with a setback:
 *  被开除/辞退/裁员/甩, 失业, 失恋, 分手, 离婚, 考砸, 落榜, 挂科, 欠债, 破产, 赌输, a death of someone close. */
const SETBACK_ZH_WORDS = `(?:被(?:公司|单位|学校|老板)?(?:开除|辞退|裁员|炒了?鱿鱼|退学|甩了?|劝退)|失业|丢了工作|没了工作|失恋|分手|离婚|考砸|考(?:试)?没考好|考(?:试)?不及格|落榜|挂科|没考上|欠(?:了)?(?:一大笔|好多|很多)?(?:债|钱|网贷)|破产|赌输|(?:爸爸|妈妈|父亲|母亲|老公|老婆|丈夫|妻子|孩子|儿子|女儿|男朋友|女朋友)(?:突然)?(?:去世|过世|走了))`;
const SETBACK_ZH = new RegExp(`(?:因为|由于|因)[^，。；！？]{0,8}?${SETBACK_ZH_WORDS}|${SETBACK_ZH_WORDS}[^，。；！？]{0,4}?(?:后|之后|以后)`);
/** The motive clause negated or made hypothetical: "not because she failed", "what if", 不是因为, 如果. */
const NOT_MOTIVE =
  /\b(?:not|n't|nothing to do with)\s+(?:\w+\s+)?(?:because|after|since)\b|\b(?:what if|if (?:someone|somebody|a person|you|i|he|she))\b|不是因为|并非因为|跟[^，。]{0,6}没关系|如果|假如|要是|万一/i;

/** The motive a message tells for its act, or null: a setback clause after a connective, in a sentence not negated or
 *  hypothetical. */
export function readMotiveClause(text: string): 'setback' | null {
  for (const s of messageSentences(text)) {
    if (NOT_MOTIVE.test(s)) continue;
    if (SETBACK_EN.test(s) || SETBACK_ZH.test(s)) return 'setback';
  }
  return null;
}
