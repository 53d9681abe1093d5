// The shared knowledge base's passages as the knowledge base would chunk them (medquad, the disease KG, the ChatDoctor
// disease table under <data>/kb): one reader for the benches that measure false flags or train on real pages
// (poison.bench.ts, screening-table.ts, claim-model-train.ts). A part missing from the data folder is skipped.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Doc } from '../src/core/types.js';
import { chunkDoc } from '../src/knowledge/chunk.js';
import { createLoaderContext, listInputs, loadFile } from '../src/knowledge/loaders/index.js';

export const SHARED_KB_PARTS = ['medquad', 'disease-kg-zh', 'chatdoctor-diseases.csv'] as const;

/** Every chunk of the shared KB under `dataDir`/kb, with "title\ntext" as screening reads it. */
export async function* sharedKbPassages(dataDir: string): AsyncGenerator<{ id: string | undefined; text: string }> {
  for (const part of SHARED_KB_PARTS) {
    const p = join(dataDir, 'kb', part);
    if (!existsSync(p)) continue;
    const ctx = createLoaderContext({}, p);
    for (const f of await listInputs(p)) {
      if (!f.format) continue;
      for await (const doc of loadFile(f.file, f.format, ctx)) {
        for (const c of chunkDoc(doc as Doc)) yield { id: c.id, text: `${c.title}\n${c.text}` };
      }
    }
  }
}
