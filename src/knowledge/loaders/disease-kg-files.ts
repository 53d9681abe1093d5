// The disease knowledge graph ships as numbered JSON files (medical_0.json …). The RL and SFT sources read "one
// file, or a folder of them" the same way, in name order, so their items come out in the same order on every run.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The file itself, or a folder's .json files in name order. */
export function diseaseKgFiles(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(path, f));
}
