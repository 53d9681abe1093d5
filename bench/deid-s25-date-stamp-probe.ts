// Session 25 probes for a date written with its clock time (issue #11): `hit` lines hold a person's date stamp whose
// every `redact` string must be redacted whole (6月14日01:50, 2.3月26日 after a list number, Feb 22 3:45pm,
// 08/31 21:00: …); `near` lines hold clock times, counts, doses, titres and values whose `keep` strings must stay
// (undated times, "May 5 10 mg", "ANA 1:40", "2.3公斤"). Prints each failure and the count per kind:
//   npx tsx bench/deid-s25-date-stamp-probe.ts [bench/deid-s25-date-stamp-probes.jsonl]
import { readJsonLines } from './json-lines.js';
import { loadPhiRedactor } from '../src/data/deid/redactor.js';

interface Probe {
  id: string;
  kind: 'hit' | 'near';
  text: string;
  redact?: string[];
  keep?: string[];
}

const path = process.argv[2] ?? new URL('./deid-s25-date-stamp-probes.jsonl', import.meta.url).pathname;
const probes = readJsonLines<Probe>(path);
const redactor = await loadPhiRedactor({});
const tally = { hit: [0, 0], near: [0, 0] };
for (const p of probes) {
  const spans = redactor.detect(p.text);
  const redacted = (i: number) => spans.some((s) => s.start <= i && i < s.end);
  const chars = (w: string) => {
    const at = p.text.indexOf(w);
    if (at < 0) throw new Error(`${p.id}: ${w} is not in the text`);
    return Array.from({ length: w.length }, (_, k) => at + k);
  };
  const ok = p.kind === 'hit' ? (p.redact ?? []).every((w) => chars(w).every(redacted)) : (p.keep ?? []).every((w) => !chars(w).some(redacted));
  tally[p.kind][ok ? 0 : 1]++;
  if (!ok) process.stdout.write(`FAIL ${p.id} ${p.kind} ${JSON.stringify(p.text)} → ${spans.map((s) => `${s.type}:${s.text}`).join(' | ')}\n`);
}
process.stdout.write(`hit ${tally.hit[0]}/${tally.hit[0] + tally.hit[1]} · near ${tally.near[0]}/${tally.near[0] + tally.near[1]}\n`);
