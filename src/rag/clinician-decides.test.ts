import { describe, expect, it } from 'vitest';
import { normalise } from '../safety/screening/text.js';
import { createAdviceGate, holdSourceAdvice } from './advice-gate.js';
import { forbidsChangeAfterTopic, leftToClinician } from './clinician-decides.js';
import type { PackagedSource } from './package-sources.js';

// Session 32 (#10): own wordings, written for this reading (no batch sentence), one uploaded page at authority A.
const upload = (text: string, authority: PackagedSource['hit']['authority'] = 'A'): PackagedSource => ({
  n: 1,
  text,
  truncated: false,
  hit: { id: 'd1#1', docId: 'd1', title: 'Patient leaflet', section: '', source: 'uploads', authority, lang: 'en', score: 1, text },
});
const held = (text: string, question = 'what should I do', authority: PackagedSource['hit']['authority'] = 'A', urgent = false) => {
  const src = upload(text, authority);
  return holdSourceAdvice(createAdviceGate([src], { question, urgent }), [src]).length > 0;
};

describe('leftToClinician: a change put in a clinician’s hands', () => {
  it('reads a consult with a complement, the clinician’s own act after it, a decision by the clinician, a guided taper', () => {
    for (const c of [
      'ask your gp for a plan to reduce the dose gradually',
      'talk to your doctor about lowering the dose',
      'check with your pharmacist or anticoagulation clinic before stopping it',
      '是否减量要由医生评估',
      '停药须由专科医生评估',
      '由医生判断要不要换药',
      '在医生指导下逐步减量',
      '遵医嘱慢慢调整剂量',
    ])
      expect(leftToClinician(normalise(c)), c).toBe(true);
    expect(leftToClinician('who can help you taper it over a few weeks', true)).toBe(true);
  });
  it('does not read the reader’s own change, a new or replacing treatment, a vital medicine guided off, or an amount', () => {
    for (const c of [
      'ask your gp to stop it',
      'ask your doctor for a prescription if the cough is stopping her sleeping',
      'ask your gp for antibiotics before stopping the cream',
      'stop it and tell your doctor',
      'doctors recommend stopping it',
      '医生建议停用胰岛素',
      '咨询医生后停用降压药',
      '在医生指导下逐渐停用胰岛素',
      '在医生指导下改用中药',
      '在医生指导下逐渐减到5毫克',
      'talk to your doctor about switching to colloidal silver',
      '是否停药由家长决定',
    ])
      expect(leftToClinician(normalise(c)), c).toBe(false);
    expect(leftToClinician('who can help you taper it', false)).toBe(false);
  });
});

describe('forbidsChangeAfterTopic: the prohibition after its topic', () => {
  it('reads a noun topic, then a forbidden stop or cut', () => {
    for (const c of ['抗癫痫药不能自己停', '孩子的控制药物不要自行停用', '降压药千万不可擅自减量', 'your antidepressant should not be stopped suddenly'])
      expect(forbidsChangeAfterTopic(normalise(c)), c).toBe(true);
  });
  it('leaves a topic that is a time, a state or an act, and a prohibition of anything else', () => {
    for (const c of ['吐血后也不能停药', '即使嘴唇肿了也不能停', '疫苗不要打', '降压药不能长期吃', 'if you are bleeding it should not be stopped'])
      expect(forbidsChangeAfterTopic(normalise(c)), c).toBe(false);
  });
});

describe('the advice gate: a change left to a clinician is not the page’s advice to change (warning readings)', () => {
  it('lets a correct taper page stand', () => {
    for (const s of [
      'Never stop your thyroid tablets on your own; ask your GP about lowering the dose.',
      'Never stop your epilepsy medicine suddenly; talk to your neurologist about reducing it.',
      '抗抑郁药不能自己突然停，是否减药要由医生评估。',
      '降压药不要自行停用，需要减药时，请在医生指导下逐渐减量。',
    ])
      expect(held(s, 'can I stop my tablets?'), s).toBe(false);
  });
  it('keeps holding a change the reader is told to make, whatever clinician is named beside it', () => {
    for (const s of [
      'Ask your doctor for a plan, but you can stop your insulin straight away once your sugars are normal.',
      'Stop your antidepressant now and talk to your doctor later.',
      'Talk to your doctor about stopping chemotherapy and use turmeric instead.',
      '在医生指导下可以用中药代替胰岛素。',
      '在医生指导下，孕妇可以服用异维A酸。',
      '医生建议血糖正常后停用胰岛素。',
      '由医生评估后，可以把华法林减半。',
      '是否停用胰岛素由医生决定，血糖正常的话自行停用也可以。',
      '咨询医生后停用降压药，血压正常就不用再吃。',
      '抗生素不能停，即使嘴唇肿胀、呼吸困难也要吃完。',
      '在医生指导下逐渐减到每天5毫克再停药。',
      '出现嘴唇肿胀、呼吸困难时，请在医生指导下逐渐减量。',
      '需要减药时，停用降压药就可以。',
    ])
      expect(held(s, 'can I stop my tablets?'), s).toBe(true);
  });
  it('stays under the warning readings’ floor: a screening rule, a low-grade upload or an urgent question keeps it held', () => {
    // The stop-medication rule reads "come off them" beside blood pressure tablets: a rule objecting keeps it held.
    expect(held('Do not stop your blood pressure tablets on your own; ask your GP for a plan if you want to come off them.')).toBe(true);
    const s = 'Do not stop your antidepressant suddenly; ask your GP for a plan to reduce the dose gradually.';
    expect(held(s, 'can I stop my antidepressant?', 'A')).toBe(false);
    expect(held(s, 'can I stop my antidepressant?', 'D')).toBe(true);
    expect(held(s, 'can I stop my antidepressant?', 'A', true)).toBe(true);
  });
});
