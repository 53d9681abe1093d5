// Lab findings reach condition passages: on a knowledge base of the starter pack plus a disease-KG subset, a low
// hemoglobin is explained with anemia passages and its own reference section (not HbA1c's or MCH's, which merely
// contain "血红蛋白"), and a high potassium with hyperkalemia, not hypokalemia. Shared data is read, never copied.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interpretReport } from '../../src/report/interpret.js';
import { openKnowledgeBase, type KnowledgeBase } from '../../src/retrieval/knowledge-base.js';
import type { Citation } from '../../src/rag/types.js';
import { type FixtureKbCopy, fixtureKbCopy } from '../helpers/fixture-kbs.js';

let fx: FixtureKbCopy;
let kb: KnowledgeBase;

beforeAll(async () => {
  fx = await fixtureKbCopy('report');
  kb = await openKnowledgeBase({ dbPath: fx.dbPath });
});
afterAll(async () => {
  await kb?.close();
  fx?.cleanup();
});

const explain = async (text: string): Promise<Citation[]> =>
  (await interpretReport(text, { retriever: kb, backend: null, terminology: null, principles: '' })).answer.citations;
const kgTitles = (cs: Citation[]) => cs.filter((c) => c.docId.startsWith('disease-kg-zh:')).map((c) => c.title);
const references = (cs: Citation[]) => cs.filter((c) => c.docId.startsWith('quarkmed-starter:reference:'));

describe('report interpretation cites condition passages', () => {
  it('low hemoglobin: anemia passages and the hemoglobin reference section, not HbA1c or MCH', async () => {
    const cs = await explain(['血红蛋白 HGB 85 g/L 115-150', '血小板 PLT 210 10^9/L 125-350'].join('\n'));
    expect(kgTitles(cs).some((t) => t.includes('贫血'))).toBe(true);
    const refs = references(cs);
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.some((c) => c.quote.includes('115–150 g/L'))).toBe(true);
    for (const c of refs) {
      expect(c.docId, c.quote).not.toMatch(/:glucose:/);
      expect(c.quote).not.toMatch(/27–34 pg|316–354 g\/L/);
    }
  });

  it('the same for an English report', async () => {
    const cs = await explain(['Hemoglobin 8.1 g/dL 12.0-15.5', 'Sodium 140 mmol/L 135-145'].join('\n'));
    expect(references(cs).some((c) => c.quote.includes('115–150 g/L'))).toBe(true);
    for (const c of references(cs)) expect(c.docId).not.toMatch(/:glucose:/);
    expect(kgTitles(cs).some((t) => t.includes('贫血'))).toBe(true);
  });

  it('high potassium: hyperkalemia, never hypokalemia; high TSH: hypothyroidism, never hyperthyroidism', async () => {
    const k = await explain('钾 K 5.9 mmol/L 3.5-5.3');
    expect(kgTitles(k)).toContain('高钾血症');
    expect(kgTitles(k)).not.toContain('低钾血症');
    expect(references(k).some((c) => c.docId.includes(':electrolytes:'))).toBe(true);
    const tsh = await explain('促甲状腺激素 TSH 12.5 mIU/L 0.27-4.2');
    expect(kgTitles(tsh)).toContain('甲状腺功能减退');
    expect(kgTitles(tsh)).not.toContain('甲状腺功能亢进');
  });
});
