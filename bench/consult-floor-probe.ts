// Does any consultation end below its opening's triage? Each probe opening (bench/consult-floor-probes.jsonl: real
// emergencies and controls written before the floor was built, session 18) is run to its answer with the policy's
// maxTurns 2, replying with its own scripted replies, else with each all-No style (a bare no, quick-reply chips,
// "none of those", "not sure"). Prints every dialogue's opening level → final level and the count that ended lower.
//   QUARKMED_SHARED_DATA=/work/shared/data npx tsx bench/consult-floor-probe.ts [PROBES.jsonl]
import { readFileSync } from 'node:fs';
import { nextConsultStep, warmRedFlagRanking } from '../src/consult/index.js';
import type { ChatMessage } from '../src/models/backend.js';

interface Probe {
  id: string;
  lang: 'en' | 'zh';
  kind: string;
  opening: string;
  replies?: string[];
}
const STYLES: Record<string, Record<'en' | 'zh', string>> = {
  bare: { en: 'No', zh: '没有' },
  chips: { en: '1. No; 2. No; 3. No', zh: '1. 没有；2. 没有；3. 没有' },
  none: { en: 'No, none of those', zh: '都没有' },
  unsure: { en: "I'm not sure", zh: '不太清楚' },
};
const RANK = { routine: 0, urgent: 1, emergency: 2 } as const;

function run(p: Probe, reply: (turn: number) => string): { level: keyof typeof RANK; turns: number; reasons: string[] } {
  const msgs: ChatMessage[] = [{ role: 'user', content: p.opening }];
  for (let g = 0; g < 5; g++) {
    const s = nextConsultStep(msgs, { maxTurns: 2 });
    if (s.action === 'answer') return { level: s.triage.level, turns: s.state.turnsAsked, reasons: s.triage.reasons };
    msgs.push({ role: 'assistant', content: s.text }, { role: 'user', content: reply(g) });
  }
  throw new Error(`${p.id}: no answer after 5 steps`);
}

const file = process.argv[2] ?? 'bench/consult-floor-probes.jsonl';
const probes = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l, i) => {
    try {
      return JSON.parse(l) as Probe;
    } catch {
      console.error(`consult-floor-probe: ${file}:${i + 1} is not JSON`);
      process.exit(2);
    }
  });
warmRedFlagRanking();
let dialogues = 0;
const lower: string[] = [];
for (const p of probes) {
  const opening = nextConsultStep([{ role: 'user', content: p.opening }]).triage.level;
  const styles = p.replies ? { own: null } : STYLES;
  const cells = Object.entries(styles).map(([name, style]) => {
    const r = run(p, (g) => (p.replies ? p.replies[Math.min(g, p.replies.length - 1)] : (style as Record<'en' | 'zh', string>)[p.lang]));
    dialogues++;
    if (RANK[r.level] < RANK[opening]) lower.push(`${p.id}/${name}`);
    return `${name}=${r.level}/${r.turns}`;
  });
  console.log(`${p.id}\t${p.kind}\topening=${opening}\t${cells.join(' ')}\t${p.opening.slice(0, 70)}`);
}
console.log(`${dialogues} dialogues; ended below the opening: ${lower.length}${lower.length ? ` (${lower.join(', ')})` : ''}`);
