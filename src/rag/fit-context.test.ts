// Prompts fitted to the backend's context window, over real MedQuAD passages: measured with the real tokenizer,
// sources trimmed to fit, the evidence when not even one source fits, a typed error only for a question that alone
// exceeds the window.
import { describe, expect, it } from 'vitest';
import { isQuarkError } from '../core/errors.js';
import type { Triage } from '../safety/types.js';
import { medquadHits, memoryRetriever } from '../../test/helpers/rag-memory-retriever.js';
import { scriptedBackend } from '../../test/helpers/scripted-backend.js';
import { answerQuestion } from './answer-question.js';
import { answerRoom, chatPromptTokens } from './fit-context.js';
import type { AnswerOptions } from './options.js';

const ROUTINE: Triage = { level: 'routine', reasons: [], message: '' };
const hits = medquadHits(['4_MPlus_Health_Topics_QA/0000267.xml', '4_MPlus_Health_Topics_QA/0000001.xml']);
const QUESTION = 'What are the symptoms of diabetes and how is it treated?';
const options = (contextTokens: number | undefined, extra: Partial<AnswerOptions> = {}) => {
  const backend = scriptedBackend({ answer: () => 'Diabetes causes thirst and frequent urination [1].', contextTokens });
  const o: AnswerOptions = {
    retriever: memoryRetriever(hits),
    triage: () => ROUTINE,
    terminology: null,
    principles: '',
    secondOpinion: false,
    relevance: 'lexical',
    complianceCheck: false,
    backend,
    ...extra,
  };
  return { o, backend };
};
const answerPrompt = (backend: ReturnType<typeof scriptedBackend>) => backend.requests.find((r) => !r.jsonSchema)!;

describe('prompts fitted to the model context', () => {
  it('leaves the prompt alone when the backend states no window', async () => {
    const { o, backend } = options(undefined);
    const r = await answerQuestion(QUESTION, o);
    expect(r.mode).toBe('generated');
    expect(r.warnings.map((w) => w.code)).not.toContain('sources-trimmed-to-context');
    expect(chatPromptTokens(answerPrompt(backend).messages)).toBeGreaterThan(600);
  });

  it('trims sources by real token count to fit a small window, keeping room for the answer', async () => {
    const { o, backend } = options(700);
    const r = await answerQuestion(QUESTION, o);
    expect(r.mode).toBe('generated');
    const trimmed = r.warnings.find((w) => w.code === 'sources-trimmed-to-context');
    expect(trimmed?.details).toMatchObject({ contextTokens: 700 });
    const req = answerPrompt(backend);
    const prompt = chatPromptTokens(req.messages);
    expect(prompt + answerRoom(700, 800)).toBeLessThanOrEqual(700);
    expect(prompt + (req.maxTokens ?? 0)).toBeLessThanOrEqual(700);
    expect(req.messages.at(-1)?.content).toContain('<source n="1"');
    expect(r.citations.length).toBeGreaterThan(0);
  });

  it('answers with the evidence when the instructions and question leave no room for a source', async () => {
    const { o, backend } = options(256);
    const r = await answerQuestion(QUESTION, o);
    expect(r.mode).toBe('evidence');
    expect(r.warnings.map((w) => w.code)).toContain('model-context-too-small');
    expect(backend.requests.filter((q) => !q.jsonSchema)).toEqual([]);
    expect(r.answer).toMatch(/diabetes/i);
  });

  it('fails with a typed error only when the question alone exceeds the window', async () => {
    const { o } = options(256, { maxQuestionChars: 10_000 });
    const long = `${'Please explain in detail every known complication of long-standing type 2 diabetes. '.repeat(40)}What should I do?`;
    const err = await answerQuestion(long, o).catch((e: unknown) => e);
    expect(isQuarkError(err) && err.code).toBe('RAG_PROMPT_EXCEEDS_CONTEXT');
    expect((err as Error).message).toMatch(/tokens but scripted holds 256/);
  });
});
