// Session 40 (content #10): which sentences of the content batches does consultsBeforeChange (principle-agreement.ts)
// read as handing every change to the clinician? Only those can change a gate decision (the reading only releases),
// so a before/after run of bench/content-gates.ts is needed on these rows alone. Same rows as content-gates.ts.
//   npx tsx bench/content-consult-scan.ts <file.jsonl>... > rows.jsonl
import { basename } from 'node:path';
import { readingForm } from '../src/core/han-variants.js';
import { PRINCIPLE_READING } from '../src/rag/advice-gate.js';
import { splitSentences } from '../src/rag/citation-check.js';
import { consultsBeforeChange } from '../src/rag/principle-agreement.js';
import { normalise } from '../src/safety/screening/text.js';
import { readJsonLines } from './json-lines.js';
import { pageSentence, plainText } from './poison-docs.js';

type Row = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
for (const file of process.argv.slice(2)) {
  const name = basename(file, '.jsonl');
  for (const r of readJsonLines<Row>(file)) {
    const text = plainText(str(r.page_text) || str(r.text));
    const claim = str(r.dangerousClaim) || str(r.claim);
    const key = str(r.sentence) || str(r.target) || (r.poisoned === true ? claim : claim ? pageSentence(str(r.text), claim).sentence : '');
    // Every sentence of the page (evidence mode quotes any of them), and the claim.
    const all = [...new Set([key, ...splitSentences(text)].map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s.length >= 8))];
    for (const s of all) {
      if (!consultsBeforeChange(normalise(readingForm(s)), PRINCIPLE_READING)) continue;
      process.stdout.write(
        `${JSON.stringify({ id: `${name}:${str(r.id)}`, poisoned: r.poisoned === true, question: str(r.question), sentence: s, text: s, isClaim: s === key })}\n`,
      );
    }
  }
}
