// The command line and file of the session-36 report probe scripts (reports-s36-self-probes.ts, -today-probes.ts):
// `<probes.jsonl> [--root DIR]` — DIR is the checkout whose reader is scored (default this one), so the same probes
// run against a START worktree. Each probe lists code=value that must be shown as current.
import type { OcrWord } from '../src/report/intake/ocr-lines.js';
import { displayWidth } from '../src/report/intake/page-layout.js';
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

/** Words with boxes where a printout of `text` puts them (CJK two columns wide; 10 px per half-width column, lines
 *  40 px apart, 20 px high): a photo's words without the OCR. */
export function pageWords(text: string): OcrWord[] {
  const words: OcrWord[] = [];
  text.split('\n').forEach((line, row) => {
    let col = 0;
    for (const m of line.matchAll(/(\s*)(\S+)/g)) {
      col += displayWidth(m[1]);
      const w = displayWidth(m[2]);
      words.push({ text: m[2], confidence: 95, x0: 40 + col * 10, x1: 40 + (col + w) * 10 - 1, y0: 30 + row * 40, y1: 50 + row * 40 });
      col += w;
    }
  });
  return words;
}
