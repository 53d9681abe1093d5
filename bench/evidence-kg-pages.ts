// KG → text pages as a coverage source (#20, session 37): what a page synthesised per medicine, per test and per
// symptom from the disease knowledge graph (disease-kg-zh: 常用药品 / 检查项目 / 典型症状 / 所属科室 of each disease)
// would SAY, and which blind questions name its subject. Measurement only: nothing here is shown to a user, nothing
// is judged anew. For each question of the given batches it prints, per KG entity the question names (Chinese
// names: the KG's own entity names, a medicine also by its generic stem, longest match first, no overlaps), the
// page's one content line (the diseases listing it, most common first) beside the writer's `onTopic` criterion and,
// where a verdict file exists, whether any of our lists was judged on topic. A person then reads each candidate row:
// would a judge holding that criterion accept the page? (bench/results/evidence-s37-kg-labels.jsonl).
//
//   npx tsx bench/evidence-kg-pages.ts evidence-q-30 … evidence-q-37 [probes.jsonl] [--json out.jsonl]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { diseaseKgFiles } from '../src/knowledge/loaders/disease-kg-files.js';
import { parseDiseaseRecords } from '../src/knowledge/loaders/disease-kg.js';
import { readJsonl } from './evidence-kb.js';

const DATA = process.env.QUARKMED_SHARED_DATA ?? resolve(import.meta.dirname, '..', '..', 'shared', 'data');
const BLIND = resolve(import.meta.dirname, 'blind');
const jsonArg = (): string | undefined => (process.argv.includes('--json') ? process.argv[process.argv.indexOf('--json') + 1] : undefined);
const jsonOut = jsonArg();
type Kind = 'medicine' | 'test' | 'symptom';
interface Row {
  id: string;
  lang: string;
  question: string;
  topic: string;
  onTopic: string;
}
interface Verdict {
  id: string;
  A: { ontopic: boolean };
  B: { ontopic: boolean };
}

// A Chinese product name → its generic stem (盐酸二甲双胍缓释片 → 二甲双胍): salts in front, forms behind. A reading
// for this measurement, not a product table.
const SALT = /^(盐酸|硫酸|磷酸|枸橼酸|马来酸|苯磺酸|甲磺酸|富马酸|琥珀酸|酒石酸|醋酸|乳酸|葡萄糖酸|碳酸|复方)/;
const FORM =
  /(缓释胶囊|缓释片|肠溶胶囊|肠溶片|分散片|咀嚼片|泡腾片|口腔崩解片|控释片|薄膜衣片|胶囊|软胶囊|颗粒|片|丸|散|口服液|口服溶液|混悬液|糖浆|注射液|注射剂|滴眼液|滴耳液|滴鼻液|喷雾剂|气雾剂|乳膏|软膏|凝胶|栓|贴|合剂|干混悬剂|冲剂)$/;
export const genericStem = (name: string): string => {
  let s = name.replace(/[（(][^）)]*[）)]/g, '').trim();
  for (let i = 0; i < 3; i++) s = s.replace(FORM, '');
  return s.replace(SALT, '');
};

/** Entity name → diseases listing it (in KG order), per kind. */
function invertKg(): Record<Kind, Map<string, string[]>> {
  const inv: Record<Kind, Map<string, string[]>> = { medicine: new Map(), test: new Map(), symptom: new Map() };
  const add = (kind: Kind, name: string, disease: string) => {
    const n = name.trim();
    if (n.length < 2) return;
    const list = inv[kind].get(n) ?? [];
    if (!list.includes(disease)) list.push(disease);
    inv[kind].set(n, list);
  };
  for (const file of diseaseKgFiles(join(DATA, 'kb', 'disease-kg-zh'))) {
    for (const [, rec] of parseDiseaseRecords(readFileSync(file, 'utf8'), file)) {
      const d = rec.gaishu_info.name;
      for (const m of rec.gaishu_info.common_drug) {
        add('medicine', m, d);
        const stem = genericStem(m);
        if (stem !== m && stem.length >= 2) add('medicine', stem, d);
      }
      for (const t of rec.inspect_info) add('test', t, d);
      for (const s of rec.symptom_data.symptoms) add('symptom', s, d);
    }
  }
  return inv;
}

/** The KG names a question says, longest first, no overlapping spans. */
function named(question: string, names: string[]): string[] {
  const taken: boolean[] = Array(question.length).fill(false);
  const out: string[] = [];
  for (const n of names) {
    let at = question.indexOf(n);
    while (at >= 0) {
      const span = taken.slice(at, at + n.length);
      if (!span.some(Boolean)) {
        for (let i = at; i < at + n.length; i++) taken[i] = true;
        if (!out.includes(n)) out.push(n);
      }
      at = question.indexOf(n, at + 1);
    }
  }
  return out;
}

const batches = process.argv.slice(2).filter((a) => a.startsWith('evidence-q-') || (a.endsWith('.jsonl') && a !== jsonArg()));
if (!batches.length) {
  console.error('usage: npx tsx bench/evidence-kg-pages.ts evidence-q-N… [--json out.jsonl]');
  process.exit(2);
}
const inv = invertKg();
const sorted = (k: Kind) => [...inv[k].keys()].sort((a, b) => b.length - a.length);
const names: Record<Kind, string[]> = { medicine: sorted('medicine'), test: sorted('test'), symptom: sorted('symptom') };
console.log(`KG entities: medicines ${inv.medicine.size} (with stems), tests ${inv.test.size}, symptoms ${inv.symptom.size}`);
const out: object[] = [];
for (const batch of batches) {
  const rows = readJsonl<Row>(batch.endsWith('.jsonl') ? resolve(batch) : join(BLIND, `${batch}.jsonl`));
  const vf = join(BLIND, `${batch}.verdicts.jsonl`);
  const verdicts = existsSync(vf) ? new Map(readJsonl<Verdict>(vf).map((v) => [v.id, v.A.ontopic || v.B.ontopic])) : null;
  const tally: Record<Kind, number> = { medicine: 0, test: 0, symptom: 0 };
  let zh = 0;
  let noneOn = 0;
  for (const r of rows) {
    if (r.lang !== 'zh') continue;
    zh++;
    const judgedOn = verdicts?.get(r.id);
    if (judgedOn === false) noneOn++;
    const hits: { kind: Kind; name: string; diseases: string[] }[] = [];
    // A medicine or test is matched on its own name; a symptom only when no medicine/test span covers it.
    let rest = r.question;
    for (const kind of ['medicine', 'test', 'symptom'] as Kind[]) {
      for (const n of named(rest, names[kind])) {
        hits.push({ kind, name: n, diseases: inv[kind].get(n) ?? [] });
        rest = rest.split(n).join('□'.repeat(n.length));
      }
    }
    for (const k of new Set(hits.map((h) => h.kind))) tally[k]++;
    if (!hits.length) continue;
    out.push({
      id: r.id,
      question: r.question,
      topic: r.topic,
      onTopic: r.onTopic,
      judgedOn,
      hits: hits.map((h) => ({ ...h, diseases: h.diseases.slice(0, 8), n: h.diseases.length })),
    });
  }
  console.log(
    `${batch}: zh rows ${zh}${verdicts ? ` (no list judged on topic: ${noneOn})` : ''}; naming a KG medicine ${tally.medicine}, test ${tally.test}, symptom ${tally.symptom}`,
  );
}
if (jsonOut) writeFileSync(jsonOut, `${out.map((o) => JSON.stringify(o)).join('\n')}\n`);
