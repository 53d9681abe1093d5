// Biometric mentions (biometric.ts), places in prose by gazetteer (gazetteer.ts), pet names and given names by their
// slot (pet-names.ts), name fields whatever the surname (structure.ts) and the tagger's candidate windows
// (tagger-windows.ts). Phrasings written for these tests, not taken from any blind batch; real corpus text
// (huatuo26m, chatdoctor5k) bounds how often the new readers fire on clinical prose.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { covered } from '../../../test/helpers/phi-covered.js';
import { sharedPath } from '../../../test/helpers/shared-data.js';
import { detectBiometrics } from './biometric.js';
import { englishWord } from '../../knowledge/english-words.js';
import { detectGazetteerPlaces } from './gazetteer.js';
import { detectPhi } from './index.js';
import { detectPetNames, givenShaped } from './pet-names.js';
import { sentenceRanges, taggerCandidate, taggerWindows } from './tagger-windows.js';

const CASES: [string, string[]][] = [
  // biometric mentions, with the hand or finger and the use that follows
  ['入职时已采集左手拇指指纹，门禁用刷脸。', ['左手拇指指纹', '刷脸']],
  ['核对身份：手掌静脉识别成功，另存声纹样本一份。', ['手掌静脉识别', '声纹样本']],
  ['Her right thumbprint was taken at admission; the ward tablet unlocks by facial recognition.', ['right thumbprint', 'facial recognition']],
  ['Identity checked by iris scan and a finger-vein reader before the transfusion.', ['iris scan', 'finger-vein reader']],
  // places in prose: Chinese heads after a locative, full names anywhere, HK/TW districts, chains with a street
  ['他说老家在莆田，这两年在昆明打工。', ['莆田', '昆明']],
  ['病人上周喺沙田街市跌倒，之前住喺荃灣。', ['沙田', '荃灣']],
  ['家属从台中赶来，住在板橋文化路二段。', ['台中', '板橋文化路二段']],
  ['鄞州区的社区医生随访时发现血压偏高。', ['鄞州区']],
  ['She moved back to Dubuque after the divorce and drives to Rochester for dialysis.', ['Dubuque', 'Rochester']],
  ['Lives alone in Toowoomba; daughter is in Ballarat, VIC.', ['Toowoomba', 'Ballarat, VIC']],
  // pet names and given names by their slot
  ['群聊\n二哥建军：妈的药吃完了吗\n小慧：吃完了，明天去拿\n二哥建军：好', ['建军', '小慧']],
  ['同学阿Ken陪我去的急诊，室友小蕾帮我请了假。', ['阿Ken', '小蕾']],
  ['有事打135 2277 8810（秀英）', ['秀英']],
  // a surname called by its title after a unit, a role or a hand-over verb: the pair is the name
  ['术后交给麻醉科孟医生，已通知病房护士冯姑娘。', ['孟医生', '冯姑娘']],
  // a name field takes its value whatever the surname
  ['受检者姓名：区嘉琪　性别：女', ['区嘉琪']],
  // a surname ending like a drug stem stays a name after a given name or before a person verb
  ['Emma Devazine says the rash is worse.', ['Emma Devazine']],
  ['Tom Calprost rang about the rash on her arm.', ['Tom Calprost']],
  ['Lumirelin said the swelling went down.', ['Lumirelin']],
];

describe('context readers through detectPhi', () => {
  for (const [text, values] of CASES) {
    it(`redacts ${values.join(', ')}`, () => {
      for (const v of values) expect(covered(text, v), `${v} in ${text}`).toBe(true);
    });
  }

  it('keeps clinical words that look like the new classes', () => {
    for (const text of [
      '皮疹呈指纹状排列，边界清楚。',
      '看起来他的人脸色都是青的。',
      '糖尿病视网膜病变，眼底照相示微血管瘤。',
      'Fingerprint-like whorls on the palms; retinal images showed cotton-wool spots.',
      '外痔一般不能进到肛门中区。',
      '达到丰满胸部的效果，比如多吃豆制品。',
      'He was seen at Boston Medical Center for chest pain.',
    ]) {
      expect(
        detectPhi(text).filter((s) => s.type === 'BIOMETRIC' || s.type === 'ADDRESS'),
        text,
      ).toEqual([]);
    }
  });
});

