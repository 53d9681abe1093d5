// Session-24 probes of the neutropenic-sepsis rule's treatment frame (issue #19): kind "em" must fire the rule (the
// patient's own, current chemotherapy and a fever), "near" must not (past, future, denied, another person's or an
// animal's treatment, an occupation), "grade" (methotrexate / steroids / biologics) must be urgent without the rule.
//   QUARKMED_SHARED_DATA=/work/shared/data npx tsx bench/triage-neutropenic-probe.ts [PROBES.jsonl]
import { readJsonLines } from './json-lines.js';
import { triageDetail } from '../src/safety/triage.js';

interface Probe {
  id: string;
  kind: 'em' | 'near' | 'grade';
  text: string;
}
const file = process.argv[2] ?? new URL('./triage-s24-neutropenic-probes.jsonl', import.meta.url).pathname;
const probes = readJsonLines<Probe>(file);
const pass: Record<string, [number, number]> = {};
for (const p of probes) {
  const d = triageDetail(p.text);
  const fired = d.reasons.includes('neutropenic-sepsis');
  const ok = p.kind === 'em' ? fired && d.level === 'emergency' : p.kind === 'near' ? !fired : !fired && d.level === 'urgent';
  const t = (pass[p.kind] ??= [0, 0]);
  t[1]++;
  if (ok) t[0]++;
  console.log(`${p.id}\t${p.kind}\t${ok ? 'ok' : 'MISS'}\t${d.level}\t${d.reasons.join(',')}`);
}
for (const [k, [n, of]] of Object.entries(pass)) console.log(`# ${k} ${n}/${of}`);
