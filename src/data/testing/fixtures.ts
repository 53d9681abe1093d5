// Test support: a small real corpus (Toyhom rows) with synthetic PHI inserted and near-copies added, plus a
// pipeline file over it. Used by the e2e tests and the bench; never ships data, only reads the shared copy.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from '../readers/index.js';
import { inputSpecSchema } from '../readers/input-spec.js';
import { writeTinyTokenizer } from './tiny-tokenizer.js';

export interface CorpusFixture {
  dir: string;
  input: string;
  pipeline: string;
  rows: number;
  /** Synthetic identifiers inserted into the text (each must be gone from the output). */
  phi: string[];
  nearCopies: number;
}

/** Mutate a Chinese text slightly (a few characters replaced): a near-copy. */
export function nearCopy(text: string, edits: number, salt: number): string {
  const chars = [...text];
  for (let e = 0; e < edits; e++) {
    const i = (salt * 7919 + e * 104729) % chars.length;
    chars[i] = '的';
  }
  return chars.join('');
}

export async function buildCorpusFixture(
  dir: string,
  toyhomCsv: string,
  o: { rows: number; shardSize: number; format?: 'jsonl' | 'parquet' },
): Promise<CorpusFixture> {
  mkdirSync(dir, { recursive: true });
  const spec = inputSpecSchema.parse({ type: 'csv', path: toyhomCsv, text: ['title', 'ask', 'answer'] });
  const texts: string[] = [];
  for await (const r of readInputs([spec], '/')) {
    if (texts.length >= o.rows) break;
    texts.push(r.text);
  }
  const phi = ['13912345678', 'zhang.wei@example.com', '11010519491231002X'];
  texts[3] = `${texts[3]}\n联系电话：${phi[0]}`;
  texts[5] = `${texts[5]}\n邮箱 ${phi[1]}`;
  texts[7] = `患者身份证号${phi[2]}。\n${texts[7]}`;
  let nearCopies = 0;
  const out = [...texts];
  for (let i = 10; i < texts.length; i += 97) {
    if (texts[i].length > 120) {
      out.push(nearCopy(texts[i], 3, i));
      nearCopies++;
    }
  }
  const input = join(dir, 'corpus.jsonl');
  writeFileSync(input, out.map((t, i) => JSON.stringify({ id: `r${i}`, text: t })).join('\n') + '\n');
  const tok = writeTinyTokenizer(join(dir, 'tokenizer'));
  const pipeline = join(dir, 'pipeline.yaml');
  writeFileSync(
    pipeline,
    [
      'version: 1',
      'name: fixture',
      'seed: 7',
      'inputs:',
      `  - { type: jsonl, path: ${input}, id: id, source: toyhom }`,
      'steps:',
      '  - step: normalise',
      '  - step: langid',
      '    keep: [zh, en]',
      '  - step: length',
      '  - step: repetition',
      '  - step: dedup-exact',
      '  - step: dedup-near',
      '  - step: deid',
      '  - step: tag',
      '    entities: false',
      `    terms: ${join(toyhomCsv, '..', '..', 'terms')}`,
      '  - step: tokens',
      `    tokenizer: ${tok}`,
      'output:',
      `  dir: ${join(dir, 'out')}`,
      `  format: ${o.format ?? 'jsonl'}`,
      `  shardSize: ${o.shardSize}`,
    ].join('\n') + '\n',
  );
  return { dir, input, pipeline, rows: out.length, phi, nearCopies };
}

/** The same pipeline file pointed at another output folder. */
export function withOutput(pipeline: string, outDir: string, target: string): string {
  writeFileSync(target, readFileSync(pipeline, 'utf8').replace(/^ {2}dir: .*$/m, `  dir: ${outDir}`));
  return target;
}
