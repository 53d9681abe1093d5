// The inquiry policy: ask before advising. Stateless — the case is re-derived from the messages on every turn (a
// question turn is recognised by its fixed lead line), so plain OpenAI clients that send only messages get the same
// consultation as QuarkMed-aware ones. Emergencies and non-symptom questions are answered at once.
import { detectLang } from '../core/lang.js';
import type { ChatMessage } from '../models/backend.js';
import { triage as runTriage } from '../safety/triage.js';
import { askFor, findPresentations, PRESENTATIONS } from '../safety/triage/presentations.js';
import { isLearning } from '../safety/triage/safety-net.js';
import type { Triage } from '../safety/types.js';
import { mergeFacts, readFacts } from './facts.js';
import { affirmationOf, COMPLAINTS, findComplaints, findNamedComplaints, mentionsSite, SITE_SCREENS } from './complaints.js';
import { findProtocols, PROTOCOLS } from './protocols.js';
import type { KbRedFlagIndex } from './kb-red-flags.js';
import { findSituations, SITUATIONS } from './situations.js';
import { readReplies } from './replies.js';
import { openBasics, redFlagQuestion } from './questions.js';
import type { CaseFacts, ConsultLang, ConsultQuestion, ConsultReason, ConsultState } from './types.js';

export type { ConsultReason, ConsultState };

export const QUESTION_LEAD: Record<ConsultLang, string> = {
  zh: '为了给出更稳妥的建议，想先了解几点：',
  en: 'To give you safer advice, a few quick questions first:',
};

export type ConsultStep =
  | { action: 'ask'; questions: ConsultQuestion[]; text: string; triage: Triage; state: ConsultState }
  | { action: 'answer'; query: string; restsOn: string; triage: Triage; state: ConsultState };

export interface ConsultOptions {
  /** Question turns at most before answering (default 2). */
  maxTurns?: number;
  /** Questions per turn (default and maximum 3). */
  perTurn?: number;
  off?: boolean;
  /**
   * Red flags from the knowledge base's disease pages (`loadKbRedFlags`): the danger signs of the conditions the
   * complaint could be, asked in one question beside the hand-written ones. Without it only the written knowledge asks.
   */
  kbRedFlags?: KbRedFlagIndex;
  /** Triage of the case text; defaults to the safety layer's rules + model. */
  triage?: (text: string) => Triage;
}

const isQuestionTurn = (m: ChatMessage): boolean =>
  m.role === 'assistant' && (m.content.startsWith(QUESTION_LEAD.zh) || m.content.startsWith(QUESTION_LEAD.en));
const askedIn = (m: ChatMessage): string[] => m.content.split('\n').flatMap((l) => /^\d+\.\s+(.+)$/.exec(l.trim())?.[1] ?? []);

const SYMPTOM_WORDS =
  /疼|痛|不舒服|难受|发烧|发热|咳|拉肚子|腹泻|吐|晕|痒|疹|肿|出血|流血|麻|无力|憋|喘|心慌|失眠|便秘|尿频|尿急|尿痛|\b(?:pain\w*|hurts?|hurting|ache\w*|aching|sore|fever\w*|temp\w*|cough\w*|vomit\w*|diarrh\w*|dizz\w*|itch\w*|rash\w*|swollen|swelling|bleed\w*|numb\w*|weak\w*|breath\w*|wheez\w*|nause\w*|unwell|sick|tired|constipat\w*|pee\w*|urin\w*|sleep\w*|lump\w*|tight\w*|racing|flutter\w*|spin\w*)\b/i;
