// A conditional emergency (the unsure learned reader alone) asked its one turn is lowered to same-day care only by a
// clear denial; a yes, a sign told, an unknown, no reply or a grounded re-read keep it (conditional-emergency.ts).
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../models/backend.js';
import { clearlyDenied, conditionalEmergencyDenied, isConditionalEmergency } from './conditional-emergency.js';
import { type ConsultTriage, nextConsultStep } from './policy.js';

const user = (content: string): ChatMessage => ({ role: 'user', content });
const said = (content: string): ChatMessage => ({ role: 'assistant', content });
const conditional: ConsultTriage = { level: 'emergency', reasons: ['model:emergency'], message: 'Call now.', signsLevel: 'routine', readerEmergencyP: 0.7 };
const turn = (reply: string) => [{ asked: ['Any fever or rash?', 'Any trouble breathing?', 'How long?'], reply }];

describe('isConditionalEmergency', () => {
  it('is the unsure reader alone, the rules at routine or at urgent for a case that is not vulnerable', () => {
    expect(isConditionalEmergency(conditional)).toBe(true);
    expect(isConditionalEmergency({ ...conditional, signsLevel: 'urgent' })).toBe(true);
  });
  it('is never a sign or rule emergency, a sure reader, a vulnerable case or a caller triage without p', () => {
    expect(isConditionalEmergency({ ...conditional, signsLevel: 'emergency' })).toBe(false);
    expect(isConditionalEmergency({ ...conditional, readerEmergencyP: 0.93 })).toBe(false);
    expect(isConditionalEmergency({ ...conditional, signsLevel: 'urgent', vulnerable: true })).toBe(false);
    expect(isConditionalEmergency({ level: 'emergency', signsLevel: 'routine' })).toBe(false);
    expect(isConditionalEmergency({ ...conditional, level: 'urgent' })).toBe(false);
  });
});

describe('clearlyDenied', () => {
  it('reads denials in English and Chinese, with descriptions beside them', () => {
    expect(clearlyDenied(turn('No fever, no rash. He is eating and playing as usual, it started on Monday.'))).toBe(true);
    expect(clearlyDenied(turn("she hasn't been sick, doesn't seem in pain, feeding fine"))).toBe(true);
    expect(clearlyDenied(turn('没发烧，也没有起疹子；吃饭睡觉都正常，有两个月了'))).toBe(true);
    expect(clearlyDenied(turn('1、没有 2、没有 3、三天'))).toBe(true);
  });
  it('keeps the call when a reply leaves something unknown', () => {
    expect(clearlyDenied(turn("I'm not sure about that."))).toBe(false);
    expect(clearlyDenied(turn('no fever, no idea about the rash'))).toBe(false);
    expect(clearlyDenied(turn("haven't checked her temperature, no rash"))).toBe(false);
    expect(clearlyDenied(turn('这个我不太清楚。'))).toBe(false);
    expect(clearlyDenied(turn('没起疹子，体温没量'))).toBe(false);
  });
  it('keeps the call on a yes, or a yes to one item of a list', () => {
    expect(clearlyDenied(turn('Yes, a bit, but no fever'))).toBe(false);
    expect(clearlyDenied(turn('1、没有 2、有 3、两天'))).toBe(false);
  });
  it('keeps the call when a reply tells a danger sign present, hedged or not', () => {
    expect(clearlyDenied(turn("no rash but he's really struggling to breathe"))).toBe(false);
    expect(clearlyDenied(turn('没发烧，但是喘不上气'))).toBe(false);
    expect(clearlyDenied(turn('no fever, though I think she is a bit floppy and hard to wake'))).toBe(false);
  });
  it('a reply that denies nothing, or no reply, is no denial', () => {
    expect(clearlyDenied(turn('It started on Monday and she is eating well'))).toBe(false);
    expect(clearlyDenied([])).toBe(false);
  });
});

describe('conditionalEmergencyDenied', () => {
  const denial = turn('No fever, no rash, eating normally');
  const heard = { ...conditional, level: 'urgent' as const };
  it('lowers only an opening the triage marked conditional', () => {
    expect(conditionalEmergencyDenied(conditional, heard, 0, denial)).toBe(true);
    expect(conditionalEmergencyDenied({ ...conditional, signsLevel: 'emergency' }, heard, 0, denial)).toBe(false);
    expect(conditionalEmergencyDenied({ ...conditional, readerEmergencyP: 0.95 }, heard, 0, denial)).toBe(false);
  });
  it('keeps it when the case re-read with the replies is still an emergency on any ground, or a red flag was answered yes', () => {
    expect(conditionalEmergencyDenied(conditional, { ...conditional, signsLevel: 'emergency' }, 0, denial)).toBe(false);
    expect(conditionalEmergencyDenied(conditional, { ...conditional, readerEmergencyP: 0.97 }, 0, denial)).toBe(false);
    // The unsure reader alone still at emergency after the answers: its worry may lie where the questions did not ask.
    expect(conditionalEmergencyDenied(conditional, conditional, 0, denial)).toBe(false);
    expect(conditionalEmergencyDenied(conditional, { ...conditional, level: 'urgent' }, 1, denial)).toBe(false);
    // A re-read fallen to routine is the reader losing the opening among the replies' words, not hearing a denial.
    expect(conditionalEmergencyDenied(conditional, { ...conditional, level: 'routine' }, 0, denial)).toBe(false);
    expect(conditionalEmergencyDenied(conditional, { ...conditional, level: 'urgent' }, 0, denial)).toBe(true);
  });
});

describe('the consultation: a conditional emergency asked once', () => {
  const opening = 'my feet have been cold at night for weeks';
  // The reader hears the answers: the case re-read with a reply is urgent unless the test says otherwise.
  const heardAfter = (x: string): ConsultTriage => (x === opening ? conditional : { ...conditional, level: 'urgent', reasons: ['model:urgent'] });
  const step = (reply: string, triage: (text: string) => ConsultTriage = heardAfter) => {
    const first = nextConsultStep([user(opening)], { triage });
    if (first.action !== 'ask') throw new Error('expected the one question turn');
    return nextConsultStep([user(opening), said(first.text), user(reply)], { triage });
  };
  it('a clear denial the reader heard (re-read urgent) is answered at once as same-day care', () => {
    const s = step('No numbness, no colour change, no pain walking. Just cold.');
    expect(s.action).toBe('answer');
    expect(s.state.reason).toBe('enough-information');
    expect(s.triage.level).toBe('urgent');
    expect(s.triage.reasons).toEqual(['model:urgent', 'consult:conditional-denied']);
    // A re-read fallen to routine keeps the opening's emergency (the floor).
    const routineAfter = step('No numbness, no pain.', (x) => (x === opening ? conditional : { level: 'routine', reasons: [], message: '' }));
    expect(routineAfter.triage.level).toBe('emergency');
  });
  it('an unknown, a yes, or a re-read still an emergency keeps the emergency', () => {
    expect(step('not sure').triage.level).toBe('emergency');
    expect(step('yes').triage.level).toBe('emergency');
    expect(step('No numbness, no pain.', () => conditional).triage.level).toBe('emergency');
    const grounded = (x: string): ConsultTriage => (x === opening ? conditional : { ...conditional, reasons: ['stroke-signs'], signsLevel: 'emergency' });
    expect(step('No numbness, no pain.', grounded).triage.level).toBe('emergency');
  });
});
