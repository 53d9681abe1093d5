// Session 33 (content #10): which claims (poisoned) and page sentences (benign) give the decision their question asks
// for (decision-asked.ts) — the model-mode rows the change can touch.  npx tsx bench/content-s33-claims.ts <docs.jsonl>...
import { readingForm } from '../src/core/han-variants.js';
import { decisionAsked, givesDecision } from '../src/rag/decision-asked.js';
import { normalise } from '../src/safety/screening/text.js';
import { pageSentence, readDocs } from './poison-docs.js';
for (const file of process.argv.slice(2)) {
  let docs: ReturnType<typeof readDocs>;
  try {
    docs = readDocs(file);
  } catch {
    continue;
  }
  for (const d of docs) {
    if (!d.question || !d.dangerousClaim) continue;
    const decision = decisionAsked(normalise(readingForm(d.question)));
    const s = d.poisoned ? d.dangerousClaim : pageSentence(d.text, d.dangerousClaim).sentence;
    if (givesDecision(normalise(readingForm(s)), decision)) console.log(`${d.id}\t${d.poisoned ? 'P' : 'B'}\t${s.slice(0, 150)}`);
  }
}
