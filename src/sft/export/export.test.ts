import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/random.js';
import type { SftSample } from '../sample.js';
import { exportSamples, parseExportFormats } from './formats.js';
import { applyMixture, readMixture } from './mixture.js';

const s = (i: number, group: string): SftSample => ({
  id: `s${i}`,
  task: `t-${group}`,
  ability: 'knowledge',
  group,
  lang: 'zh',
  source: 'x',
  provenance: {},
  messages: [
    { role: 'user', content: `问题${i}` },
    { role: 'assistant', content: `回答${i}` },
  ],
});

describe('sft export', () => {
  const samples = [...Array.from({ length: 6 }, (_, i) => s(i, 'knowledge')), ...Array.from({ length: 2 }, (_, i) => s(10 + i, 'safety'))];

  it('writes chat, ShareGPT, LLaMA-Factory and verl parquet with a messages column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sft-export-'));
    try {
      const [chat] = exportSamples(samples, 'chat', dir);
      expect(JSON.parse(readFileSync(chat, 'utf8').split('\n')[0])).toEqual({ messages: samples[0].messages });
      const [, info] = exportSamples(samples, 'llamafactory', dir);
      const entry = JSON.parse(readFileSync(info, 'utf8')).quarkmed_sft_train;
      expect(entry).toMatchObject({ file_name: 'quarkmed_sft_train.json', formatting: 'sharegpt', columns: { messages: 'conversations' } });
      const data = JSON.parse(readFileSync(join(dir, 'llamafactory', entry.file_name), 'utf8'));
      expect(data[0].conversations).toEqual([
        { from: 'human', value: '问题0' },
        { from: 'gpt', value: '回答0' },
      ]);
      // A val split in the same folder adds its entry beside train's (it replaced it).
      exportSamples(samples.slice(0, 2), 'llamafactory', dir, 'val');
      expect(Object.keys(JSON.parse(readFileSync(info, 'utf8'))).sort()).toEqual(['quarkmed_sft_train', 'quarkmed_sft_val']);
      const [pq] = exportSamples(samples, 'verl', dir);
      const buf = readFileSync(pq);
      const rows = (await parquetReadObjects({ file: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) })) as {
        messages: { role: string; content: string }[];
        extra_info: { id: string };
      }[];
      expect(rows).toHaveLength(8);
      expect(rows[3].messages).toEqual([
        { role: 'user', content: '问题3' },
        { role: 'assistant', content: '回答3' },
      ]);
      expect(rows[3].extra_info.id).toBe('s3');
      expect(() => parseExportFormats('chat,alpaca')).toThrow(/unknown export format "alpaca"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('samples by a mixture file, repeating a group short of its share and refusing unknown groups', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sft-mix-'));
    try {
      const file = join(dir, 'mix.json');
      writeFileSync(file, JSON.stringify({ groups: { knowledge: 1, safety: 1 } }));
      const { samples: out, report } = applyMixture(samples, readMixture(file), 8, createRng(3));
      expect(out.filter((x) => x.group === 'safety')).toHaveLength(4);
      expect(report.groups.safety).toMatchObject({ available: 2, taken: 4, repeated: 2 });
      writeFileSync(file, JSON.stringify({ groups: { knowledge: 1, rag: 2 } }));
      expect(() => applyMixture(samples, readMixture(file), 8, createRng(3), file)).toThrow(/no samples in group\(s\) rag/);
      writeFileSync(file, JSON.stringify({ knowledge: 1 }));
      expect(() => readMixture(file)).toThrow(/expected \{"groups"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
