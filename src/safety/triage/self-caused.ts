// The emergency's OWN CAUSE read as structure (session 40, #19), for the crisis line: whichever path set the level (a
// poison rule, a low sugar, someone unresponsive, the learned reader), the line follows when what caused the emergency
// is a means of self-harm the person used on themselves AND the message places it in a life course. Blind batch
// triage-bd left four such emergencies without the line: a counsellor's 14-year-old who plans to "go deeper" on her
// wrists, a son locked in his room saying 要𠝹脈, a widower's insulin pens "all used up" beside "ready to join her", a
// netizen's 喝了半瓶百草枯 with 没有退路了. Each was reached by a path that reads the body; the line was left to phrase
// readers of intent that the wording escaped. Two ROLES, neither a suicide word:
//   a MEANS used or announced by the person, beyond any dose or task: a whole supply gone (all, the whole box, 吃光,
//     全部吞了, the pens used up, 一盒…空了), a poison drunk by the bottle (喝了半瓶百草枯, "drank half a bottle of
//     bleach"), a cut at the wrist or a vein (割脉, 要𠝹脈, "slit his wrists", "go deeper on her wrists"), charcoal burnt
//     in a room (烧炭), the person outside a railing or on a ledge;
//   × a COURSE the message places it in: despair or finality ("no way back", 没有退路, 顶不顺, "ready to join her", 不想
//     再醒), the person shut in or unreachable (locked in, 叫他不应, phone off, 撞开门), an ongoing self-harm disclosed (a
//     counsellor, "been cutting for months"), a loss (since mum died, 去世后), a farewell.
// Look-alikes stay out by their structure: a young child (an accidental ingestion), a mistake or accident (BY_MISTAKE,
// 不小心, while washing up), a task or occupation (spraying, at work, the farm), charcoal for heat or a barbecue, a
// what-if or a study question, the news or a story, a past told as history, a wish denied, an act done BY someone else.
// Pure; its own word lists (no older list widened; substances.ts only read). triage.ts raises to emergency and gives
// the crisis line (source 'self-caused'), raise only, after every other decision.
import { hasStoryFrame, storyDenied } from './fiction.js';
import { BY_MISTAKE, SELF_POISON_CLASSES, substanceSource } from './substances.js';
import { messageSentences } from './normalise.js';

export type SelfCausedMeans = 'wholeSupply' | 'poisonDrunk' | 'wristCut' | 'charcoal' | 'beyondRailing';
export type SelfCausedCourse = 'finality' | 'shutIn' | 'disclosed' | 'loss' | 'farewell';
export interface SelfCaused {
  means: SelfCausedMeans;
  course: SelfCausedCourse[];
}

// ── Means (each read in one sentence) ──
const MEDICINE_EN = String.raw`(?:pills?|tablets?|meds|medicines?|medications?|capsules?|paracetamol|tylenol|ibuprofen|aspirin|sleeping (?:pills|tablets)|antidepressants?|insulin(?: pens?)?|blister (?:packs?|strips?))`;
/** A whole supply taken (all, the whole, every, the lot), or a supply told gone/used up/empty. */
const WHOLE_SUPPLY_EN = new RegExp(
  String.raw`\b(?:took|taken|taking|swallowed|swallowing|downed|necked|injected|injecting|used|emptied|finished)\b[^.?!]{0,12}\b(?:all|every|the whole|a whole|an entire|the entire|the lot|the rest)\b[^.?!]{0,25}\b${MEDICINE_EN}|\b${MEDICINE_EN}\b[^.?!]{0,25}\b(?:all (?:used up|gone|empty|finished)|(?:are|were|is|was) (?:all )?(?:gone|empty|emptied|used up))\b|\ball (?:of )?(?:his|her|their|my) [^.?!]{0,20}${MEDICINE_EN}\s+(?:gone|used up|missing)\b|\b(?:took|taken|swallowed|downed|necked)\b (?:them all|all of them|the lot)\b(?=[^]*\b${MEDICINE_EN}\b)|(?<=\b${MEDICINE_EN}\b[^]*)\b(?:took|taken|swallowed|downed|necked)\b (?:them all|all of them|the lot)\b`,
  'i',
);
const MEDICINE_ZH = '(?:药|片|粒|胶囊|安眠|胰岛素|降压|降糖|止痛|布洛芬|扑热息痛|对乙酰)';
const WHOLE_SUPPLY_ZH = new RegExp(
  `(?:吃|吞|服|喝|打|注射)(?:光|晒)(?:了)?[^，。；]{0,6}${MEDICINE_ZH}|(?:所有|全部|整(?:瓶|盒|板|袋)|一整?(?:瓶|盒|板|袋))(?:的)?[^，。；]{0,6}${MEDICINE_ZH}[^，。；]{0,4}(?:都|全)?(?:吃|吞|服|喝|打)(?:了|光|完|掉|下去)|${MEDICINE_ZH}[^，。；]{0,8}(?:全部|全都|一次性?|一口气)(?:吃|吞|服|喝|打)(?:了|光|完|掉|下去)|(?:吃|吞|服|喝)(?:了|下)(?:一|整|大半|半)整?(?:瓶|盒|板|袋)[^，。；]{0,6}${MEDICINE_ZH}|${MEDICINE_ZH}[^，。；]{0,6}(?:盒|瓶|板)?全?空了|空的药(?:板|盒|瓶)|(?:全部|全都|一次性?|一口气)(?:吞|吃|服)(?:了|下)`,
);
/** The supply found in a STATE (gone, used up, empty), no act of taking told: a supply may run out in use, so a loss
 *  alone is no course for it (a widower whose pens ran out); despair, finality, shut in, a disclosure or a farewell is. */
