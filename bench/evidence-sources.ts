// What the blind evidence batches ask vs what a default knowledge base holds (#20, session 33): every evidence-q-*
// row's writer topic sorted into a subject class (medicine, vaccine, procedure/device, test, condition/other — a rough
// reading of the topic string and question, printed so it can be checked), then per class: how many rows any blind
// judge ever saw an on-topic passage for (some list of ours found one: the KB holds it), and how many have a page
// NAMED by the subject (medicine: a page titled with the molecule or a brand of it; otherwise the generous name match
// of evidence-kb.ts topicLabeller). Nothing is judged anew; no list is run.
//
// Rows with neither are then read against what could cover them: a medicine named with an English generic in the one
// medicine table (an FDA label, `kb pull openfda-labels`, is titled by it), a medicine named by Chinese names only, a
// medicine question naming no molecule (a class, 'antidepressants'); a condition whose Chinese name (the topic's, or
// its bilingual-table names) is in the Chinese disease dictionary of QUARKMED_SHARED_DATA/terms (the name list of the
// full 8,8xx-disease Chinese KG crawl, of which the local disease-kg-zh holds 2,000 pages).
//
//   npx tsx bench/evidence-sources.ts [--db kb.sqlite] [--examples N] [--dump 2>classes.tsv]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { bilingualGroups } from '../src/knowledge/bilingual-terms.js';
import { drugKey, medicineAliases } from '../src/knowledge/drugs.js';
import { medicineMentions, moleculesNamed } from '../src/knowledge/medicine-mentions.js';
import { evidenceKbPath, readJsonl, topicLabeller } from './evidence-kb.js';

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const dbPath = evidenceKbPath(opt('--db'));
if (!existsSync(dbPath)) {
  console.error(`evidence-sources: no such file: ${dbPath}`);
  process.exit(2);
}
const examples = Number(opt('--examples') ?? 12);
const db = new Database(dbPath, { readonly: true });
const label = topicLabeller(db, bilingualGroups());

// Molecules a page is titled with (its title or a synonym): the medicine's own page, not a page listing it.
const pagedMolecules = new Set<string>();
for (const r of db.prepare('SELECT title FROM documents').all() as { title: string }[]) for (const m of moleculesNamed(r.title)) pagedMolecules.add(m);
for (const r of db.prepare("SELECT DISTINCT term FROM doc_terms WHERE type = 'synonym'").all() as { term: string }[])
  for (const m of moleculesNamed(r.term)) if (medicineMentions(r.term).some((x) => x.start === 0 && x.end === r.term.length)) pagedMolecules.add(m);

// Medicine rows whose topic names a condition and whose question takes a medicine (counted apart: a reading, not the writer's).
const viaQuestion = new Set<string>();
type Klass = 'medicine' | 'vaccine' | 'procedure/device' | 'test/screening' | 'condition/other';
const VACCINE = /vaccin|immuni[sz]ation|\bbooster\b|\bjabs?\b|疫苗|预防针|打针.*(?:苗)/i;
const PROCEDURE =
  /surgery|surgical|operation|ectomy|otomy|ostomy|plasty|implant|transplant|procedure|insertion|removal|repair|ablation|laser|\biud\b|coil\b|stent|pacemaker|catheter|braces|lasik|\bicl\b|tavi|dialysis|an(?:a)?esthe|c-section|caesarean|cesarean|circumcision|extraction|filling|root canal|physiotherapy|therapy\b|rehab|手术|切除|置入|植入|麻醉|剖宫产|拔牙|透析|支架/i;
const TEST =
  /\btests?\b|testing|screen|\bscan\b|\bmri\b|\bct\b|x-ray|ultrasound|biopsy|\blevels?\b|\bresults?\b|\bcount\b|panel|smear|colonoscopy|endoscopy|gastroscopy|mammogra|\becg\b|\beeg\b|echocardiogram|\bnipt\b|\btsh\b|hba1c|\bpsa\b|ti-rads|reading|report|检查|化验|报告|指标|筛查|B超|彩超|胃镜|肠镜|核磁|穿刺/i;
