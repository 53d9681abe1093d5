import { describe, expect, it } from 'vitest';
import { type DeniedCase, conditionalEmergencyDenied, isConditionalEmergency } from './conditional-emergency.js';
import { nextConsultStep } from './index.js';

const conditional = { level: 'emergency', signsLevel: 'routine', readerEmergencyP: 0.7 } as const;
const base: DeniedCase = {
  opening: conditional,
  now: { level: 'urgent', signsLevel: 'routine', readerEmergencyP: 0.2 },
  affirmed: 0,
  turns: [{ asked: ['Any eye pain, loss of vision, light sensitivity?'], reply: 'no pain, vision fine, no problem with light' }],
  frame: { patientIsOther: false },
  chief: 'floaters in my right eye since this afternoon',
};

describe('a conditional emergency settled by replies that deny what was asked', () => {
  it('marks only the unsure learned reader alone as conditional', () => {
    expect(isConditionalEmergency(conditional)).toBe(true);
    expect(isConditionalEmergency({ ...conditional, readerEmergencyP: 0.95 })).toBe(false);
    expect(isConditionalEmergency({ ...conditional, signsLevel: 'emergency' })).toBe(false);
    expect(isConditionalEmergency({ ...conditional, signsLevel: 'urgent', vulnerable: true })).toBe(false);
  });

  it('lowers one step only: the re-read must be urgent', () => {
    expect(conditionalEmergencyDenied(base)).toBe(true);
    expect(conditionalEmergencyDenied({ ...base, now: { level: 'emergency' } })).toBe(false);
    expect(conditionalEmergencyDenied({ ...base, now: { level: 'routine' } })).toBe(false);
    expect(conditionalEmergencyDenied({ ...base, opening: { level: 'emergency', signsLevel: 'emergency' } })).toBe(false);
  });

  it('keeps a yes, a finding or a baby under three months', () => {
    expect(conditionalEmergencyDenied({ ...base, affirmed: 1 })).toBe(false);
    expect(conditionalEmergencyDenied({ ...base, turns: [{ asked: ['Any fever?'], reply: "No fever. She hasn't weed since yesterday" }] })).toBe(false);
    expect(conditionalEmergencyDenied({ ...base, chief: 'our newborn is 2 weeks old and she has a cold' })).toBe(false);
    expect(conditionalEmergencyDenied({ ...base, chief: "why is my baby's poop GREEN?? she's 7 weeks, breastfed" })).toBe(false);
    expect(conditionalEmergencyDenied({ ...base, chief: 'BB出世六個星期，成日打乞嚏' })).toBe(false);
    expect(conditionalEmergencyDenied({ ...base, chief: '我有头痛两个星期了' })).toBe(true);
    expect(conditionalEmergencyDenied({ ...base, age: 0.1 })).toBe(false);
  });
});

describe('the policy path (a given triage)', () => {
  const triage = (x: string) =>
    /没有|不疼|no /i.test(x.split('\n').slice(1).join('\n'))
      ? { level: 'urgent' as const, reasons: ['model:urgent'], message: '', signsLevel: 'routine' as const, readerEmergencyP: 0.3 }
      : { level: 'emergency' as const, reasons: ['model:emergency'], message: '', signsLevel: 'routine' as const, readerEmergencyP: 0.7 };
  it('answers at once as urgent after a denial of the asked signs, keeps the emergency after a finding', () => {
    const open = '今天下午右眼突然多了好多黑点点 像小蚊子飞 还老是闪一下光 我近视800度';
    const first = nextConsultStep([{ role: 'user', content: open }], { triage });
    expect(first.action).toBe('ask');
    const asked = first.action === 'ask' ? first.text : '';
    const reply = (text: string) =>
      nextConsultStep(
        [
          { role: 'user', content: open },
          { role: 'assistant', content: asked },
          { role: 'user', content: text },
        ],
        { triage },
      );
    const lowered = reply('视力跟平时差不多；不疼不红；没撞过');
    expect(lowered.action).toBe('answer');
    expect(lowered.triage.level).toBe('urgent');
    expect(lowered.triage.reasons).toContain('consult:conditional-denied');
    const kept = reply('没有疼，就是他现在只能坐着，一躺下就憋醒');
    expect(kept.triage.level).toBe('emergency');
  });
});
