import { describe, expect, it } from 'vitest';
import { RED_FLAG_RULES } from '../safety/red-flags/rules.js';
import { SAID_AS } from '../safety/red-flags/said-as.js';
import { REFERENCE_TABLE } from '../knowledge/reference-ranges.js';
import { starterDocs } from './starter-pack.js';

describe('starterDocs', () => {
  const docs = starterDocs();

  it('has stable unique ids, our own source and authority D, and no invented URLs', () => {
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    for (const d of docs) {
      expect(d.id).toMatch(/^quarkmed-starter:(emergency|reference):[a-z0-9-]+:(zh|en)$/);
      expect(d.source).toBe('quarkmed-starter');
      expect(d.authority).toBe('D');
      expect(d.url).toBeUndefined();
      expect(d.text).not.toMatch(/https?:\/\//);
      expect(String(d.metadata.authorityNote)).toMatch(/Authority D/);
      expect(d.text.length).toBeGreaterThan(100);
    }
    expect(starterDocs().map((d) => d.id)).toEqual(docs.map((d) => d.id));
  });

  it('has one emergency guidance document per emergency red flag, in both languages', () => {
    for (const r of RED_FLAG_RULES.filter((x) => x.level === 'emergency')) {
      for (const lang of ['zh', 'en']) {
        const d = docs.find((x) => x.id === `quarkmed-starter:emergency:${r.id}:${lang}`);
        expect(d, `${r.id}:${lang}`).toBeDefined();
        expect(d?.lang).toBe(lang);
        expect(d?.sections.map((s) => s.path[0]).length).toBe(4);
      }
    }
  });

  it('has notes only for analytes that exist, in both languages', async () => {
    const { ANALYTE_NOTES } = await import('../knowledge/starter/analyte-notes.js');
    for (const [code, n] of Object.entries(ANALYTE_NOTES)) {
      expect(
        REFERENCE_TABLE.some((a) => a.code === code),
        code,
      ).toBe(true);
      for (const side of [n.high, n.low]) if (side) expect(side.zh && side.en, code).toBeTruthy();
    }
  });

  it('renders every analyte of the bundled reference table with the same numbers the parser uses', () => {
    const ref = docs.filter((d) => d.metadata.kind === 'reference-ranges');
    for (const a of REFERENCE_TABLE) {
      const zh = ref.find((d) => d.id === `quarkmed-starter:reference:${a.panel}:zh`);
      const en = ref.find((d) => d.id === `quarkmed-starter:reference:${a.panel}:en`);
      expect(zh?.text, a.code).toContain(a.nameZh);
      expect(en?.text, a.code).toContain(a.nameEn);
      if (a.range?.[0] !== undefined && a.range[1] !== undefined) expect(en?.text).toContain(`${a.range[0]}–${a.range[1]}`);
    }
    const liver = ref.find((d) => d.id === 'quarkmed-starter:reference:liver:zh');
    expect(liver?.text).toMatch(/丙氨酸氨基转移酶[\s\S]*偏高时：/);
    const k = ref.find((d) => d.id === 'quarkmed-starter:reference:electrolytes:en');
    expect(k?.text).toMatch(/Potassium[\s\S]*3\.5–5\.3 mmol\/L[\s\S]*Critical values: <2\.8 mmol\/L or >6 mmol\/L/);
  });

  it('keeps alias lists and lay trigger phrases out of the indexed text (metadata only), so no summary quotes them', () => {
    for (const d of docs) expect(d.text).not.toMatch(/Also printed as|报告上的常见写法|How people describe it|常见说法/);
    const chest = docs.find((d) => d.id === 'quarkmed-starter:emergency:chest-pain-cardiac:zh');
    const said = chest?.metadata.saidAs as string[];
    expect(said.length).toBeGreaterThan(2);
    expect(chest?.text).not.toContain(said.slice(0, 3).join('、'));
    expect(said).toEqual(SAID_AS['chest-pain-cardiac'].zh);
    const cbc = docs.find((d) => d.id === 'quarkmed-starter:reference:cbc:en');
    expect((cbc?.metadata.aliases as Record<string, string[]>).hgb).toContain('Haemoglobin');
    // Short abbreviations stay findable through the section heading.
    expect(cbc?.sections.find((s) => s.path[0].startsWith('Hemoglobin'))?.path[0]).toMatch(/HGB/);
  });
});
