import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPrinciples, principlesPrompt, principlesRubric } from './principles.js';

describe('principles', () => {
  it('loads the shipped file with the required principles and fields', () => {
    const ps = loadPrinciples();
    const ids = ps.map((p) => p.id);
    for (const id of ['no-controlled-substance-prescribing', 'no-definitive-diagnosis', 'refer-to-clinician', 'no-unsourced-claims']) {
      expect(ids).toContain(id);
    }
    for (const p of ps) expect(p.zh && p.en && p.check && p.title).toBeTruthy();
    expect(principlesPrompt(ps, 'zh')).toMatch(/^1\. /);
    expect(principlesRubric(ps)).toContain('[no-unsourced-claims]');
  });

  it('names the file and field when the YAML is wrong', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qm-principles-'));
    const file = join(dir, 'p.yaml');
    writeFileSync(file, 'version: 1\nprinciples:\n  - id: a\n    title: A\n    zh: 甲\n    en: A\n');
    expect(() => loadPrinciples(file)).toThrow(/p\.yaml: invalid principles at principles\.0\.check/);
    writeFileSync(file, 'version: 1\nprinciples:\n  - {id: a, title: A, zh: 甲, en: A, check: c}\n  - {id: a, title: B, zh: 乙, en: B, check: c}\n');
    expect(() => loadPrinciples(file)).toThrow(/duplicate id "a"/);
    expect(() => loadPrinciples(join(dir, 'missing.yaml'))).toThrow(expect.objectContaining({ code: 'SAFETY_PRINCIPLES_MISSING' }));
  });
});
