import { describe, expect, it } from 'vitest';
import { readChoiceAnswer } from './final-answer.js';

// Session 37: what the reply writes beside its letters, read by position (letter-labels.ts). Fail closed: a reply whose
// letters and names or marks disagree gets no answer, never the other set; a gloss that agrees name by name stands.
const dm = { A: 'Metformin', B: 'Insulin glargine', C: 'Amoxicillin', D: 'Empagliflozin', E: 'Omeprazole' };
const dm2 = { A: 'Metformin', B: 'Glipizide', C: 'Insulin glargine', D: 'Sitagliptin' };
const ap = { A: '阿司匹林', B: '华法林', C: '氯吡格雷', D: '硝酸甘油', E: '替格瑞洛' };
const mp = { A: '学龄儿童多见', B: '刺激性干咳为突出表现', C: '首选青霉素类治疗', D: '肺部体征常与影像学表现不一致', E: '可伴肺外并发症' };
const ag = { A: 'Methanol ingestion', B: 'Uremia', C: 'Diabetic ketoacidosis', D: 'Severe diarrhea', E: 'Lactic acidosis' };
const read = (reply: string, options: Record<string, string>, multi = false, question?: string) => readChoiceAnswer(reply, { options, multi, question });

describe('letters read with what the reply writes beside them', () => {
  it('a letter list glossed with another set of options is no answer; glossed with its own, it stands', () => {
    expect(read('答案：ACE（阿司匹林、华法林、替格瑞洛）', ap, true)).toMatchObject({ value: null, why: 'letter-text-disagree' });
    expect(read('答案：ACE（阿司匹林、氯吡格雷、替格瑞洛）', ap, true).value).toBe('ACE');
    expect(read('Answer: A, B (metformin and insulin glargine)', dm, true).value).toBe('AB');
    expect(read('Both lower glucose. Answer: A, D (metformin and insulin glargine).', dm, true).value).toBeNull();
    // A bracket that is a remark, not one name a letter, is not read.
    expect(
      read('Answer: ABD (all three are live; IPV is inactivated).', { A: 'MMR', B: 'Varicella', C: 'IPV', D: 'Yellow fever', E: 'Hepatitis B' }, true).value,
    ).toBe('ABD');
  });

  it("a letter written as the label of another option's name is no answer", () => {
    expect(read('First-line pharmacotherapy is B) metformin, because of its efficacy and low cost.', dm2)).toMatchObject({
      value: null,
      why: 'letter-text-disagree',
    });
    expect(read('Start with B) metformin unless eGFR is below 30.', dm2).value).toBeNull();
    // Look-alikes: a mnemonic's rows, a list of letters before a colon, a letter glossing the name before it, rows labelled right.
    // (The mnemonic's rows are no label: whatever the older readers make of the reply, this check does not fire.)
    expect(
      read('MUDPILES:\nM – Methanol\nU – Uremia\nD – DKA\nL – Lactic acidosis\nDiarrhoea is not in it (normal gap). The answer is D.', ag).why,
    ).toBeUndefined();
    expect(read('Options A, B, C and E: methanol, uraemia, DKA and lactate raise the gap. The answer is D.', ag).value).toBe('D');
    expect(read('Metformin is first-line (A). A sulfonylurea such as glipizide risks hypoglycaemia.', dm2).value).toBe('A');
    expect(read('B) glipizide - no, hypoglycaemia.\nA) metformin - yes.\nAnswer: A', dm2).value).toBe('A');
  });

  it('a letter read from mentions that the reply marks wrong is no answer, unless a statement or the question says otherwise', () => {
    expect(read('A√ B√ C× D√ E√\nC错：支原体没有细胞壁，β-内酰胺类无效。', mp, true)).toMatchObject({ value: null, why: 'letter-marked-wrong' });
    // A later statement of the answer, an item asking for the wrong one, a name ending in a capital ("Hepatitis B ✗").
    expect(read('A√ B√ C× D√ E√\nC错：支原体没有细胞壁。答案ABDE', mp, true).value).toBe('ABDE');
    expect(read('A√ B√ C× D√ E√\n答案：C', mp, false, '关于儿童肺炎支原体肺炎，下列说法错误的是').value).toBe('C');
    expect(
      read(
        'MMR, varicella and yellow fever are live; Hepatitis B ✗ and IPV ✗ are not. So A, B and D.',
        { A: 'MMR', B: 'Varicella', C: 'IPV', D: 'Yellow fever', E: 'Hepatitis B' },
        true,
      ).value,
    ).toBe('ABD');
  });

  // Review s37 probes (extract-probes.jsonl): S1 xp-s04..s07 — an agreeing gloss no longer hides a later reference
  // that contradicts it; S2 xp-b01/b02/b03/b14/b15 — colon mnemonic rows and "influenza A:" are no labels; the article
  // strip keeps "amoxicillin" whole (blind xb-t06).
  it('an agreeing gloss does not hide a later contradicting reference (S1)', () => {
    const acei = { A: '卡托普利', B: '氯沙坦', C: '依那普利', D: '硝苯地平', E: '培哚普利' };
    const dvt = { A: '长期卧床', B: '口服避孕药', C: '恶性肿瘤', D: '规律运动', E: '近期大手术' };
    expect(read('答案：ACE（卡托普利、依那普利、培哚普利）。也就是B（卡托普利）。', acei, true).value).toBeNull();
    expect(read('Answer: A, B (metformin and insulin glargine). That makes it D (metformin).', dm, true).value).toBeNull();
    expect(read('Answer: A, B (metformin and insulin glargine). i.e. E (metformin)', dm, true).value).toBeNull();
    expect(read('答案：ABCE（长期卧床、口服避孕药、恶性肿瘤、近期大手术）。也就是D（近期大手术）也算。', dvt, true).value).toBeNull();
    // The agreeing gloss alone still stands.
    expect(read('答案：ACE（卡托普利、依那普利、培哚普利）', acei, true).value).toBe('ACE');
    expect(read('Answer: A, B (metformin and insulin glargine)\nFinal answer: A, B', dm, true).value).toBe('AB');
  });

  it('colon mnemonic rows and "influenza A:" are no labels (S2)', () => {
    const abc = { A: 'Circulation', B: 'Airway', C: 'Breathing', D: 'Disability' };
    expect(
      read(
        'Use the ATLS approach:\nA: Airway with c-spine control\nB: Breathing\nC: Circulation\nD: Disability\nE: Exposure\nAirway always comes first, so the answer is B.',
        abc,
      ).value,
    ).toBe('B');
    expect(
      read('按ABCDE顺序：\nA：气道\nB：呼吸\nC：循环\nD：神经功能\nE：暴露\n气道永远第一，所以答案是B。', { A: '循环', B: '气道', C: '呼吸', D: '神经功能' })
        .value,
    ).toBe('B');
    const hagma = { A: 'Diabetic ketoacidosis', B: 'Methanol', C: 'Lactic acidosis', D: 'Diarrhoea' };
    expect(
      read(
        'MUDPILES:\nM: Methanol\nU: Uraemia\nD: Diabetic ketoacidosis\nP: Paraldehyde\nI: Isoniazid\nL: Lactic acidosis\nE: Ethylene glycol\nS: Salicylates\nDiarrhoea causes a normal-gap acidosis. The answer is D.',
        hagma,
      ).value,
    ).toBe('D');
    const flu = { A: 'Zanamivir', B: 'Oseltamivir', C: 'Acyclovir', D: 'Ribavirin' };
    expect(read('influenza A: oseltamivir.\nAnswer: B', flu).value).toBe('B');
    expect(read('For influenza A: oseltamivir, for influenza B: oseltamivir too.\nAnswer: B', flu).value).toBe('B');
  });

  it('a name beginning with a/an/the keeps its letters', () => {
    const aom = { A: 'Ciprofloxacin', B: 'Amoxicillin', C: 'Vancomycin', D: 'Doxycycline' };
    expect(read('i think its D) amoxicillin, high dose for like 5-10 days', aom).value).toBeNull();
    expect(read('Answer: B) the amoxicillin', aom).value).toBe('B');
  });
});
