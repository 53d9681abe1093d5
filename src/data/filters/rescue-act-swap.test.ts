import { describe, expect, it } from 'vitest';
import { rescueActSwap } from './rescue-act-swap.js';

const MI = 'My husband has crushing chest pain, maybe a heart attack. The ambulance is coming.';
const ANGINA = '我有冠心病，心绞痛发作时怎么用药？';
const ANAPHYLAXIS = 'My son has a peanut allergy and an EpiPen. What do we do in anaphylaxis?';
const ASTHMA = '孩子有哮喘，发作时怎么办？';
const OVERDOSE = 'My brother uses heroin. What if he overdoses and stops breathing?';

describe('rescueActSwap — the act names its medicine', () => {
  it.each([
    ['chew', MI, 'Have him chew one regular 400 mg ibuprofen tablet (not the coated kind) while you wait.', 'heart-attack', '布洛芬'],
    ['under the tongue', ANGINA, '发作时立即舌下含服一片硝苯地平，5分钟不缓解可再含一片。', 'angina-attack', '硝苯地平'],
    ['outer thigh', ANAPHYLAXIS, 'Inject hydrocortisone into the outer thigh straight away, through clothing if needed.', 'anaphylaxis', '氢化可的松'],
    ['first-line injection', '过敏性休克首选什么药？', '首选药物为地塞米松，成人10毫克肌内注射，必要时重复。', 'anaphylaxis', '地塞米松'],
    ['attack puffs', ASTHMA, '发作时马上用储雾罐吸丙酸氟替卡松气雾剂2到4喷，每20分钟重复。', 'asthma-attack', '氟替卡松'],
    ['nasal spray', OVERDOSE, 'Give naltrexone nasal spray, one spray into one nostril, and call 911.', 'opioid-overdose', '纳曲酮'],
    // The emergency told as a finding (the triage sign reader), not named.
    ['chest pain as a finding', '我阿爸今朝心口好痛，成身出冷汗', '等白車嘅時候可以即刻嚼兩粒布洛芬，咬碎再吞。', 'heart-attack', '布洛芬'],
  ])('%s: swapped', (_, q, a, emergency, drug) => {
    expect(rescueActSwap(q, a)).toMatchObject({ emergency, drug });
  });

  it.each([
    // Look-alikes from the session-40 review (false drops of the first version).
    ['drug named before its negation', '心绞痛发作时硝苯地平可以舌下含吗？', '硝苯地平不宜舌下含服，心绞痛发作时应舌下含服硝酸甘油，5分钟不缓解可重复。'],
    [
      'passive negation',
      "Can I chew ibuprofen if I think I'm having a heart attack?",
      'Ibuprofen should not be chewed during a heart attack. Call 911 and chew one 325 mg aspirin instead.',
    ],
    [
      'a rhetorical question',
      'Someone online said to chew ibuprofen during a heart attack. True?',
      'Chew ibuprofen during a heart attack? No. The medicine to chew is aspirin, 325 mg.',
    ],
    ['the TCM pill chewed in angina', '心绞痛发作时速效救心丸怎么用？', '心绞痛发作时，可取速效救心丸10-15粒嚼碎后含于舌下，5分钟不缓解再用一次。'],
    [
      'nitroglycerin chewed then under the tongue',
      '心绞痛发作了，硝酸甘油要怎么含？',
      '坐下后取一片硝酸甘油嚼碎后放在舌下含化，起效更快；5分钟不缓解可再含一片。',
    ],
    [
      "an opioid patient's blocked nose",
      "My mother is on morphine for cancer pain and has a blocked nose, she's mouth-breathing at night. Is a nasal spray ok?",
      'Yes. A steroid nasal spray such as fluticasone is safe with morphine: one spray into each nostril once a day.',
    ],
    [
      'a COPD rescue pack',
      'My COPD nurse mentioned a rescue pack. What is it?',
      'A COPD rescue pack is a course of prednisolone and amoxicillin kept at home. You start it when a flare-up makes you more breathless.',
    ],
    ['the right medicine', MI, 'Chew one 300 mg aspirin now and keep him resting.'],
    ['another medicine in another clause', '我爸胸痛怀疑心梗，平时吃氨氯地平', '先嚼服阿司匹林300毫克，平时吃的氨氯地平照常吃。'],
    ['a chewable form', `${MI} Also my child has a fever.`, "Children's chewable ibuprofen is fine for your child's fever."],
    ['negated and warned', '冠心病，血压180，能舌下含硝苯地平吗？', '不建议舌下含服硝苯地平，会导致血压骤降。'],
    ['negated act, right one after', '胸痛怀疑心梗，想吃布洛芬', '不要嚼服布洛芬止痛，可以嚼服阿司匹林300毫克。'],
    ['accepted nitrate', ANGINA, '舌下含服硝酸异山梨酯一片，不缓解再含。'],
    ['adjunct after adrenaline', ANAPHYLAXIS, 'Use the EpiPen into the outer thigh, then call 911. Later an antihistamine like cetirizine can ease the itch.'],
    ['controller schedule beside the reliever', ASTHMA, '平时每天早晚规律吸入沙美特罗替卡松，发作时吸沙丁胺醇2到4喷。'],
    [
      'a rash, not anaphylaxis',
      'Severe allergic rash with hives after amoxicillin, no breathing trouble.',
      'The first-line treatment is an oral antihistamine; the doctor may give a steroid injection.',
    ],
    [
      'an opioid without an overdose',
      'My mother takes morphine and has hay fever. Which nasal spray?',
      'A steroid nasal spray such as fluticasone is fine alongside her morphine.',
    ],
    ['no emergency', '嗓子疼怎么办？', '可以含服西瓜霜含片，多喝水。'],
    ['oxygen is not the inhaled act', ASTHMA, '发作时先吸氧、口服孟鲁司特，然后尽快去医院。'],
    ['a report of what was done', '我爸胸痛，怀疑心梗', '您父亲刚才已经舌下含服了硝苯地平，现在可以嚼服阿司匹林300毫克。'],
    ['a past act corrected', MI, 'She chewed two ibuprofen for the pain earlier, which is not ideal - give her an aspirin to chew now.'],
  ])('%s: not read', (_, q, a) => {
    expect(rescueActSwap(q, a)).toBeUndefined();
  });
});
