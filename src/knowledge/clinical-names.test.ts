import { describe, expect, it } from 'vitest';
import { clinicalAbbreviations } from './clinical-abbreviations.js';
import { clinicalConcepts, conceptsNamed, conceptsWritten, nameKey } from './clinical-names.js';

const first = (w: string) => conceptsWritten(w).map((c) => c.names);

describe('bilingual clinical name table', () => {
  it('joins a brand, its generic in both languages and the seed list by a shared generic name', () => {
    const [valproate] = conceptsWritten('Depakote');
    expect(valproate?.names).toEqual(expect.arrayContaining(['丙戊酸钠', 'valproate', 'depakine', '德巴金']));
    expect(conceptsWritten('速尿')[0]?.names).toEqual(expect.arrayContaining(['furosemide', 'lasix']));
  });

  it('reads an abbreviation with two clinical readings as both, and joins neither to the other', () => {
    const pe = first('PE');
    expect(pe).toHaveLength(2);
    expect(pe.flat()).toEqual(expect.arrayContaining(['pulmonary embolism', 'pleural effusion']));
    expect(conceptsNamed('pulmonary embolism')[0]?.names).not.toContain('pleural effusion');
    expect(first('AS')).toHaveLength(2);
  });

  it('folds width, case, spaces, hyphens and traditional characters', () => {
    expect(nameKey('ＡＲＤＳ')).toBe('ards');
    expect(conceptsWritten('華法林')[0]?.names).toContain('warfarin');
    expect(conceptsWritten('心房顫動')[0]?.names).toContain('atrial fibrillation');
    expect(conceptsNamed('ST-elevation myocardial infarction')).toEqual(conceptsWritten('STEMI'));
  });

  it('reads a salt form as its base medicine and knows nothing it was not given', () => {
    expect(conceptsNamed('盐酸胺碘酮')[0]?.names).toContain('amiodarone');
    expect(conceptsWritten('not a medicine at all')).toEqual([]);
  });

  it('never merges unrelated concepts through a shared name (no concept grows beyond one drug or disease)', () => {
    for (const c of clinicalConcepts()) expect(c.names.length).toBeLessThan(20);
    // Every abbreviation line reads: a short form and at least one English and one Chinese name.
    for (const a of clinicalAbbreviations()) {
      expect(a.short.length).toBeGreaterThan(0);
      expect(a.names.some((n) => /[\u4e00-\u9fff]/.test(n))).toBe(true);
      expect(a.names.some((n) => /^[a-z0-9]/i.test(n))).toBe(true);
    }
  });
});
