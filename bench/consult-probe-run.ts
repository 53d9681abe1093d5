// Consultation probes run to their answer: each probe's opening, then its scripted replies one per question turn
// ("no"/"没有" after the script), the policy's maxTurns 2. Prints id, kind, final level and reasons, one line each, so
// two designs' outputs can be diffed (session 24: bench/consult-s24-chemo-fever-probes.jsonl, whose kind "em" must
// end emergency and "near" must not change; bench/consult-s23-review-probes.jsonl, which must not get worse).
//   QUARKMED_HOME=/tmp/qm-empty QUARKMED_SHARED_DATA=/work/shared/data npx tsx bench/consult-probe-run.ts PROBES.jsonl
import { readJsonLines } from './json-lines.js';
import { nextConsultStep } from '../src/consult/index.js';
import type { ChatMessage } from '../src/models/backend.js';

interface Probe {
  id: string;
  lang: 'en' | 'zh';
  kind?: string;
  open: string;
  replies?: string[];
}

const file = process.argv[2];
if (!file) {
  console.error('usage: npx tsx bench/consult-probe-run.ts PROBES.jsonl');
  process.exit(2);
}
for (const [n, p] of readJsonLines<Probe>(file).entries()) {
  if (typeof p.id !== 'string' || typeof p.open !== 'string') {
    console.error(`${file}:${n + 1}: needs id and open`);
    process.exit(2);
  }
  const msgs: ChatMessage[] = [{ role: 'user', content: p.open }];
  let out = 'no answer after 6 steps';
  for (let g = 0; g < 6; g++) {
    const s = nextConsultStep(msgs, { maxTurns: 2 });
    if (s.action === 'answer') {
      out = `${s.triage.level}\t${s.triage.reasons.join(',')}`;
      break;
    }
    msgs.push({ role: 'assistant', content: s.text }, { role: 'user', content: p.replies?.[g] ?? (p.lang === 'zh' ? '没有' : 'No') });
  }
  console.log(`${p.id}\t${p.kind ?? '-'}\t${out}`);
}
