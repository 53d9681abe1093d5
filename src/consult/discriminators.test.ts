import { describe, expect, it } from 'vitest';
import { dangerSignQuestion, patientGroup, presentationKind } from './discriminators.js';
import { readFacts } from './facts.js';

describe('generic discriminators of the presentation', () => {
  it('asks an adult about onset and the systemic danger signs, in the patient language', () => {
    const zh = dangerSignQuestion('adult', 'zh', []);
    expect(zh).toMatch(/^有没有突然发作，或伴有发烧、体重下降、出血/);
    expect(zh).toMatch(/头晕晕倒？$/);
    const en = dangerSignQuestion('adult', 'en', []);
    expect(en).toMatch(/^Did it come on suddenly, or with any fever, weight loss, bleeding/);
    expect(en).toMatch(/, or dizziness or fainting\?$/);
  });

  it('leaves out what the chosen questions already name, and gives up when under two signs are left', () => {
    const q = dangerSignQuestion('adult', 'en', ['Any fever or chills?', 'Any chest pain or shortness of breath?']);
    expect(q).not.toMatch(/fever|chest/);
    expect(q).toMatch(/weight loss/);
    const all = ['突然发作吗？', '有没有发烧、体重下降？', '有没有便血或黑便？', '胸痛气短吗？'];
    expect(dangerSignQuestion('adult', 'zh', all)).toBeUndefined();
  });

  it('asks a child about drowsiness, drinking and breathing, and a pregnancy about bleeding and movements', () => {
    expect(dangerSignQuestion('child', 'zh', [])).toMatch(/精神差、很难叫醒.*不吃不喝、尿少/);
    expect(dangerSignQuestion('infant', 'en', [])).toMatch(/feeding less or fewer wet nappies/);
    const p = dangerSignQuestion('pregnant', 'en', []);
    expect(p).toMatch(/^Any vaginal bleeding/);
    expect(p).toMatch(/fewer baby movements/);
    expect(dangerSignQuestion('older', 'en', [])).toMatch(/confusion or falls/);
  });

  it("a child's development or behaviour is asked its own red flags, a low mood self-harm", () => {
    expect(presentationKind('我家老二三岁了，说话比别的孩子少很多', 'child')).toBe('development');
    expect(dangerSignQuestion('child', 'zh', [], 'development')).toMatch(/不会了.*听力/);
    expect(presentationKind('my son is 9 and his teacher says he cannot concentrate', 'child')).toBe('development');
    expect(presentationKind('my son is 9 and has had a cough for a week', 'child')).toBe('body');
    expect(presentationKind('been feeling low and not sleeping', 'adult')).toBe('mind');
    expect(dangerSignQuestion('adult', 'en', [], 'mind')).toMatch(/^Any thoughts of wanting to harm yourself/);
  });

  it('reads the group from the facts before the opening', () => {
    expect(patientGroup(readFacts('我孕28周了，脚肿'), { pregnant: false, child: false })).toBe('pregnant');
    expect(patientGroup(readFacts("I'm 31 weeks and my hands are puffy"), { pregnant: false, child: false })).toBe('pregnant');
    expect(patientGroup(readFacts('我爸78岁，最近总咳嗽'), { pregnant: false, child: false })).toBe('older');
    expect(patientGroup(readFacts('孩子咳嗽三天'), { pregnant: false, child: true })).toBe('child');
    expect(patientGroup(readFacts('宝宝8个月，拉肚子'), { pregnant: false, child: true })).toBe('infant');
    expect(patientGroup(readFacts('my 15-year-old son has a sore knee'), { pregnant: false, child: true })).toBe('adult');
  });
});
