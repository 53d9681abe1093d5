// Flag plumbing only (the pipeline behaviour is tested in src/rag/redact-prompts.test.ts): the model and knowledge
// base are replaced so the options `ask` hands to streamAnswer can be read directly.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnswerOptions } from '../../rag/options.js';
import { runInProcess } from '../../../test/helpers/run-cli.js';

const seen: AnswerOptions[] = [];

vi.mock('../answer-session.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../answer-session.js')>()),
  withAnswerContext: async (_flags: unknown, fn: (ctx: unknown, signal: AbortSignal) => Promise<void>) =>
    fn({ kb: {}, backend: null }, new AbortController().signal),
  streamAnswerText: async () => undefined,
}));
vi.mock('../../rag/answer-question.js', () => ({
  streamAnswer: (_q: string, options: AnswerOptions) => {
    seen.push(options);
    return (async function* empty() {})();
  },
}));

const { register } = await import('./ask.js');

describe('quarkmed ask --no-redact-prompts', () => {
  beforeEach(() => void (seen.length = 0));

  it('leaves redaction to the pipeline default unless turned off', async () => {
    await runInProcess(register, ['ask', 'call me at 13812345678']);
    expect(seen[0]?.redactPrompts).toBeUndefined();
    await runInProcess(register, ['ask', '--no-redact-prompts', 'call me at 13812345678']);
    expect(seen[1]?.redactPrompts).toBe(false);
  });
});