const SUPPLY_STATE = new RegExp(
  String.raw`\b${MEDICINE_EN}\b[^.?!]{0,25}\b(?:all (?:used up|gone|empty|finished)|(?:are|were|is|was) (?:all )?(?:gone|empty|emptied|used up))\b|\ball (?:of )?(?:his|her|their|my) [^.?!]{0,20}${MEDICINE_EN}\s+(?:gone|used up|missing)\b|${MEDICINE_ZH}[^，。；]{0,6}(?:盒|瓶|板)?全?空了|空的药(?:板|盒|瓶)`,
  'i',
);
const SUPPLY_TAKEN_EN = new RegExp(
  String.raw`\b(?:took|taken|taking|swallowed|swallowing|downed|necked|injected|injecting|used|emptied|finished)\b[^.?!]{0,12}\b(?:all|every|the whole|a whole|an entire|the entire|the lot|the rest)\b[^.?!]{0,25}\b${MEDICINE_EN}|\b(?:took|taken|swallowed|downed|necked)\b (?:them all|all of them|the lot)\b`,
  'i',
);
const SUPPLY_TAKEN_ZH = new RegExp(
  `(?:吃|吞|服|喝|打|注射)(?:光|晒)(?:了)?[^，。；]{0,6}${MEDICINE_ZH}|(?:全部|全都|一次性?|一口气)(?:吞|吃|服)(?:了|下)|(?:都|全)(?:吃|吞|服|喝|打)(?:了|光|完|掉|下去)|(?:吃|吞|服|喝)(?:了|下)(?:一|整|大半|半)整?(?:瓶|盒|板|袋)`,
);
/** A supply used up in ordinary use: a month's course, a refill due, the pharmacy. */
const SUPPLY_ORDINARY =
  /\b(?:this|last|a|per) (?:month|week)|\bover the (?:month|week|last)|\b(?:refill|prescription|repeat|pharmacy|chemist|ran out|run out|running out|order more)\b|开药|续药|配药|药房|药店|拿药|复诊|买药|没药了/i;
/** A poison drunk by the bottle or its part ("喝了半瓶百草枯", "drank half a bottle of bleach"). */
const POISON = substanceSource(SELF_POISON_CLASSES);
const POISON_DRUNK_ZH = new RegExp(
  `(?:喝|吃|吞)(?:了|下|掉)?(?:一|半|整|大半|小半|几)(?:整)?(?:瓶|杯|碗|口|袋|包)[^，。；]{0,4}${POISON}|${POISON}[^，。；]{0,4}(?:喝|吃)(?:了|下)(?:一|半|整|大半)(?:瓶|杯|碗|袋)`,
  'i',
);
const POISON_DRUNK_EN = new RegExp(
  String.raw`\b(?:drank|drunk|swallowed|downed|necked)\b[^.?!]{0,25}\b(?:a|half|the|most of|a whole|an entire|a full)\b[^.?!]{0,10}\b(?:bottle|cup|glass|mug|can|tin|jug)\b[^.?!]{0,8}\bof\b[^.?!]{0,10}${POISON}`,
  'i',
);
/** A cut at the wrist or a vein, done or announced (割脉, 要𠝹脈, "slit his wrists", "go deeper on her wrists"). */
const WRIST_CUT_ZH = /(?:割|切|划|𠝹|剁)(?:了|开|破)?(?:自己的?)?(?:手)?(?:脉|静脉|动脉|手腕|腕)|(?:手腕|腕|脉)[^，。；]{0,4}(?:割|切|划|𠝹)(?:深|下去|开)/;
const WRIST_CUT_EN =
  /\b(?:cut(?:ting)?|slit(?:ting)?|slash(?:ed|ing)?|sliced?|go(?:ing)? (?:deeper|further)|do it properly)\b[^.?!]{0,25}\b(?:wrists?|veins?)\b|\bwrists?\b[^.?!]{0,12}\b(?:slit|slashed|cut (?:open|deep))\b/i;
