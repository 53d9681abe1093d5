// TEMP scratch (deleted before hand-off): colloquial eval on a persistent index.
import { existsSync } from 'node:fs';
import { sharedPath } from '../test/helpers/shared-data.js';
import { loadPath } from '../src/knowledge/loaders/index.js';
import { loadTerminology } from '../src/knowledge/terminology.js';
import { openKnowledgeBase } from '../src/retrieval/knowledge-base.js';
import { loadColloquialQueries } from './colloquial.js';
const dbPath = '/tmp/qm-scratch/kb.sqlite';
const fresh = !existsSync(dbPath);
const kb = await openKnowledgeBase({ dbPath });
const mqQ: { text: string; id: string }[] = []; const synQ: { text: string; id: string }[] = []; const kgQ: { text: string; id: string }[] = [];
const byFocus = new Map<string, string[]>(); const byTitle = new Map<string, string[]>();
const push = (m: Map<string, string[]>, k: string, id: string) => m.set(k, [...(m.get(k) ?? []), id]);
async function* mq() {
  for await (const d of loadPath(sharedPath('kb', 'medquad'), { includeQuestions: false })) {
    if (typeof d.metadata.focus === 'string') push(byFocus, d.metadata.focus.toLowerCase(), d.id);
    const q = d.metadata.question;
    if (typeof q === 'string' && q.trim()) {
      mqQ.push({ text: q, id: d.id });
      const focus = String(d.metadata.focus ?? '');
      const syn = ((d.metadata.synonyms as string[]) ?? []).find((x) => x.length >= 4 && !x.toLowerCase().includes(focus.toLowerCase()));
      const at = focus ? q.toLowerCase().indexOf(focus.toLowerCase()) : -1;
      if (syn && at >= 0) synQ.push({ text: q.slice(0, at) + syn + q.slice(at + focus.length), id: d.id });
    }
    yield { ...d, sections: d.sections.map((s) => ({ path: [], text: s.text })), metadata: { ...d.metadata, question: undefined } };
  }
}
if (fresh) {
  const terms = await loadTerminology({ termsDir: sharedPath('terms') });
  kb.addLexicon(terms.words());
  await kb.ingest(mq());
  await kb.ingest([sharedPath('kb', 'disease-kg-zh'), sharedPath('kb', 'chatdoctor-diseases.csv')]);
} else for await (const _ of mq()) void _;
for await (const d of loadPath(sharedPath('kb', 'disease-kg-zh'))) push(byTitle, d.title, d.id);
const qs = loadColloquialQueries(byTitle, byFocus);
const verbose = process.argv.includes('-v');
for (const expand of [false, true]) {
  let r1 = 0, r10 = 0, mrr = 0;
  const per = { zh: [0, 0], en: [0, 0] };
  for (const q of qs) {
    const hits = await kb.search(q.text, { mode: 'bm25', expand, k: 10 });
    const rank = hits.findIndex((h) => q.docIds.has(h.docId));
    if (rank === 0) r1++;
    if (rank >= 0) { r10++; mrr += 1 / (rank + 1); per[q.lang][0]++; }
    per[q.lang][1]++;
    if (verbose && expand) console.log(rank, q.text, '→', hits.slice(0, 3).map((h) => h.title).join(' / '));
  }
  console.log(`expand=${expand} R@1 ${(100 * r1 / qs.length).toFixed(1)} R@10 ${(100 * r10 / qs.length).toFixed(1)} MRR ${(mrr / qs.length).toFixed(3)} zh R@10 ${per.zh[0]}/${per.zh[1]} en R@10 ${per.en[0]}/${per.en[1]}`);
}
if (process.argv.includes('-all')) {
  const { createRng } = await import('../src/core/random.js');
  const rand = createRng(20250101);
  for await (const d of loadPath(sharedPath('kb', 'disease-kg-zh'))) {
    const symptoms = [...new Set((d.metadata.symptoms as string[]).filter((s) => s.length >= 2))];
    if (symptoms.length < 3) continue;
    const n = Math.min(symptoms.length, 3 + Math.floor(rand() * 3));
    const picked = [...symptoms].sort(() => rand() - 0.5).slice(0, n);
    rand();
    kgQ.push({ text: `我最近${picked.join('、')}，是什么病？`, id: d.id });
  }
  for (const [name, set] of [['medquad', mqQ], ['synonym', synQ], ['kg', kgQ]] as const) {
    for (const expand of [false, true]) {
      let r1 = 0, r10 = 0;
      const t = performance.now();
      for (const q of set) {
        const hits = await kb.search(q.text, { mode: 'bm25', expand, k: 10 });
        const rank = hits.findIndex((h) => h.docId === q.id);
        if (rank === 0) r1++;
        if (rank >= 0) r10++;
      }
      console.log(`${name} n=${set.length} expand=${expand} R@1 ${(100 * r1 / set.length).toFixed(1)} R@10 ${(100 * r10 / set.length).toFixed(1)} ms/q ${((performance.now() - t) / set.length).toFixed(2)}`);
    }
  }
}
await kb.close();
