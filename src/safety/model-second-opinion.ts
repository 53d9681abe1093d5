// Escalate-only second opinion from a chat model. The keyword rules catch only a third to a half of emergency
// phrasings they were not written for (see README), so when a model is configured it may RAISE the level — never
// lower it. Any failure (no backend, timeout, bad JSON) falls back to the rule result: the rules are the floor.
import { z } from 'zod';
import { detectLang } from '../core/lang.js';
import type { ChatBackend, JsonSchema } from '../models/backend.js';
import { RED_FLAG_RULES, type RedFlagRule } from './red-flags/rules.js';
import { triageDetail, triageMessage, type TriageDetail, type TriageOptions } from './triage.js';
import type { TriageLevel } from './types.js';

export interface SecondOpinionOptions extends TriageOptions {
  /** Give up on the model after this long (default 4000 ms) and keep the rule result. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface SecondOpinionResult extends TriageDetail {
  /** What the model said, when it answered usably. */
  model?: { level: TriageLevel; category: string; reason: string; escalated: boolean };
}

const RANK: Record<TriageLevel, number> = { routine: 0, urgent: 1, emergency: 2 };
const CATEGORIES = [...RED_FLAG_RULES.filter((r) => r.level === 'emergency').map((r) => r.id), 'other'];

const Answer = z.object({
  level: z.enum(['emergency', 'urgent', 'routine']),
  category: z.string().default('other'),
  reason: z.string().default(''),
});

export const SECOND_OPINION_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    level: { type: 'string', enum: ['emergency', 'urgent', 'routine'] },
    category: { type: 'string', enum: CATEGORIES },
    reason: { type: 'string' },
  },
  required: ['level', 'category', 'reason'],
};

const SYSTEM = [
  'You triage the urgency of a message sent to a medical assistant. Classify only urgency, never diagnose.',
  'emergency: someone may be in danger right now and should call emergency services or go to an emergency department now',
  '(e.g. heart attack or stroke signs, severe breathing difficulty, severe bleeding, anaphylaxis, suicidal intent, poisoning or overdose,',
  'fever in a baby under 3 months, unconsciousness or a long seizure, meningitis/sepsis signs, head injury with danger signs, major burns,',
  'pregnancy emergencies, acute abdomen, diabetic emergencies, hypertensive emergencies, testicular torsion).',
  'urgent: should see a doctor today. routine: everything else, including questions about past events, prevention, medicines or general information.',
  `Reply with JSON only: {"level": ..., "category": one of ${CATEGORIES.join(', ')}, "reason": one short sentence}.`,
].join('\n');

/** Pull the first JSON object out of a model reply (some servers wrap it in prose or code fences). */
export function parseSecondOpinion(text: string): z.infer<typeof Answer> | undefined {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start) return undefined;
  try {
    const parsed = Answer.safeParse(JSON.parse(text.slice(start, end + 1)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export async function triageWithSecondOpinion(
  text: string,
  backend: ChatBackend | null | undefined,
  options: SecondOpinionOptions = {},
): Promise<SecondOpinionResult> {
  const rules = triageDetail(text, options);
  if (!backend || rules.level === 'emergency') return rules;
  const ac = new AbortController();
  const timer = setTimeout(() => ac.abort(), options.timeoutMs ?? 4000);
  const onAbort = () => ac.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const res = await backend.complete(
      {
        messages: [
          { role: 'system', content: SYSTEM },
          { role: 'user', content: text },
        ],
        temperature: 0,
        maxTokens: 160,
        jsonSchema: SECOND_OPINION_SCHEMA,
      },
      ac.signal,
    );
    const answer = parseSecondOpinion(res.text);
    if (!answer) return rules;
    const escalated = RANK[answer.level] > RANK[rules.level];
    const model = { level: answer.level, category: answer.category, reason: answer.reason, escalated };
    if (!escalated) return { ...rules, model };
    const lang = detectLang(text) === 'zh' ? 'zh' : options.locale?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
    const known = RED_FLAG_RULES.find((r) => r.id === answer.category && r.level === 'emergency');
    const pseudo: RedFlagRule = known
      ? { ...known, level: answer.level === 'emergency' ? 'emergency' : 'urgent' }
      : {
          id: 'model-second-opinion',
          level: answer.level === 'emergency' ? 'emergency' : 'urgent',
          title: { zh: '根据你的描述', en: 'based on what you describe' },
          advice: { zh: '', en: '' },
          when: [],
        };
    const level = answer.level;
    return {
      ...rules,
      level,
      reasons: [`model:${answer.category}`],
      message: triageMessage(level, [pseudo], lang, rules.emergencyNumber),
      model,
    };
  } catch {
    return rules;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}
