// A suicide PLAN read by its structure, whoever tells it and in any tone (session 35, #19; blind triage-ay ay098 "how
// high does a car park need to be for it to be like definitely fatal. on level 7 now", ay024 "at the MRT platform now …
// every time the train comes in I think just one step", ay101 "I should just walk into the sea, I've been checking the
// tide times", ay018 奶奶把止疼贴都攒起来了，准备一次全贴上, ay017 a pupil's own funeral and "done by Friday"). A plan is
//   a METHOD — a lethal act on a means, read by its mechanism and its object: a fall from a height (car park, roof,
//     bridge, a floor or level), a train (a platform, the tracks), the water (walk into the sea, 走进海里), a hoarded
//     supply used all at once (patches, pills, insulin; 攒起来…一次全贴上) — with the LINK that makes it the person's
//     act: an intent or urge before it ("should just", "I think just one step", 准备/想/要), or lethality researched on
//     it ("how high … definitely fatal", 几楼才会死);
//   × PROXIMITY, something beyond the link: the person AT the place now ("on level 7 now", 我现在在天台), the means
//     GATHERED (saved up, 攒起来了), a TIME for it (tonight, by Friday, 明天), or lethality RESEARCHED (tide times checked,
//     "how high");
//   × WHOSE — the writer's own, or a third person the writer reports (a grandmother, a pupil): either way the crisis
//     line goes to the one who writes.
// A fourth, method-free form is a DATED ENDING: one's own death pictured (her own funeral, 自己的葬礼) and a deadline for
// being done or gone ("she'll be done by Friday").
// What never cancels a plan with proximity: a laugh, "lol", "asking for a friend", a hedge ("might", "like"). What does:
// the link negated or told as past and resolved, a condition on it ("if"), a story, a study question or awareness talk
// framing the whole message, the act of people in general ("how high must barriers be to stop people falling"), leisure
// (a swim, a bungee, a plunge). Each part alone is everyday (a car park, tide times, saved-up tablets, "by Friday"); only
// together are they read. Raise only (suicide.ts: high risk, emergency + crisis line). Its own word lists: the older
// readers' lists (LEX, ending-intent, lethal-place, method-asked) are not widened.
import { clauseAt, clauses, isNegated } from '../red-flags/context.js';
import { matchesOf } from '../red-flags/match.js';
import { hasStoryFrame, storyDenied } from './fiction.js';
import { isHistoricalAt, maskBereavement } from './self-harm-reader.js';
import { isStudyQuestion } from './study-frame.js';

export type PlanMethod = 'height' | 'train' | 'water' | 'hoard' | 'ending';
export type PlanProximity = 'atPlace' | 'gathered' | 'timed' | 'researched';

export interface ProximatePlan {
  method: PlanMethod;
  /** How the method is linked to the person: an intent or urge before the act, or lethality researched on it. */
  link: 'intent' | 'researched';
  proximity: PlanProximity;
  /** The writer's own plan, or a third person's the writer reports (the crisis line goes to the writer either way). */
  whose: 'self' | 'other';
  /** Offset of the linked act. */
  at: number;
}

/** Sentences: a stop ends one; a Chinese message may run its clauses together with commas. */
const SENTENCE = /[^.?!。？！\n]+/g;

/** The place or means of each method, to find where a person is or what was gathered. */
const PLACE: Readonly<Record<Exclude<PlanMethod, 'ending'>, { en: RegExp; zh: RegExp }>> = {
  height: {
    en: /\b(?:car ?park|multi[- ]?stor(?:e?y|ies)|roof(?:top)?|bridge|viaduct|overpass|flyover|ledge|cliff(?: edge|s)?|balcony|tower block|high[- ]rise|parapet|(?:top|\d+(?:st|nd|rd|th)?) (?:floor|storey|level|deck)|(?:level|floor|storey) \d+)\b/i,
    zh: /(?:\d+|[一二三四五六七八九十几]+)(?:楼|层)(?!梯)|楼顶|顶楼|天台|阳台|桥上|大桥|天桥|悬崖|山崖|屋顶|高架|停车场|停车楼/,
  },
  train: {
    en: /\b(?:trains?|platform|(?:railway|train|rail) (?:line|tracks?|crossing)|tracks|mrt|tube|subway|metro|level crossing)\b/i,
    zh: /火车|列车|地铁|港铁|高铁|动车|铁轨|路轨|轨道|站台|月台/,
  },
  water: {
    en: /\b(?:sea|ocean|river|lake|reservoir|canal|loch|harbou?r|waves|tides?|beach|shore|pier)\b(?! of\b)/i,
    zh: /大海|海里|海边|江里|江边|河里|河边|湖里|湖边|水库|潮汐|涨潮|码头/,
  },
  hoard: {
    en: /\b(?:pills|tablets|meds|medication|medicines?|patches|painkillers|insulin(?: pens)?|pens|morphine|oramorph|oxycodone|oxys|fentanyl|tramadol|co-?codamol|sleepers|sleeping pills)\b/i,
    zh: /药|贴|片|胰岛素|吗啡|芬太尼|针/,
  },
};

