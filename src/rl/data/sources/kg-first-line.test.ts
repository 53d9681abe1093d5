import { describe, expect, it } from 'vitest';
import { parseIcdCode } from '../../../knowledge/icd10.js';
import { firstLineKey, sameTest } from './kg-first-line.js';

const code = (c: string) => parseIcdCode(c)!;

describe('first-line test keys (graph list × first-line table)', () => {
  it('reads a graph wording as the table test it names', () => {
    expect(sameTest('纤维结肠镜检查', '结肠镜')).toBe(true);
    expect(sameTest('眼压计测量法', '眼压')).toBe(true);
    expect(sameTest('心电图（Holter监测）', '心电图')).toBe(true);
    expect(sameTest('尿液常规', '尿常规')).toBe(true);
    expect(sameTest('颅脑CT检查', 'head ct')).toBe(true);
  });

  it('does not read a different examination as the table test', () => {
    // Contains the key 眼底 but is an angiogram, not fundoscopy.
    expect(sameTest('眼底荧光血管造影', '眼底检查')).toBe(false);
    expect(sameTest('多普勒超声心动图', '心电图')).toBe(false);
    expect(sameTest('肝脏超声检查', '腹部B超')).toBe(false);
    expect(sameTest('直肠-肛门运动功能测定', '直肠镜检查')).toBe(false);
  });

  it('keys the table’s preferred test among those the graph lists', () => {
    // Paroxysmal VT (I47.2): ECG, not the echocardiogram the graph also lists.
    expect(firstLineKey(code('I47.201'), ['多普勒超声心动图', '心电图'])).toMatchObject({ test: '心电图' });
    // Glaucoma: tonometry, not ocular ultrasound.
    expect(firstLineKey(code('H40.900'), ['眼球和眼眶的超声检查', '眼压计测量法'])).toMatchObject({ test: '眼压计测量法' });
    // Keratoconus (H18.6, a subcategory entry) is not read as keratitis (H16).
    expect(firstLineKey(code('H18.600'), ['角膜内皮细胞计数仪'])).toEqual({ skip: 'no-listed-first-line-test' });
  });

  it('keys the groups added for rl-labels-sample-8 and leaves the ones left out on purpose', () => {
    // Heart failure: echocardiography, not the ECG or chest film the graph also lists.
    expect(firstLineKey(code('I50.908'), ['胸部平片', '心电图', '多普勒超声心动图'])).toMatchObject({ test: '多普勒超声心动图' });
    // Haemorrhoids: the proctoscope before the finger.
    expect(firstLineKey(code('I84.200'), ['肛门指检', '直肠镜检查'])).toMatchObject({ test: '直肠镜检查' });
    // Anal fissure and ischaemic colitis (K55.0, which also holds acute mesenteric ischaemia) have no entry.
    expect(firstLineKey(code('K60.200'), ['直肠镜检查'])).toEqual({ skip: 'no-first-line-entry' });
    expect(firstLineKey(code('K55.000'), ['纤维结肠镜检查'])).toEqual({ skip: 'no-first-line-entry' });
  });

  it('gives no key where the table has no first-line test (clinical diagnoses such as a hernia)', () => {
    expect(firstLineKey(code('K40.900'), ['腹部MRI检查'])).toEqual({ skip: 'no-first-line-entry' });
  });
});
