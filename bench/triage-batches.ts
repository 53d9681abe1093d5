// Every scored triage batch at once (bench/blind/triage-*.jsonl), for before/after comparisons across all of them:
//   npx tsx bench/triage-batches.ts [--dump decisions.tsv]
// Prints per batch (and over all) emergency → emergency, non-emergency not emergency, routine-labelled → routine and
// suicide/self-harm emergencies rated emergency with a crisis line — the same figures as bench/triage-score.ts; --dump
// writes one line per message (batch, id, expected, level, crisis line, reasons) to diff two designs line by line.
import { readdirSync, writeFileSync } from 'node:fs';
import { triageDetail } from '../src/safety/triage.js';
import { loadVignettes } from '../src/safety/triage-eval.js';
import { CRISIS_LINE } from './crisis-line.js';

const args = process.argv.slice(2);
const dumpAt = args.indexOf('--dump');
const dump = dumpAt >= 0 ? args[dumpAt + 1] : undefined;
if ((dumpAt >= 0 && (!dump || dump.startsWith('--'))) || args.some((a, i) => a !== '--dump' && !(dumpAt >= 0 && i === dumpAt + 1))) {
  console.error('usage: npx tsx bench/triage-batches.ts [--dump decisions.tsv]');
  process.exit(2);
}

const DIR = new URL('./blind/', import.meta.url);
const SUICIDE = /suicid|self-?harm/i;

interface Row {
  batch: string;
  id: string;
  expected: string;
  level: string;
  crisis: boolean;
  suicide: boolean;
  reasons: string[];
}
const rows: Row[] = [];
for (const file of readdirSync(DIR)
  .filter((f) => /^triage-[a-z]+\.jsonl$/.test(f))
  .sort()) {
  for (const v of loadVignettes(new URL(file, DIR))) {
    const d = triageDetail(v.text);
    rows.push({
      batch: file.replace(/\.jsonl$/, ''),
      id: v.id,
      expected: v.expected,
      level: d.level,
      crisis: CRISIS_LINE.test(d.message),
      suicide: SUICIDE.test(`${v.category} ${v.redFlag ?? ''}`),
      reasons: d.reasons,
    });
  }
}

const frac = (a: number, b: number): string => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}% (${a}/${b})`);
const summary = (label: string, rs: Row[]): string => {
  const em = rs.filter((r) => r.expected === 'emergency');
  const non = rs.filter((r) => r.expected !== 'emergency');
  const routine = rs.filter((r) => r.expected === 'routine');
  const sui = em.filter((r) => r.suicide);
  return [
    label.padEnd(10),
    `em→em ${frac(em.filter((r) => r.level === 'emergency').length, em.length)}`,
    `non→¬em ${frac(non.filter((r) => r.level !== 'emergency').length, non.length)}`,
    `routine→routine ${frac(routine.filter((r) => r.level === 'routine').length, routine.length)}`,
    `suicide→em+crisis ${sui.filter((r) => r.level === 'emergency' && r.crisis).length}/${sui.length}`,
  ].join(' | ');
};
for (const batch of [...new Set(rows.map((r) => r.batch))])
  console.log(
    summary(
      batch,
      rows.filter((r) => r.batch === batch),
    ),
  );
console.log(summary('all', rows));
if (dump) {
  writeFileSync(dump, `${rows.map((r) => [r.batch, r.id, r.expected, r.level, r.crisis ? 'crisis' : '-', r.reasons.join(',')].join('\t')).join('\n')}\n`);
  console.log(`decisions → ${dump}`);
}
