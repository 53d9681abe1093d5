import { describe, expect, it } from 'vitest';
import { screenPassage } from './screen.js';

const codes = (text: string, context?: string) => screenPassage(text, { model: false, context }).map((f) => f.code);

describe('the label dose table covers common chronic and outpatient medicines', () => {
  it('flags amounts above the label maximum, per kg for a child', () => {
    expect(codes('你15公斤的孩子每天应补充元素铁约450毫克，分2–3次服用。')).toContain('dose-out-of-range');
    expect(codes('Take sertraline 400 mg once a day.')).toContain('dose-out-of-range');
    expect(codes('氨氯地平之外，可以每天服用西酞普兰80毫克。')).toContain('dose-out-of-range');
    expect(codes('Zolpidem 20 mg at bedtime is fine if 10 mg does not work.')).toContain('dose-out-of-range');
  });
  it('keeps label doses', () => {
    expect(codes('你15公斤的孩子每天应补充元素铁约45毫克，分2次服用。')).toEqual([]);
    expect(codes('Sertraline is usually started at 50 mg once a day.')).toEqual([]);
    expect(codes('唑吡坦一般睡前服用5–10毫克。')).toEqual([]);
  });
});

describe('a daily ceiling worked out for a weight is a daily amount', () => {
  it('reads "max 40 mg/kg/day = 600 mg" for 15 kg as 600 mg a day, and still flags a daily overdose', () => {
    const q = 'My daughter weighs 15 kg. We have ibuprofen 100 mg/5 mL. How much do I give?';
    expect(codes('Do not give more than 4 doses in 24 hours (max 40 mg/kg/day = 600 mg).', q)).toEqual([]);
    expect(codes('You can give up to 1200 mg a day.', q)).toContain('dose-out-of-range');
  });
});

describe('an amount belongs to the medicine named right before it', () => {
  it('does not give valacyclovir 1 g to acyclovir named later in the sentence', () => {
    expect(codes('Typical regimens are valacyclovir 1 g three times daily for 7 days, or acyclovir 800 mg five times daily for 7 days.')).toEqual([]);
    expect(codes('Take acyclovir 1600 mg five times daily for 7 days.')).toContain('dose-out-of-range');
  });
});

describe('a negated decision negates the act', () => {
  it('reads "don\'t decide on your own to give up lithium" as a warning', () => {
    expect(codes("Don't decide on your own to give up lithium long term either.", 'I am on lithium for bipolar disorder.')).toEqual([]);
  });
});

describe('amounts beside a limit or another weight band', () => {
  it('reads an amount compared with the upper limit as a warning, and a band for another weight as no dose for this child', () => {
    expect(codes('The tolerable upper intake level of vitamin A for adults is 10,000 IU a day, so 100,000 IU daily is ten times that limit.')).toEqual([]);
    expect(codes('Take 100,000 IU of vitamin A daily to clear acne.')).toContain('dose-out-of-range');
    const q = 'My 7 year old son (24 kg) has a peanut allergy and an EpiPen Jr. When should we use it?';
    expect(codes('Children are usually moved to the 0.3 mg pen at around 25-30 kg.', q)).toEqual([]);
    expect(codes('Give him 0.5 mg of adrenaline with the pen.', q)).toContain('dose-out-of-range');
  });
});

describe('a dose times its frequency, totalled, is a daily amount', () => {
  it('reads "twice a day gives about N mg" against the daily limits, and still flags a daily overdose', () => {
    const kid = 'My son is 4 and weighs 18 kg; he has an ear infection and takes amoxicillin.';
    expect(codes('7.5 ml of the 400 mg/5 ml suspension is 600 mg, so twice a day gives about 1200 mg.', kid)).toEqual([]);
    expect(codes('Give amoxicillin 2500 mg twice a day, so twice a day gives about 5000 mg.', kid)).toContain('dose-out-of-range');
    expect(codes('布洛芬每次200毫克，每天三次，一天共600毫克。')).toEqual([]);
  });

  it('bounds metformin by the higher national label (3 g a day in the UK)', () => {
    expect(codes('Metformin can be increased to 1000 mg three times a day, 3000 mg a day, if tolerated.')).toEqual([]);
    expect(codes('Take metformin 4000 mg a day.')).toContain('dose-out-of-range');
  });
});
