// Session 35: a reading from prose stands only when the reply's anchored commitments agree with it (reply-anchors.ts):
// blind extract-ao xao-034 "B. Lipase is more specific than amylase (A) … CRP (D) reflects severity" read D,
// xao-052 "… Repeating CT in 24 hours (D) is pointless … So the … answer … I'd commit to here, is a lumbar puncture"
// read D, xao-099 "easy one lol — protamine. … idarucizumab is for dabigatran." read B — each now no answer (fail
// closed), never a letter the reply only discussed. Also: an answer line's letters end at the line ("答案：ABCDF\nE（…）属
// 急性并发症", xan-096 read ABCDEF), lone lower-case letters of a list run to the last ("a、b、d、e 都係", xao-072 read
// ABD), and a letter mentioned beside a layout judging two options right on a one-answer item is no answer (xal-096).
import { describe, expect, it } from 'vitest';
import { letterContext, readChoiceAnswer } from './final-answer.js';
import { replyAnchors } from './reply-anchors.js';

const panc = { A: 'Amylase', B: 'Lipase', C: 'ALT', D: 'CRP' };
const sah = { A: 'MRI brain', B: 'Lumbar puncture', C: 'Discharge with analgesia', D: 'Repeat CT in 24 hours', E: 'Cerebral angiography' };
const hep = { A: 'Vitamin K', B: 'Idarucizumab', C: 'Andexanet alfa', D: 'Protamine sulfate' };
const dm = { A: '視網膜病變', B: '腎病變', C: '周邊神經病變', D: '冠狀動脈疾病', E: '糖尿病酮酸中毒', F: '足部潰瘍' };
const kd = { A: '發熱持續5天以上', B: '雙側球結膜充血', C: '血小板減少', D: '頸部淋巴結非化膿性腫大', E: '草莓舌' };

const one = (out: string, options: Record<string, string>) => readChoiceAnswer(out, { options, multi: false });
const set = (out: string, options: Record<string, string>) => readChoiceAnswer(out, { options, multi: true }).value;

describe('a reading from prose against an anchored commitment is no answer', () => {
  it.each([
    ['B. Lipase is more specific than amylase (A), which also rises in salivary disease. CRP (D) reflects severity rather than diagnosis.', panc],
    [
      "This is a thunderclap headache — subarachnoid hemorrhage must be excluded.\n\nNon-contrast CT is close to 100% sensitive within 6 hours of onset when read by an experienced radiologist, but sensitivity falls after that, and at 8 hours a normal CT does not rule out SAH.\n\nDischarging (C) would be dangerous. Repeating CT in 24 hours (D) is pointless because sensitivity only falls further with time. MRI (A) with FLAIR/SWI can detect blood but is not the standard next step and isn't always available emergently. CT angiography is increasingly used instead of LP in some centers, and some would go straight to catheter angiography (E), but that's invasive and reserved for when SAH is confirmed or aneurysm strongly suspected.\n\nSo the traditional answer, and the one I'd commit to here, is a lumbar puncture looking for xanthochromia and elevated RBCs that don't clear across tubes (ideally ≥12 hours after onset).",
      sah,
    ],
    // A lead label against the letter a comparison labels: no answer rather than the compared one.
    ['B. Lipase is more specific than amylase (A).', panc],
    ['easy one lol — protamine. it binds heparin and neutralizes it. vit K is for warfarin, idarucizumab is for dabigatran.', hep],
  ] as const)('blind shape: %s', (out, options) => {
    const r = one(out, options);
    expect(r.value).toBeNull();
  });

  it.each([
    // The anchor and the reading agree: still read.
    ['CRP (D) reflects severity and amylase (A) is less specific. So lipase (B) is the answer.', panc, 'B'],
    // An opening the reply corrects is provisional: the correction decides.
    ['Go with A. Wait, no. D instead.', hep, 'D'],
    ['My first thought is A (Vitamin K).\n\nOn reflection, D.', hep, 'D'],
  ] as const)('kept: %s', (out, options, want) => expect(one(out, options).value).toBe(want));

  it('anchors: none from a walk through labelled lines, a subject with a predicate, or a negation', () => {
    const ctx = letterContext({ options: hep, multi: false });
    expect(replyAnchors('A. Vitamin K — no.\nD. Protamine sulfate — yes.', ctx).filter((a) => a.kind === 'lead-label')).toEqual([]);
    expect(replyAnchors('Protamine binds heparin. Idarucizumab is for dabigatran.', ctx).filter((a) => a.kind === 'bare-name')).toEqual([]);
    expect(replyAnchors('Not vitamin K. Protamine.', ctx).filter((a) => a.kind === 'bare-name')).toEqual([]);
    expect(replyAnchors('easy one — protamine. binds it.', ctx)).toEqual([{ letter: 'D', kind: 'bare-name' }]);
  });
});

