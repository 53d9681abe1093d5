// Runs one user-supplied trial command for a mixture and reads its score. The command gets the mixture three ways
// (placeholder `{mix}` → path of a JSON file, env QUARKMED_MIX_FILE, env QUARKMED_MIX as JSON) and prints its score:
// a number on the last line, a JSON object with `score`, or the eval harness's report JSON
// (`summary.overall.accuracy`).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Mixture } from './search.js';

export interface TrialResult {
  score: number | null;
  /** Why there is no score (exit code, timeout, unreadable output). */
  error?: string;
  seconds: number;
}

function scoreFromJson(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (!v || typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  if (typeof o.score === 'number') return o.score;
  const acc = (o.summary as { overall?: { accuracy?: unknown } } | undefined)?.overall?.accuracy;
  if (typeof acc === 'number') return acc;
  if (typeof o.accuracy === 'number') return o.accuracy;
  return null;
}

/** The score printed by a trial: the whole stdout as JSON, else the last line that is a number or JSON. */
export function parseTrialScore(stdout: string): number | null {
  const whole = stdout.trim();
  if (!whole) return null;
  try {
    const s = scoreFromJson(JSON.parse(whole));
    if (s !== null) return s;
  } catch {
    // not one JSON document: fall through to the last line
  }
  const lines = whole
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i];
    if (/^-?\d+(?:\.\d+)?(?:e-?\d+)?$/i.test(line)) return Number(line);
    if (line.startsWith('{')) {
      try {
        const s = scoreFromJson(JSON.parse(line));
        if (s !== null) return s;
      } catch {
        // keep looking upwards
      }
    }
  }
  return null;
}

export async function runTrial(command: string, mixture: Mixture, o: { timeoutMs: number; cwd?: string }): Promise<TrialResult> {
  const dir = mkdtempSync(join(tmpdir(), 'quarkmed-mix-'));
  const file = join(dir, 'mixture.json');
  writeFileSync(file, `${JSON.stringify({ groups: mixture }, null, 2)}\n`);
  const started = performance.now();
  try {
    return await new Promise<TrialResult>((resolve) => {
      const child = spawn('sh', ['-c', command.replaceAll('{mix}', file)], {
        cwd: o.cwd,
        env: { ...process.env, QUARKMED_MIX_FILE: file, QUARKMED_MIX: JSON.stringify(mixture) },
        stdio: ['ignore', 'pipe', 'inherit'],
        detached: true,
      });
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        out += d;
      });
      // The trial runs in its own process group: a timeout stops the whole tree (torchrun, vLLM…), not only `sh`,
      // then SIGKILLs whatever is left after a grace period.
      const killTree = (signal: NodeJS.Signals) => {
        try {
          if (child.pid) process.kill(-child.pid, signal);
        } catch {
          // already gone
        }
      };
      let grace: NodeJS.Timeout | undefined;
      const timer = setTimeout(() => {
        killTree('SIGTERM');
        grace = setTimeout(() => killTree('SIGKILL'), 5000);
        grace.unref();
      }, o.timeoutMs);
      const done = (r: Omit<TrialResult, 'seconds'>) => {
        clearTimeout(timer);
        clearTimeout(grace);
        resolve({ ...r, seconds: (performance.now() - started) / 1000 });
      };
      child.on('error', (err) => done({ score: null, error: `could not start the trial command: ${err.message}` }));
      child.on('close', (code, signal) => {
        if (signal) return done({ score: null, error: `trial stopped by ${signal} (timeout ${o.timeoutMs} ms?)` });
        if (code !== 0) return done({ score: null, error: `trial command exited with ${code}` });
        const score = parseTrialScore(out);
        done(score === null ? { score: null, error: 'the trial printed no score (a number, {"score": …} or an eval report JSON)' } : { score });
      });
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
