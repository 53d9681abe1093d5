// Session 25 item-scope probes (bench/consult-s25-item-yes-probes.jsonl): each probe is run to its answer twice, with
// its replies and with its control `same` (the all-no list for kind "qual" — a yes its own item takes back: someone
// else's, past, over, a question back, a worry, another act; the bare yes for kind "near" — a present, first-person yes
// whose words look like a qualifier). A probe is right when both runs end at the same level with the same reasons.
//   QUARKMED_HOME=/tmp/qm-empty QUARKMED_SHARED_DATA=/work/shared/data npx tsx bench/consult-item-yes-probe.ts [ROOT]
import { readJsonLines } from './json-lines.js';

interface Probe {
  id: string;
  lang: 'en' | 'zh';
  kind: 'qual' | 'near';
  open: string;
  replies: string[];
  same: string[];
}

// Another checkout's src may be given (ROOT) to run the same probes before a change.
const root = process.argv[2] ?? new URL('..', import.meta.url).pathname;
const { nextConsultStep } = (await import(`${root}/src/consult/index.ts`)) as typeof import('../src/consult/index.js');

function run(p: Probe, replies: readonly string[]): string {
  const msgs: { role: 'user' | 'assistant'; content: string }[] = [{ role: 'user', content: p.open }];
  for (let g = 0; g < 6; g++) {
    const s = nextConsultStep(msgs, { maxTurns: 2 });
    if (s.action === 'answer') return `${s.triage.level} ${s.triage.reasons.join(',')}`;
    msgs.push({ role: 'assistant', content: s.text }, { role: 'user', content: replies[g] ?? (p.lang === 'zh' ? '没有' : 'No') });
  }
  return 'no answer after 6 steps';
}

const file = new URL('consult-s25-item-yes-probes.jsonl', import.meta.url).pathname;
const right = { qual: 0, near: 0 };
const all = { qual: 0, near: 0 };
for (const p of readJsonLines<Probe>(file)) {
  const got = run(p, p.replies);
  const want = run(p, p.same);
  const ok = got === want;
  all[p.kind]++;
  if (ok) right[p.kind]++;
  console.log(`${p.id}\t${p.kind}\t${ok ? 'ok' : 'MISS'}\t${got}\t(control: ${want})`);
}
console.log(`qual ${right.qual}/${all.qual}, near ${right.near}/${all.near}`);
