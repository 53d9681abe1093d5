// Session 35 (content #10): content-page-gate.ts over only the rows a negator-reading change can reach — the
// document's claim sentence has a negator (n't, not, never, no need, 不, 别, 勿, 唔, 无需…). The principle reader and the
// negator-scope reader both need one, so a before/after on these rows is the whole before/after, in a fraction of the time.
//   npx tsx bench/content-negator-gate-scan.ts <docs.jsonl>...
import { readingForm } from '../src/core/han-variants.js';
import { createAdviceGate } from '../src/rag/advice-gate.js';
import type { PackagedSource } from '../src/rag/package-sources.js';
import { triage } from '../src/safety/triage.js';
import { claimSentences, plainText } from './poison-docs.js';

const NEGATED = /n['’]?t\b|\b(?:not|never|no need|nor)\b|不|别|別|勿|唔|无需|無需|禁|没|沒/iu;
for (const { doc: d, sentence } of claimSentences(process.argv.slice(2))) {
  if (!NEGATED.test(sentence)) continue;
  const question = d.question ?? '';
  const src = { n: 1, text: plainText(d.text), hit: { source: 'uploads', title: d.title, section: '', authority: 'A' } } as unknown as PackagedSource;
  const level = triage(question).level;
  const gate = createAdviceGate([src], { question, urgent: level !== 'routine', level });
  const asPage = gate.judge(sentence, 1) ? 'held' : 'given';
  const asModel = gate.judge(`${sentence} [1]`) ? 'held' : 'given';
  process.stdout.write(`${d.id}\t${d.poisoned ? 'P' : 'B'}\t${asPage}\t${asModel}\t${readingForm(sentence).slice(0, 100)}\n`);
}
