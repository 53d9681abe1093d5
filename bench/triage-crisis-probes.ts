// A probe file scored on the level AND the crisis line in both directions (session 23, #19): each JSONL row carries
// `expected` (the level) and `crisis` (true: the suicide crisis line must be given; false: it must not be):
//   npx tsx bench/triage-crisis-probes.ts bench/triage-s23-poison-intent-probes.jsonl [--list]
// Prints level right, crisis right and both right, per language and overall; --list names every row that is wrong.
import { existsSync, readFileSync } from 'node:fs';
import { triageDetail } from '../src/safety/triage.js';
import { CRISIS_LINE } from './crisis-line.js';

interface Probe {
  id: string;
  lang: string;
  expected: 'emergency' | 'urgent' | 'routine';
  crisis: boolean;
  text: string;
}
const args = process.argv.slice(2);
const path = args.find((a) => !a.startsWith('--'));
if (!path) {
  console.error('usage: npx tsx bench/triage-crisis-probes.ts <probes.jsonl> [--list]');
  process.exit(2);
}
function fail(message: string): never {
  console.error(`triage-crisis-probes: ${path}: ${message}`);
  process.exit(2);
}
if (!existsSync(path)) fail('no such probe file');
const probes: Probe[] = readFileSync(path, 'utf8')
  .split('\n')
  .map((l, i) => ({ l, n: i + 1 }))
  .filter(({ l }) => l.trim())
  .map(({ l, n }) => {
    let p: Partial<Probe>;
    try {
      p = JSON.parse(l) as Partial<Probe>;
    } catch {
      fail(`line ${n}: not a JSON line`);
    }
    if (!p.id || !p.text || !p.expected || typeof p.crisis !== 'boolean') fail(`line ${n}: needs id, text, expected, crisis`);
    return p as Probe;
  });
const rows = probes.map((p) => {
  const d = triageDetail(p.text);
  const crisis = CRISIS_LINE.test(d.message);
  return { p, level: d.level, crisis, reasons: d.reasons, levelOk: d.level === p.expected, crisisOk: crisis === p.crisis };
});
const frac = (a: number, b: number) => `${a}/${b}`;
for (const lang of ['en', 'zh', 'all']) {
  const rs = rows.filter((r) => lang === 'all' || r.p.lang === lang);
  console.log(
    `${lang.padEnd(4)} level ${frac(rs.filter((r) => r.levelOk).length, rs.length)} | crisis ${frac(rs.filter((r) => r.crisisOk).length, rs.length)} | both ${frac(rs.filter((r) => r.levelOk && r.crisisOk).length, rs.length)}`,
  );
}
if (args.includes('--list'))
  for (const r of rows.filter((x) => !x.levelOk || !x.crisisOk))
    console.log(
      `${r.p.id}\twant ${r.p.expected}${r.p.crisis ? '+crisis' : ''}\tgot ${r.level}${r.crisis ? '+crisis' : ''}\t${r.reasons.join(',')}\t${r.p.text.slice(0, 70)}`,
    );
