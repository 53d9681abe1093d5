import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../core/types.js';
import type { Retriever, SearchOptions } from '../retrieval/store.js';
import { searchNoPage } from './search-note.js';

const hit = (title: string, about?: string): SearchHit =>
  ({ id: title, docId: title, title, section: '', source: 'test', authority: 'C', lang: 'zh', score: 1, text: title, about }) as SearchHit;

/** A retriever whose pool is fixed, counting the searches the note makes. */
function fake(pool: SearchHit[], unpaged: string[] = []): Retriever & { calls: number } {
  const r = {
    calls: 0,
    async search(_q: string, _o?: SearchOptions) {
      r.calls++;
      return pool;
    },
    unpagedNames: () => unpaged,
  };
  return r as unknown as Retriever & { calls: number };
}

describe('search list: no page about the medicine or condition asked', () => {
  it('says so when neither the list nor the chat pool has a page about the medicine (the chat wording)', async () => {
    const kb = fake([hit('小儿高血压'), hit('高血压肾病')]);
    const note = await searchNoPage('吃氨氯地平降压，最近两个脚踝都肿了，是药的副作用吗', [hit('高血压')], kb);
    expect(note?.names).toEqual(['氨氯地平']);
    expect(note?.note).toContain('知识库中没有专门关于“氨氯地平”的页面');
    expect(note?.lang).toBe('zh');
  });
  it('a page anywhere in the pool the chat reads keeps the note away (a short list is no proof of a missing page)', async () => {
    const kb = fake([hit('Cough'), hit('Lisinopril')]);
    expect(await searchNoPage('does lisinopril cause a dry cough', [hit('Cough')], kb)).toBeUndefined();
  });
  it('the list itself having the page answers without another search', async () => {
    const kb = fake([]);
    expect(await searchNoPage('布洛芬能天天吃吗', [hit('解热镇痛药', '布洛芬')], kb)).toBeUndefined();
    expect(await searchNoPage('膝盖疼怎么办', [hit('膝关节骨性关节炎')], kb)).toBeUndefined();
    expect(kb.calls).toBe(0);
  });
  it('names a condition the knowledge base knows only as a word (Retriever.unpagedNames), in English too', async () => {
    const kb = fake([hit('Rabies and Kids')], ['狂犬病']);
    const zh = await searchNoPage('被狗咬了要打狂犬病疫苗吗', [hit('动物咬伤')], kb);
    expect(zh?.names).toEqual(['狂犬病']);
    const en = await searchNoPage('metformin giving me diarrhea every morning', [hit('What I need to know about Diarrhea')], fake([]));
    expect(en?.names).toEqual(['metformin']);
    expect(en?.note).toMatch(/^The knowledge base has no page about metformin;/);
  });
  it('a medicine the question says it does not take is not asked about', async () => {
    expect(await searchNoPage("I'm not on metformin, just diet, is my A1c of 6.1 ok", [hit('Diabetes')], fake([]))).toBeUndefined();
  });
});
