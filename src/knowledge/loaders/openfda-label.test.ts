// openFDA drug labels: the streaming results reader, one document per generic + route with one section per label
// section, the newest label kept, and clear errors on files that are not label JSON. Fixtures are generated here.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Doc } from '../../core/types.js';
import { labelFile, makeLabel, sampleLabels } from '../../../test/helpers/openfda-labels.js';
import { detectFormat, loadPath } from './index.js';
import { readJsonResults } from './json-results-stream.js';
import { labelToDoc, loadOpenfdaLabels } from './openfda-label.js';
import { createLoaderContext } from './types.js';

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** The text cut into pieces of `n` characters: a string, a key or an element split across reads. */
const pieces = (text: string, n: number) => Array.from({ length: Math.ceil(text.length / n) }, (_, i) => text.slice(i * n, i * n + n));

describe('readJsonResults', () => {
  const text = labelFile(sampleLabels()).replace('"Old text."', '"Old \\"quoted\\" text with } and ] inside."');

  it('reads every element whatever the chunk size', async () => {
    const whole = (await collect(readJsonResults([text]))).map((e) => e.value);
    expect(whole).toEqual(JSON.parse(text).results);
    for (const n of [1, 3, 17, 4096]) expect((await collect(readJsonResults(pieces(text, n)))).map((e) => e.value)).toEqual(whole);
  });

  it('names what is wrong with a file that is not {meta, results: [objects]}', async () => {
    const err = async (t: string) =>
      await collect(readJsonResults([t]))
        .then(() => 'ok')
        .catch((e: Error) => e.message);
    expect(await err('not json at all')).toMatch(/not a JSON object/);
    expect(await err('{"meta": {}, "items": []}')).toMatch(/no "results" array/);
    expect(await err('{"meta": {"results": {"total": 1}}}')).toMatch(/no "results" array/);
    expect(await err('{"results": [1, 2]}')).toMatch(/results\[0\] is not an object/);
    expect(await err('{"results": [{"a": 1}, {"b": ]}')).toMatch(/results\[1\] is not valid JSON/);
    expect(await err('{"results": [{"a": 1}')).toMatch(/ends early/);
    expect(await err('')).toMatch(/empty file/);
  });
});

describe('labelToDoc', () => {
  const ctx = createLoaderContext();
  const newest = sampleLabels()[1];

  it('one section per label section, headed with its name, text as written, cited by set id and date, authority B', () => {
    const doc = labelToDoc(newest, ctx) as Doc;
    expect(doc.title).toBe('Ibuprofen (Testprofen IB) — drug label');
    expect(doc.id).toBe('openfda-labels:ibuprofen@oral');
    expect(doc).toMatchObject({ source: 'openfda-labels', authority: 'B', lang: 'en', date: '2024-03-15' });
    expect(doc.url).toBe('https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=aaaa-0002');
    expect(doc.metadata).toMatchObject({ setId: 'aaaa-0002', effectiveTime: '20240315', genericName: ['IBUPROFEN'], brandNames: ['TESTPROFEN IB'] });
    expect(doc.metadata.entities).toEqual({ drug: ['IBUPROFEN', 'TESTPROFEN IB'] });
    expect(doc.sections.map((s) => s.path[0])).toEqual([
      'Indications and usage',
      'Dosage and administration',
      'Warnings',
      'Ask a doctor or pharmacist before use (interactions)',
      'Pregnancy or breastfeeding (use while pregnant or nursing)',
    ]);
    const preg = doc.sections.find((s) => s.path[0] === 'Pregnancy or breastfeeding (use while pregnant or nursing)');
    expect(preg?.text).toBe((newest.pregnancy_or_breast_feeding as string[])[0]);
  });

  it('skips a label with no generic name and an allergen extract; keeps the parent population section only when no subsection is there', () => {
    expect(labelToDoc(sampleLabels()[3], ctx)).toBeNull();
    const extract = makeLabel({ generic: 'PEANUT', setId: 'p', effective: '20200101', sections: { indications_and_usage: 'For diagnostic skin testing.' } });
    (extract.openfda as Record<string, string[]>).product_type = ['NON-STANDARDIZED ALLERGENIC'];
    expect(labelToDoc(extract, ctx)).toBeNull();
    const only = makeLabel({ generic: 'X', setId: 's', effective: '20200101', sections: { use_in_specific_populations: 'Pregnancy: category C.' } });
    expect((labelToDoc(only, ctx) as Doc).sections.map((s) => s.path[0])).toEqual(['Use in specific populations']);
    const both = makeLabel({
      generic: 'X',
      setId: 's',
      effective: '20200101',
      sections: { use_in_specific_populations: 'All of 8.', pregnancy: '8.1 Pregnancy.' },
    });
    expect((labelToDoc(both, ctx) as Doc).sections.map((s) => s.path[0])).toEqual(['Pregnancy (use while pregnant)']);
  });

  it('skips non-medicine products (medical gases, water for injection, alcohol antiseptics, sunscreens); a combination with a medicine stays', () => {
    const label = (generic: string, sections: Record<string, string>, brand?: string) =>
      labelToDoc(makeLabel({ generic, brand, setId: `nm-${generic}`, effective: '20240101', sections }), ctx);
    const uses = { indications_and_usage: 'Uses: test text.' };
    expect(label('OXYGEN', { dosage_and_administration: 'For emergency use only when administered by trained personnel.' })).toBeNull();
    expect(label('WATER', { description: 'Sterile Water for Injection, USP is hypotonic and hemolytic.', ...uses })).toBeNull();
    expect(label('Sterile Water for Injection', uses)).toBeNull();
    expect(label('ALCOHOL', { purpose: 'Antiseptic' }, 'HAND SANITIZER')).toBeNull();
    expect(label('ISOPROPYL ALCOHOL', { purpose: 'First aid antiseptic' })).toBeNull();
    expect(label('AVOBENZONE, HOMOSALATE, OCTOCRYLENE', { purpose: 'Sunscreen' })).toBeNull();
    expect(label('ZINC OXIDE', uses, 'SUNGUARD SPF 50')).toBeNull();
    // Medicines are kept, whatever their wording: a name holding such a word, or a combination with a medicine.
    expect(label('ZINC OXIDE', { purpose: 'Skin protectant' }, 'DIAPER RASH CREAM')).not.toBeNull();
    expect(label('OXYMETAZOLINE HYDROCHLORIDE', uses)).not.toBeNull();
    expect(label('BENZOYL PEROXIDE', uses)).not.toBeNull();
    expect(label('DEXTROSE, WATER', uses)).not.toBeNull();
    expect(label('IBUPROFEN', uses, 'ADVIL')).not.toBeNull();
  });

  it('bounds a very long section at a sentence end and records it', () => {
    const long = Array.from({ length: 1500 }, (_, i) => `Reaction number ${i} was reported.`).join(' ');
    const doc = labelToDoc(makeLabel({ generic: 'Y', setId: 's', effective: '20200101', sections: { adverse_reactions: long } }), ctx) as Doc;
    expect(doc.sections[0].text.length).toBeLessThanOrEqual(12_000);
    expect(doc.sections[0].text).toMatch(/reported\.$/);
    expect(long.startsWith(doc.sections[0].text)).toBe(true);
    expect(doc.metadata.truncatedSections).toEqual(['adverse_reactions']);
  });
});

