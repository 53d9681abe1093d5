import { describe, expect, it } from 'vitest';
import { qaRecord } from '../testing/qa-record.js';
import { adviceCheckOptions, adviceVerdict } from './advice-check.js';

// A medicine is judged against the conversation's diagnoses when no sentence ties it to a condition, and a "first
// choice" claim against the first-line table (session 20; probes written before the code, /tmp/probes/curation-s20).
const o = adviceCheckOptions.parse({});
const qa = qaRecord;
const verdict = (q: string, a: string) => adviceVerdict(qa(q, a), o);

describe('the conversation diagnosis a medicine is judged for', () => {
  it('drops a medicine no named diagnosis is treated with, in either language', () => {
    expect(
      verdict(
        'Blood test TSH 15, free T4 low. What is the treatment?',
        'Your results show primary hypothyroidism. Treatment is methimazole tablets once daily in the morning.',
      ),
    ).toEqual({ drop: 'advice_claim_contradicts-knowledge' });
    expect(verdict('甲减吃什么药？', '你好，甲状腺功能减退一般长期口服甲巯咪唑治疗，每天一次。')).toEqual({
      drop: 'advice_claim_contradicts-knowledge',
    });
    expect(verdict('胆固醇高吃什么药？', '高胆固醇血症的一线用药是呋塞米，每天一片，可以把胆固醇排出去。')).toEqual({
      drop: 'advice_claim_contradicts-knowledge',
    });
  });

  it('keeps the right medicine, a class word and a denied diagnosis', () => {
    expect(verdict('Blood test TSH 15, free T4 low. What is the treatment?', 'This is hypothyroidism. Treatment is levothyroxine once a day.')).toBe(true);
    expect(verdict('甲减吃什么药？', '甲状腺功能减退症需要长期口服左甲状腺素钠（优甲乐），空腹服用，定期复查甲功。')).toBe(true);
    // 抗甲状腺药物 names a class, not thyroid tablets.
    expect(verdict('我查出来甲亢，一般用什么药？', '甲亢常用抗甲状腺药物甲巯咪唑或丙硫氧嘧啶，心慌明显可以加普萘洛尔。')).toBe(true);
  });
});

describe('a first-choice claim checked against the first-line table', () => {
  it('drops a medicine called first choice where the table names another class', () => {
    expect(verdict('严重过敏反应（过敏性休克）首先用什么药？', '过敏性休克的首选药物是氯雷他定，口服后一般半小时起效，再观察。')).toEqual({
      drop: 'advice_claim_contradicts-knowledge',
    });
    expect(
      verdict('What is the first drug to give in anaphylaxis?', 'The drug of choice for anaphylactic shock is dexamethasone into a vein; call an ambulance.'),
    ).toEqual({
      drop: 'advice_claim_contradicts-knowledge',
    });
  });

  it('keeps the first-line medicine and a class mate of one the table lists', () => {
    expect(verdict('严重过敏反应（过敏性休克）首先用什么药？', '过敏性休克首选肾上腺素肌肉注射，大腿外侧，同时拨打120。')).toBe(true);
    expect(verdict('高血压一般首选什么药？', '高血压常用一线药物有氨氯地平、缬沙坦、培哚普利等，具体由医生根据情况选择。')).toBe(true);
    expect(verdict('痛风发作吃什么药？', '痛风急性发作可以用秋水仙碱或者非甾体抗炎药如依托考昔，缓解后再考虑别嘌醇降尿酸。')).toBe(true);
  });
});
