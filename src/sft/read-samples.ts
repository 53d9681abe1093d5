// Reading SFT samples back (a build's shards, a folder of them, or any JSONL of the documented shape), with the
// file and line of the first bad record in the error.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sftErrors } from './errors.js';
import { sftSampleSchema, type SftSample } from './sample.js';

export function sampleFiles(path: string): string[] {
  if (!statSync(path, { throwIfNoEntry: false })) throw sftErrors.SFT_OPTION_INVALID({ option: path, reason: 'no such file or folder' });
  if (statSync(path).isFile()) return [path];
  return readdirSync(path)
    .filter((f) => /^sft-\d{5}\.jsonl$/.test(f) || f === 'sft.jsonl')
    .sort()
    .map((f) => join(path, f));
}

export function readSamples(path: string): SftSample[] {
  const out: SftSample[] = [];
  for (const file of sampleFiles(path)) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim()) return;
        let v: unknown;
        try {
          v = JSON.parse(line);
        } catch {
          throw sftErrors.SFT_DATA_INVALID({ file, line: i + 1, reason: 'not JSON' });
        }
        const p = sftSampleSchema.safeParse(v);
        if (!p.success) {
          const issue = p.error.issues[0];
          throw sftErrors.SFT_DATA_INVALID({ file, line: i + 1, reason: `${issue.path.join('.') || '(root)'}: ${issue.message}` });
        }
        out.push(p.data as SftSample);
      });
  }
  return out;
}
