// Symptom-checker probe (#20, session 17): candidate recall of the labelled page per question — the symptom checker
// (knowledge/symptom-checker) beside the readers already in retrieval (the KB symptom lists read in the patient's words,
// the described-topic entity ranking). Labels: bench/results/evidence-coverage-labels.jsonl (q-8…q-15); a batch not in
// it is labelled from its topic string (evidence-kb.ts topicLabeller, no judge). In-sample diagnostics; no page choice is made here.
//
//   npx tsx bench/symptom-checker-probe.ts [--db kb.sqlite] [--list] <batch>…
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { bilingualGroups } from '../src/knowledge/bilingual-terms.js';
import { createSymptomChecker } from '../src/knowledge/symptom-checker/index.js';
import { buildSymptomConditionIndex } from '../src/knowledge/symptom-conditions.js';
import { createAnalyzer } from '../src/retrieval/analyzer.js';
import { checkerConditions } from '../src/retrieval/checker-conditions.js';
import { buildDescribedTopicIndex } from '../src/retrieval/described-topic.js';
import { readDescribedEntities, readPrevalence, readSymptomPages } from '../src/retrieval/knowledge-base.js';
import { evidenceKbPath, readJsonl, topicLabeller } from './evidence-kb.js';

const args = process.argv.slice(2);
const dbArg = args.indexOf('--db');
const batches = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--db');
if (batches.length === 0) {
  console.error('usage: npx tsx bench/symptom-checker-probe.ts [--db kb.sqlite] [--list] <batch>…');
  process.exit(2);
}
const dbPath = evidenceKbPath(dbArg >= 0 ? args[dbArg + 1] : undefined);
if (!existsSync(dbPath)) {
  console.error(`symptom-checker-probe: no such file: ${dbPath}`);
  process.exit(2);
}
const db = new Database(dbPath, { readonly: true });
const analyzer = createAnalyzer(db.prepare('SELECT word FROM lexicon').pluck().all() as string[]);
const entities = readDescribedEntities(db);
const symptomPages = readSymptomPages(db);
const t0 = performance.now();
const prevalence = readPrevalence(db);
const conds = checkerConditions(entities, symptomPages, prevalence);
const checker = createSymptomChecker(conds);
console.error(`prevalence known for ${conds.filter((c) => c.prevalence !== undefined).length} of ${conds.length}`);
console.error(`checker: ${checker.size} conditions in ${Math.round(performance.now() - t0)} ms`);
const symptoms = buildSymptomConditionIndex(symptomPages);
const described = buildDescribedTopicIndex(entities, (t) => analyzer.terms(t));
const titleOf = new Map((db.prepare('SELECT rid, title FROM documents').all() as { rid: number; title: string }[]).map((r) => [r.rid, r.title]));

const label = topicLabeller(db, bilingualGroups());

const list = args.includes('--list');
type Tally = { n: number; at1: number; at5: number };
const tally = new Map<string, Tally>();
const add = (key: string, rank: number) => {
  const t = tally.get(key) ?? { n: 0, at1: 0, at5: 0 };
  t.n++;
  if (rank === 0) t.at1++;
  if (rank >= 0 && rank < 5) t.at5++;
  tally.set(key, t);
};
for (const batch of batches) {
  for (const q of readJsonl<{ id: string; lang: 'zh' | 'en'; question: string; topic: string }>(`bench/blind/${batch}.jsonl`)) {
    const page = label(q.id, q.topic);
    if (!page || page.length === 0) continue;
    const right = new Set(page.map((p) => p.toLowerCase()));
    const hit = (docs: readonly number[]) => docs.some((d) => right.has((titleOf.get(d) ?? '').toLowerCase()));
    const mine = checker.candidates(q.question, { limit: 5, lang: q.lang === 'en' ? 'en' : undefined, prevalenceWeight: Number(process.env.PW ?? 0.5) });
    const rank = mine.findIndex((c) => hit(c.docs));
    const sym = symptoms.candidates(q.question, q.lang, 5, { patient: true }).findIndex((c) => hit([c.id]));
    const desList = described.rank(analyzer.queryTerms(q.question), q.lang, 10);
    const des = desList.slice(0, 5).findIndex((c) => hit(c.docs));
    // Fusion probe: reciprocal ranks of the two readers, keyed by the candidate's first document.
    const RRF = Number(process.env.RRF ?? 3);
    const fused = new Map<number, { docs: readonly number[]; s: number }>();
    const key = (docs: readonly number[]) => Math.min(...docs);
    desList.forEach((c, r) => fused.set(key(c.docs), { docs: c.docs, s: 1 / (RRF + r) }));
    checker.candidates(q.question, { limit: 10, lang: q.lang === 'en' ? 'en' : undefined }).forEach((c, r) => {
      const e = fused.get(key(c.docs)) ?? { docs: c.docs, s: 0 };
      e.s += Number(process.env.CW ?? 1) / (RRF + r);
      fused.set(key(c.docs), e);
    });
    const fusedRank = [...fused.values()]
      .sort((x, y) => y.s - x.s)
      .slice(0, 5)
      .findIndex((c) => hit(c.docs));
    for (const k of [`${batch} ${q.lang}`, `all ${q.lang}`, 'all'])
      for (const [r, reader] of [
        [rank, 'checker'],
        [sym, 'symptom-lists'],
        [fusedRank, 'fused'],
        [des, 'described'],
        [Math.max(rank, sym, des) >= 0 ? [rank, sym, des].filter((x) => x >= 0).sort()[0] : -1, 'any'],
      ] as const)
        add(`${k}\t${reader}`, r);
    if (list)
      console.log(
        `${q.id}\t${q.topic}\t${rank}\t${des}\t${fusedRank}\t${mine
          .slice(0, 3)
          .map((c) => `${c.name}[${c.lang}] ${c.score} (${c.matched.join(', ')})`)
          .join(' | ')}`,
      );
  }
}
for (const [k, t] of [...tally.entries()].sort())
  console.log(`${k}\tn=${t.n}\tR@1 ${t.at1} (${((100 * t.at1) / t.n).toFixed(1)} %)\tR@5 ${t.at5} (${((100 * t.at5) / t.n).toFixed(1)} %)`);
