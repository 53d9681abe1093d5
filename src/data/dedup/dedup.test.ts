import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DataRecord } from '../record.js';
import type { DedupConfig } from './config.js';
import { candidateProbability, estimateJaccard, MinHasher } from './minhash.js';
import { dedupKey, jaccard, shingleHashes, shingles } from '../../core/shingles.js';
import { SHARED_DATA } from '../../../test/helpers/shared-data.js';
import { createFactsKeyer } from './facts.js';
import { bandCount, bucketStage, clusterStage, loadRemoval, signatureStage } from './stages.js';

const rec = (id: string, text: string): DataRecord => ({ id, text, source: 't', metadata: {} });
const stream = (rs: DataRecord[]) =>
  (async function* () {
    yield* rs;
  })();

async function staged(shards: DataRecord[][], cfg: DedupConfig, factsKey?: (t: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), 'qm-dedup-'));
  for (let s = 0; s < shards.length; s++) await signatureStage(stream(shards[s]), s, cfg, 7, dir, factsKey);
  for (let b = 0; b < bandCount(cfg); b++) await bucketStage(b, shards.length, dir);
  const summary = await clusterStage(cfg, shards.length, dir);
  return { summary, removal: shards.map((_, s) => loadRemoval(dir, s)) };
}

const A = '患者男性，六十五岁，反复胸闷气短三年，加重一周，活动后明显，夜间不能平卧，伴双下肢水肿，既往高血压病史十年，规律服用降压药物，血压控制尚可。';
const A_EDIT = A.replace('六十五岁', '六十六岁').replace('一周', '两周');
const B = '儿童发热伴皮疹两天，皮疹为红色斑丘疹，先见于耳后发际，逐渐蔓延至面部和躯干，伴咳嗽流涕、眼结膜充血，口腔颊黏膜可见白色小点，考虑麻疹可能。';

describe('shingle hashes', () => {
  it('give exactly the signatures of the shingle strings (Chinese, English, astral characters, short texts)', async () => {
    const { readFileSync } = await import('node:fs');
    const zh = readFileSync(join(SHARED_DATA, 'corpus', 'huatuo26m-test.json'), 'utf8').slice(0, 20_000);
    const en = readFileSync(join(SHARED_DATA, 'corpus', 'chatdoctor5k.json'), 'utf8').slice(0, 20_000);
    const texts = [zh, en, '头痛𠀀三天𠀁，发热😀伴咳嗽', 'short', '高血压', 'a b c d e f g'];
    const mh = new MinHasher({ bands: 20, rows: 5, seed: 7 });
    for (const t of texts) {
      for (const o of [
        { charN: 5, wordN: 5 },
        { charN: 3, wordN: 2 },
      ]) {
        expect(shingleHashes(t, o).length).toBe(shingles(t, o).size);
        expect(mh.signatureOfHashes(shingleHashes(t, o))).toEqual(mh.signature(shingles(t, o)));
      }
    }
  });
});

describe('dedup', () => {
  it('shingles: characters for Chinese, words for English; exact key ignores case, spaces and punctuation', () => {
    expect([...shingles('头痛发热咳嗽', { charN: 5, wordN: 5 })]).toEqual(['头痛发热咳', '痛发热咳嗽']);
    expect([...shingles('The patient has a mild fever today', { charN: 5, wordN: 3 })][0]).toBe('the patient has');
    expect(dedupKey('头痛，发热！ Fever')).toBe(dedupKey('头痛发热fever'));
  });

  it('MinHash estimates Jaccard and is seeded', () => {
    const mh = new MinHasher({ bands: 32, rows: 4, seed: 1 });
    const a = shingles(A);
    const b = shingles(A_EDIT);
    expect(Math.abs(estimateJaccard(mh.signature(a), mh.signature(b)) - jaccard(a, b))).toBeLessThan(0.12);
    expect(mh.signature(a)).toEqual(new MinHasher({ bands: 32, rows: 4, seed: 1 }).signature(a));
    expect(mh.signature(a)).not.toEqual(new MinHasher({ bands: 32, rows: 4, seed: 2 }).signature(a));
    expect(candidateProbability(0.8, 20, 5)).toBeGreaterThan(0.99);
    expect(candidateProbability(0.2, 20, 5)).toBeLessThan(0.01);
  });

  it('exact stage: duplicates across shards clustered, the earliest kept', async () => {
    const { summary, removal } = await staged(
      [
        [rec('a', A), rec('b', B)],
        [rec('c', `${A}  `), rec('d', 'something else entirely different here')],
      ],
      { mode: 'exact' },
    );
    expect(summary).toMatchObject({ clusters: 1, removed: 1 });
    expect(removal[0].removed).toEqual([]);
    expect(removal[1].removed).toEqual([0]);
    expect(removal[0].clusters['0']).toEqual({ cluster: 'a', size: 2 });
  });

  it('near stage: an edited copy is removed, distinct text kept, candidates confirmed by signature', async () => {
    const cfg: DedupConfig = { mode: 'near', bands: 20, rows: 5, charN: 5, wordN: 5, verifyThreshold: 0.5, sameFacts: true };
    const { summary, removal } = await staged([[rec('a', A), rec('b', B)], [rec('c', A_EDIT)]], cfg);
    expect(summary.removed).toBe(1);
    expect(removal[1].removed).toEqual([0]);
    expect(removal[1].clusters['0'].cluster).toBe('a');
    expect(removal[0].clusters['1']).toBeUndefined();
  });

  it('never merges near-identical texts whose numbers, doses or drug names differ', async () => {
    const cfg: DedupConfig = { mode: 'near', bands: 20, rows: 5, charN: 5, wordN: 5, verifyThreshold: 0.5, sameFacts: true };
    const keyer = createFactsKeyer(join(SHARED_DATA, 'terms'));
    const base =
      '成人发热头痛时可以口服布洛芬缓释胶囊，每次0.3g，每日两次，服药期间多饮水，避免空腹服用，如果体温持续超过三天不退或出现皮疹、呼吸困难，应及时到医院就诊。';
    const otherDose = base.replace('0.3g', '0.6g');
    const otherDrug = base.replace('布洛芬缓释胶囊', '对乙酰氨基酚片');
    const sameFacts = base.replace('多饮水', '多喝水');
    expect(keyer.key(base)).not.toBe(keyer.key(otherDose));
    expect(keyer.key(base)).not.toBe(keyer.key(otherDrug));
    const { summary, removal } = await staged([[rec('a', base), rec('b', otherDose), rec('c', otherDrug), rec('d', sameFacts)]], cfg, keyer.key);
    expect(summary.removed).toBe(1);
    expect(removal[0].removed).toEqual([3]);
  });
});
