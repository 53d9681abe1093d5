import { describe, expect, it } from 'vitest';
import { analyteByCode } from '../knowledge/reference-ranges.js';
import { parseLabReport } from './parse.js';
import { nearestUnit, unitOfScale } from './unit-repair.js';

const an = (code: string) => {
  const a = analyteByCode(code);
  if (!a) throw new Error(`no analyte ${code}`);
  return a;
};

describe("nearestUnit: a misspelt or misread unit is matched to the analyte's own", () => {
  it('repairs malformed spellings one or two characters away', () => {
    expect(nearestUnit(an('k'), 'mmolit')).toBe('mmol/l');
    expect(nearestUnit(an('plt'), 'x10#9/L')).toBe('10^9/l');
    expect(nearestUnit(an('tbil'), 'hmol/L')).toBe('umol/l');
  });
  it('never turns one well-formed unit into another (mg/L is not mg/dL) and leaves garbage alone', () => {
    expect(nearestUnit(an('glu'), 'mg/l')).toBeUndefined();
    expect(nearestUnit(an('alb'), 'g/L')).toBeUndefined();
    expect(nearestUnit(an('hgb'), 'en')).toBeUndefined();
  });
});

describe('unitOfScale: a unit cell misread by OCR is read as the unit of the scale the row shows', () => {
  it('reads dropped slashes and look-alike letters as the analyte unit of that scale', () => {
    expect(unitOfScale(an('alt'), 'UAL', 1)).toBe('U/L');
    expect(unitOfScale(an('alt'), 'un', 1)).toBe('U/L');
    expect(unitOfScale(an('mch'), 'μg', 1)).toBe('pg');
    expect(unitOfScale(an('ft3'), 'μmol/L', 1)).toBe('pmol/L');
    expect(unitOfScale(an('hgb'), 'gn', 1)).toBe('g/L');
  });
  it('leaves a cell alone that names a known unit, fits another scale as well, or shares nothing in place', () => {
    expect(unitOfScale(an('alt'), 'U/L', 1)).toBeUndefined();
    expect(unitOfScale(an('hgb'), 'gdL', 1)).toBeUndefined();
    expect(unitOfScale(an('hgb'), 'i', 1)).toBeUndefined();
    expect(unitOfScale(an('wbc'), 'mL', 0.001)).toBeUndefined();
  });
  it('shows the unit the flag used: a photo row keeps its scale, pasted text keeps what was printed', () => {
    const [photo] = parseLabReport('谷丙转氨酶  58  UAL  9-50', { unitsMayBeMisread: true }).results;
    expect(photo).toMatchObject({ unit: 'U/L', flag: 'high' });
    const [text] = parseLabReport('谷丙转氨酶  58  UAL  9-50').results;
    expect(text.unit).toBe('UAL');
  });
});

describe("flags with repaired units and the report's own critical marks", () => {
  it('a misread unit no longer hides a critical potassium', () => {
    const [r] = parseLabReport('钾  K  7.1  mmoI/I  3.5-5.3').results;
    expect(r.flag).toBe('critical-high');
  });
  it('a directionless critical mark (危急值, Critical) makes a high or low value critical on its side', () => {
    const [na] = parseLabReport('钠  Na  121  危急值  mmol/L  137-147').results;
    expect(na.flag).toBe('critical-low');
    const [alt] = parseLabReport('ALT   95   Critical   U/L   7-40').results;
    expect(alt.flag).toBe('critical-high');
  });
  it('a bilingual row keeps its code when an English name follows the Chinese one', () => {
    const [r] = parseLabReport('白血球 White Cell Count   1.1   x10^9/L   4.0-10.0').results;
    expect(r.code).toBe('wbc');
  });
});
