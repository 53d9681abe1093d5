import { describe, expect, it } from 'vitest';
import { DRUG_CLASSES } from './drug-indications.js';
import { FIRST_LINE_DRUGS, firstLineDrugEntry, firstLineDrugs } from './first-line-drugs.js';
import { FIRST_LINE_TESTS, firstLineEntry, SOURCED_FIRST_LINE_TESTS } from './first-line-tests.js';
import { parseIcdCode } from './icd10.js';

const code = (c: string) => parseIcdCode(c)!;
const RANGE_RE = /^[A-Z]\d{2}(\.\d)?(-[A-Z]\d{2}(\.\d)?)?$/u;

describe('first-line tables', () => {
  it('every entry names WHO codes and at least one test or drug', () => {
    for (const e of FIRST_LINE_TESTS) {
      expect(e.codes, e.group).toMatch(RANGE_RE);
      expect(e.tests.length, e.group).toBeGreaterThan(0);
    }
    for (const e of FIRST_LINE_DRUGS) {
      expect(e.codes, e.group).toMatch(RANGE_RE);
      expect((e.drugs?.length ?? 0) + (e.classes?.length ?? 0), e.group).toBeGreaterThan(0);
    }
  });

  it('names only classes the indication table has', () => {
    const ids = new Set(DRUG_CLASSES.map((c) => c.id));
    for (const e of FIRST_LINE_DRUGS) for (const c of e.classes ?? []) expect(ids.has(c), `${e.group}: ${c}`).toBe(true);
  });

  it('picks the narrowest entry covering a code', () => {
    expect(firstLineEntry(code('K56.100'))?.group).toBe('intussusception');
    expect(firstLineEntry(code('K56.200'))?.group).toBe('intestinal obstruction, volvulus');
    expect(firstLineEntry(code('H18.600'))?.group).toBe('keratoconus');
    expect(firstLineEntry(code('I47.201'))?.tests[0]).toBe('心电图');
    expect(firstLineEntry(code('K40.900'))).toBeUndefined();
    expect(firstLineDrugEntry(code('N30.000'))?.group).toBe('acute cystitis');
    expect(firstLineDrugEntry(code('N30.100'))).toBeUndefined();
    // Left out on purpose: rectal injury (finger and proctoscope first), biliary ascariasis (ultrasound, not the
    // stool), acute dacryocystitis (no probing or syringing in the acute stage).
    expect(firstLineEntry(code('S36.600'))).toBeUndefined();
    expect(firstLineEntry(code('S36.100'))?.tests[0]).toBe('腹部CT');
    expect(firstLineEntry(code('B77.803'))).toBeUndefined();
    expect(firstLineEntry(code('B77.900'))?.group).toBe('ascariasis');
    expect(firstLineEntry(code('H04.302'))).toBeUndefined();
    expect(firstLineEntry(code('H04.401'))?.group).toBe('chronic dacryocystitis');
    expect(firstLineDrugEntry(code('B77.803'))).toBeUndefined();
    expect(firstLineDrugEntry(code('J43.900'))?.group).toBe('COPD and emphysema');
  });

  it('expands classes into their drugs after the named drugs', () => {
    const gout = firstLineDrugs(firstLineDrugEntry(code('M10.900'))!);
    expect(gout.slice(0, 2)).toEqual(['秋水仙碱', '别嘌醇']);
    expect(gout).toContain('布洛芬');
    // A complication of diabetes is not treated by any glucose-lowering drug.
    expect(firstLineDrugEntry(code('E14.500'))).toBeUndefined();
  });

  it('the groups added after sample 7 each name a guideline, and the ones without one have no entry', () => {
    for (const e of SOURCED_FIRST_LINE_TESTS) expect(e.source.trim().length, e.group).toBeGreaterThan(10);
    // Bleeding of unstated site may be lower (no one endoscopy); J94.8 holds other pleural conditions, not effusion.
    expect(firstLineEntry(code('K92.200'))).toBeUndefined();
    expect(firstLineEntry(code('J94.800'))).toBeUndefined();
    expect(firstLineEntry(code('J90.x00'))?.group).toBe('pleural effusion');
    // Sourced only as textbook work-ups: sialolithiasis, perinephric abscess, neonatal hypocalcaemia.
    for (const c of ['K11.500', 'N15.102', 'P71.100']) expect(firstLineEntry(code(c)), c).toBeUndefined();
    // Perforation of the oesophagus: CT with oral contrast (WSES 2019), not a fluoroscopic swallow.
    expect(firstLineEntry(code('K22.300'))?.tests[0]).toBe('胸部CT检查');
    expect(firstLineEntry(code('K22.300'))?.tests).not.toContain('食管造影');
    // Heart failure keeps echocardiography, with the guideline that puts NT-proBNP before it.
    expect(firstLineEntry(code('I50.900'))?.source).toMatch(/NG106/);
  });
});
