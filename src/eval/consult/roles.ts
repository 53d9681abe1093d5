// The two simulated parties of a consultation benchmark besides the assistant: a patient who reveals a fact only
// when asked, and a judge who checks each rubric criterion. Each has a scripted (no model) and a model version;
// the scripted ones make the whole loop testable and the no-model figures reproducible.
import type { ChatBackend, ChatMessage } from '../../models/backend.js';
import type { ConsultCase, RubricCriterion } from './cases.js';

export interface Patient {
  reply(question: string, c: ConsultCase): Promise<string>;
}

export interface Judge {
  /** Is the criterion met by this dialogue? null: the judge gave no verdict (the criterion leaves the score). */
  met(criterion: RubricCriterion, transcript: readonly ChatMessage[], c: ConsultCase): Promise<boolean | null>;
}

/** Fact topics are '|'-separated keywords ("fever|发烧|体温"); a fact is told when the question names one. */
export function factsAskedFor(question: string, c: ConsultCase): string[] {
  const q = question.toLowerCase();
  return Object.entries(c.facts)
    .filter(([topic]) => topic.split('|').some((k) => k.trim() && q.includes(k.trim().toLowerCase())))
    .map(([, answer]) => answer);
}

export const scriptedPatient: Patient = {
  async reply(question, c) {
    const told = factsAskedFor(question, c);
    if (told.length) return told.join(c.lang === 'zh' ? '；' : '. ');
    return c.lang === 'zh' ? '这个我不太清楚。' : "I'm not sure about that.";
  },
};

const text = async (backend: ChatBackend, messages: ChatMessage[], maxTokens: number): Promise<string> =>
  (await backend.complete({ messages, temperature: 0, maxTokens })).text.trim();

export function modelPatient(backend: ChatBackend): Patient {
  return {
    async reply(question, c) {
      const facts = Object.entries(c.facts)
        .map(([k, v]) => `- ${k.split('|')[0]}: ${v}`)
        .join('\n');
      const system =
        c.lang === 'zh'
          ? `你在扮演一位患者（或家属），第一句话是：「${c.opening}」。你知道以下情况：\n${facts}\n只回答医生问到的内容，不主动透露没被问到的事实；不知道就说不清楚。回答简短、口语化。`
          : `You are role-playing a patient (or relative) whose first message was: "${c.opening}". You know these facts:\n${facts}\nAnswer only what the clinician asks; never volunteer facts you were not asked about; say you don't know otherwise. Keep it short and colloquial.`;
      return text(
        backend,
        [
          { role: 'system', content: system },
          { role: 'user', content: question },
        ],
        200,
      );
    },
  };
}

/**
 * The judge's verdict from its output: the JSON object's boolean "met" (a fenced or prefixed object is read too).
 * Anything else — no object, "met" missing or not a boolean, two contradicting objects — is no verdict: a judge that
 * did not answer must not count as "not met", which would score every negative criterion as passed.
 */
export function judgeVerdict(text: string): boolean | null {
  const verdicts = [...text.matchAll(/\{[^{}]*\}/g)].flatMap((m) => {
    try {
      const v = (JSON.parse(m[0]) as { met?: unknown }).met;
      return typeof v === 'boolean' ? [v] : [];
    } catch {
      return [];
    }
  });
  return verdicts.length > 0 && verdicts.every((v) => v === verdicts[0]) ? verdicts[0] : null;
}

export function modelJudge(backend: ChatBackend): Judge {
  return {
    async met(criterion, transcript, c) {
      const dialogue = transcript.map((m) => `${m.role === 'user' ? 'PATIENT' : 'ASSISTANT'}: ${m.content}`).join('\n\n');
      const out = await backend.complete({
        messages: [
          { role: 'system', content: 'You grade a medical consultation against one rubric criterion. Output only JSON: {"met": true|false}.' },
          {
            role: 'user',
            content: `Case: ${c.opening}\nRight disposition: ${c.disposition}\n\nDialogue:\n${dialogue}\n\nCriterion: ${criterion.criterion}\nIs the criterion met by the ASSISTANT's turns?`,
          },
        ],
        temperature: 0,
        maxTokens: 20,
        jsonSchema: { type: 'object', properties: { met: { type: 'boolean' } }, required: ['met'] },
      });
      return judgeVerdict(out.text);
    },
  };
}
