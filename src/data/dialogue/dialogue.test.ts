import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_DATA } from '../../../test/helpers/shared-data.js';
import type { DataRecord } from '../record.js';
import { readInputs } from '../readers/index.js';
import { inputSpecSchema } from '../readers/input-spec.js';
import { corpusInputs } from '../testing/corpora.js';
import { createNormaliseStep, normaliseOptions } from '../normalise/step.js';
import { StatsBook } from '../stats.js';
import { trimCourtesy } from './courtesy.js';
import { turnsFromSpeakerText, turnsFromValue } from '../../core/dialogue.js';

async function all(it: AsyncIterable<DataRecord>): Promise<DataRecord[]> {
  const out: DataRecord[] = [];
  for await (const r of it) out.push(r);
  return out;
}

describe('dialogues as dialogues', () => {
  it('reads every shape real corpora use, turns in order with roles', () => {
    expect(
      turnsFromValue([
        ['q1', 'a1'],
        ['q2', 'a2'],
      ]),
    ).toEqual([
      { role: 'user', content: 'q1' },
      { role: 'assistant', content: 'a1' },
      { role: 'user', content: 'q2' },
      { role: 'assistant', content: 'a2' },
    ]);
    expect(
      turnsFromValue([
        { from: 'human', value: 'q' },
        { from: 'gpt', value: 'a' },
      ])?.map((m) => m.role),
    ).toEqual(['user', 'assistant']);
    expect(
      turnsFromValue([
        { role: 'system', content: 's' },
        { role: 'user', content: 'q' },
      ])?.map((m) => m.role),
    ).toEqual(['system', 'user']);
    expect(turnsFromValue(['q', 'a', 'q2'])?.map((m) => m.role)).toEqual(['user', 'assistant', 'user']);
    expect(turnsFromSpeakerText('患者：头痛三天了。医生：发热吗？患者：没有发热。')).toEqual([
      { role: 'user', content: '头痛三天了。' },
      { role: 'assistant', content: '发热吗？' },
      { role: 'user', content: '没有发热。' },
    ]);
    expect(turnsFromSpeakerText('Patient: I have a rash.\nDoctor: Since when?')?.map((m) => m.role)).toEqual(['user', 'assistant']);
  });

  it('CMtMedQA: history pairs then the last exchange, nothing lost, questions and answers interleaved', async () => {
    const recs = await all(readInputs([corpusInputs(SHARED_DATA).cmtmedqa], '/'));
    expect(recs).toHaveLength(1144);
    const r = recs.find((x) => x.id === 'cmtmedqa:j4219')!;
    expect(r.messages!.map((m) => m.role)).toEqual(['user', 'assistant', 'user', 'assistant', 'user', 'assistant', 'user', 'assistant']);
    expect(r.messages![0].content).toContain('恶性乳腺癌中期');
    expect(r.messages![1].content).toContain('个体化');
    // Every history string of the file is in some record's turns.
    const raw = JSON.parse((await import('node:fs')).readFileSync(join(SHARED_DATA, 'corpus', 'cmtmedqa-test.json'), 'utf8')) as { history?: string[][] }[];
    const histTurns = raw.reduce((s, x) => s + (x.history ?? []).flat().filter((t) => t.trim()).length, 0);
    const readTurns = recs.reduce((s, x) => s + x.messages!.length, 0);
    expect(readTurns).toBeGreaterThanOrEqual(histTurns + 1144);
  });

  it('a configured field that yields nothing is a loud error, not a silent flag', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qm-dlg-'));
    const f = join(dir, 'x.jsonl');
    writeFileSync(f, `${JSON.stringify({ q: 'a', a: 'b' })}\n${JSON.stringify({ q: 'c', a: 'd' })}\n`);
    await expect(all(readInputs([inputSpecSchema.parse({ type: 'jsonl', path: f, text: ['q', 'history'] })], '/'))).rejects.toMatchObject({
      code: 'DATA_FIELD_EMPTY',
    });
    await expect(
      all(readInputs([inputSpecSchema.parse({ type: 'jsonl', path: f, dialogue: { history: 'hist', user: 'q', assistant: 'a' } })], '/')),
    ).rejects.toThrow(/"hist" yielded no text in any of its 2 records/);
  });

  it('trailing thank-you exchanges are trimmed and counted, content turns never', async () => {
    const m = (role: 'user' | 'assistant', content: string) => ({ role, content });
    expect(
      trimCourtesy([
        m('user', '头痛怎么办'),
        m('assistant', '多休息，必要时服用布洛芬。'),
        m('user', '我知道了，谢谢医生的解答。'),
        m('assistant', '不客气，祝您早日康复！'),
      ]),
    ).toEqual({
      messages: [m('user', '头痛怎么办'), m('assistant', '多休息，必要时服用布洛芬。')],
      trimmed: 2,
    });
    expect(trimCourtesy([m('user', '谢谢医生。还需要复查吗？'), m('assistant', '建议3个月后复查肝功能。')]).trimmed).toBe(0);
    expect(trimCourtesy([m('user', 'Thanks doctor'), m('assistant', 'You are welcome, take 400 mg if pain returns.')]).trimmed).toBe(0);
    const recs = await all(readInputs([corpusInputs(SHARED_DATA).cmtmedqa], '/'));
    const step = createNormaliseStep(normaliseOptions.parse({}));
    const book = new StatsBook();
    const out = await all(
      step.run(
        (async function* () {
          yield* recs;
        })(),
        { shard: 0, seed: 1, stats: (n) => book.get(n) },
      ),
    );
    const before = recs.reduce((s, r) => s + r.messages!.length, 0);
    const after = out.reduce((s, r) => s + r.messages!.length, 0);
    const trimmed = book.get('normalise').counters.courtesy_turns_trimmed;
    expect(trimmed).toBeGreaterThan(200);
    expect(after + trimmed).toBeGreaterThanOrEqual(before * 0.995);
    expect(out.every((r) => r.text === r.messages!.map((x) => x.content).join('\n\n'))).toBe(true);
  });
});