/** Personal, current framing ("我…", "my son…", "I have…"): a consultation even when phrased as a question. */
const PERSONAL = /我|俺|孩子|宝宝|儿子|女儿|老公|老婆|爸|妈|爷爷|奶奶|家里|\b(?:i|i'm|i've|my|me|we|our)\b/i;
/** General knowledge questions ("什么是…", "…的原因有哪些", "what causes…", "how is … treated"). */
const KNOWLEDGE =
  /什么是|是什么病|是什么意思|有哪些|的原因|常见(?:的)?(?:症状|原因|表现)|一般(?:怎么|如何)|如何预防|怎么预防|怎样治疗|\bwhat (?:is|are|causes?|does)\b|\bhow (?:is|are|do you|does one) (?:\w+ ){0,3}(?:treated|diagnosed|prevented|spread)\b|\bsigns of\b|\bsymptoms of\b|\bin general\b/i;

/** Words of change or trouble that make a mention of a body site a complaint. */
const CHANGE =
  /红|肿|血|疼|痛|痒|噎|掉|变|老是|总是|一直|怪|不对|异常|硬|瘦|胖|没劲|闹|发脾气|坐不住|不说话|不吃|\b(?:red|swollen|bleed\w*|blood|lost|losing|down|hasn'?t|haven'?t|killing|playing up|weird|strange|funny|runs|gritty|stuck|lump|tantrums?|barely|always|keeps?|won'?t|can'?t|changed?|hurts?|sore|off)\b/i;

/**
 * A report about oneself over time: how long or how often something has been happening ("两个多月没来了", "老是半夜…",
 * "for a few months", "twice this month", "lately"). Said about oneself, it is a consultation whatever the words for
 * the complaint are — the complaint vocabulary cannot list every complaint, the shape of a report needs none.
 */
