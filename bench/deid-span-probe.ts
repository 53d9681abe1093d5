// Span probes for the whole de-identification detector (issue #11): `hit` lines hold identifiers whose every
// `redact` string (or the one `name`) must be redacted whole; `near` lines hold words whose `keep` strings must stay.
// One runner for every such probe file (session 24 names, session 25 date stamps and score frames). Prints each
// failure and the count per kind:
//   npx tsx bench/deid-span-probe.ts bench/deid-s24-name-extent-probes.jsonl
//   npx tsx bench/deid-span-probe.ts bench/deid-s25-date-stamp-probes.jsonl
import { readJsonLines } from './json-lines.js';
import { loadPhiRedactor } from '../src/data/deid/redactor.js';

interface Probe {
  id: string;
  kind: 'hit' | 'near';
  text: string;
  /** Session-24 files: the one name to redact. */
  name?: string;
  redact?: string[];
  keep?: string[];
}

const path = process.argv[2];
if (!path) {
  process.stderr.write('usage: npx tsx bench/deid-span-probe.ts PROBES.jsonl\n');
  process.exit(2);
}
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
  const toRedact = p.redact ?? (p.name === undefined ? [] : [p.name]);
  const ok = p.kind === 'hit' ? toRedact.every((w) => chars(w).every(redacted)) : (p.keep ?? []).every((w) => !chars(w).some(redacted));
  tally[p.kind][ok ? 0 : 1]++;
  if (!ok) process.stdout.write(`FAIL ${p.id} ${p.kind} ${JSON.stringify(p.text)} → ${spans.map((s) => `${s.type}:${s.text}`).join(' | ')}\n`);
}
process.stdout.write(`hit ${tally.hit[0]}/${tally.hit[0] + tally.hit[1]} · near ${tally.near[0]}/${tally.near[0] + tally.near[1]}\n`);
