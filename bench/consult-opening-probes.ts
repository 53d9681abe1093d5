// Consultation openings from a probe file (the s37/s38 self-probes, a reviewer's blind rows): each opening's level and
// first question turn, then the final level after the row's reply (default a bare "no" in the row's language), with the
// policy's maxTurns 2, and what the elder acute-change reader read.
//   QUARKMED_HOME=/tmp/qm-empty QUARKMED_SHARED_DATA=/work/shared/data npx tsx bench/consult-opening-probes.ts [FILE]
// FILE defaults to bench/consult-s38-self-probes.jsonl.
import { readFileSync } from 'node:fs';
import { nextConsultStep, warmRedFlagRanking } from '../src/consult/index.js';
import { readAcuteChange } from '../src/consult/acute-change.js';
import { readFacts } from '../src/consult/facts.js';
import type { ChatMessage } from '../src/models/backend.js';

interface Probe {
  id: string;
  kind: 'class' | 'lookalike' | 'target';
  lang: string;
  opening?: string;
  /** A blind row (review-s37-consult-blind.jsonl): its text and its expected minimum level. */
  text?: string;
  expected?: { level_min?: string };
  reply?: string;
  expect?: string;
}
const RANK = { routine: 0, urgent: 1, emergency: 2 } as const;
const file = process.argv[2] ?? 'bench/consult-s38-self-probes.jsonl';
const probes = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Probe)
  .map((p) => ({
    ...p,
    opening: p.opening ?? p.text ?? '',
    expect:
      p.expect ??
      (p.expected?.level_min === 'urgent' ? 'urgent+' : p.expected?.level_min === 'emergency' ? 'emergency' : p.kind === 'target' ? 'urgent+' : '<=urgent'),
  }));
warmRedFlagRanking();
let ok = 0;
for (const p of probes) {
  const zh = /[\u4e00-\u9fff]/.test(p.opening);
  const msgs: ChatMessage[] = [{ role: 'user', content: p.opening }];
  const first = nextConsultStep(msgs, { maxTurns: 2 });
  const firstText = first.action === 'ask' ? first.questions.map((q) => q.text).join(' | ') : '(answered at once)';
  let step = first;
  for (let g = 0; g < 4 && step.action === 'ask'; g++) {
    msgs.push({ role: 'assistant', content: step.text }, { role: 'user', content: p.reply ?? (zh ? '没有' : 'No') });
    step = nextConsultStep(msgs, { maxTurns: 2 });
  }
  // expect: "emergency", "urgent+" (urgent or emergency), "urgent", "routine", "<=urgent"
  const lv = step.triage.level;
  const good = p.expect === 'urgent+' ? RANK[lv] >= 1 : p.expect === '<=urgent' ? RANK[lv] <= 1 : p.expect === lv;
  if (good) ok++;
  console.log(
    [
      p.id,
      p.kind,
      `open=${first.triage.level}`,
      `final=${lv}`,
      `expect=${p.expect}`,
      good ? 'ok' : 'WRONG',
      `change=${readAcuteChange(p.opening, readFacts(p.opening))?.domains.join('+') ?? '-'}`,
      step.triage.reasons.join(','),
      firstText.slice(0, 300),
    ].join('\t'),
  );
}
console.log(`${ok}/${probes.length} as expected`);
