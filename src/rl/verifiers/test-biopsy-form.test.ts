import { describe, expect, it } from 'vitest';
import { biopsyForm, sameBiopsy } from './test-biopsy-form.js';
import { verifyTestOrder } from './test-order.js';

const acc = (gold: string, answer: string) => verifyTestOrder(JSON.stringify({ tests: [answer] }), { tests: [gold] }, {}).acc;

describe('a Chinese biopsy read as site + how the tissue is taken (#18, s43)', () => {
  it('reads the form; a name with a word it does not know is not read', () => {
    expect(biopsyForm('乳腺空芯针穿刺活检')).toEqual({ site: '乳腺', taking: new Set(['needle', 'core']), lesion: false });
    expect(biopsyForm('内镜下胃黏膜活组织检查')).toEqual({ site: '胃黏膜', taking: new Set(['endoscopic']), lesion: false });
    expect(biopsyForm('乳房手术活检')?.site).toBe('乳腺');
    expect(biopsyForm('鼻咽部活组织检查')?.site).toBe('鼻咽');
    expect(biopsyForm('肝脏穿刺活检')?.site).toBe('肝');
    expect(biopsyForm('腹腔镜探查活检')).toBeNull();
    expect(biopsyForm('胃镜检查及活检')).toBeNull();
    expect(biopsyForm('Breast core needle biopsy')).toBeNull();
    expect(biopsyForm('肺活检（CT引导）')).toBeNull();
  });
  it('the same site, every way of taking the gold names: the answer may narrow, never widen (reward-probes-17/18, 2)', () => {
    expect(acc('乳房穿刺针活检', '乳腺空芯针穿刺活检')).toBe(true);
    expect(acc('胃粘膜活检', '内镜下胃黏膜活组织检查')).toBe(true);
    expect(acc('乳房手术活检', '乳腺肿物切除活检')).toBe(true);
    expect(acc('肝穿刺活检', '肝脏穿刺活检')).toBe(true);
    expect(sameBiopsy('乳腺活检', '乳房穿刺针活检')).toBe(false);
    expect(sameBiopsy('肝活检', '肝穿刺活检')).toBe(false);
    // A fine-needle aspirate is cytology: no biopsy of a lymph node unless the gold says fine-needle.
    expect(sameBiopsy('淋巴结细针穿刺活检', '淋巴结活检')).toBe(false);
    expect(sameBiopsy('甲状腺细针穿刺活检', '甲状腺细针穿刺活检')).toBe(true);
  });
  it('another site, or a way of taking that contradicts the gold, is not this reader’s to pay', () => {
    expect(acc('乳房穿刺针活检', '乳腺肿物切除活检')).toBe(false);
    expect(acc('乳房手术活检', '乳腺穿刺活检')).toBe(false);
    expect(acc('乳腺空芯针活检', '乳腺细针穿刺活检')).toBe(false);
    expect(acc('鼻咽部活组织检查', '鼻部活组织检查')).toBe(false);
    expect(acc('乳房活检', '乳头乳晕区组织活检')).toBe(false);
    expect(acc('肝穿刺活检', '肾穿刺活检')).toBe(false);
    expect(acc('胃粘膜活检', '肠黏膜活检病理')).toBe(false);
  });
});

describe('s43 review: a way of taking the gold does not name, another scope, an incision for an excision', () => {
  it('is not this reader’s to pay (the older readers decide)', () => {
    expect(sameBiopsy('淋巴结切取活检', '淋巴结切除活检')).toBe(false);
    expect(sameBiopsy('肾切除活检', '肾活检')).toBe(false);
    expect(sameBiopsy('骨髓手术切除活检', '骨髓活检')).toBe(false);
    expect(sameBiopsy('胃镜下黏膜活检', '肠镜下黏膜活检')).toBe(false);
    expect(sameBiopsy('肾镜下穿刺活检', '肾穿刺活检')).toBe(false);
    expect(sameBiopsy('肾肿物穿刺活检', '肾穿刺活检')).toBe(false);
  });
  it('keeps the narrowing the gold allows', () => {
    expect(sameBiopsy('乳腺肿物切除活检', '乳房手术活检')).toBe(true);
    expect(sameBiopsy('乳腺开放切取活检', '乳腺手术活检')).toBe(true);
    expect(sameBiopsy('内镜下胃黏膜活组织检查', '胃粘膜活检')).toBe(true);
    expect(sameBiopsy('内镜下胃黏膜活检', '胃镜下胃黏膜活检')).toBe(true);
    expect(sameBiopsy('乳腺空芯针穿刺活检', '乳房穿刺针活检')).toBe(true);
  });
});
