// A stated intent to end one's own life, read as a CLASS of three parts rather than as phrases (session 30, #19; blind
// triage-at at076/at086/at088 and the s29 family-history review's fb13 were emergencies with no crisis line: no rule read
// the self-directed intent). A statement of an ending is
//   a METHOD of death, read by its mechanism — a vehicle driven into an obstacle (开车去撞山, "drive into a wall"), a fall
//     from a height named or pointed back to (从那里下去 after 五楼的窗户), a gas supply opened (把煤气打开), drowning,
//     hanging, a train, or "the same way" as a death by suicide named in the message —
//   × an INTENT to do it, the writer's or someone reported (要/打算/想好了/决定/就 + a time, 他说…今晚; going to, gonna,
//     will, thinking about), not negated, not asked, not a what-if, not feared as an accident, not history —
//   × a word that the act is an END: a finality (这样就都结束了, 一了百了, "it'll all be over"), care dismissed (大家都不要管他,
//     "don't bother about me"), nobody caring anyway (反正也没人管他), a farewell (look after X for me, 永别), or the person
//     gone from reach right after (拿钥匙出门了, 敲门也不开, phone off).
// A second, method-free reading is the farewell message followed by silence: an entrusting of what the writer leaves
// ("look after Bruno for me", 帮我照顾好狗) with a farewell's summing-up (thanks or sorry "for everything", goodbye) and the
// writer unreachable now, with no return told (a trip, a flight, "till I'm back") — at079.
// Each part alone is an everyday word ("烦得想跳楼", "this exam will kill me", 开车去山里, gas for the stove, a dog minded
// while travelling); only the three together (or the farewell + silence) are read. Raise only (suicide.ts). This file
// keeps its own word lists: the older readers' lists (LEX, FAREWELL_*, leave-taking.ts ACTS) are not widened.
import { clauseAt, clauses, isNegated } from '../red-flags/context.js';
import { matchesOf } from '../red-flags/match.js';
import { hasStoryFrame, storyDenied } from './fiction.js';
import { isHistoricalAt, isReportedQuestion, maskBereavement } from './self-harm-reader.js';
import { isStudyQuestion } from './study-frame.js';
import { TAKE_BACK } from './taken-back.js';

export type EndingMethod = 'impact' | 'fall' | 'gas' | 'drowning' | 'hanging' | 'train' | 'sameWay';

export interface EndingIntent {
  kind: 'statedEnding' | 'farewellGone' | 'reunion';
  /** The mechanism of a stated ending (null for a farewell followed by silence or a reunion with the dead). */
  method: EndingMethod | null;
  /** Offset of the method (or of the entrusting). */
  at: number;
}

/** Sentences: a Chinese message may run clauses together, so a sentence ends at a stop only. */
const SENTENCE = /[^.?!。？！\n]+/g;

/** A height to fall from, named in the message (what 那里 / there points back to). */
const HEIGHT_ZH = /(?:\d+|[一二三四五六七八九十几]+)(?:楼|层)|楼顶|顶楼|天台|阳台|窗|桥|悬崖|山崖|屋顶|高架|高楼/;
const HEIGHT_EN = /\b(?:\d+(?:st|nd|rd|th)?[- ]floor|roof(?:top)?|bridge|balcony|window|cliff|car ?park|multi[- ]?stor(?:e)?y|tower|ledge|overpass|flyover)\b/i;
/** A death by suicide named in the message: what "the same way" points back to. */
const SUICIDE_DEATH =
  /\b(?:killed (?:him|her|them)sel(?:f|ves)|took (?:his|her|their) (?:own )?li(?:fe|ves)|died by suicide|committed suicide|suicide)\b|自杀|轻生|跳楼|上吊|走了绝路|寻了短见/i;

