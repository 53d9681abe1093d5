import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSymptomConditionIndex, charsNear, foldPatientZh, type SymptomPage } from './symptom-conditions.js';

const DATA = process.env.QUARKMED_SHARED_DATA ?? resolve(import.meta.dirname, '..', '..', '..', 'shared', 'data');
const KG = join(DATA, 'kb', 'disease-kg-zh', 'medical_0.json');

/** Disease pages of the shared Chinese disease KG (one file), as the knowledge base stores their symptom terms. */
function kgPages(): SymptomPage[] {
  const raw = JSON.parse(readFileSync(KG, 'utf8')) as unknown;
  const records = (Array.isArray(raw) ? raw : Object.values(raw as object)) as Record<string, Record<string, unknown>>[];
  return records.flatMap((r, i) => {
    const name = r.gaishu_info?.name;
    const symptoms = r.symptom_data?.symptoms;
    return typeof name === 'string' && Array.isArray(symptoms) ? [{ id: i, name, lang: 'zh' as const, symptoms: symptoms as string[] }] : [];
  });
}

describe.skipIf(!existsSync(KG))('symptom → condition index over the shared disease KG', () => {
  const pages = kgPages();
  const index = buildSymptomConditionIndex(pages);

  it('a page with specific symptoms is the best candidate for a sentence saying three of them', () => {
    // Pages whose three rarest usable symptoms are listed by no more than two pages: the page itself must rank first
    // or tie with the one other page listing the same three.
    const df = new Map<string, number>();
    for (const p of pages) for (const s of new Set(p.symptoms)) df.set(s, (df.get(s) ?? 0) + 1);
    const probes = pages
      .map((p) => ({
        p,
        rare: [...new Set(p.symptoms)]
          .filter((s) => s.length >= 2 && s.length <= 6 && !/[.…，,。]/.test(s))
          .sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0))
          .slice(0, 3),
      }))
      .filter((x) => x.rare.length === 3)
      .slice(0, 40);
    expect(probes.length).toBeGreaterThan(20);
    let first = 0;
    for (const { p, rare } of probes) {
      const c = index.candidates(`最近${rare.join('，还')}，是怎么回事`, 'zh', 3);
      if (c[0]?.id === p.id || (c[1]?.id === p.id && c[1].score === c[0].score)) first++;
    }
    expect(first / probes.length).toBeGreaterThan(0.8);
  });

  it('lay words reach the listed symptom (头疼 → 头痛) and a text with no listed symptom has no candidates', () => {
    expect(index.symptomsIn('这两天头疼得厉害', 'zh')).toContain('头痛');
    expect(index.candidates('请问医保怎么报销', 'zh')).toEqual([]);
  });
});

describe('symptom → condition index (English table shape)', () => {
  const pages: SymptomPage[] = [
    { id: 1, name: 'Croup', lang: 'en', symptoms: ['Cough', 'Hoarse voice', 'Fever', 'Nasal congestion'] },
    { id: 2, name: 'Nightmare disorder', lang: 'en', symptoms: ['Nightmares', 'Insomnia'] },
    { id: 3, name: 'Laryngitis', lang: 'en', symptoms: ['Hoarse voice', 'Sore throat'] },
  ];
  const index = buildSymptomConditionIndex(pages);
  it('matches phrases by their content words, and "at night" is not "nightmares"', () => {
    expect(index.symptomsIn('barking cough at night and a hoarse voice', 'en').sort()).toEqual(['Cough', 'Hoarse voice']);
    expect(index.candidates('barking cough at night and a hoarse voice', 'en')[0].name).toBe('Croup');
  });
});

describe.skipIf(!existsSync(KG))('the patient reading (consultation) over the shared disease KG', () => {
  const index = buildSymptomConditionIndex(kgPages());
  it("everyday words fold to the pages' characters, and a listed symptom's characters may stand a few apart", () => {
    // 小便 … 疼 is 尿痛 to a patient, not to the exact reading retrieval uses.
    expect(index.symptomsIn('这两天小便的时候疼', 'zh')).not.toContain('尿痛');
    expect(index.symptomsIn('这两天小便的时候疼', 'zh', { patient: true })).toContain('尿痛');
    // Far apart is not the symptom.
    expect(index.symptomsIn('昨天抽血化验，今天精神不好', 'zh', { patient: true })).not.toContain('血精');
    expect(charsNear(foldPatientZh('小便有泡沫'), '尿泡沫')).toBe(true);
  });
  it('the index keeps the pages’ own spelling for showing a symptom, and counts pages listing it', () => {
    expect(index.pageFrequency('头疼', 'zh').pages).toBe(index.pageFrequency('头痛', 'zh').pages);
    expect(index.pageFrequency('腹泻', 'zh').pages).toBeGreaterThan(5);
    expect(index.spelling('尿痛', 'zh')).toMatch(/^尿[痛疼]$/);
  });
});

describe('the patient reading of an English table phrase', () => {
  const index = buildSymptomConditionIndex([{ id: 1, name: 'Gout', lang: 'en', symptoms: ['Foot or toe swelling', 'Neck lump or mass'] }]);
  it('"X or Y" is either word for a patient, all words for the exact reading', () => {
    expect(index.symptomsIn('my big toe is swollen', 'en')).toEqual([]);
    expect(index.symptomsIn('my big toe is swollen', 'en', { patient: true })).toEqual(['Foot or toe swelling']);
    expect(index.page(1)?.name).toBe('Gout');
  });
});
