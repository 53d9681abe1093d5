// Runs `quarkmed` commands for tests, two ways: in-process through commander (fast; output captured by spying on
// stdout/stderr and console), or as a real child process through tsx (proves the shipped entry point works).
// Both return the same shape, so a test can switch between them without changing its assertions.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Command } from 'commander';
import { vi } from 'vitest';
import { REPO_ROOT } from './shared-data.js';

export interface CliRun {
  /** process.exitCode in-process; the exit code (-1 when killed by a signal) for a child. */
  code: number;
  /** The signal that ended a child (null when it exited by itself, or in-process). */
  signal?: NodeJS.Signals | null;
  /** Set when the first attempt died by SIGSEGV and this is the one retry (see runCli). */
  retriedAfter?: 'SIGSEGV';
  stdout: string;
  stderr: string;
}

/**
 * One command through a fresh program with only `register`'s commands. console.log counts as stdout and
 * console.error as stderr (commands print errors via console.error; vitest would otherwise swallow both).
 * `env` is set for the run and restored after.
 */
export async function runInProcess(register: (program: Command) => void | Promise<void>, args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const program = new Command().name('quarkmed').exitOverride();
  await register(program);
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void (stdout += `${a.join(' ')}\n`));
  const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void (stderr += `${a.join(' ')}\n`));
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  process.exitCode = 0;
  try {
    await program.parseAsync(['node', 'quarkmed', ...args]);
  } finally {
    out.mockRestore();
    err.mockRestore();
    log.mockRestore();
    error.mockRestore();
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { code, stdout, stderr };
}

/** Node arguments that start the CLI from source (for tests that manage a long-running child themselves). */
export const CLI_ARGS: readonly string[] = ['--import', 'tsx', join(REPO_ROOT, 'src/cli/main.ts')];

/**
 * The real CLI in a child process, run to completion. The machine's configured model and embedder are blanked
 * so a developer's setup never leaks into a test; `env` adds to or overrides that. stdin gets `stdin`, then EOF.
 */
export function runCli(args: string[], options: { stdin?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  return runCliOnce(args, options).then((r) =>
    // Node 20 can crash with SIGSEGV while a child started with `--import tsx` tears down (the loader-hooks thread
    // beside native addons: nodejs/node#50280, napi-rs/package-template#308); seen here and in CI on random CLI
    // children (eval run, data classify), with nothing on stderr. One retry of exactly that crash keeps such a run
    // from failing a test about something else; a second SIGSEGV, or any other signal, is returned as it is.
    r.signal === 'SIGSEGV' ? runCliOnce(args, options).then((again) => ({ ...again, retriedAfter: 'SIGSEGV' as const })) : r,
  );
}

function runCliOnce(args: string[], options: { stdin?: string; env?: Record<string, string> }): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CLI_ARGS, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, QUARKMED_MODEL: '', QUARKMED_EMBEDDER: '', ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    // A child killed by a signal says so in its stderr, so a failing `expect(r.code, r.stderr)` names the signal.
    child.on('close', (code, signal) =>
      resolve({ code: code ?? -1, signal, stdout, stderr: signal ? `${stderr}[quarkmed child killed by ${signal}]\n` : stderr }),
    );
    child.stdin.end(options.stdin ?? '');
  });
}