/** The methods, each a mechanism of death; an anaphoric fall ('from there') needs a height named elsewhere. */
const METHODS_ZH: readonly { method: EndingMethod; re: RegExp; needsHeight?: boolean }[] = [
  // A vehicle driven at an obstacle or over an edge: 开车去撞山, 开着车冲下悬崖. (揸车 arrives as 拿车 from the normaliser.)
  {
    method: 'impact',
    re: /(?:开|驾|拿|揸|骑)(?:着)?(?:车|摩托|电动车)[^，。；！？]{0,6}?(?:去|往|朝|向)?(?:撞|冲|衝)(?:向|进|下|落|到|上)?(?:山|墙|树|桥墩|桥|护栏|电线杆|大?货车|火车|悬崖|山崖|海|河|江|湖|水库)/g,
  },
  // A fall: 跳楼 / 跳下去, or from a height (named, or 那里 pointing back to one) down: 从那里下去, 由天台跳落去.
  // Not 跳楼价 / 跳楼大甩卖 (a fire-sale price: s30 review b01).
  { method: 'fall', re: /跳(?:楼|崖)(?!价|大?甩卖|大?减价|大?促销|大?拍卖|清仓)/g },
  // A bare 'jump down' is a fall only where a height is named (a slide, a wall, a step are not).
  { method: 'fall', re: /跳(?:下去|落去|下来)/g, needsHeight: true },
  {
    method: 'fall',
    re: /(?:从|由|喺)(?:那里|那儿|那边|这里|这儿|嗰度|嗰边|呢度|上面|[^，。；！？]{0,10}?(?:楼|层|窗|天台|阳台|楼顶|顶楼|桥|崖))(?:上)?(?:跳|往下跳|翻|摔|栽|飞)?(?:下去|落去)/g,
    needsHeight: true,
  },
  // A gas supply opened (not the stove lit for cooking: GAS_USE).
  { method: 'gas', re: /(?:煤气|燃气|天然气|液化气)[^，。；！？]{0,4}(?:打开|拧开|开着|放开|开)|(?:打开|拧开|开)(?:了)?(?:煤气|燃气|天然气|液化气)/g },
  { method: 'drowning', re: /跳(?:河|江|海|湖)|投(?:河|江|海|湖)|走(?:进|到|入)(?:海|河|江|湖)(?:里|中)/g },
  { method: 'hanging', re: /上吊|吊死/g },
  { method: 'train', re: /卧轨|撞火车|(?:跳|冲|走)(?:到|向|去)?(?:火车|地铁|列车)(?:前面|前)/g },
  // "the same way" as a death named: 像他一样(走|了结), 跟我哥一样结束.
  { method: 'sameWay', re: /(?:像|跟|和)(?:他|她|他们|我[^，。；！？]{0,3})一样(?:(?:走|离开|结束)(?=了|吧|算了|$|[，。！]|自己|生命|这一切)|死|了结|去死)/g },
];
const METHODS_EN: readonly { method: EndingMethod; re: RegExp; needsHeight?: boolean }[] = [
  {
    method: 'impact',
    re: /\b(?:drive|driving|drove|crash|crashing|steer|steering|ram|ramming|wrap|wrapping)\b(?:\s+(?:his|her|my|the|their|our)\s+(?:car|van|truck|bike|motorbike|motorcycle))?(?:\s+it)?\s+(?:straight\s+|head[- ]first\s+)?(?:into|off|round|around)\s+(?:a|the|some|that|an)\s+(?:\w+\s+)?(?:wall|tree|bridge|cliff|pier|river|sea|lake|lorry|truck|oncoming traffic|barrier|quarry|ravine|canal)\b(?![ -](?:car ?park|parking|road|path|drive|district|view|side|bank|valley|house|town|city|cent(?:re|er)|area|estate|café|cafe|shop|store|office|hotel|club)\b)/gi,
  },
  {
    method: 'fall',
    re: /\b(?:jump(?:ing)?|step(?:ping)?|throw(?:ing)? (?:my|him|her)self|fling(?:ing)? (?:my|him|her)self)\s+(?:off|from|out of)\s+(?:the|a|that|this|my|our|his|her)\s+(?:[\w'-]+\s+){0,2}?(?:roof(?:top)?|bridge|building|balcony|cliff|window|car ?park|tower|ledge|floor|overpass|flyover)\b/gi,
  },
  { method: 'fall', re: /\b(?:jump(?:ing)?|step(?:ping)?)\s+(?:off|from)\s+(?:there|it|that)\b/gi, needsHeight: true },
  {
    method: 'gas',
    re: /\bturn(?:ing|s|ed)?\s+(?:on\s+)?the\s+gas(?:\s+on)?\b|\bgas(?:sing)? (?:my|him|her)self\b|\b(?:put|putting) (?:my|his|her) head in the oven\b/gi,
  },
  { method: 'drowning', re: /\bwalk(?:ing)? into the (?:sea|river|lake|ocean|water)\b|\bdrown(?:ing)? (?:my|him|her)self\b/gi },
  { method: 'hanging', re: /\bhang(?:ing)? (?:my|him|her)self\b/gi },
  {
    method: 'train',
    re: /\b(?:step|stepping|jump|jumping|walk|walking|throw(?:ing)? (?:my|him|her)self) (?:out )?in front of (?:a|the) (?:train|lorry|truck|bus)\b/gi,
  },
  // An ending act done "the same way" (as the death named): "ending it the same way", "do it like he did".
  {
    method: 'sameWay',
    re: /\b(?:end(?:ing)? (?:it|it all|my life|things)|kill(?:ing)? myself|do(?:ing)? it|go(?:ing)?)\s+(?:the same way|like (?:he|she|they|my \w+) did)\b/gi,
  },
];

/** An intent before the method in its sentence (the writer's or a reported one). Chinese: a word of intent or decision,
 *  or 就 / a saying (说, 话) with a time ahead. */
const INTENT_ZH = /要|打算|准备|想好了|决定|计划|就|会/g;
const SAYING_ZH = /说|话|讲|告诉|发了?(?:朋友圈|消息|微信|短信)/;
const AHEAD_ZH = /今晚|今天晚上|晚上|今夜|明天|明晚|后天|听日|听晚|等(?:下|会|一下)|待会|一会儿?|马上|周末|晚自习|放学|下班|半夜/;
const INTENT_EN =
  /\b(?:i'?m|im|i am|he'?s|she'?s|they'?re|he is|she is|they are)\s+(?:(?:just|really|actually|finally|definitely)\s+)?(?:going to|gonna|about to|planning (?:to|on))\b|\b(?:i|he|she|they)(?:'ll|\s+will)\b|\b(?:gonna|going to|planning to|plans? to|decided to|made up (?:my|his|her|their) mind to|intends? to|thinking (?:about|of))\b|\b(?:said|says|told (?:me|us|her|him|them)|texted|messaged) (?:that )?(?:he|she|they|i)(?:'d|\s+would)\b/gi;
/** A wish is intent enough for an act that is itself an ending told "the same way" as a suicide named (想跟他一样结束,
 *  "want to go the same way"): a wish to die with a method. */
const WISH_ZH = /想/g;
const WISH_EN = /\b(?:want(?:s|ed)? to|wanna|keep(?:s)? thinking (?:about|of))\b/gi;
/** What states no intent: a negation, a condition, a question, a fear, a near miss, just before it. */
const NOT_INTENT_ZH = /(?:不|没|别|不会|不要|不想|如果|要是|万一|假如|假设|怕|担心|差点|差一点|会不会|是不是|以为)[^，。；]{0,4}$/;
const NOT_INTENT_EN =
  /\b(?:not|never|won'?t|wouldn'?t|don'?t|didn'?t|if|what if|would|could|should|scared|afraid|worried|terrified|petrified|frightened|fear(?:ful)?|in case)\b[^.?!,;]{0,20}$/i;
/** A condition told before the consequence in its clause: 再让我考一次…我就要… ("if they make me … again, I'll…"), 要是再…就
 *  (s30 review b44). The consequence is what would follow the condition, not a plan. */
const CONDITION_ZH = /(?:再(?:让|要|叫|逼|给)(?:我|他|她|我们|他们)|(?:要是|如果|假如|万一)再)[^，；。]*就[^，；。]*$/;
/** An explicit denial of suicidality in the message (s30 review c29: "I'm not suicidal, just scared"): the reader steps
 *  aside and the older readers decide as before. */
const DENIED =
  /\b(?:not|never been|isn'?t|aren'?t|wasn'?t)\s+(?:\w+\s+)?suicidal\b|\bno (?:suicidal )?(?:thoughts|plans?|intention) (?:of|to|about) (?:kill|hurt|harm|end)|不想死|(?:没有|没|不是|并不|不会)(?:想)?(?:要)?(?:自杀|轻生)|没有(?:自杀|轻生)的?(?:念头|想法|打算)/i;
/** A move told beside "leaving like them" (s30 review b48: 跟他们一样离开，搬回老家住): a move, not a death. */
const MOVE = /搬|回老家|\bmov(?:e|ing) (?:house|away|back|abroad|to)\b|\brelocat\w*/i;
const ASKED = /^[^，。；！,.;!]*(?:吗|呢|嘛|[？?])/;
/** An accident feared or the method used for its ordinary purpose: cooking, heating, a hot-water heater, a leak. */
const ORDINARY_USE =
  /做[^，。]{0,3}饭|煮|炒|炖|煲|烧[^，。]{0,4}水|开火|热水器|洗澡|取暖|烤火|灶|泄漏|漏气|忘(?:了|记)?关|读数|抄表|\bmeter\b|\b(?:cook\w*|boil\w*|kettle|stove|hob|heat\w*|shower|leak\w*|dinner|lunch|breakfast|soup|stew|bak(?:e|ing)|roast\w*|fry\w*|grill\w*|tea|food)\b|不小心|意外|\b(?:accident(?:al(?:ly)?)?|by mistake)\b/i;

/** A jump or a swim for sport or play, a drill, or someone else's act in the news: nobody's ending told. */
const LEISURE =
  /蹦极|跳水|跳台|跳伞|滑翔|游泳|潜水|冲浪|演习|缓降|新闻|报道|据说|网上说|\b(?:bungee|div(?:e|ing)|swim\w*|surf\w*|paddl\w*|parachut\w*|skydiv\w*|zip ?line|abseil\w*|trampoline|pool|drill|news|article|documentary|reportedly|festival|tradition|for fun|dare|challenge|competition|race|charity|fundraiser|stunt\w*|film\w*|movie)\b|\b(?:tombston\w*|coasteering|cliff[- ]?jump\w*|cold (?:plunge|dip|water swim\w*)|ice bath|wild swim\w*|GTA|video ?games?|gaming|in[- ]game|launch(?:ing)? (?:the|a|our|my|his|her) (?:boat|dinghy|kayak|jet ?ski))\b|(?:河|海|湖|水)里玩|游戏/i;
/** The act said to be an end: a finality, care dismissed, nobody caring anyway, a farewell. Read anywhere in the message. */
const END_ZH =
  /(?:这样|咁样?|那样|然后)(?:一来)?(?:就|便)?(?:都|全|什么都|乜都|一切都?)?(?:结束|完|解脱|了结)(?:了)?|一切(?:就|都)(?:结束|完)了|(?:就|便)(?:都|全)结束了|一了百了|(?:就|便)?(?:彻底)?解脱了|(?:大家|你们|谁|所有人|任何人|家里人)?(?:都)?(?:不要|别|不用|唔好|莫)(?:再)?(?:管|理|找|揾|救)(?:我|他|她)(?:了)?|再见了|永别了|反正(?:也|都)?(?:没|冇)(?:有)?人(?:会)?(?:管|理|在乎|在意|关心|要)|没(?:有)?人(?:会)?(?:在乎|在意|想念|记得)(?:我|他|她)|永别|下辈子|来世|再也见不到|(?:帮我|替我)[^，。]{0,3}照顾|拜托(?:你|你们)了|谢谢[^，。]{0,8}(?:一切|这些年)|对不起(?:大家|你们|所有人)|不想再?拖累|(?:就)?不(?:会)?(?:再)?拖累/;
const END_EN =
  /\b(?:it'?ll|it will|it'?s|that'?ll|that will|everything'?ll|everything will) (?:all )?be (?:over|the end)\b(?! (?:by|before|in|soon|at|after|for|with|quickly|today|tomorrow|this)\b)|\bthen it'?s (?:all )?over\b(?! (?:by|before|in|soon|at|after|for|with)\b)|\b(?:end (?:it all|everything|the pain)|no more (?:pain|suffering))\b|\b(?:nobody|no one|no-one)(?:'ll| will| would)? (?:even )?(?:care|cares|notice|miss (?:me|him|her))\b|\bdon'?t (?:anyone |you )?(?:bother (?:about|with)|try to stop|come (?:after|looking for)|look for) (?:me|him|her)\b|\bfor good\b|\bgoodbye\b|\b(?:thanks?|thank you|cheers) (?:\w+ )?for everything\b|\bsorry for everything\b|\blove you all\b|\blook after (?:[\w'-]+ ){1,3}for (?:me|him|her)\b/i;
