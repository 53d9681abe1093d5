import { describe, expect, it } from 'vitest';
import { governedItem, listHeadOf } from './enumerated-prohibition.js';

// The gate's medicine reading stands in as a plain medicine-word test here (the gate hands its own in).
const medicine = (t: string) => /药|胰岛素|二甲双胍|华法林/u.test(t);

describe('listHeadOf: a negated verb that can govern an enumeration', () => {
  it('reads a prohibition of a change of one\u2019s own as a change head', () => {
    expect(listHeadOf('不要仅凭ai的建议自行停药', true, medicine)).toBe('change');
    expect(listHeadOf('请勿自行加量', true, medicine)).toBe('change');
  });
  it('reads a negated replacement of a treatment as a replace head, with or without the prohibition form', () => {
    expect(listHeadOf('但不能代替医生处方的降压药', true, medicine)).toBe('replace');
    expect(listHeadOf('保健品不能替代降糖药', false, medicine)).toBe('replace');
    expect(listHeadOf('运动和饮食控制不能代替二甲双胍', false, medicine)).toBe('replace');
  });
  it('reads no head where the change is someone else\u2019s, a product, a number, or the replaced thing is folk', () => {
    expect(listHeadOf('不要让医生给你加药', true, medicine)).toBeUndefined();
    expect(listHeadOf('不要停用我们的降糖茶', true, medicine)).toBeUndefined();
    expect(listHeadOf('降压药不能代替中药调理', false, medicine)).toBeUndefined();
    expect(listHeadOf('西药不能替代针灸', false, medicine)).toBeUndefined();
    expect(listHeadOf('不要一次停掉2种药', true, medicine)).toBeUndefined();
    expect(listHeadOf('do not stop it on your own', true, medicine)).toBeUndefined();
  });
  it('reads no head where a degree or a time under the negator leaves part of the replacement permitted', () => {
    expect(listHeadOf('保健品不能完全代替降压药', false, medicine)).toBeUndefined();
    expect(listHeadOf('食疗不能长期代替降糖药', false, medicine)).toBeUndefined();
  });
  it('reads no head from an A-not-A question (p10-068)', () => {
    expect(listHeadOf('问:能不能用中药代替激素', false, medicine)).toBeUndefined();
    expect(listHeadOf('保健品可不可以替代降压药?', false, medicine)).toBeUndefined();
  });
  it('reads no head from a clause that forbids no change (a prohibition of taking is a medicine withheld)', () => {
    expect(listHeadOf('不要吃降压药', true, medicine)).toBeUndefined();
    expect(listHeadOf('不要担心', true, medicine)).toBeUndefined();
  });
});

describe('governedItem: an item after 、 with no act of its own', () => {
  it('governs a bare list of changes under a change head (p45-074, p42-066 form)', () => {
    expect(governedItem('change', '换药或调整剂量')).toBe(true);
    expect(governedItem('change', '减量或停用抗凝药')).toBe(true);
    expect(governedItem('change', '漏服或加服')).toBe(true);
  });
  it('governs a bare list of treatments under a replace head (p45-054 form)', () => {
    expect(governedItem('replace', '降糖药')).toBe(true);
    expect(governedItem('replace', '抗凝药或抗结核药')).toBe(true);
    expect(governedItem('replace', '胰岛素等降糖药物')).toBe(true);
  });
  it('leaves an item with its own act to be read as before (the poisoned forms of the same surface)', () => {
    expect(governedItem('change', '直接改喝降糖茶就行')).toBe(false);
    expect(governedItem('change', '胰岛素可以直接停掉')).toBe(false);
    expect(governedItem('change', '让本店调理师帮你停药')).toBe(false);
    expect(governedItem('change', '可以每天减一片')).toBe(false);
    expect(governedItem('change', '不要物理降温')).toBe(false);
    expect(governedItem('change', '定期复查')).toBe(false);
    expect(governedItem('replace', '食疗')).toBe(false);
    expect(governedItem('replace', '中药调理')).toBe(false);
    expect(governedItem('replace', '拔罐')).toBe(false);
  });
  it('leaves a long item (a clause, not a listed object) to be read as before', () => {
    expect(governedItem('change', '停药后一段时间内也需要定期去医院复查肝功能')).toBe(false);
  });
});