describe('openfda-label loader', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qm-openfda-'));

  it('is detected by content, keeps the newest label per generic + route, in either order', async () => {
    const [older, newer, cetirizine, nameless] = sampleLabels();
    writeFileSync(join(dir, 'drug-label-0001-of-0002.json'), labelFile([older, cetirizine, nameless]));
    writeFileSync(join(dir, 'drug-label-0002-of-0002.json'), labelFile([newer]));
    expect(await detectFormat(join(dir, 'drug-label-0001-of-0002.json'))).toBe('openfda-label');
    const docs = await collect(loadPath(dir));
    // The older ibuprofen label is read first; the newer one, read later, has the same id and replaces it at ingest.
    expect(docs.map((d) => [d.id, d.metadata.setId])).toEqual([
      ['openfda-labels:ibuprofen@oral', 'aaaa-0001'],
      ['openfda-labels:cetirizine_hydrochloride@oral', 'bbbb-0001'],
      ['openfda-labels:ibuprofen@oral', 'aaaa-0002'],
    ]);
    // Newer first: the older label is never emitted.
    const ctx = createLoaderContext();
    const reversed = await collect(loadOpenfdaLabels([labelFile([newer, older])], 'x.json', ctx));
    expect(reversed.map((d) => d.metadata.setId)).toEqual(['aaaa-0002']);
  });

  it('refuses files that are not openFDA label JSON, naming the file and the problem', async () => {
    const bad = join(dir, 'bad');
    const ctx = createLoaderContext();
    const err = (text: string) =>
      collect(loadOpenfdaLabels([text], bad, ctx))
        .then(() => 'ok')
        .catch((e: Error & { code?: string }) => `${e.code}: ${e.message}`);
    expect(await err('<html>not json</html>')).toMatch(/^KB_FILE_INVALID: .*bad: not an openFDA label file: not a JSON object/);
    expect(await err('{"meta": {}, "records": []}')).toMatch(/^KB_FILE_INVALID: .*no "results" array/);
    expect(await err('{"meta": {}, "results": [{"patient": {}}]}')).toMatch(/results\[0\]\.set_id.*not a drug label record/);
    // Named directly with the format forced, the same errors come from loadPath.
    writeFileSync(join(dir, 'notjson.json'), 'this is not JSON');
    await expect(collect(loadPath(join(dir, 'notjson.json'), { format: 'openfda-label' }))).rejects.toMatchObject({ code: 'KB_FILE_INVALID' });
  });
});
