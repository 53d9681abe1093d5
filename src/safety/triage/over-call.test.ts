import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { combine } from './combine.js';
import { POLICY } from './train-cli.js';

describe('plain consultations told as long-standing or recurring are not emergencies on the reader alone', () => {
  it.each([
    'For the last few weeks I wake up drenched in sweat most nights. No other problems. Should I get this checked?',
    '我老公打呼噜很响，有时候会停一下不喘气，白天老犯困，这个要看什么科？',
    'My feet keep going numb when I sit cross-legged, it has been like this for months. Is it a nerve thing?',
    '我爸75了，这几个月晚上起夜越来越多，尿也没以前有劲，要不要查前列腺？',
  ])('%s', (text) => {
    const d = triageDetail(text);
    expect(d.level).not.toBe('emergency');
  });
  it('a long history with an acute change today is still read as acute', () => {
    const d = triageDetail('I have had a cough for months but this morning I suddenly coughed up a cup of bright red blood and feel faint');
    expect(d.level).toBe('emergency');
  });
  it('a wish to die that comes back every night is not made "long-standing"', () => {
    const d = triageDetail('every night I lie awake wanting to die, and tonight I took the pills out of the drawer and counted them');
    expect(d.level).toBe('emergency');
    expect(d.message).toContain('988');
  });
});

describe('the reader lowering a rule emergency (combine.ts review)', () => {
  const base = { policy: POLICY, current: true, readable: true, anchored: true, discriminator: true, chronicOnly: false };
  const p = (emergency: number) => ({ emergency, urgent: 0.05, routine: 0.95 - emergency });
  it('only on near-certainty (p(emergency) ≤ 0.20), one step, never on a hard finding', () => {
    expect(POLICY.lowerEmergency).toBe(0.2);
    expect(combine({ ...base, ruleLevel: 'emergency', hard: false, probs: p(0.15) })).toEqual({ level: 'urgent', by: 'model:lower' });
    expect(combine({ ...base, ruleLevel: 'emergency', hard: false, probs: p(0.27) }).level).toBe('emergency');
    expect(combine({ ...base, ruleLevel: 'emergency', hard: true, probs: p(0.0) }).level).toBe('emergency');
  });
});
