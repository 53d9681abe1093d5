// consultTriage reads the safety layer's triage detail: which emergencies rest on the learned reader alone.
import { describe, expect, it, vi } from 'vitest';

const detail = vi.hoisted(() => ({
  current: {} as Record<string, unknown>,
}));
vi.mock('../safety/triage.js', () => ({ triageDetail: () => detail.current }));

const { consultTriage, nextConsultStep } = await import('./policy.js');

/** A triage detail whose emergency came from the reader alone (p 0.6), with the given presentations. */
const readerEmergency = (presentations: string[], rules: 'routine' | 'urgent' = 'routine', modifiers: string[] = []) => ({
  level: 'emergency',
  reasons: ['model:emergency'],
  message: 'Call the emergency number now.',
  ask: [],
  contributions: {
    rules: { level: rules, reasons: [] },
    model: { level: 'emergency', probs: { emergency: 0.6, urgent: 0.1, routine: 0.3 } },
    safetyNet: { level: null, presentations: [] },
    modifiers,
    presentations,
    suicide: { risk: 'none', components: [] },
  },
});

describe('consultTriage: what grounds an emergency', () => {
  it('a reader emergency with nothing named rests on the reader (its signs level is the rules’)', () => {
    detail.current = readerEmergency([]);
    expect(consultTriage('my feet have been cold at night for weeks', 'en').signsLevel).toBe('routine');
    detail.current = readerEmergency([], 'urgent');
    expect(consultTriage('my feet have been cold at night for weeks', 'en').signsLevel).toBe('urgent');
  });

  it('something swallowed, a fit or a collapse grounds the reader’s emergency: answered at once, no question turn', () => {
    for (const p of ['poisoning', 'seizure', 'collapse']) {
      detail.current = readerEmergency([p]);
      expect(consultTriage('my little one put something in her mouth', 'en').signsLevel).toBe('emergency');
      expect(nextConsultStep([{ role: 'user', content: 'my little one put something in her mouth' }]).action).toBe('answer');
    }
    // Another presentation (a child, a headache) does not.
    detail.current = readerEmergency(['paediatric']);
    expect(consultTriage('my little one has a cough', 'en').signsLevel).toBe('routine');
  });
});

describe('consultTriage: a child, a burn or a pregnancy the rules call urgent', () => {
  const step = (text: string) => nextConsultStep([{ role: 'user', content: text }]);

  it('answers the reader’s emergency at once when the rules say urgent', () => {
    detail.current = readerEmergency(['paediatric'], 'urgent', ['child']);
    expect(step('my 3 year old has had a high fever since this morning').state.reason).toBe('emergency');
    detail.current = readerEmergency(['injury'], 'urgent');
    expect(consultTriage('my toddler pulled a cup of tea over his chest and it blistered', 'en').vulnerable).toBe(true);
    expect(step('I spilled boiling water on my forearm and it blistered').state.reason).toBe('emergency');
    detail.current = readerEmergency(['pregnancy'], 'urgent', ['pregnant']);
    expect(step("I'm 20 weeks pregnant and have had cramps since this morning").state.reason).toBe('emergency');
  });

  it('keeps the one question turn for an adult’s urgent case, and for any case the rules call routine', () => {
    detail.current = readerEmergency([], 'urgent');
    expect(step('my feet have been cold at night for weeks').action).toBe('ask');
    detail.current = readerEmergency(['paediatric'], 'routine', ['child']);
    expect(step('my little one has had a cough for a week').action).toBe('ask');
  });
});