/** The act on the method, with its object: what is done with the place or the supply. */
const ACT_EN: Readonly<Record<Exclude<PlanMethod, 'ending'>, RegExp>> = {
  height:
    /\b(?:jump|jumping|step|stepping|leap|leaping|fall|falling|throw (?:my|him|her)self|go|going|climb|climbing)\s+(?:off|from|over)\s+(?:the\s+|a\s+|this\s+|that\s+|my\s+)?(?:edge|side|railings?|top|it|there|here|(?:[\w-]+\s+){0,2}?(?:car ?park|roof(?:top)?|bridge|ledge|cliff|balcony|building|tower|level|floor|parapet))\b/gi,
  train:
    /\b(?:step|stepping|jump|jumping|throw (?:my|him|her)self|throwing (?:my|him|her)self|walk|walking|lie|lying|lay|go|going)\s+(?:(?:in front of|under)\s+(?:a\s+|an\s+|the\s+|that\s+|this\s+|the next\s+)?(?:[\w-]+\s+)?(?:trains?|tube|mrt|subway|metro|express|freight|it)|onto the tracks|on the tracks|off the (?:platform|edge))\b|\b(?:just\s+)?one (?:step|jump|push)\b/gi,
  water:
    /\b(?:walk|walking|wade|wading|go|going|head|heading|jump|jumping|throw (?:my|him|her)self|throwing (?:my|him|her)self)\s+(?:out\s+)?(?:into|in|off)\s+(?:the\s+)?(?:sea|ocean|river|lake|reservoir|canal|waves|water|loch)\b(?! of\b)|\b(?:drown|drowning) (?:my|him|her)self\b(?!\s+in\s+(?!the (?:sea|ocean|river|lake|reservoir|canal|bath)))/gi,
  hoard:
    /\b(?:put|putting|stick|sticking|slap|take|taking|swallow|swallowing|inject|injecting|use|using|down)\s+(?:them|it|these|those|the (?:[\w-]+\s+)?lot|all (?:of )?(?:them|it|the [\w-]+))\s+(?:all\s+)?(?:on\s+)?(?:at once|in one go|together|all)\b|\b(?:put|take|swallow|inject|use)\s+all\s+(?:of\s+)?(?:them|it|(?:my|his|her|the)\s+[\w-]+)(?:\s+[\w-]+)?\s+(?:on\s+)?(?:at once|in one go|together)\b|\b(?:put(?:ting)?|tak(?:e|ing)|swallow(?:ing)?|inject(?:ing)?|down(?:ing)?)\s+(?:on\s+)?(?:the (?:whole |entire )?lot|all of (?:it|them)|every (?:last |single )?one(?: of them)?)\b/gi,
};
const ACT_ZH: Readonly<Record<Exclude<PlanMethod, 'ending'>, RegExp>> = {
  height: /(?:跳|翻|摔)(?:下去|下来|落去|楼|出去)|往下跳|从[^，。；]{0,8}(?:楼|层|天台|楼顶|桥|阳台|窗|停车场)[^，。；]{0,3}(?:跳|翻|摔)/g,
  train:
    /卧轨|跳(?:下)?(?:站台|轨道|铁轨)|(?:冲|跳|走|躺)(?:到|向|进|在)?(?:车|火车|地铁|列车|铁轨|轨道)(?:前面|前|上)|(?:迈|跨|走|行|踏)(?:出)?(?:那)?一步|(?:往|向)前(?:走|迈|跨|行|踏)?一步|行前一步|就一步/g,
  water: /(?:走|跳|冲)(?:进|入|到)(?:大?海|海里|江里|河里|湖里|水库)|跳(?:海|江|河|湖|水库)(?!边|里玩|玩)|投(?:河|江|海)/g,
  hoard: /一次(?:性|过)?(?:全|都)?(?:部)?(?:吃|吞|贴|打|用|喝|注射)|(?:全|都)(?:部)?(?:吃|吞|贴|打|喝)(?:上|掉|下去|光)|(?:吃|吞|贴|打|喝)晒/g,
};

