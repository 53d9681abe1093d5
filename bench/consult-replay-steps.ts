// Replays kept consultation transcripts (consult-per-case.ts with QUARKMED_TRANSCRIPTS=FILE) step by step and prints,
// for each user message, what the policy did and on what: action, level, the rules' own level, the learned reader's
// p(emergency) and the triage's reasons — so an over-call or a lost emergency is traced to the reader that fired.
//   QUARKMED_HOME=/tmp/qm-empty QUARKMED_SHARED_DATA=/work/shared/data npx tsx bench/consult-replay-steps.ts T.jsonl [ID...]
import { readFileSync } from 'node:fs';
import { nextConsultStep } from '../src/consult/index.js';
import type { ChatMessage } from '../src/models/backend.js';

interface Kept {
  id: string;
  gold: string;
  final: string;
  transcript: ChatMessage[];
}
const [file, ...ids] = process.argv.slice(2);
const rows = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Kept)
  .filter((r) => ids.length === 0 || ids.includes(r.id));
for (const r of rows) {
  const out: string[] = [];
  r.transcript.forEach((m, i) => {
    if (m.role !== 'user') return;
    const s = nextConsultStep(r.transcript.slice(0, i + 1), { maxTurns: 2 });
    const t = s.triage as typeof s.triage & { signsLevel?: string; readerEmergencyP?: number };
    out.push(`${s.action}:${t.level}(signs ${t.signsLevel ?? '-'}, p ${t.readerEmergencyP?.toFixed(2) ?? '-'}) [${t.reasons.join(',')}]`);
  });
  console.log(`${r.id}\t${r.gold}->${r.final}\t${out.join(' | ')}`);
}
