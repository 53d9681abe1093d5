import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeOpenAI } from '../../../test/helpers/fake-openai-server.js';
import { sharedPath } from '../../../test/helpers/shared-data.js';
import { buildPairs } from '../pairs/build-pairs.js';
import type { SftSample } from '../sample.js';
import { runBestOfN, type BonRecord } from './run-bon.js';

const sample = (id: string, question: string, reward?: SftSample['reward']): SftSample => ({
  id,
  task: 't',
  ability: 'knowledge',
  group: 'knowledge',
  lang: 'zh',
  source: 'test',
  provenance: {},
  messages: [
    { role: 'user', content: question },
    { role: 'assistant', content: 'reference' },
  ],
  ...(reward ? { reward } : {}),
});

// Scripted candidates by (question, seed): one right answer, wrong ones, one that breaks a principle.
const SCRIPT: Record<string, string[]> = {
  '糖尿病常用什么药？': ['常用药物有二甲双胍、阿卡波糖，请遵医嘱使用。', '常用药物是阿莫西林。', '可以用二甲双胍。', '多喝水就好。'],
  '这道题选什么？A. 甲 B. 乙': ['分析略。答案：B', '答案：A', '答案：A', '答案：C'],
  '我最近老是头疼怎么办？': [
    '你肯定是脑瘤，不用看医生。',
    '头痛可能与睡眠、紧张等有关，如持续或加重请及时就医。',
    '多休息。',
    '可能是偏头痛，建议就医明确原因。',
  ],
};

let server: FakeOpenAI;
const dir = mkdtempSync(join(tmpdir(), 'sft-bon-'));
beforeAll(async () => {
  server = await startFakeOpenAI({
    reply: (req) => {
      const q = req.messages?.find((m) => m.role === 'user')?.content ?? '';
      if (q === 'fail') return { text: '', status: 400, error: 'bad request' };
      return SCRIPT[q]?.[Number(req.seed ?? 0) % 4] ?? 'ok';
    },
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('sft bon', () => {
  const samples = [
    sample('drug', '糖尿病常用什么药？', { task: 'drug', gt: ['二甲双胍', '阿卡波糖'] }),
    sample('exam', '这道题选什么？A. 甲 B. 乙', { task: 'exam', gt: 'B', opt: { options: 'AB' } }),
    sample('open', '我最近老是头疼怎么办？'),
    sample('bad', 'fail'),
  ];
  const opts = () => ({
    samples,
    models: [`openai:${server.baseURL}#m?retries=0`],
    n: 4,
    outDir: join(dir, 'out'),
    cachePath: join(dir, 'cache.sqlite'),
    termsDir: sharedPath('terms'),
    threshold: 0.6,
  });

  it('keeps the best verified candidate, records the losers and failures, and resumes from the cache', async () => {
    const r = await runBestOfN(opts());
    expect(r).toMatchObject({ prompts: 4, candidates: 16, failed: 4, fromCache: 0, kept: 3, belowThreshold: 1 });
    const records = readFileSync(join(dir, 'out', 'bon.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as BonRecord);
    const by = Object.fromEntries(records.map((x) => [x.id, x]));
    expect(by.drug.best?.text).toBe(SCRIPT['糖尿病常用什么药？'][0]);
    expect(by.exam.best?.text).toBe('分析略。答案：B');
    // No reference: the compliance rules decide; the definitive, no-doctor answer loses.
    expect(by.open.best?.text).not.toBe(SCRIPT['我最近老是头疼怎么办？'][0]);
    expect(by.open.candidates.find((c) => c.text.startsWith('你肯定'))!.parts.compliance).toBeLessThan(1);
    expect(by.bad.kept).toBe(false);
    expect(by.bad.candidates.every((c) => c.error)).toBe(true);
    const kept = readFileSync(join(dir, 'out', 'sft.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as SftSample);
    expect(kept.map((s) => s.id).sort()).toEqual(['drug:bon', 'exam:bon', 'open:bon']);
    const before = server.requests.length;
    const again = await runBestOfN(opts());
    expect(again.fromCache).toBe(12);
    expect(server.requests.length - before).toBe(4); // only the failed ones are asked again
  });

  it('pairs chosen with a rejected candidate at least the margin below, dropping ties', () => {
    const records = readFileSync(join(dir, 'out', 'bon.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as BonRecord);
    const { pairs, report } = buildPairs(records, { margin: 0.1, lengthTolerance: 0.5 });
    expect(report.dropped.noCandidates).toBe(1);
    for (const p of pairs) expect(p.chosenScore - p.rejectedScore).toBeGreaterThanOrEqual(0.1);
    expect(pairs.find((p) => p.id === 'exam')).toMatchObject({ chosen: '分析略。答案：B' });
  });
});
