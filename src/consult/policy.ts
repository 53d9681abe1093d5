// The inquiry policy: ask before advising. Stateless — the case is re-derived from the messages on every turn (a
// question turn is recognised by its fixed lead line), so plain OpenAI clients that send only messages get the same
// consultation as QuarkMed-aware ones. Emergencies and non-symptom questions are answered at once.
import { detectLang } from '../core/lang.js';
import type { ChatMessage } from '../models/backend.js';
import { triage as runTriage } from '../safety/triage.js';
import { askFor, findPresentations } from '../safety/triage/presentations.js';
import { isLearning } from '../safety/triage/safety-net.js';
import type { Triage } from '../safety/types.js';
import { mergeFacts, readFacts } from './facts.js';
import { findProtocols } from './protocols.js';
import { openBasics, redFlagQuestion } from './questions.js';
import type { ConsultLang, ConsultQuestion, ConsultReason, ConsultState } from './types.js';

export type { ConsultReason, ConsultState };

export const QUESTION_LEAD: Record<ConsultLang, string> = {
  zh: '为了给出更稳妥的建议，想先了解几点：',
  en: 'To give you safer advice, a few quick questions first:',
};

export type ConsultStep =
  | { action: 'ask'; questions: ConsultQuestion[]; text: string; state: ConsultState }
  | { action: 'answer'; query: string; restsOn: string; state: ConsultState };

export interface ConsultOptions {
  /** Question turns at most before answering (default 2). */
  maxTurns?: number;
  /** Questions per turn (default and maximum 3). */
  perTurn?: number;
  off?: boolean;
  /** Triage of the case text; defaults to the safety layer's rules + model. */
  triage?: (text: string) => Triage;
}

const isQuestionTurn = (m: ChatMessage): boolean =>
  m.role === 'assistant' && (m.content.startsWith(QUESTION_LEAD.zh) || m.content.startsWith(QUESTION_LEAD.en));
const askedIn = (m: ChatMessage): string[] => m.content.split('\n').flatMap((l) => /^\d+\.\s+(.+)$/.exec(l.trim())?.[1] ?? []);

const SYMPTOM_WORDS =
  /疼|痛|不舒服|难受|发烧|发热|咳|拉肚子|腹泻|吐|晕|痒|疹|肿|出血|流血|麻|无力|憋|喘|心慌|失眠|\b(?:pain|hurts?|hurting|ache|aching|sore|fever|cough\w*|vomit\w*|diarrh\w*|dizz\w*|itch\w*|rash|swollen|swelling|bleed\w*|numb\w*|weak|breathless|wheez\w*|nause\w*|unwell|sick)\b/i;
/** Personal, current framing ("我…", "my son…", "I have…") as opposed to a general knowledge question. */
const PERSONAL = /我|俺|孩子|宝宝|儿子|女儿|老公|老婆|爸|妈|爷爷|奶奶|家里|\b(?:i|i'm|i've|my|me|we|our)\b/i;

/** Is this opening a consultation about someone's symptoms (rather than a knowledge question)? */
export function isSymptomMessage(text: string): boolean {
  if (isLearning(text)) return false;
  const symptomatic = findPresentations(text).length > 0 || findProtocols(text).length > 0 || SYMPTOM_WORDS.test(text);
  return symptomatic && PERSONAL.test(text);
}

function render(lang: ConsultLang, qs: ConsultQuestion[]): string {
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
  const caseText = userTurns.join('\n');
  const lang: ConsultLang = detectLang(chief) === 'zh' ? 'zh' : 'en';
  const asked = episode.filter(isQuestionTurn).flatMap(askedIn);
  const turnsAsked = episode.filter(isQuestionTurn).length;
  const facts = userTurns.map(readFacts).reduce(mergeFacts, readFacts(''));
  const t = (o.triage ?? ((x: string) => runTriage(x, { locale: lang === 'zh' ? 'zh-CN' : 'en-US' })))(caseText);
  const presentations = findPresentations(caseText).map((p) => p.id);
  const base = { lang, turnsAsked, chiefComplaint: chief, presentations, facts, asked, triage: t.level };
  const answer = (reason: ConsultReason): ConsultStep => ({
    action: 'answer',
    // Retrieval reads the complaint itself (replies such as "no vomiting" only add noise to a search); when the
    // replies raised the triage, the whole case goes through so the answer carries the urgent-care message.
    query: t.level === 'routine' ? chief : userTurns.join('\n'),
    restsOn: turnsAsked > 0 ? restsOn(lang, base, userTurns.slice(1)) : '',
    state: { ...base, reason },
  });

  if (o.off) return answer('off');
  if (t.level === 'emergency') return answer('emergency');
  if (!isSymptomMessage(chief)) return answer('not-a-symptom');
  if (turnsAsked >= maxTurns) return answer('turn-limit');

  // Case-specific red flags first: the triage's own open discriminators, then the presentation's, then the
  // complaint protocol's; basics (how long, how old, pregnancy) fill the rest.
  const flagTexts = [
    ...(t.ask ?? []),
    ...askFor(
      findPresentations(chief).map((p) => p.id),
      lang,
      6,
    ),
    ...findProtocols(chief).flatMap((p) => p.ask[lang]),
  ];
  const redFlags = [...new Set(flagTexts)].filter((q) => !asked.includes(q)).map((q) => redFlagQuestion(q, lang));
  const pregnancyMatters = presentations.some((p) => p === 'abdominalPain' || p === 'bleeding') || findProtocols(chief).some((p) => p.id === 'urinary');
  const basics = openBasics(facts, lang, { pregnancyMatters }).filter((q) => !asked.includes(q.text));
  // First turn: two red-flag questions and one basic; a second turn only while something decisive is still open.
  const picks =
    turnsAsked === 0
      ? [...redFlags.slice(0, basics.length ? perTurn - 1 : perTurn), ...basics].slice(0, perTurn)
      : [...basics, ...redFlags].slice(0, basics.length ? perTurn : 0);
  if (picks.length === 0) return answer('enough-information');
  return { action: 'ask', questions: picks, text: render(lang, picks), state: { ...base, reason: 'missing-information' } };
}
