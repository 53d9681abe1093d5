import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../../test/helpers/shared-data.js';
import type { ChatBackend } from '../../../models/backend.js';
import { getIcd10 } from '../../../knowledge/icd10.js';
import { createRewardEngine } from '../../reward/engine.js';
import type { RlItem } from '../item.js';
import { modelLabelCheck } from './model-check.js';
import { importDecisions } from './review-file.js';
import { needsReview, parseCsv, reviewCheck, reviewRow, rowsToCsv } from './review.js';
import { runQualityStage } from './stage.js';
import { qualityOf, withFlag } from './types.js';

const item = (id: string, gt: unknown): RlItem => ({
  id,
  task: 'diagnosis',
  prompt: [{ role: 'user', content: '患者转移性右下腹痛，麦氏点压痛。最后只输出JSON：{"diagnosis": "疾病名称", "icd10": "编码"}' }],
  ground_truth: gt,
  reward_spec: { id, task: 'diagnosis', gt, fmt: 'json', opt: { key: 'diagnosis' } },
  source: 'test',
  authority: 'D',
  meta: {},
});

describe('expert review: export, import, apply with provenance', () => {
  const doubted = withFlag(item('a', { code: 'K81.000', name: '急性胆囊炎' }), 'unspecific-presentation', 0.3, 'few specific findings');
  const fine = item('b', { code: 'K35.900', name: '急性阑尾炎' });

  it('exports only doubted items, as CSV that survives quoting', () => {
    expect(needsReview(doubted)).toBe(true);
    expect(needsReview(fine)).toBe(false);
    const csv = rowsToCsv([reviewRow(doubted)]);
    const [row] = parseCsv(csv);
    expect(row.id).toBe('a');
    expect(JSON.parse(row.label)).toEqual({ code: 'K81.000', name: '急性胆囊炎' });
    expect(row.reasons).toContain('unspecific-presentation');
  });

  it('imports decisions (naming bad rows) and applies them as the last check', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qm-review-'));
    const sheet = join(dir, 'sheet.csv');
    const row = {
      ...reviewRow(doubted),
      decision: 'correct',
      corrected_label: '{"code":"K35.900","name":"急性阑尾炎"}',
      reviewer: 'dr-li',
      note: 'RLQ pain, McBurney',
    };
    writeFileSync(sheet, rowsToCsv([row, { ...reviewRow(fine) }]));
    const { records, undecided } = importDecisions(sheet);
    expect(records).toHaveLength(1);
    expect(undecided).toBe(1);
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, JSON.stringify({ id: 'a', decision: 'maybe', reviewer: 'x' }) + '\n');
    expect(() => importDecisions(bad)).toThrow(/decision "maybe"/);

    const { kept, excluded } = runQualityStage([doubted, fine], {}, { checks: [reviewCheck(records)] });
    expect(excluded).toHaveLength(0);
    const fixed = kept.find((i) => i.id === 'a')!;
    expect(fixed.ground_truth).toEqual({ code: 'K35.900', name: '急性阑尾炎' });
    expect(qualityOf(fixed).confidence).toBe(1);
    expect(qualityOf(fixed).corrections[0]).toMatchObject({ by: 'reviewer:dr-li', from: { code: 'K81.000', name: '急性胆囊炎' } });
  });

  it('a model whose draft the label rejects flags the item for review', async () => {
    const fake: ChatBackend = {
      name: 'fake',
      spec: 'fake',
      chat: () => (async function* () {})(),
      complete: async () => ({
        text: '{"diagnosis": "急性阑尾炎", "icd10": "K35.900"}',
        usage: { promptTokens: 0, completionTokens: 0 },
        finishReason: 'stop',
      }),
      close: async () => {},
    } as unknown as ChatBackend;
    const engine = createRewardEngine({ ctx: { icd: getIcd10(sharedPath('terms', 'icd10-cn-clinical-v2.jsonl')) } });
    const { items, summary } = await modelLabelCheck([doubted, fine], fake, engine);
    expect(summary).toMatchObject({ agrees: 1, disagrees: 1 });
    expect(qualityOf(items[0]).flags.map((f) => f.code)).toContain('model-disagrees');
    expect(needsReview(items[0])).toBe(true);
  });
});
