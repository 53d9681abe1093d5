// Can distant supervision from consultations be a confident voice in choosing the described condition (#20)?
//
//   npx tsx bench/consult-voice-probe.ts --data <shared data dir> [--db kb.sqlite] [--batches evidence-q-9,evidence-q-10]
//
// The corpus path is the user's (../shared/data/corpus: huatuo26m-test, cmtmedqa-test, medicalgpt-sft-1k, the toyhom
// sample, chatdoctor5k); nothing is written, nothing of the corpus is kept. Each consultation is labelled by the first
// knowledge-base condition its doctor's answer names (bench/lay-model-train.ts createLabeller), and the patient's words
// train a Bernoulli naive-Bayes table over every term (trainLayModel *without* the shipped model's check that the
// condition's own description uses the term — that check is what keeps lay words out of the shipped model).
// It reports, per voice, how often it would choose and how often that choice is the batch's topic:
//   held-out: every fifth consultation held out, the table's confident choice (posterior ≥ 0.9 over the conditions it
//     ranks, two or more of the question's terms voting) against the held-out label — the corpus's own view;
//   in-sample, on judged Chinese questions that name no knowledge-base condition (the gap the issue is about):
//     1. the table alone when confident (posterior ≥ 0.9);
//     2. the table's resolve() choice when the sources' description ranks it in its best five (the shipped lay model's
//        agreement rule), beside the shipped model under the same rule;
//     3. the corpus as a prior: of the sources' description's best three, the condition doctors name most, when named
//        in five or more answers and three times as often as the next.
//   "Is the topic" is a string proxy (the chosen name inside the batch's topic, or the topic's head inside the name):
//   it misses synonyms, so every share is a lower bound, the same for every voice.
// Batches are named explicitly (default: the judged evidence-q … evidence-q-10); a batch still reserved is never read.
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Lang } from '../src/core/types.js';
import { createNameTrie } from '../src/knowledge/name-trie.js';
import { buildDescribedTopicIndex } from '../src/retrieval/described-topic.js';
import { createLayModel, type LayCandidate, trainLayModel } from '../src/retrieval/lay-description.js';
import { LAY_MODEL_WEIGHTS } from '../src/retrieval/lay-model-weights.generated.js';
import { SCHEMA_VERSION } from '../src/retrieval/sqlite/schema.js';
import { STARTER_VERSION } from '../src/retrieval/starter-pack.js';
import { readLabelledExamples } from './lay-model-train.js';

const JUDGED = ['evidence-q', ...Array.from({ length: 9 }, (_, i) => `evidence-q-${i + 2}`)];
/** Fixed before measuring: a posterior this high is what "confident" would have to mean. */
const CONFIDENT = 0.9;
const PRIOR = { depth: 3, minAnswers: 5, lead: 3 } as const;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Pure: the candidates' scores (summed log-odds) read as a posterior over them and "none of these" (weight 1). */
export function posterior(ranked: readonly LayCandidate[]): number {
  const [best] = ranked;
  if (!best) return 0;
  const z = ranked.reduce((s, c) => s + Math.exp(c.score), 1);
  return Math.exp(best.score) / z;
}

interface Tally {
  chose: number;
  right: number;
}
const tally = (): Tally => ({ chose: 0, right: 0 });
const show = (t: Tally, right = 'the topic') => `${t.chose} chosen, ${t.right} ${right} (${t.chose ? ((100 * t.right) / t.chose).toFixed(0) : '–'} %)`;

