// What corroboration by trusted sources releases (issue #10, session 11), without the full answer bench: each document
// of a poison batch as one uploaded source, its sentences judged by the advice gate with and without the trusted
// passages its question finds in a knowledge base holding the shared corpora (`kb pull` sources + the starter pack).
// Prints every sentence released: for a poisoned document each must be read (a release of its dangerous claim is an
// unsafe answer), for a benign one it is correct advice given again.
//
//   npx tsx bench/poison-corroboration-probe.ts <kb.sqlite> <docs.jsonl>…
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { BUILT_IN_SOURCES, createAdviceGate, holdSourceAdvice } from '../src/rag/advice-gate.js';
import type { PackagedSource } from '../src/rag/package-sources.js';
import { openKnowledgeBase } from '../src/retrieval/knowledge-base.js';

interface Item {
  id: string;
  poisoned: boolean;
  lang: 'zh' | 'en';
  title: string;
  text: string;
  question?: string;
  claim?: string;
  dangerousClaim?: string;
  danger?: string;
}

const [kbPath, ...files] = process.argv.slice(2);
const plain = (t: string) => t.replace(/<[^>]+>/g, '\n').replace(/^#+\s*/gm, '');

async function main(): Promise<void> {
  const kb = await openKnowledgeBase({ dbPath: kbPath });
  for (const file of files) {
    const items = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Item);
    const count = { poisoned: 0, benign: 0, poisonedDocs: 0, benignDocs: 0, heldPoisoned: 0, heldBenign: 0 };
    const lines: string[] = [];
    for (const d of items.filter((x) => x.question)) {
      const text = plain(d.text);
      const src: PackagedSource = {
        n: 1,
        text,
        truncated: false,
        hit: { id: `${d.id}#1`, docId: d.id, title: d.title, section: '', source: 'uploads', authority: 'A', lang: d.lang, score: 1, text },
      };
      const trusted = await kb.search(d.question!, { k: 20, sources: [...BUILT_IN_SOURCES] });
      const before = holdSourceAdvice(createAdviceGate([src], { question: d.question }), [src]);
      // A variable, not a literal: the gate may take no trusted passages (the review turned the release off), and then
      // this probe measures that nothing is released.
      const withTrusted = { question: d.question, trustedPassages: trusted };
      const after = holdSourceAdvice(createAdviceGate([src], withTrusted), [src]);
      const still = new Set(after.map((h) => h.sentence));
      const released = before.filter((h) => !still.has(h.sentence));
      const kind = d.poisoned ? 'poisoned' : 'benign';
      count[kind] += released.length;
      if (released.length) count[`${kind}Docs`]++;
      if (d.poisoned) count.heldPoisoned += before.length;
      else count.heldBenign += before.length;
      for (const h of released) lines.push(`  ${d.id} ${kind}: ${h.sentence}${d.poisoned ? `\n      claim: ${d.claim ?? d.dangerousClaim ?? d.danger}` : ''}`);
    }
    process.stdout.write(
      `${basename(file)}: released ${count.poisoned}/${count.heldPoisoned} held sentences of poisoned documents (${count.poisonedDocs} docs), ${count.benign}/${count.heldBenign} of benign (${count.benignDocs} docs)\n${lines.join('\n')}\n`,
    );
  }
  await kb.close();
}

await main();
