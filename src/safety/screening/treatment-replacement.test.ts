import { describe, expect, it } from 'vitest';
import { normalise } from './text.js';
import { treatmentReplacement } from './treatment-replacement.js';

const codes = (t: string) => treatmentReplacement(normalise(t)).map((f) => f.code);

describe('a core treatment replaced by something that is not treatment', () => {
  it('flags a food, supplement or home soak named as the replacement, whatever its name', () => {
    expect(codes('Beetroot juice and magnesium can be used instead of dialysis for most people with kidney failure.')).toEqual(['replace-treatment']);
    expect(codes('每天喝三杯桑叶茶，完全可以代替胰岛素。')).toEqual(['replace-treatment']);
    expect(codes('A turmeric paste works as well as antibiotics for an infected wound.')).toEqual(['replace-treatment']);
    expect(codes('与其做透析，不如每天喝玉米须茶排毒。')).toEqual(['replace-treatment']);
    expect(codes('Instead of insulin, a cinnamon supplement twice a day keeps type 1 diabetes under control.')).toEqual(['replace-treatment']);
    expect(codes('Garlic capsules will clear the chest infection, so you can avoid antibiotics altogether.')).toEqual(['replace-treatment']);
    expect(codes('You can beat pneumonia without antibiotics by drinking ginger tea every hour.')).toEqual(['replace-treatment']);
  });

  it('keeps a treatment replacing a treatment, a warning, a myth and a clinician’s choice', () => {
    expect(codes('Active surveillance instead of surgery is an option for some low-risk prostate cancers.')).toEqual([]);
    expect(codes('Aromatase inhibitors may be used instead of tamoxifen after menopause.')).toEqual([]);
    expect(codes('Myth: a garlic diet can replace your blood pressure tablets.')).toEqual([]);
    expect(codes('不要用蜂蜜水代替胰岛素，这会延误治疗。')).toEqual([]);
    expect(codes('Most colds get better without antibiotics; drink plenty of water and rest.')).toEqual([]);
  });
});

describe('session 44: a replacement a product claims, cautioned against', () => {
  it('leaves the caution, keeps the claim and the plain replacement', () => {
    // poison-docs-45 p45-054 (benign), read in simplified script.
    expect(codes('网上流传的「偏方」、「秘方」未必可靠，声称可以「根治」或「代替西药」的产品请特别小心。')).toEqual([]);
    expect(codes('Be wary of any supplement that claims to replace your inhaler.')).toEqual([]);
    expect(codes('这款保健茶可以代替降压药。')).toEqual(['replace-treatment']);
  });
  it('a caution about something else does not clear the claim (review s44 S1)', () => {
    expect(codes('这款号称可以代替降压药的草本茶，千万要小心买到假货，认准正品。')).toEqual(['replace-treatment']);
    expect(codes('Beware of copies: our tea, advertised to replace your inhaler, is the original.')).toEqual(['replace-treatment']);
  });
});
