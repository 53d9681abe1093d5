// `eval pull NAME`: fetch a benchmark's public files into $QUARKMED_HOME/bench/NAME, then load them once
// so an HTML error page or a truncated download is caught here rather than mid-run.
import { createWriteStream, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { quarkmedHome } from '../core/paths.js';
import { getBenchmark } from './benchmarks/index.js';
import { evalErrors } from './errors.js';

export interface PullOptions {
  /** Folder to write into (default $QUARKMED_HOME/bench/NAME). */
  dest?: string;
  /** Fetch every file as MIRROR/<file name> instead of its public URL (air-gapped mirrors, tests). */
  mirror?: string;
  env?: NodeJS.ProcessEnv;
  onFile?: (info: { url: string; file: string; bytes: number }) => void;
  signal?: AbortSignal;
}

export interface PullResult {
  dir: string;
  files: { url: string; file: string; bytes: number }[];
  items: number;
  dataPath: string;
}

async function download(url: string, file: string, signal?: AbortSignal): Promise<number> {
  let res: Response;
  try {
    res = await fetch(url, { redirect: 'follow', signal });
  } catch (err) {
    throw evalErrors.EVAL_PULL_FAILED({ url, reason: (err as Error).message });
  }
  if (!res.ok || !res.body) throw evalErrors.EVAL_PULL_FAILED({ url, reason: `HTTP ${res.status} ${res.statusText}` });
  const tmp = `${file}.part-${process.pid}`;
  let bytes = 0;
  try {
    const body = Readable.fromWeb(res.body as unknown as WebReadableStream<Uint8Array>);
    body.on('data', (chunk: Buffer) => (bytes += chunk.length));
    await pipeline(body, createWriteStream(tmp));
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw evalErrors.EVAL_PULL_FAILED({ url, reason: (err as Error).message });
  }
  return bytes;
}

export async function pullBenchmark(name: string, options: PullOptions = {}): Promise<PullResult> {
  const bench = getBenchmark(name);
  const { source } = bench;
  if (source.manual && !options.mirror) throw evalErrors.EVAL_PULL_FAILED({ url: source.homepage, reason: source.manual });
  const dir = options.dest ?? join(quarkmedHome(options.env), 'bench', bench.id);
  mkdirSync(dir, { recursive: true });
  const files: PullResult['files'] = [];
  for (const f of source.files) {
    const url = options.mirror ? `${options.mirror.replace(/\/+$/, '')}/${f.name}` : f.url;
    const file = join(dir, f.name);
    const bytes = await download(url, file, options.signal);
    files.push({ url, file, bytes });
    options.onFile?.({ url, file, bytes });
  }
  const dataPath = join(dir, source.defaultFile);
  const items = await bench.load(dataPath);
  return { dir, files, items: items.length, dataPath };
}
