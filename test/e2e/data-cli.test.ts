// The `quarkmed data` command line as a user runs it (from sources through tsx): deid, dedup, stats.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, sharedPath } from '../helpers/shared-data.js';
import { buildCorpusFixture } from '../../src/data/testing/fixtures.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'qm-data-cli-'));
const once = (args: string[]) =>
  run(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'src/cli/main.ts'), 'data', ...args], { cwd: REPO_ROOT, maxBuffer: 1 << 24 });
// One retry of a SIGSEGV only: Node 20's crash of a `--import tsx` child beside native addons (see runCli in
// test/helpers/run-cli.ts); any other failure, or a second crash, rejects as before.
const cli = (...args: string[]) => once(args).catch((err: { signal?: string }) => (err.signal === 'SIGSEGV' ? once(args) : Promise.reject(err)));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('quarkmed data CLI', () => {
  it('deid: dry run reports, real run rewrites only the field', async () => {
    const input = join(dir, 'notes.jsonl');
    writeFileSync(
      input,
      [
        { id: 1, note: '患者张伟，电话13912345678，身份证11010519491231002X，住址北京市海淀区中关村大街27号。' },
        { id: 2, note: 'Contact john.smith@example.org or call (415) 555-0134 about MRN 00123456.' },
        { id: 3, note: '咳嗽三天，无发热。' },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n') + '\n',
    );
    const dry = JSON.parse((await cli('deid', input, '--field', 'note', '--dry-run', '--json')).stdout) as {
      records: number;
      recordsChanged: number;
      byType: Record<string, number>;
      examples: { placeholder: string; text: string }[];
    };
    expect(dry).toMatchObject({ records: 3, recordsChanged: 2 });
    expect(dry.byType).toMatchObject({ PHONE: 2, ID_CARD: 1, EMAIL: 1 });
    expect(dry.examples.find((e) => e.text === '13912345678')?.placeholder).toBe('[PHONE]');
    const out = join(dir, 'notes.deid.jsonl');
    await cli('deid', input, out, '--field', 'note');
    const rows = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: number; note: string });
    expect(rows.map((r) => r.id)).toEqual([1, 2, 3]);
    expect(rows[0].note).not.toContain('13912345678');
    expect(rows[0].note).toContain('[ID_CARD]');
    expect(rows[2].note).toBe('咳嗽三天，无发热。');
  });

  it('dedup: exact and near duplicates removed, kept rows marked with their cluster', async () => {
    const fx = await buildCorpusFixture(join(dir, 'fx'), sharedPath('corpus', 'toyhom-neike-sample.gb18030.csv'), { rows: 400, shardSize: 200 });
    const out = join(dir, 'dedup.jsonl');
    const r = JSON.parse((await cli('dedup', fx.input, out, '--json')).stdout) as { records: number; kept: number; exactRemoved: number; nearRemoved: number };
    expect(r.records).toBe(fx.rows);
    expect(r.nearRemoved).toBeGreaterThanOrEqual(fx.nearCopies);
    expect(r.kept).toBe(r.records - r.exactRemoved - r.nearRemoved);
    const rows = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; dedup_cluster?: string });
    expect(rows).toHaveLength(r.kept);
    expect(rows.some((x) => x.dedup_cluster)).toBe(true);
  });

  it('classify: train on labelled files, apply with a threshold', async () => {
    const pos = join(dir, 'pos.jsonl');
    const neg = join(dir, 'neg.jsonl');
    const toy = readFileSync(sharedPath('corpus', 'medicalgpt-sft-1k.jsonl'), 'utf8').trim().split('\n').slice(0, 200);
    writeFileSync(
      pos,
      toy.map((l) => JSON.stringify({ text: (JSON.parse(l) as { conversations: { value: string }[] }).conversations[0].value })).join('\n') + '\n',
    );
    const topics = ['股票', '足球', '旅游', '手机', '电影', '房价', '咖啡', '游戏'];
    const frames = [
      (a: string) => `最近${a}怎么样？`,
      (a: string) => `大家推荐一下${a}吧，谢谢。`,
      (a: string) => `${a}的价格是不是又涨了`,
      (a: string) => `周末想去看看${a}，有攻略吗`,
    ];
    writeFileSync(
      neg,
      Array.from({ length: 200 }, (_, i) => JSON.stringify({ text: frames[i % 4](topics[(i * 3) % 8]) + topics[(i * 5 + 1) % 8] })).join('\n') + '\n',
    );
    const model = join(dir, 'rel.json');
    const rep = JSON.parse((await cli('classify', 'train', '--pos', pos, '--neg', neg, '--out', model, '--json')).stdout) as {
      heldOutAccuracy: number;
      weights: number;
    };
    expect(rep.heldOutAccuracy).toBeGreaterThan(0.9);
    const input = join(dir, 'mixed.jsonl');
    writeFileSync(
      input,
      [{ text: '孩子发烧三天了，咳嗽有痰，吃什么药好？' }, { text: '最近足球怎么样？电影' }].map((r) => JSON.stringify(r)).join('\n') + '\n',
    );
    const out = join(dir, 'scored.jsonl');
    await cli('classify', 'apply', model, input, out, '--filter');
    const rows = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { text: string; relevance: number });
    expect(rows.map((r) => r.text)).toEqual(['孩子发烧三天了，咳嗽有痰，吃什么药好？']);
    expect(rows[0].relevance).toBeGreaterThan(0.5);
    // A malformed line half-way: a named error, and no output file at all (it used to leave the rows before it).
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, `${JSON.stringify({ text: '孩子发烧三天了' })}\nnot json\n`);
    const badOut = join(dir, 'bad-scored.jsonl');
    const err = (await cli('classify', 'apply', model, bad, badOut).catch((e: { stderr: string }) => e)) as { stderr: string };
    expect(err.stderr).toContain('DATA_RECORD_INVALID');
    expect(err.stderr).toContain('bad.jsonl:2');
    expect(existsSync(badOut)).toBe(false);
    expect(existsSync(`${badOut}.partial`)).toBe(false);
  });
});
