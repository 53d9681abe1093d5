// The written-Cantonese reading is an OPTION passed down the call (normalise.ts ReadingOptions, TriageOptions
// .cantoneseReading), not module state (session 38; it was a module switch, withoutCantoneseReading, in session 37).
// Same behaviour: off reads the text as the older table alone did; triageDetail decides Cantonese both ways.
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { normaliseText, readsAsCantonese } from './normalise.js';
import type { TriageLevel } from '../types.js';

const RANK: Record<TriageLevel, number> = { routine: 0, urgent: 1, emergency: 2 };
const YUE = '阿爸俾蜜蜂叮親之後塊面腫晒，透唔到氣';

describe('normaliseText cantoneseReading option', () => {
  it('applies the reading by default and not when turned off', () => {
    expect(readsAsCantonese(YUE)).toBe(true);
    const on = normaliseText(YUE);
    const off = normaliseText(YUE, { cantoneseReading: false });
    expect(on).not.toBe(off);
    expect(off).toContain('晒');
  });
  it('keeps no state between calls: an off call inside a run does not change the next default call', () => {
    const first = normaliseText(YUE);
    const interleaved = [YUE, YUE].map((t, i) => normaliseText(t, { cantoneseReading: i === 0 ? false : undefined }));
    expect(interleaved[1]).toBe(first);
    expect(normaliseText(YUE)).toBe(first);
  });
  it('leaves Mandarin text alone either way', () => {
    const zh = '我爸被蜜蜂蛰了以后脸肿了，喘不上气';
    expect(normaliseText(zh, { cantoneseReading: false })).toBe(normaliseText(zh));
  });
});

describe('triageDetail cantoneseReading option', () => {
  it('decides a Cantonese message at least as high as the older reading alone (the reading may only add)', () => {
    for (const t of [YUE, '個女手腕有新傷口仲流緊血，佢話唔想再煩住我哋', '阿嫲今日冇食過嘢，水都唔飲，成個人好冇精神']) {
      const both = triageDetail(t);
      const older = triageDetail(t, { cantoneseReading: false });
      expect(RANK[both.level]).toBeGreaterThanOrEqual(RANK[older.level]);
    }
    expect(triageDetail(YUE).level).toBe('emergency');
  });
  it('decides a Mandarin message once, the same with the option on or off', () => {
    const t = '我爸被蜜蜂蛰了以后脸肿了，喘不上气';
    expect(triageDetail(t, { cantoneseReading: false }).level).toBe(triageDetail(t).level);
  });
});
