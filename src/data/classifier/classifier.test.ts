import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../test/helpers/shared-data.js';
import { readInputs } from '../readers/index.js';
import { inputSpecSchema } from '../readers/input-spec.js';
import { splitHoldout, type Example } from './labelled-data.js';
import { loadRelevanceModel, saveRelevanceModel, scoreRelevance, trainRelevance } from './model.js';
import { createRelevanceStep } from './step.js';
import { StatsBook } from '../stats.js';
import type { DataRecord } from '../record.js';

// Non-medical text (there is no general-domain corpus in the shared data): topic words from finance, sport, travel,
// technology, housing and cooking in varied sentence frames, zh and en, so the model must learn topic, not frame.
const ZH_TOPICS = [
  '股票',
  '基金',
  '足球比赛',
  '篮球',
  '旅游',
  '机票',
  '酒店',
  '手机',
  '笔记本电脑',
  '游戏',
  '红烧肉',
  '房价',
  '装修',
  '二手车',
  '高考',
  '理财',
  '电影',
  '演唱会',
  '咖啡',
  '签证',
];
const ZH_FRAMES = [
  (a: string, b: string) => `请问最近${a}怎么样？想了解一下${b}。`,
  (a: string, b: string) => `${a}和${b}哪个更划算，大家有什么建议吗？`,
  (a: string, b: string) => `我这两天一直在看${a}，朋友推荐了${b}，不知道靠不靠谱。`,
  (a: string, b: string) => `${a}的价格又涨了，${b}是不是也要涨？`,
  (a: string, b: string) => `周末打算去研究${a}，顺便看看${b}，有没有攻略？`,
  (a: string, b: string) => `老公想买${a}，我觉得${b}更好，怎么办？`,
];
const EN_TOPICS = [
  'stocks',
  'football',
  'a beach holiday',
  'hotels',
  'a new laptop',
  'smartphones',
  'a pasta recipe',
  'mortgage rates',
  'car insurance',
  'video games',
  'the concert',
  'visa rules',
];
const EN_FRAMES = [
  (a: string, b: string) => `What do you think about ${a}? I am also comparing ${b}.`,
  (a: string, b: string) => `My husband wants ${a} but I prefer ${b}, any advice?`,
  (a: string, b: string) => `Prices of ${a} went up again; will ${b} follow?`,
  (a: string, b: string) => `I have been reading about ${a} all week and a friend suggested ${b}.`,
];
function negatives(n: number): Example[] {
  const out: Example[] = [];
  for (let i = 0; i < n; i++) {
    const zh = i % 3 !== 0;
    const T = zh ? ZH_TOPICS : EN_TOPICS;
    const F = zh ? ZH_FRAMES : EN_FRAMES;
    out.push({ text: F[(i * 5) % F.length](T[i % T.length], T[(i * 7 + 3) % T.length]), label: 0 });
  }
  return out;
}

describe('relevance classifier', () => {
  it('trains on labelled text, generalises to held-out data, saves a small versioned file', async () => {
    const pos: Example[] = [];
    const spec = inputSpecSchema.parse({ type: 'csv', path: sharedPath('corpus', 'toyhom-neike-sample.gb18030.csv'), text: ['title', 'ask'] });
    for await (const r of readInputs([spec], '/')) if (pos.length < 300) pos.push({ text: r.text, label: 1 });
    const en = inputSpecSchema.parse({ type: 'json', path: sharedPath('corpus', 'chatdoctor5k.json'), text: 'input' });
    let k = 0;
    for await (const r of readInputs([en], '/')) if (k++ < 150) pos.push({ text: r.text, label: 1 });
    const { train, test } = splitHoldout([...pos, ...negatives(400)], 0.25, 3);
    const model = trainRelevance(train, { seed: 3 });
    let correct = 0;
    for (const e of test) if ((scoreRelevance(model, e.text) >= 0.5 ? 1 : 0) === e.label) correct++;
    expect(correct / test.length).toBeGreaterThan(0.95);
    expect(scoreRelevance(model, '孩子发烧三天，咳嗽有痰，需要吃什么药？')).toBeGreaterThan(0.5);
    // An unseen topic pairing (frames are shared with training: see the note above on what these negatives can teach).
    expect(scoreRelevance(model, ZH_FRAMES[1]('签证', '咖啡'))).toBeLessThan(0.5);

    const file = join(mkdtempSync(join(tmpdir(), 'qm-clf-')), 'm.json');
    saveRelevanceModel(model, file);
    const back = loadRelevanceModel(file);
    expect(scoreRelevance(back, '高血压吃什么药')).toBeCloseTo(scoreRelevance(model, '高血压吃什么药'), 3);

    // As a pipeline step: the score lands in metadata, low scores are dropped with a reason.
    const step = createRelevanceStep({ model: file, threshold: 0.5 }, back);
    const book = new StatsBook();
    const kept: DataRecord[] = [];
    const src = (async function* () {
      yield { id: 'm', text: '孩子发烧三天，咳嗽有痰，需要吃什么药？', source: 's', metadata: {} } as DataRecord;
      yield { id: 'x', text: ZH_FRAMES[1]('签证', '咖啡'), source: 's', metadata: {} } as DataRecord;
    })();
    for await (const r of step.run(src, { shard: 0, seed: 1, stats: (n) => book.get(n) })) kept.push(r);
    expect(kept.map((r) => r.id)).toEqual(['m']);
    expect(kept[0].metadata.relevance).toBeGreaterThan(0.5);
    expect(book.get('relevance').dropped).toEqual({ low_relevance: 1 });
  });

  it('refuses a model file of another version', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'qm-clf-')), 'm.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, JSON.stringify({ version: 99 }));
    expect(() => loadRelevanceModel(file)).toThrow(expect.objectContaining({ code: 'DATA_VERSION_MISMATCH' }));
  });
});
