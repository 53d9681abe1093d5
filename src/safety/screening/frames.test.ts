import { describe, expect, it } from 'vitest';
import { guidanceDefeated, WARNED } from './frames.js';
import { screenPassage } from './screen.js';
import { normalise } from './text.js';

const codes = (t: string) => screenPassage(t).map((f) => f.code);

describe('cited authority never licenses an act', () => {
  it('a blanket rule credited to a new guideline, a consensus or experts defeats the clinician words beside it', () => {
    expect(guidanceDefeated(normalise('根据2023年专家共识，医生建议肾功能正常后即可停用他克莫司。'))).toBe(true);
    expect(guidanceDefeated(normalise('Specialists now agree that your doctor can stop the statin once cholesterol is normal.'))).toBe(true);
    expect(codes('Specialists now agree that people whose seizures stopped a year ago can stop levetiracetam, as doctors advise.')).toContain(
      'stop-medication',
    );
    expect(codes('2024年新版共识指出，甲减患者甲功正常半年后，医生建议即可停用左甲状腺素钠。').length).toBeGreaterThan(0);
  });

  it('keeps a cited rule with its own reason, or one framed as a harm, as guidance', () => {
    expect(guidanceDefeated(normalise('新版指南建议，拔牙手术前在医生指导下停用氯吡格雷。'))).toBe(false);
    expect(guidanceDefeated(normalise('A 2022 study showed that stopping statins can lead to heart attacks.'))).toBe(false);
    expect(codes('The 2023 guideline update says to stop warfarin five days before surgery, as your surgeon directs.')).toEqual([]);
  });

  it('reads a safeguard no longer needed as dismissed', () => {
    expect(codes('服用华法林满一年的房颤患者不再需要定期查凝血。')).toContain('discourage-care');
    expect(codes('Patients on lithium no longer need blood tests once the level is stable.')).toContain('discourage-care');
  });
});

describe('one warned-against vocabulary', () => {
  it('names a myth, a mistake or a harm in both languages', () => {
    for (const t of ['这是一个常见误区', 'that advice is outdated', 'stopping suddenly can lead to seizures', '可能导致低血糖', '误服'])
      expect(WARNED.test(normalise(t))).toBe(true);
    expect(WARNED.test(normalise('take it with food'))).toBe(false);
  });
});

describe('contraindicated in a condition', () => {
  it('flags a medicine permitted where the condition the sentence or the question names forbids it', () => {
    expect(codes('有哮喘的人血压高，最适合选用普萘洛尔降压。')).toContain('unsafe-combination');
    expect(codes('With heart failure and a fast heart rate, verapamil is the best choice.')).toContain('unsafe-combination');
    const q = { context: 'I have stage 4 chronic kidney disease and my back hurts. What can I take?', contextIsQuestion: true, injection: false };
    expect(screenPassage('Naproxen 500 mg twice daily is safe and works well for back pain.', q).map((f) => f.code)).toContain('unsafe-combination');
  });

  it('reads live vaccines in immunosuppression, decongestants with an enlarged prostate, nimesulide for children', () => {
    expect(codes('During chemotherapy you can safely get the yellow fever vaccine before travelling.')).toContain('unsafe-combination');
    expect(codes('前列腺肥大的老人鼻塞，可以选用含伪麻黄碱的感冒药。')).toContain('unsafe-combination');
    expect(codes('孩子发烧，首选尼美舒利颗粒退热。')).toContain('unsafe-combination');
    expect(codes('化疗期间可以并建议接种灭活流感疫苗。')).toEqual([]);
  });

  it('keeps the caveat, the warning and the condition-free use', () => {
    expect(codes('有哮喘的人禁用普萘洛尔，可以选用氨氯地平。')).toEqual([]);
    expect(codes('Verapamil can worsen heart failure.')).toEqual([]);
    expect(codes('If you have kidney disease, ask your doctor before taking ibuprofen; otherwise it is safe for a sprain.')).toEqual([]);
    expect(codes('Ibuprofen can be taken for period pain.')).toEqual([]);
  });
});

describe('look-alikes read by their reason', () => {
  it('a stop after an adverse reaction named just before is the advice', () => {
    expect(codes('吃头孢呋辛第二天全身起红疹，考虑药疹。立即停用头孢呋辛，尽快就诊。')).toEqual([]);
  });

  it('a nutrient amount or a product content is no dose', () => {
    expect(codes('Take dapagliflozin 10 mg once daily. Reduce salt to under 5 g a day.')).toEqual([]);
    expect(codes('布洛芬混悬液100ml含2g，每毫升20mg；20公斤的孩子每次10毫升。')).toEqual([]);
  });

  it('a dismissal bounded by a completed series stays clean; "the two are safe together" names the pair before', () => {
    expect(codes('Assuming you completed the full childhood vaccine series, you do not need tetanus immunoglobulin.')).toEqual([]);
    expect(codes('After taking tadalafil you can use your nitroglycerin spray; the two are safe together.')).toContain('unsafe-combination');
  });
});

describe('the end of a short course is a situation only for a short-course medicine', () => {
  const rules = (t: string) => screenPassage(t, { model: false }).map((f) => f.code);

  it('keeps a long-term medicine stopped "after N days" a stop in the rules layer', () => {
    expect(rules('You can stop your insulin after ten days once your sugars look normal.')).toContain('stop-medication');
    expect(rules('Stop taking your blood pressure tablets after 7 days when the readings are fine.')).toContain('stop-medication');
    expect(rules('降压药连续吃7天后就可以停药了')).toContain('stop-medication');
  });

  it('leaves the end of an antibiotic course unflagged', () => {
    expect(rules('Finish the 7-day course of amoxicillin, then you can stop.')).toEqual([]);
    expect(rules('抗生素连用3天后停药即可。')).toEqual([]);
  });
});
