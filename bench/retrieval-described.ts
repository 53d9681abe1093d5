// Described-topic probe: for each question of a JSONL file ({id, lang?, question, topic?}), the condition entities the
// described-topic resolver ranks (src/retrieval/described-topic.ts) and whether it is sure. In-sample diagnostics for
// batches already judged; no figure is computed here.
//
//   npx tsx bench/retrieval-described.ts <questions.jsonl> [--db kb.sqlite]
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { detectLang } from '../src/core/lang.js';
import { createAnalyzer } from '../src/retrieval/analyzer.js';
import { buildDescribedTopicIndex } from '../src/retrieval/described-topic.js';
import { readDescribedEntities } from '../src/retrieval/knowledge-base.js';
import { SCHEMA_VERSION } from '../src/retrieval/sqlite/schema.js';
import { STARTER_VERSION } from '../src/retrieval/starter-pack.js';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const dbArg = args.indexOf('--db');
if (!file) {
  console.error('usage: npx tsx bench/retrieval-described.ts <questions.jsonl> [--db kb.sqlite]');
  process.exit(2);
}
const dbPath = resolve(dbArg >= 0 ? args[dbArg + 1] : join(tmpdir(), 'quarkmed-evidence-kb', `kb-schema${SCHEMA_VERSION}-starter${STARTER_VERSION}.sqlite`));
const db = new Database(dbPath, { readonly: true });
const analyzer = createAnalyzer(db.prepare('SELECT word FROM lexicon').pluck().all() as string[]);
const t0 = performance.now();
const index = buildDescribedTopicIndex(readDescribedEntities(db), (t) => analyzer.terms(t));
console.error(`built ${index.size} entities in ${Math.round(performance.now() - t0)} ms`);
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const q = JSON.parse(line) as { id: string; question: string; topic?: string; lang?: 'zh' | 'en' };
  const lang = q.lang ?? (detectLang(q.question) === 'zh' ? 'zh' : 'en');
  const r = index.resolve(analyzer.queryTerms(q.question), lang);
  const top = r.candidates
    .slice(0, 3)
    .map((c) => `${c.name} ${c.score.toFixed(1)}/${c.coverage.toFixed(2)}`)
    .join(' | ');
  console.log(`${q.id}\t${r.topic ? 'SURE' : '    '}\t${r.margin.toFixed(2)}\t${q.topic ?? ''}\t${top}`);
}
