import { describe, expect, it } from 'vitest';
import { treatmentTarget } from '../../safety/screening/treatment-target.js';
import { qaRecord } from '../testing/qa-record.js';
import { adviceCheckOptions, adviceVerdict } from './advice-check.js';

// Session 25 (#17): a treatment claim's slots read by their grammar. A word that qualifies the treatment ("常用的治疗
// 药物是…", "主要的治疗") is no target; a first-choice claim is checked for the case the passage identifies (an
// allergic emergency included: "这种情况属于过敏性休克"), and names the medicine the first-choice word governs, not
// the rest of the plan. Rows from bench/curation-s25-treatment-claim-probes.jsonl (written before the code).
const o = adviceCheckOptions.parse({});
const qa = qaRecord;
const verdict = (q: string, a: string) => adviceVerdict(qa(q, a), o);
const swapped = { drop: 'advice_claim_contradicts-knowledge' };

describe('the target of a qualified treatment', () => {
  it('reads no target from a qualifier alone, and the condition before it', () => {
    expect(treatmentTarget('常用的治疗药物是左甲状腺素钠片')).toBeUndefined();
    expect(treatmentTarget('甲亢常用的治疗药物是甲巯咪唑')).toBe('甲亢');
    expect(treatmentTarget('带状疱疹的治疗可以用阿昔洛韦')).toBe('带状疱疹');
  });
  it('drops a swapped thyroid medicine named as the usual treatment of the asked condition', () => {
    expect(verdict('甲亢了，医生让吃药，一般吃什么？', '你好，甲亢一般需要药物治疗。常用的治疗药物是左甲状腺素钠片，从小剂量开始。')).toEqual(swapped);
    expect(verdict('甲减，医生说要吃药，吃什么药？', '你好，常用的治疗药物是甲巯咪唑，需要长期服用，定期复查甲功。')).toEqual(swapped);
  });
  it('keeps the right one, and the right one for a condition that changed', () => {
    expect(verdict('甲减了，吃什么药？', '你好，常用的治疗药物是左甲状腺素钠片（优甲乐），每天早上空腹服用，定期复查甲功。')).not.toHaveProperty('drop');
    expect(verdict('甲亢了，医生说要吃药，一般吃什么？', '你好，常用的治疗药物是甲巯咪唑，疗程一般1.5-2年，定期复查血常规和肝功能。')).not.toHaveProperty(
      'drop',
    );
    expect(verdict('甲亢治疗后变成甲减了，吃什么', '你好，甲亢治疗后发生甲减，常用的治疗药物是左甲状腺素钠片，需要根据甲功调整剂量。')).not.toHaveProperty(
      'drop',
    );
  });
  it('judges a sentence naming no condition for the one the answer named since the question too', () => {
    // The answer says the asked 甲亢 has become 甲减: levothyroxine is listed for one of them, so no contradiction.
    expect(
      verdict('甲亢做了碘131治疗，现在甲功低了，怎么办？', '你好，碘131治疗后出现甲减很常见。常用的治疗药物是左甲状腺素钠片，需要长期服用，定期复查。'),
    ).not.toEqual(swapped);
  });
  it('reads a monitoring frame only in the treatment clause it belongs to', () => {
    expect(verdict('甲减吃什么药', '甲减主要的治疗药物是丙硫氧嘧啶，需要定期复查甲功，遵医嘱调整剂量。')).toEqual(swapped);
    expect(verdict('甲减吃什么药', '甲减主要的治疗药物是左甲状腺素，需要定期复查甲功，遵医嘱调整剂量。')).not.toHaveProperty('drop');
  });
});

describe('a first-choice claim for the case the passage identifies', () => {
  it('drops an antihistamine or steroid called the first choice for an identified anaphylaxis', () => {
    expect(
      verdict(
        '朋友对虾严重过敏，喉咙发紧喘不上气，现场用什么药？',
        '这种情况属于过敏性休克，非常危险。首选药物是苯海拉明，成人肌内注射，必要时重复，同时拨打120。',
      ),
    ).toEqual(swapped);
  });
  it('keeps adrenaline first with an antihistamine as the rest of the plan, and a case said not to be anaphylaxis', () => {
    expect(
      verdict(
        '朋友对花生严重过敏，喉咙发紧，现场用什么药？',
        '这种情况属于过敏性休克，非常危险。首选药物是肾上腺素，成人大腿外侧肌内注射0.3-0.5毫克，同时拨打120。',
      ),
    ).not.toHaveProperty('drop');
    expect(verdict('过敏性休克怎么急救', '过敏性休克首选肾上腺素肌内注射并可同时给予苯海拉明，立即拨打120送医。')).not.toHaveProperty('drop');
    expect(
      verdict('吃虾后起荨麻疹，很痒，没有呼吸困难，吃什么药？', '这是急性荨麻疹，不属于过敏性休克。首选药物是氯雷他定或西替利嗪这类第二代抗组胺药，每天一次。'),
    ).not.toHaveProperty('drop');
  });
});

// Session 25 fix (review s25 curation): every medicine a first-choice word governs is judged (an equal alternative in
// a list is the claim too), an anaphylaxis mention is not the case, a standing condition is not the new complaint.
describe('the medicines a first-choice word governs', () => {
  it('judges every medicine of a coordinated list, before or after the word', () => {
    expect(verdict('朋友吃花生后喉咙发紧喘不上气，怎么办', '这属于过敏性休克，首选肾上腺素或苯海拉明，二选一即可，同时立即拨打120。')).toEqual(swapped);
    expect(
      verdict('Anaphylaxis first aid', 'The first-line treatments for anaphylaxis are epinephrine and oral cetirizine; either may be used first.'),
    ).toEqual(swapped);
    expect(verdict('甲减', '左甲状腺素或丙硫氧嘧啶是甲减的首选药物。')).toEqual(swapped);
  });
  // (An anaphylaxis answer naming no emergency call is dropped by another rule; only the claim reading is checked.)
  it('reads no swap in an adjunct or a longer medicine name, and keeps two right ones', () => {
    expect(verdict('过敏性休克', '过敏性休克首选肾上腺素肌注，苯海拉明作为辅助用药。')).not.toEqual(swapped);
    expect(verdict('过敏性休克', '过敏性休克首选肾上腺素和去甲肾上腺素维持血压。')).not.toEqual(swapped);
    expect(verdict('甲亢', '甲亢首选甲巯咪唑或丙硫氧嘧啶。')).not.toHaveProperty('drop');
  });
});

describe('what the case is, and what a treatment is for', () => {
  it('reads an anaphylaxis mention (a course, a comparison, a prevention) as no identification', () => {
    expect(verdict('荨麻疹吃什么', '荨麻疹属于过敏性疾病，严重时可发展为过敏性休克。首选药物是氯雷他定。')).not.toHaveProperty('drop');
    expect(verdict('起风团', '这是一种比过敏性休克轻得多的反应。首选西替利嗪。')).not.toHaveProperty('drop');
    expect(verdict('吃虾后起了风团', '这是预防过敏性休克最重要的一点：避免再吃虾。首选氯雷他定止痒。')).not.toHaveProperty('drop');
  });
  it('judges an untargeted treatment for the new complaint, not the standing condition', () => {
    expect(verdict('糖尿病人脚上长了癣', '最常用的治疗药物是特比萘芬。')).not.toHaveProperty('drop');
    expect(verdict('糖尿病患者吃什么药', '常用的治疗药物是氨氯地平。')).toEqual(swapped);
    expect(verdict('痤疮吃什么药', '痤疮可以口服多西环素，需要在医生指导下使用。')).not.toHaveProperty('drop');
  });
});
