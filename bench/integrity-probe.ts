// Held-out false drops and per-batch catches of the integrity filter (src/data/filters/integrity.ts), without the rest
// of the pipeline: every answer normalised as the pipeline does, then judged alone.
// Real answers (../shared/data/corpus: chatdoctor, huatuo26m, cmtmedqa, medicalgpt; the first N of each) are written
// by people or deployed models: a drop there is a false drop unless a reader confirms the text is broken (--show).
// Labelled batches (bench/blind/curation-corrupt-*.labels.jsonl): caught per defect and false drops.
// Run: npx tsx bench/integrity-probe.ts [--n 1500] [--show] [batch.jsonl …]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadClauseEnds } from '../src/data/filters/clause-ends.js';
import { integrityOptions, integrityVerdict } from '../src/data/filters/integrity.js';
import { compileBoilerplate, DEFAULT_BOILERPLATE } from '../src/data/normalise/boilerplate.js';
import { normaliseOptions, normaliseText } from '../src/data/normalise/step.js';

const argv = process.argv.slice(2);
const nAt = argv.indexOf('--n');
const nArg = nAt >= 0 ? argv.splice(nAt, 2)[1] : '1500';
const showAt = argv.indexOf('--show');
const show = showAt >= 0 && argv.splice(showAt, 1).length > 0;
// Bad input is one line and a non-zero exit before the real-answer pass (minutes) starts.
const fail = (message: string): never => {
  process.stderr.write(`integrity-probe: ${message}\n`);
  process.exit(2);
};
if (!/^[1-9]\d*$/.test(nArg ?? '')) fail(`--n needs a positive integer, got ${nArg === undefined ? 'nothing' : `'${nArg}'`}`);
const N = Number(nArg);
const unknown = argv.filter((a) => a.startsWith('--'));
if (unknown.length > 0) fail(`unknown option ${unknown.join(', ')}; usage: npx tsx bench/integrity-probe.ts [--n 1500] [--show] [batch.jsonl …]`);
const missing = argv.flatMap((f) => [f, f.replace(/\.jsonl$/, '.labels.jsonl')]).filter((f) => !existsSync(f));
if (missing.length > 0) fail(`no such file: ${missing.join(', ')}`);
const o = integrityOptions.parse({});
const no = normaliseOptions.parse({});
const patterns = compileBoilerplate(DEFAULT_BOILERPLATE);
const data = process.env.QUARKMED_SHARED_DATA ?? join(import.meta.dirname, '..', '..', 'shared', 'data');
const corpus = join(data, 'corpus');
// Counted from toyhom and the disease KG only (as examples/pipelines/corpora.yaml does): the answers judged below are
// held out from the counts.
const t0 = performance.now();
const ends = loadClauseEnds([join(corpus, 'toyhom-neike-sample.gb18030.csv'), join(data, 'kb', 'disease-kg-zh')]);
console.log(`clause-end model: ${ends.pairs.size} pairs, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
const verdict = (answer: string) => integrityVerdict(normaliseText(answer, no, patterns), o, ends);

const readJson = (f: string) => JSON.parse(readFileSync(join(corpus, f), 'utf8')) as Record<string, unknown>[];
const first = (v: unknown) => (Array.isArray(v) ? String(v[0] ?? '') : String(v ?? ''));
const real: Record<string, string[]> = {
  chatdoctor: readJson('chatdoctor5k.json')
    .slice(0, N)
    .map((r) => first(r.output)),
  huatuo26m: readJson('huatuo26m-test.json')
    .slice(0, N)
    .map((r) => first(r.output)),
  cmtmedqa: readJson('cmtmedqa-test.json')
    .slice(0, N)
    .map((r) => first(r.output)),
  medicalgpt: readFileSync(join(corpus, 'medicalgpt-sft-1k.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, N)
    .flatMap((l) => (JSON.parse(l).conversations as { from: string; value: string }[]).filter((t) => t.from === 'gpt').map((t) => t.value)),
};
for (const [name, answers] of Object.entries(real)) {
  const by = new Map<string, number>();
  const shown: string[] = [];
  for (const a of answers) {
    const v = verdict(a);
    if (!v) continue;
    by.set(v, (by.get(v) ?? 0) + 1);
    if (show && shown.length < 6) shown.push(`  [${v}] …${a.trim().slice(-120).replace(/\n/g, '⏎')}`);
  }
  const total = [...by.values()].reduce((s, x) => s + x, 0);
  console.log(
    `${name}: ${total} / ${answers.length} dropped (${((100 * total) / answers.length).toFixed(2)} %) ${[...by].map(([k, v]) => `${k} ${v}`).join(', ')}`,
  );
  if (show) console.log(shown.join('\n'));
}

for (const file of argv) {
  const labels = new Map(
    readFileSync(file.replace(/\.jsonl$/, '.labels.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { id: string; label: string; defect?: string })
      .map((l) => [l.id, l]),
  );
  const caught = new Map<string, [number, number]>();
  const falseDrops: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: string; messages?: { role: string; content: string }[]; text?: string };
    const answers = r.messages ? r.messages.filter((m) => m.role === 'assistant').map((m) => m.content) : [r.text ?? ''];
    const v = answers.map(verdict).find(Boolean) ?? null;
    const l = labels.get(r.id);
    if (!l) continue;
    if (l.label === 'keep') {
      if (v) falseDrops.push(`${r.id} ${v}`);
      continue;
    }
    const c = caught.get(l.defect ?? '?') ?? [0, 0];
    c[1]++;
    if (v) c[0]++;
    caught.set(l.defect ?? '?', c);
  }
  const hit = [...caught].filter(([, [k]]) => k > 0).map(([d, [k, n]]) => `${d} ${k}/${n}`);
  console.log(
    `${file}: false drops ${falseDrops.length} ${falseDrops.join(', ')}; caught ${hit.join(', ') || 'none'}; garbled ${caught.get('garbled')?.join('/') ?? '0/0'}`,
  );
}
