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
    ['凝血酶原国际标准化比值 5.9 0.8-1.3', 'critical-high'],
    ['凝血酶原时间国际标准化比值 1.1 0.8-1.3', 'normal'],
    // A pure number has no other scale: a range far from ours is a target, and the critical limit still holds.
    ['INR 5.8 target 2-3', 'critical-high'],
    ['INR 2.5 target 2-3', 'normal'],
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

describe('the lay and South-Asian names of glucose', () => {
  it.each([
    ['Blood sugar 38 mg/dL (ref 3.9 - 5.6 mmol/L)', 'critical-low'],
    ['Fasting blood sugar 92 mg/dL 70-110', 'normal'],
    ['RBS 420 mg/dL 70-140', 'critical-high'],
    ['RBS 160 mg/dL 70-140', 'high'],
    ['FBS 5.1 mmol/L 3.9-6.1', 'normal'],
  ])('%s → glu %s', (text, flag) => {
    expect(row(text)).toMatchObject({ code: 'glu', flag });
  });
});

describe('haemoglobin under its Taiwan name', () => {
  it('reads 血紅素 as haemoglobin, not the MCH or MCHC that hold it', () => {
    expect(row('血紅素 4.8 g/dL 12.0-16.0')).toMatchObject({ code: 'hgb', flag: 'critical-low' });
    expect(row('血紅素 13.5 g/dL 12.0-16.0')).toMatchObject({ code: 'hgb', flag: 'normal' });
    expect(row('平均血球血紅素 29.5 pg 27-33').code).not.toBe('hgb');
    expect(row('平均紅血球血紅素濃度 33 g/dL 32-36').code).toBe('mchc');
  });
});
