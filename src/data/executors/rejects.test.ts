// A pipeline run writes every drop to <output>/rejects.jsonl (id, source, step, reason, text) and keeps dialogue
// turns through every step, de-identification included.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePipeline } from '../pipeline-file.js';
import { runPipeline } from './coordinator.js';
import { createLocalRunner } from './local.js';

describe('rejects file and dialogue records through a run', () => {
  it('every dropped record is written with its step and reason; kept dialogues keep their turns', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qm-rejects-'));
    try {
      const answer = '高血压患者平时要注意低盐饮食，每天食盐不超过五克，规律服用降压药物，定期监测血压，出现头痛胸闷及时就医。';
      const rows = [
        {
          id: 'a',
          conversations: [
            { from: 'human', value: '高血压要注意什么？我电话13812345678' },
            { from: 'gpt', value: answer },
            { from: 'human', value: '谢谢医生' },
            { from: 'gpt', value: '不客气，祝您早日康复！' },
          ],
        },
        {
          id: 'b',
          conversations: [
            { from: 'human', value: '高血压要注意什么？' },
            { from: 'gpt', value: '首先患者需要增加盐分的摄入，适当运动，保持心情舒畅，按时服药。' },
          ],
        },
        {
          id: 'c',
          conversations: [
            { from: 'human', value: '好' },
            { from: 'gpt', value: '嗯' },
          ],
        },
        {
          id: 'd',
          conversations: [
            { from: 'human', value: '高血压要注意什么？我电话13812345678' },
            { from: 'gpt', value: answer },
          ],
        },
      ];
      const input = join(dir, 'in.jsonl');
      writeFileSync(input, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
      const raw = {
        version: 1,
        inputs: [{ type: 'jsonl', path: input, id: 'id', source: 'toyhom', dialogue: { turns: 'conversations' } }],
        steps: [{ step: 'normalise' }, { step: 'length', minChars: 20 }, { step: 'advice-check' }, { step: 'dedup-exact' }, { step: 'deid' }],
        output: { dir: join(dir, 'out') },
      };
      writeFileSync(join(dir, 'p.json'), JSON.stringify(raw));
      const m = await runPipeline(parsePipeline(raw, join(dir, 'p.json')), createLocalRunner(), { fresh: true });
      const rejects = readFileSync(join(dir, 'out', 'rejects.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(rejects.map((r) => [r.id, r.step, r.reason])).toEqual([
        ['toyhom:b', 'advice_check', 'advice_salt_increase'],
        ['toyhom:c', 'length', 'too_short'],
        ['toyhom:d', 'dedup-exact', 'duplicate_of:toyhom:a'],
      ]);
      expect(rejects[0]).toMatchObject({ source: 'toyhom', text: expect.stringContaining('增加盐分') });
      expect(m.rejects).toEqual({ file: 'rejects.jsonl', records: 3 });
      const out = readFileSync(join(dir, 'out', 'shard-00000.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { messages: { role: string; content: string }[]; text: string });
      expect(out).toHaveLength(1);
      expect(out[0].messages.map((x) => x.role)).toEqual(['user', 'assistant']);
      expect(out[0].messages[0].content).not.toContain('13812345678');
      expect(out[0].messages[1].content).toBe(answer);
      expect(out[0].text).toBe(out[0].messages.map((x) => x.content).join('\n\n'));
      expect(m.dialogues).toMatchObject({ records: 1, turns: 2, courtesyTrimmed: 2 });
      expect(readFileSync(join(dir, 'out', 'stats.md'), 'utf8')).toContain('rejects | 3 records in rejects.jsonl');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
