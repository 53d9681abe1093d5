// Suicide risk read from what is TOLD, not from a method word (session 31, #19; blind triage-au au007, au026, au091,
// au101, au108 were routine or an emergency without the crisis line: each told a crisis with no word the older readers
// take for suicide). Five classes, each read as parts, each a high risk (emergency + crisis line) in suicide.ts:
//   actDone        an overdose TOLD AS DONE by pointing back: a large amount asked about ("if u take them all at once",
//                  "40 sertraline") and the writer saying it is done ("i already did", 我已经吃了) — casual tone
//                  changes nothing; not a young child's or a mistaken ingestion (ingestion-mode.ts).
//   meansKnown     the writer's own means at hand ("I've got enough at home", 家里的药攒够了) × a lethal amount known ("I
//                  know exactly how much would do it", 知道吃多少就够了) or a hopelessness about lasting ("don't think I'll
//                  make it through", 撑不下去, 活不过今晚). Knowing doses at work, with nothing at hand, is not read.
//   saidUnreachable someone who SAID they would end it ("I will end this drama today", 说要结束这一切) and is now shut in or
//                  not answering (self-harm-reader.ts's unreachable slot, no ordinary absence told). "End the call /
//                  my contract / things with her" are ordinary endings and not read.
//   freshInjuryShutIn fresh self-injury at a self-harm site (new cuts still bleeding on the arm, 手臂上新的刀口还在流血,
//                  割腕) × the person shut in or not answering. Old healed scars and accidents are not read.
//   dyingWithChild a wish or plan to die TOGETHER WITH one's child (想抱着她一起从阳台下去就都解脱了, "take the baby with
//                  me", extended suicide): always an emergency for both.
// Each class needs all its parts; each part alone is an everyday sentence. Not read: a story, a study question, a clause
// negated or told as history. Raise only; this file keeps its own word lists (the older readers' lists are not widened).
import { clauseAt, clauses, isNegated, sentenceBounds } from '../red-flags/context.js';
import { hasStoryFrame, storyDenied } from './fiction.js';
import { withMedicineClass } from './ingestion.js';
import { readIngestionMode } from './ingestion-mode.js';
import { readLeaveTaking } from './leave-taking.js';
import { isHistoricalAt, maskBereavement, readSelfHarm } from './self-harm-reader.js';
import { isStudyQuestion } from './study-frame.js';
import { isAccidentalInjury } from './wound.js';

export type ToldCrisisKind = 'actDone' | 'meansKnown' | 'saidUnreachable' | 'freshInjuryShutIn' | 'dyingWithChild';

export interface ToldCrisis {
  kind: ToldCrisisKind;
  /** Offset of the part that anchors the reading (the done act, the means, the saying, the injury, the wish). */
  at: number;
  /** Its length. */
  length: number;
}
type Span = readonly [at: number, length: number];

// ── actDone ──────────────────────────────────────────────────────────────────────────────────────────────────────
/** The writer (or the one they speak of) saying an act asked about is done, with no object of its own: "i already did
 *  lol", "I did it already", "he already has", 我已经吃了. "already did my homework" has its own object: not read. */
