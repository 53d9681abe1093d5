// Open-ended verifiable answers (HuatuoGPT-o1 style): a judge model compares the response's final answer with
// the reference and answers yes/no with reasons. Pure prompt building and parsing; the call happens elsewhere.
import type { ChatMessage } from '../../models/backend.js';
import { visibleAnswer } from './extract.js';
import { verdictScore } from './verdict.js';
import type { Score } from './types.js';

export interface OpenAnswerReference {
  answer: string;
  question?: string;
}

/** The part of the response the judge reads: the visible answer's last 2,000 characters. */
export function finalAnswerText(response: string): string | null {
  const v = visibleAnswer(response);
  if (v === null) return null;
  const t = v.trim();
  return t.length > 2000 ? t.slice(t.length - 2000) : t;
}

export function openAnswerPrompt(answerText: string, ref: OpenAnswerReference): ChatMessage[] {
  return [
    {
      role: 'system',
      content:
        'You are a strict medical answer verifier. Decide whether the model response reaches the same conclusion as the reference answer. ' +
        'Synonyms, more specific correct terms and equivalent phrasing count as correct; hedging between several answers, a different diagnosis or drug, or no answer counts as incorrect. ' +
        'Reply with JSON only: {"correct": true|false, "reason": "<one sentence>"}.',
    },
    {
      role: 'user',
      content: `${ref.question ? `<Question>\n${ref.question}\n</Question>\n` : ''}<Model Response>\n${answerText}\n</Model Response>\n<Reference Answer>\n${ref.answer}\n</Reference Answer>`,
    },
  ];
}

export const parseOpenAnswer = (reply: string): Score => verdictScore(reply);

export interface DiagnosisJudgeInput {
  candidate: string;
  goldName: string;
  goldCode?: string;
}

/** Model fallback for diagnoses the ICD index could not map: synonyms and hierarchy. */
export function diagnosisJudgePrompt(input: DiagnosisJudgeInput): ChatMessage[] {
  return [
    {
      role: 'system',
      content:
        'You compare two diagnoses. Reply with JSON only: {"relation": "same"|"narrower"|"broader"|"different", "reason": "<one sentence>"}. ' +
        '"same": synonyms or the same disease; "narrower": the candidate is a more specific form of the reference; "broader": the candidate is a more general category containing the reference; otherwise "different".',
    },
    { role: 'user', content: `Candidate: ${input.candidate}\nReference: ${input.goldName}${input.goldCode ? ` (ICD-10 ${input.goldCode})` : ''}` },
  ];
}

const RELATION_CREDIT: Record<string, number> = { same: 1, narrower: 0.75, broader: 0.5, different: 0 };

export function parseDiagnosisJudge(reply: string): Score {
  const m = /"?relation"?\s*[:：]\s*"?(same|narrower|broader|different)/i.exec(reply) ?? /\b(same|narrower|broader|different)\b/i.exec(reply);
  if (!m) return { score: 0, reason: 'judge-unreadable', acc: false };
  const rel = m[1].toLowerCase();
  return { score: RELATION_CREDIT[rel], reason: `judge:${rel}`, acc: rel === 'same' };
}