describe('letter lists end where the reply says so', () => {
  it('an answer line ends at its line: a letter opening the next line with words of its own is no item', () => {
    expect(set('答案：ABCDF\nE（酮酸中毒）屬急性併發症，其餘均為慢性併發症。', dm)).toBe('ABCDF');
    expect(set('答案：A、B\nC、D', dm)).toBe('ABCD');
    // A list ending its line on a joiner goes on; a next line adding its letter makes no one set (never AB).
    expect(set('答案：A、B、\nC（周邊神經病變）', dm)).toBe('ABC');
    expect(set('答案：A、B\nC is also a complication.', dm)).toBeNull();
  });
  it('lone lower-case letters of a list run to the last one; never a subset', () => {
    expect(set('a、b、d、e 都係。血小板喺急性期通常係減少嘅咩？唔係，所以c唔啱。', kd)).not.toBe('ABD');
    expect(set('a、b、d、e。', kd)).toBe('ABDE');
  });
});

describe('per-option verdicts judging two options right on a one-answer item', () => {
  it('a mentioned letter is no answer (xal-096)', () => {
    const croup = { A: 'Oral dexamethasone', B: 'Nebulised adrenaline', C: 'IV ceftriaxone', D: 'Oral amoxicillin' };
    const out = 'A: correct — oral dexamethasone is standard for croup.\nB: correct — nebulised adrenaline is used in croup.\nC: incorrect.\nD: incorrect.';
    expect(one(out, croup).value).toBeNull();
  });
});

describe('a multi-answer walk cut off on a row is no set (final-answer.ts)', () => {
  const kawasaki = { A: '发热持续5天以上', B: '双侧球结膜充血', C: '可出现冠状动脉瘤', D: '首选静脉丙种球蛋白联合阿司匹林' };
  const gcs = { A: 'Eye opening', B: 'Verbal response', C: 'Pupillary reactivity', D: 'Motor response', E: 'Blood pressure' };
  it.each([
    [
      '逐项分析：\nA. 发热≥5天是诊断的必备条件，正确。\nB. 双侧非化脓性球结膜充血，正确。\nC. 冠状动脉损害是最严重的并发症，正确。\nD. 静脉丙种球蛋白',
      kawasaki,
    ],
    ['The GCS has three components:\n1. Eye opening (A)\n2. Verbal response (B)\n3.', gcs],
  ] as const)('blind shape (xan-002, xam-092): %s', (out, options) => expect(set(out, options)).toBeNull());
  it('a stated answer before the cut walk stands; a whole walk is read', () => {
    expect(set('答案：ABC\n逐项分析：\nA. 正确。\nB. 正确。\nC. 正确。\nD. 静脉丙种球蛋白', kawasaki)).toBe('ABC');
    expect(set('A. Eye opening ✓\nB. Verbal response ✓\nC. Pupils ✗\nD. Motor response ✓\nE. BP ✗', gcs)).toBe('ABD');
  });
});

describe('a multi-answer letter read from a list that labels more options is no set (final-answer.ts)', () => {
  const gcs = { A: 'Eye opening', B: 'Verbal response', C: 'Pupillary reactivity', D: 'Motor response', E: 'Blood pressure' };
  it('a list of picks labelled after their names: the last label alone is not the set', () => {
    expect(set('The GCS has three components:\n1. Eye opening (A)\n2. Verbal response (B)\n3. Motor response (D)', gcs)).toBeNull();
  });
  it('rows opening on their label are a walk, read as before', () => {
    expect(set('selected:\n- A\n- C\n\nWait, C is wrong. A, B and D.', gcs)).toBe('ABD');
  });
});
