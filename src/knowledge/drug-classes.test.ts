// The class names a medicine's name gives it, by INN stem or by member, in English and Chinese.
import { describe, expect, it } from 'vitest';
import { drugClassNames } from './drug-classes.js';

describe('drugClassNames', () => {
  it('names the class of a medicine by its stem or as a member, in either language', () => {
    expect(drugClassNames('Sumatriptan 50 mg orally')).toContain('triptan');
    expect(drugClassNames('Ibuprofen 400 mg')).toContain('nsaid');
    expect(drugClassNames('卡托普利')).toContain('普利类');
    expect(drugClassNames('口服美托洛尔')).toContain('β受体阻滞剂');
    expect(drugClassNames('Furosemide IV')).toContain('loop diuretic');
  });
  it('gives no class to a name that only looks like a member', () => {
    expect(drugClassNames('Nystatin suspension')).toEqual([]);
    expect(drugClassNames('Somatostatin infusion')).toEqual([]);
    expect(drugClassNames('Watchful waiting')).toEqual([]);
    expect(drugClassNames('Atorvastatin 80 mg')).toContain('statin');
  });
});
