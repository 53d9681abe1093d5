// System programs some tests drive for real (redis-server, Chromium, python3). `npm test` on a fresh machine with
// only Node must pass: a missing program skips its tests with the reason and the install command, which the closing
// summary line (summary-reporter.ts) prints. Under CI=true the program is required: the file fails instead, so
// `.ci/run` (which installs them) can never silently skip the real end-to-end tests.
import { accessSync, constants } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';
import { beforeEach } from 'vitest';

export interface SystemBinarySpec {
  /** What the tests need it for, shown in the skip reason. */
  purpose: string;
  /** Program names looked up on PATH, in order (or absolute paths). */
  names: readonly string[];
  /** An environment variable that may name the program's path instead. */
  envVar?: string;
  /** The command a user runs to install it (Debian/Ubuntu). */
  install: string;
}

export interface SystemBinary {
  /** Absolute path, or undefined when the program is missing (only ever outside CI). */
  readonly path: string | undefined;
  /** "redis-server not found on PATH (…) — install: apt-get install redis-server"; undefined when found. */
  readonly skipReason: string | undefined;
}

/** True when the run must not skip anything for a missing program (`CI=true`, as `.ci/run` and CI services set). */
export const REQUIRE_SYSTEM_BINARIES = /^(1|true|yes)$/i.test(process.env.CI ?? '');

function executable(p: string): boolean {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first executable matching `names` on PATH (or the env override); pure lookup, nothing is spawned. */
export function whichProgram(names: readonly string[], pathEnv = process.env.PATH ?? ''): string | undefined {
  for (const name of names) {
    if (isAbsolute(name)) {
      if (executable(name)) return name;
      continue;
    }
    for (const dir of pathEnv.split(delimiter)) {
      if (dir && executable(join(dir, name))) return join(dir, name);
    }
  }
  return undefined;
}

/**
 * Looks the program up. Missing under CI=true throws (the test file fails, naming the install command); missing
 * otherwise returns a skip reason for `skipWithout`.
 */
export function systemBinary(spec: SystemBinarySpec): SystemBinary {
  const fromEnv = spec.envVar ? process.env[spec.envVar] : undefined;
  const found = fromEnv ? (executable(fromEnv) ? fromEnv : undefined) : whichProgram(spec.names);
  if (found) return { path: found, skipReason: undefined };
  const where = fromEnv ? `${spec.envVar}=${fromEnv} is not executable` : `${spec.names.join(' / ')} not found on PATH`;
  const reason = `${where}; needed for ${spec.purpose} — install: ${spec.install}`;
  if (REQUIRE_SYSTEM_BINARIES) throw new Error(`required when CI=true: ${reason}`);
  return { path: undefined, skipReason: reason };
}

/**
 * Skips every test of the current file (or describe block) when the program is missing, with the reason as the
 * skip note. Hooks that start the program must also return early when `bin.path` is undefined.
 */
export function skipWithout(bin: SystemBinary): void {
  if (!bin.skipReason) return;
  const note = bin.skipReason;
  beforeEach((ctx) => {
    ctx.skip(note);
  });
}

export const REDIS_SERVER: SystemBinarySpec = {
  purpose: 'the BullMQ multi-machine data pipeline test',
  names: ['redis-server'],
  envVar: 'QUARKMED_REDIS_SERVER',
  install: 'apt-get install redis-server',
};

export const CHROMIUM: SystemBinarySpec = {
  purpose: 'the web app end-to-end test (playwright-core drives the system browser)',
  names: ['chromium', 'chromium-browser'],
  envVar: 'QUARKMED_CHROMIUM',
  install: 'apt-get install chromium fonts-wqy-microhei',
};

export const PYTHON3: SystemBinarySpec = {
  purpose: 'the verl reward integration test (integrations/verl/quarkmed_reward.py)',
  names: ['python3'],
  install: 'apt-get install python3',
};
