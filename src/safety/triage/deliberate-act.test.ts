// A poisoning told with its purpose (deliberate-act.ts, session 22, review s21 S10): the crisis line goes out with the
// chemical's own level. Rows are the engineer's own probes (/tmp/probes/triage-frames-s22), each with a harmless twin.
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { readDeliberateIngestion } from './deliberate-act.js';
import { normaliseText } from './normalise.js';

const t = (text: string) => triageDetail(text, { locale: /[\u4e00-\u9fff]/.test(text) ? 'zh-CN' : 'en-US' });

describe('a poison swallowed on purpose is an emergency with the crisis line', () => {
  it.each([
    'I swallowed some ant killer on purpose',
    'I drank a bottle of Harpic to end it',
    '我故意吃了磷化铝',
    '我故意喝了半瓶84消毒液',
    'drank some bleach deliberately an hour ago',
  ])('%s', (text) => {
    const d = t(text);
    expect(d.level).toBe('emergency');
    expect(d.contributions.crisisLine).not.toBeNull();
  });
});

describe('no purpose said, the purpose denied, or nothing swallowed: no deliberate act', () => {
  it.each([
    'I used bleach on purpose to clean the mould in the shower',
    '我故意用84消毒液把厨房擦了一遍',
    'I drank some bleach but not on purpose, I thought it was water',
    '不是故意的，孩子刚才喝了一口洁厕灵',
    'I ate the whole cake on purpose',
  ])('%s', (text) => {
    expect(readDeliberateIngestion(normaliseText(text))).toBe(false);
  });
});
