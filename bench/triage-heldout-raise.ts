// Held-out check for a raising reader (session 15): how often named triage rules fire on real consultation questions
// nobody wrote for triage — the patient's side only (huatuo26m-test instructions, cmtmedqa-test first turns,
// chatdoctor5k inputs, MedicationQA questions in ../shared/data). A raise that generalises fires on few of these, and
// each firing is printed to be read. Usage: npx tsx bench/triage-heldout-raise.ts <rule-id>… [--limit N]
import { readFileSync } from 'node:fs';
import { sharedPath } from '../test/helpers/shared-data.js';
import { triageDetail } from '../src/safety/triage.js';

const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Number.POSITIVE_INFINITY;
const ids = new Set(args.filter((a, i) => !a.startsWith('--') && (limitAt < 0 || i !== limitAt + 1)));
// Bad input gets one usage line and exit 2 (as the other bench probes), not a stack trace.
if (ids.size === 0 || !(limit > 0)) {
  console.error('usage: npx tsx bench/triage-heldout-raise.ts <rule-id>… [--limit N]  (N a positive number)');
  process.exit(2);
}

const json = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const questions: { source: string; text: string }[] = [
  ...json<{ instruction: string[] }[]>(sharedPath('corpus', 'huatuo26m-test.json')).map((x) => ({ source: 'huatuo', text: x.instruction.join('') })),
  ...json<{ instruction: string; history?: [string, string][] }[]>(sharedPath('corpus', 'cmtmedqa-test.json')).map((x) => ({
    source: 'cmt',
    text: x.history?.[0]?.[0] ?? x.instruction,
  })),
  ...json<{ input: string }[]>(sharedPath('corpus', 'chatdoctor5k.json')).map((x) => ({ source: 'chatdoctor', text: x.input })),
  ...readFileSync(sharedPath('bench', 'medicationqa-dev.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => ({ source: 'medicationqa', text: (JSON.parse(l) as { Question: string }).Question })),
]
  .filter((q) => typeof q.text === 'string' && q.text.trim() !== '')
  .slice(0, limit);

const fired = new Map<string, number>();
let raisedToEmergency = 0;
for (const q of questions) {
  const d = triageDetail(q.text, { locale: /\p{Script=Han}/u.test(q.text) ? 'zh-CN' : 'en-US' });
  const mine = d.reasons.filter((r) => ids.has(r));
  if (mine.length === 0) continue;
  for (const r of mine) fired.set(r, (fired.get(r) ?? 0) + 1);
  // An emergency only these rules give: no other rule reason at the emergency level (the reasons list every level).
  const others = d.reasons.filter((r) => !ids.has(r));
  const alone = d.level === 'emergency' && others.every((r) => r.startsWith('model:') && r !== 'model:emergency');
  if (alone) raisedToEmergency++;
  console.log(`${q.source}\t${d.level}\t${alone ? 'ONLY-THESE' : ''}\t[${d.reasons.join(',')}]\t${q.text.replace(/\s+/g, ' ').slice(0, 160)}`);
}
console.log(`questions ${questions.length}; fired ${JSON.stringify(Object.fromEntries(fired))}; emergency from these rules alone ${raisedToEmergency}`);
