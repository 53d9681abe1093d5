// A structural reader of self-harm intent: instead of listing whole sentences ("I want to kill myself"), it reads
// each clause for its parts — who (first person, a named other, nobody), an intent frame (want / going to / plan /
// ready / can't stop thinking about; 想 / 打算 / 准备 / 忍不住), a self-directed lethal act (die, end it, jump, hang,
// swallow all of, not wake up; 死 / 跳 / 吞 / 了结), a mass quantity of a means ("all my pills", "一整瓶"), repeated
// self-injury without a reflexive pronoun ("cut deeper than usual", "又划了"), farewell acts (goodbyes, papers in
// order, apologies for everything, "see u never"), being unreachable or shut in (a third-person alarm: won't answer,
// phone off, car gone, locked in), and low mood. The suicide screen (suicide.ts) grades what this reader finds
// together with its component lexicons; negation, past history and study framing are judged per clause by the
// shared context helpers, and a question someone else asked ("my therapist asked if I self-harm, I said no") is a
// reported question, not an affirmation.
import { type Clause, clauseAt, clauses, isEducational, isHistorical, isNegated, PRESENT_PIVOT, sentenceBounds } from '../red-flags/context.js';
import { matchesOf } from '../red-flags/match.js';
import { readCharcoalLit } from './charcoal-lit.js';
import { readExhaustInUse } from './exhaust-in-use.js';
import { readLargeIngestions } from './ingestion.js';
import { finalityAt, finalTimeAt, meansSoughtAt } from './means-sought.js';
import { RELATIVE_EN, RELATIVE_ZH } from './persons.js';
import { FIREARM_EN, NOT_INTAKE } from './plan-slots.js';
import { BY_MISTAKE, SELF_POISON_CLASSES, substanceSource } from './substances.js';
import { DEPTH_OVERSHOT, isAccidentalInjury } from './wound.js';

export type SelfHarmSlot =
  /** Intent frame + self-directed lethal act: ideation with a stated intent (a plan in the making). */
  | 'intendedAct'
  /** A mass quantity of a means taken or about to be taken ("swallowed all my pills", "一整瓶都吃了"). */
  | 'massIngestion'
  /** Repeated or deliberate self-injury without a reflexive pronoun ("cut again", "deeper than usual"). */
  | 'repeatedInjury'
  /** A farewell act. */
  | 'farewell'
  /** Someone unreachable, missing or shut in. */
  | 'unreachable'
  /** Low mood or depression named (alone it is not a risk). */
  | 'lowMood'
  /** A lethal means acquired, hidden or made ready, or a room being sealed (method preparation, no suicide word needed). */
  | 'preparation'
  /** Sealing a room or car against air (the preparation of charcoal burning or exhaust gas). */
  | 'sealing'
  /** A poison swallowed (a pesticide, weedkiller, rat poison, bleach…), not by mistake. */
  | 'poisonIngestion'
  /** An interpersonal crisis right before ("after a row", "吵完架", "一气之下"): the classic precipitant of self-poisoning. */
  | 'conflict'
  /** Going back now to a past attempt told beside it ("tried to overdose years ago… thinking about doing it again"). */
  | 'returnToAttempt';

export type Person = 'self' | 'other' | 'none';

export interface SelfHarmReading {
  slots: SelfHarmSlot[];
  /** Who the strongest finding is about. */
  person: Person;
}

const INTENT_EN =
  /\b(?:i|i'm|im|i am|he|she|they|he's|she's|they're|(?:my )?(?:son|daughter|friend|brother|sister|husband|wife|partner|mum|mom|dad|kid|teen|boyfriend|girlfriend))?\s*(?:(?:really |just |seriously )?(?:want|wants|wanna|going to|gonna|'ll|will|planning to|plan to|plans to|about to|ready to|decided to|thinking (?:about|of)|thinks about|tempted to|(?:have|has|feel|feels|got) the urge to|can'?t stop thinking about|keep thinking about|keeps thinking about|might just|might as well|should just|intend to|considering))\s+/gi;
const ACT_EN =
  /^(?:\w+ ){0,2}?(?:die\b|be dead\b|kill (?:my|him|her|them)sel(?:f|ves)|end (?:it(?! with)|it all|my life|his life|her life|everything|myself)\b|take (?:my|his|her) (?:own )?life|overdose|od\b|hang (?:my|him|her)self|jump (?:off|from|in front|out (?:of )?(?:the |a |my )?window)|(?:slit|slash|cut) (?:my|his|her|their) (?:wrists?|throat)|drown (?:my|him|her)self|shoot (?:my|him|her)self|swallow (?:all|every|the whole|the lot|them all|a (?:whole )?(?:bottle|box|packet))|take (?:all|every|the whole|the lot)\b[^.?!]{0,20}\b(?:pills|tablets|meds|medication|bottle|box|packet|sleeping)|not (?:wake up|be (?:here|around)|exist)|disappear (?:forever|for good)|stop (?:living|existing)|unalive|kms\b|hurt (?:my|him|her)self|cut (?:my|him|her)self|burn (?:my|him|her)self)/i;

const INTENT_ZH = /(?:很|好|真|特别|一直|总|老|又|就|都)?(?:想|要|打算|准备|计划|决定|忍不住想|恨不得|干脆|不如)/g;
const ACT_ZH =
  /^(?:去|就|把自己)?(?:死(?![你您他她咱])|自杀|轻生|寻死|跳(?:楼|河|江|桥|下去)|上吊|割腕|吞(?:药|安眠药|了?[^，。]{0,4}药)|喝(?:农药|药|敌敌畏|百草枯)|(?:一口气|一次性?|全部|都)(?:吃|吞)(?:光|掉|完|下去)?[^，。]{0,4}药|(?:一口气|一次性?)?把[^，。]{0,6}药[^，。]{0,4}(?:全|都)?(?:吃|吞)|(?:去|到)[^，。]{0,5}(?:跳(?:下去|楼|河|江|海)|上吊|寻死)|了结|结束(?:生命|自己|这一切|一切)|离开(?:这个世界|人世)|解脱|消失|不醒|走了算了|一了百了|划(?:自己|手|腕)|伤害自己)/;

