// Values read by their shape and what stands around them (session 7, after deid-12 was scored): dates without a year
// or in Chinese numerals (short-dates.ts), brand workplaces (brand-employers.ts), plates of many countries (plates.ts),
// phone extensions and area codes (phone.ts), bed values (labelled.ts), code boundaries (repairs.ts), timed chat
// speakers (frames.ts), tagger names that are fragments of a recurring word (index.ts). Phrasings written for these
// tests, not copied from any blind batch.
import { describe, expect, it } from 'vitest';
import { covered } from '../../../test/helpers/phi-covered.js';
import { detectBrandEmployers } from './brand-employers.js';
import { detectPhi } from './index.js';
import { detectPlates } from './plates.js';
import { detectShortDates } from './short-dates.js';

const CASES: [string, string[]][] = [
  ['Metformin held since 02/11; review on 9/12.', ['02/11', '9/12']],
  ['2/5 18:40 - 阿Lam: 佢今日食咗藥未？\n2/5 18:45 - 細妹: 食咗', ['2/5', '阿Lam']],
  ['Seen 7 Jun 23 at the walk-in clinic.', ['7 Jun 23']],
  ['謹定於民國一百一十二年五月三日（星期三）舉行告別式。', ['民國一百一十二年五月三日（星期三）']],
  ['婆婆于农历腊月廿三病逝。', ['腊月廿三']],
  ['He died peacefully in his 93rd year.', ['93rd']],
  ['职业：外卖员（饿了么），平时在盒马上夜班。', ['盒马']],
  ['工作单位：京东　　职务：仓管', ['京东']],
  ['早年受僱於九龍巴士，退休後務農。', ['九龍巴士']],
  ['Her car (rego 2AB 7CD) was towed from the hospital car park.', ['2AB 7CD']],
  ['UK plate YK21 HTE seen leaving the scene.', ['YK21 HTE']],
  ['驾驶电动车，号牌 苏州B12345，与货车相撞。', ['苏州B12345']],
  ['Clinic (07) 3344 5566, fax (07) 3344 5567.', ['(07) 3344 5566', '(07) 3344 5567']],
  ['总机 020-8888 6666转3021，夜间请拨急诊。', ['020-8888 6666转3021']],
  ['床位：心3-12　　住院号：Z0099812', ['心3-12', 'Z0099812']],
  ['Provider no. 5512340K, AHPRA MED0004455667.', ['5512340K']],
  ['12/3/24, 9:15 am - priya k: bp 150/90 today\n12/3/24, 9:20 am - Dr Shah: ok', ['priya k']],
  // Card and account tails are phone.ts's partial numbers (one reader since #12, formerly also shapes.ts).
  ['Refund went to the acct ending with 5521.', ['5521']],
  ['Visa card, last four: 7730, was charged twice.', ['7730']],
];

describe('shape readers through detectPhi', () => {
  for (const [text, values] of CASES) {
    it(`redacts ${values.join(', ')}`, () => {
      for (const v of values) expect(covered(text, v), `${v} in ${text}`).toBe(true);
    });
  }

  it('keeps fractions, scores, doses and clinical codes', () => {
    for (const text of [
      'Pain 7/10, took 1/2 tablet; BP 140/90 mmHg.',
      'HbA1c 7.2 %, eGFR 45, CA 19-9 normal, ECG V1 V2 changes; drove home.',
      'Take 5 mg daily on days 1/3 of the cycle.',
      '我现在正常上班，在家里上班也可以。',
      '帕金森病的患者；帕金森病的护理；帕金森病的康复。',
    ]) {
      const spans = detectPhi(text);
      expect(
        spans.filter((s) => s.type === 'DATE' || s.type === 'PLATE' || s.type === 'EMPLOYER' || s.type === 'NAME'),
        text,
      ).toEqual([]);
    }
  });
});

describe('shape readers alone', () => {
  it('types a card tail as an account and a phone tail as a phone (phone.ts partial numbers)', () => {
    expect(detectPhi('Refund went to the acct ending with 5521.').map((x) => [x.type, x.text])).toContainEqual(['ACCOUNT', '5521']);
    expect(detectPhi('手机尾号2716的用户').map((x) => [x.type, x.text])).toContainEqual(['PHONE', '2716']);
  });

  it('a day/month needs a clock time, a temporal word, zero padding or a row of columns', () => {
    expect(detectShortDates('ratio 3/4 of patients').map((s) => s.text)).toEqual([]);
    expect(detectShortDates('since 3/4 the cough').map((s) => s.text)).toEqual(['3/4']);
    expect(detectShortDates('  11/08   14/08   18/08').map((s) => s.text)).toEqual(['11/08', '14/08', '18/08']);
  });

  it('plates need a vehicle nearby unless their shape is their own', () => {
    expect(detectPlates('Specimen AB12 CDE received').map((s) => s.text)).toEqual(['AB12 CDE']);
    expect(detectPlates('code 1TZ 4KD on the form').map((s) => s.text)).toEqual([]);
    expect(detectPlates('parked van 1TZ 4KD').map((s) => s.text)).toEqual(['1TZ 4KD']);
  });

  it('brand workplaces need a workplace slot', () => {
    expect(detectBrandEmployers('我在美团上晚班').map((s) => s.text)).toEqual(['美团']);
    expect(detectBrandEmployers('美团外卖很方便').map((s) => s.text)).toEqual([]);
  });
});
