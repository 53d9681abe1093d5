// Runs CLI commands for the ask/report e2e tests: in-process through commander (fast, most tests), or as a
// real child process (one test per command proves the shipped entry point works).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Command } from 'commander';
import { vi } from 'vitest';
import { REPO_ROOT } from '../helpers/shared-data.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runInProcess(register: (p: Command) => void, args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const program = new Command().name('quarkmed').exitOverride();
  register(program);
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  const log = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void (stderr += `${a.join(' ')}\n`));
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  process.exitCode = 0;
  try {
    await program.parseAsync(['node', 'quarkmed', ...args]);
  } finally {
    out.mockRestore();
    err.mockRestore();
    log.mockRestore();
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { code, stdout, stderr };
}

export function runChild(args: string[], opts: { stdin?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'src/cli/main.ts'), ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, QUARKMED_MODEL: '', QUARKMED_EMBEDDER: '', ...opts.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(opts.stdin ?? '');
  });
}