const REPEATED_EN =
  /\b(?:cut|cutting|burn(?:ed|t|ing)?|scratch(?:ed|ing)?|carv(?:ed|ing))\b[^.?!]{0,30}\b(?:deeper|worse|more) than (?:usual|before|normal|last time)\b|\b(?:cutting|burning) again\b|\bcut (?:my|his|her) (?:arms?|wrists?|thighs?|legs?) again\b|\brelapsed? (?:on|with|into) (?:self[- ]?harm|cutting)\b|\b(?:started|been) (?:cutting|burning|scratching) (?:again|herself|himself|myself)\b|\b(?:i|i've|he|she|he's|she's|they) (?:\w+ ){0,2}?(?:cut|burned|burnt) (?:(?:my|him|her)self )?again\b|\bslipped up\b[^.?!]{0,25}\b(?:cut|cutting|burn\w*|hurt|harm\w*|scratch\w*)\b/i;
const REPEATED_ZH =
  /又(?:划|割)(?:了|伤)|(?:划|割)(?:得)?(?:更)?深了|又(?:开始)?(?:自残|自伤|划自己|割自己|划手|割手|割腕|划腕|拿刀划)|(?:划|割)得?比(?:以前|平时|上次)(?:更)?深|(?:划|割)(?:了|开)?[^，。]{0,4}(?:好几|很多|几)(?:道|条)/;

const FAREWELL_EN =
  /\bgave (?:away )?(?:all|everything|most) (?:of )?(?:(?:his|her|my|their) )?(?:stuff|things|belongings|possessions|clothes|games|books|savings)\b|\bgiving (?:away )?(?:all|everything)\b|\bgave (?:away )?(?:his|her|my) (?:guitar|laptop|computer|console|jewell?e?ry|watch|bike|car|savings)\b|\b(?:paid off (?:everything|all (?:my|his|her) debts|the debts|all the bills)|sold (?:the|my|his|her) (?:car|house|flat|bike)|sorting (?:things|everything|my affairs) out|put (?:my|his|her) affairs in order|(?:dogs?|cats?|pets?) (?:have|has) gone to)\b|\bsee (?:u|you|ya) never\b|\bgoodbye(?:s)? (?:to|for|everyone|all)\b|\bsaying (?:my )?goodbyes?\b|\bsorry for everything\b|\b(?:insurance|will|papers|documents|passwords?|bank details|pin)\b[^.?!]{0,30}\b(?:are in|is in|are on|in the|where)\b|\btell (?:\w+ ){0,3}(?:i|he|she) love[sd]? (?:them|you|her|him)\b|\blove you all\b|\bi'?m sorry,? (?:i|mum|mom|dad)\b|\bthis is (?:the end|goodbye)\b|\bwon'?t (?:see|bother|trouble) (?:you|anyone|them) (?:again|anymore)\b|\blast (?:goodbye|message|post|text)\b|\bforgive me\b/i;
const FAREWELL_ZH =
  /(?:全部|全都|都|全|所有)[^，。]{0,3}(?:送|分)(?:人|给|掉|了)|(?:对不起|原谅)[^，。]{0,8}(?:别|莫|不要|不用)(?:再)?管我|(?:别|莫|不要)(?:跟着?|跟到|来找)我|谢谢[^，。]{0,10}(?:照顾|陪伴|一切|所有)|以后(?:要)?(?:好好的|好好过|保重)|[^，。]{0,16}都送(?:人|给[^，。]{0,4})了|(?:债|钱|账)[^，。]{0,3}(?:都|全)?(?:还清|还完|结清|还上)|(?:车|房子)[^，。]{0,3}(?:都)?卖(?:了|掉)|再也(?:不会)?见不到|永别|来世|下辈子|(?:保险|存折|银行卡|密码|房产证|遗嘱)[^，。]{0,8}(?:在|放|告诉|交给)|对不起(?:你们|大家|爸妈|妈|爸)?[^，。]{0,4}(?:一切|所有)|(?:帮我|替我|以后)[^，。]{0,2}照顾好?(?:爸妈|妈|爸|孩子|猫|狗)|别(?:找|等)我|原谅我|(?:别|不要|莫)怪(?:我|他|她)|最后(?:一条|一次)(?:消息|朋友圈|说)|谢谢(?:你们)?(?:这些年|一直以来)|(?:这些年|这么多年|一直以来)[^，。]{0,3}谢谢|(?:往后|以后|今后)[^，。]{0,6}(?:就)?(?:靠|交给|拜托)你了|(?:写给|留给)[^，。]{0,10}(?:纸条|字条|信)/;

/** Ordinary handing-over or paying acts (rent paid, keys left with a neighbour): a farewell only beside a leaving or
 *  ending cue (FAREWELL_CUE) or another farewell act — alone they are errands ("这个月房租交了", "出差前把钥匙交给邻居"). */
const ORDINARY_ACT =
  /\bpaid (?:the |my |his |her )?(?:rent|bills|debts) (?:up|off|in advance)\b|\bleft (?:the |my |his |her )?(?:spare )?keys with\b|房租[^，。]{0,3}(?:交好|交清|交了|付清)|钥匙[^，。]{0,6}(?:交给|留给)/gi;
const FAREWELL_CUE =
  /最后|以后(?:就|也|再)?用不(?:着|上)了?|用不着了|交代后事|后事|遗书|遗言|告别|再见|\bwon'?t (?:need|be needing) (?:it|them|this|these|that|any of (?:it|this|them))\b|\btake care of (?:my|his|her)\b|\bgoodbye\b|\bsuicide note\b|\bfor the last time\b/i;

const UNREACHABLE_EN =
  /\b(?:won'?t|wont|doesn'?t|does not|isn'?t|not|stopped) (?:answer(?:ing)?|pick(?:ing)? up|respond(?:ing)?|reply(?:ing)?|open(?:ing)? the door|come out)\b|\bphone (?:is |went |goes )?(?:off|switched off|dead|straight to voicemail)\b|\bcan'?t (?:reach|find|get hold of) (?:him|her|them)\b|\b(?:his|her|their) car is gone\b|\bcar(?:'s| is) gone\b|\b(?:went|gone) missing\b|\bhasn'?t come home\b|\blocked (?:him|her|them)sel(?:f|ves) in\b|\blocked (?:in|the door)\b|\bno (?:answer|response|reply) when (?:i|we) (?:call|knock|shout)\w*\b/i;
const UNREACHABLE_ZH =
  /人不见了|不见(?:人|踪影)|联系不上|(?:电话|手机)[^，。]{0,8}(?:不接|打不通|关机|没人接)|(?:再|一直|怎么)打[^，。]{0,3}(?:都)?(?:不接|不通|没人接)|不(?:回|接)(?:消息|电话|微信)|反锁|(?:锁在|关在)[^，。]{0,6}(?:里|门)|不(?:肯)?开门|(?:喊|叫|敲门|敲)[^，。]{0,4}(?:不应|没反应|不回应|没(?:有)?人(?:回应|应|答应|开门|理)|不答应|没回应)|找不到(?:他|她|人)|(?:一夜|一晚上|到现在)[^，。]{0,4}没回(?:家|来)|失联/;

const LOW_MOOD_EN =
  /\b(?:depress\w*|really (?:down|low)|low mood|so down|miserable|lost (?:his|her|their|my) job|since losing|broke up|heartbroken|bullied|hopeless|can'?t cope|(?:so |really )?tired of (?:everything|it all|living|life)|nobody (?:cares|will miss me|would miss me)|no one (?:cares|will miss me|would miss me)|better off without me)\b/i;
const LOW_MOOD_ZH =
  /抑郁|情绪(?:很|特别|非常)?(?:低落|不好|很差)|想不开|失恋|被(?:霸凌|欺负)|丢了工作|失业|离婚|心情(?:很|特别)?(?:差|糟)|走不出来|绝望|(?:就|终于|可以)解脱|活(?:着|起|得)(?:没|莫得|没得|冇)(?:啥)?(?:意思|意义)|我(?:走|死|不在)了[^，。]{0,4}(?:你们|大家)[^，。]{0,3}(?:就)?(?:轻松|解脱|省心)|没人(?:在乎|会想)我/;

// Someone else named: a third-person pronoun or a person named by their tie to the writer (persons.ts, the one list).
const OTHER_EN = new RegExp(`\\b(?:he|she|they|his|her|my (?:teen|${RELATIVE_EN}))\\b`, 'i');
const OTHER_ZH = new RegExp(`他|她|(?:我|我的)?(?:${RELATIVE_ZH})`);
/** The writer's 我/my before a tie ("我女儿", "my son"): names the other person, not the writer. */
const WRITER_OF_TIE = new RegExp(`我(?:的)?(?=${RELATIVE_ZH})|\\bmy\\b`, 'gi');
const SELF = /我|\b(?:i|i'm|im|i'?ve|me|my|myself)\b/i;

// Method preparation: an acquiring or readying act whose object is a lethal means (the act and the object are read
// apart, so "bought a rope", "hid the weed killer under the bed", "把农药藏在床底下" are one pattern, not three).
const PREP_ACT_EN =
  /\b(?:bought|buying|buy|got|getting|ordered|picked up|collected|hid|hidden|hiding|stashed|hoarded|saved up|put aside|set aside|keeping|kept|laid out|lined up|counted out|tested|tied|hung|hanging|put up|set up)\b/gi;
const PREP_MEANS_EN = new RegExp(
  `\\b(?:charcoal|briquettes?|rope|noose|cord|sleeping pills|pills|tablets|hose(?:pipe)?|duct tape|gas canisters?|helium|razor blades?)\\b|${substanceSource(['pesticide'], ['en'])}`,
  'i',
);
/** The means first, the readying after it: "the pills lined up", "my tablets all counted out", "a rope tied to the beam". */
const PREP_READIED_EN =
  /\b(?:sleeping pills|pills|tablets|rope|noose|charcoal|razor blades?)\b (?:(?:are|is|all|already|now|\w+)\s){0,2}(?:lined up|laid out|counted out|set out|tied|hung|hidden|stashed)\b/gi;
const PESTICIDE_ZH = substanceSource(['pesticide'], ['zh']);
/** A means made ready: charcoal lit in a closed space, a means bought, hidden or saved, a rope hung or tied. */
const PREP_ZH = new RegExp(
  `(?:车里|车内|房间里|屋里|卧室里?|厕所里?)[^，。]{0,6}烧(?:木)?炭|(?:买|购|备|准备|藏|囤|攒|放|拿|搞|弄|存|留)(?:了|好|来|着)?[^，。]{0,8}(?:木炭|炭|${PESTICIDE_ZH}|绳子|绳索|安眠药|刀片|胶带)|(?:木炭|炭|${PESTICIDE_ZH}|绳子|安眠药|药片|刀片)[^，。]{0,8}(?:藏|放|备|准备|买|摆|排|数)(?:好|了|在)|(?:绳子|绳索|绳套)[^，。]{0,6}(?:挂|系|拴|吊|绑)(?:好|上)`,
  'g',
);
/** An ordinary purpose named for what was bought ("a rope for the tent", "charcoal for the barbecue", "买炭烧烤用"). */
export const ORDINARY_PURPOSE =
  /^[^.?!,;，。；]{0,25}\b(?:for (?:the|a|my|our|his|her) (?:tent|camping|camp|boat|garden|barbecue|bbq|grill|climbing|washing line|swing|hotpot|rats?|mice|weeds?|lawn|roses|farm|crops|fields?|move|moving|boxes|packing)|to (?:hang (?:the )?(?:washing|laundry)|tie (?:up )?(?:the )?(?:boat|tent|tarp|load|boxes|tomatoes|plants)|grill|cook|kill (?:the )?(?:rats?|mice|weeds?|bugs|ants))|for cooking)\b|^[^，。；]{0,12}(?:烧烤|做饭|取暖|打边炉|吃火锅|打火锅|晾衣|捆[^，。]{0,3}(?:箱|行李|货|菜)|搬家|打包|灭鼠|除草|杀虫|种地|打农药|给[^，。]{0,4}(?:菜|地|果树|庄稼))/i;

/** Sealing a room or car: taping gaps, blocking vents (not insulation or draught-proofing talk). */
const SEALING =
  /\bhose\b[^.?!]{0,60}\bexhaust\b|\bexhaust\b[^.?!]{0,40}\bhose\b|(?:管子|水管|软管)[^，。]{0,10}排气管|排气管[^，。]{0,10}(?:管子|水管|软管)|(?:门缝|窗缝|窗户|门窗|通风口|缝隙)[^，。]{0,6}(?:封|贴|堵|关(?:了|好|紧|死))|\b(?:in|inside) (?:my|the|his|her|our) car\b[^.?!]{0,40}\bgarage\b[^.?!]{0,30}\bengine (?:running|on)\b|\bgarage\b[^.?!]{0,40}\bengine (?:running|on)\b|车库[^，。]{0,12}(?:发动机|引擎|车)[^，。]{0,4}(?:开着|没关|发动着|没熄火)|胶带[^，。]{0,6}(?:窗|门|缝)|(?:门缝|窗缝|门窗|门|窗)[^。？！]{0,24}(?:用)?(?:胶带|湿毛巾|毛巾|胶纸)[^，。]{0,3}(?:贴|封|堵|塞)(?:起来|上|住|死|好|了)|\b(?:tape|taped|taping|seal\w*|block\w*)\b[^.?!]{0,20}\b(?:windows?|doors?|vents?|gaps?|cracks?)\b|\b(?:tape|duct tape) for the (?:windows?|doors?|vents?|car)\b/i;
/** A hose set up from a car's exhaust without the word "exhaust" (session 29, blind ar010 "hose is already fitted to the
 *  car in the garage"): a hose or pipe fitted, taped or run to or into the car, its tailpipe or window — the exhaust means
 *  made ready, read beside SEALING's hose-and-exhaust alternatives, not in them. Washing, a radiator, fuel, a tap or a
 *  garden named in the sentence is the hose's ordinary use (HOSE_ORDINARY; since the s29 review also an oil drain, a
 *  cable, a heater, an oxygen concentrator, an emissions test, screen wash, inflating a mattress). */
const HOSE_FITTED =
  /\b(?:hose(?:pipe)?|pipe|tube|tubing)s?\b(?:\s+(?:is|was|are|'s|has been|all|already|now|been|just))*\s+(?:fitted|attached|connected|taped|hooked up|rigged|run|running|fixed)\s+(?:up\s+)?(?:to|into|onto|from|through)\s+(?:the\s+|my\s+|his\s+|her\s+)?(?:car|tailpipe|exhaust pipe|car window)\b|(?:管子|水管|软管)[^，。]{0,6}(?:接|连|插|绑|缠)(?:到|在|上|进|好)[^，。]{0,4}(?:车|车窗|车尾)/i;
const HOSE_ORDINARY =
  /\b(?:wash\w*|clean\w*|radiator|coolant|fuel|petrol|diesel|siphon\w*|tap|garden|water\w*|vacuum\w*|hoover\w*|air ?con\w*|tyres?|tires?)\b|洗车|冲洗|加油|水龙头|浇|抽油|吸尘|\b(?:oil|drain\w*|cables?|wires?|wiring|dash ?cam\w*|charg(?:er|ers|ing)|heaters?|oxygen|concentrators?|MOT|emissions?|smog|inflat\w*|pump\w*|air ?bed|mattress)\b|机油|放油|换油|电线|数据线|充电线|行车记录仪|暖风机|取暖器|加热器|氧气|制氧|吸氧|玻璃水|打气|充气|气垫|床垫|尾气检测|年检/i;
/** Review fix (s29): the hose is the exhaust set-up — sealed and made ready — only where its end is the exhaust or
 *  tailpipe, it is run INTO the car or its window, a garage is the place, or someone is told inside the car. "A tube
 *  connected to the car" / 软管接到车上 alone is a means readied at most: preparation only, no sealing. Session 30 (review
 *  s29 r004 "hose is connected to the car, engine running, I'm sitting in it now"): the engine told running, or someone
 *  told sitting IN it, is the same set-up. */
const HOSE_EXHAUST_SETUP =
  /\b(?:exhaust|tailpipe|tail pipe|garage)\b|\b(?:into|inside|through) (?:the |my |his |her )?(?:car|car window|window)\b|\b(?:i'?m|i am|he'?s|she'?s|he is|she is|they'?re|sitting|sat|locked)\b[^.?!]{0,20}\bin(?:side)? (?:the |my |his |her )?car\b|排气|尾气|车尾|车库|车里|车内|车厢|车窗|进车|坐在车|\bengine(?:'s| is)? (?:running|on|started)\b|\b(?:i'?m|i am|he'?s|she'?s|they'?re|sitting|sat) (?:\w+ )?in it\b|(?:发动机|引擎|车)[^，。]{0,2}(?:开着|没熄火|发动着|打着火)|坐在(?:里面|上面)/i;

/** A gas supply opened on purpose: the tap turned on, 煤气打开了 / 拧开了燃气. */
const GAS_OPENED =
  /(?:煤气|燃气|天然气|液化气)(?!热水器|灶|炉|取暖|壁挂|罐)[^，。]{0,6}(?:打开|拧开|开着|开了|放开)|(?:打开|拧开|开了|放开)[^，。]{0,4}(?:煤气|燃气|天然气|液化气)|\bturned (?:on )?the gas(?: on)?\b|\bgas (?:taps? )?(?:is |are )?(?:on|turned on|left on)\b/i;
/** The room shut around an opened gas ("shut all the windows"): sealing enough for a gas, not for a stove's smoke. */
const SHUT_ROOM =
  /\b(?:shut|closed|locked) (?:all )?(?:the |my )?(?:windows?|doors?)\b|门窗[^，。]{0,4}(?:关|闭)|(?:关|闭)(?:好|紧|上)?(?:了)?(?:所有的?)?门窗/i;
/** Gas met by accident: a leak, a smell, a tap forgotten, cooking. */
const GAS_ACCIDENT =
  /泄漏|漏气|闻到|味道|忘(?:了|记)?关|没关|做饭|煮|炒|烧水|热水器|洗澡|取暖|烤火|\b(?:leak\w*|smell\w*|forg[eo]t\w*|cook\w*|boil\w*|heat\w*|shower\w*|bath\w*|kettle|dinner|lunch|breakfast|tea)\b/i;
const POISON = substanceSource(SELF_POISON_CLASSES);
const POISON_TAKEN = new RegExp(
  `把[^，。]{0,12}${POISON}[^，。]{0,4}(?:喝|吞|吃)(?:了|下|掉)|(?:喝|吞|吃)(?:了|下|掉)[^，。]{0,6}${POISON}|\\b(?:drank|drunk|swallowed|downed|ate|took)\\b[^.?!]{0,25}${POISON}`,
  'i',
);
/** The precipitant of a self-poisoning (NICE NG225), the ONE list (ingestion-mode.ts reads it too, s23 review): an EVENT
 *  between people — a conflict in any inflection (fought/quarrelled/argued/fell out with; a row/fight/argument/quarrel/
 *  dispute had or after; 吵架 in its separable forms, 打架, 闹矛盾, 嗌交), being scolded or beaten by someone (被 + whoever
 *  + 骂/打, 挨骂, "shouted at him", told off), bullying, a break-up, an exam failed. Not a word that only looks like one:
 *  打冷战 is a shiver, 被打了一针 an injection, "broke up his tablets" a crushing. */
export const CONFLICT_EN =
  /\b(?:fought|fighting|quarrel+(?:ed|ing)|argu(?:ed|ing)|rowed|rowing|fell out|falling out) with\b|\b(?:after|had|having|following|because of)\s+(?:(?:a|an|the|our|his|her|their|my|some|big|huge|massive|bad|another)\s+){0,2}(?:row|fight|argument|quarrel|dispute|falling[- ]out|bust-?up)s?\b|\b(?:shouted|yelled|screamed|scolded|hit|beat|slapped) (?:at )?(?:him|her|them|me)\b|\bscolded\b|\btold (?:him |her |them |me )?off\b|\bbull(?:ied|ying)\b|\bbroken? up\b(?!\s+(?:the|his|her|my|their|a|an|some|it|them|\d+)\b)|\bdumped (?:him|her|me)\b|\bfailed (?:his|her|my|their|the) (?:exams?|tests?|finals)\b|\bgrounded\b/i;
export const CONFLICT_ZH =
  /吵(?:完|了|过)?(?:一|几)?(?:架|嘴|句)|吵起来|争吵|口角|拌嘴|打(?:了|完)?(?:一)?架|闹(?:矛盾|别扭|翻|分手|离婚)|(?<!打)冷战|嗌交|鬧交|拗撬|一气之下|赌气|被[^，。,；\s]{0,5}?(?:骂|打(?!针|了?(?:一|几|两)?针|疫苗|点滴|吊针|吊瓶|电话|招呼)|揍|批评|训|凶|说了(?:几|两)句|说了一顿)|挨(?:了)?(?:骂|打|揍|批评)|欺负|霸凌|分手|考(?:试)?(?:没考好|砸了|不及格)|没考上|落榜|挂科/;
export const CONFLICT = new RegExp(`${CONFLICT_EN.source}|${CONFLICT_ZH.source}`, 'i');

/** Arranging care of dependants or pets (a farewell act): "look after my cat", "帮我照顾好狗". */
const ARRANGING_CARE =
  /\b(?:told|asked) (?:\w+ ){0,3}to (?:look after|take care of|feed|mind) (?:my|his|her) (?:cat|dog|pets?|kids|children|plants|fish|rabbit)\b|\b(?:look after|take care of) (?:my|his|her) (?:cat|dog|pets?|kids|children) for (?:me|him|her)\b/i;

/** Someone else's death is a risk factor (bereavement), not a sign that a wish is in the past: masked before the
 *  past-history check (for other red flags "my father died of a heart attack" stays history). */
export const BEREAVEMENT = /\b(?:died|passed away|passed(?= (?:in|on|last|recently)\b|[.,]))|去世|过世|走了/gi;
export const maskBereavement = (text: string): string => text.replace(BEREAVEMENT, (m) => ' '.repeat(m.length));

/** "doesn't want to die", "不是想死": a denied wish right before the mention (the shared negation reads only "not"/"no"). */
export const NOT_WANTING =
  /\b(?:doesn'?t|don'?t|didn'?t|does not|do not|did not|never|no longer) (?:really |even )?(?:want|wanna|plan|intend|mean)s?\b[^.?!]{0,12}$|(?:不是|并不|从没|没有)想$/i;

/** "asked (me) if/whether …": a question someone asked, not an affirmation (unless they said yes). */
const REPORTED_QUESTION = /\b(?:asked|asks|asking) (?:me |him |her |them )?(?:if|whether)\b|问(?:我|他|她)(?:有没有|是不是|会不会|有无)/i;
/** The answer after a reported question: yes, or means made ready in the next sentence ("Yes. I have the pills ready"). */
const SAID_YES =
  /\bsaid yes\b|[.?!,;:]\s*(?:yes|yeah|yep|i do|i did|i have|honestly,? yes|truthfully,? yes)\b|说(?:有|是|会|了实话)|[？?。，,]\s*(?:是的|有的?|会的?|想过)[，。！!]|承认/i;
const MEANS_READY =
  /\b(?:i have|i've got|i got|i bought|got) (?:the |my |some |a )?(?:pills?|tablets?|meds|rope|gun|knife|blades?|charcoal)\b|\b(?:pills?|tablets?|meds|rope|gun)\b[^.?!]{0,20}\b(?:ready|saved|stashed|hidden|bought)\b|(?:药|绳子|刀|农药|安眠药|炭)[^，。]{0,8}(?:准备好|买好|备好|攒(?:够|好)|藏好)|(?:准备|买|攒)好了[^，。]{0,6}(?:药|绳|刀|炭)/i;

/** A clause in a question someone else asked ("asked me if I ever self-harm"), answered no or not at all: not an
 *  affirmation. A yes, or means made ready right after it, affirms it. */
export function isReportedQuestion(text: string, at: number): boolean {
  const head = text.slice(Math.max(0, at - 60), at);
  if (!REPORTED_QUESTION.test(head)) return false;
  const after = text.slice(at, at + 120);
  return !SAID_YES.test(after) && !MEANS_READY.test(after);
}

/**
 * Is the mention at `at` told as history? The clause's history frame ("years ago", 以前) covers what it tells up to a
 * present frame: a past attempt told as history and a wish, a plan or a means told now in the same clause are two
 * stories, and only the first is over (the history stays context of the present one).
 */
export function isHistoricalAt(text: string, cl: Clause, at: number): boolean {
  let from = cl.start;
  for (const p of matchesOf(PRESENT_PIVOT, text.slice(cl.start, Math.max(cl.start, at)))) from = cl.start + (p.index ?? 0);
  return isHistorical(text, from === cl.start ? cl : { start: from, end: cl.end });
}

/** A past attempt or self-harm told (read whatever its tense), in the first or third person. */
export const PAST_ATTEMPT =
  /自杀过|(?:试|尝试)过(?:自杀|轻生|吞药)|(?:上次|以前|之前|去年|前年|曾经|那年|那次|\d+\s*年前|[一二两三四五六七八九十几]+年前)[^，。]{0,6}(?:自杀|轻生|吞药|吞过药|割腕|洗胃)|吞过[^，。]{0,4}药|割过(?:腕|手)|洗过胃|\b(?:tried|attempted) (?:to )?(?:kill|end|overdose|hang|suicide)\w*|\battempted (?:at|when|in|as|back|\d+|two|three|four|five|six|seven|eight|nine|ten|many|several|years)\b|\b(?:took|taken|had) an overdose\b|\b(?:suicide|previous|past|last) attempt\b|\boverdosed (?:before|last|once|in|as an?|when|at|back)\b|\b(?:had|got) my stomach pumped\b/i;
/** Going back to it now: a wish, a thought dwelt on or a try again, whose object is the past attempt ("thinking about
 *  doing it again", "want to try again", 又老想这件事, 想再试一次). Read only beside a past attempt (PAST_ATTEMPT). */
/** The attempt returned to in a clause told now: a present time (lately, every day, tonight, just, 最近, 每天, 又, 今晚)
 *  with a thought or an act whose object points back to it (it, that, another one, 这件事, 一次) — the tense of the
 *  clause and its anaphor, not a list of sentences ("I attempted at 19 … but lately I think about it every day",
 *  "ten years ago … I've just taken another one tonight", 最近每天都在想这件事). */
const PRESENT_RETURN = [
  String.raw`\b(?:lately|recently|these days|every day|all the time|constantly|this week|tonight|just|again)\b[^.?!;]{0,30}\b(?:think|thinking|thought|dream\w*|plan\w*|taken?|taking|took|done|doing|did|tr(?:y|ied|ying))\b (?:about |of )?(?:it|that|this|another(?: one)?)\b`,
  String.raw`\b(?:think|thinking|thought) (?:about|of) (?:it|that|this|dying|death|doing it)\b[^.?!;]{0,20}\b(?:every day|all the time|constantly|lately|again|daily|most days|every night)\b`,
  String.raw`\b(?:taken|took|had|done|did|swallowed) another(?: one| overdose| lot)?\b`,
  String.raw`\b(?:finish|complete) (?:the job|it|what (?:i|he|she) started)\b|\bdo it (?:properly|right)\b`,
  '(?:最近|这几天|这阵子|这段时间|每天|天天|又|今晚|刚刚?|这周)[^，。]{0,8}(?:想|琢磨|惦记|吞|吃|割|做|试)[^，。]{0,4}(?:这件事|这事|那件事|那事|这个|那个|一次)',
].join('|');
/** A present time said in the return itself. */
const OWN_PRESENT = /\b(?:lately|recently|these days|every day|this week|tonight|just|now|keeps?|kept) |最近|这几天|这阵子|每天|天天|今晚|刚|总是|老是/i;
const RETURN_TO_ATTEMPT = new RegExp(
  String.raw`\b(?:(?:think|thinks|thinking|thought|thoughts|dream\w*) (?:about|of) (?:doing (?:it|that)|trying(?: (?:it|that))?) again|(?:want|wants|wanna|going|gonna|urge|urges|tempted|planning|plan|plans|ready|decided) to (?:do|try) (?:it|that|this)(?: again| properly| for real| this time)?|(?:do|doing|done|did) (?:it|that) again|(?:try|trying) (?:it |that )?again(?! to\b)|(?:another|a second|one more) (?:attempt|try|go at it))\b|又(?:老|总|一直|开始|在)?(?:是)?(?:想|惦记|琢磨)(?:这件事|这事|这个|那件事|那事|那个|那样|这样|死|吞|去死|再|自杀|轻生|割|跳)|(?:还|又|再)(?:想|打算|准备)(?:再)?(?:试|来|吞|做)一(?:次|回)|想再(?:试|来|吞|做)一(?:次|回)|${PRESENT_RETURN}`,
  'gi',
);

/** Said it will not happen again ("I'd never do it again", "不想再试一次"): read right before the return. */
const NOT_AGAIN = /(?:\b(?:don'?t|do not|doesn'?t|does not|didn'?t|never|won'?t|wouldn'?t|will not|would not|not|no longer)\b[^.?!,;]{0,16}|不|没|别|再也不)$/i;

/** `intrinsicNegation`: the cue itself is worded with a negation ("won't answer", "see u never"). */
const stanceBlocks = (text: string, cl: Clause, at: number, study: boolean, intrinsicNegation: boolean): boolean =>
  (!intrinsicNegation && isNegated(text, cl, at)) ||
  isHistoricalAt(maskBereavement(text), cl, at) ||
  isReportedQuestion(text, at) ||
  (study && isEducational(text, cl));

function personOf(clauseText: string): Person {
  if (OTHER_EN.test(clauseText) || OTHER_ZH.test(clauseText)) return SELF.test(clauseText.replace(WRITER_OF_TIE, '')) ? 'self' : 'other';
  return SELF.test(clauseText) ? 'self' : 'none';
}

/** A fear or sense-of-doom frame before "going to die" in its sentence ("I feel like", "I think", "scared", 感觉, 怕). */
const FEAR_FRAME_EN =
  /\b(?:feel(?:s|ing)? (?:like|as (?:if|though))|felt (?:like|as (?:if|though))|think|thinks|thought|scared|afraid|frightened|terrified|worried|fear(?:ing)?|panicking|convinced)\b/i;
const FEAR_FRAME_ZH = /感觉|觉得|好像|怕|害怕|担心|吓得?/;
/** What makes "going to die" a resolve rather than a fear: a time, a decision, a farewell act or a will. */
const RESOLVE =
  /\b(?:tonight|tomorrow|by (?:the |this |next )?(?:weekend|morning|evening|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|end of)|this (?:weekend|week)|next week)\b|\b(?:decided|decision|made up my mind|mind is made up|(?:my|the) mind'?s made up|planned|(?:have|got) a plan|ready to go)\b|\b(?:my|a|the) will\b|今晚|今天晚上|今夜|明天|周末|决定|想好了|下定决心|遗嘱|遗书/i;
/** "I feel like I'm going to die": a fear frame earlier in the sentence, and nothing in the message resolving it. */
function isPrediction(text: string, at: number): boolean {
  const head = text.slice(Math.max(0, at - 40), at);
  const sentence = head.slice(head.search(/[^.?!。？！]*$/));
  if (!FEAR_FRAME_EN.test(sentence) && !FEAR_FRAME_ZH.test(sentence)) return false;
  return !RESOLVE.test(text) && !FAREWELL_EN.test(text) && !FAREWELL_ZH.test(text);
}

/** Read every clause; return the slots found (current, affirmed, not study or reported questions) and whose they are. */
export function readSelfHarm(text: string): SelfHarmReading {
  const cl = clauses(text);
  const slots = new Set<SelfHarmSlot>();
  let person: Person = 'none';
  const note = (slot: SelfHarmSlot, at: number, study = true, negatedWish = false) => {
    const c = clauseAt(cl, at);
    if (stanceBlocks(text, c, at, study, negatedWish || slot === 'farewell' || slot === 'unreachable')) return;
    slots.add(slot);
    const p = personOf(text.slice(c.start, c.end));
    if (person === 'none' || (person === 'self' && p === 'other')) person = p === 'none' ? 'self' : p;
  };
  // Intent frame followed by a self-directed act, in either language.
  for (const m of matchesOf(INTENT_EN, text)) {
    const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 60);
    const at = m.index ?? 0;
    if (NOT_WANTING.test(text.slice(Math.max(0, at - 24), at + m[0].length))) {
      // Not wanting to die is a safety statement; not wanting to live ("doesn't want to live anymore") is ideation.
      if (/^(?:\w+ ){0,2}?(?:live|be alive|exist|wake up|be here|be around|go on)\b/i.test(after)) note('intendedAct', at, true, true);
      continue;
    }
    // "I feel like I'm going to die": a prediction (fear, a sense of doom), not an intent — only when a fear frame comes
    // first and nothing in the message resolves it ("going to end it" is intent whatever the frame; "I'm going to die
    // tonight, I've made up my mind" is a statement of suicide: a time, a decision, a farewell or a will).
    if (/(?:going to|gonna|'ll|will|about to)\s+$/i.test(m[0]) && /^(?:\w+ ){0,2}?(?:die|be dead)\b/i.test(after) && isPrediction(text, at)) continue;
    // Taking the whole supply somewhere (to the pharmacy, to recycling, for disposal) carries it: the plan reader's own
    // exclusion (plan-slots.ts NOT_INTAKE), so the two readers of one plan agree (review s21 D2/O3).
    const act = ACT_EN.exec(after);
    if (act && !(/^(?:\w+ ){0,2}?take /i.test(act[0]) && NOT_INTAKE.test(after))) note('intendedAct', at);
  }
  for (const m of matchesOf(INTENT_ZH, text)) {
    const at = m.index ?? 0;
    const after = text.slice(at + m[0].length, at + m[0].length + 12);
    // "累得要死", "要死了": a degree phrase, not an intent.
    if (m[0].endsWith('要') && (/[得的地]/.test(text[at - 1] ?? '') || /^(?:死(?:了|啦|呀|啊)|消失|解脱|不醒)/.test(after))) continue;
    // "疼得生不如死": a degree of suffering, not an intent.
    if (m[0].endsWith('不如') && text[at - 1] === '生') continue;
    if (ACT_ZH.test(after)) note('intendedAct', at);
  }
  // A past attempt is history; a wish or a try told now whose object is that attempt is ideation now.
  if (PAST_ATTEMPT.test(text)) {
    for (const m of matchesOf(RETURN_TO_ATTEMPT, text)) {
      const at = m.index ?? 0;
      const c = clauseAt(cl, at);
      if (NOT_AGAIN.test(text.slice(Math.max(c.start, at - 30), at))) continue;
      // A return told with its own present time ("I've just taken another one tonight") is now, whatever history its
      // clause began with ("I took an overdose ten years ago and…"): the clause's time is the return's own.
      if (OWN_PRESENT.test(text.slice(Math.max(c.start, at - 40), at + m[0].length)) && !isNegated(text, c, at) && !isReportedQuestion(text, at)) {
        slots.add('returnToAttempt');
        break;
      }
      note('returnToAttempt', at);
      break;
    }
  }
  // A whole supply, a container or ten-plus tablets of any medicine, taken or about to be (ingestion.ts).
  for (const mass of readLargeIngestions(text)) note('massIngestion', mass.at, false);
  // Repeated self-injury is never read away by an accident (as at 648194d3). A cut told by a depth that overshot what was
  // meant (wound.ts) is one too, unless told with a tool or a task or said to be an accident ("切菜割得有点深"); the
  // wound's mechanism (glass, a fall) never reads it away (review s11d).
  for (const re of [REPEATED_EN, REPEATED_ZH]) {
    const m = re.exec(text);
    if (m) note('repeatedInjury', m.index);
  }
  const deep = DEPTH_OVERSHOT.exec(text);
  if (deep) {
    const c = clauseAt(cl, deep.index);
    const { start, end } = sentenceBounds(text, deep.index);
    if (!isAccidentalInjury(text.slice(c.start, c.end), text.slice(start, end))) note('repeatedInjury', deep.index);
  }
  let farewellAct = false;
  for (const re of [FAREWELL_EN, FAREWELL_ZH]) {
    const m = re.exec(text);
    if (m) note('farewell', m.index, false);
    farewellAct ||= m !== null;
  }
  {
    // An errand is a farewell only with a leaving/ending cue or another farewell act (two errands together count).
    const acts = matchesOf(ORDINARY_ACT, text);
    const first = acts[0];
    if (first && (acts.length >= 2 || farewellAct || ARRANGING_CARE.test(text) || FAREWELL_CUE.test(text))) note('farewell', first.index ?? 0, false);
  }
  for (const re of [UNREACHABLE_EN, UNREACHABLE_ZH]) {
    const m = re.exec(text);
    if (m) note('unreachable', m.index, false);
  }
  for (const m of matchesOf(PREP_ACT_EN, text)) {
    const at = m.index ?? 0;
    const window = text.slice(at, at + m[0].length + 40).split(/[.?!]/)[0] ?? '';
    const means = PREP_MEANS_EN.exec(window);
    if (means && !ORDINARY_PURPOSE.test(window.slice(means.index + means[0].length))) {
      note('preparation', at, false);
      break;
    }
  }
  // The means told first and the readying after it ("I have the pills lined up", "the rope is tied"), read the same way.
  if (!slots.has('preparation'))
    for (const m of matchesOf(PREP_READIED_EN, text)) {
      const at = m.index ?? 0;
      if (ORDINARY_PURPOSE.test(text.slice(at + m[0].length, at + m[0].length + 40))) continue;
      note('preparation', at, false);
      break;
    }
  for (const m of matchesOf(PREP_ZH, text)) {
    const at = m.index ?? 0;
    if (ORDINARY_PURPOSE.test(text.slice(at + m[0].length, at + m[0].length + 20))) continue;
    note('preparation', at, false);
    break;
  }
  {
    const m = SEALING.exec(text);
    if (m) note('sealing', m.index, false);
    // A running engine in a closed garage is the means itself (exhaust), not only a sealed space; so is a gas supply
    // the writer opened in the sealed room (厨房的煤气我已经打开了 门窗都关好了) — never a leak smelt or a tap forgotten.
    if (m && /engine|exhaust|发动机|引擎|车库|排气管/i.test(m[0])) note('preparation', m.index, false);
    // A running engine in a garage with a person in it (exhaust-in-use.ts), read in the engine's sentence: an ADDITIONAL
    // reading that can only raise — the garage alternatives above stay (plans, method questions, someone found inside).
    // Shut in with it, the space is sealed too (lethal on its own); else the screen wants a second sign beside the means.
    const exhaust = readExhaustInUse(text);
    if (exhaust && !stanceBlocks(text, clauseAt(cl, exhaust.personAt), exhaust.personAt, false, false)) {
      note('preparation', exhaust.at, false);
      if (exhaust.shut) note('sealing', exhaust.at, false);
    }
    // A hose fitted to the car, no ordinary use in its sentence: the exhaust set-up itself, as SEALING's hose + exhaust.
    const hose = HOSE_FITTED.exec(text);
    const hoseSentence = hose ? sentenceOf(text, hose.index) : '';
    if (hose && !HOSE_ORDINARY.test(hoseSentence)) {
      if (HOSE_EXHAUST_SETUP.test(hose[0]) || HOSE_EXHAUST_SETUP.test(hoseSentence)) note('sealing', hose.index, false);
      note('preparation', hose.index, false);
    }
    // Charcoal told lit in a room sealed by hand, no ordinary purpose named (charcoal-lit.ts): the means set going, as
    // the opened gas below — an ADDITIONAL reading, read at the fire's clause (a past or a negation there blocks).
    const charcoal = readCharcoalLit(text);
    if (charcoal) {
      note('preparation', charcoal.at, false);
      if (slots.has('preparation')) note('sealing', charcoal.sealedAt, false);
    }
    if (GAS_OPENED.test(text) && !GAS_ACCIDENT.test(text)) {
      const shut = m ?? SHUT_ROOM.exec(text);
      if (shut) {
        note('sealing', shut.index, false);
        note('preparation', shut.index, false);
      }
    }
  }
  {
    const m = POISON_TAKEN.exec(text);
    if (m && !BY_MISTAKE.test(text)) note('poisonIngestion', m.index, false);
    const c = CONFLICT.exec(text);
    if (c) note('conflict', c.index, false);
  }
  {
    const m = ARRANGING_CARE.exec(text);
    if (m) note('farewell', m.index, false);
  }
  for (const re of [LOW_MOOD_EN, LOW_MOOD_ZH]) {
    const m = re.exec(text);
    if (m) note('lowMood', m.index);
  }
  return { slots: [...slots], person };
}

/**
 * Suicide WARNING SIGNS (session 24, #19): each says little alone — a lethality or method question, affairs put in
 * order, a person at an edge, a burden statement, a lethal means at hand, someone shut in, "it's for me", a message sent
 * without knowing why, a resolve. They are typed here and combined by suicide.ts warningSigns: a STRONG sign beside a
 * second sign of another type (the pairs it names), never one word and never two acts of one type (a will and a pet
 * rehomed are one type: putting affairs in order, which an ordinary reason — a move, surgery, a care home — explains).
 */
export type WarningSign =
  | 'method'
  | 'affairs'
  | 'place'
  | 'burden'
  | 'means'
  | 'meansKept'
  | 'shutIn'
  | 'ownUse'
  | 'reachingOut'
  | 'resolve'
  /** The fastest or strongest thing to hand asked for with no purpose (means-sought.ts). */
  | 'meansSought'
  /** The writer's own "I'm done", "I give up", 受够了, 想解脱 with nothing it is said of (means-sought.ts). */
  | 'finality';

/** How much kills or stops a heart, or which way of dying is the most peaceful: the question of a method. */
const METHOD_SIGN =
  /\b(?:what|which|how (?:much|many))\b[^.?!]{0,40}\bstops? (?:your|my|his|her|the|a|someone'?s) heart\b(?! (?:from|racing|pounding|palpitat\w*|skipping|flutter\w*|beating (?:so )?fast|rate))|\b(?:which|what|whats)(?:'s| is| would be)?\s+(?:the\s+)?(?:(?:way|method)s?\s+(?:is\s+|would be\s+)?(?:the\s+)?(?:most|least) (?:peaceful|painful|painless|quick|quickest|reliable)|(?:most|least) (?:peaceful|painful|painless|quick|quickest|reliable) (?:way|method))\b(?=\s*(?:$|[.?!,;]|in your opinion|to (?:go|die|do it|end it|not wake up)\b|out\b|honestly\b))|(?<=^|[，。？！?!、\s])(?:哪种|什么|哪个|怎么|怎样)(?:方法|方式|办法)?最(?:不痛苦|安详|无痛|没有痛苦)(?=$|[，。？！?!]|啊|呢)|(?:哪种|什么|哪个|怎样的?)死法|(?:吃|喝|打|注射)多少[^，。？?]{0,12}(?:心脏|心跳)[^，。？?]{0,3}(?:停跳|停下来|停止跳动|骤停|停掉|停了)/gi;
/** A method question about something other than one's own death, told in the question's own clause or after it in its
 *  sentence ("which method … to put my old dog to sleep"): an animal's, a birth, a medicine stopped, sleep. */
const METHOD_OTHER =
  /\b(?:dogs?|cats?|pets?|pupp(?:y|ies)|kittens?|horses?|rabbits?|vets?|euthan\w*|wean\w*|taper\w*|come off|coming off|birth|labou?r|delivery|fall asleep|meditat\w*|tooth|teeth|quit\w*|smoking|hair|wax\w*|tattoo\w*|piercing|remov\w*|contracepti\w*|coil|iud|injection|vaccin\w*|blood test|procedure|surgery)\b|狗|猫|宠物|兽医|安乐死|戒|停药|减药|分娩|生孩子|顺产|入睡|睡着|胃镜|肠镜|拔牙|麻醉|手术|打针|纹身|脱毛|上环/i;
/** An everyday thing done to one's own body that a "least painful / most reliable way" question is about, named ANYWHERE
 *  in the message — users put it in the sentence before or after ("I'm getting my ears pierced tomorrow. Which is the least
 *  painful way?"). Only acts and tests asked about ahead of time: a word that is also a background of distress (a job
 *  quit, a surgery had) stays in the clause window above. */
const METHOD_SUBJECT =
  /\b(?:contracepti\w*|coil|iud|pierc\w*|tattoo\w*|laser|hair removal|wax(?:ing)?|(?:blood|smear|pregnancy|covid|home) tests?|testing|pregnan\w*|having a baby|labou?r|birth|epidural|tooth out|teeth out|extraction|endoscopy|colonoscopy|gastroscopy|smoking|vaping)\b|胃镜|肠镜|拔牙|脱毛|耳洞|纹身|避孕|验孕|怀孕|上环|抽血|分娩|生孩子|戒烟/i;
/** An everyday food, drink or nutrient as the object of a "how much … stops your heart" question. */
const DIET_OBJECT =
  /\b(?:caffeine|coffees?|espressos?|tea|energy drinks?|red bull|monster|cola|coke|potassium|bananas?|salt|sodium|water|liquorice|licorice|chocolate)\b|咖啡因?|浓茶|能量饮料|红牛|可乐|钾|香蕉|盐|水/i;
/** That food or drink told as the writer's ordinary intake ("I had 4 energy drinks", "I eat 6 bananas a day", 每天喝咖啡). */
const DIET_TAKEN =
  /\b(?:had|have|drink|drank|drinking|eat|ate|eating|on)\b[^.?!]{0,25}\b(?:caffeine|coffees?|espressos?|teas?|energy drinks?|red bulls?|monsters?|colas?|cokes?|bananas?|salt|salty|water|liquorice|licorice|chocolate|diet|food)\b|(?:喝|吃)了?[^，。？?]{0,6}(?:咖啡|浓茶|能量饮料|红牛|可乐|香蕉|咸|水)/i;
/** The question's object as named between its head and "stops": "how much caffeine stops…", 喝多少咖啡心脏会停. */
const dietQuestion = (m: string, text: string): boolean => {
  const object = /stops?\b|心脏|心跳/i.exec(m);
  return object !== null && DIET_OBJECT.test(m.slice(0, object.index)) && DIET_TAKEN.test(text);
};
/** A method question told in the act's own words (session 29, blind ar004/ar069), read beside METHOD_SIGN, not in it:
 *  a knot or rope for a beam, rafter, banister or loft hatch to hold a body's weight ("strongest knot for a loft beam,
 *  needs to hold about 80kg"), and how much of a drug pushed or injected makes the heart stop (氯化钾静推多少毫升能让心脏停).
 *  A swing, a hammock, a punchbag, a pulley or a load named for it (LIGATURE_PURPOSE) is no method. */
const LIGATURE_QUESTION =
  /\b(?:knot|noose|rope|cord|strap)s?\b[^.?!]{0,40}\b(?:beam|rafter|joist|banister|bannister|loft hatch|stair ?rail|ceiling hook)s?\b[^.?!]{0,40}\b(?:hold|take|bear|support)\b[^.?!]{0,20}\b(?:[4-9]\d|1[0-4]\d) ?(?:kg|kilos?)\b(?! of\b)|\b(?:beam|rafter|joist|banister|bannister)s?\b[^.?!]{0,40}\b(?:knot|noose|rope)s?\b[^.?!]{0,40}\b(?:hold|take|bear|support)\b[^.?!]{0,20}\b(?:[4-9]\d|1[0-4]\d) ?(?:kg|kilos?)\b(?! of\b)|(?:绳子?|绳结|结)[^，。？?]{0,12}(?:横梁|房梁|梁上|吊扇)[^，。？?]{0,12}(?:承受|吊得住|撑得住|受得住)[^，。？?]{0,6}\d{2,3}\s*(?:公斤|斤|kg)|(?:静推|推注|静注|注射|推|打|输)(?:多少|几)[^，。？?]{0,12}(?:能|会|可以|就)?(?:让|使)?(?:心脏|心跳)(?:停|骤停|停跳|停止)/gi;
const LIGATURE_PURPOSE =
  /\b(?:swing|hammock|punch(?:ing)? ?bag|heavy bag|pull-?up|pulley|hoist|climbing|aerial|yoga|trapeze|boat|tent|engine|load|furniture|kayak|bike|timber|wood|boxe|storage|shel(?:f|ve)|tv|lamp|plant)s?\b|秋千|吊床|沙袋|引体向上|吊装|搬运|货物|攀岩/i;
/** Putting affairs in order: a will made, a pet or belongings given away, a beneficiary named, goodbyes said. */
const AFFAIRS_SIGN =
  /\b(?:finished|wrote|written|writing|made|sorted(?: out)?|updated?|signed|done|redone)\b (?:(?:my|his|her|their|our|a|the) )(?:new |last )?will\b|\bmy will (?:is|'s) (?:done|written|sorted|signed|ready)\b|\b(?:gave|given|giving) (?:away )?(?:my|his|her|their|our|the) (?:dog|cat|pets?|guitar|laptop|bike|car|things|stuff|belongings)\b(?: (?:away|to))?|\b(?:re-?homed) (?:my|his|her|their|our|the) (?:dog|cat|pets?)\b|\b(?:changed|updated|named|made)\b[^.?!]{0,30}\bbeneficiar(?:y|ies)\b|\bsaid (?:my|his|her|their) goodbyes\b|\bsaid goodbye to (?:everyone|everybody|all of (?:you|them))\b|(?:遗嘱|遗书)[^，。]{0,4}(?:写好|写完|立好|准备好|也写)|(?:写好|写完|立好)了?[^，。]{0,3}(?:遗嘱|遗书)|(?:狗|猫|宠物)[^，。]{0,6}(?:送人|送给|交给|托付给)|(?:把|将)[^，。]{0,4}(?:狗|猫|宠物)[^，。]{0,4}(?:送|交)|保险受益人|交代(?:好)?(?:了)?后事/gi;
/** An ordinary reason told for the affairs (a move, an operation, a care home, an allergy, a new house or baby, age). */
const AFFAIRS_REASON =
  /\b(?:because|since|as (?:i|we|she|he|they)(?:'m|'re|'s| am| are| is)?|as (?:my|our|the) (?:\w+ ){0,2}(?:asked|wanted|suggested|advised|insisted|told me)|at (?:my|his|her|our) age|at (?:[4-9]\d|1\d\d)\b|moving|move abroad|emigrat\w*|care home|nursing home|hospital|surgery|operation|knees?|hips?|allerg\w*|bought a house|new house|new baby|retir\w*|travel\w*|abroad|deployment|long hours|landlord|passed away|died)\b|因为|由于|手术|搬家|过敏|出国|住院|年纪大了|提前安排|养老院|去世|(?:孩子|儿女|子女|家里人)(?:让|要求|叫)/i;
/** A person at an edge or a height now: "sitting on the edge of the Westgate", "on the wrong side of the railing". */
const PLACE_SIGN =
  /\b(?:sitting|sat|standing|stood|perched|crouched)\b (?:\w+ ){0,2}?(?:on|at) the (?:edge|ledge|railings?|parapet|wrong side) of (?:the )?(?:[A-Z][a-z']{2,}(?! (?:bed|chair|sofa|seat|waiting|room|ward|pool|bath|stage|table|desk|road|pavement|kerb|platform)\b)|roof|bridge|cliff|car ?park|building|tower|overpass|viaduct|flyover)\b|(?:坐|站|蹲)(?:在)[^，。]{0,10}(?:桥|天台|楼顶|顶楼|栏杆|护栏)[^，。]{0,2}(?:边|上|外)/g;
/** A leisure or work frame at the place (a view, fireworks, photos, a job): no person at risk there. */
const PLACE_FRAME =
  /\b(?:fireworks|view|photos?|pictures?|selfies?|sunset|sunrise|picnic|kids|children|tour|fishing|working|repairs?|shift)\b|拍照|风景|看烟花|钓鱼|施工|上班/i;
/** Burden: the family better off without the person, or with the insurance paid on their death. */
const BURDEN_SIGN =
  /\b(?:we|you|they|everyone|the family|all)(?:'d|'re| would| are| will|'ll| is)? (?:\w+ ){0,2}?better off (?:without (?:me|him|her)\b|with (?:the |my |his |her )?(?:life )?insurance(?: money| payout)?(?=\s*(?:[.,!?;]|$))|if (?:i|he|she) (?:was|were|wasn'?t|weren'?t) (?:here|around|gone|dead)\b)|\b(?:easier|better) for (?:everyone|you all|the family|all of you) if (?:i|he|she)(?:'m| am|'s| is| was| were)? (?:not here|gone|dead|not around)\b|(?:我|他|她)(?:不在|死|走)了[^，。]{0,8}(?:就)?(?:能|可以)?(?:拿到|领到|得到)[^，。]{0,2}保险|拿了?保险[^，。]{0,6}(?:会)?(?:过得更好|更好|好过)|(?:没有|少了)(?:我|他|她)[^，。]{0,6}(?:会|就)?更好/gi;
/** The writer's own burden (me / I) or one told as the other person's words (said, told, keeps saying, 说): the
 *  writer's opinion of someone else ("we'd be better off without him, he drinks") is no burden statement. */
const BURDEN_OWN = /\bme\b|\bif i\b|我(?:不在|死|走)|没有我|少了我/i;
const SAID_BEFORE = /\b(?:said|says|saying|told|tells|texted|wrote|messaged)\b|说|讲|发(?:消息|微信)/i;
/** A lethal means at hand: a firearm got or kept, a supply counted in boxes beside the writer. */
const MEANS_SIGN = new RegExp(
  `\\b(?:bought|got|has|have|had|owns?|took|taken|keeps?|kept|with|'s got|'ve got)\\b[^.?!]{0,30}\\b(?:hand)?(?:${FIREARM_EN})s?\\b|\\b(?:\\d+|two|three|four|five|six|several) (?:full )?(?:boxes|packs|packets|bottles|strips|pens)\\b[^.?!]{0,40}\\b(?:here|next to me|on the bed|beside me|in front of me|in my (?:drawer|bag|room)|in the fridge)\\b|(?:买|有|拿|带)(?:了)?[^，。]{0,6}(?:猎枪|手枪|一把枪)|(?:床上|手上|手里|身边|抽屉里?|桌上)(?:有|放着)[^，。]{0,3}[两三四五六七八九十几\\d]+(?:盒|瓶|板)`,
  'gi',
);
/** The means' ordinary use (a farm, hunting, sport): read away unless the writer sets it in doubting quotes. */
const MEANS_PURPOSE =
  /^[^.?!]{0,30}?(?:\bfor (?:the )?(?:farm|hunting|shooting|clay|sport|work|pests?|rabbits|deer|foxes)\b|\b(?:clay shooting|hunting|shooting club|licen[cs]e)\b|打猎|打野猪|农场|射击|持枪证|狩猎)/i;
/** A means held for long rather than got now: has, owns, keeps, 家里有. */
const MEANS_KEPT = /^(?:has|have|had|owns?|keeps?|kept|'s got|'ve got)\b|^有/i;
const QUOTED_PURPOSE = /^[^.?!]{0,30}?['‘“"][^'’”"]{0,20}['’”"]/;
/** "it's for me", "asking for myself", 是我自己要用的: the writer as the object of the question. */
const OWN_USE_SIGN =
  /\b(?:it'?s|its|it is|this is) for (?:me|myself)\b|\basking for (?:me|myself)\b|\bfor my own use\b|是?(?:我自己|给我自己)(?:要)?(?:用|吃|问)的|是给我自己/gi;
/** A message sent without knowing why ("dunno why im typing this to a bot"). */
const REACHING_SIGN =
  /\b(?:dunno|don'?t know|not sure|no idea) why (?:i'?m|im|i am) (?:typing|telling|writing|texting|messaging|saying) (?:this|you|a)\b|不知道(?:为什么|为啥)(?:要)?(?:跟|和|对)你(?:说|讲)/gi;
/** A resolve: made peace with it, no need for the hotline. */
const RESOLVE_SIGN =
  /\bmade (?:my )?peace with (?:it|everything|dying)\b|\bno need for (?:the )?(?:hotline|crisis line|helpline|samaritans)\b|\bdon'?t (?:give|send) me (?:a |the |any )?(?:hotline|helpline|number)\b|\bmy mind(?:'s| is) made up\b|别劝我|不用(?:给我)?(?:热线|劝)/gi;

/** Every warning sign told now (negated, past, reported or study clauses read away), one entry per type. */
export function readWarningSigns(text: string, ending: readonly RegExp[] = []): WarningSign[] {
  const cl = clauses(text);
  const found = new Set<WarningSign>();
  const told = (sign: WarningSign, at: number, study = true) => {
    if (!stanceBlocks(text, clauseAt(cl, at), at, study, false)) found.add(sign);
  };
  // A method question is a question by its nature: the study frame is the whole message's (suicide.ts), not a clause's.
  const each = (re: RegExp, sign: WarningSign, keep: (m: RegExpMatchArray, at: number) => boolean = () => true) => {
    for (const m of matchesOf(re, text)) {
      const at = m.index ?? 0;
      if (!keep(m, at)) continue;
      told(sign, at, sign !== 'method');
      if (found.has(sign)) return;
    }
  };
  // The method's object: an animal or a stopped medicine in the question's clause-to-sentence-end window, an everyday
  // procedure anywhere in the message; a pet given away is the affairs, not the object, so the affairs are read out
  // first. A "how much … stops your heart" about a food or drink the writer takes as food is a health question.
  const objectText = text.replace(AFFAIRS_SIGN, (a) => ' '.repeat(a.length));
  each(
    METHOD_SIGN,
    'method',
    (m, at) =>
      !METHOD_OTHER.test(objectText.slice(clauseAt(cl, at).start, sentenceBounds(text, at).end)) &&
      !METHOD_SUBJECT.test(objectText) &&
      !dietQuestion(m[0], text),
  );
  // The method told in its act's own words (a ligature's load, a drug pushed to stop the heart), with no ordinary load
  // named in the message: the same sign, read apart from METHOD_SIGN's list.
  if (!found.has('method') && !LIGATURE_PURPOSE.test(text) && !METHOD_SUBJECT.test(objectText)) each(LIGATURE_QUESTION, 'method');
  if (!AFFAIRS_REASON.test(text)) each(AFFAIRS_SIGN, 'affairs');
  each(PLACE_SIGN, 'place', (_m, at) => !PLACE_FRAME.test(sentenceOf(text, at)));
  each(BURDEN_SIGN, 'burden', (m, at) => BURDEN_OWN.test(m[0]) || SAID_BEFORE.test(text.slice(sentenceBounds(text, at).start, at)));
  // A firearm long kept (has, owns, keeps) is 'meansKept': beside a sign of distress it counts, beside affairs alone
  // (an old service pistol and a will made at 70) it does not; one got now or a supply at hand is 'means'.
  const meansAt = (m: RegExpMatchArray, at: number) => {
    const after = text.slice(at + m[0].length, at + m[0].length + 40);
    return !MEANS_PURPOSE.test(after) || QUOTED_PURPOSE.test(after);
  };
  each(MEANS_SIGN, 'means', (m, at) => !MEANS_KEPT.test(m[0]) && meansAt(m, at));
  each(MEANS_SIGN, 'meansKept', (m, at) => MEANS_KEPT.test(m[0]) && meansAt(m, at));
  each(OWN_USE_SIGN, 'ownUse');
  each(REACHING_SIGN, 'reachingOut');
  each(RESOLVE_SIGN, 'resolve');
  // A question by its nature, like the method's: the study frame is the whole message's (suicide.ts), not a clause's.
  // The means question stands only in a message that says nothing else but the writer's ending (means-sought.ts): the
  // caller's passive wish and despair, and here a burden, a resolve, affairs, low mood.
  const ownEnding = [BURDEN_SIGN, RESOLVE_SIGN, AFFAIRS_SIGN, LOW_MOOD_EN, LOW_MOOD_ZH, ...ending];
  for (const at of meansSoughtAt(text, ownEnding)) if (!found.has('meansSought')) told('meansSought', at, false);
  for (const at of finalityAt(text)) if (!found.has('finality')) told('finality', at);
  for (const at of finalTimeAt(text)) if (!found.has('finality')) told('finality', at);
  for (const re of [UNREACHABLE_EN, UNREACHABLE_ZH]) {
    const m = re.exec(text);
    if (m) told('shutIn', m.index);
  }
  return [...found];
}

const sentenceOf = (text: string, at: number): string => {
  const { start, end } = sentenceBounds(text, at);
  return text.slice(start, end);
};

/** The pairs that make a risk: each strong sign with the other types it is read beside (two of one type never count). */
const WARNING_PAIRS: Readonly<Record<'method' | 'affairs' | 'place' | 'burden' | 'meansSought', readonly WarningSign[]>> = {
  method: ['affairs', 'place', 'burden', 'means', 'meansKept', 'shutIn', 'ownUse', 'reachingOut', 'resolve', 'finality'],
  // A means sought is strong only beside the writer's own ending: finality, a burden, a resolve, affairs put in order.
  meansSought: ['finality', 'burden', 'resolve', 'affairs'],
  place: ['method', 'burden', 'affairs', 'means', 'meansKept', 'reachingOut', 'resolve'],
  burden: ['method', 'place', 'affairs', 'means', 'meansKept', 'shutIn', 'resolve'],
  // Affairs are often ordinary: they pair with a means got now, never with one long kept.
  affairs: ['method', 'place', 'burden', 'means', 'shutIn'],
};

/** Two warning signs that make a risk together: a strong sign and one of the types it pairs with. */
export function warningSignsCombine(signs: readonly WarningSign[]): boolean {
  return (Object.entries(WARNING_PAIRS) as [WarningSign, readonly WarningSign[]][]).some(
    ([strong, with_]) => signs.includes(strong) && with_.some((s) => signs.includes(s)),
  );
}
