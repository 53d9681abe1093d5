// Disposition after asking: a reader-only emergency the answers did not confirm is same-day care; anything told that a
// rule reads, or a yes, keeps the emergency.
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../models/backend.js';
import { type ConsultTriage, consultTriage, nextConsultStep } from './policy.js';
import { afterAsking } from './unconfirmed-emergency.js';

const readerOnly: ConsultTriage = {
  level: 'emergency',
  reasons: ['model:emergency'],
  message: '⚠️ This may be a medical emergency',
  signsLevel: 'routine',
  readerEmergencyP: 0.8,
  emergencyNumber: '999',
};

describe('afterAsking', () => {
  it('lowers an unconfirmed reader-only emergency to urgent, saying why and with the locale’s number', () => {
    const t = afterAsking(readerOnly, 'en', 1, 0);
    expect(t.level).toBe('urgent');
    expect(t.reasons).toContain('model:unconfirmed-after-asking');
    expect(t.message).toMatch(/need a doctor today.*none of the emergency signs asked about.*call 999/);
    expect(afterAsking(readerOnly, 'zh', 1, 0).message).toMatch(/今天就看医生.*急症信号.*999/);
  });

  it('keeps the emergency before any question, after a yes, when a sign grounds it, or for a caller’s own triage', () => {
    expect(afterAsking(readerOnly, 'en', 0, 0).level).toBe('emergency');
    expect(afterAsking(readerOnly, 'en', 1, 1).level).toBe('emergency');
    expect(afterAsking({ ...readerOnly, signsLevel: 'emergency' }, 'en', 1, 0).level).toBe('emergency');
    expect(afterAsking({ ...readerOnly, signsLevel: undefined }, 'en', 1, 0).level).toBe('emergency');
    expect(afterAsking({ ...readerOnly, emergencyNumber: undefined }, 'en', 1, 0).level).toBe('emergency');
  });
});

describe('nextConsultStep: the answers decide the disposition', () => {
  const opening = 'my son is 5 and has vomited two times since breakfast. what can I give him?';
  // The reader's emergency on every text, whatever the answers say: only what the patient answered can move it.
  const triage = (): ConsultTriage => readerOnly;
  const afterReply = (reply: string) => {
    const first = nextConsultStep([{ role: 'user', content: opening }], { triage });
    expect(first.action).toBe('ask'); // a reader-only emergency below READER_SURE gets one question turn
    if (first.action !== 'ask') throw new Error('expected a question turn');
    const msgs: ChatMessage[] = [
      { role: 'user', content: opening },
      { role: 'assistant', content: first.text },
      { role: 'user', content: reply },
    ];
    return nextConsultStep(msgs, { triage, maxTurns: 1 });
  };

  it('denials of every sign asked: same-day care', () => {
    const step = afterReply('He kept a little water down and has had a wee. No blood, no headache, no rash.');
    expect(step.action === 'answer' && step.triage.level).toBe('urgent');
  });

  it('a bare yes to the turn, or a sentence opening with yes, keeps the emergency', () => {
    for (const reply of ['Yes', 'He has had a wee. Yes, the second one.']) {
      const step = afterReply(reply);
      expect(step.action === 'answer' && step.triage.level).toBe('emergency');
    }
  });

  it('with the real triage, a danger sign told in the answer is an emergency by its rule', () => {
    const msgs: ChatMessage[] = [{ role: 'user', content: opening }];
    const first = nextConsultStep(msgs);
    if (first.action !== 'ask') return expect(first.triage.level).toBe('emergency');
    msgs.push(
      { role: 'assistant', content: first.text },
      { role: 'user', content: 'He is floppy and hard to wake and has a rash that does not fade under a glass' },
    );
    const step = nextConsultStep(msgs, { maxTurns: 1 });
    expect(step.action === 'answer' && step.triage.level).toBe('emergency');
    expect(consultTriage(`${opening}\nHe is floppy and hard to wake`, 'en').signsLevel).toBe('emergency');
  });
});