/** Charcoal burnt in a room or a car (烧炭 is a method name; heating and barbecues are ruled out below). */
const CHARCOAL =
  /烧(?:木)?炭|炭(?:盆|炉)[^，。；]{0,6}(?:房|车|厕所|卫生间)|\b(?:burn(?:ing|t|ed)?|lit|lighting)\b[^.?!]{0,10}\b(?:charcoal|coals|(?:disposable )?barbecue|bbq)\b[^.?!]{0,25}\b(?:in|inside)\b[^.?!]{0,8}\b(?:room|bedroom|car|bathroom|flat|tent)\b/i;
/** The person beyond a railing or on a ledge: the far side of the barrier that keeps people from a fall. */
const BEYOND_RAILING =
  /(?:站|坐|蹲|爬|挂|吊)(?:在)?[^，。；]{0,6}(?:栏杆|护栏|围栏|窗户|窗台)(?:的)?外|(?:栏杆|护栏|围栏)(?:的)?外(?:面|边|侧)|翻(?:过|出)(?:了)?[^，。；]{0,4}(?:栏杆|护栏|窗)|\b(?:outside|over|beyond|(?:on )?the (?:wrong|other|far) side of)\b[^.?!]{0,6}\b(?:the |a )?(?:balcony |bridge |roof )?(?:railings?|barriers?|parapet|guard ?rail)\b|\bon (?:the |a )?(?:window )?ledge\b|\bclimbed (?:over|out)\b[^.?!]{0,15}\b(?:railings?|barrier|window)\b/i;

