// A bed field's whole value (labelled.ts, the bed rule), through detectPhi. Lines written for these tests (not taken
// from any blind batch): where the form closes the field, the ward prefix and letter are part of the bed.
import { describe, expect, it } from 'vitest';
import { detectPhi } from './index.js';
import { covered } from '../../../test/helpers/phi-covered.js';

describe('bed values read to the field end', () => {
  it.each([
    ['住院号：7720143　床号：外科-22\n手术日期：待定', '外科-22'],
    ['床号：神经内科2病区14床\n过敏史：无', '神经内科2病区14床'],
    ['科室：儿科　床号：+5床（加床）', '+5床'],
    ['病區：7A　床號：7A-11-1　病歷號：5512093', '7A-11-1'],
    ['Unit: 5 West   Room/Bed: 518-A\nAdmitted: today', '518-A'],
    ['【NICU-3床】早产儿，胎龄31周', 'NICU-3床'],
  ])('%s', (text, bed) => {
    expect(covered(text, bed, 1), bed).toBe(true);
  });
  it('reads no bed in prose or in a fee line', () => {
    const beds = (t: string) =>
      detectPhi(t)
        .filter((s) => s.type === 'MRN')
        .map((s) => s.text);
    expect(beds('床位及护理费¥3,350.00，药费¥820.00')).toEqual([]);
    expect(beds('床位紧张，建议门诊随访')).toEqual([]);
  });
});
