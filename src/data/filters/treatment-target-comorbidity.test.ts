import { describe, expect, it } from 'vitest';
import { treatmentTarget } from '../../safety/screening/treatment-target.js';
import { qaRecord } from '../testing/qa-record.js';
import { adviceCheckOptions, adviceVerdict } from './advice-check.js';

// A treatment clause that names its own target is tied to it, known to the condition table or not: a comorbidity the
// conversation names is not what it treats (review s20 C1). The denial read is the treatment clause's (C3). Probes
// written before the code: /tmp/curation-probes (16 correct answers with a comorbidity, 10 swapped drugs).
const o = adviceCheckOptions.parse({});
const qa = qaRecord;
const verdict = (q: string, a: string) => adviceVerdict(qa(q, a), o);
const swapped = { drop: 'advice_claim_contradicts-knowledge' };

describe('a treatment clause tied to the target it names', () => {
  it('keeps the right medicine for a target the table cannot read beside a comorbidity, in either language', () => {
    expect(
      verdict(
        "I have high blood pressure and now I've got a chest infection with a cough and fever. What should I take?",
        'The usual treatment for a chest infection is amoxicillin 500 mg three times a day for five days. Keep taking your blood pressure tablets.',
      ),
    ).toBe(true);
    expect(
      verdict('I have epilepsy and a fungal nail infection.', 'The usual treatment for a fungal nail infection is terbinafine 250 mg daily for 12 weeks.'),
    ).toBe(true);
    expect(verdict('我有2型糖尿病，最近咳嗽发烧，医生说是肺部感染。', '社区获得性肺部感染的治疗可以使用阿莫西林，每次500毫克，每日三次，连用5天。')).toBe(true);
    expect(verdict('我有高血压，脚趾缝痒脱皮。', '治疗脚气可以外用特比萘芬乳膏，每天一到两次，连用两周。')).toBe(true);
    expect(verdict('我有糖尿病，最近牙龈肿痛化脓。', '牙周脓肿的治疗可以使用甲硝唑，每次0.2克，每日三次，用5到7天，无需担心。')).toBe(true);
    // A condition named clauses after the treatment is not what it treats.
    expect(verdict('口腔有溃疡，牙龈常出血', '这考虑是牙龈发炎的结果。可以服用维生素C和甲硝唑胶囊治疗,避免辛辣饮食.注意口腔卫生,发现蛀牙,及时治疗.')).toBe(
      true,
    );
  });

  it('still drops a swapped medicine whose clause points back to the diagnosis or names it', () => {
    expect(
      verdict('I have hypothyroidism and high blood pressure. What is the treatment?', 'The treatment for your conditions is methimazole once daily.'),
    ).toEqual(swapped);
    expect(verdict("I've had hypothyroidism diagnosed. What should I take?", "The medicine for this is methimazole once a day; don't skip doses.")).toEqual(
      swapped,
    );
    expect(verdict("I have gout. What's the treatment for a flare?", 'The treatment for a flare is insulin at night.')).toEqual(swapped);
    expect(verdict('我有甲亢，怎么治？', '甲亢的治疗用左甲状腺素钠，每天早上一片，不用担心。')).toEqual(swapped);
  });

  it('reads a trailing reassurance or reminder as its own clause, not a denial of the treatment', () => {
    expect(verdict('甲状腺功能减退怎么治疗？', '甲状腺功能减退的治疗用甲巯咪唑，每天一次，无需担心。')).toEqual(swapped);
    expect(verdict('我TSH升高，T4降低。', '这是甲状腺功能减退症。治疗用甲巯咪唑，每天一次，不要漏服。')).toEqual(swapped);
  });

  it('reads the target, not a time, a person or a word pointing back', () => {
    expect(treatmentTarget('the usual treatment for a water infection is nitrofurantoin 100 mg')).toBe('water infection');
    expect(treatmentTarget('amoxicillin 500 mg three times a day for five days')).toBeUndefined();
    expect(treatmentTarget('the medicine for you is methimazole')).toBeUndefined();
    expect(treatmentTarget('the treatment for your conditions is methimazole')).toBeUndefined();
    expect(treatmentTarget('甲癣的治疗用特比萘芬')).toBe('甲癣');
    expect(treatmentTarget('治疗脚气可以外用特比萘芬乳膏')).toBe('脚气');
    expect(treatmentTarget('甲减需要药物治疗')).toBeUndefined();
    expect(treatmentTarget('泌尿道感染可以服用呋喃妥因', 7)).toBe('泌尿道感染');
  });
});
