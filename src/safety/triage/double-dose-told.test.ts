// Review s22 S5 (triage): a double dose asked after a taking TOLD in any form stays a narrow-margin extra dose
// (/tmp/rvtri/y.tsv — routine on the s22 head, urgent at d5e46a7); asked with nothing told it is still no dose taken.
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';

const t = (text: string) => triageDetail(text, { locale: /[\u4e00-\u9fff]/.test(text) ? 'zh-CN' : 'en-US' });

describe('a taking told anywhere keeps the question after it a dose taken', () => {
  it.each([
    '今早华法林吃重复了，明天要吃两次吗',
    '今早華法林吃重複了，明天要吃兩次嗎',
    '地高辛今天吃重了，明天要吃两次吗',
    '碳酸锂今天吃多了一顿，明天要吃两次吗',
  ])('%s', (text) => {
    expect(t(text).level).not.toBe('routine');
  });
});

describe('nothing told: the question alone is no extra dose', () => {
  it.each(['地高辛明天要吃两次吗'])('%s', (text) => {
    expect(t(text).level).toBe('routine');
  });
});
