import { describe, expect, it } from 'vitest';
import { REFERENCE_TABLE } from '../knowledge/reference-ranges.js';
import { aliasAtStart } from './alias-index.js';
import { ANALYSER_CODES, analyserForms } from './name-forms.js';
import { parseLabReport } from './parse.js';

// Analyser printing conventions are generated from the table's own short names, not listed: every form of every short
// Latin name of an analyser test reads as that test.
describe('analyser name forms', () => {
  it('reads every generated form of every analyser test as that test', () => {
    let n = 0;
    for (const an of REFERENCE_TABLE.filter((a) => ANALYSER_CODES.has(a.code))) {
      for (const alias of an.aliases) {
        for (const form of analyserForms(alias)) {
          const hit = aliasAtStart(`${form}   5.0`);
          expect(
            hit?.analytes.map((a) => a.code),
            form,
          ).toContain(an.code);
          n++;
        }
      }
    }
    expect(n).toBeGreaterThan(150);
  });

  it('spells prefixes, suffixes and charges as analysers print them', () => {
    expect(analyserForms('K+')).toEqual(expect.arrayContaining(['cK+', 'ctK+']));
    expect(analyserForms('Na+')).toEqual(expect.arrayContaining(['NA+', 'cNA+', 'cNa+']));
    expect(analyserForms('Ca2+')).toEqual(expect.arrayContaining(['Ca++', 'cCa2+']));
    expect(analyserForms('Hct')).toEqual(expect.arrayContaining(['Hctc']));
    expect(analyserForms('HCO3')).toEqual(expect.arrayContaining(['cHCO3', 'HCO3act', 'HCO3std']));
    expect(analyserForms('Potassium')).toEqual([]);
  });

  it('keeps other tests apart: CK is creatine kinase, cK+ potassium; cCa2+ is total or ionised by its range', () => {
    expect(aliasAtStart('CK 150')?.analytes.map((a) => a.code)).toEqual(['ck']);
    expect(aliasAtStart('cK+ 5.6')?.analytes.map((a) => a.code)).toEqual(['k']);
    const r = parseLabReport('cCa2+      1.18      mmol/L   [ 1.15 - 1.29 ]\ncHCO3-(P)c  7.5  mmol/L  [ 22.0 - 26.0 ]').results;
    expect(r.map((x) => [x.code, x.flag])).toEqual([
      ['ica', 'normal'],
      ['hco3', 'critical-low'],
    ]);
  });

  it('reads a Radiometer-style printout whole (own text)', () => {
    const text = [
      'pH(T)        7.04          [ 7.350 - 7.450 ]',
      'pCO2(T)      9.8   kPa     [ 4.67 - 6.00 ]',
      'ctHb         61    g/L     [ 115 - 174 ]',
      'cK+          2.3   mmol/L  [ 3.5 - 4.5 ]',
      'cGlu         1.9   mmol/L  [ 4.0 - 7.8 ]',
      'cLac         7.7   mmol/L  [ 0.5 - 1.6 ]',
    ].join('\n');
    expect(parseLabReport(text).results.map((x) => [x.code, x.flag])).toEqual([
      ['ph', 'critical-low'],
      ['pco2', 'critical-high'],
      ['hgb', 'critical-low'],
      ['k', 'critical-low'],
      ['glu', 'critical-low'],
      ['lac', 'critical-high'],
    ]);
  });
});
