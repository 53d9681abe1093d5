// A suicidal course told INDIRECTLY, read as ROLES (session 38, #19). First-sight misses (triage-bb bb070, bb073) named no
// wish to die and no method verb: a community worker visiting an elder living alone ("他说'等我把房子过户的事办完就去找老伴了'",
// a knotted rope at the bedside), a husband ("she said the baby would be better off without her … she's been googling
// how many units of insulin would be enough"). What a crisis worker hears there is two roles filled by ONE person at risk
// (the writer, or the one the writer speaks of):
//   STATEMENT — an ending said without its word: the person a BURDEN or the others better off without them; a REUNION
//               with someone dead (去找老伴 when the partner has died, "be with my late wife again"); affairs SETTLED and
//               then a going (等…办完就走, "once the house is sorted I'll be gone");
//   MEANS     — a lethal means made READY at hand (a rope already knotted, a noose, pills hoarded, a means placed at the
//               bedside or under the pillow) or RESEARCHED for its sufficiency ("googling how many units … would be
//               enough", 查吃多少…会死): an amount asked about with no purpose but sufficiency.
// Each role alone is ordinary (a will made calmly, grief for a late wife, a rope for camping, insulin doses looked up for
// a diabetic child's care, "better off without her cooking"); the reading needs both, in any order, and neither with an
// ordinary purpose named. The statement may be reported ("she said", 他说) or the writer's own. A story, a study
// question or a message telling only a past episode is not read. suicide.ts raises the screen to high (emergency + the
// crisis line). Raise only; its own word lists (line-after.ts's burden lists and the screen's LEX are not widened). Pure.
import { hasStoryFrame, storyDenied } from './fiction.js';
import { isStudyQuestion } from './study-frame.js';

export type IndirectStatement = 'burden' | 'reunion' | 'settledThenGone';
export type MeansRole = 'ready' | 'researched';
export interface IndirectCourse {
  statement: IndirectStatement;
  means: MeansRole;
  /** The person at risk is the writer ('self') or someone the writer speaks of ('other'). */
  who: 'self' | 'other';
}

