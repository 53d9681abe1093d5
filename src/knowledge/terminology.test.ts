import { describe, expect, it } from 'vitest';
import { SHARED_DATA, sharedPath } from '../../test/helpers/shared-data.js';
import { createEntityMatcher } from './entity-matcher.js';
import { createTerminology, loadTerminology, resolveTermsDir } from './terminology.js';

describe('entity matcher', () => {
  const m = createEntityMatcher([
    { term: '糖尿病', type: 'disease' },
    { term: '2型糖尿病', type: 'disease' },
    { term: '头痛', type: 'symptom' },
    { term: 'aspirin', type: 'drug' },
    { term: 'Asthma', type: 'disease' },
  ]);
  it('takes the longest match, left to right, with offsets', () => {
    expect(m.match('我有2型糖尿病和头痛')).toEqual([
      { text: '2型糖尿病', type: 'disease', start: 2, end: 7 },
      { text: '头痛', type: 'symptom', start: 8, end: 10 },
    ]);
  });
  it('matches Latin terms case-insensitively on word boundaries only', () => {
    expect(m.match('ASTHMA and Aspirin; aspirinate').map((x) => x.text)).toEqual(['ASTHMA', 'Aspirin']);
    expect(m.typeOf('asthma')).toBe('disease');
  });
});

describe('terminology', () => {
  it('loads the real Chinese entity dictionaries and ICD-10 names from a terms folder', async () => {
    const t = await loadTerminology({ termsDir: sharedPath('terms') });
    expect(t.size).toBeGreaterThan(30000);
    const found = t.match('患者胸闷、心悸三天，既往高血压，服用阿司匹林，建议做血常规');
    const byText = Object.fromEntries(found.map((f) => [f.text, f.type]));
    expect(byText.高血压).toBe('disease');
    expect(byText.胸闷).toBe('symptom');
    expect(byText.阿司匹林).toBe('drug');
    expect(byText.血常规).toBe('check');
    expect(t.words().length).toBeGreaterThan(10000);
    expect(t.synonyms('paracetamol')).toEqual(expect.arrayContaining(['对乙酰氨基酚', 'acetaminophen']));
  });

  it('takes synonym groups and entities from a knowledge base vocabulary', async () => {
    const kb = {
      vocabulary: () => ({
        entities: [{ term: 'A1C', type: 'check' }],
        synonymGroups: [
          ['A1C', 'HbA1C', 'Glycohemoglobin'],
          ['百日咳', 'pertussis', 'whooping cough'],
        ],
      }),
    };
    const t = await loadTerminology({ kb, termsDir: undefined, icd10: false });
    expect(t.synonyms('hba1c').sort()).toEqual(['A1C', 'Glycohemoglobin']);
    expect(t.synonyms('百日咳')).toEqual(['pertussis', 'whooping cough']);
    expect(t.match('Is whooping cough serious?')).toEqual([{ text: 'whooping cough', type: 'disease', start: 3, end: 17 }]);
    expect(t.match('HbA1C result')[0].type).toBe('check');
  });

  it('merges groups sharing a member; a missing terms folder is a clear error', () => {
    const t = createTerminology(
      [],
      [
        ['a1', 'b1'],
        ['b1', 'c1'],
      ],
    );
    expect(t.synonyms('a1').sort()).toEqual(['b1', 'c1']);
    expect(() => resolveTermsDir(`${SHARED_DATA}/no-such-terms`)).toThrow(/terms folder .*no such folder/);
  });
});
