// Best-of-N + preference-pair overhead against an instant local OpenAI-compatible server (used by sft.bench.ts).
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { buildSft } from '../src/sft/build.js';
import { runBestOfN, type BonRecord } from '../src/sft/bon/run-bon.js';
import { buildPairs } from '../src/sft/pairs/build-pairs.js';
import { readSamples } from '../src/sft/read-samples.js';
import { startFakeOpenAI } from '../test/helpers/fake-openai-server.js';
import { SHARED_DATA } from '../test/helpers/shared-data.js';

/** Scripted replies of varying quality: right and wrong drug lists, a definitive diagnosis, a hedged answer. */
export function scriptedReply(prompt: string, i: number): string {
  const variants = [
    `常用药物包括相关药物，请遵医嘱使用。`,
    `你肯定是得了这个病，停药吧。`,
    `可能与多种原因有关，建议就医检查确认，用药请遵医嘱。`,
    `Answer: 42`,
  ];
  return `${variants[i % variants.length]} ${prompt.length % 7}`;
}

export interface BonFigures {
  prompts: number;
  n: number;
  candidates: number;
  seconds: number;
  setupSeconds: number;
  overheadSeconds: number;
  /** Candidates per second of the pipeline's own work (triage, cache, scoring, selection, writing). */
  overheadRate: number;
  endToEndRate: number;
  cachedOverheadRate: number;
  pairs: number;
  pairSeconds: number;
}

export async function bonOverhead(dir: string, prompts = 150, n = 4): Promise<BonFigures> {
  await buildSft({
    dataRoot: SHARED_DATA,
    outDir: join(dir, 'prompts'),
    tasks: ['kg-drugs', 'kg-symptoms', 'medcalc-formula'],
    maxPerTask: Math.ceil(prompts / 3),
    vignettes: false,
  });
  const samples = readSamples(join(dir, 'prompts')).slice(0, prompts);
  const server = await startFakeOpenAI({ reply: (req, i) => scriptedReply(JSON.stringify(req.messages ?? []), i) });
  try {
    const opts = {
      samples,
      models: [`openai:${server.baseURL}#fake`],
      n,
      outDir: join(dir, 'out'),
      cachePath: join(dir, 'cache.sqlite'),
      concurrency: 16,
      termsDir: join(SHARED_DATA, 'terms'),
    };
    const first = await runBestOfN(opts);
    const again = await runBestOfN(opts); // every candidate from the cache: scoring, selection and writing only
    const records = readFileSync(join(dir, 'out', 'bon.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as BonRecord);
    const t = performance.now();
    const { pairs } = buildPairs(records);
    const pairSeconds = (performance.now() - t) / 1000;
    const rate = (c: number, s: number) => Math.round(c / Math.max(s, 0.001));
    return {
      prompts: samples.length,
      n,
      candidates: first.candidates,
      seconds: first.seconds,
      setupSeconds: first.setupSeconds,
      overheadSeconds: first.overheadSeconds,
      overheadRate: rate(first.candidates, first.overheadSeconds),
      endToEndRate: rate(first.candidates, first.seconds - first.setupSeconds),
      cachedOverheadRate: rate(again.candidates, again.overheadSeconds),
      pairs: pairs.length,
      pairSeconds: Math.round(pairSeconds * 1000) / 1000,
    };
  } finally {
    await server.close();
  }
}