// ── STATEMENT ──
/** The person a burden, or others better off without them (the object is the person: "without her cooking" is not). */
const BURDEN_EN =
  /\b(?:better off|happier|easier|fine|ok(?:ay)?) (?:\w+ )?without (?:me|her|him)(?: (?:around|here|in (?:the|their|our) lives?))?(?=\s*(?:[,.;!?'"”)]|and\b|but\b|$))|\b(?:i'?m|i am|she'?s|she is|he'?s|he is|(?:she|he|i) (?:was|feels?|felt) (?:like|that)(?: (?:she|he|i) (?:is|was|'s))?) (?:just |only |nothing but )?(?:a |such a )?burden\b/i;
const BURDEN_ZH =
  /(?:没有|没了|少了|离开)(?:我|她|他)[^，。！？；]{0,6}(?:会|就|才|反而)?(?:更好|更轻松|过得更好|更幸福|更开心|好过|轻松)|(?:我|她|他)(?:就|只)?是(?:个|一个)?(?:累赘|负担|包袱|拖累)|(?:拖累|连累)(?:大家|家里|家人|你们|他们|孩子|儿女)|不想(?:再)?(?:拖累|连累|麻烦)(?:大家|家里|家人|你们|他们|孩子|儿女)/;
/** A going to someone who is DEAD: the verb of joining, and a death told of that person (or the partner named "late"). */
const REUNION_EN =
  /\b(?:go(?:ing)? (?:to )?(?:be with|join|see|meet)|be with|join|see|meet) (?:my|her|his|our) (?:late |dead |departed )?(?:wife|husband|partner|mum|mom|mother|dad|father|son|daughter|brother|sister|baby)\b[^.?!]{0,20}\b(?:again|soon|up there|in heaven|on the other side)\b|\b(?:join|be with) (?:my|her|his) late \w+/i;
const REUNION_ZH =
  /(?:就|要|想|该|好)?(?:去|到[^，。]{0,4}去)(?:找|陪|见|跟)(?:我的?|她的?|他的?)?(?:老伴儿?|老头子?|老太婆|老婆|老公|爱人|妈妈?|爸爸?|儿子|女儿|孩子|爷爷|奶奶|外公|外婆|姥姥|姥爷)(?:了|去)?/;
/** The one joined is dead: told anywhere, or the elder living alone (独居, a widow/er) — a reunion with the living is a visit. */
const DEATH_TOLD_EN = /\b(?:late|died|passed(?: away| on)?|lost (?:my|her|his) (?:wife|husband|partner)|widow(?:ed|er)?|in heaven|funeral|grave)\b/i;
const DEATH_TOLD_ZH = /去世|过世|走了|不在了|没了|离世|病逝|已故|丧偶|独居|一个人住|坟|忌日/;
/** Affairs settled, then a going: 等我把…办完就去/就走, "once the house is sorted I'll be gone". */
const SETTLED_ZH =
  /等(?:我|她|他)?[^，。！？]{0,20}(?:办完|处理完|弄完|安排好|交代好|过户|办好|了结|处理好)[^，。！？]{0,6}(?:就|再)(?:去|走|可以走|放心走|没有?牵挂|解脱)/;
const SETTLED_EN =
  /\b(?:once|after|when) (?:i'?ve|i have|she'?s|she has|he'?s|he has|i|she|he) (?:sorted|settled|finished|signed|transferred|put)\b[^.?!]{0,40}\b(?:i'?ll|i will|she'?ll|she will|he'?ll|he will) (?:be gone|go|be free|be at peace|be with)\b/i;

// ── MEANS ──
/** A lethal means made ready: a rope knotted or made into a noose, pills hoarded, a means placed at the bedside. */
const READY_ZH =
  /(?:打好|打了|系好|系了|绑好|挂好)(?:了)?(?:一个|个)?(?:结|扣|套)的?(?:绳|麻绳|布条)|(?:绳子?|麻绳|布条|皮带)[^，。]{0,4}(?:打好|打了|系好|系成|挽成|挂好)(?:了)?(?:个|一个)?(?:结|扣|套|圈)|绳套|(?:攒|存|囤|藏)(?:了|着|下)[^，。]{0,8}(?:药|片|安眠药)|(?:床头|枕头(?:下|底下|边)|床底下?|抽屉里?|柜子里)[^，。]{0,6}(?:放|藏|摆|压)着?[^，。]{0,8}(?:绳|农药|安眠药|刀|炭|药片|一堆药|一瓶药)/;
const READY_EN =
  /\bnoose\b|\b(?:rope|cord|belt)\b[^.?!]{0,20}\b(?:tied|knotted|looped) (?:in|into) a (?:loop|knot|noose)\b|\b(?:already[- ])?(?:tied|knotted) (?:rope|cord)\b|\b(?:rope|cord)\b[^.?!]{0,12}\b(?:already |all )?(?:tied|knotted)\b|\b(?:stockpil|hoard)\w* (?:up )?(?:on )?(?:her |his |my |all (?:her|his|my) )?\w+|\b(?:saved up|been saving) (?:her|his|my|all (?:her|his|my)) (?:pills|tablets|meds)\b|\b(?:rope|pills|tablets|a bottle of pills|charcoal|a knife|a blade)\b[^.?!]{0,12}\b(?:under (?:her|his) pillow|by (?:her|his) bed|on (?:her|his) (?:bedside|nightstand))\b/i;
/** An amount researched for its sufficiency or lethality, with no purpose named. */
const RESEARCHED_EN =
  /\b(?:googl\w*|search\w*|look(?:ed|ing)? up|research\w*|ask(?:ed|ing)? (?:me|us|the \w+|a \w+|chatgpt|ai|google)|reading up)\b[^.?!]{0,30}\b(?:how (?:many|much)|what (?:dose|amount))\b[^.?!]{0,40}\b(?:(?:would|will|is|be) enough\b(?! (?:for|to (?:treat|cover|last|correct|bring)))|lethal|fatal|overdose|to die|would kill|to kill (?:you|a person|someone|her|him)|to not wake up|to stop (?:your|a|the) heart)/i;
const RESEARCHED_ZH =
  /(?:查|搜|百度|上网看|问)(?:了|过|索|索了)?[^，。]{0,12}(?:多少|几)[^，。]{0,12}(?:会死|致死|才会死|能死|就够了|才够|没命|醒不过来|不会醒)/;
/** A purpose named for the means or the dose (camping, the garden, a child's diabetes, a correction dose). */
const MEANS_PURPOSE =
  /\b(?:for (?:the |a |my |our |his |her )?(?:tent|camping|camp|boat|garden|climbing|washing line|swing|move|moving|boxes|packing)|for (?:her|his|my|our) (?:son|daughter|child|kid|baby|patient|cat|dog)'?s? (?:diabetes|sugar|dose|meals?|insulin)|(?:correction|mealtime|bolus|basal|sliding) (?:dose|scale)|carbs?|carb ratio|for (?:her|his) (?:diabetes|meals?))\b|露营|搬家|打包|晾衣|绑箱子|捆行李|给[^，。]{0,4}(?:孩子|儿子|女儿)[^，。]{0,4}(?:打|算)|血糖/i;

const OTHER_EN =
  /\b(?:she|he|her|him|my (?:wife|husband|partner|mum|mom|mother|dad|father|son|daughter|sister|brother|friend|patient|client|student|grandma|grandad|grandpa))\b/i;
const OTHER_ZH = /他|她|老人|老伴|老公|老婆|爱人|妈|爸|儿子|女儿|孩子|朋友|同事|学生|病人|患者|顾客|大爷|大妈|奶奶|爷爷|阿姨|叔叔/;

const statementOf = (text: string): IndirectStatement | null => {
  if (BURDEN_EN.test(text) || BURDEN_ZH.test(text)) return 'burden';
  if ((REUNION_ZH.test(text) && DEATH_TOLD_ZH.test(text)) || (REUNION_EN.test(text) && DEATH_TOLD_EN.test(text))) return 'reunion';
  if (SETTLED_ZH.test(text) || SETTLED_EN.test(text)) return 'settledThenGone';
  return null;
};

const meansOf = (text: string): MeansRole | null => {
  if (MEANS_PURPOSE.test(text)) return null;
  if (READY_ZH.test(text) || READY_EN.test(text)) return 'ready';
  if (RESEARCHED_EN.test(text) || RESEARCHED_ZH.test(text)) return 'researched';
  return null;
};

/** An indirect ending said and a lethal means ready or researched, by one person at risk; or null. */
export function readIndirectCourse(text: string): IndirectCourse | null {
  if ((hasStoryFrame(text) && !storyDenied(text)) || isStudyQuestion(text)) return null;
  const statement = statementOf(text);
  if (statement === null) return null;
  const means = meansOf(text);
  if (means === null) return null;
  return { statement, means, who: OTHER_EN.test(text) || OTHER_ZH.test(text) ? 'other' : 'self' };
}
