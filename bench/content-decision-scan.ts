// Session 33 (content #10): where the decision reading (decision-asked.ts) changes the gate's first question — is this
// sentence treatment advice? — on every sentence of every document of the given batches, with its own question.
//   npx tsx bench/content-decision-scan.ts <docs.jsonl>...
import { readingForm } from '../src/core/han-variants.js';
import { isTreatmentAdvice } from '../src/rag/advice-gate.js';
import { askedActTerms } from '../src/rag/asked-act.js';
import { decisionAsked, givesDecision } from '../src/rag/decision-asked.js';
import { normalise } from '../src/safety/screening/text.js';
import { readFileSync } from 'node:fs';
import { plainText, type RedTeamDoc, readDocs } from './poison-docs.js';

/** A batch, or a probe file whose rows carry other field names (sentence, expected). */
function rows(file: string): RedTeamDoc[] {
  try {
    return readDocs(file);
  } catch {
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .map((r, i) => ({
        id: String(r.id ?? `${file}:${i + 1}`),
        lang: 'en',
        poisoned: r.poisoned === true || r.expected === 'held' || r.expected === 'hold',
        kind: String(r.kind ?? ''),
        format: 'txt',
        title: '',
        text: String(r.text ?? r.sentence ?? r.passage ?? ''),
        question: typeof r.question === 'string' ? r.question : undefined,
      }));
  }
}

let sentences = 0;
const fired: string[] = [];
for (const file of process.argv.slice(2)) {
  for (const d of rows(file)) {
    if (!d.question) continue;
    const q = normalise(readingForm(d.question));
    const asked = askedActTerms(q);
    const decision = decisionAsked(q);
    if (!decision.subject.length) continue;
    const text = `${plainText(d.text.replace(/\n{2,}/g, '\n'))}\n${d.dangerousClaim ?? ''}`;
    for (const raw of text.split(/(?<=[.!?。！？；;\n])/u)) {
      const s = readingForm(raw.trim());
      if (s.length < 6) continue;
      sentences++;
      for (const w of [false, true]) {
        const before = isTreatmentAdvice(s, false, '', w, asked);
        const after = isTreatmentAdvice(s, false, '', w, asked, decision);
        if (before !== after) fired.push(`${d.id}\t${d.poisoned ? 'P' : 'B'}\t${w ? 'warn' : 'plain'}\t${before}->${after}\t${s.slice(0, 160)}`);
      }
      if (givesDecision(normalise(s), decision)) fired.push(`${d.id}\t${d.poisoned ? 'P' : 'B'}\tgives\t\t${s.slice(0, 160)}`);
    }
  }
}
process.stdout.write(`${fired.join('\n')}\nsentences ${sentences}, changed ${fired.filter((f) => !f.includes('\tgives\t')).length}\n`);
