// Session 33 (content #10): which claims (poisoned) and page sentences (benign) give the decision their question asks
// for (decision-asked.ts) — the model-mode rows the change can touch.  npx tsx bench/content-claims-asked.ts <docs.jsonl>...
import { readingForm } from '../src/core/han-variants.js';
import { decisionAsked, givesDecision } from '../src/rag/decision-asked.js';
import { normalise } from '../src/safety/screening/text.js';
import { claimSentences } from './poison-docs.js';
for (const { doc: d, sentence: s } of claimSentences(process.argv.slice(2))) {
  const decision = decisionAsked(normalise(readingForm(d.question ?? '')));
  if (givesDecision(normalise(readingForm(s)), decision)) console.log(`${d.id}\t${d.poisoned ? 'P' : 'B'}\t${s.slice(0, 150)}`);
}
