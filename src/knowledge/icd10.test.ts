import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../test/helpers/shared-data.js';
import { compareIcd, createIcd10Index, getIcd10, loadIcd10, parseIcdCode } from './icd10.js';

const icd = getIcd10(sharedPath('terms', 'icd10-cn-clinical-v2.jsonl'));
const code = (s: string) => parseIcdCode(s)!;

describe('ICD-10 codes', () => {
  it('parses clinical-edition codes, extensions and dagger/asterisk pairs', () => {
    expect(parseIcdCode('I10.x00x002')).toMatchObject({ category: 'I10', sub: 'I10.x', core: 'I10.x00' });
    expect(parseIcdCode('A01.000x005+J17.0*')).toMatchObject({ category: 'A01', core: 'A01.000' });
    expect(parseIcdCode('j18.9')).toMatchObject({ core: 'J18.900', sub: 'J18.9' });
    expect(parseIcdCode('高血压')).toBeNull();
  });

  it('compares at core, subcategory and category level', () => {
    expect(compareIcd(code('J18.9'), code('J18.900'))).toBe('exact');
    expect(compareIcd(code('I10'), code('I10.x00x002'))).toBe('exact');
    expect(compareIcd(code('J18.901'), code('J18.900'))).toBe('subcategory');
    expect(compareIcd(code('J18.0'), code('J18.900'))).toBe('category');
    expect(compareIcd(code('K35.900'), code('K81.000'))).toBe('none');
  });
});

describe('ICD-10 index over the China clinical edition 2.0', () => {
  it('loads all 35,862 codes', () => {
    expect(icd.size).toBe(35_862);
  });

  it('maps names, clinical synonyms and parenthesised variants to codes', () => {
    expect(icd.byName('急性阑尾炎')?.code.core).toBe('K35.900');
    expect(icd.byName('高血压')?.code.core).toBe('I10.x00');
    expect(icd.byName('特发性高血压')?.code.core).toBe('I10.x00');
    expect(icd.byName('原发性高血压')?.code.core).toBe('I10.x09'); // its own code in the clinical edition
    expect(icd.byCode('K35.9')?.name).toBe('急性阑尾炎');
  });

  it('loose matching folds age groups that share the adult code, never 新生儿', () => {
    expect(icd.resolveName('小儿肺炎')).toMatchObject({ via: 'loose', entry: { code: { core: 'J18.900' } } });
    expect(icd.resolveName('糖尿病肾病')?.entry.name).toBe('糖尿病性肾病');
    const adult = icd.resolveName('成人呼吸窘迫综合征');
    expect(adult?.entry.name ?? '').not.toContain('新生儿');
  });

  it('finds disease names in free text, longest first', () => {
    const found = icd.findNames('初步诊断：急性阑尾炎；2型糖尿病').map((e) => e.code.core);
    expect(found).toEqual(['K35.900', 'E11.900']);
  });

  it('errors name the file and line', () => {
    expect(() => loadIcd10('/nonexistent/icd.jsonl')).toThrow(/TERMS_FILE_MISSING|not found/);
    expect(createIcd10Index([{ code: 'bogus', name: 'x' }]).size).toBe(0);
  });
});
