// Is this opening a consultation about someone's current health (ask first), or a question to answer at once (a
// knowledge question, a diet or can-I question about a named condition)? Pure: the text and, optionally, the knowledge
// base's symptom index in, a yes or no out.
import { toSimplified } from '../core/han-variants.js';
import { detectLang } from '../core/lang.js';
import { conditionCodes } from '../knowledge/condition-codes.js';
import { isLearning } from '../safety/triage/safety-net.js';
import { findPresentations } from '../safety/triage/presentations.js';
import { COMPLAINTS, mentionsSite } from './complaints.js';
import { MIND } from './discriminators.js';
import { readDuration } from './facts.js';
import type { KbRedFlagIndex } from './kb-red-flags.js';
import { findProtocols } from './protocols.js';
import { withConceptNames } from './concepts.js';
import { asksForTreatment, findSituations } from './situations.js';

export const SYMPTOM_WORDS =
  /疼|痛|不舒服|难受|发烧|发热|咳|拉肚子|腹泻|吐|晕|痒|疹|肿|出血|流血|麻|无力|憋|喘|心慌|失眠|便秘|尿频|尿急|尿痛|\b(?:pain\w*|hurts?|hurting|ache\w*|aching|sore|fever\w*|temp\w*|cough\w*|vomit\w*|diarrh\w*|dizz\w*|itch\w*|rash\w*|swollen|swelling|bleed\w*|numb\w*|weak\w*|breath\w*|wheez\w*|nause\w*|unwell|sick|tired|constipat\w*|pee\w*|urin\w*|sleep\w*|lump\w*|tight\w*|racing|flutter\w*|spin\w*)\b/i;
/** Personal, current framing ("我…", "my son…", "I have…"): a consultation even when phrased as a question. */
const PERSONAL = /我|俺|孩子|宝宝|儿子|女儿|老公|老婆|爸|妈|爷爷|奶奶|家里|\b(?:i|i'm|i've|my|me|we|our)\b/i;
/** General knowledge questions ("什么是…", "…的原因有哪些", "what causes…", "how is … treated"). Asking whether one's own
 *  finding has a cause ("…，是不是天热的原因啊") attributes a report; it is no knowledge question. */
const KNOWLEDGE =
  /什么是|是什么病|是什么意思|有哪些|(?<!(?:是不是|会不会|是|因为)[^，。？?]{0,8})的原因|常见(?:的)?(?:症状|原因|表现)|一般(?:怎么|如何)|如何预防|怎么预防|怎样治疗|\bwhat (?:is|are|causes?|does)\b|\bhow (?:is|are|do you|does one) (?:\w+ ){0,3}(?:treated|diagnosed|prevented|spread)\b|\bsigns of\b|\bsymptoms of\b|\bin general\b/i;

/**
 * Body parts beyond the site screens' (which name the sites with a shared screen): someone's own chest, ankles or
 * shoulder named in a personal message is a complaint about it ("my dad's ankles have gotten really puffy").
 */
const BODY_PART =
  /胸口|胸部|脚踝|踝|膝|肩|髋|肘|手腕|腕|肋|大腿|小腿|后背|脖子|颈|喉咙|嗓子|鼻子|皮肤|头发|指甲|乳房|屁股|\b(?:chest|ankles?|knees?|hips?|shoulders?|elbows?|wrists?|ribs?|thighs?|shins?|calf|calves|feet|foot|heels?|neck|throat|nose|scalp|nails?|breasts?|groin|armpits?)\b/i;

/** Words of change or trouble that make a mention of a body site a complaint. */
const CHANGE =
  /红|肿|血|疼|痛|痒|噎|掉|变|老是|总是|一直|怪|不对|异常|硬|瘦|胖|没劲|闹|发脾气|坐不住|不说话|不吃|\b(?:red|swollen|bleed\w*|blood|lost|losing|down|hasn'?t|haven'?t|killing|playing up|weird|strange|funny|runs|gritty|stuck|lump|tantrums?|barely|always|keeps?|won'?t|can'?t|changed?|hurts?|sore|off)\b/i;

/**
 * A report about oneself over time: how long or how often something has been happening ("两个多月没来了", "老是半夜…",
 * "for a few months", "twice this month", "lately"), or a change against how one used to be ("aren't working like they
 * used to", "不如以前"). Said about oneself, it is a consultation whatever the words for
 * the complaint are — the complaint vocabulary cannot list every complaint, the shape of a report needs none.
 */