// ── Course (read over the message, outside history) ──
const FINALITY =
  /\bno (?:way (?:back|out)|coming back|going back|point (?:anymore|any more|going on|in (?:living|anything))|reason to (?:live|go on))\b|\bready to (?:join|go|die|be with)\b|\b(?:join|be with) (?:her|him|them|mum|mom|dad|grandpa|grandma|grandad|nan) (?:again|now|soon)?\b(?=[^.?!]{0,20}(?:died|passed|gone|funeral|since|heaven)|\s*['".,!?])|\bcan'?t (?:go on|take (?:it|this) any ?more|do this any ?more|cope any ?more|live like this)\b|\b(?:done with|tired of|sick of) (?:everything|it all|life|living)\b|\b(?:not|never) (?:wake|waking) up\b|\b(?:don'?t|doesn'?t) want to (?:wake up|live|be here)\b|\bwants? (?:it )?(?:all )?to (?:end|be over|stop)\b|\bend (?:it|it all|things|everything)\b|\bit'?s (?:all )?over\b|\bnobody can stop (?:her|him|me|them)\b|\bno (?:face|dignity) left\b|没有?(?:退路|活路|盼头|意思)|走投无路|顶不[顺住]|撑不[住下]|熬不[住下]|受不了了|活不下去|不想活|活着(?:太|好)?(?:累|没)|不(?:想|要)再?醒|一了百了|解脱|去陪(?:她|他|妈|爸|爷|奶)|(?:跟|随)(?:她|他)(?:一起)?走|不会再(?:痛苦|难受|拖累)|做人好?(?:累|攰)|没(?:有)?(?:脸|面)(?:再)?见人|冇面|拖累|累赘|不想(?:再)?拖累|一死|想死|去死/i;
const SHUT_IN =
  /\blocked (?:himself|herself|themselves|themself|myself)? ?in\b|\blocked in (?:his|her|their|the|my)\b|\b(?:won'?t|wouldn'?t|doesn'?t|isn'?t|not) (?:open(?:ing)? the door|answer(?:ing)?|respond(?:ing)?|pick(?:ing)? up|reply(?:ing)?|come out)\b|\b(?:can'?t|cannot|couldn'?t) (?:reach|get hold of|get through to) (?:him|her|them)\b|\b(?:phone|mobile) (?:is |was )?(?:off|switched off|dead)\b|\b(?:broke|forced|kicked) (?:down |open )?(?:the |his |her )?door\b|锁(?:住|在|了|着)?[^，。；]{0,6}(?:房|屋|门|厕所|卫生间|车)|反锁|(?:叫|喊|敲)[^，。；]{0,6}(?:不|没)(?:应|答应|回|人应|出声|开)|不(?:开门|出声|回(?:消息|复|微信|了)|接电话)|(?:电话|手机)(?:也)?关机|撞开(?:了)?门|踹开(?:了)?门|破门|联系不上|找不到(?:他|她)/i;
const DISCLOSED =
  /\bdisclos\w*|\b(?:counsel+or|therapist|psychologist|youth worker|social worker)\b|\b(?:been|has been|have been|keeps?) (?:cutting|self[- ]harming|hurting (?:herself|himself|themselves))\b|自残|自伤|心理(?:老师|医生|咨询师)|辅导员|社工|一直在(?:割|划)/i;
const LOSS =
  /\bsince (?:his|her|their|my|our)? ?(?:mum|mom|dad|wife|husband|partner|son|daughter|mother|father|brother|sister|grandma|grandpa|nan|the (?:funeral|divorce|breakup|break-up))\b(?:[^.?!]{0,12}\b(?:died|passed|left|went))?|\b(?:lost (?:his|her|their|my) (?:job|wife|husband|son|daughter|mum|mom|dad|home|business)|made redundant|the divorce|the funeral|girlfriend left|boyfriend left|wife left|husband left)\b|去世|过世|走了以后|死了以后|离婚|失恋|分手|破产|欠了?[^，。；]{0,4}债|失业|被裁/i;
const FAREWELL =
  /\b(?:goodbye|farewell|sorry for everything|(?:left|wrote|sent) (?:a |me a |us a )?(?:note|letter|message) (?:saying|to say)|look after (?:mum|mom|dad|the kids|my)\b)|再见了|永别|遗书|遗言|留了?(?:话|言|字条|纸条)|对不起(?:大家|家里|你们|爸妈)|交代后事/i;

// A disclosure of self-harm itself, not only a professional named (s40 review: "My therapist says I'm doing much
// better. I took all my meds this morning"); and a supply named as a whole unit (整盒, "the whole box", "them all").
const SELF_HARM_DISCLOSED =
  /\bdisclos\w*|\b(?:been|has been|have been|keeps?) (?:cutting|self[- ]harming|hurting (?:herself|himself|themselves))\b|自残|自伤|一直在(?:割|划)/i;
const STRONG_UNIT = /整(?:瓶|盒|板|袋|排)|\b(?:whole|entire|every one)\b|\bthem all\b|\ball of them\b|\bthe lot\b/i;

const COURSE_RE: Record<SelfCausedCourse, RegExp> = { finality: FINALITY, shutIn: SHUT_IN, disclosed: DISCLOSED, loss: LOSS, farewell: FAREWELL };

// ── Scope ──
/** A young child: a child's ingestion or fall is an accident of childhood (ingestion-mode.ts reads the same). */
const YOUNG_CHILD =
  /\b(?:baby|babies|toddler|infant|newborn|(?:[1-9]|one|two|three|four|five|six|seven|eight|nine)[- ](?:year|yr|month|week)s?[- ]old|(?:[1-9]|one|two|three|four|five|six|seven|eight|nine) ?(?:yo|y\/o))\b|宝宝|婴儿|幼儿|(?<![十\d])(?:[一二两三四五六七八九1-9]|几)(?:岁|个月)(?:半)?(?:大)?的?(?:孩子|儿子|女儿|小孩|宝宝|男孩|女孩)|(?:孩子|儿子|女儿|小孩)[^，。\d十]{0,3}(?<![十\d])(?:[一二两三四五六七八九1-9])(?:岁|个月)/i;
/** An accident, a task or an occupation in the means' sentence. */
const ACCIDENT =
  /\b(?:while (?:washing|cleaning|cooking|spraying|working|chopping|gardening)|washing up|broken glass|at work|on the farm|spraying|sprayed|splash\w*|the wrong (?:bottle|cup|glass|medicine|pen|insulin)|forgot|forgetting|double[- ]dosed?|twice)\b|干活|打药|喷药|喷洒|果园|地里干|工地|工作时|打碎|玻璃|切菜|洗碗|忘了|重复(?:吃|打)/i;
/** Charcoal for heat, cooking or a barbecue; a room aired; an engine or a heater named (carbon monoxide by accident). */
const CHARCOAL_ORDINARY =
  /取暖|烤火|烧烤|烤肉|火锅|烤串|做饭|\b(?:heat(?:ing|er)?|warm(?:th)?|cook(?:ing)?|grill(?:ing)?|garden|camping|barbecue(?:d)? (?:in|at) the (?:garden|park|beach))\b/i;
/** A question about people in general, a what-if, a study, the news or a film. */
const NOT_AN_EPISODE =
  /如果|万一|假如|要是|\bwhat (?:if|happens (?:if|when))\b|\bif (?:someone|somebody|a person|people|you)\b|\bpeople who\b|\b(?:essay|assignment|homework|exam|lecture|module|coursework|dissertation|news|article|documentary|film|movie|novel|episode|series)\b|论文|作业|考试|新闻|报道|电影|电视剧|小说|剧里/i;
/** A past told as history in the means' sentence. */
const HISTORY =
  /\b(?:\d+|a few|several|many|two|three|four|five|ten) (?:years?|months?) ago\b|\blast year\b|\bas a (?:teen(?:ager)?|kid|child|student)\b|\bused to\b|\bback (?:then|when)\b|以前|小时候|年前|那时候|当年|曾经|去年/i;
/** The wish denied ("wasn't trying to kill himself", 不是想死): the screen and the self-harm frames weigh a denial. */
const DENIED =
  /\b(?:(?:do|does|did)(?:n'?t| not)|never|not|wasn'?t|isn'?t) (?:\w+ ){0,2}?(?:want(?:ing|s)? to die|trying to (?:kill|end|die|hurt)|suicidal|mean(?:t)? (?:it|to))\b|(?:不|没|没有|并不|不是|从没|一点都不|一点也不|并没有)(?:是)?(?:想死|想自杀|想轻生|要自杀|想不开|故意)/i;
/** Someone else's act on the person: forced, poured into, attacked (an assault or a crime, not self-harm). */
const OTHERS_ACT =
  /\b(?:forced|made) (?:him|her|them|me) (?:to )?(?:drink|swallow|take)\b|\b(?:attack\w*|assault\w*|poisoned (?:him|her|them|me))\b|灌(?:他|她|我)|逼(?:他|她|我)(?:喝|吃)|被[^，。]{0,6}(?:灌|逼|下毒|投毒)|下毒/i;

interface Found {
  means: SelfCausedMeans;
  sentence: string;
}

function meansIn(sentence: string): Found[] {
  const found: Found[] = [];
  const add = (means: SelfCausedMeans, ...res: RegExp[]): void => {
    if (res.some((re) => re.test(sentence))) found.push({ means, sentence });
  };
  add('poisonDrunk', POISON_DRUNK_ZH, POISON_DRUNK_EN);
  add('wholeSupply', WHOLE_SUPPLY_EN, WHOLE_SUPPLY_ZH);
  add('wristCut', WRIST_CUT_ZH, WRIST_CUT_EN);
  add('charcoal', CHARCOAL);
  add('beyondRailing', BEYOND_RAILING);
  return found;
}

/** A means of self-harm the person used or announced, in a life course the message tells: the emergency's own cause. */
export function readSelfCaused(text: string): SelfCaused | null {
  if ((hasStoryFrame(text) && !storyDenied(text)) || DENIED.test(text) || YOUNG_CHILD.test(text) || NOT_AN_EPISODE.test(text) || OTHERS_ACT.test(text))
    return null;
  const sentences = messageSentences(text);
  const now = sentences.filter((s) => !HISTORY.test(s));
  const present = now.join(' ');
  const course = (Object.keys(COURSE_RE) as SelfCausedCourse[]).filter((c) => COURSE_RE[c].test(present));
  if (course.length === 0) return null;
  for (const s of now) {
    for (const hit of meansIn(s)) {
      if (ACCIDENT.test(s) || BY_MISTAKE.test(s)) continue;
      if (hit.means === 'charcoal' && CHARCOAL_ORDINARY.test(text)) continue;
      if (hit.means === 'wholeSupply' && SUPPLY_ORDINARY.test(s)) continue;
      const stateOnly = hit.means === 'wholeSupply' && SUPPLY_STATE.test(s) && !SUPPLY_TAKEN_EN.test(s) && !SUPPLY_TAKEN_ZH.test(s);
      if (stateOnly && course.every((c) => c === 'loss')) continue;
      // A loss alone, or a professional merely named, is no course for a railing or a supply not named whole (s40
      // review: a widower fishing outside a railing; 离婚后一盒安眠药都吃完了，能不能再开一盒; 失恋了一口气吃了三碗饭).
      const weak = course.every((c) => c === 'loss' || (c === 'disclosed' && !SELF_HARM_DISCLOSED.test(present)));
      if ((hit.means === 'beyondRailing' || (hit.means === 'wholeSupply' && !STRONG_UNIT.test(s))) && weak) continue;
      return { means: hit.means, course };
    }
  }
  return null;
}
