import { describe, expect, it } from 'vitest';
import { loadIntentRows, probeLabel } from '../bench/triage-intent-data.js';

describe('the intent reader training rows (bench/triage-intent-data.ts)', () => {
  it('reads probe labels of every file format, and leaves an unknown one out', () => {
    expect(probeLabel({ expected: 'emergency', crisis: true })).toBe(true);
    expect(probeLabel({ expected: 'emergency', crisis: false })).toBe(false);
    expect(probeLabel({ exp: 'em+c' })).toBe(true);
    expect(probeLabel({ exp: 'non' })).toBe(false);
    expect(probeLabel({ expect_level: 'emergency', expect_crisis: true })).toBe(true);
    expect(probeLabel({ exp: 'E' })).toBeNull();
  });

  it('groups rows by written batch or probe file, each with positives and look-alikes', () => {
    const rows = loadIntentRows();
    const groups = new Set(rows.map((r) => r.group));
    expect(groups.has('triage-aw')).toBe(true);
    expect(rows.some((r) => r.positive) && rows.some((r) => !r.positive)).toBe(true);
    expect(rows.find((r) => r.id === 'triage-aw:aw031')?.positive).toBe(true);
  });
});
