// Many machines, simulated: Debian's redis-server on a random loopback port, two `quarkmed data worker` processes,
// `submit`-style coordination through BullMQ — the shards must equal the single-machine run byte for byte.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_ARGS } from '../helpers/run-cli.js';
import { REPO_ROOT, sharedPath } from '../helpers/shared-data.js';
import { REDIS_SERVER, skipWithout, systemBinary } from '../helpers/system-binary.js';
import { createBullRunner } from '../../src/data/executors/bullmq.js';
import { runPipeline } from '../../src/data/executors/coordinator.js';
import { createLocalRunner } from '../../src/data/executors/local.js';
import { loadPipelineFile } from '../../src/data/pipeline-file.js';
import { buildCorpusFixture, withOutput, type CorpusFixture } from '../../src/data/testing/fixtures.js';

// Skipped with the install command on a machine without redis-server; required under CI=true.
const redisServer = systemBinary(REDIS_SERVER);
skipWithout(redisServer);

const procs: ChildProcess[] = [];
let fx: CorpusFixture;
let url = '';

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() => (typeof a === 'object' && a ? res(a.port) : rej(new Error('no port'))));
    });
  });
}

/** A child that ended before printing what was waited for, with the signal that ended it (null when it exited). */
class ExitError extends Error {
  constructor(
    readonly code: number | null,
    readonly signal: NodeJS.Signals | null,
    output: string,
  ) {
    super(`exited ${code ?? `by ${signal}`}: ${output}`);
  }
}

function waitFor(p: ChildProcess, pattern: RegExp, stream: 'stdout' | 'stderr', ms = 60_000): Promise<void> {
  return new Promise((res, rej) => {
    let buf = '';
    const t = setTimeout(() => rej(new Error(`timed out waiting for ${pattern}: ${buf}`)), ms);
    p[stream]!.on('data', (d: Buffer) => {
      buf += d.toString();
      if (pattern.test(buf)) {
        clearTimeout(t);
        res();
      }
    });
    p.once('exit', (code, signal) => rej(new ExitError(code, signal, buf)));
  });
}

const shards = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .filter((n) => n.startsWith('shard-'))
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );

beforeAll(async () => {
  if (!redisServer.path) return;
  fx = await buildCorpusFixture(mkdtempSync(join(tmpdir(), 'qm-data-redis-')), sharedPath('corpus', 'toyhom-neike-sample.gb18030.csv'), {
    rows: 500,
    shardSize: 150,
  });
  const port = await freePort();
  url = `redis://127.0.0.1:${port}`;
  const redis = spawn(redisServer.path, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', fx.dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  procs.push(redis);
  await waitFor(redis, /Ready to accept connections/, 'stdout', 20_000);
  for (let i = 0; i < 2; i++) await startWorker();
});

// A worker is a child started with `--import tsx`; Node 20 can kill such a child by SIGSEGV with no output (the crash
// runCli retries, test/helpers/run-cli.ts). One retry of that signal only, so the pipeline under test is still what
// fails the test for anything else.
async function startWorker(retry = true): Promise<void> {
  const w = spawn(process.execPath, [...CLI_ARGS, 'data', 'worker', '--redis', url], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  procs.push(w);
  try {
    await waitFor(w, /data worker ready/, 'stderr');
  } catch (err) {
    if (retry && err instanceof ExitError && err.signal === 'SIGSEGV') return startWorker(false);
    throw err;
  }
}

afterAll(async () => {
  for (const p of procs.reverse()) {
    if (p.exitCode === null) {
      p.kill('SIGTERM');
      await new Promise((res) => {
        const t = setTimeout(() => {
          p.kill('SIGKILL');
          res(null);
        }, 5000);
        p.once('exit', () => {
          clearTimeout(t);
          res(null);
        });
      });
    }
  }
  if (fx) rmSync(fx.dir, { recursive: true, force: true });
});

describe('data pipeline over BullMQ/Redis', () => {
  it('two workers produce the same shards as the single-machine run', async () => {
    const local = await runPipeline(loadPipelineFile(fx.pipeline), createLocalRunner());
    const file = withOutput(fx.pipeline, join(fx.dir, 'out-redis'), join(fx.dir, 'pipeline-redis.yaml'));
    const runner = createBullRunner(url);
    const done: string[] = [];
    try {
      const m = await runPipeline(loadPipelineFile(file), runner, { onTask: (k) => done.push(k) });
      expect(m.output.records).toBe(local.output.records);
      expect(m.shards.map((s) => s.sha256)).toEqual(local.shards.map((s) => s.sha256));
      expect(shards(join(fx.dir, 'out-redis'))).toEqual(shards(join(fx.dir, 'out')));
      // Staged near-dedup ran as separate tasks: signatures per shard, buckets per band, one cluster task.
      expect(done.filter((k) => k.startsWith('sig-1-'))).toHaveLength(4);
      expect(done.filter((k) => k.startsWith('bucket-1-'))).toHaveLength(20);
      expect(done).toContain('cluster-1');
      expect(m.duplicates).toEqual(local.duplicates);
    } finally {
      await runner.close();
    }
  });
});
