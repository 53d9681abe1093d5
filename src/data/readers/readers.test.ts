import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../test/helpers/shared-data.js';
import type { DataRecord } from '../record.js';
import { writeParquetShard } from '../writers/shard-writer.js';
import { inputSpecSchema } from './input-spec.js';
import { readInputs } from './index.js';

async function all(it: AsyncIterable<DataRecord>): Promise<DataRecord[]> {
  const out: DataRecord[] = [];
  for await (const r of it) out.push(r);
  return out;
}
const spec = (o: Record<string, unknown>) => inputSpecSchema.parse(o);
const tmp = () => mkdtempSync(join(tmpdir(), 'qm-readers-'));

/** A zstd frame with one raw (uncompressed) block: enough to exercise the zstd path without a compressor. */
function zstdRawFrame(content: Buffer): Buffer {
  if (content.length > 255) throw new Error('keep it small');
  const header = Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x20, content.length]);
  const bh = 1 | (content.length << 3);
  return Buffer.concat([header, Buffer.from([bh & 0xff, (bh >> 8) & 0xff, (bh >> 16) & 0xff]), content]);
}

describe('readers', () => {
  it('reads the GB18030 Toyhom CSV: every row, decoded, with file and line', async () => {
    const file = sharedPath('corpus', 'toyhom-neike-sample.gb18030.csv');
    const recs = await all(readInputs([spec({ type: 'csv', path: file, text: ['title', 'ask', 'answer'], metadata: ['department'], source: 'toyhom' })], '/'));
    expect(recs).toHaveLength(7644);
    expect(recs[0].text.startsWith('高血压患者能吃党参吗？')).toBe(true);
    expect(recs[0].metadata).toMatchObject({ department: '心血管科', origin: { file, line: 2 } });
    expect(recs[0].id).toBe('toyhom:0:2');
  });

  it('reads GB18030 text blocks', async () => {
    const recs = await all(readInputs([spec({ type: 'text', path: sharedPath('corpus', 'toyhom-neike.gb18030.txt'), source: 'tb' })], '/'));
    expect(recs.length).toBeGreaterThan(3000);
    expect(recs[0].text).toContain('高血压');
    expect(recs.every((r) => r.text.trim().length > 0 && !r.text.includes('\n\n\n'))).toBe(true);
  });

  it('reads JSON arrays with array fields and ShareGPT JSONL with dotted paths', async () => {
    const hu = await all(readInputs([spec({ type: 'json', path: sharedPath('corpus', 'huatuo26m-test.json'), text: ['instruction', 'output'] })], '/'));
    expect(hu).toHaveLength(6000);
    const sg = await all(readInputs([spec({ type: 'jsonl', path: sharedPath('corpus', 'medicalgpt-sft-1k.jsonl'), text: 'conversations.value' })], '/'));
    expect(sg).toHaveLength(1000);
    expect(sg[0].text).toContain('治疗阳痿');
  });

  it('reads gzip and zstd input transparently', async () => {
    const dir = tmp();
    const body = Buffer.from('{"text":"第一条记录"}\n{"text":"second record"}\n');
    writeFileSync(join(dir, 'a.jsonl.gz'), gzipSync(body));
    writeFileSync(join(dir, 'b.jsonl.zst'), zstdRawFrame(body));
    const recs = await all(readInputs([spec({ type: 'jsonl', path: dir })], '/'));
    expect(recs.map((r) => r.text)).toEqual(['第一条记录', 'second record', '第一条记录', 'second record']);
  });

  it('detects UTF-8 in large compressed files and in one-line JSON larger than the sniffing window', async () => {
    const dir = tmp();
    const rows = Array.from({ length: 1500 }, (_, i) => ({ text: `第${i}条：高血压患者应低盐饮食，规律服药，定期监测血压。` }));
    writeFileSync(join(dir, 'big.jsonl.gz'), gzipSync(Buffer.from(rows.map((r) => JSON.stringify(r)).join('\n') + '\n')));
    writeFileSync(join(dir, 'big.json'), JSON.stringify(rows));
    const a = await all(readInputs([spec({ type: 'jsonl', path: join(dir, 'big.jsonl.gz') })], '/'));
    const b = await all(readInputs([spec({ type: 'json', path: join(dir, 'big.json') })], '/'));
    expect(a.map((r) => r.text)).toEqual(rows.map((r) => r.text));
    expect(b.map((r) => r.text)).toEqual(rows.map((r) => r.text));
  });

  it('reads Parquet written by the shard writer', async () => {
    const dir = tmp();
    const recs: DataRecord[] = [
      { id: 'a', text: '糖尿病的症状', source: 's', metadata: { lang: 'zh' } },
      { id: 'b', text: 'asthma symptoms', source: 's', metadata: { lang: 'en' } },
    ];
    await writeParquetShard(
      join(dir, 'x.parquet'),
      (async function* () {
        yield* recs;
      })(),
    );
    const back = await all(readInputs([spec({ type: 'parquet', path: join(dir, 'x.parquet'), id: 'id' })], '/'));
    expect(back.map((r) => [r.id, r.text])).toEqual([
      ['input:a', '糖尿病的症状'],
      ['input:b', 'asthma symptoms'],
    ]);
  });

  it('adapts the knowledge loaders (MedQuAD XML, disease KG)', async () => {
    const mq = await all(readInputs([spec({ type: 'medquad', path: sharedPath('kb', 'medquad', '5_NIDDK_QA') })], '/'));
    expect(mq.length).toBeGreaterThan(100);
    expect(mq[0]).toMatchObject({ source: 'medquad', metadata: { lang: 'en' } });
    const kg = await all(readInputs([spec({ type: 'disease-kg', path: sharedPath('kb', 'disease-kg-zh', 'medical_0.json') })], '/'));
    expect(kg).toHaveLength(500);
    expect(kg[0].text).toContain('百日咳');
  });

  it('names the file, line and field when a record is unusable', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bad.jsonl'), '{"text":"ok"}\n{"body":"no text"}\n');
    await expect(all(readInputs([spec({ type: 'jsonl', path: join(dir, 'bad.jsonl') })], '/'))).rejects.toMatchObject({
      code: 'DATA_FIELD_MISSING',
      message: expect.stringContaining('bad.jsonl:2: field "text"'),
    });
    writeFileSync(join(dir, 'broken.jsonl'), '{"text":"ok"}\n{oops\n');
    await expect(all(readInputs([spec({ type: 'jsonl', path: join(dir, 'broken.jsonl') })], '/'))).rejects.toMatchObject({ code: 'DATA_RECORD_INVALID' });
  });
});
