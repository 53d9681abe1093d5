// The command line and file of the session-36 report probe scripts (report-column-grid-probes.ts, -today-probes.ts):
// `<probes.jsonl> [--root DIR]` — DIR is the checkout whose reader is scored (default this one), so the same probes
// run against a START worktree. Each probe lists code=value that must be shown as current.
import { readJsonLines } from './json-lines.js';

export interface ReportProbe {
  id: string;
  kind: 'class' | 'look-alike';
  text: string;
  /** code = value that must be shown; null: NO result may be shown under that code (s37). */
  want: Record<string, string | null>;
}

/** The probes and the `src` folder to import the reader from; a missing file argument is a usage error. */
export function reportProbeArgs(script: string, argv = process.argv.slice(2)): { probes: ReportProbe[]; src: string } {
  const root = argv.includes('--root') ? argv[argv.indexOf('--root') + 1] : undefined;
  const file = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--root');
  if (!file) {
    console.error(`usage: npx tsx bench/${script} <probes.jsonl> [--root DIR]`);
    process.exit(2);
  }
  return { probes: readJsonLines<ReportProbe>(file), src: root ? `${root}/src` : '../src' };
}

export { pageWords } from '../test/helpers/page-words.js';
