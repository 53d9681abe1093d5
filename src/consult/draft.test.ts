import { describe, expect, it } from 'vitest';
import { scriptedBackend } from '../../test/helpers/scripted-backend.js';
import type { ChatBackend } from '../models/backend.js';
import { draftQuestionTurn, redFlagTerms, validateDraft } from './draft.js';
import { nextConsultStep } from './policy.js';
import type { ConsultQuestion } from './types.js';

const rule: ConsultQuestion[] = [
  { text: 'Any sudden loss of hearing or a blocked feeling in the ear?', quickReplies: ['Yes', 'No'], kind: 'red-flag' },
  { text: 'Is it in one ear or both? Does it pulse in time with your heartbeat?', quickReplies: [], kind: 'red-flag' },
  { text: 'How long has this been going on?', quickReplies: [], kind: 'basic' },
];
const json = (qs: string[]) => JSON.stringify({ questions: qs.map((text) => ({ text, quickReplies: ['Yes', 'No'] })) });

describe('model-drafted question turns are validated against the red flags', () => {
  it('splits a question into its red-flag terms', () => {
    expect(redFlagTerms('有没有吐血、黑便或头晕？')).toEqual(['吐血', '黑便', '头晕']);
  });
  it('keeps a reworded turn that names the same red flags, first one first', () => {
    const v = validateDraft(json(['Have you suddenly lost hearing in that ear?', 'Does the noise pulse in time with your heartbeat?']), rule, 'en');
    expect(v.kept).toBe(true);
  });
  it('rejects bad JSON, another language, a dropped leading red flag, or an off-topic question', () => {
    expect(validateDraft('Sure! Here are some questions', rule, 'en')).toMatchObject({ kept: false, why: 'not JSON' });
    expect(validateDraft(json(['突然听不见了吗？']), rule, 'en')).toMatchObject({ kept: false, why: 'wrong language' });
    expect(validateDraft(json(['Does it pulse in time with your heartbeat?']), rule, 'en')).toMatchObject({ kept: false });
    expect(validateDraft(json(['Any sudden loss of hearing?', 'What is your favourite food?']), rule, 'en')).toMatchObject({ kept: false });
  });
});

describe('draftQuestionTurn', () => {
  // A model that only answers JSON-schema calls (the drafted question turn); any other call fails the test.
  const backend = (reply: string | (() => Promise<string>)): ChatBackend =>
    scriptedBackend({
      answer: () => {
        throw new Error('expected a JSON-schema call');
      },
      judge: () => (typeof reply === 'string' ? reply : reply()),
    });
  const step = nextConsultStep([{ role: 'user', content: 'my ears keep ringing' }]);
  if (step.action !== 'ask') throw new Error('expected a question turn');

  it('uses a valid draft and renders it as a question turn', async () => {
    const first = step.questions[0]?.text ?? '';
    const r = await draftQuestionTurn(step, backend(json([first.replace(/^Any /, 'Have you had any ')])), { timeoutMs: 500 });
    expect(r.drafted).toBe(true);
    expect(r.step.text).toMatch(/^To give you safer advice/);
  });
  it("keeps the turn's fixed emergency advice before the drafted questions (type 1 sick-day rule, review s22)", async () => {
    const sick = nextConsultStep([{ role: 'user', content: "I've got a stomach bug, throwing up since last night. I'm type 1." }]);
    if (sick.action !== 'ask' || !sick.lead) throw new Error('expected a question turn that opens with the emergency advice');
    const first = sick.questions[0]?.text ?? '';
    const r = await draftQuestionTurn(sick, backend(json([first])), { timeoutMs: 500 });
    expect(r.drafted).toBe(true);
    expect(r.step.text).toContain(sick.lead);
    expect(r.step.text.indexOf(sick.lead)).toBeLessThan(r.step.text.indexOf('1. '));
  });
  it('keeps the rule turn on an invalid draft or a timeout', async () => {
    expect((await draftQuestionTurn(step, backend('{"questions":[]}'), { timeoutMs: 500 })).step).toBe(step);
    const slow = await draftQuestionTurn(
      step,
      backend(() => new Promise(() => {})),
      { timeoutMs: 20 },
    );
    expect(slow).toMatchObject({ drafted: false, why: 'timeout' });
  });
});
