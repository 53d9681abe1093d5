import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../test/helpers/shared-data.js';
import type { Doc } from '../core/types.js';
import { buildEntityPages, enEntityName, zhGenericName, type ConditionRow } from './entity-pages.js';
import { parseCsv } from './loaders/csv.js';
import { parseDiseaseKg } from './loaders/disease-kg.js';
import { createLoaderContext } from './loaders/types.js';

const ctx = createLoaderContext({});
const row = (d: Doc, med: string, test: string): ConditionRow => ({
  id: d.id,
  title: d.title,
  source: d.source,
  lang: d.lang,
  authority: d.authority,
  medicines: (d.metadata?.[med] as string[]) ?? [],
  tests: (d.metadata?.[test] as string[]) ?? [],
});

describe('medicine and test pages from the condition pages that list them (real data)', () => {
  const kg = parseDiseaseKg(readFileSync(sharedPath('kb', 'disease-kg-zh', 'medical_1.json'), 'utf8'), 'medical_1.json', ctx).map((d) =>
    row(d, 'drugs', 'checks'),
  );
  const table = parseCsv(readFileSync(sharedPath('kb', 'chatdoctor-diseases.csv'), 'utf8'), '/x/chatdoctor-diseases.csv', ctx).map((d) =>
    row(d, 'commonMedications', 'TestsAndProcedures'),
  );
  const pages = buildEntityPages([...kg, ...table]);
  const page = (title: string, lang: string) => pages.find((p) => p.title === title && p.lang === lang);

  it('a Chinese medicine page is titled with the generic name, lists the diseases and keeps the source and its grade', () => {
    const amox = page('阿莫西林', 'zh');
    expect(amox?.source).toBe('disease-kg-zh');
    expect(amox?.authority).toBe('D');
    expect(amox?.metadata?.entityPage).toBe('medicine');
    expect(amox?.metadata?.category).toBe('Other');
    expect(amox?.metadata?.aliases).toContain('阿莫西林颗粒');
    expect(amox?.text).toContain('胃、十二指肠溃疡急性穿孔');
    // Honest about what the source does not say.
    expect(amox?.text).toContain('来源没有写用法用量、副作用、相互作用和禁忌');
    expect(amox?.text).not.toMatch(/\d+\s*(?:mg|毫克|片\/次)/);
  });

  it('an English table gives medicine and test pages; a catch-all row and an everyday word give none', () => {
    const cbc = page('Complete blood count', 'en');
    expect(cbc?.source).toBe('chatdoctor-diseases');
    expect(cbc?.authority).toBe('E');
    expect(cbc?.metadata?.entityPage).toBe('test');
    // Bracketed text in the table is no name the page takes: it is quoted as the source writes it.
    expect(cbc?.metadata?.aliases).toEqual([]);
    expect(cbc?.text).toMatch(/does not say how the test is prepared for, done or read/);
    expect(page('Air', 'en')).toBeUndefined();
    expect(pages.some((p) => /^Other\b/.test(p.title))).toBe(false);
    const med = pages.find((p) => p.lang === 'en' && p.metadata?.entityPage === 'medicine');
    expect(med?.text).toMatch(/gives no dose, side effects, interactions or contraindications/);
  });

  it('the source is quoted, never turned into another name (review s29: Chickenpox Vaccine "also written: Shingles Vaccine")', () => {
    expect(pages.some((p) => /also written|Obsolete/.test(p.text))).toBe(false);
    const xanax = page('Alprazolam', 'en');
    expect(xanax?.text).toContain("The source writes it as: 'Alprazolam (Xanax)'.");
    expect(xanax?.metadata?.aliases).toEqual([]);
  });

  it('no page for a name of everyday English words only, none shaped like a medicine', () => {
    for (const t of ['Thyroid', 'Multivitamin Preparation', 'Chickenpox Vaccine', 'Sodium Chloride']) expect(page(t, 'en')).toBeUndefined();
    expect(page('Insulin', 'en')).toBeDefined();
    expect(page('Prednisolone', 'en')).toBeDefined();
    // The eye drops are their own page, not merged into the tablets'.
    expect(page('Prednisolone Ophthalmic', 'en')?.text).toContain('Acute glaucoma');
  });

  it('names excluded by the caller get no page (what the KB knows as a symptom)', () => {
    const without = buildEntityPages(kg, { exclude: (n) => n === '阿莫西林' });
    expect(without.some((p) => p.title === '阿莫西林')).toBe(false);
  });

  it('is deterministic: the same rows give the same pages in the same order', () => {
    const again = buildEntityPages([...kg, ...table]);
    expect(again.map((p) => `${p.id}|${p.text.length}`)).toEqual(pages.map((p) => `${p.id}|${p.text.length}`));
  });
});

describe('names', () => {
  it('a product name gives its generic name only when the rest still reads as a medicine', () => {
    expect(zhGenericName('盐酸左氧氟沙星胶囊')).toBe('左氧氟沙星');
    expect(zhGenericName('阿莫西林颗粒')).toBe('阿莫西林');
    expect(zhGenericName('复方氨基酸胶囊(8-11)')).toBe('复方氨基酸胶囊');
    expect(zhGenericName('六味地黄丸')).toBe('六味地黄丸');
    // 镁 alone is no medicine's ending: the product keeps its name.
    expect(zhGenericName('硫酸镁注射液')).toBe('硫酸镁注射液');
  });
  it('an English cell: the name before the brackets, a local route kept, a systemic route and (Usp) dropped', () => {
    expect(enEntityName('Grepafloxacin (Raxar)')).toBe('Grepafloxacin');
    expect(enEntityName('Malathion Topical')).toBe('Malathion Topical');
    expect(enEntityName('Nystatin Topical Product')).toBe('Nystatin Topical');
    expect(enEntityName('Thyroid (Usp) (Armour Thyroid)')).toBe('Thyroid');
    expect(enEntityName('Sennosides, Usp (Perdiem)')).toBe('Sennosides');
    expect(enEntityName('Electrolyte Replacement Solutions, Oral')).toBe('Electrolyte Replacement Solutions');
    expect(enEntityName('Sodium Chloride, Hypertonic, Ophthalmic')).toBe('Sodium Chloride, Hypertonic Ophthalmic');
    expect(enEntityName('Rho(D) Immune Globulin (Rhogam)')).toBe('Rho(D) Immune Globulin');
    // The source marks the product obsolete: no page lists it as a common medication.
    expect(enEntityName('Hepatitis B Vaccine (Obsolete)')).toBeUndefined();
  });
  it('a Chinese eye, ear or skin form keeps its own name: another product than the tablet', () => {
    expect(zhGenericName('氧氟沙星滴眼液')).toBe('氧氟沙星滴眼液');
    expect(zhGenericName('盐酸左氧氟沙星滴眼液')).toBe('左氧氟沙星滴眼液');
    expect(zhGenericName('阿莫西林胶囊')).toBe('阿莫西林');
  });
});
