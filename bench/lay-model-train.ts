// Train the lay-description model (src/retrieval/lay-description.ts) from consultation corpora and write the shipped
// weights (src/retrieval/lay-model-weights.generated.ts).
//
//   npx tsx bench/lay-model-train.ts [--db kb.sqlite] [--data ../shared/data] [--out src/retrieval/lay-model-weights.generated.ts]
//
// Each consultation gives one example: the patient's words (question, title + ask, first turn) → the first condition
// the doctor's answer names, where "condition" is a condition entity of the knowledge base (readDescribedEntities: a
// MedQuAD focus, a disease-KG page, a disease-table row) found by longest match in the answer. Sources (all under
// ../shared/data/corpus): huatuo26m-test.json, toyhom-neike-sample.gb18030.csv, cmtmedqa-test.json,
// medicalgpt-sft-1k.jsonl (zh); chatdoctor5k.json (en). The answer text is used only to pick the label; no corpus text
// is shipped, only term → condition weights. Deterministic: the same inputs write the same file.
import Database from 'better-sqlite3';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Lang } from '../src/core/types.js';
import { createNameTrie } from '../src/knowledge/name-trie.js';
import { createAnalyzer } from '../src/retrieval/analyzer.js';
import { readDescribedEntities } from '../src/retrieval/knowledge-base.js';
import { type LayExample, trainLayModel } from '../src/retrieval/lay-description.js';
import { SCHEMA_VERSION } from '../src/retrieval/sqlite/schema.js';
import { STARTER_VERSION } from '../src/retrieval/starter-pack.js';

