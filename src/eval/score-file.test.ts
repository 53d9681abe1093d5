import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getBenchmark } from './benchmarks/index.js';
import { scoreFile } from './score-file.js';

const dir = mkdtempSync(join(tmpdir(), 'qm-score-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scoreFile', () => {
  it('scores a predictions file written by another tool in the official CPQExam format', async () => {
    const file = join(dir, 'official.jsonl');
    const rows = [
      { uid: '1', level: '高级', department: '眼科学', type: '案例分析题', pred_str: '{"answer": "CA"}', answer: 'AC' },
      { uid: '2', level: '高级', department: '眼科学', type: 'A1/A2型题', pred_str: '```json\n{"answer": "b"}\n```', answer: 'B' },
      { uid: '3', level: '初级', department: '内科学', type: '共用题干单选题', pred_str: '{"answer": 2}', answer: 'B' },
      { uid: '4', level: '初级', department: '内科学', type: '多选题', pred_str: '{"answer": "A、B、D"}', answer: 'ABD' },
    ];
    writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n'));
    const { summary } = await scoreFile(getBenchmark('cpqexam'), file);
    expect(summary.overall).toEqual({ correct: 2, total: 4, accuracy: 0.5 });
    expect(summary.invalid).toBe(1); // {"answer": 2}: the official script aborts here; we count it invalid
    expect(summary.officialCrashes).toBe(1);
    expect(summary.groups.type).toEqual({
      案例分析题: { correct: 1, total: 1, accuracy: 1 },
      单选题: { correct: 0, total: 1, accuracy: 0 },
      共用题干题: { correct: 0, total: 1, accuracy: 0 },
      多选题: { correct: 1, total: 1, accuracy: 1 },
    });
    expect(summary.groups.level.高级).toEqual({ correct: 1, total: 2, accuracy: 0.5 });
  });

  it('names the line of a malformed record', async () => {
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, '{"uid": "1", "pred_str": "", "answer": "A"}\n{"uid": "2", "answer": "A"}\n');
    await expect(scoreFile(getBenchmark('cpqexam'), file)).rejects.toThrow(/bad\.jsonl:2: field "pred_str"/);
  });
});
