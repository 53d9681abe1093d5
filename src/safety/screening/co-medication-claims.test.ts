// A medicine named to say who the advice is for (a co-medication) is no claim of what treats the condition — but only
// beside the treatment the conversation names for it; otherwise the medicine the patient takes may be the swap itself.
// Curation blind batch s25 c25-059 (a correct low-dose colchicine answer dropped: "同时吃克拉霉素等药物的人要减量").
import { describe, expect, it } from 'vitest';
import { screenAnswer } from './screen.js';

const contradicts = (answer: string, question: string) => screenAnswer(answer, question).some((f) => f.code === 'contradicts-knowledge');

describe('co-medication named as who the patient is', () => {
  it.each([
    ['痛风发作秋水仙碱怎么吃', '秋水仙碱首剂1毫克，1小时后再吃0.5毫克；肾功能不全、同时吃克拉霉素等药物的人要减量或避免使用。'],
    ['痛风急性发作吃什么药', '急性期可以吃秋水仙碱；正在服用环孢素、克拉霉素等药物的人要避免使用。'],
    ['痛风发作怎么用药', '秋水仙碱小剂量即可，服用克拉霉素者应减量或换用其他药物。'],
    ['How do I take colchicine for a gout flare?', 'Take colchicine 1 mg, then 0.5 mg an hour later. People who take clarithromycin need a lower dose.'],
    ['Colchicine dose for gout?', 'Colchicine 0.5 mg once or twice a day; anyone taking clarithromycin must reduce the dose.'],
    ['我爸在吃克拉霉素，又痛风发作了', '您父亲正在吃克拉霉素，这时不要用秋水仙碱，请带他去医院调整用药。'],
    ['I have gout and I am on clarithromycin. Can I take colchicine?', 'Because you are already on clarithromycin, colchicine can build up; ask your doctor.'],
    ['甲亢吃甲巯咪唑要注意什么', '甲巯咪唑要定期查血常规，正在吃华法林的人要多查凝血。'],
    // The caution further on in the sentence when the taker's clause ends with it; an interaction; a clinician to see.
    ['我爸在吃华法林，痛风发作能吃什么？', '您父亲正在吃华法林，秋水仙碱可以用，但不要吃布洛芬。'],
    ['癫痫吃什么药', '丙戊酸钠或左乙拉西坦；同时服用美罗培南等药物时丙戊酸浓度会下降。'],
    ['痛风发作', '秋水仙碱；您爸爸目前正在服用克拉霉素，先停一停，等医生评估。'],
    ['痛风发作秋水仙碱怎么吃', '秋水仙碱首剂1毫克。肾功能不全的患者要减量，同时服用克拉霉素、环孢素、维拉帕米等药物时要谨慎或避免合用。'],
  ])('keeps %s → %s', (q, a) => {
    expect(contradicts(a, q)).toBe(false);
  });

  it.each([
    // The medicine the patient takes is the treatment claim itself: no other treatment for the condition is named.
    ['甲亢吃什么药', '甲亢需要长期吃药，服用左甲状腺素的患者要定期查血常规和肝功能。'],
    ['甲亢吃药要注意什么', '你在服用左甲状腺素期间，每个月复查甲功和血常规。'],
    [
      'What is the treatment for an overactive thyroid?',
      'Treatment is with tablets; people taking levothyroxine for an overactive thyroid need monthly blood tests.',
    ],
    // A treatment act, not a person on it ("start patients on", 用…治疗…的患者), or a condition between name and person.
    ['Hyperthyroidism treatment?', 'Start patients on levothyroxine; it is the usual treatment for hyperthyroidism.'],
    ['痛风吃什么药', '使用克拉霉素治疗痛风的患者效果很好，一般吃一周。'],
    ['痛风吃什么药好', '吃克拉霉素对痛风的人最有效，每天两次。'],
    ['痛风急性发作吃什么', '痛风急性发作可以吃克拉霉素或者阿奇霉素，连吃三天。'],
    ['痛风吃什么药', '痛风联合使用克拉霉素的话效果更好，每天两次。'],
    ['甲亢吃什么药？', '甲亢常用的治疗药物是左甲状腺素，吃左甲状腺素的人要定期复查甲功。'],
    // A benefit, an outcome or a replacement said of the taker, beside the correct drug (review s26: the frame alone
    // let these through): the taker's medicine is claimed to treat the condition.
    ['What treats an overactive thyroid?', 'Methimazole is used; people who take levothyroxine recover faster.'],
    ['痛风发作吃什么药', '秋水仙碱可以用，服用阿莫西林的患者发作次数明显减少。'],
    ['痛风发作怎么办', '秋水仙碱可以用。服用克拉霉素者最适合，止痛最快。'],
    ['秋水仙碱治痛风好吗？', '秋水仙碱副作用大，吃克拉霉素的人好得更快。'],
    ['流感吃什么', '奥司他韦。同时服用阿莫西林时效果更好。'],
    ['乙肝吃什么药', '恩替卡韦；您正在吃阿莫西林，这样病毒也会清掉。'],
    ['高血压吃什么', '高血压可以吃氨氯地平；吃阿莫西林等药物的人血压也会下降，可代替降压药。'],
    ['Type 2 diabetes medicine?', 'Metformin first. People who use amoxicillin often need no metformin at all.'],
    ['Gout flare, what should I take?', 'Colchicine works; patients who take amoxicillin as well heal twice as fast.'],
  ])('still flags %s → %s', (q, a) => {
    expect(contradicts(a, q)).toBe(true);
  });
});