/** Gone from reach right after: left with the keys, pushed the visitor out, the door kept shut, the phone off. */
const GONE_ZH =
  /(?:拿|拎|带)(?:了|咗)?(?:车)?(?:钥匙|锁匙)[^，。]{0,6}(?:出门|走|出去|离开)|把我推出|(?:敲门|叫门|喊|叫)[^，。]{0,3}(?:也|都)?(?:不开|不应|没反应|没人应)|反锁|(?:电话|手机)[^，。]{0,6}(?:关机|不接|打不通|没人接)|联系不上|不回(?:消息|电话|微信)/;
const GONE_EN =
  /\bphone(?:'s| is| was| has been| went| goes)? (?:now |already )?(?:off|switched off|dead|going (?:straight )?to voicemail)\b|\b(?:not|isn'?t|won'?t|wont|stopped) (?:answering|picking up|replying|opening the door)\b|\bcan'?t (?:reach|get hold of) (?:him|her|them)\b|\b(?:took|grabbed) (?:the|his|her) (?:car )?keys\b|\bdrove off\b|\blocked (?:himself|herself|themselves) in\b/i;

/** A farewell message: an entrusting of what the writer leaves "for me", and a summing-up or goodbye. */
const ENTRUST =
  /\b(?:look after|take care of|feed|walk|mind)\s+(?:[\w'-]+\s+){1,3}?for (?:me|him|her)\b|(?:帮我|替我)[^，。]{0,3}(?:照顾|喂|养)|(?:就|以后)?(?:拜托|交给)(?:你|你们)了/i;
const SUMMING_UP =
  /\b(?:thanks?|thank you|cheers|ta) (?:\w+ )?for everything\b|\bsorry for everything\b|\bgoodbye\b|\blove you all\b|谢谢[^，。]{0,8}(?:一切|这些年|所有)|对不起[^，。]{0,6}(?:一切|所有)|永别|再见了/i;
/** A return told, or an ordinary reason to be out of reach: the entrusting is a minding while away. */
const RETURN_TOLD =
  /\b(?:while (?:i'?m|he'?s|she'?s|i am|he is|she is) (?:away|gone|in|at|on)|till|until|when (?:i|he|she) get(?:s)? back|back (?:on|next|in|by|tomorrow)|this (?:week|weekend)|for the (?:week|weekend|night|day)|holiday|vacation|trip|flight|flying|plane|abroad|festival|stag|hen|battery|signal|at work|asleep|for (?:me|him|her) (?:tonight|today|tomorrow|this (?:week|weekend|evening|afternoon|morning))|concert|gig|party|wedding|match|cinema|night out|hospital|hospice|palliative|terminal|end of life|surgery|operation|op|admitted|ward|shift|shops?|gym|camp|deploy\w*|rehab|moving|move|emigrat\w*|backpack\w*|gap year|travell?ing (?:to|round|around|through)|shipping out|ship out|posted (?:to|abroad|overseas)|(?:a|my|his|her|new) posting|navy|army|last day (?:in|at|of) (?:the |my )?(?:office|job|work|term|school)|retir\w*|all (?:week|weekend))\b|出差|旅游|旅行|度假|回来|飞机|航班|没电|没信号|上班|睡着|住院|手术|搬家|临终|安宁|晚期|出国|留学|读研|读博|移民|退休|离职|当兵|入伍/i;

/** The whole message is a story or a study question: nobody's ending. (A laugh is read apart: readEndingIntent.) */
function framedAway(text: string): boolean {
  return (hasStoryFrame(text) && !storyDenied(text)) || isStudyQuestion(text);
}

// A TIMED PLAN (session 34, blind triage-ax ax003: "lol might just step in front of the train tmrw morning on the way to
// school, save everyone the hassle haha"): a method × an intent, a hedged one too ("might just") × a time ahead for the
// act, in one sentence, with a word of its end — what a suicide assessment calls a plan (method, intent, timing). A laugh
// or "lol" frames a bare figure away ("i'm jumping off the roof lol, this report"), never a plan with its time and its end:
// the tone is how the plan is told, not a retraction of it. A condition in the sentence ("if I fail", 要是) is no plan.
/** A time ahead for the act, English (the Chinese is AHEAD_ZH, with 路上: on the way to school/work). */
const TIME_AHEAD_EN =
  /\b(?:tonight|tonite|tomorrow|tmrw|tmr|tmrow|tomoz|2morrow|2moro|this (?:evening|afternoon|weekend|morning)|(?:on|this|next) (?:mon|tues|wednes|thurs|fri|satur|sun)day|next week|first thing|in the morning|on (?:the|my|his|her) way (?:to|home|back)|(?:before|after) (?:school|work|class|college|uni|(?:my|his|her) shift)|at (?:dawn|midnight|\d{1,2}(?::\d\d)?\s*(?:am|pm|o'?clock)))\b/i;
const ON_THE_WAY_ZH = /路上/;
/** A hedged intent right before the method: "might just", "may well", "prob gonna" is read by INTENT_EN. */
const HEDGED_EN = /\b(?:i|he|she|they)?\s*(?:might|may)\s+(?:just\s+|well\s+|actually\s+|finally\s+)?$/i;
/** A condition anywhere in the sentence: what would follow a condition is no plan. */
const CONDITION_EN = /\b(?:if|unless|in case|otherwise)\b/i;
const CONDITION_ANY_ZH = /如果|要是|假如|万一|假设|除非|不然|否则/;
/** A cause that "makes" the person do it ("this meeting is going to make me jump"): a figure of strain, not an intent. */
const CAUSED_EN = /\b(?:make|makes|made|making|drive|drives|driving)\s+(?:me|him|her|them)\s+(?:want to\s+|wanna\s+)?$/i;
/** The act said to spare others, the burden reading of its end (its own list: END_ZH / END_EN are not widened). */
const BURDEN_END =
  /\bsave (?:everyone|everybody|you all|y'?all|you guys|the family|my (?:family|parents|mum|mom|dad|folks)|them)(?: (?:the|a lot of|some|all the))? (?:hassle|trouble|bother|money|cost|grief|effort|stress|headache)\b|\b(?:one less|less of a) (?:burden|problem|mouth to feed)\b|\b(?:everyone|everybody|they|you all|the family|my family)(?:'ll|'d| will| would)? (?:all )?be better off\b|\bdo (?:everyone|everybody|the world|my family) a favou?r\b|(?:省得|免得)(?:大家|家里人?|你们|他们|爸妈|父母)?(?:麻烦|操心|花钱|费心)|不(?:再)?(?:给|让)(?:大家|家里人?|你们|他们|爸妈|父母)(?:添|找)?(?:麻烦|操心)/i;

/** The act as a way out of a duty ahead (session 38, blind bc056 "might just drive into the river on the way home tonight,
 *  at least I won't have to do the audit tomorrow"): a consequence in which the writer is spared what is coming — at
 *  least / then / so + won't / don't have to, 就不用 / 唔使 — the escape a suicide assessment hears as the act's reason.
 *  Its own list (END_ZH / END_EN are not widened); read only beside a timed plan's method, intent and time. */
const ESCAPE_END =
  /\b(?:at least|then|that way|so|and)\s+(?:i|he|she|they)\s+(?:won'?t|wont|will not|wouldn'?t|don'?t|dont|do not|doesn'?t|never|no longer)\s+(?:(?:ever|even|really)\s+)?(?:have to|need to|gotta|got to|has to|having to)\b|\b(?:at least|then) (?:i|he|she|they)(?:'ll| will) never (?:have to|see|face)\b|(?:就|便|也|至少|起码|起碼|都)(?:再)?(?:不用|不必|用不着|无需|不需要|唔使|唔洗|唔駛|不使|不洗|不再需要)(?:再)?/i;
/** A turn to another topic ("anyway unrelated q", btw, 对了, 顺便问): what follows is a new sentence, so its question
 *  ("do I need to taper citalopram if…") brings no condition, use or sport into the plan's sentence. */
const TOPIC_TURN =
  /\b(?:anyway(?:s)?|unrelated|btw|by the way|on another note|different question|random q(?:uestion)?|also q(?:uestion)?)\b|对了|對了|顺便问|順便問|顺便说|另外问|另外想问|话说|話說/gi;
/** A resignation right after the method ("开车冲进河里算了"): the Chinese "might as well", a hedged intent. */
const RESIGNED_AFTER_ZH = /^[^，。；！？]{0,6}(?:算了|算啦|算数|算數|拉倒)/;
const RESIGNED_BEFORE_ZH = /(?:干脆|乾脆|索性|不如)[^，。；！？]{0,6}$/;

/** The sentences of a message, a topic turn starting a new one. */
function planSentences(text: string): { s: string; from: number }[] {
  const out: { s: string; from: number }[] = [];
  for (const sm of matchesOf(SENTENCE, text)) {
    const whole = sm[0];
    const start = sm.index ?? 0;
    let at = 0;
    for (const turn of matchesOf(TOPIC_TURN, whole)) {
      const i = turn.index ?? 0;
      if (i > at) out.push({ s: whole.slice(at, i), from: start + at });
      at = i;
    }
    out.push({ s: whole.slice(at), from: start + at });
  }
  return out;
}

function timedPlan(text: string): EndingIntent | null {
  if (!END_ZH.test(text) && !END_EN.test(text) && !BURDEN_END.test(text) && !ESCAPE_END.test(text)) return null;
  for (const { s, from } of planSentences(text)) {
    const zh = /\p{Script=Han}/u.test(s);
    if (ORDINARY_USE.test(s) || LEISURE.test(s) || (zh ? CONDITION_ANY_ZH : CONDITION_EN).test(s)) continue;
    if (!(zh ? AHEAD_ZH.test(s) || ON_THE_WAY_ZH.test(s) : TIME_AHEAD_EN.test(s))) continue;
    for (const { method, re, needsHeight } of zh ? METHODS_ZH : METHODS_EN) {
      if (method === 'sameWay') continue;
      for (const m of matchesOf(re, s)) {
        const at = from + (m.index ?? 0);
        const head = s.slice(0, at - from);
        if (needsHeight && !heightOfFall(text, s, m, zh)) continue;
        if (!zh && CAUSED_EN.test(head)) continue;
        const hedged = zh
          ? (RESIGNED_AFTER_ZH.test(s.slice(at - from + m[0].length)) || RESIGNED_BEFORE_ZH.test(head)) &&
            !NOT_INTENT_ZH.test(head) &&
            !ASKED.test(s.slice(at - from))
          : HEDGED_EN.test(head) && !NOT_INTENT_EN.test(head.replace(HEDGED_EN, '')) && !ASKED.test(s.slice(at - from));
        if (!(hedged || intendedBefore(s, from, at, zh, false)) || !toldNow(text, at)) continue;
        return { kind: 'statedEnding', method, at };
      }
    }
  }
  return null;
}

/** Is there an intent, unnegated and not asked, before the method at `at` in its sentence `s` (starting at `from`)? */
function intendedBefore(s: string, from: number, at: number, zh: boolean, wish: boolean): boolean {
  const head = s.slice(0, at - from);
  const tail = s.slice(at - from);
  if (ASKED.test(tail)) return false;
  if (zh && CONDITION_ZH.test(head)) return false;
  if (wish && matchesOf(zh ? WISH_ZH : WISH_EN, head).some((m) => !(zh ? NOT_INTENT_ZH : NOT_INTENT_EN).test(head.slice(0, m.index ?? 0)))) return true;
  if (zh) {
    const stated = matchesOf(INTENT_ZH, head).some((m) => {
      const i = m.index ?? 0;
      // 就 and 会 are intent only after a time or a saying (明天…就, 他说…就): alone they are every sentence's.
      if ((m[0] === '就' || m[0] === '会') && !AHEAD_ZH.test(head.slice(0, i)) && !SAYING_ZH.test(head.slice(0, i))) return false;
      return !NOT_INTENT_ZH.test(head.slice(0, i));
    });
    if (stated) return true;
    // A saying with a time ahead: 他说晚上把煤气打开.
    const say = SAYING_ZH.exec(head);
    return say !== null && AHEAD_ZH.test(head.slice(say.index)) && !NOT_INTENT_ZH.test(head.slice(0, say.index));
  }
  return matchesOf(INTENT_EN, head).some((m) => !NOT_INTENT_EN.test(head.slice(0, m.index ?? 0)));
}

/** Anaphora: the fall's place points back to a height named elsewhere (从那里下去 after 五楼的窗户, "jump off there"). */
const POINTED_BACK = /那里|那儿|那边|这里|这儿|嗰度|嗰边|呢度|\b(?:there|it|that)\b/i;
/** Where the person stands or has climbed, at a height (她站在十楼的阳台上): compiled once, not per message. */
const STANDING_AT_HEIGHT_ZH = new RegExp(`(?:站|坐|蹲|爬|翻|跑|躲)(?:在|到|上|出|过)[^，。；]{0,8}?(?:${HEIGHT_ZH.source})`);
/** A jump verb in a 从…下去 fall: without one, 从楼上/阳台上/上面下去 is going downstairs (s30 review b03/b51). */
const JUMP_VERB = /跳|翻|摔|栽|飞/;
/** The height of a fall: the fall's own place (从五楼跳下去, 从天台下去), or the words right before a bare 跳下去 in its
 *  clause (站在天台上要跳下去) — not a floor number elsewhere in the message (我们住十楼 beside a child's slide: s30 review
 *  b57/b02). Only a place pointing back (那里, "there") takes a height named anywhere in the message. */
function heightOfFall(text: string, s: string, m: RegExpMatchArray, zh: boolean): boolean {
  const height = zh ? HEIGHT_ZH : HEIGHT_EN;
  const act = m[0];
  if (POINTED_BACK.test(act)) {
    if (zh && !JUMP_VERB.test(act) && /上面/.test(act)) return false;
    return height.test(text);
  }
  if (zh && /^(?:从|由|喺)/.test(act)) {
    // 从楼上下去 / 从阳台上下去 with no jump verb: going down, not falling.
    if (!JUMP_VERB.test(act) && /上(?:下去|落去)$/.test(act)) return false;
    return height.test(act);
  }
  const before = s.slice(0, m.index ?? 0);
  const clause = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('；')) + 1);
  // 在嗰度跳落去 (喺 arrives as 在): the place right before the bare jump points back.
  if (/(?:那里|那儿|那边|这里|这儿|嗰度|嗰边|呢度)$/.test(clause)) return height.test(text);
  if (height.test(clause)) return true;
  // Or where the person stands or has climbed, earlier in the sentence (她站在十楼的阳台上，说马上就要跳下去) — not where a
  // family lives (我们住十楼).
  return zh && STANDING_AT_HEIGHT_ZH.test(before);
}

/** The method's place in the story: not negated, not history, not a question someone else asked. */
function toldNow(text: string, at: number): boolean {
  const cl = clauses(text);
  const c = clauseAt(cl, at);
  return !isNegated(text, c, at) && !isHistoricalAt(maskBereavement(text), c, at) && !isReportedQuestion(text, at);
}

function statedEnding(text: string): EndingIntent | null {
  const ended = END_ZH.test(text) || END_EN.test(text);
  for (const sm of matchesOf(SENTENCE, text)) {
    const s = sm[0];
    const from = sm.index ?? 0;
    const zh = /\p{Script=Han}/u.test(s);
    if (ORDINARY_USE.test(s)) continue;
    for (const { method, re, needsHeight } of zh ? METHODS_ZH : METHODS_EN) {
      for (const m of matchesOf(re, s)) {
        const at = from + (m.index ?? 0);
        if (needsHeight && !heightOfFall(text, s, m, zh)) continue;
        if (method === 'sameWay' && MOVE.test(s)) continue;
        if (method === 'sameWay' && !SUICIDE_DEATH.test(text.slice(0, at))) continue;
        // "the same way" carries its own intent only with a frame: "thinking about ending it the same way".
        if (!intendedBefore(s, from, at, zh, method === 'sameWay') || !toldNow(text, at)) continue;
        if (LEISURE.test(s)) continue;
        // The end: a finality anywhere, or the person gone from reach after the statement. An ending act done "the same
        // way" as a suicide named is its own end.
        const gone = GONE_ZH.test(text.slice(at)) || GONE_EN.test(text.slice(at));
        if (ended || gone || method === 'sameWay') return { kind: 'statedEnding', method, at };
      }
    }
  }
  return null;
}

function farewellGone(text: string): EndingIntent | null {
  const entrust = ENTRUST.exec(text);
  if (!entrust || !SUMMING_UP.test(text) || RETURN_TOLD.test(text)) return null;
  const after = text.slice(entrust.index);
  if (!GONE_EN.test(after) && !GONE_ZH.test(after)) return null;
  return { kind: 'farewellGone', method: null, at: entrust.index };
}

// A REUNION WITH THE DEAD (session 34, blind triage-ax ax005: a patient "has 'sorted everything out' and will be 'with
// Derek by the weekend' - her husband died in March", a stock of oramorph at home): to be with, join or see again, soon or
// by a time, someone the message tells has died — the ending told as where the person is going — with the act readied
// beside it (affairs put in order, a supply at hand). Whose reunion it is does not matter: a nurse, a parent or the writer
// may tell it. A grave, an anniversary, a dream, a medium, a hospice or a trip told are no reunion.
const KIN_EN =
  '(?:husband|wife|partner|spouse|son|daughter|boy|girl|mum|mom|mother|dad|father|brother|sister|gran|grandma|grandmother|grandad|grandpa|grandfather|nan|friend|fianc[eé]e?|boyfriend|girlfriend|baby|child)';
const REUNION_EN = new RegExp(
  String.raw`\b(?:will|'ll|going to|gonna|shall|about to|ready to|wants? to|wanna|soon)\s+(?:be\s+)?(?:with|join(?:ing)?|see(?:ing)?|meet(?:ing)?|be reunited with)\s+(?:(?:my|his|her|their|our)\s+(?:late\s+)?(${KIN_EN})s?\b|([A-Z][a-z]+)\b(?!['’]s))(?:\s+again)?[^.?!]{0,8}?\b(?:soon|by|before|tonight|tomorrow|this|next|within|in (?:a|\d+) (?:days?|weeks?))\b`,
  'g',
);
const KIN_ZH = '老伴|老公|老婆|丈夫|妻子|爱人|儿子|女儿|妈妈|妈|爸爸|爸|母亲|父亲|外婆|奶奶|爷爷|外公|哥哥|姐姐|弟弟|妹妹';
const REUNION_ZH = new RegExp(
  `(?:要|就要|快要|快|准备|马上|很快就?|该|可以)(?:去)?(?:陪|见|找|团聚|跟|和)(?:[我他她]的?)?(${KIN_ZH})(?:团聚|见面)?(?:了|去了)`,
  'g',
);
const DEATH_EN = '(?:died|passed(?: away| on)?|was killed|killed himself|killed herself|took (?:his|her) (?:own )?life)';
const DEATH_ZH = '(?:去世|走了|过世|离世|不在了|死了|没了|走的)';
/** Readied: affairs put in order, a supply at hand. */
const READIED =
  /\bsorted (?:everything|it all|all (?:of )?(?:her|his|my|their) (?:affairs|things))(?: out)?\b|\b(?:put|putting|got|getting) (?:her|his|my|their) affairs in order\b|\bsaid (?:her|his|my|their) goodbyes\b|\b(?:gave|given|giving) (?:away )?(?:all )?(?:her|his|my|their) (?:things|belongings|stuff)\b|\b(?:stock|supply|stash|stockpile|hoard)\b|\b(?:saved|saving|been saving) (?:up )?(?:her|his|my|their)? ?(?:pills|tablets|meds|medication)\b|安排好了|交代好了|后事|都处理好了|(?:攒|囤|存)(?:了|着)[^，。]{0,6}药/i;
const NO_REUNION =
  /\b(?:graves?|cemetery|graveyard|memorial|headstone|ashes|anniversary|medium|s[ée]ance|psychic|dreams?|dreamt|heaven one day|one day|hospice|palliative|terminal\w*|end[- ]of[- ]life|end[- ]stage|dying|trip|holiday|vacation|flight|flying|visit\w*|travel\w*|stay(?:ing)? with)\b|墓|坟|骨灰|清明|忌日|梦|临终|安宁|晚期|旅游|旅行|出差|探望|看望|回老家/i;
const QUOTE_MARK = /(?<=^|\s)['‘“"]|['’”"](?=\s|[.,;:!?]|$)/g;

function reunionWithDead(text: string): EndingIntent | null {
  if (!READIED.test(text) || NO_REUNION.test(text)) return null;
  const plain = text.replace(QUOTE_MARK, ' ');
  for (const m of matchesOf(REUNION_EN, plain)) {
    const at = m.index ?? 0;
    const kin = m[1];
    const name = m[2];
    const after = plain.slice(at + m[0].length, at + m[0].length + 40);
    const dead = kin
      ? new RegExp(
          String.raw`\b(?:(?:my|his|her|their|our) (?:late )?${kin}\b[^.?!]{0,30}\b${DEATH_EN}|lost (?:my|his|her|their|our) ${kin}|late ${kin})\b`,
          'i',
        ).test(plain)
      : new RegExp(String.raw`\b${name}\b[^.?!]{0,20}\b${DEATH_EN}\b`).test(plain) ||
        // An apposition right after the name: "with Derek by the weekend - her husband died in March".
        new RegExp(String.raw`^[^.?!]{0,20}?[-–—,(]\s*(?:(?:her|his|their|my) (?:late )?${KIN_EN}\b[^.?!]{0,12}\b${DEATH_EN}|who ${DEATH_EN})\b`, 'i').test(
          after,
        );
    if (dead && toldNow(text, at)) return { kind: 'reunion', method: null, at };
  }
  for (const m of matchesOf(REUNION_ZH, text)) {
    const at = m.index ?? 0;
    if (new RegExp(`${m[1]}[^，。]{0,8}${DEATH_ZH}|${DEATH_ZH}的(?:[我他她]的?)?${m[1]}`).test(text) && toldNow(text, at))
      return { kind: 'reunion', method: null, at };
  }
  return null;
}

/** The stated ending (or the farewell followed by silence) in `text`, the normalised message; null when none is told. */
export function readEndingIntent(text: string): EndingIntent | null {
  if (framedAway(text) || DENIED.test(text)) return null;
  // A laugh frames away every reading but a timed plan (above).
  if (TAKE_BACK.test(text)) return timedPlan(text);
  return statedEnding(text) ?? timedPlan(text) ?? farewellGone(text) ?? reunionWithDead(text);
}