/** An intent or an urge before the act, hedged ones too: "should just", "might", "I think just one step", 准备, 想. */
const INTENT_EN =
  /\b(?:should|shall|will|gonna|going to|might|may|wants? to|wanna|think(?:ing)?|thought|urge|tempted|plan(?:s|ning)? to|about to|ready to|decided to|ll|d)\b/i;
const INTENT_ZH = /想(?!问|知道|了解|请教)|要|准备|打算|决定|就|会|忍不住|说|话/;
const INTENT_EN_ALL = new RegExp(INTENT_EN.source, 'gi');
const INTENT_ZH_ALL = new RegExp(INTENT_ZH.source, 'g');
const WORDS = /\b[\w']+\b/g;
const SUBJECT_EN = /\b(?:i|im|she|he|they)\b/gi;
const SUBJECT_ZH = /我(?![们爸妈奶爷姥外哥姐弟妹儿女老公婆朋同家阿嫲个仔])|他|她|佢/g;
/** A negation or a denial of intent before it. */
const NOT_INTENT_EN =
  /\b(?:never|wouldn'?t|won'?t|not going to|not gonna|don'?t (?:want|plan|intend)|do not|would not|will not|no intention|not planning|not thinking|stop (?:me|him|her) from)\b/i;
const CAUSED_EN = /\b(?:make|makes|made|making|drive|drives|driving|push|pushes|pushing)\s+(?:me|him|her|them|us)\s+(?:want to\s+|wanna\s+)?(?:just\s+)?$/i;
const ASKED_EN = /^(?:should|shall|will|might|may|could|can|would)\s+(?:i|we|you|he|she|they)\b/i;
/** The act asked about, not intended: 一次吃了会不会很痛苦？ */
const ASKED_ZH = /^[^，。；]{0,10}?(?:会不会|会吗|行不行|可以吗|能不能|可不可以|得不得|得唔得|好不好|吗|呢|[?？])/;
/** Where a clause of the act's sentence begins. */
const CLAUSE_BREAK = /[，,；;：:]|\bbut\b/i;
const NOT_INTENT_ZH = /不会|不想|不要|没打算|没想|从来没|绝不|不准备|别/;
/** Whose act: people in general or "you" as its subject is a question of safety, not a plan. */
const GENERIC_SUBJECT_EN = /\b(?:you|people|someone|somebody|anyone|a person|one|kids|children|pupils|students|patients|the public|visitors|tourists)\b/i;
const GENERIC_SUBJECT_ZH = /有人|别人|人们|大家|小孩|孩子们|学生们|游客|行人|乘客们/;
const FIRST_EN = /\b(?:i|i'?m|im|i'?ve|i'?d|i'?ll|me|my|myself)\b/i;

/** Lethality researched on the method: how high, how deep, enough to be fatal; tide times checked. */
const RESEARCH_EN =
  /\bhow (?:high|far|tall|deep|cold|long|many floors|many stor(?:e?ys|ies))\b[^.?!]{0,70}\b(?:fatal|lethal|deadly|die|dead|kill|survive|drown|not wake|to be sure|definitely|quick|instant(?:ly)?|painless|hurt|feel (?:it|anything))\b|\b(?:definitely|guaranteed|surely|certainly|100%) (?:fatal|lethal|dead|die)\b|\b(?:check|checking|checked|looked up|looking up|look up|googl\w*|search\w*|read(?:ing)? up on|studying)\b[^.?!]{0,20}\btides?(?: times?| tables?| charts?)?\b/gi;
const RESEARCH_ZH =
  /(?:几多|几|多少)(?:楼|层|米)[^，。？]{0,8}(?:会死|才会死|能死|必死|没救|致命|死得了|不会疼|一定死)|多高[^，。？]{0,8}(?:会死|才会死|致命|必死|死得了)|查(?:了|过|看)?[^，。]{0,6}(?:潮汐|涨潮|几楼|多高|多深)/g;
/** A safety question: barriers, railings, keeping people safe — research for protection, not for a fall. */
const SAFETY_PURPOSE =
  /\b(?:(?:stop|keep|prevent)(?:s|ping|ing)? (?:people|someone|anyone|kids|children|them|everyone|the public|pupils|patients)|prevent\w*|safe|safety|barriers?|railings?|fences?|protect\w*|regulations?|building code)\b|防止|安全|护栏|栏杆|规定/i;

/** Where the person is now: a presence at the place and a now. */
const PRESENCE_EN =
  /\b(?:i'?m|im|i am|i'?ve been|am|(?:she|he|they)(?:'s| is|'re| are)|my \w+(?: is|'s))\s+(?:\w+\s+){0,3}?(?:on|at|by|up on|out on|in|near|standing on|sitting on|sat on)\b|^\s*(?:on|at|up on|out on|sat on|standing on|sitting on)\b/i;
/** Presence pointing back to a place named elsewhere in the message: "she's there now", "I'm on it now". */
const THERE_EN = /\b(?:i'?m|im|i am|(?:she|he|they)(?:'s| is|'re| are))\s+(?:still\s+)?(?:(?:up |out )?(?:on|at|in) (?:it|there)|there|here)\b/i;
const NOW_EN = /\b(?:now|rn|right now|atm|at the moment|currently|tonight)\b/i;
const PRESENCE_ZH =
  /(?:我|他|她|[奶爷妈爸姐哥弟妹儿女子孙姥婆公][奶爷妈爸姐哥弟妹儿女子孙姥婆公]?)(?:现在|正|还|一个人|已经)?(?:就)?(?:在|站在|坐在|到了|来到|蹲在)/;
/** A time ahead for the act. */
const TIME_EN =
  /\b(?:tonight|tonite|tomorrow|tmrw|tmr|2moro|this (?:weekend|evening|afternoon)|next week|by (?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:on|this|next) (?:mon|tues|wednes|thurs|fri|satur|sun)day|by (?:the weekend|tomorrow|next week|the end of (?:the|this) (?:week|month|term))|on (?:my|his|her|their|the) way (?:home|back|to (?:school|work|class|uni|college)))\b/i;
const TIME_ZH = /今晚|今天晚上|明天|后天|这周末|这个周末|下周|(?:周|星期|礼拜)[一二三四五六日天末](?:之前|前|就)?/;
/** The means gathered: saved up, hoarded, kept back. */
const GATHERED_EN =
  /\b(?:saved|saving|hoard\w*|stockpil\w*|stash\w*|collect(?:ed|ing)|been keeping|squirrel\w*|put(?:ting)? (?:aside|away|by)|kept back|keeping back|stored up)\b/i;
const GATHERED_ZH = /(?:攒|攢|存|囤|藏|留|储|儲)(?:起来|起來|了|着|下|够|埋|好)|收埋/;

/** Leisure on the water or at a height, a task on a roof: what the act is done for is no ending. */
const LEISURE =
  /\b(?:swim\w*|dip|paddl\w*|surf\w*|plunge|bungee|abseil\w*|sky ?div\w*|base ?jump\w*|diving|dive|snorkel\w*|kayak\w*|canoe\w*|fishing|sail\w*|tombstoning|parkour|coasteering|zip ?line|photo\w*|selfie|charity|gutters?|ladder|repair\w*|roofer|scaffold\w*)\b|游泳|游回|游上岸|冲浪|潜水|蹦极|跳水|钓鱼|拍照|修|维修|检修|工地|玩|打赌|打賭/i;
/** A question of safety about the act ("is it safe?", 安全吗): the act of a pastime asked about, not a plan. */
const SAFETY_QUESTION = /\bis (?:it|that|this) (?:safe|dangerous|ok|okay|allowed|legal)\b|\bhow (?:safe|dangerous) is\b|安全吗|危险吗|危不危险|安不安全/i;
/** A move, a trip, a new job: "gone by Friday" said of leaving, not of dying. */
const MOVE_AWAY =
  /\b(?:mov(?:e|es|ing)|relocat\w*|holiday|trip|flight|flying|travel\w*|leav(?:e|es|ing) for|emigrat\w*|new job|uni|university|college|camp|deploy\w*|posting|exchange)\b|搬|旅游|旅行|出差|出国|留学|转学/i;
/** A condition on the act: what would follow a condition is no plan. */
const CONDITION_EN = /\b(?:if|unless|in case|otherwise|what if)\b/i;
const CONDITION_ZH = /如果|要是|假如|万一|假设|除非|不然|否则/;
/** Told as past and resolved in the act's own sentence. */
const PAST_EN =
  /\b(?:years ago|used to|back (?:then|in \d{4})|when i was (?:\d+|young|younger|a teen\w*|at school|in (?:school|uni|college))|at the time|in \d{4}|once thought)\b/i;
const PAST_ZH = /年前|那时候|那会儿|当年|(?<![天周末点号日])以前|曾经|小时候|上学的时候/;
/** Awareness or prevention talk framing the whole message. */
const AWARENESS =
  /\b(?:awareness|prevention (?:talk|week|day|training|course|campaign|programme|program)|(?:talk|assembly|lesson|training|course|workshop|campaign|module) (?:on|about) (?:suicide|self-harm))\b|防自杀|自杀预防|预防自杀|(?:心理健康|生命教育)(?:讲座|课|周|宣传)/i;

/** One's own death pictured, and a deadline for being done or gone: the dated ending. */
const OWN_DEATH_EN = /\b(?:my|her|his|their) own (?:funeral|death|suicide|grave|obituary|eulogy|memorial)\b/i;
const OWN_DEATH_ZH = /(?:我|他|她)?自己的(?:葬礼|遗照|墓|后事|死|追悼会|遗书)/;
const DEADLINE_EN =
  /\b(?:i|she|he|they)?(?:'ll| will| would|'d)?\s*(?:be\s+(?:done|gone|over|finished|at peace|free|dead)|won'?t\s+be\s+(?:here|around|alive))\s+(?:by|after|before|on|come)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:be\s+(?:done|gone|over|finished|at peace|free|dead)|won'?t\s+be\s+(?:here|around|alive))\s+(?:by|after|before|on) (?:the weekend|tomorrow|next week|the end of (?:the|this) (?:week|month|term))\b/i;
const DEADLINE_ZH =
  /(?:周|星期|礼拜)[一二三四五六日天末](?:之前|以前|前)?(?:就)?(?:解脱|结束|走了|不在了|没了|了结)|(?:明天|这周末|下周)(?:之前|以前|前)?(?:就)?(?:解脱|结束|走了|不在了|没了|了结)/;
/** A funeral arranged ahead (plans, a pre-paid plan, a will): an errand of the old and the ill. */
const ARRANGING =
  /\b(?:plans?|planning|arrangements?|arrang(?:e|ed|ing)|organi[sz]\w*|pre-?paid|insurance|wills?|undertaker|funeral director|hymns?)\b|安排|规划|预订|保险|遗嘱/i;
/** The deadline said by the person, outside any story: told, said, texted. */
const SAID = /\b(?:told|said|says|tells|texted|messaged|wrote to|posted)\b|说|告诉|发消息|留言/i;

const QUOTE_MARK = /(?<=^|\s)['‘“"]|['’”"](?=\s|[.,;:!?]|$)|[「」『』“”]/g;

type Method = Exclude<PlanMethod, 'ending'>;
const METHODS: readonly Method[] = ['height', 'train', 'water', 'hoard'];

/** Told now: not negated in its clause, not history. */
function toldNow(text: string, at: number): boolean {
  const cl = clauses(text);
  const clause = clauseAt(cl, at);
  return !isNegated(text, clause, at) && !isHistoricalAt(maskBereavement(text), clause, at);
}

/** The sentences of the message with their offsets. */
function sentences(text: string): { s: string; from: number; zh: boolean }[] {
  return matchesOf(SENTENCE, text).map((m) => ({ s: m[0], from: m.index ?? 0, zh: /\p{Script=Han}/u.test(m[0]) }));
}

/** A sentence that may carry a plan: no condition, no leisure, not told as past. */
function plainSentence(s: string, zh: boolean): boolean {
  return !(zh ? CONDITION_ZH : CONDITION_EN).test(s) && !LEISURE.test(s) && !(zh ? PAST_ZH : PAST_EN).test(s);
}

/** The link of a method in a sentence: an intended act, or lethality researched. */
function linkIn(
  text: string,
  sent: { s: string; from: number; zh: boolean },
  method: Method,
): { link: ProximatePlan['link']; at: number; whose: ProximatePlan['whose'] } | null {
  const { s, from, zh } = sent;
  if (!plainSentence(s, zh)) return null;
  const acts = zh ? ACT_ZH[method] : ACT_EN[method];
  for (const m of matchesOf(acts, s)) {
    const i = m.index ?? 0;
    const head = s.slice(0, i);
    // The act is on this method: its place or means named in the sentence (the act words are their own evidence for
    // a fall, a train step or a walk into the water; a hoard's act needs its supply named in the message).
    if (method === 'hoard' ? !PLACE.hoard[zh ? 'zh' : 'en'].test(text) : !PLACE[method][zh ? 'zh' : 'en'].test(s)) continue;
    const intents = matchesOf(zh ? INTENT_ZH_ALL : INTENT_EN_ALL, head);
    const intent = intents.at(-1);
    if (!intent) continue;
    const before = head.slice(0, intent.index ?? 0);
    // A negation in the act's own clause ("I would never walk into the sea"; not "别劝我，今晚就…": that 别 is the
    // reader's, in a clause of its own).
    if ((zh ? NOT_INTENT_ZH : NOT_INTENT_EN).test(head.split(CLAUSE_BREAK).at(-1) ?? head)) continue;
    // A cause that "makes" the person do it is a figure of strain; an intent word put before its subject is a question
    // ("should I take them all at once?").
    if (!zh && (CAUSED_EN.test(head) || ASKED_EN.test(head.slice(intent.index ?? 0)))) continue;
    if (zh && ASKED_ZH.test(text.slice(from + i + m[0].length))) continue;
    const whose = whoseAct(before, zh);
    if (whose === null) continue;
    const at = from + i;
    if (!toldNow(text, at)) continue;
    return { link: 'intent', at, whose };
  }
  for (const m of matchesOf(zh ? RESEARCH_ZH : RESEARCH_EN, s)) {
    const at = from + (m.index ?? 0);
    if (SAFETY_PURPOSE.test(s) || /tide/i.test(m[0]) || /潮/.test(m[0])) continue;
    // Research on a fall needs a height named with it; on the water, the water.
    if (!PLACE[method][zh ? 'zh' : 'en'].test(s) && !(method === 'height' && /how (?:high|far|tall|many floors|many stor)|几楼|多高|几层/i.test(m[0])))
      continue;
    if (method === 'hoard' || method === 'train') continue;
    if (!toldNow(text, at)) continue;
    return { link: 'researched', at, whose: whoseAct(s.slice(0, m.index ?? 0), zh) ?? 'self' };
  }
  return null;
}

/** Whose act, from the words before the intent: people in general is nobody's plan (null); a third person named and
 *  no first person is 'other'. */
function whoseAct(before: string, zh: boolean): ProximatePlan['whose'] | null {
  const tail = before.slice(-40);
  if (zh) {
    if (GENERIC_SUBJECT_ZH.test(tail) && !/[我他她]/.test(tail)) return null;
    const subject = matchesOf(SUBJECT_ZH, tail).at(-1)?.[0];
    if (subject !== undefined) return subject === '我' ? 'self' : 'other';
    return /奶奶|爷爷|嫲|婆|公|姥|妈|爸|儿子|女儿|仔|女|哥|姐|弟|妹|叔|姨|舅|伯|朋友|同学|同事|学生|老公|老婆|病人/.test(tail) ? 'other' : 'self';
  }
  const last = matchesOf(WORDS, tail).at(-1)?.[0] ?? '';
  if (GENERIC_SUBJECT_EN.test(last) || (/\byou\b/i.test(tail) && !FIRST_EN.test(tail))) return null;
  // The nearest subject before the intent: "told my aunt he'll inject it" is his act, "that I should just" the writer's.
  const subject = matchesOf(SUBJECT_EN, tail).at(-1)?.[0].toLowerCase();
  return subject === undefined || subject === 'i' || subject === 'im' ? 'self' : 'other';
}

/** Proximity anywhere in the message, told now, beyond the link itself. */
function proximityOf(text: string, method: Method, link: ProximatePlan['link']): PlanProximity | null {
  for (const sent of sentences(text)) {
    const { s, from, zh } = sent;
    if ((zh ? CONDITION_ZH : CONDITION_EN).test(s) || (zh ? PAST_ZH : PAST_EN).test(s)) continue;
    const place = PLACE[method][zh ? 'zh' : 'en'];
    if (method !== 'hoard') {
      const p = zh ? PRESENCE_ZH.exec(s) : PRESENCE_EN.exec(s);
      const where = p ? place.exec(s.slice(p.index)) : null;
      if (p && where && (zh || NOW_EN.test(s)) && !LEISURE.test(s) && toldNow(text, from + p.index)) {
        // Chinese presence: the place within the presence's clause (我现在在天台, 她一个人在海边).
        if (!zh || !/[，,；]/.test(s.slice(p.index, p.index + where.index))) return 'atPlace';
      }
      const there = zh ? null : THERE_EN.exec(s);
      if (there && NOW_EN.test(s) && place.test(text) && !LEISURE.test(s) && toldNow(text, from + there.index)) return 'atPlace';
    } else {
      const g = (zh ? GATHERED_ZH : GATHERED_EN).exec(s);
      if (g && place.test(s) && toldNow(text, from + g.index)) return 'gathered';
    }
    // A time for the act: in the act's own sentence.
    const t = (zh ? TIME_ZH : TIME_EN).exec(s);
    if (t && s.search((zh ? ACT_ZH : ACT_EN)[method]) >= 0 && toldNow(text, from + t.index)) return 'timed';
    if (link === 'intent' && method !== 'hoard') {
      const r = matchesOf(zh ? RESEARCH_ZH : RESEARCH_EN, s).find((m) => !SAFETY_PURPOSE.test(s) && toldNow(text, from + (m.index ?? 0)));
      // Tide times are research on the water only; a height's research needs its height.
      if (r && (method === 'water' ? /tide|潮/i.test(r[0]) : !/tide|潮/i.test(r[0]))) return 'researched';
    }
  }
  return null;
}

/** The dated ending: one's own death pictured and a deadline for being done, said outside any story. */
function datedEnding(text: string): ProximatePlan | null {
  const zh = /\p{Script=Han}/u.test(text);
  // Quotation marks around the said words ("she'll be 'done by Friday'") are read as spaces, offsets kept.
  text = text.replace(QUOTE_MARK, ' ');
  const own = (zh ? OWN_DEATH_ZH : OWN_DEATH_EN).exec(text);
  if (!own) return null;
  const d = (zh ? DEADLINE_ZH : DEADLINE_EN).exec(text);
  if (!d) return null;
  const sentence = sentences(text).find((x) => d.index >= x.from && d.index < x.from + x.s.length);
  if (!sentence || !SAID.test(sentence.s) || (zh ? CONDITION_ZH : CONDITION_EN).test(sentence.s) || !toldNow(text, d.index)) return null;
  if ((zh ? NOT_INTENT_ZH : NOT_INTENT_EN).test(sentence.s.slice(0, d.index - sentence.from))) return null;
  // Done WITH something, or the funeral's arrangements: a task finished by a date, not the person.
  if (/^\s*with\b/i.test(text.slice(d.index + d[0].length)) || ARRANGING.test(text) || MOVE_AWAY.test(sentence.s)) return null;
  const whose = /\b(?:she|he|her|his|they)\b|[他她]/i.test(own[0] + sentence.s) ? 'other' : 'self';
  return { method: 'ending', link: 'intent', proximity: 'timed', whose, at: d.index };
}

/** A suicide plan read by its structure (method × link × proximity), or null. Pure. */
export function readProximatePlan(text: string): ProximatePlan | null {
  if (AWARENESS.test(text) || SAFETY_QUESTION.test(text) || isStudyQuestion(text)) return null;
  const story = hasStoryFrame(text) && !storyDenied(text);
  if (!story) {
    for (const sent of sentences(text)) {
      for (const method of METHODS) {
        const l = linkIn(text, sent, method);
        if (l === null) continue;
        const proximity = proximityOf(text, method, l.link);
        if (proximity === null || (l.link === 'researched' && proximity === 'researched')) continue;
        return { method, link: l.link, proximity, whose: l.whose, at: l.at };
      }
    }
  }
  return datedEnding(text);
}