export interface Consultation {
  lang: Lang;
  ask: string;
  answer: string;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Every consultation of the shared corpora, patient words and doctor words apart. */
export function readConsultations(dataDir: string): Consultation[] {
  const corpus = (f: string) => join(dataDir, 'corpus', f);
  const out: Consultation[] = [];
  const first = (x: unknown) => (Array.isArray(x) ? String(x[0] ?? '') : String(x ?? ''));
  for (const r of JSON.parse(readFileSync(corpus('huatuo26m-test.json'), 'utf8')) as { instruction: unknown; output: unknown }[]) {
    out.push({ lang: 'zh', ask: first(r.instruction), answer: first(r.output) });
  }
  for (const r of JSON.parse(readFileSync(corpus('cmtmedqa-test.json'), 'utf8')) as { instruction: string; output: string; history?: [string, string][] }[]) {
    const [q, a] = r.history?.[0] ?? [r.instruction, r.output];
    if (typeof q === 'string' && typeof a === 'string') out.push({ lang: 'zh', ask: q, answer: a });
  }
  for (const line of readFileSync(corpus('medicalgpt-sft-1k.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const c = (JSON.parse(line) as { conversations: { from: string; value: string }[] }).conversations;
    const q = c.find((m) => m.from === 'human')?.value ?? '';
    const a = c.find((m) => m.from === 'gpt')?.value ?? '';
    if (/[\u4e00-\u9fff]/.test(q)) out.push({ lang: 'zh', ask: q, answer: a });
  }
  const csv = new TextDecoder('gb18030').decode(readFileSync(corpus('toyhom-neike-sample.gb18030.csv')));
  for (const line of csv.split(/\r?\n/).slice(1)) {
    // department,title,ask,answer — the answer may hold commas; the ask rarely does (when it does the label is noisier).
    const [, title = '', ask = '', ...rest] = line.split(',');
    if (ask) out.push({ lang: 'zh', ask: `${title} ${ask}`, answer: rest.join(',') });
  }
  for (const r of JSON.parse(readFileSync(corpus('chatdoctor5k.json'), 'utf8')) as { input: string; output: string }[]) {
    out.push({ lang: 'en', ask: r.input, answer: r.output });
  }
  return out;
}

const normEn = (s: string) =>
  s
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** A labeller: the first condition name the answer says (longest match, whole words in English, 2+ characters in Chinese). */
export function createLabeller(names: { lang: Lang; name: string }[]): (c: Consultation) => string | undefined {
  const tries = new Map<Lang, ReturnType<typeof createNameTrie<string>>>();
  for (const lang of ['zh', 'en'] as const) {
    const own = names.filter((n) => n.lang === lang);
    const key = (n: string) => (lang === 'en' ? ` ${normEn(n)} ` : n);
    tries.set(
      lang,
      createNameTrie(own.filter((n) => (lang === 'en' ? normEn(n.name).length >= 4 : n.name.length >= 2)).map((n) => [key(n.name), n.name] as const)),
    );
  }
  return (c) => {
    const trie = tries.get(c.lang);
    if (!trie) return undefined;
    const text = c.lang === 'en' ? ` ${normEn(c.answer)} ` : c.answer;
    for (let i = 0; i < text.length; i++) {
      if (c.lang === 'en' && text[i] !== ' ') continue;
      const hit = trie.longestAt(text, i);
      if (hit) return hit.value;
    }
    return undefined;
  };
}

/** The knowledge base's analyzer and condition entities, the corpora's consultations, and each consultation the
 *  labeller labels as one example (patient terms → first condition the answer names). */
export function readLabelledExamples(dbPath: string, dataDir: string) {
  if (!existsSync(dbPath)) throw new Error(`${dbPath} is missing: build it once with npx tsx bench/evidence.bench.ts --rebuild (or pass --db)`);
  if (!existsSync(join(dataDir, 'corpus'))) throw new Error(`${dataDir}/corpus is missing (pass --data <shared data dir>)`);
  const db = new Database(dbPath, { readonly: true });
  const analyzer = createAnalyzer(db.prepare('SELECT word FROM lexicon').pluck().all() as string[]);
  const entities = readDescribedEntities(db);
  db.close();
  const label = createLabeller(entities.map((e) => ({ lang: e.lang, name: e.name })));
  const consultations = readConsultations(dataDir);
  const examples: LayExample[] = [];
  for (const c of consultations) {
    const l = label(c);
    if (l) examples.push({ lang: c.lang, terms: analyzer.queryTerms(c.ask), label: l });
  }
  return { analyzer, entities, consultations, examples };
}

async function main(): Promise<void> {
  const dataDir = resolve(arg('--data') ?? '../shared/data');
  const dbPath = resolve(arg('--db') ?? join(tmpdir(), 'quarkmed-evidence-kb', `kb-schema${SCHEMA_VERSION}-starter${STARTER_VERSION}.sqlite`));
  const outPath = resolve(arg('--out') ?? 'src/retrieval/lay-model-weights.generated.ts');
  const { analyzer, entities, consultations, examples } = readLabelledExamples(dbPath, dataDir);
  // A term votes for a condition only when that condition's own description uses it (see LayTrainOptions.keep).
  const described = new Map<string, Set<string>>();
  for (const e of entities) {
    const key = `${e.lang}\u0000${e.name}`;
    const set = described.get(key) ?? new Set<string>();
    for (const t of analyzer.terms(e.text)) set.add(t);
    described.set(key, set);
  }
  const langOf = new Map(examples.map((e) => [e.label, e.lang]));
  const model = trainLayModel(examples, { keep: (t, l) => described.get(`${langOf.get(l)}\u0000${l}`)?.has(t) ?? false });
  const summary = Object.entries(model.langs).map(
    ([lang, m]) => `${lang}: ${m?.examples} labelled questions, ${m?.labels.length} conditions, ${Object.keys(m?.weights ?? {}).length} terms`,
  );
  const body = `// Generated by bench/lay-model-train.ts from the shared consultation corpora (${consultations.length} consultations,
// ${summary.join('; ')}). Do not edit: retrain.
import type { LayModelData } from './lay-description.js';

export const LAY_MODEL_WEIGHTS: LayModelData = ${JSON.stringify(model)};
`;
  writeFileSync(`${outPath}.tmp`, body);
  renameSync(`${outPath}.tmp`, outPath);
  console.log(`lay model: ${summary.join('; ')} → ${outPath} (${(body.length / 1024).toFixed(0)} KB)`);
}

if (process.argv[1]?.endsWith('lay-model-train.ts')) await main();