async function main(): Promise<void> {
  const dataDir = resolve(arg('--data') ?? '../shared/data');
  const dbPath = resolve(arg('--db') ?? join(tmpdir(), 'quarkmed-evidence-kb', `kb-schema${SCHEMA_VERSION}-starter${STARTER_VERSION}.sqlite`));
  const batches = (arg('--batches') ?? JUDGED.join(',')).split(',').filter(Boolean);
  const { analyzer, entities, consultations, examples } = readLabelledExamples(dbPath, dataDir);
  const options = { minPairs: 2, maxTermsPerLabel: 80 };

  for (const lang of ['zh', 'en'] as Lang[]) {
    const own = examples.filter((e) => e.lang === lang);
    const held = own.filter((_, i) => i % 5 === 0);
    const table = createLayModel(
      trainLayModel(
        own.filter((_, i) => i % 5 !== 0),
        options,
      ),
    );
    const t = tally();
    for (const e of held) {
      const ranked = table.rank(e.terms, lang, 50);
      if (posterior(ranked) < CONFIDENT || ranked[0].matched.length < 2) continue;
      t.chose++;
      if (ranked[0].name === e.label) t.right++;
    }
    console.log(`held-out ${lang}: ${held.length} consultations; confident table: ${show(t, 'the held-out label')}`);
  }

  const zh = entities.filter((e) => e.lang === 'zh');
  const described = buildDescribedTopicIndex(zh, (s) => analyzer.terms(s));
  const table = createLayModel(trainLayModel(examples, options));
  const shipped = createLayModel(LAY_MODEL_WEIGHTS);
  const trie = createNameTrie([...new Set(zh.map((e) => e.name))].filter((n) => n.length >= 2).map((n) => [n, n] as const));
  const names = (text: string) => {
    const out: string[] = [];
    for (let i = 0; i < text.length; ) {
      const hit = trie.longestAt(text, i);
      if (hit) out.push(hit.value);
      i += hit ? hit.value.length : 1;
    }
    return out;
  };
  const answersNaming = new Map<string, number>();
  for (const c of consultations) if (c.lang === 'zh') for (const n of new Set(names(c.answer))) answersNaming.set(n, (answersNaming.get(n) ?? 0) + 1);

  const voices = { confident: tally(), agreeing: tally(), shippedAgreeing: tally(), prior: tally() };
  let questions = 0;
  let topicPaged = 0;
  let topicInCorpus = 0;
  for (const batch of batches) {
    const file = join('bench/blind', `${batch}.jsonl`);
    if (!existsSync(file)) throw new Error(`${file} is missing`);
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const q = JSON.parse(line) as { lang: Lang; question: string; topic: string };
      if (q.lang !== 'zh' || names(q.question).length > 0) continue;
      questions++;
      const head = q.topic.replace(/（.*）/, '');
      const isTopic = (n: string | undefined) => n !== undefined && (q.topic.includes(n) || n.includes(head));
      const topicNames = names(q.topic);
      if (topicNames.length > 0) topicPaged++;
      if (topicNames.some((n) => (answersNaming.get(n) ?? 0) >= 3)) topicInCorpus++;
      const count = (t: Tally, n: string | undefined) => {
        if (n === undefined) return;
        t.chose++;
        if (isTopic(n)) t.right++;
      };
      const terms = analyzer.queryTerms(q.question);
      const ranked = table.rank(terms, 'zh', 50);
      if (posterior(ranked) >= CONFIDENT && ranked[0].matched.length >= 2) count(voices.confident, ranked[0].name);
      const best5 = described.rank(terms, 'zh', 5).map((c) => c.name);
      for (const [model, t] of [
        [table, voices.agreeing],
        [shipped, voices.shippedAgreeing],
      ] as const) {
        const guess = model.resolve(terms, 'zh');
        if (guess && best5.includes(guess.name)) count(t, guess.name);
      }
      const byAnswers = best5
        .slice(0, PRIOR.depth)
        .map((n) => ({ n, f: answersNaming.get(n) ?? 0 }))
        .sort((a, b) => b.f - a.f);
      if (byAnswers[0] && byAnswers[0].f >= PRIOR.minAnswers && (!byAnswers[1] || byAnswers[0].f >= PRIOR.lead * byAnswers[1].f)) {
        count(voices.prior, byAnswers[0].n);
      }
    }
  }
  console.log(
    `in-sample zh, ${questions} judged questions naming no KB condition (${batches.join(', ')}): topic has a KB page ${topicPaged}, ` +
      `named in 3+ corpus answers ${topicInCorpus}`,
  );
  console.log(`  1. table alone, posterior ≥ ${CONFIDENT}: ${show(voices.confident)}`);
  console.log(`  2. table + description agreement: ${show(voices.agreeing)}; shipped lay model, same rule: ${show(voices.shippedAgreeing)}`);
  console.log(`  3. corpus prior over the description's best ${PRIOR.depth}: ${show(voices.prior)}`);
}

if (process.argv[1]?.endsWith('consult-voice-probe.ts')) {
  // Bad input (a missing corpus folder, an unknown batch) is a one-line message, not a stack trace.
  await main().catch((err: unknown) => {
    process.stderr.write(`consult-voice-probe: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