describe('detectors alone', () => {
  it('biometric: the modality and the hand, not the test', () => {
    expect(detectBiometrics('现场采集十指指纹用于身份核验').map((s) => s.text)).toEqual(['十指指纹']);
    expect(detectBiometrics('his prints were taken by police; blood pressure 120/80').map((s) => s.text)).toEqual(['prints']);
    expect(detectBiometrics('Face ID on her phone; a face scan template was stored').map((s) => s.text)).toEqual(['Face ID', 'face scan']);
  });

  it('gazetteer: an institution named after its city is the treating hospital, not an address', () => {
    expect(detectGazetteerPlaces('在温州医科大学附属医院就诊')).toEqual([]);
    expect(detectGazetteerPlaces('去年在温州住了半年').map((s) => s.text)).toEqual(['温州']);
    expect(detectGazetteerPlaces('arrested in Phoenix, AZ 85003 on Friday').map((s) => s.text)).toEqual(['Phoenix, AZ 85003']);
  });

  it('pet names: the shape of a given name, and a chat needs two speaker lines', () => {
    expect(givenShaped('小芸')).toBe(true);
    expect(givenShaped('小时')).toBe(false);
    expect(givenShaped('妈妈')).toBe(false);
    expect(detectPetNames('小慧：吃完了').map((s) => s.text)).toEqual([]);
    expect(detectPetNames('妈妈：凯凯，你回来吗\n凯凯：回').map((s) => s.text)).toEqual(['凯凯', '凯凯']);
  });
});

describe('tagger windows', () => {
  it('cuts long lines at sentence ends and keeps short lines whole', () => {
    const long = `${'头痛三天，伴恶心。'.repeat(30)}\n短行`;
    const ranges = sentenceRanges(long);
    expect(ranges.length).toBe(31);
    expect(long.slice(...ranges[30])).toBe('短行');
  });

  /** Sentence → is it a tagger candidate. */
  const CANDIDATES: [string, boolean][] = [
    ['The patient has had a cough for three days.', false],
    ['Sarah called about the cough.', true],
    ['He went to see Dr Okafor.', true],
    ['Took 5 mg for 3 days.', false],
    ['患者咳嗽三天，无发热。', false],
    ['王建国咳嗽三天。', true],
    // Generic drug names by their INN stem and hyphenated ordinary words open none; a name beside them still does,
    // and a short surname that ends in a stem is no drug.
    ['Started Tacrolimus and Fluconazole.', false],
    ['Started Tacrolimus; Okonkwo will review.', true],
    ['X-ray of the chest was clear.', false],
    ['Kovir phoned.', true],
    // A stem-ending word where a person stands is a surname: after a given name, before a person verb.
    ['Emma Devazine says the rash is worse.', true],
    ['Lumirelin said the swelling went down.', true],
    ['Emma started Olanzapine last week.', false],
    // 金 of 帕金森 and 况 of 情况 are inside dictionary words; 王 opening 王建国 is a word start.
    ['他得了帕金森，手抖。', false],
    ['这种情况可以吃药吗', false],
    ['他得了帕金森，王建国陪他来。', true],
  ];
  it('tags sentences that can hold a reportable value, skips plain clinical prose, drug names and word-inner surnames', () => {
    for (const [sentence, expected] of CANDIDATES) expect(taggerCandidate(sentence, englishWord), sentence).toBe(expected);
    expect(taggerWindows('Ref 4471-22 sent.\nNo fever.\nSeen by Amara.', englishWord)).toEqual([
      [0, 17],
      [28, 42],
    ]);
  });

  it('gives the same spans on a candidate-rich record as tagging the whole text', () => {
    const text = '出院小结\n姓名：龚秀琴　住院号：ZY0087123\n家庭住址：宁波市鄞州区百丈东路88号\n主治医师：蒋卫东';
    expect(detectPhi(text)).toEqual(detectPhi(text, { taggerWindows: false }));
  });

  it('fires rarely on real consultations (huatuo26m, chatdoctor5k)', () => {
    const huatuo = (JSON.parse(readFileSync(sharedPath('corpus', 'huatuo26m-test.json'), 'utf8')) as { instruction: string[]; output: string[] }[])
      .slice(0, 300)
      .map((x) => `${x.instruction.join('')}\n${x.output.join('')}`);
    const chatdoctor = (JSON.parse(readFileSync(sharedPath('corpus', 'chatdoctor5k.json'), 'utf8')) as { input: string; output: string }[])
      .slice(0, 300)
      .map((x) => `${x.input}\n${x.output}`);
    let chars = 0;
    let hits = 0;
    for (const t of [...huatuo, ...chatdoctor]) {
      chars += t.length;
      hits += detectBiometrics(t).length + detectGazetteerPlaces(t).length + detectPetNames(t).length;
    }
    // At most one firing per 10,000 characters (real cities in these texts count against it too).
    expect(hits / chars).toBeLessThan(1e-4);
  });
});
