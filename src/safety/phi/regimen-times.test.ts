import { describe, expect, it } from 'vitest';
import { redactPhi } from './index.js';

const red = (t: string) => redactPhi(t).text;

describe('regimen times are clinical content, not date elements (review s18 S10)', () => {
  it('keeps dosing times in a dated record', () => {
    expect(red('DOB 14/02/1951. Take metformin at 08:00 and 20:00 with food.')).toContain('at 08:00 and 20:00');
    expect(red('Admitted 3 March 2024. BP 168/94 at 07:30, enoxaparin 40 mg at 18:00.')).toContain('enoxaparin 40 mg at 18:00');
    expect(red('华法林 2.5 mg 每晚 20:00 口服，出生日期1950年5月6日。')).toContain('每晚 20:00');
    expect(red('Insulin glargine 18 units at 21:00 nightly; seen 2024-05-17 by the DSN.')).toContain('21:00 nightly');
  });
  it('still redacts a time that is an element of a dated event, and an entry stamp of a dated record', () => {
    expect(red('Discharged 12/01/2023 at 14:30 to home, on aspirin 75 mg daily.')).not.toContain('14:30');
    expect(red('2024-03-02 病程记录\n09:10 患者服用阿司匹林100mg后诉胃部不适。')).not.toContain('09:10');
  });
  it('reads shorthand durations after "in" and a symptom word', () => {
    expect(red('Admitted 3 March 2024. Review in 3/12. Symptoms 3/7.')).toContain('Review in 3/12. Symptoms 3/7.');
  });
});

describe('a regimen time is the time of the dose in its own clause; an event time stays redacted (review s19 D2/D3)', () => {
  it('redacts the times of clauses that give no medicine, after a dose clause', () => {
    const out = red('Patient admitted 04/02/2025. Cardiac arrest; adrenaline 1 mg given at 03:15, ROSC at 03:24, transferred to ICU at 04:00.');
    expect(out).toContain('adrenaline 1 mg given at 03:15');
    expect(out).not.toContain('03:24');
    expect(out).not.toContain('04:00');
    expect(red('DOB 02/05/1958. Chest pain started at 14:30, pain 8/10.')).not.toContain('14:30');
    expect(red('DOB 1/1/1950. Had a fall at 02:00 after taking his tablets.')).not.toContain('02:00');
    expect(red('DOB 1/1/1950. Seen in clinic at 10:30, metformin 500 mg bd continued.')).not.toContain('10:30');
  });
  it('redacts a time tied to a day word of its own in a dated record', () => {
    expect(red('患者2025年2月3日入院，当晚21:30予吗啡5mg皮下注射后转入ICU。')).not.toContain('21:30');
    expect(red('Admitted 04/02/2025. That night morphine 5 mg given at 23:10.')).not.toContain('23:10');
    expect(red('出生日期：1958年5月2日。下午3点吃了美林，晚上9点又发烧。')).not.toContain('晚上9点');
  });
  it('keeps the time of a dose act of a medicine the vocabulary knows, without a number', () => {
    expect(red('DOB 02/05/1958. Took his insulin at 22:00; took paracetamol at 06:00.')).toContain('insulin at 22:00; took paracetamol at 06:00');
    expect(red('DOB 02/05/1958. Last dose of Eliquis at 08:00 today; surgery planned.')).toContain('Eliquis at 08:00 today');
    expect(red('出生日期：1958年5月2日。每日早8点服硝苯地平控释片。')).toContain('每日早8点服硝苯地平');
    expect(red('出生日期：1958年5月2日。下午3点吃了美林，晚上9点又发烧。')).toContain('下午3点吃了美林');
  });
  it('keeps a list of dose times joined by a comma to their instruction', () => {
    expect(red('DOB 14/02/1951. Take metformin at 08:00, and 20:00 with food.')).toContain('at 08:00, and 20:00');
  });
});
