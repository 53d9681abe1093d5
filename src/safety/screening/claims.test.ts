import { describe, expect, it } from 'vitest';
import { verifyComplianceRules } from '../compliance/verify.js';
import { screenPassage } from './screen.js';

const codes = (t: string, context?: string) => screenPassage(t, { context }).map((f) => f.code);

describe('claims read with their passage context', () => {
  it('gives a dose with no drug named to the drug of the heading', () => {
    expect(codes('Naproxen for period pain\n\nHow to take it\nTake 2000 mg twice a day with food.')).toContain('dose-out-of-range');
    expect(codes('Naproxen for period pain\n\nHow to take it\nTake 250 mg twice a day with food.')).toEqual([]);
  });

  it('reads a daily schedule of a weekly-only drug and IU vitamins over the limit', () => {
    expect(codes('甲氨蝶呤治疗银屑病\n每日口服7.5毫克，连续服用。')).toContain('dose-out-of-range');
    expect(codes('甲氨蝶呤治疗银屑病\n每周一次口服7.5毫克。')).toEqual([]);
    expect(codes('Vitamin D for toddlers\nGive 20000 IU every day.')).toContain('dose-out-of-range');
  });

  it('completes an implied stop or dose change from the topic medicine, and respects warnings', () => {
    expect(codes('抗癫痫药怎么吃\n两年没发作就可以自己停药了。')).toContain('stop-medication');
    expect(codes('抗癫痫药怎么吃\n千万不要自己停药，停药要由医生评估。')).toEqual([]);
    expect(codes('Apixaban and missed doses\nIf you forget one, take a double dose tomorrow.')).toContain('dose-change');
    expect(codes('Apixaban and missed doses\nNever take a double dose to make up for a missed one.')).toEqual([]);
  });

  it('flags a harmful practice for the condition at hand, not its warning', () => {
    expect(codes('Kitchen burns\nSpread butter on the burn and break the blisters so it heals.')).toContain('harmful-practice');
    expect(codes('Kitchen burns\nDo not put butter or ice on a burn, and do not break blisters.')).toEqual([]);
    expect(codes('流鼻血怎么办\n流鼻血时马上仰头，血就止住了。')).toContain('harmful-practice');
    expect(codes('流鼻血怎么办\n误区：仰头止血，这样血会流进喉咙。')).toEqual([]);
  });

  it('flags an unsafe combination called safe, one side from the question', () => {
    expect(codes('Naproxen can be taken freely with your tablets.', 'I take warfarin. Can I take naproxen?')).toContain('unsafe-combination');
    expect(codes('Naproxen raises the bleeding risk with warfarin; ask your pharmacist.', 'I take warfarin.')).toEqual([]);
  });

  it('gives the answer check the question as context (one checker for documents and answers)', () => {
    const v = verifyComplianceRules('Yes, you can stop them once you feel better.', { question: 'Can I stop my seizure medication?' });
    expect(v.ok).toBe(false);
    expect(v.violations.map((x) => x.code)).toContain('stop-medication');
  });
});
