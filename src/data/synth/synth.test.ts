import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../test/helpers/shared-data.js';
import { checkSentence, kgVocabularyMatcher } from './back-check.js';
import { synthesizeKg, type SynthSentence } from './synthesize.js';
import type { Triple } from './triples.js';
import type { Verbaliser } from './verbalise.js';
import { createModelVerbaliser } from './synthesize.js';
import type { ChatBackend, ChatRequest } from '../../models/backend.js';

describe('knowledge synthesis', () => {
  it('verbalises real KG triples in zh and en; every kept sentence carries all its triples', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'qm-synth-')), 'kg.jsonl');
    const r = await synthesizeKg(sharedPath('kb', 'disease-kg-zh', 'medical_0.json'), out, { langs: ['zh', 'en'], seed: 1, limit: 25 });
    expect(r.diseases).toBe(25);
    expect(r.kept).toBeGreaterThan(100);
    const rows = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as SynthSentence);
    expect(rows).toHaveLength(r.kept);
    const zh = rows.find((x) => x.lang === 'zh' && x.triples[0].relation === 'symptom')!;
    expect(zh.text).toMatch(/百日咳.*(症状|表现)/);
    for (const row of rows) for (const t of row.triples) expect(row.text).toContain(t.tail);
    expect(rows.some((x) => x.lang === 'en' && /pertussis/.test(x.text))).toBe(true);
  });

  it('the back-check rejects a sentence that drops or garbles a triple', async () => {
    const triples: Triple[] = [
      { head: '百日咳', relation: 'symptom', tail: '干咳' },
      { head: '百日咳', relation: 'symptom', tail: '低热' },
    ];
    const m = kgVocabularyMatcher(triples);
    expect(checkSentence('百日咳的常见症状包括干咳和低热。', triples, m).ok).toBe(true);
    expect(checkSentence('百日咳的常见症状包括干咳。', triples, m).missing).toEqual([{ triple: triples[1], reason: 'tail' }]);
    expect(checkSentence('百日咳可用干咳和低热治疗。', triples, m).missing.map((x) => x.reason)).toEqual(['relation', 'relation']);

    const lossy: Verbaliser = { name: 'lossy', verbalise: async (g) => `${g[0].head}的症状是${g[0].tail}。` };
    const out = join(mkdtempSync(join(tmpdir(), 'qm-synth-')), 'kg.jsonl');
    const r = await synthesizeKg(sharedPath('kb', 'disease-kg-zh', 'medical_0.json'), out, { langs: ['zh'], seed: 1, limit: 5, verbaliser: lossy });
    expect(r.rejected).toBeGreaterThan(0);
    expect(r.rejectedBy.tail).toBeGreaterThan(0);
  });

  it('a model verbaliser plugs in through the chat backend; its sentences still face the check', async () => {
    const prompts: ChatRequest[] = [];
    const backend: ChatBackend = {
      name: 'stub',
      spec: 'stub',
      kind: 'scripted',
      remote: false,
      contextTokens: undefined,
      chat: () => {
        throw new Error('unused');
      },
      // Answers from the prompt's triples: fluent for symptoms, drops a tail for everything else.
      complete: async (req) => {
        prompts.push(req);
        const triples = [...req.messages[0].content.matchAll(/\((.+?), (\w+), (.+?)\)/g)].map((m) => ({ head: m[1], rel: m[2], tail: m[3] }));
        const tails = triples.map((t) => t.tail);
        const text = triples[0].rel === 'symptom' ? `${triples[0].head}的典型症状有${tails.join('、')}。` : `${triples[0].head}与${tails[0]}有关。`;
        return { text, usage: { promptTokens: 1, completionTokens: 1 }, finishReason: 'stop' };
      },
      close: async () => {},
    };
    const out = join(mkdtempSync(join(tmpdir(), 'qm-synth-')), 'kg.jsonl');
    const r = await synthesizeKg(sharedPath('kb', 'disease-kg-zh', 'medical_0.json'), out, {
      langs: ['zh'],
      seed: 1,
      limit: 3,
      verbaliser: createModelVerbaliser(backend),
    });
    expect(prompts.length).toBe(r.sentences);
    expect(prompts[0].messages[0].content).toContain('三元组');
    const rows = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as SynthSentence);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((x) => x.triples[0].relation === 'symptom' && x.verbaliser === 'model:stub')).toBe(true);
    expect(r.rejected).toBeGreaterThan(0);
  });

  it('the back-check catches negation, invented extra facts and garbled text; English output is English only', async () => {
    const triples: Triple[] = [
      { head: '百日咳', relation: 'symptom', tail: '干咳' },
      { head: '百日咳', relation: 'symptom', tail: '低热' },
    ];
    const m = kgVocabularyMatcher([...triples, { head: '麻疹', relation: 'symptom', tail: '皮疹' }]);
    expect(checkSentence('百日咳的常见症状不包括干咳和低热。', triples, m).faults).toContain('negation');
    expect(checkSentence('百日咳的常见症状包括干咳、低热和皮疹。', triples, m).faults).toContain('extra_entity');
    expect(checkSentence('百日咳的常见症状症状症状包括干咳和低热低热低热。', triples, m).faults).toContain('garbled');
    expect(checkSentence('Common symptoms of 百日咳 include 干咳 and 低热.', triples, m, {}, 'en').faults).toContain('mixed_script');
    const out = join(mkdtempSync(join(tmpdir(), 'qm-synth-')), 'kg.jsonl');
    const r = await synthesizeKg(sharedPath('kb', 'disease-kg-zh'), out, { langs: ['en'], seed: 1, limit: 60 });
    expect(r.diseases).toBe(60);
    const rows = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as SynthSentence);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.every((x) => !/\p{Script=Han}/u.test(x.text))).toBe(true);
    await expect(synthesizeKg(join(tmpdir(), 'no-such-kg-folder'), out, { langs: ['zh'], seed: 1 })).rejects.toMatchObject({ code: 'DATA_INPUT_UNREADABLE' });
  });
});