const REPORT_OVER_TIME =
  /最近|这(?:几|两|一)?(?:天|周|个月|阵子)|这半年|[一两二三四五六七八九十几半\d]+(?:个多|多个|个)?(?:天|周|星期|个月|月|年)|老是|总是|一直|反复|经常|每次|好几(?:天|年|次|个月)|\b(?:for (?:a few|several|\d+|two|three|many) (?:days|weeks|months|years)|lately|recently|these days|(?:once|twice|three times|again|\w+ (?:falls|times)) (?:this|last) (?:week|month)|keeps?|since (?:last|the|yesterday|this)|(?:been|have been|i've been) \w+ing|(?:like|as) (?:\w+ ){0,2}used to|not what (?:it|they|i|he|she) used to be)\b|不(?:像|如|比)以前|没(?:有)?以前(?:那么|好)|跟以前不一样/i;
/** A plan or wish, not a report ("我最近想减肥", "planning to start running"); "不想…" is a state, not a plan. */
const PLAN = /(?<!不)想(?!吐|睡|死)|打算|准备|计划|\b(?:want to|wanting to|planning|plan to|going to|thinking of|thinking about)\b/i;
/** Someone's own state said plainly ("I feel…", "我觉得…", "been feeling flat"). */
const OWN_STATE = /我(?:觉得|感觉|发现|最近)|\b(?:i feel|i've been|been feeling|i keep|i noticed|noticed|found)\b/i;
/**
 * Asking how serious one's own finding is, or saying one is worried ("正常吗", "严重吗", "吓死了", "should I be worried",
 * "what should we do"): the frame of a consultation, whatever the finding is called. "是怎么回事" and "怎么办" are not
 * in it: "高血压是怎么回事" asks about a disease.
 */
const ASSESSMENT =
  /正常吗|严重吗|要紧吗|要不要紧|有事吗|有没有事|有问题吗|担心|吓死|害怕|\b(?:is (?:this|that|it) (?:normal|serious|bad|ok|okay)|should (?:i|we) (?:be )?(?:worried|worry|see|go)|what should (?:i|we) do|i'?m (?:worried|scared|concerned)|do (?:i|we) need to (?:see|go))\b/i;

/**
 * How worried to be, asked with a word of the mind ("Should I panic?", "do I need to panic", "no need to panic", "am I
 * panicking over nothing"): the writer asks how serious their finding is — an assessment frame — and says nothing about
 * their mood. The mood readers (the mood entry, the triage's mental-health presentation, the generic mind signs) must
 * not read it (c8-044: blood on the paper + "Should I panic?" was asked about self-harm). Said as a state ("I'm
 * panicking", "panic attacks") it stays a mood word.
 */
const WORRY_QUESTION =
  /\b(?:(?:should|do|must|shall) (?:i|we) (?:need to |be )?(?:panic(?:king)?|freak(?:ing)? out)|(?:is it|time to) (?:time to )?panic|(?:no need to|don'?t|not to|trying not to) panic|(?:am i|are we) (?:just )?(?:panicking|overreacting)(?: (?:over|about|for) nothing)?)\b/gi;

const assesses = (text: string): boolean => ASSESSMENT.test(text) || withoutWorryQuestion(text) !== text;

/** Pure: the text without its worry questions (WORRY_QUESTION), for the readers of mood. */
export function withoutWorryQuestion(text: string): string {
  return text.replace(WORRY_QUESTION, ' ');
}

/**
 * A value someone measured, told with what measured it ("the machine at work read 158/97", "my meter said 11.2",
 * "量了一下150/95"): a reading is someone's own, so a knowledge frame around it ("what is a good blood pressure?") is
 * their question about it.
 */
const OWN_READING =
  /(?:量|测)(?:了|出来?|的|得)[^，。？?]{0,8}\d|\b(?:machines?|monitors?|meters?|cuffs?|readings?|read|measured|checked|showed|came (?:out|back)(?: at)?)\b[^.?!]{0,20}\b\d{2,3}(?:\.\d)?(?:\s*\/\s*\d{2,3})?\b/i;

/** A fever felt with the hand, said of someone ("my 7-week-old feels warm", "hot to the touch", "摸着有点烫", "额头发热"): a
 *  parent's first report of a fever, before any thermometer. */
const FELT_FEVER =
  /\b(?:feels?|felt|feeling|is|seems?|looks?) (?:\w+ ){0,2}(?:hot|warm|burning up)\b|\b(?:hot|warm) to (?:the )?touch\b|\bburning up\b|(?:摸|额头|身上|身子|手心|脑门|头)[^，。,]{0,4}(?:烫|发热|有点热|很热)/i;

const CAN_I = /能(?:不能)?吃|可以吃|能喝|可以喝|能不能用|\bcan (?:\w+ ){0,3}(?:eat|drink|have|take)\b|\bis it (?:ok|okay|safe) to\b/i;

/** A condition the condition index names, in the patient's words or another name of a concept they name ("hayfever"). */
// withConceptNames keeps the patient's words and appends the other names, so one search covers both.
const namesCondition = (text: string): boolean => conditionCodes().find(withConceptNames(text)).length > 0;

/**
 * Is this opening a consultation about someone's symptoms (rather than a knowledge question)? Any mention of a
 * complaint counts, with or without "I"/"my" — real openings are often bare ("sore throat since yesterday",
 * "头疼得厉害") — unless it reads as a general knowledge question asked without personal context.
 */
export function isSymptomMessage(said: string, kb?: KbRedFlagIndex): boolean {
  // Traditional characters are read as their simplified forms (core's one table): every reader below is written simplified.
  const text = toSimplified(said);
  if (isLearning(text)) return false;
  // Personal unless framed as general knowledge: Chinese drops the subject ("打篮球崴脚了", "吃头孢能喝酒吗"), and
  // bare English openings ("the condom broke last night") are about the writer.
  const personal = PERSONAL.test(text) || !KNOWLEDGE.test(text) || OWN_READING.test(text);
  // A personal situation that changes with risk factors (a medicine, failed contraception, travel) is consulted too.
  const situation = personal && findSituations(text).length > 0;
  // How long, as the case facts read it ("for a couple of months"), is a report over time too.
  const overTime = personal && (REPORT_OVER_TIME.test(text) || readDuration(text) !== undefined) && !PLAN.test(text);
  const symptomatic =
    situation ||
    // Someone's own body part named in a personal message ("I've done my back in", "蛋蛋有点坠胀") is a complaint.
    (personal && (mentionsSite(text) || BODY_PART.test(text))) ||
    findPresentations(text).length > 0 ||
    // Mood, sleep or energy said by how it feels ("feeling a bit flat, not really enjoying stuff"), about oneself.
    (personal && MIND.test(text)) ||
    findProtocols(text).length > 0 ||
    COMPLAINTS.some((c) => c.zh.test(text) || c.en.test(text)) ||
    SYMPTOM_WORDS.test(text) ||
    (personal && FELT_FEVER.test(text)) ||
    // A symptom the knowledge base's disease pages list, said about oneself ("haven't slept" is not, "insomnia" is).
    (personal && kb !== undefined && kb.signsFor(text, detectLang(text) === 'zh' ? 'zh' : 'en').matched.length > 0) ||
    // A body site or function with a change ("眼睛一片血红", "my eye is really red", "尿是红的", "the runs").
    (mentionsSite(text) && CHANGE.test(text)) ||
    // A report about oneself over time ("最近老是半夜出一身汗", "been feeling flat for a few months"), said plainly or
    // asked about as one's own ("这几个月月经量特别多，正常吗？").
    (overTime && (PERSONAL.test(text) || OWN_STATE.test(text) || assesses(text) || !/[?？吗]$/.test(text.trim()))) ||
    // Worry or an assessment asked about something that happened to someone ("精液里有血丝，严重吗", "two falls this
    // month… what should we do").
    (personal && !KNOWLEDGE.test(text) && assesses(text) && (CHANGE.test(text) || REPORT_OVER_TIME.test(text)));
  // A treatment asked for a condition the condition index names ("what cream actually works for psoriasis", "any tips
  // for motion sickness?", "what can i take for hayfever im 20 weeks pregnant", "灰指甲擦什么药"): what to use depends on
  // who uses it (pregnancy, other conditions and medicines, the condition's own danger signs), as for a complaint; so
  // does one asked in a state the triage reads as a presentation (a pregnancy, a child). A
  // knowledge frame with no one in it ("What is the best treatment for psoriasis?") is still answered at once.
  const treatment = personal && asksForTreatment(text) && (namesCondition(text) || findPresentations(text).length > 0);
  if (!symptomatic && !treatment) return false;
  // "糖尿病人能吃西瓜吗" names a condition, not a complaint: diet and can-I questions are answered, not consulted. A
  // complaint named beside the question ("put my back out… what can I take for it?") is consulted.
  if (CAN_I.test(text) && !treatment && !SYMPTOM_WORDS.test(text) && !situation && !COMPLAINTS.some((c) => c.zh.test(text) || c.en.test(text))) return false;
  return personal || !KNOWLEDGE.test(text);
}