const DONE_POINTER_EN =
  /(?:\b(?:i|he|she|they|we)(?:'ve| have| has)? |(?:^|[,.;:!?]\s*|\b(?:and|but|cos|because|bc) ))(?:already|just|actually|literally) (?:did|done|have|has)(?: (?:it|that|this|them))?(?: (?:already|tho|though|lol|haha|lmao))?(?=\s*(?:$|[.,!?;:…)😂🤣😅🙃💀]|\b(?:lol|haha|lmao|so|and|but|tho|though|like|an? (?:hour|few|couple)|\d+ (?:mins?|minutes|hours?|hrs?) ago)\b))|\b(?:i|he|she) did (?:it|that|them) already\b|\basking (?:bc|because|cos|cuz|since) (?:i|he|she) (?:already )?(?:did|took|have|has)\b(?! (?:a|an|my|his|her|the|some)\b)/giu;
const DONE_POINTER_ZH =
  /(?:我|他|她)(?:已经|刚才?|刚刚)(?:都|全)?(?:吃|吞|服)(?:了|下去了|完了|掉了)(?![一两二三四五六七八九十\d半]|[^，。！？]{0,3}(?:饭|早饭|午饭|晚饭|东西|水果|零食))/g;
/** A large amount asked about in the message (no act needed: "how long for like 40 sertraline to kick in"): a count of
 *  ten or more beside a medicine word (names read as their class word, ingestion.ts), or all of them / a whole pack. */
const ASKED_AMOUNT_EN =
  /\b(?:\d{2,3}|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a hundred)\b(?! ?(?:mg|mcg|g|ml|mins?|minutes|hours?|hrs?|days?|weeks?|years?|yo|kg|%))(?: (?:of )?(?:(?:my|your|ur|his|her|the|their|those|these|\w+'?s) ){0,2})?(?:pills|tablets|tabs|caps(?:ules)?|meds|medications?|medicines?|painkillers|sleeping pills|antidepressants)\b|\b(?:take|took|swallow\w*|down)\b (?:\w+ ){0,2}?(?:them all|all of them|(?:the|a|an) (?:whole|entire|full) (?:box|bottle|pack(?:et)?|strip|tub|jar|lot)|the (?:whole |entire )?lot)\b/gi;
const ASKED_AMOUNT_ZH =
  /(?:几十|[二三四五六七八九]?十(?:几|多)?|\d{2,3}\s*)(?:片|粒|颗)|(?:一整?|整)(?:瓶|盒|板)[^，。]{0,4}(?:药|片)|(?:全部|都|全)(?:吃|吞|服)(?!完)/g;
/** The amount is what a swallowing in its sentence takes (take, swallow, 吃, 吞, 一次), not a supply's size (a box of 20 left,
 *  二十片的那盒还剩一半). */
const ACT_IN_SENTENCE = /\b(?:take|taking|took|taken|swallow\w*|down(?:ed)?|pop(?:ped)?|kick in|work|od|overdose)\b|吃|吞|服|一次|一口气|一下子/i;
const SUPPLY_BEFORE =
  /(?:\b(?:left|remaining|box of|pack of|packet of|bottle of|comes with|came with|contains?|there (?:are|were))\s*(?:about |like |around )?$)|(?:剩(?:下)?|还剩|装|有)$/i;
const SUPPLY_AFTER = /^[^，。,.;!?]{0,8}(?:还剩|剩下|剩|left|remaining|in (?:the|a|each) (?:box|pack|bottle))/i;

function askedAmount(t: string): boolean {
  for (const re of [ASKED_AMOUNT_EN, ASKED_AMOUNT_ZH]) {
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      const { start, end } = sentenceBounds(t, m.index);
      const sentence = t.slice(start, end);
      if (!ACT_IN_SENTENCE.test(sentence)) continue;
      // A Chinese count (片/粒) counts a medicine only beside one (names read 药 after the class rewrite): not 益生菌, 维生素.
      if (re === ASKED_AMOUNT_ZH && !/药|唑仑|西泮|胶囊/.test(sentence)) continue;
      // An amount told as prescribed or on the label, or a course/supplement, is a dose taken as directed.
      if (
        /\b(?:gp|doctor|dr|nurse|pharmacist|consultant)\b[^.?!]{0,12}\b(?:said|says|told|tells|prescribed|wants)\b|\bprescribed\b|\bas directed\b|\bcourse\b|\bantibiotics?\b|\bvitamins?\b|\bantacids?\b|\btums\b|\bgummies\b|\b(?:glucose|dextrose)\b|葡萄糖|医生(?:让|说|开)|说明书|医嘱|疗程|消炎药|抗生素|维生素|中药/i.test(
          sentence,
        )
      )
        continue;
      if (SUPPLY_BEFORE.test(t.slice(Math.max(start, m.index - 16), m.index)) || SUPPLY_AFTER.test(t.slice(m.index + m[0].length))) continue;
      return true;
    }
  }
  return false;
}

/** Doses spread over days or a daily amount ("12 paracetamol a day", 每天吃十片): a supply used, not one act. */
const SPREAD =
  /\b(?:a|per|each|every) (?:day|night)\b|\bdaily\b|\bover (?:the |a )?(?:week|month|(?:\d+|few|several|couple of) days)\b|\bfor (?:\d+|a few|several) days\b|每天|一天|这几天|几天(?:来|下来)?/i;

function readActDone(text: string): Span | null {
  if (SPREAD.test(text)) return null;
  const t = withMedicineClass(text);
  if (!askedAmount(t)) return null;
  // A young child's or a mistaken ingestion is a poisoning, told to the poison line, not a self-harm.
  if (readIngestionMode(text) === 'accident') return null;
  const cl = clauses(text);
  for (const re of [DONE_POINTER_EN, DONE_POINTER_ZH]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const c = clauseAt(cl, m.index);
      if (isNegated(text, c, m.index) || isHistoricalAt(maskBereavement(text), c, m.index)) continue;
      return [m.index, m[0].length];
    }
  }
  return null;
}

// ── meansKnown ───────────────────────────────────────────────────────────────────────────────────────────────────
/** The writer's own supply, enough, at hand: "I've got enough at home", "I have enough pills saved", 家里的药够了, 攒够了.
 *  An object that is no medicine ("enough food", "enough money to last") is not read. */
const MEANS_AT_HAND_EN =
  /\bi(?:'ve| have)?(?: got)? (?:more than )?enough(?: (?:pills|tablets|meds|medications?|insulin|painkillers|sleeping pills|of (?:them|it|those)))?(?: (?:at home|here|in the house|in my (?:room|bag|drawer|flat|car)|saved(?: up)?|stashed|put (?:away|aside)))\b/gi;
const MEANS_AT_HAND_ZH =
  /(?:药|片)[^，。]{0,6}(?:攒|存|囤)够了|(?:攒|存|囤)够了[^，。]{0,4}(?:药|片)|(?:我|家里)(?:的药)?(?:已经)?有(?:足够|够)(?:多)?的?(?:药|安眠药|片)/g;
/** A lethal amount known to the writer: "I know exactly how much would do it", "how many it would take". */
const LETHAL_KNOWN_EN =
  /\bi know (?:exactly |precisely |just )?how (?:much|many)(?: (?:of (?:them|it)|pills|tablets))? (?:would|will|it would take to|it takes to|to take to|i'?d need to) (?:do it|do the job|be enough|kill|finish|end)\b(?! (?:for|the (?:weeds|job at)|weeds))/i;
const LETHAL_KNOWN_ZH = /(?:我)?(?:知道|清楚|算好了?)(?:吃|吞)?多少(?:片|粒)?(?:就)?(?:够了|能死|会死|致死|能走)/;
/** Hopelessness about lasting, first person: "I don't think I'll make it through", 撑不下去了, 活不过今晚. Not a place or an
 *  event reached ("make it to the GP", "make it in time", "make it there"). */
const NOT_LASTING_EN =
  /\bi don'?t think i'?ll make it(?: (?:through(?: (?:the night|tonight|this|another \w+))?|much longer|to (?:the )?morning|till (?:the )?morning))?(?=\s*(?:$|[.,!?;…]))|\bi (?:won'?t|will not|can'?t|am not going to|'?m not going to) make it (?:through(?: (?:the night|tonight|this|another (?:day|night)))?|much longer|to (?:the )?morning|till (?:the )?morning)(?=\s*(?:$|[.,!?;…]))/i;
const NOT_LASTING_ZH = /(?<!咳嗽|疼|痛|发烧|项目|加班)(?:撑不下去了?|撑不过(?:今晚|去|这)|活不过(?:今晚|明天|这)|熬不过(?:今晚|去|这))/;

function readMeansKnown(text: string): Span | null {
  const cl = clauses(text);
  for (const re of [MEANS_AT_HAND_EN, MEANS_AT_HAND_ZH]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const c = clauseAt(cl, m.index);
      if (isNegated(text, c, m.index) || isHistoricalAt(maskBereavement(text), c, m.index)) continue;
      if (LETHAL_KNOWN_EN.test(text) || LETHAL_KNOWN_ZH.test(text) || NOT_LASTING_EN.test(text) || NOT_LASTING_ZH.test(text)) return [m.index, m[0].length];
    }
  }
  return null;
}

// ── saidUnreachable ──────────────────────────────────────────────────────────────────────────────────────────────
/** An ending said in the first person and reported or quoted: "he told 'I will end this drama today'", "she said she's
 *  going to end it", 他说要结束这一切. Not an ordinary thing ended (a call, a contract, a meeting, things WITH someone). */
const SAID_ENDING_EN =
  /\b(?:i|he|she|they)(?:'ll| will| am going to|'m going to| is going to|'s going to| are going to| gonna| would|'d) (?:just )?end (?:it(?: all)?|everything|this(?: (?:drama|pain|misery|suffering|nightmare|hell|life|mess))?(?! (?!today\b|tonight\b|now\b|soon\b|for good\b|once\b)\w)|all of this|my life|his life|her life|(?:my|his|her)self)\b(?![^.?!,;]{0,16}?\b(?:with|between) (?:him|her|them|us|you|your|our|me|the|his|my|their|a|an|\w+'s)\b(?! (?:pills|tablets|meds|rope|knife|blade|gun)\b))/gi;
const SAID_BEFORE_EN = /\b(?:said|says|told|tells|texted|messaged|wrote|posted|shouted|screamed|yelled|kept saying|was saying)\b[^.?!]{0,24}$|["“'‘]\s*$/i;
const SAID_ENDING_ZH =
  /(?:说|讲|喊|发(?:了)?(?:消息|微信|朋友圈))[^，。]{0,4}(?:要|想|会)?(?:去)?(?:结束|了结|了断)(?:这一切|一切|自己|生命|这条命|这种日子)|(?:说|讲|喊)[^，。]{0,4}(?:不想活了|活不下去了|去死)/g;

/** An ordinary reason for not answering told (a flight, a flat battery, asleep, at work, busy with homework or a game). */
export const ORDINARY_ABSENCE =
  /\b(?:on (?:a|the|his|her) (?:\w+ )?flight|flying|on a plane|battery (?:is )?(?:dead|flat|died)|phone died|no signal|at work|on shift|in a meeting|asleep|sleeping|doing (?:her|his|their) homework|studying|revising|gaming|playing (?:games|xbox|playstation|fortnite)|headphones)\b|出差|飞机上|航班|没电|没信号|在上班|在开会|睡着了|在睡觉|写作业|做作业|打游戏|玩游戏/i;

/** A game or match being played, where "end it" ends the game. */
const PLAY = /\b(?:match|game|round|level|quiz|boss fight|campaign)\b/i;

/** Whether an ending is said anywhere — the cheap test before the self-harm and leave-taking readings, which every
 *  triage call would otherwise pay for a second time. */
function saysEnding(text: string): boolean {
  // search() neither reads nor moves a global regex's lastIndex.
  return text.search(SAID_ENDING_EN) >= 0 || text.search(SAID_ENDING_ZH) >= 0;
}

function readSaidUnreachable(text: string): Span | null {
  if (!saysEnding(text)) return null;
  const r = readSelfHarm(text);
  if (!r.slots.includes('unreachable')) return null;
  const leave = readLeaveTaking(text);
  if ((leave.explainedAbsence && !leave.message) || ORDINARY_ABSENCE.test(text)) return null;
  const cl = clauses(text);
  SAID_ENDING_EN.lastIndex = 0;
  for (let m = SAID_ENDING_EN.exec(text); m; m = SAID_ENDING_EN.exec(text)) {
    if (!SAID_BEFORE_EN.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    // "I'll end it" said of a game or a match being played ("during the match") ends the game.
    const { start, end } = sentenceBounds(text, m.index);
    if (PLAY.test(text.slice(start, end))) continue;
    const c = clauseAt(cl, m.index);
    if (isNegated(text, c, m.index) || isHistoricalAt(maskBereavement(text), c, m.index)) continue;
    return [m.index, m[0].length];
  }
  SAID_ENDING_ZH.lastIndex = 0;
  for (let m = SAID_ENDING_ZH.exec(text); m; m = SAID_ENDING_ZH.exec(text)) {
    const c = clauseAt(cl, m.index);
    if (isNegated(text, c, m.index) || isHistoricalAt(maskBereavement(text), c, m.index)) continue;
    return [m.index, m[0].length];
  }
  return null;
}

// ── freshInjuryShutIn ────────────────────────────────────────────────────────────────────────────────────────────
/** A fresh cut at a self-harm site: 手臂上好多新的刀口还在流血, 刚割的, 割腕, "fresh cuts on her arm, still bleeding". */
const FRESH_CUT_ZH =
  /(?:手臂|胳膊|手腕|腕部|小臂|前臂|大腿)[^，。]{0,8}(?:新的?|刚(?:割|划)的?)[^，。]{0,4}(?:刀口|伤口|口子|割痕|划痕|血痕)|(?:手臂|胳膊|手腕|腕部|小臂|前臂|大腿)[^，。]{0,10}(?:刀口|伤口|口子|割痕|划痕)[^，。]{0,6}(?:还在|正在|一直|不停地?)(?:流血|出血|渗血)|割腕/;
const FRESH_CUT_EN =
  /\b(?:fresh|new|deep|bleeding)\b[^.?!]{0,12}\b(?:cuts?|slashes|gashes|wounds)\b[^.?!]{0,30}\b(?:arms?|wrists?|forearms?|thighs?|legs?)\b|\b(?:arms?|wrists?|forearms?|thighs?)\b[^.?!]{0,30}\b(?:cuts?|slashes|gashes)\b[^.?!]{0,20}\b(?:still )?bleeding\b|\bslit (?:her|his|my|their) wrists?\b/i;
/** Old, healed: a scar, a scab, long ago. */
/** The injury's cause told as an accident or a sport ("from football", "from the glass door", 摔的, 玻璃划的). */
const INJURY_CAUSE =
  /是[^，。]{1,8}的(?=[，。！？!?,.\s]|$)|\bfrom (?:a|an|the|his|her|their|my|some) (?:\w+ )?\w+\b|\bfrom (?:the |some |her |his )?(?:\w+ing|rose|roses|bush(?:es)?|hedge|shrubs?|plants?)\b|是[^，。]{1,14}(?:留|弄|划|割|碰|摔|抓)的|打针|疫苗|抽血|输液|针眼|手工|美工刀|做饭|切菜|\b(?:from|on|by|off) (?:a |the |some |his |her |my )?(?:\w+ )?(?:glass|door|window|fence|fall|bike|football|rugby|hockey|match|game|training|tin|can|nail|wire|branch|rock|barbed|thorns?|dog|puppy|cat|kitten|pet|rabbit|hamster|brambles?)\b|\b(?:fell|tripped|slipped|crashed|fell off|football|rugby|skating|skateboard\w*|cycling|climbing)\b|摔|跌|碰|玻璃|踢球|骑车|被[^，。]{0,4}(?:咬|抓|划|割)/i;
const HEALED = /疤|结痂|愈合|旧的|以前的|\bscars?\b|\bhealed\b|\bscabbed\b|\bold (?:cuts|marks)\b/i;

function readFreshInjuryShutIn(text: string): Span | null {
  const m = FRESH_CUT_ZH.exec(text) ?? FRESH_CUT_EN.exec(text);
  if (!m) return null;
  const { start, end } = sentenceBounds(text, m.index);
  const sentence = text.slice(start, end);
  if (HEALED.test(sentence) || INJURY_CAUSE.test(sentence) || isAccidentalInjury(sentence)) return null;
  const c = clauseAt(clauses(text), m.index);
  if (isNegated(text, c, m.index) || isHistoricalAt(maskBereavement(text), c, m.index)) return null;
  if (!readSelfHarm(text).slots.includes('unreachable') || ORDINARY_ABSENCE.test(text)) return null;
  return [m.index, m[0].length];
}

// ── dyingWithChild ───────────────────────────────────────────────────────────────────────────────────────────────
/** The child taken along: 抱着她一起, 带着孩子一起, 和宝宝一起; "take the baby with me", "with her in my arms". */
const WITH_CHILD_ZH = /(?:抱着|带着|和|跟|同|搂着)(?:她|他|孩子|宝宝|宝贝|女儿|儿子|娃|闺女|小孩|孩子们|他们|她们)(?:一起|一块儿?)/g;
/** What the act together is: a death, a fall from a height, a release by dying (not 死海, 笑死, 累死…). */
const DEATH_TOGETHER_ZH =
  /(?<![笑累热冷困饿吓气烦忙急哭乐美馋疼痛差点险些])死(?!海|机|党|活|循环|角|里逃生|亡[这]|亡[的]话题|后[的]?世界|过去)|自杀|了结|了断|一了百了|离开这个世界|不活了|解脱|跳(?:楼(?!机|梯)|(?<!(?:滑梯|床|沙发|台阶|蹦床)[上]跳)下去|河|江|海(?!边|浪))|烧炭|喝农药|结束(?:生命|这一切)/;
const WITH_CHILD_EN =
  /\b(?:take|taking|bring|bringing) (?:her|him|them|the (?:baby|kids?|children|twins)|my (?:baby|son|daughter|kids?|children|boy|girl|little one)) (?:with (?:me|her|him)|along)\b|\b(?:with|holding) (?:her|him|the baby|my baby) in my arms\b|\b(?:kill|end) (?:us both|both of us|all of us|ourselves)\b|\bend it for (?:both|all) of us\b|\bwe(?:'d| would)? (?:both|all) be better off dead\b/gi;
const DEATH_EN =
  /\b(?:(?:i|we|she|he|and|then)(?:'ll| will| would|'d)? (?:just )?(?:die|end it|end it all|kill (?:my|our|her|him)sel(?:f|ves)|jump(?: off| from| in front)?(?! (?:the |a )?(?:high |diving )*(?:board|diving|pier|rocks|trampoline|pool)))|when (?:i|she|he|we) (?:die|jump|do it|end it)|(?:both|all) (?:be )?dead|kill(?:ing)? (?:my|him|her|our)sel(?:f|ves)|(?:not|never) (?:wake|waking) up|jump(?:ing)? (?:off|from) (?:the |a )?(?:bridge|roof|building|balcony|cliff|window|tower|car park|multi-storey)|jump(?:ing)? in front|overdose|end (?:it|it all|my life|things)|suicid\w*(?! (?:prevention|awareness|hotline|helpline|walk|charity|fundraiser|support))|drown(?:ing)? (?:us|ourselves|both)|the only way out)\b/i;
/** A death said outright (not a release): what a next clause may carry. */
const STRONG_DEATH =
  /(?<![笑累热冷困饿吓气烦忙急哭乐美馋疼痛])死(?!海|机|党|活)|自杀|了结|一了百了|离开这个世界|\b(?:die(?! (?:without|if|of|for|laughing))|dead|kill|suicid\w*)\b/i;
/** A wish, thought or plan before the child taken along, in its sentence: 想/总想/打算/干脆, "I think about", "want to",
 *  "I should", "going to" — not a plain report ("和孩子一起终于解脱了，放暑假了"). */
const WISH_ZH = /想|打算|准备|干脆|不如|恨不得|要不要|计划|决定/;
const WISH_EN =
  /\b(?:think|thinks|thought|thinking|wants?|wanted|wanna|wish(?:es)?|should|going to|gonna|plan\w*|will|would|could|keeps?|urge|tempted|decided)\b|'ll|'d\b/i;
const WISH_NOT = /(?:不会|从没|从来没|没有|不想|绝不|不可能)[^，。]{0,4}$|\b(?:never|would never|won'?t|not)\b[^.?!]{0,12}$/i;

/** A death word read as the speaker's own ending, not as a noun, an object of an errand or a figure: the semantic guard
 *  of dyingWithChild (review s31 caveat: "read a picture book about death with my child", "kill us both with my cooking",
 *  "die my hair", 解脱这个夏天的作业地狱, 了结这件心事). A death word is no ending when it is
 *  - a topic: 死亡/死后 as a noun (before 的/这/世界/话题, or after 关于/讲/看/读/聊/学 in its stretch), "about death";
 *  - a release or a settling with an object of its own (解脱 + 出来/这个…, 了结 + 这件/心事/心愿) — the ending is of a thing;
 *  - a verb with an object (die + my/her/the … is dye), an awareness or prevention event named by it;
 *  - a figure: kill us/ourselves + with my …, or + a gerund ("trying to get up that hill", "laughing"). */
const TOPIC_BEFORE_ZH = /(?:关于|有关|讲|看|读|聊|谈|学|了解|认识|绘本|纪录片|电影|书|故事)[^，。！？]{0,8}$/;
const NOMINAL_ZH = /^死(?:亡|后)(?=的|这|世界|话题|教育|绘本|纪录片|是)|^死亡/;
const OBJECT_AFTER_ZH =
  /^(?:解脱|了结|结束)(?!这一切|一切|自己|生命|余生|这条命)(?=出来|这|那|[^了吧啦呀，。！？!?,.…~\s]{0,2}的|心事|心愿|一桩|[^了吧啦呀，。！？!?,.…~\s])/;
const FIGURE_AFTER_EN = /^\s*(?:with (?:my|our|the|his|her|this|that|all) \w+|\w+ing\b|laughing|trying)/i;
const EVENT_AFTER_EN = /^\s*(?:awareness|prevention|day|event|walk|charity|fundraiser|training|vigil|memorial|talk|support)\b/i;
const OBJECT_AFTER_EN = /^\s*(?:my|your|his|her|our|their|the|it|them|this|that)\b(?!\s+(?:life|own|self|body))/i;
const TOPIC_BEFORE_EN = /\b(?:about|on|regarding|book|film|documentary|story|video|show)\b[^.?!,]{0,8}$/i;

function ownEndingAt(segment: string, at: number, word: string): boolean {
  const before = segment.slice(0, at);
  const after = segment.slice(at + word.length);
  if (/[\u4e00-\u9fff]/.test(word)) {
    if (NOMINAL_ZH.test(segment.slice(at)) || TOPIC_BEFORE_ZH.test(before)) return false;
    if (/^(?:解脱|了结|结束)/.test(word) && OBJECT_AFTER_ZH.test(segment.slice(at))) return false;
    return true;
  }
  if (TOPIC_BEFORE_EN.test(before) || EVENT_AFTER_EN.test(after)) return false;
  if (/\bdie$/i.test(word) && OBJECT_AFTER_EN.test(after)) return false;
  return true;
}

/** Whether a death word in the stretch is the speaker's own ending (ownEndingAt). */
function endingIn(segment: string, death: RegExp): boolean {
  const g = new RegExp(death.source, death.flags.includes('g') ? death.flags : `${death.flags}g`);
  for (let m = g.exec(segment); m; m = g.exec(segment)) {
    if (m[0].length === 0) {
      g.lastIndex++;
      continue;
    }
    if (ownEndingAt(segment, m.index, m[0])) return true;
  }
  return false;
}

function readDyingWithChild(text: string): Span | null {
  const cl = clauses(text);
  for (const [re, death, wish] of [
    [WITH_CHILD_ZH, DEATH_TOGETHER_ZH, WISH_ZH],
    [WITH_CHILD_EN, DEATH_EN, WISH_EN],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const { start, end } = sentenceBounds(text, m.index);
      // The EN kill/end-us forms are their own ending.
      const own = /\b(?:kill|end)\b|better off dead/i.test(m[0]);
      // Hyperbole: a thing as the killer ('this heatwave will kill us both'), 'kill ourselves laughing'.
      if (
        own &&
        /\bkill\b/i.test(m[0]) &&
        (FIGURE_AFTER_EN.test(text.slice(m.index + m[0].length)) ||
          !/\b(?:i|we)\b[^.?!,]{0,30}$/i.test(text.slice(start, m.index)) ||
          /\b(?:this|it|that|the \w+)\b[^.?!,]{0,20}$/i.test(text.slice(start, m.index)))
      )
        continue;
      // The ending in the child's own clause (一起从阳台下去就都解脱了, "take her with me when I jump"), or a death said
      // outright in the next one (带着孩子一起走，一起死了算了); a release alone in another clause is a day's relief.
      const clauseEnd = m.index + m[0].length + Math.max(0, text.slice(m.index + m[0].length).search(/[，,;；。.!?！？]|$/));
      const next = text.slice(clauseEnd, end);
      if (!own && !endingIn(text.slice(m.index, clauseEnd), death) && !(endingIn(next, death) && endingIn(next, STRONG_DEATH))) continue;
      if (!own && !wish.test(text.slice(start, m.index))) continue;
      const c = clauseAt(cl, m.index);
      if (WISH_NOT.test(text.slice(Math.max(start, m.index - 12), m.index)) || isNegated(text, c, m.index)) continue;
      if (isHistoricalAt(maskBereavement(text), c, m.index)) continue;
      return [m.index, m[0].length];
    }
  }
  return null;
}

/** The first class told in the message, or null. A story, a study question: null. */
const READERS: readonly [ToldCrisisKind, (t: string) => Span | null][] = [
  ['actDone', readActDone],
  ['meansKnown', readMeansKnown],
  ['saidUnreachable', readSaidUnreachable],
  ['freshInjuryShutIn', readFreshInjuryShutIn],
  ['dyingWithChild', readDyingWithChild],
];

export function readToldCrisis(text: string): ToldCrisis | null {
  if (isStudyQuestion(text)) return null;
  for (const [kind, read] of READERS) {
    const span = read(text);
    if (span === null) continue;
    const [at, length] = span;
    // A story word in the told part itself is its object ("I will end this drama today"), not a story told: the frame is
    // read on the rest of the message.
    const rest = text.slice(0, at) + ' '.repeat(length) + text.slice(at + length);
    if (hasStoryFrame(rest) && !storyDenied(rest)) return null;
    return { kind, at, length };
  }
  return null;
}