const REPORT_OVER_TIME =
  /最近|这(?:几|两|一)?(?:天|周|个月|阵子)|[一两二三四五六七八九十几\d]+(?:个多|多个|个)?(?:天|周|星期|个月|月|年)|老是|总是|一直|反复|经常|每次|好几(?:天|年|次|个月)|\b(?:for (?:a few|several|\d+|two|three|many) (?:days|weeks|months|years)|lately|recently|these days|(?:twice|three times|again) (?:this|last) (?:week|month)|keeps?|since (?:last|the|yesterday|this)|(?:been|have been|i've been) \w+ing)\b/i;
/** A plan or wish, not a report ("我最近想减肥", "planning to start running"). */
const PLAN = /想(?!吐|睡|死)|打算|准备|计划|\b(?:want to|wanting to|planning|plan to|going to|thinking of|thinking about)\b/i;
/** Someone's own state said plainly ("I feel…", "我觉得…", "been feeling flat"). */
const OWN_STATE = /我(?:觉得|感觉|发现|最近)|\b(?:i feel|i've been|been feeling|i keep|i noticed|noticed|found)\b/i;

const CAN_I = /能(?:不能)?吃|可以吃|能喝|可以喝|能不能用|\bcan (?:\w+ ){0,3}(?:eat|drink|have|take)\b|\bis it (?:ok|okay|safe) to\b/i;

/**
 * Is this opening a consultation about someone's symptoms (rather than a knowledge question)? Any mention of a
 * complaint counts, with or without "I"/"my" — real openings are often bare ("sore throat since yesterday",
 * "头疼得厉害") — unless it reads as a general knowledge question asked without personal context.
 */
export function isSymptomMessage(text: string, kb?: KbRedFlagIndex): boolean {
  if (isLearning(text)) return false;
  // Personal unless framed as general knowledge: Chinese drops the subject ("打篮球崴脚了", "吃头孢能喝酒吗"), and
  // bare English openings ("the condom broke last night") are about the writer.
  const personal = PERSONAL.test(text) || !KNOWLEDGE.test(text);
  // A personal situation that changes with risk factors (a medicine, failed contraception, travel) is consulted too.
  const situation = personal && findSituations(text).length > 0;
  const symptomatic =
    situation ||
    // Someone's own body part named in a personal message ("I've done my back in", "蛋蛋有点坠胀") is a complaint.
    (personal && mentionsSite(text)) ||
    findPresentations(text).length > 0 ||
    findProtocols(text).length > 0 ||
    COMPLAINTS.some((c) => c.zh.test(text) || c.en.test(text)) ||
    SYMPTOM_WORDS.test(text) ||
    // A symptom the knowledge base's disease pages list, said about oneself ("haven't slept" is not, "insomnia" is).
    (personal && kb !== undefined && kb.signsFor(text, detectLang(text) === 'zh' ? 'zh' : 'en').matched.length > 0) ||
    // A body site or function with a change ("眼睛一片血红", "my eye is really red", "尿是红的", "the runs").
    (mentionsSite(text) && CHANGE.test(text)) ||
    // A report about oneself over time ("最近老是半夜出一身汗", "been feeling flat for a few months").
    (personal && REPORT_OVER_TIME.test(text) && !PLAN.test(text) && (PERSONAL.test(text) || OWN_STATE.test(text) || !/[?？吗]$/.test(text.trim())));
  if (!symptomatic) return false;
  // "糖尿病人能吃西瓜吗" names a condition, not a complaint: diet and can-I questions are answered, not consulted.
  if (CAN_I.test(text) && !SYMPTOM_WORDS.test(text) && !situation) return false;
  return personal || !KNOWLEDGE.test(text);
}

/** A red-flag screen for complaints no presentation or protocol covers: the questions that change any advice. */
const GENERAL_SCREEN: Record<ConsultLang, string[]> = {
  zh: ['有没有发烧、剧烈疼痛、呼吸困难、出血或意识不清？', '是突然出现的，还是慢慢加重的？'],
  en: ['Any fever, severe pain, trouble breathing, bleeding or confusion?', 'Did it come on suddenly, or build up gradually?'],
};

/** A medicine tried for the complaint that did not help ("抹了药也不管用", "tried some gel, no better"): a treatment, not a
 *  side effect. */
const TRIED_NO_HELP =
  /(?:也|都|还是|但)(?:不|没)(?:见好|管用|见效|好转|效果)|没(?:有)?用|不管用|没效果|\b(?:didn'?t help|hasn'?t helped|no better|not working|doesn'?t work|didn'?t work|not helping)\b/i;

/** The mother's own complaint after a birth ("生完孩子四个月", "I had my baby 5 weeks ago", "breastfeeding my 6 week old"). */
const POSTPARTUM =
  /生完(?:孩子|宝宝)|产后|坐月子|哺乳期|喂奶|\b(?:postpartum|post-natal|postnatal|had (?:my|the|our) baby|gave birth|since the birth|breastfeeding)\b/i;

const RANK: Record<Triage['level'], number> = { routine: 0, urgent: 1, emergency: 2 };
/** How decisive each red-flag question is, by the triage of its "yes"; computed once per question text. */
const DECISIVENESS = new Map<string, number>();

/**
 * Order red-flag questions by how well they separate emergency or urgent care from self-care: a question whose "yes"
 * (its red flags stated as present) the triage rates an emergency comes before one it rates urgent, and both before
 * one that changes nothing; ties keep the knowledge order (the triage's own discriminators, then the complaint's,
 * then the presentation's). The triage of each question is cached, so a turn costs no triage calls after warm-up.
 */
export function rankBySeparation(questions: readonly string[], triageOf: (text: string) => Triage): string[] {
  const power = (q: string): number => {
    let p = DECISIVENESS.get(q);
    if (p === undefined) {
      p = RANK[triageOf(affirmationOf(q)).level];
      DECISIVENESS.set(q, p);
    }
    return p;
  };
  return questions
    .map((q, i) => ({ q, i, p: power(q) }))
    .sort((a, b) => b.p - a.p || a.i - b.i)
    .map((x) => x.q);
}

/**
 * Rank every question of the knowledge once (about a second on this machine), so no consultation turn pays for a
 * cold question: the server calls it after start-up, the benchmark before timing.
 */
export function warmRedFlagRanking(triageOf: (text: string) => Triage = (x) => runTriage(x)): void {
  const all = [
    ...[...COMPLAINTS, ...SITE_SCREENS, ...PROTOCOLS, ...SITUATIONS].flatMap((c) => [...c.ask.zh, ...c.ask.en]),
    ...PRESENTATIONS.flatMap((p) => [...p.ask.zh, ...p.ask.en]),
    ...GENERAL_SCREEN.zh,
    ...GENERAL_SCREEN.en,
  ];
  rankBySeparation(all, triageOf);
}

/** A question whose answer the case already holds (how long, how old, the temperature; pregnancy for a man). */
function settled(q: string, f: CaseFacts): boolean {
  if (f.duration && /多久|持续多长|how long/i.test(q)) return true;
  if (f.age !== undefined && /多大|年龄|how old/i.test(q)) return true;
  if (f.temperatureC && /体温多少|最高多少度|what is the temperature|how high/i.test(q)) return true;
  return f.sex === 'male' && /怀孕|pregnan/i.test(q);
}

/** The text of a question turn: the fixed lead line (how later turns recognise it), numbered questions, a safety line. */
export function renderQuestionTurn(lang: ConsultLang, qs: readonly ConsultQuestion[]): string {
  return [
    QUESTION_LEAD[lang],
    ...qs.map((q, i) => `${i + 1}. ${q.text}`),
    lang === 'zh'
      ? '（如有任何一项，请直接告诉我；情况危急请立即拨打急救电话。）'
      : '(If any of these apply, tell me right away; in an emergency call your local emergency number now.)',
  ].join('\n');
}

function restsOn(lang: ConsultLang, s: Omit<ConsultState, 'reason'>, replies: string[]): string {
  const f = s.facts;
  const zh = lang === 'zh';
  const parts: string[] = [];
  if (f.age !== undefined)
    parts.push(zh ? `年龄${f.age < 1 ? `${Math.round(f.age * 12)}个月` : `${f.age}岁`}` : `age ${f.age < 1 ? `${Math.round(f.age * 12)} months` : f.age}`);
  if (f.duration) parts.push(zh ? `持续${f.duration}` : `duration: ${f.duration}`);
  if (f.temperatureC) parts.push(zh ? `最高体温${f.temperatureC}℃` : `highest temperature ${f.temperatureC} °C`);
  if (f.severity) parts.push(zh ? `程度：${f.severity}` : `severity: ${f.severity}`);
  if (f.pregnant) parts.push(zh ? '怀孕中' : 'pregnant');
  if (f.chronic.length) parts.push(zh ? `基础病：${f.chronic.join('、')}` : `conditions: ${f.chronic.join(', ')}`);
  if (f.medicines.length) parts.push(zh ? `在用药：${f.medicines.join('、')}` : `medicines: ${f.medicines.join(', ')}`);
  if (f.tried.length) parts.push(zh ? `已尝试：${f.tried.join('、')}` : `already tried: ${f.tried.join(', ')}`);
  const said = replies.length ? (zh ? `您的回答：「${replies.join('」「')}」` : `your answers: "${replies.join('" "')}"`) : '';
  const facts = parts.length ? parts.join(zh ? '；' : '; ') : zh ? '您的描述' : 'your description';
  return zh
    ? `以下建议基于：${s.chiefComplaint.slice(0, 60)}（${facts}）${said ? `；${said}` : ''}。如果情况有变化或出现新的症状，请及时就医。`
    : `This advice rests on: "${s.chiefComplaint.slice(0, 80)}" (${facts})${said ? `; ${said}` : ''}. If anything changes or new symptoms appear, seek care.`;
}

/** What to do with the latest user message: ask (≤ 3 focused questions) or answer (with the query to retrieve for). */
export function nextConsultStep(messages: readonly ChatMessage[], o: ConsultOptions = {}): ConsultStep {
  const maxTurns = o.maxTurns ?? 2;
  const perTurn = Math.min(3, o.perTurn ?? 3);
  // The consultation is everything after the last real answer.
  let start = 0;
  messages.forEach((m, i) => {
    if (m.role === 'assistant' && !isQuestionTurn(m)) start = i + 1;
  });
  const episode = messages.slice(start).filter((m) => m.role === 'user' || isQuestionTurn(m));
  const userTurns = episode.filter((m) => m.role === 'user').map((m) => m.content);
  const chief = userTurns[0] ?? '';
  const lang: ConsultLang = detectLang(chief) === 'zh' ? 'zh' : 'en';
  // Each question turn paired with the reply that followed it; chip answers are matched to their question.
  const turns = episode.flatMap((m, i) => (isQuestionTurn(m) && episode[i + 1]?.role === 'user' ? [{ asked: askedIn(m), reply: episode[i + 1].content }] : []));
  const replies = readReplies(turns, lang);
  const asked = episode.filter(isQuestionTurn).flatMap(askedIn);
  const turnsAsked = episode.filter(isQuestionTurn).length;
  // Triage reads the patient's own words plus the red flags they said yes to — never a question they denied.
  const caseText = [chief, replies.free, ...replies.affirmed].filter(Boolean).join('\n');
  const facts = { ...[chief, replies.free].map(readFacts).reduce(mergeFacts, readFacts('')), ...replies.facts };
  const triageOf = o.triage ?? ((x: string) => runTriage(x, { locale: lang === 'zh' ? 'zh-CN' : 'en-US' }));
  const t = triageOf(caseText);
  const presentations = findPresentations(caseText).map((p) => p.id);
  const base = { lang, turnsAsked, chiefComplaint: chief, presentations, facts, asked, triage: t.level };
  const said = [replies.free, ...replies.affirmed.map((q) => `${q} ${lang === 'zh' ? '有' : 'Yes'}`)].filter(Boolean);
  const answer = (reason: ConsultReason): ConsultStep => ({
    action: 'answer',
    // Retrieval reads the complaint itself (replies such as "no vomiting" only add noise to a search); when the
    // replies raised the triage, the whole case goes through so the answer carries the urgent-care message.
    query: t.level === 'routine' ? chief : caseText,
    // An emergency answer opens with the emergency instructions, never with a summary of the conversation.
    restsOn: turnsAsked > 0 && t.level !== 'emergency' ? restsOn(lang, base, said) : '',
    triage: t,
    state: { ...base, reason },
  });

  if (o.off) return answer('off');
  if (t.level === 'emergency') return answer('emergency');
  if (!isSymptomMessage(chief, o.kbRedFlags)) return answer('not-a-symptom');
  if (turnsAsked >= maxTurns) return answer('turn-limit');

  // Case-specific red flags first: the triage's own open discriminators, then the presentation's, then the
  // complaint protocol's; basics (how long, how old, pregnancy) fill the rest.
  // The infant/child screen is for a baby or young child: not for a teenager, nor for a mother whose complaint follows
  // the birth ("生完孩子四个月…掉头发" is about her).
  const notAChild = (facts.age !== undefined && facts.age >= 12) || POSTPARTUM.test(chief);
  const chiefPresentations = findPresentations(chief)
    .map((p) => p.id)
    .filter((p) => !(notAChild && p === 'paediatric'));
  const specific = [
    // A named complaint's own red flags lead ("孩子尿床": bedwetting, not any child), then the triage's open
    // discriminators, then the body-site screens, the presentation's and the protocol's questions.
    ...findNamedComplaints(chief).flatMap((c) => c.ask[lang]),
    // A medicine, contraception or travel situation is named too: the risk factors that change the advice.
    ...findSituations(chief).flatMap((p) => p.ask[lang]),
    // Pregnancy changes every complaint's red flags (bleeding, pre-eclampsia); a child's general screen comes last.
    ...(chiefPresentations.includes('pregnancy') ? askFor(['pregnancy'], lang) : []),
    ...(t.ask ?? []),
    ...findComplaints(chief).flatMap((c) => c.ask[lang]),
    ...askFor(
      chiefPresentations.filter((p) => p !== 'paediatric'),
      lang,
      6,
    ),
    ...(chiefPresentations.includes('paediatric') ? askFor(['paediatric'], lang) : []),
    ...findProtocols(chief).flatMap((p) => p.ask[lang]),
  ];
  const flagTexts = specific.length ? specific : GENERAL_SCREEN[lang];
  const open = [...new Set(flagTexts)].filter((q) => !asked.includes(q) && !settled(q, facts));
  const ranked = rankBySeparation(open, triageOf);
  // The knowledge base's question (the danger signs of the conditions this complaint could be) joins the first turn
  // after the two best written questions — first when no written knowledge names the complaint — so an unseen
  // complaint is still asked about its own danger signs, and a known one about signs its entry did not list; the
  // basics (how long, how old) then wait for the second turn.
  const medicine = findSituations(chief).some((x) => x.id === 'medicine');
  // The case model (case-model.ts): the findings so far → candidate conditions → the most informative open danger
  // signs of the severe ones; null once no severe candidate is left or every discriminating sign was asked.
  const kbQ = o.kbRedFlags?.nextQuestion({ lang, text: chief, facts, medicine, asked, affirmed: replies.affirmed }) ?? undefined;
  // A complaint after a medicine may be its side effect: the medicine's reaction screen (rash, breathing, mood and
  // self-harm, other medicines) keeps a place among the first two, whatever the complaint's own questions rank.
  const reaction =
    medicine && !TRIED_NO_HELP.test(chief) && findNamedComplaints(chief).length + findComplaints(chief).length > 0
      ? findSituations(chief).find((x) => x.id === 'medicine')?.ask[lang][2]
      : undefined;
  // The named complaint's own first question leads (a medicine or situation named beside it — "抹了药也不管用" is
  // what was tried — must not push the complaint's red flags out of the first turn), then the reaction screen.
  const own = findNamedComplaints(chief)
    .flatMap((c) => c.ask[lang])
    .find((q) => open.includes(q));
  const pinned = [...new Set([own ?? ranked[0], ...(reaction && open.includes(reaction) ? [reaction] : [])].filter((q): q is string => !!q))];
  // A medicine that was tried for the complaint and did not help is a treatment, not a suspect: no reaction screen.
  const triedOnly = medicine && TRIED_NO_HELP.test(chief) ? findSituations(chief).find((x) => x.id === 'medicine')?.ask[lang][2] : undefined;
  const top = [...pinned, ...ranked.filter((q) => !pinned.includes(q) && q !== triedOnly)];
  const withKb = kbQ && !asked.includes(kbQ) ? (specific.length ? [...top.slice(0, 2), kbQ, ...top.slice(2)] : [kbQ, ...top]) : top;
  const redFlags = withKb.map((q) => redFlagQuestion(q, lang));
  const pregnancyMatters = presentations.some((p) => p === 'abdominalPain' || p === 'bleeding') || findProtocols(chief).some((p) => p.id === 'urinary');
  const basics = openBasics(facts, lang, {
    pregnancyMatters,
    child: !notAChild && /宝宝|婴儿|孩子|娃|儿子|女儿|新生儿|\b(?:baby|infant|newborn|toddler|child|kid|son|daughter)\b/i.test(chief),
  }).filter((q) => !asked.includes(q.text));
  // First turn: two red-flag questions and one basic; a second turn only while something decisive is still open.
  // Later turns: the case model's next danger signs while a severe candidate is left, then the basics still open.
  const picks =
    turnsAsked === 0
      ? [...redFlags.slice(0, basics.length && !kbQ ? perTurn - 1 : perTurn), ...basics].slice(0, perTurn)
      : [...(kbQ ? [redFlagQuestion(kbQ, lang)] : []), ...basics, ...redFlags.filter((q) => q.text !== kbQ)].slice(0, basics.length || kbQ ? perTurn : 0);
  if (picks.length === 0) return answer('enough-information');
  return { action: 'ask', questions: picks, text: renderQuestionTurn(lang, picks), triage: t, state: { ...base, reason: 'missing-information' } };
}
