// Triage over-calls on plain consultations: the opening lines of the consultation cases (bench/blind/consult-cases-*,
// written blind for the consult helper, never read by the triage rules or trained on by the reader) with the writers'
// own disposition. A routine or self-care consultation answered as an emergency stops the consultation before it
// starts; an emergency opening must still be one.
//   npx tsx bench/triage-openings.ts [--list] bench/blind/consult-cases-*.jsonl
import { existsSync, readFileSync } from 'node:fs';
import { triageDetail } from '../src/safety/triage.js';
import type { TriageLevel } from '../src/safety/types.js';

interface Opening {
  id: string;
  lang: string;
  opening: string;
  emergency: boolean;
  disposition: string;
}

const args = process.argv.slice(2);
const list = args.includes('--list');
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  process.stderr.write('usage: npx tsx bench/triage-openings.ts [--list] <consult-cases.jsonl>...\n');
  process.exit(2);
}
const missing = files.filter((f) => !existsSync(f));
if (missing.length) {
  process.stderr.write(`triage-openings: no such file: ${missing.join(', ')}\n`);
  process.exit(2);
}

const rows: { o: Opening; got: TriageLevel; reasons: string[] }[] = [];
for (const f of files) {
  readFileSync(f, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      const o = JSON.parse(line) as Partial<Opening>;
      if (typeof o.opening !== 'string' || typeof o.emergency !== 'boolean' || typeof o.disposition !== 'string')
        throw new Error(`${f}:${i + 1}: needs opening (string), emergency (boolean) and disposition`);
      const d = triageDetail(o.opening);
      rows.push({ o: o as Opening, got: d.level, reasons: d.reasons });
    });
}

const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}% (${a}/${b})`);
const line = (label: string, rs: typeof rows) => {
  const em = rs.filter((r) => r.o.emergency);
  const non = rs.filter((r) => !r.o.emergency);
  const plain = non.filter((r) => r.o.disposition === 'routine' || r.o.disposition === 'self-care');
  return [
    label.padEnd(4),
    `em→em ${pct(em.filter((r) => r.got === 'emergency').length, em.length)}`,
    `non→¬em ${pct(non.filter((r) => r.got !== 'emergency').length, non.length)}`,
    `routine|self-care→routine ${pct(plain.filter((r) => r.got === 'routine').length, plain.length)}`,
    `routine|self-care→emergency ${pct(plain.filter((r) => r.got === 'emergency').length, plain.length)}`,
  ].join(' | ');
};
process.stdout.write(`${files.length} files, ${rows.length} openings\n`);
for (const [label, rs] of [
  ['all', rows],
  ['zh', rows.filter((r) => r.o.lang === 'zh')],
  ['en', rows.filter((r) => r.o.lang === 'en')],
] as const)
  process.stdout.write(`${line(label, rs)}\n`);
if (list) {
  for (const r of rows) {
    const plain = r.o.disposition === 'routine' || r.o.disposition === 'self-care';
    const bad = r.o.emergency ? r.got !== 'emergency' : r.got === 'emergency' || (plain && r.got !== 'routine');
    if (bad)
      process.stdout.write(`${r.o.id} ${r.o.emergency ? 'emergency' : r.o.disposition} got ${r.got} [${r.reasons.join(',')}] ${r.o.opening.slice(0, 120)}\n`);
  }
}
