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
