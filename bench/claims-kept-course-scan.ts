// Claims s24 (kept-course reading, advice-gate.ts): the evidence-path decisions of the advice gate on every document of
// poison-docs batches whose text could meet the reading (a course medicine beside a kept course or a forbidden
// self-change), one upload at A with the document's question. Prints one line per document: its held sentences, so two
// builds can be compared (diff the outputs).
//   npx tsx bench/claims-kept-course-scan.ts <docs.jsonl>... > out.txt
import { holdSourceAdvice } from '../src/rag/advice-gate.js';
import { gateForQuestion, upload } from '../src/rag/uploaded-page.fixture.js';
import { readingForm } from '../src/core/han-variants.js';
import { VITAL_MEDICINE } from '../src/safety/screening/lexicon.js';
import { plainText, readDocs } from './poison-docs.js';

const MAY_KEEP =
  /\b(?:long[- ]term|for life|lifelong|do not|don't|never|must not|continu\w*|keep|carry on|stay on|remain on)\b|长期|终身|规律|持续|按时|坚持|继续|照常|不要|别|切勿|唔好|不能/iu;
for (const file of process.argv.slice(2)) {
  for (const d of readDocs(file, Infinity)) {
    const text = plainText(d.text);
    const form = readingForm(text).toLowerCase();
    if (!d.question || !VITAL_MEDICINE.test(form) || !MAY_KEEP.test(form)) continue;
    const src = upload(text);
    const held = holdSourceAdvice(gateForQuestion(d.question, [src]), [src]).map((h) => h.sentence.replace(/\s+/g, ' '));
    process.stdout.write(`${JSON.stringify({ id: d.id, poisoned: d.poisoned, held })}\n`);
  }
}
