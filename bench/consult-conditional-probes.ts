// Every consultation probe file (bench/consult-*probes*.jsonl, the reviewers' blind mini-batches) run to its answer,
// but only the rows whose OPENING is a conditional emergency (the first step a question turn at emergency): every other
// row sees identical steps under a change to how such a call is settled. Replies: the row's own in order, then its
// facts by keyword (the scripted patient's way), then its default, else "No"/没有; maxTurns 2. One line per row: file,
// id, kind, expected, final level, reasons — diff two trees' outputs.
//   QUARKMED_HOME=/tmp/qm-empty QUARKMED_SHARED_DATA=/work/shared/data npx tsx bench/consult-conditional-probes.ts FILE...
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { nextConsultStep } from '../src/consult/index.js';
import type { ChatMessage } from '../src/models/backend.js';

interface Row {
  id: string;
  lang?: string;
  kind?: string;
  expected?: string;
  open?: string;
  opening?: string;
  replies?: string[];
  facts?: Record<string, string>;
  default?: string;
}

function replyFor(r: Row, g: number, question: string, zh: boolean): string {
  if (r.replies && g < r.replies.length) return r.replies[g];
  const told = Object.entries(r.facts ?? {})
    .filter(([keys]) => keys.split('|').some((k) => k && question.toLowerCase().includes(k.toLowerCase())))
    .map(([, v]) => v);
  if (told.length) return told.join(' ');
  return r.default ?? (zh ? '没有' : 'No');
}

let can = 0;
for (const f of process.argv.slice(2)) {
  for (const line of readFileSync(f, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as Row;
    const opening = r.open ?? r.opening;
    if (!opening) continue;
    const first = nextConsultStep([{ role: 'user', content: opening }], { maxTurns: 2 });
    if (!(first.action === 'ask' && first.triage.level === 'emergency')) continue;
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
      msgs.push({ role: 'assistant', content: s.text }, { role: 'user', content: replyFor(r, g, s.text, zh) });
    }
    console.log([basename(f), r.id, r.kind ?? '-', r.expected ?? '-', out].join('\t'));
  }
}
console.error(`${can} rows with a conditional opening`);