const MEDICINE_WORD =
  /\b(?:medicines?|medications?|drugs?|tablets?|pills?|doses?|dosing|antibiotics?|supplements?|vitamins?|contracepti\w*|inhalers?|creams?|ointments?|eye ?drops|painkillers?|antihistamines?|steroids?|statins?|laxatives?|insulin)\b|药|片|胶囊|颗粒|口服液|糖浆|喷雾|软膏|滴眼液/i;
function klassOf(topic: string, question: string): Klass {
  if (VACCINE.test(topic)) return 'vaccine';
  if (medicineMentions(topic).length > 0 || MEDICINE_WORD.test(topic)) return 'medicine';
  if (PROCEDURE.test(topic)) return 'procedure/device';
  if (TEST.test(topic)) return 'test/screening';
  if (medicineMentions(question).length > 0 && /\b(?:take|taking|dose|side effect|safe)\b|吃|服/i.test(question)) {
    viaQuestion.add(topic + question);
    return 'medicine';
  }
  return 'condition/other';
}

interface Row {
  id: string;
  lang: string;
  question: string;
  topic: string;
}
interface Verdict {
  id: string;
  [side: string]: unknown;
}
const batches = readdirSync('bench/blind')
  .filter((f) => /^evidence-q-\d+\.jsonl$/.test(f))
  .sort((a, b) => Number(a.match(/\d+/)?.[0]) - Number(b.match(/\d+/)?.[0]));
// Any verdict file of the batch: a row any judge ever called on topic in some list (start, final, extra, paired).
function everOnTopic(batch: string): Set<string> {
  const out = new Set<string>();
  for (const f of readdirSync('bench/blind').filter((x) => x.startsWith(`${batch}.`) || x.startsWith(`${batch}-`))) {
    if (!f.endsWith('verdicts.jsonl')) continue;
    for (const v of readJsonl<Verdict>(`bench/blind/${f}`))
      for (const [k, s] of Object.entries(v)) if (k !== 'id' && typeof s === 'object' && s !== null && (s as { ontopic?: boolean }).ontopic) out.add(v.id);
  }
  return out;
}

const DATA = process.env.QUARKMED_SHARED_DATA ?? resolve(import.meta.dirname, '..', '..', 'shared', 'data');
const dictFile = join(DATA, 'terms', 'entity-dict-zh', 'disease.txt');
const zhDiseases = existsSync(dictFile)
  ? new Set(
      readFileSync(dictFile, 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l.length >= 2),
    )
  : new Set<string>();
const englishNamed = new Set<string>();
for (const [canon, list] of Object.entries(medicineAliases()))
  if ([canon, ...list].some((n) => /^[a-z][a-z -]{3,}$/i.test(n))) englishNamed.add(drugKey(canon));
const groupOf = new Map<string, readonly string[]>();
for (const g of bilingualGroups()) for (const n of g) groupOf.set(n.toLowerCase(), g);
function coverFor(k: Klass, r: Row): string {
  if (k === 'medicine') {
    const mols = [...new Set([...medicineMentions(r.topic), ...medicineMentions(r.question)].map((m) => m.molecule))];
    if (mols.length === 0) return 'medicine: no molecule named (a class or a description)';
    return mols.some((m) => englishNamed.has(m.replace(/^\w+:/, ''))) ? 'medicine: English generic known (label-reachable)' : 'medicine: Chinese names only';
  }
  const names = [r.topic, ...r.topic.split(/[（）()、/,，;；:：]/)].map((s) => s.trim().toLowerCase()).filter(Boolean);
  for (const n of [...names]) for (const o of groupOf.get(n) ?? []) names.push(o);
  if (names.some((n) => zhDiseases.has(n)) || [...zhDiseases].some((d) => d.length >= 3 && r.topic.includes(d))) return `${k}: in the zh disease dictionary`;
  return `${k}: no local name list holds it`;
}
const cover = new Map<string, number>();
const asked = new Map<string, number>();

