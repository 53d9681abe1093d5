// Prints one plain closing line ("tests: N passed, N failed, N skipped") after vitest's own summary, so CI logs
// carry a runner-neutral result line, preceded by the reasons tests were skipped for (a missing system program and
// how to install it). The line must agree with the exit code: a file that fails to load, a suite whose beforeAll
// or afterAll hook threw (its tests report "skipped") and unhandled errors all count as failures.
import type { SerializedError } from 'vitest';
import type { Reporter, TestModule, TestSuite } from 'vitest/node';

export interface RunTally {
  passed: number;
  failed: number;
  skipped: number;
  /** Failures outside any test: files that did not load, failed hooks, unhandled errors. */
  errors: number;
  /** Unique skip notes ("redis-server not found on PATH … — install: apt-get install redis-server"), with counts. */
  skipReasons: Map<string, number>;
}

function suiteErrors(suite: TestModule | TestSuite): number {
  return suite.errors().length;
}

/** Counts a finished run; pure over vitest's reported tree. */
export function tallyRun(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): RunTally {
  const tally: RunTally = { passed: 0, failed: 0, skipped: 0, errors: unhandledErrors.length, skipReasons: new Map() };
  for (const mod of testModules) {
    for (const test of mod.children.allTests()) {
      const result = test.result();
      if (result.state === 'passed') tally.passed++;
      else if (result.state === 'failed') tally.failed++;
      else {
        tally.skipped++;
        if (result.state === 'skipped' && result.note) tally.skipReasons.set(result.note, (tally.skipReasons.get(result.note) ?? 0) + 1);
      }
    }
    // Errors attached to the file or a suite (import failure, beforeAll/afterAll throwing) are failures even when
    // every test inside reports "skipped" or "passed".
    let attached = suiteErrors(mod);
    for (const suite of mod.children.allSuites()) attached += suiteErrors(suite);
    if (attached > 0) tally.errors += attached;
    else if (mod.state() === 'failed' && [...mod.children.allTests('failed')].length === 0) tally.errors++;
  }
  return tally;
}

export function formatTally(t: RunTally): string {
  const lines: string[] = [];
  if (t.skipReasons.size > 0) {
    lines.push('', 'skipped tests and why:');
    for (const [note, n] of t.skipReasons) lines.push(n > 0 ? `  ${n} skipped: ${note}` : `  skipped: ${note}`);
  }
  const failed = t.failed + t.errors;
  const detail = t.errors > 0 ? ` (${t.failed} tests, ${t.errors} suite/hook/unhandled errors)` : '';
  lines.push('', `tests: ${t.passed} passed, ${failed} failed${detail}, ${t.skipped} skipped`);
  return `${lines.join('\n')}\n`;
}

export interface SummaryReporterOptions {
  /** Whole files left out by vitest.config.ts (e.g. *.native.test.ts without the optional runtimes), with why. */
  notes?: string[];
}

export default class SummaryReporter implements Reporter {
  constructor(private readonly options: SummaryReporterOptions = {}) {}

  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    const tally = tallyRun(testModules, unhandledErrors);
    for (const note of this.options.notes ?? []) tally.skipReasons.set(`${note} (left out of this run)`, 0);
    process.stdout.write(formatTally(tally));
  }
}
