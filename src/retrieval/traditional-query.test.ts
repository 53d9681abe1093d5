// #20 s22: the KB's pages, its jieba lexicon and its topic names are written in simplified characters; a question in
// traditional characters (Hong Kong, Taiwan, Cantonese) is read in that script (core toSimplified, one character for
// one), so it finds the same pages, in the same order, as its simplified twin. Before, its Han terms matched nothing.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedPath } from '../../test/helpers/shared-data.js';
import { openKnowledgeBase, type KnowledgeBase } from './knowledge-base.js';

describe('a question in traditional characters reads as its simplified twin (real disease-kg-zh pages)', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qm-kb-hant-'));
    // The first 60 diseases of the shared graph (百日咳 among them): real pages, a small index.
    const all = JSON.parse(readFileSync(sharedPath('kb', 'disease-kg-zh', 'medical_0.json'), 'utf8')) as Record<string, unknown>;
    const some = Object.fromEntries(Object.entries(all).slice(0, 60));
    writeFileSync(join(dir, 'medical_0.json'), JSON.stringify(some));
    kb = await openKnowledgeBase({ dbPath: join(dir, 'kb.sqlite') });
    const s = await kb.ingest([join(dir, 'medical_0.json')]);
    expect(s.failed).toBe(0);
    expect(s.documents).toBeGreaterThan(50);
  });
  afterAll(async () => kb.close());

  it.each([
    ['孩子陣發性痙攣性咳嗽，咳完有雞鳴樣吸氣聲', '孩子阵发性痉挛性咳嗽，咳完有鸡鸣样吸气声'],
    ['百日咳要打幾針疫苗？', '百日咳要打几针疫苗？'],
    ['個仔咳到嘔，咳完有雞叫聲，係咪百日咳？', '个仔咳到呕，咳完有鸡叫声，系咪百日咳？'],
  ])('%s', async (traditional, simplified) => {
    const [t, s] = [await kb.search(traditional, { k: 5 }), await kb.search(simplified, { k: 5 })];
    expect(s.map((h) => h.title)).toContain('百日咳');
    expect(t.map((h) => h.id)).toEqual(s.map((h) => h.id));
    expect(kb.unpagedNames(traditional)).toEqual(kb.unpagedNames(simplified));
  });

  it('a name in traditional characters is the page of that name, first', async () => {
    const hits = await kb.search('請問百日咳會傳染給大人嗎？', { k: 3 });
    expect(hits[0]?.title).toBe('百日咳');
    expect(hits[0]?.about).toBe('百日咳');
  });
});
