import { describe, expect, it } from 'vitest';
import { CRITICAL_VALUES, criticalLimits } from '../knowledge/critical-values.js';
import { analyteByCode, bundledBounds } from '../knowledge/reference-ranges.js';
import { flagResult } from './flag-result.js';
import type { LineTokens } from './line-tokens.js';

// The one critical-value table (knowledge/critical-values.ts) × every unit each test is printed in, generated from the
// table itself: a value just beyond each limit, written in each unit the reference table converts, is flagged critical
// on that side; a value just inside it is not. So no unit of a listed test can miss its critical limit.
const tok = (value: number, unit: string | undefined): LineTokens => ({ value, valueText: String(value), unit }) as LineTokens;

describe('critical-value table', () => {
  it('names only tests of the reference table, with limits outside their reference interval and call-now at or beyond them', () => {
    for (const [code, bySpecimen] of Object.entries(CRITICAL_VALUES)) {
      const an = analyteByCode(code);
      expect(an, code).toBeDefined();
      const c = bySpecimen.blood;
      if (!c || !an) continue;
      const ref = bundledBounds(an, undefined);
      if (c.low !== undefined && ref?.[0] !== undefined) expect(c.low, code).toBeLessThan(ref[0]);
      if (c.high !== undefined && ref?.[1] !== undefined) expect(c.high, code).toBeGreaterThan(ref[1]);
      if (c.callNowLow !== undefined) expect(c.callNowLow, code).toBeLessThanOrEqual(c.low ?? -Infinity);
      if (c.callNowHigh !== undefined) expect(c.callNowHigh, code).toBeGreaterThanOrEqual(c.high ?? Infinity);
      // The reference table carries the same blood limits (attached, never written twice).
      expect(an.critical, code).toEqual(c.low !== undefined || c.high !== undefined ? [c.low, c.high] : undefined);
    }
  });

  it('flags a value beyond each limit critical in every unit the test is printed in, and one inside it not', () => {
    let checked = 0;
    for (const [code, bySpecimen] of Object.entries(CRITICAL_VALUES)) {
      const an = analyteByCode(code);
      const c = bySpecimen.blood;
      if (!an || !c) continue;
      const units = Object.entries(an.units ?? { [an.unit]: 1 });
      for (const [unit, factor] of units) {
        for (const [limit, side] of [
          [c.low, 'low'],
          [c.high, 'high'],
        ] as const) {
          if (limit === undefined) continue;
          const beyond = (side === 'low' ? limit * 0.98 : limit * 1.02) / factor;
          const inside = (side === 'low' ? limit * 1.01 : limit * 0.99) / factor;
          expect(flagResult(an, tok(beyond, unit || undefined)).flag, `${code} ${beyond} ${unit}`).toBe(`critical-${side}`);
          expect(flagResult(an, tok(inside, unit || undefined)).flag, `${code} ${inside} ${unit}`).not.toMatch(/^critical/);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('keeps blood limits off other specimens, and a value blood cannot have off the blood pH', () => {
    const glu = analyteByCode('glu');
    expect(flagResult(glu, tok(2.5, 'mmol/L')).flag).toBe('critical-low');
    expect(flagResult(glu, tok(2.5, 'mmol/L'), { specimen: 'csf' }).flag).not.toMatch(/^critical/);
    expect(flagResult(glu, tok(1.5, 'mmol/L'), { specimen: 'csf' }).flag).toBe('critical-low');
    expect(flagResult(glu, tok(1.5, 'mmol/L'), { specimen: 'urine' }).flag).not.toMatch(/^critical/);
    expect(criticalLimits('k', 'fluid')).toBeUndefined();
    expect(flagResult(analyteByCode('ph'), tok(6.0, undefined)).flag).not.toMatch(/^critical/);
    expect(flagResult(analyteByCode('ph'), tok(7.05, undefined)).flag).toBe('critical-low');
  });

  it('reads a value printed above the measuring range at least as that value (">50.0" troponin, ">600" glucose)', () => {
    const t = { ...tok(50, 'ng/mL'), op: '>' as const, valueText: '>50.0', range: { high: 0.04, text: '<0.04' } } as LineTokens;
    expect(flagResult(analyteByCode('ctni'), t).flag).toBe('critical-high');
    const g = { ...tok(600, 'mg/dL'), op: '>' as const, valueText: '>600' } as LineTokens;
    expect(flagResult(analyteByCode('glu'), g).flag).toBe('critical-high');
    const low = { ...tok(0.5, 'ng/mL'), op: '<' as const, valueText: '<0.5' } as LineTokens;
    expect(flagResult(analyteByCode('ctni'), low).flag).not.toMatch(/^critical/);
  });
});
