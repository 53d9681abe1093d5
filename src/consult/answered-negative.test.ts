// The answers as answers (answered-negative.ts): every red-flag question denied in the patient's own words, nothing
// told, nothing unsure, nobody else's words. The reader only says whether the answers are all clear noes; the policy
// decides where that may lower (a level the learned reader alone reached, urgent → routine).
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../models/backend.js';
import { ANSWERED_NEGATIVE_REASON, answeredAllNegative } from './answered-negative.js';
import { type ConsultTriage, nextConsultStep } from './policy.js';
import type { CaseFacts } from './types.js';

const FEVER_Q = { en: 'Any fever, headache, light hurting the eyes, a rash or confusion?', zh: '有没有发烧、头痛、怕光、皮疹或意识不清？' };
const BREATH_Q = { en: 'Any chest pain or breathlessness, or dizziness or fainting?', zh: '有没有胸痛、气短，或头晕、晕倒？' };
const HOW_LONG = { en: 'How long has this been going on?', zh: '这种情况持续多久了？' };

const read = (asked: string[], reply: string, facts: Pick<CaseFacts, 'age' | 'pregnant'> = {}) =>
  answeredAllNegative({ opening: 'my throat is sore', turns: [{ asked, reply }], facts });

describe('all red flags answered no', () => {
  it.each([
    [[FEVER_Q.en, BREATH_Q.en], 'no fever, no headache. no chest pain, not breathless'],
    [[FEVER_Q.en, BREATH_Q.en], 'None of those'],
    [[FEVER_Q.en, HOW_LONG.en], 'no fever or rash. about 3 days'],
    [[FEVER_Q.zh, BREATH_Q.zh], '不发烧，没有皮疹；不胸痛，也不头晕'],
    [[FEVER_Q.zh, BREATH_Q.zh], '都没有'],
  ])('%j ← %s', (asked, reply) => expect(read(asked, reply)).toBe(true));
});

describe('anything else keeps the level (fails closed)', () => {
  it.each([
    // a question left unanswered
    [[FEVER_Q.en, BREATH_Q.en], 'no fever'],
    // an asked sign told present, or partly
    [[FEVER_Q.en, BREATH_Q.en], 'no fever, but a bit breathless on the stairs'],
    [[FEVER_Q.en, BREATH_Q.en], 'no rash. chest pain on and off'],
    // unsure, a guess
    [[FEVER_Q.en, BREATH_Q.en], 'not sure about fever, no chest pain'],
    [[FEVER_Q.en, BREATH_Q.en], "I'm not sure about that."],
    [[FEVER_Q.en, BREATH_Q.en], 'maybe a temperature, no chest pain'],
    // another person's words
    [[FEVER_Q.en, BREATH_Q.en], 'my wife says no fever, no chest pain'],
    [[FEVER_Q.zh, BREATH_Q.zh], '不清楚有没有发烧，不胸痛'],
    [[FEVER_Q.zh, BREATH_Q.zh], '好像没发烧，不胸痛'],
    [[FEVER_Q.zh, BREATH_Q.zh], '我老婆说没发烧，不胸痛'],
    [[FEVER_Q.zh, BREATH_Q.zh], '不发烧；有点胸痛'],
    // no red-flag question asked at all
    [[HOW_LONG.en], 'no, about 3 days'],
  ])('%j ← %s', (asked, reply) => expect(read(asked, reply)).toBe(false));

  it('a baby or a pregnancy is never read', () => {
    expect(read([FEVER_Q.en], 'no fever, no rash, no headache', { age: 0.5 })).toBe(false);
    expect(read([FEVER_Q.en], 'no fever, no rash, no headache', { pregnant: true })).toBe(false);
  });
  it('a parent answering for the child the opening named is the patient’s answer; a new person is not', () => {
    const turns = (reply: string) => [{ asked: [FEVER_Q.en], reply }];
    expect(answeredAllNegative({ opening: 'my son (6) has a cough', turns: turns('my son has no fever, no rash, no headache'), facts: {} })).toBe(true);
    expect(answeredAllNegative({ opening: 'I have a cough', turns: turns('my son has no fever, no rash, no headache'), facts: {} })).toBe(false);
  });
  it('every turn must answer: a later turn unanswered keeps it', () => {
    expect(
      answeredAllNegative({
        opening: 'my throat is sore',
        turns: [
          { asked: [FEVER_Q.en], reply: 'no fever, no rash' },
          { asked: [BREATH_Q.en], reply: 'noticed it 5 days ago' },
        ],
        facts: {},
      }),
    ).toBe(false);
  });
});

describe('the policy lowers only when asked to, only a reader-only urgent', () => {
  const stub = (level: ConsultTriage['level'], signsLevel: ConsultTriage['level']) => (): ConsultTriage => ({
    level,
    signsLevel,
    reasons: [`model:${level}`],
    message: '',
  });
  const run = (triage: () => ConsultTriage, reply: string, answeredLowering?: boolean) => {
    const opening = 'my throat is sore since yesterday';
    const first = nextConsultStep([{ role: 'user', content: opening }], { triage, maxTurns: 1 });
    if (first.action !== 'ask') throw new Error('expected a question turn');
    const more: ChatMessage[] = [
      { role: 'assistant', content: first.text },
      { role: 'user', content: reply },
    ];
    return nextConsultStep([{ role: 'user', content: opening }, ...more], { triage, maxTurns: 1, answeredLowering });
  };
  it('opt-in: a reader-only urgent answered "none of those" is routine, tagged', () => {
    const s = run(stub('urgent', 'routine'), 'None of those', true);
    expect(s.triage.level).toBe('routine');
    expect(s.triage.reasons).toContain(ANSWERED_NEGATIVE_REASON);
  });
  it('off by default', () => expect(run(stub('urgent', 'routine'), 'None of those').triage.level).toBe('urgent'));
  it('a rule-grounded urgent or an unsure answer stays', () => {
    expect(run(stub('urgent', 'urgent'), 'None of those', true).triage.level).toBe('urgent');
    expect(run(stub('urgent', 'routine'), "I'm not sure about that.", true).triage.level).toBe('urgent');
  });
});
