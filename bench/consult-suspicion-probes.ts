// Consultation probe rows (bench/consult-*probes*.jsonl, the reviewers' blind mini-batches, self-probes) run to their
// answer — only the rows whose OPENING level rests on suspicion (its level above the rules' own `signsLevel`: the
// learned reader alone), the one class suspicion-lowering.ts can act on; every other row sees identical steps. Replies:
// the row's own in order (`replies`, or a blind row's one `reply`), then its facts by keyword (the scripted patient's way), then its default, else "No"/没有;
// maxTurns 2. One line per row: file, id, kind, expected, opening level, final level, reasons — diff two trees' outputs.
// QUARKMED_TREE=DIR runs another checkout's policy (a clean START worktree) with this runner.
//   QUARKMED_HOME=/tmp/qm-empty QUARKMED_SHARED_DATA=/work/shared/data npx tsx bench/consult-suspicion-probes.ts FILE...
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { ChatMessage } from '../src/models/backend.js';

interface Row {
  id: string;
  kind?: string;
  expected?: string;
  expected_level?: string;
  open?: string;
  opening?: string;
  replies?: string[];
  /** A blind row's one reply (review mini-batches). */
  reply?: string;
  facts?: Record<string, string>;
  default?: string;
}
type Step = { action: string; text?: string; triage: { level: string; signsLevel?: string; reasons: string[] } };
type Next = (m: ChatMessage[], o: { maxTurns: number }) => Step;

function replyFor(r: Row, g: number, question: string, zh: boolean): string {
  const own = r.replies ?? (r.reply ? [r.reply] : []);
  if (g < own.length) return own[g];
  const told = Object.entries(r.facts ?? {})
    .filter(([keys]) => keys.split('|').some((k) => k && question.toLowerCase().includes(k.toLowerCase())))
    .map(([, v]) => v);
  if (told.length) return told.join(zh ? '；' : '. ');
  return r.default ?? (zh ? '没有' : 'No');
}

async function main(): Promise<void> {
  const tree = resolve(process.env.QUARKMED_TREE ?? '.');
  const { nextConsultStep } = (await import(`${tree}/src/consult/index.ts`)) as { nextConsultStep: Next };
  const rank: Record<string, number> = { routine: 0, urgent: 1, emergency: 2 };
  let can = 0;
  for (const f of process.argv.slice(2)) {
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as Row;
      const opening = r.open ?? r.opening;
      if (!opening) continue;
      const first = nextConsultStep([{ role: 'user', content: opening }], { maxTurns: 2 });
      const s0 = first.triage.signsLevel;
      if (first.action !== 'ask' || s0 === undefined || rank[first.triage.level] <= rank[s0]) continue;
      can++;
      const zh = /\p{Script=Han}/u.test(opening);
      const msgs: ChatMessage[] = [{ role: 'user', content: opening }];
      let out = 'no answer';
      for (let g = 0; g < 6; g++) {
        const s = nextConsultStep(msgs, { maxTurns: 2 });
        if (s.action === 'answer') {
          out = `${s.triage.level}\t${s.triage.reasons.join(',')}`;
          break;
        }
        msgs.push({ role: 'assistant', content: s.text ?? '' }, { role: 'user', content: replyFor(r, g, s.text ?? '', zh) });
      }
      console.log([basename(f), r.id, r.kind ?? '-', r.expected ?? r.expected_level ?? '-', first.triage.level, out].join('\t'));
    }
  }
  console.error(`${can} rows whose opening rests on suspicion`);
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
