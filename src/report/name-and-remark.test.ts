// Every form of an analyte's name read from the table, and a remark after a unitless value (review s21 R2/R6): the
// whole Chinese name of the INR (it holds 比值, "ratio"), British -ise spellings, a remark word after an INR never
// its unit, a sex's own printed interval (CK 26-174) as the analyte's. Each with a harmless twin.
import { describe, expect, it } from 'vitest';
import { parseLabReport } from './parse.js';

const row = (text: string) => {
  const r = parseLabReport(text).results[0];
  return { code: r?.code, flag: r?.flag, unit: r?.unit };
};

describe('the INR under its whole name and with a remark after its value', () => {
  it.each([
    ['国际标准化比值 6.5 0.8-1.2', 'critical-high'],
    ['國際標準化比值 6.8 0.8-1.2', 'critical-high'],
    ['国际标准化比值 1.0 0.8-1.2', 'normal'],
    ['International normalised ratio 6.1 0.9-1.1', 'critical-high'],
    ['International normalized ratio 1.05 0.9-1.1', 'normal'],
    ['INR 6.5 (on warfarin)', 'critical-high'],
    ['INR 6.5 0.8-1.2 on warfarin', 'critical-high'],
    ['INR 6.5 on warfarin 0.8-1.2', 'critical-high'],
    ['INR 2.6 (on warfarin) 0.8-1.2', 'high'],
  ])('%s → inr %s', (text, flag) => {
    expect(row(text)).toMatchObject({ code: 'inr', flag });
    expect(row(text).unit ?? '').toBe('');
  });

  it('still reads a ratio of two tests as no single test', () => {
    expect(row('BUN/Creatinine ratio 25 10-20').code).not.toBe('urea');
    expect(row('BUN/Creatinine ratio 25 10-20').code).not.toBe('crea');
  });
});

describe('a misspelt name read by its unit and a sex’s own printed interval', () => {
  it.each([
    ['Creatinine kinase 850 U/L 26-174', 'ck', 'high'],
    ['Creatinine kinase 120 U/L 26-174', 'ck', 'normal'],
  ])('%s → %s %s', (text, code, flag) => {
    expect(row(text)).toMatchObject({ code, flag });
  });

  it('keeps a creatinine with creatinine’s unit', () => {
    expect(row('Creatinine 85 umol/L 44-133')).toMatchObject({ code: 'crea', flag: 'normal' });
  });
});
