// `data deid` throughput on JSONL, the current design against the previous one in the same run (CPU time of this
// process, best of three interleaved runs), so the ratio holds on a loaded machine:
//   npx tsx bench/deid-speed.ts [MB]        (default 3 MB of real consultations from ../shared/data/corpus)
// Rows: a read + parse + stringify + write baseline; rules only; rules + tagger on candidate windows (shipped);
// rules + tagger over the whole text (session 6). The terminology lexicon is loaded as `data deid` loads it.
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deidJsonlFile } from '../src/data/deid/dry-run.js';
import { loadPhiRedactor } from '../src/data/deid/redactor.js';
import { readLines } from '../src/data/readers/open-input.js';
import { sharedPath } from '../test/helpers/shared-data.js';
import { corpusTexts } from './corpus-texts.js';

const MB = Number(process.argv[2] ?? 3);
if (!(MB > 0)) {
  process.stderr.write(`deid-speed: the size must be a positive number of MB, got ${JSON.stringify(process.argv[2])}\n`);
  process.exit(2);
}
const { huatuo, cmt, chatdoctor: cd } = corpusTexts();
// Interleave the languages so every slice of the file is mixed, as a real export would be.
const pool: string[] = [];
for (let i = 0; i < Math.max(huatuo.length, cmt.length, cd.length); i++) for (const src of [huatuo, cmt, cd]) if (src[i]) pool.push(src[i]);

const dir = mkdtempSync(join(tmpdir(), 'qm-deid-speed-'));
const input = join(dir, 'in.jsonl');
{
  const lines: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < MB * 1e6; i++) {
    const line = JSON.stringify({ id: i, text: pool[i % pool.length] });
    lines.push(line);
    bytes += Buffer.byteLength(line) + 1;
  }
  writeFileSync(input, `${lines.join('\n')}\n`);
}
const size = statSync(input).size / 1e6;

async function baseline(out: string): Promise<void> {
  const w = createWriteStream(out);
  for await (const { text } of readLines(input)) {
    if (!w.write(`${JSON.stringify(JSON.parse(text) as unknown)}\n`)) await new Promise<void>((res) => w.once('drain', () => res()));
  }
  await new Promise<void>((res) => w.end(() => res()));
}

const termsDir = sharedPath('terms');
const designs = {
  'rules only': await loadPhiRedactor({ termsDir, rulesOnly: true }),
  'rules + tagger on candidate windows (shipped)': await loadPhiRedactor({ termsDir }),
  'rules + tagger on the whole text (session 6)': await loadPhiRedactor({ termsDir, taggerEverywhere: true }),
};
const best: Record<string, number> = {};
const cpu = async (name: string, run: () => Promise<void>) => {
  const c0 = process.cpuUsage();
  await run();
  const c = process.cpuUsage(c0);
  const s = (c.user + c.system) / 1e6;
  best[name] = Math.min(best[name] ?? Number.POSITIVE_INFINITY, s);
};
for (let round = 0; round < 3; round++) {
  await cpu('read + parse + write baseline', () => baseline(join(dir, 'base.jsonl')));
  for (const [name, redactor] of Object.entries(designs)) {
    await cpu(name, () => deidJsonlFile(input, join(dir, 'out.jsonl'), redactor, { field: 'text', dryRun: false }).then(() => undefined));
  }
}
rmSync(dir, { recursive: true, force: true });
const windowed = best['rules + tagger on candidate windows (shipped)'];
const whole = best['rules + tagger on the whole text (session 6)'];
const rows = Object.entries(best).map(([name, s]) => `| ${name} | ${(size / s).toFixed(2)} | ${s.toFixed(2)} |`);
process.stdout.write(
  [
    `deid-speed: ${size.toFixed(2)} MB of JSONL (huatuo26m, cmtmedqa, chatdoctor5k interleaved), CPU time, best of 3, ${new Date().toISOString()}`,
    '',
    '| design | MB/s (CPU) | CPU s |',
    '| --- | --- | --- |',
    ...rows,
    '',
    `windowed / whole-text speed: ${(whole / windowed).toFixed(2)}×`,
    '',
  ].join('\n'),
);
