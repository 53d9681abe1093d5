import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedPath } from '../../test/helpers/shared-data.js';
import { openKnowledgeBase, type KnowledgeBase } from './knowledge-base.js';

// Questions that name no condition but list findings: the page whose symptom list they match is the topic.
describe('symptom-list questions over the shared disease KG (one file, 500 pages)', () => {
  let dir: string;
  let kb: KnowledgeBase;
  const file = sharedPath('kb', 'disease-kg-zh', 'medical_0.json');
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'qm-symtopic-'));
    kb = await openKnowledgeBase({ dbPath: join(dir, 'kb.sqlite') });
    await kb.ingest(file);
  });
  afterAll(async () => {
    await kb.close();
    rmSync(dir, { recursive: true, force: true });
  });

  // Pages with at least three symptoms listed by no other page of the file: three of them, in a consumer's frame.
  const probes = () => {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    const recs = (Array.isArray(raw) ? raw : Object.values(raw as object)) as Record<string, Record<string, unknown>>[];
    const pages = recs.flatMap((r) => {
      const name = r.gaishu_info?.name;
      const sy = r.symptom_data?.symptoms;
      return typeof name === 'string' && Array.isArray(sy)
        ? [{ name, symptoms: [...new Set(sy as string[])].filter((s) => /^\p{Script=Han}{2,6}$/u.test(s)) }]
        : [];
    });
    const df = new Map<string, number>();
    for (const p of pages) for (const s of p.symptoms) df.set(s, (df.get(s) ?? 0) + 1);
    return pages
      .map((p) => ({ name: p.name, rare: p.symptoms.filter((s) => df.get(s) === 1).slice(0, 3) }))
      .filter((p) => p.rare.length === 3)
      .slice(0, 30);
  };

  it('ranks the page whose listed symptoms the question says first, as its topic', async () => {
    const ps = probes();
    expect(ps.length).toBeGreaterThanOrEqual(20);
    let first = 0;
    for (const p of ps) {
      const hits = await kb.search(`最近${p.rare[0]}，又${p.rare[1]}，还${p.rare[2]}，这是什么病`, { k: 5 });
      if (hits[0]?.title === p.name && hits[0].about === p.name) first++;
    }
    expect(first / ps.length).toBeGreaterThanOrEqual(0.9);
  });

  it('a misspelt page name reaches its page, but not a window of a finding the pages list (心肌坏死 of 心肌坏死广泛)', async () => {
    expect((await kb.search('肠系膜淋巴节结核怎么治', { k: 3 }))[0]?.about).toBe('肠系膜淋巴节结核');
    // 心肌坏死 is one inner character from the page 心肌梗死, but here it is part of a finding a page lists.
    const hits = await kb.search('检查说心肌坏死广泛，是怎么回事', { k: 3 });
    expect(hits.every((h) => h.title !== '心肌梗死' || h.about === undefined)).toBe(true);
  });
});
