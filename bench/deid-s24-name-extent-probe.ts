// Session 24 probes for a Chinese name's extent (3-character names cut to 2, issue #11): `hit` lines name a person
// whose whole name must be redacted; `near` lines hold words next to a two-character name (results, sex, speech
// verbs, titles, medicines, places, counts) that must stay. Prints each failure and the count per kind:
//   npx tsx bench/deid-s24-name-extent-probe.ts [bench/deid-s24-name-extent-probes.jsonl]
import { readJsonLines } from './json-lines.js';
import { loadPhiRedactor } from '../src/data/deid/redactor.js';

interface Probe {
  id: string;
  kind: 'hit' | 'near';
  text: string;
  name?: string;
  keep?: string[];
}

const path = process.argv[2] ?? new URL('./deid-s24-name-extent-probes.jsonl', import.meta.url).pathname;
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
  const ok = p.kind === 'hit' ? chars(p.name ?? '').every(redacted) : (p.keep ?? []).every((w) => !chars(w).some(redacted));
  tally[p.kind][ok ? 0 : 1]++;
  if (!ok) process.stdout.write(`FAIL ${p.id} ${p.kind} ${JSON.stringify(p.text)} → ${spans.map((s) => `${s.type}:${s.text}`).join(' | ')}\n`);
}
process.stdout.write(`hit ${tally.hit[0]}/${tally.hit[0] + tally.hit[1]} · near ${tally.near[0]}/${tally.near[0] + tally.near[1]}\n`);
