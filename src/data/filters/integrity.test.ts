import { describe, expect, it } from 'vitest';
import { countClauseEnds, endChance } from './clause-ends.js';
import { integrityOptions, integrityVerdict, templateSlots } from './integrity.js';

const o = integrityOptions.parse({});

// A tiny clause-end model from sentences written for this test: 检 is always followed by 查, 康 ends clauses.
const ends = countClauseEnds(Array.from({ length: 20 }, (_, i) => `第${i}位患者需要检查血常规，注意身体健康。建议复查肝功能，祝您健康。`));

describe('integrity', () => {
  it('finds unfilled template slots, not one bracketed mark or a reference letter', () => {
    expect(templateSlots('Apply [MEDICATION_NAME] [DOSE] for {{DURATION}} days. <insert advice here>')).toHaveLength(4);
    expect(integrityVerdict('Dr. [DOCTOR_NAME] thinks it is {{DIAGNOSIS}} and you should rest for a few days at home.', o)).toBe('template_slots');
    expect(integrityVerdict('Ask [NAME] at the clinic; see figure [A] and table [B12] for the usual doses in adults.', o)).toBeNull();
  });

  it('reads a looped answer: one sentence three times, or repeats holding a third of the text', () => {
    const s = '根据您的描述，首先考虑良性阵发性位置性眩晕。';
    expect(integrityVerdict(`${s}\n\n${s}建议到耳鼻喉科就诊。\n\n${s}`, o)).toBe('looped');
    expect(integrityVerdict(`${s}建议到耳鼻喉科就诊，确诊后可以手法复位。平时注意休息。`, o)).toBeNull();
  });

  it('reads an English answer stopped mid-sentence, not a short reply or a sign-off line', () => {
    const body = 'Omeprazole 20 mg once a day before breakfast for four weeks usually settles reflux symptoms well.';
    expect(integrityVerdict(`${body}\nIf you notice black stools or vomit blood you should go to the emergency`, o)).toBe('cut_off');
    expect(integrityVerdict(`${body}\nRegards\nDr. Lee`, o)).toBeNull();
    expect(integrityVerdict('Yes, twice a day', o)).toBeNull();
  });

  it('reads a Chinese answer cut inside a word by the clause-end model, and only with one', () => {
    const opening = '您好，根据您的描述，饭后上腹部烧灼感两周，伴有反酸，';
    const cut = opening + '您好，根据您的描述，反酸烧心考虑反流性食管炎，建议饮食清淡，少食多餐，睡前三小时不要进食，到消化内科做详细检';
    const whole = opening + '您好，根据您的描述，反酸烧心考虑反流性食管炎，建议饮食清淡，少食多餐，睡前三小时不要进食，祝您身体健康';
    expect(endChance(ends, cut)).toBeLessThan(o.minEndChance);
    expect(integrityVerdict(cut, o, ends)).toBe('cut_off');
    expect(integrityVerdict(whole, o, ends)).toBeNull();
    expect(integrityVerdict(cut, o)).toBeNull();
  });
});