const stats = new Map<Klass, { n: number; judgedOn: number; named: number; missing: string[] }>();
const recent = new Map<Klass, { n: number; judgedOn: number; named: number }>();
for (const f of batches) {
  const batch = f.replace(/\.jsonl$/, '');
  const num = Number(batch.match(/\d+/)?.[0]);
  const on = everOnTopic(batch);
  for (const r of readJsonl<Row>(`bench/blind/${f}`)) {
    const k = klassOf(r.topic, r.question);
    const s = stats.get(k) ?? { n: 0, judgedOn: 0, named: 0, missing: [] };
    let named: boolean;
    if (k === 'medicine') {
      const mols = [...new Set([...medicineMentions(r.topic), ...medicineMentions(r.question)].map((m) => m.molecule))];
      named = mols.some((m) => pagedMolecules.has(m));
    } else named = (label(r.id, r.topic) ?? []).length > 0;
    s.n++;
    // --dump: class, id, judged on topic somewhere, page named, topic — one row a line on stderr, for reading.
    if (args.includes('--dump')) console.error(`${k}\t${r.id}\t${on.has(r.id) ? 'judged-on' : '-'}\t${named ? 'named' : '-'}\t${r.topic}`);
    if (on.has(r.id)) s.judgedOn++;
    if (named) s.named++;
    if (!on.has(r.id) && !named) {
      s.missing.push(`${r.id} ${r.topic}`);
      const c = `${coverFor(k, r)} [${r.lang}]`;
      cover.set(c, (cover.get(c) ?? 0) + 1);
      if (k === 'medicine') for (const m of new Set(medicineMentions(`${r.topic} ${r.question}`).map((x) => x.molecule))) asked.set(m, (asked.get(m) ?? 0) + 1);
    }
    stats.set(k, s);
    if (num >= 24) {
      const t = recent.get(k) ?? { n: 0, judgedOn: 0, named: 0 };
      t.n++;
      if (on.has(r.id)) t.judgedOn++;
      if (named) t.named++;
      recent.set(k, t);
    }
  }
}
const total = [...stats.values()].reduce((a, s) => a + s.n, 0);
console.log(`KB ${dbPath}; ${batches.length} batches, ${total} rows; ${pagedMolecules.size} molecules have a page titled with them`);
console.log('| class | rows (all) | share | judged on topic in some list | page named by subject | neither | rows q-24…q-33 | judged on | named |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const [k, s] of [...stats].sort((a, b) => b[1].n - a[1].n)) {
  const t = recent.get(k) ?? { n: 0, judgedOn: 0, named: 0 };
  console.log(
    `| ${k} | ${s.n} | ${((100 * s.n) / total).toFixed(1)} % | ${s.judgedOn} | ${s.named} | ${s.missing.length} | ${t.n} | ${t.judgedOn} | ${t.named} |`,
  );
}
console.log(`(medicine: ${viaQuestion.size} of its rows have a condition topic and a question that takes a medicine)`);
console.log('\nrows with neither, by what could cover them:');
for (const [c, n] of [...cover].sort()) console.log(`  ${c}: ${n}`);
console.log(`\nmolecules of those medicine rows (${asked.size}), most asked first:`);
console.log(
  `  ${[...asked]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 60)
    .map(([m, n]) => `${m} ${n}`)
    .join(', ')}`,
);
for (const [k, s] of stats) {
  console.log(`\n${k}: ${examples} of ${s.missing.length} rows with neither (every ${Math.max(1, Math.floor(s.missing.length / examples))}th)`);
  const step = Math.max(1, Math.floor(s.missing.length / examples));
  for (let i = 0; i < s.missing.length && i / step < examples; i += step) console.log(`  ${s.missing[i]}`);
}
