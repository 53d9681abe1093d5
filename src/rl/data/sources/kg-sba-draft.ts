// Single-best-answer drafts from the disease-KG profile, one per kind, each with a gold the knowledge base
// supports and four distractors the knowledge base itself rules out. The open-ended KG tasks (findings → one
// diagnosis, disease → list of tests, disease → list of drugs) were ambiguous by construction: the consumer-site
// lists are noisy and many answers are defensible (blind review, rl-labels-sample-2: 41.9 % correct). Here the
// question asks for the one option that fits, and every other option sits in another organ system:
// - diagnosis: findings specific to the gold's ICD chapter → the gold vs diseases of other chapters and clinics
//   that share none of the gold's findings;
// - test: "which test belongs to the work-up of X" → a test the graph lists mostly for X's chapter vs tests no
//   disease of X's chapter or clinic lists;
// - drug: "which drug treats X" → a drug of X's list indicated for X's code by the drug-class table vs drugs of
//   narrow classes indicated only in other chapters.
// A draft that cannot meet these conditions is skipped with a reason (counted in the source report).
import { type Rng, shuffle } from '../../../core/random.js';
import { DRUG_CLASSES, type DrugIndications } from '../../../knowledge/drug-indications.js';
import { firstLineDrugEntry, firstLineDrugs } from '../../../knowledge/first-line-drugs.js';
import type { DrugLexicon } from '../../../knowledge/drugs.js';
import { chaptersFarApart, chaptersOfRange, MULTI_SYSTEM_CHAPTERS } from '../../../knowledge/icd-chapters.js';
import type { Icd10Index } from '../../../knowledge/icd10.js';
import { normTerm } from '../../../knowledge/term-text.js';
import { imagingConcept } from '../../verifiers/test-concepts.js';
import { isParenteralDisease, paediatricAvoidance } from '../quality/kg-drugs.js';
import { namesTestMethod } from '../quality/kg-tests.js';
import { firstLineKey, sameTest } from './kg-first-line.js';
import type { KgProfile, KgProfileDisease } from './kg-profile.js';

export type SbaKind = 'diagnosis' | 'test' | 'drug';
export const SBA_KINDS: readonly SbaKind[] = ['diagnosis', 'test', 'drug'];
export const SBA_DISTRACTORS = 4;

export interface SbaDraft {
  kind: SbaKind;
  disease: KgProfileDisease;
  question: string;
  gold: string;
  distractors: string[];
  /** Why the gold is right and each distractor wrong, by the knowledge base (kept in item meta). */
  evidence: Record<string, unknown>;
}

export type DraftResult = SbaDraft | { skip: string };

export interface SbaContext {
  profile: KgProfile;
  icd: Icd10Index;
  drugs?: DrugLexicon;
  indications?: DrugIndications;
  /** Symptom names (entity-dict-zh/symptom.txt, normalised): a gold that is one (闭经, 痛经) is no disease to build on. */
  symptomNames?: ReadonlySet<string>;
}

/** Chapters whose codes are no disease a case could be diagnosed with (signs, external causes, Z factors). */
const NOT_A_DIAGNOSIS = new Set(['XVIII', 'XX', 'XXI', 'XXII']);
const ADULT_RE = /^(成人|老年|老人)/u;
/** A finding named by more diseases than this says nothing about the system. */
export const MAX_FINDING_USERS = 40;
/** Share of a finding's (or test's) diseases that must sit in the gold's chapter for it to point there. */
export const SYSTEM_SHARE = 0.5;
export const MIN_FINDINGS = 4;
/** Findings named by at most this many diseases are decisive; a case needs MIN_DECISIVE of them. */
export const DECISIVE_USERS = 3;
export const MIN_DECISIVE = 2;
/** TCM pattern words and named signs or syndromes are no findings a case can rest on (肺阴虚, 三联征). */
const NOT_A_FINDING_RE = /(阴虚|阳虚|气虚|血虚|血瘀|湿热|肝郁|脾虚|肾虚|痰湿|征|综合症|综合征|症候群)$/u;
/**
 * Drug classes usable as distractors: organ-specific with few uses outside their indications. Steroids,
 * immunosuppressants, antineoplastics, interferons, NSAIDs, antibiotics, beta-blockers, antiepileptics and
 * psychiatric drugs are used across systems (rituximab in dermatomyositis, interferon in myeloma), so a KB
 * table saying "not indicated" does not make them clearly wrong.
 */
export const DISTRACTOR_CLASSES: ReadonlySet<string> = new Set([
  'antidiabetic',
  'insulin',
  'thyroid-hormone',
  'antithyroid',
  'glaucoma',
  'gout',
  'nitrate',
  'acid-suppression',
  'urology',
  'anthelmintic',
  'anti-influenza',
  'antitubercular',
  'statin',
  'bone',
  'vaginal-antifungal',
  'respiratory',
  'antiparkinson-dementia',
  'iron',
  'glucosamine',
  'cholinesterase-inhibitor',
  'desmopressin',
  'somatostatin',
]);
export const MAX_FINDINGS = 6;
export const MIN_TEST_USERS = 3;
/** A distractor test is organ-specific: at least this share of its diseases sit in one organ chapter. */
export const DISTRACTOR_TEST_SHARE = 0.8;
/** Classes whose indications span more chapters than this are too broad to be "clearly wrong" anywhere. */
export const MAX_DISTRACTOR_CLASS_CHAPTERS = 2;
/** A drug list shared by this many diseases is a product listing (as in the kg-drugs check). */
export const LISTING_SHARE = 4;
const ANTIBACTERIAL_CLASS_RE = /(fluoroquinolone|antibacterial|macrolide|nitroimidazole|glycopeptide)/u;
const NON_BACTERIAL_RE = /(病毒|真菌|感冒|流感|疱疹|过敏|变应|变态反应|卡他)/u;
/** Classes that relieve symptoms across diseases: no drug of these is keyed as "the treatment" of a disease. */
export const SYMPTOMATIC_GOLD_CLASSES: ReadonlySet<string> = new Set([
  'mucolytic-antitussive',
  'diuretic',
  'probiotic',
  'antiemetic-prokinetic',
  'hepatoprotective',
  'antispasmodic',
  'albumin',
  'potassium',
  'calcium',
  'zinc',
]);
/** Perinatal, congenital and injury chapters: their cases overlap every system (a newborn's irritability). */
const NO_DIAGNOSIS_GOLD = new Set(['XVI', 'XVII', 'XIX']);

/** A disease a case can be built around: an exact or variant ICD mapping to a disease chapter. */
function eligibleGold(d: KgProfileDisease, ctx: SbaContext): string | undefined {
  if (d.via === 'loose') return 'gold-loosely-mapped';
  if (ctx.symptomNames?.has(normTerm(d.name))) return 'gold-is-a-symptom-name';
  if (NOT_A_DIAGNOSIS.has(d.chapter.id)) return 'gold-not-a-disease-chapter';
  if ((d.chapter.id === 'XVI' || d.chapter.id === 'XVII') && ADULT_RE.test(d.name)) return 'gold-chapter-mismatch';
  return undefined;
}

function related(a: string, b: string): boolean {
  const x = normTerm(a);
  const y = normTerm(b);
  return x === y || x.includes(y) || y.includes(x);
}

/** Share of a list of diseases in the chapter. */
function chapterShare(users: readonly KgProfileDisease[], chapterId: string): number {
  return users.length ? users.filter((u) => u.chapter.id === chapterId).length / users.length : 0;
}

/** Up to n candidates, in random order, no two of the same key (chapter or class). */
function pickDistinct<T>(candidates: T[], n: number, key: (c: T) => string, rand: Rng): T[] {
  const out: T[] = [];
  const seen = new Set<string>();
  for (const c of shuffle([...candidates], rand)) {
    const k = key(c);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(c);
    if (out.length === n) break;
  }
  return out;
}

export function draftDiagnosis(d: KgProfileDisease, ctx: SbaContext, rand: Rng): DraftResult {
  const bad = eligibleGold(d, ctx);
  if (bad) return { skip: bad };
  // A short finding list is a thin page: the case then shows most of it, incidental entries included (a bursitis
  // case of 滑膜黑染 and 钩骨附近的压痛; an inguinal hernia with an incision bulge) — rl-labels-sample-5 notes.
  if (d.listedFindings < MIN_LISTED_FINDINGS) return { skip: 'thin-finding-list' };
  // A qualified form of another disease of the graph (外伤性白内障 of 白内障, 细菌性肝脓肿 of 肝脓肿, 急性肾盂肾炎 of
  // 肾盂肾炎): the qualifier (trauma, the organism, the course) is what the case must show, and a consumer-site list
  // does not carry it, so the parent fits the findings as well.
  const parent = parentInGraph(d.name, ctx.profile);
  if (parent) return { skip: 'subtype-of-graph-disease' };
  // Findings that point at the gold's system: named by few diseases, mostly of its chapter, and no diagnosis.
  const findings = d.findings
    .map((f) => ({ f, users: ctx.profile.findingUsers(f) }))
    .filter(
      ({ f, users }) =>
        users.length <= MAX_FINDING_USERS && chapterShare(users, d.chapter.id) >= SYSTEM_SHARE && !ctx.icd.byName(f) && !NOT_A_FINDING_RE.test(f),
    )
    .sort((a, b) => a.users.length - b.users.length)
    .slice(0, MAX_FINDINGS);
  if (findings.length < MIN_FINDINGS) return { skip: 'too-few-system-findings' };
  if (findings.filter((x) => x.users.length <= DECISIVE_USERS).length < MIN_DECISIVE) return { skip: 'too-few-decisive-findings' };
  if (NO_DIAGNOSIS_GOLD.has(d.chapter.id)) return { skip: 'gold-chapter-spans-systems' };
  // Another disease of the graph that explains most of the shown findings (IDF-weighted) is the diagnosis a reader
  // thinks of, whether or not it is offered (lacrimal-gland findings keyed as dacryocystitis, rl-labels-sample-3).
  const rival = rivalOf(d, findings, ctx.profile);
  if (rival) return { skip: 'findings-fit-another-disease' };
  // The gold's systems, and the organ chapter each shown finding mostly points to (前囟饱满 → nervous system).
  const systems = new Set(ctx.profile.systemsOf(d));
  for (const { users } of findings) {
    const main = mainOrganChapter(users);
    if (main) systems.add(main);
  }
  if (!systems.size) return { skip: 'gold-system-unknown' };
  const mine = new Set(d.findings);
  const myBigrams = ctx.profile.findingBigrams(d);
  // Distractors: diseases of organ chapters far from every system of the gold, other clinics, no finding alike.
  const candidates = ctx.profile.diseases.filter(
    (o) =>
      o.via === 'exact' &&
      !MULTI_SYSTEM_CHAPTERS.has(o.chapter.id) &&
      !ctx.symptomNames?.has(normTerm(o.name)) &&
      [...systems].every((s) => chaptersFarApart(s, o.chapter.id)) &&
      [...ctx.profile.systemsOf(o)].every((s) => [...systems].every((t) => chaptersFarApart(s, t))) &&
      o.findings.length >= MIN_FINDINGS &&
      !o.clinics.some((c) => d.clinics.includes(c)) &&
      !related(o.name, d.name) &&
      !o.findings.some((f) => mine.has(f)) &&
      ![...ctx.profile.findingBigrams(o)].some((b) => myBigrams.has(b)),
  );
  const picked = pickDistinct(candidates, SBA_DISTRACTORS, (o) => o.chapter.id, rand);
  if (picked.length < SBA_DISTRACTORS) return { skip: 'too-few-distractors' };
  return {
    kind: 'diagnosis',
    disease: d,
    question: `患者就诊时的主要表现：${findings.map((x) => x.f).join('、')}。\n最可能的诊断是（单选）：`,
    gold: d.name,
    distractors: picked.map((o) => o.name),
    evidence: {
      findings: findings.map((x) => ({ finding: x.f, diseases: x.users.length })),
      gold: { icd: d.code.raw, chapter: d.chapter.id, systems: [...systems] },
      distractors: picked.map((o) => ({ name: o.name, icd: o.code.raw, chapter: o.chapter.id, clinics: o.clinics })),
    },
  };
}

/** The graph's finding lists stop at 10; a case is built only on a disease with a full list. */
export const MIN_LISTED_FINDINGS = 10;

/** Another disease of the graph whose name the gold's name ends with, after a qualifier (白内障 of 外伤性白内障). */
export function parentInGraph(name: string, profile: KgProfile): string | undefined {
  for (let k = 1; k <= name.length - 2; k++) if (profile.get(name.slice(k))) return name.slice(k);
  return undefined;
}

/** Share of the shown findings' IDF weight another disease explains for a rival to make the case ambiguous. */
export const RIVAL_SHARE = 0.5;

/** The other disease listing most of the shown findings (IDF-weighted), when it explains at least RIVAL_SHARE. */
function rivalOf(d: KgProfileDisease, shown: readonly { f: string; users: readonly KgProfileDisease[] }[], profile: KgProfile): string | undefined {
  const n = profile.diseases.length;
  let total = 0;
  const weight = new Map<string, number>();
  for (const { users } of shown) {
    const idf = Math.log((n + 1) / (users.length + 1)) + 1;
    total += idf;
    for (const u of users) if (u.name !== d.name) weight.set(u.name, (weight.get(u.name) ?? 0) + idf);
  }
  for (const [name, w] of weight) if (w / total >= RIVAL_SHARE) return name;
  return undefined;
}

/** The organ chapter most of these diseases sit in (undefined when none is an organ chapter). */
function mainOrganChapter(users: readonly KgProfileDisease[]): string | undefined {
  return mainChapter(users.filter((u) => !MULTI_SYSTEM_CHAPTERS.has(u.chapter.id))) || undefined;
}

/** The chapter most of these diseases sit in. */
function mainChapter(users: readonly KgProfileDisease[]): string {
  const n = new Map<string, number>();
  for (const u of users) n.set(u.chapter.id, (n.get(u.chapter.id) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

export function draftTest(d: KgProfileDisease, ctx: SbaContext, rand: Rng): DraftResult {
  const bad = eligibleGold(d, ctx);
  if (bad) return { skip: bad };
  // The gold: a test the graph lists that the first-line table names for the disease's code (kg-first-line.ts).
  // The graph alone keyed tests tied to the disease's region or organ that only support the diagnosis (ocular
  // ultrasound for glaucoma, echocardiography for VT: rl-labels-sample-3/4); the table says which test diagnoses it.
  const key = firstLineKey(d.code, d.listedTests);
  if ('skip' in key) return key;
  const gold = { t: key.test };
  const systems = ctx.profile.systemsOf(d);
  if (!systems.size) return { skip: 'gold-system-unknown' };
  const goldSite = imagingConcept(gold.t)?.split('|')[0];
  // Distractors: tests of one organ chapter far from every system of the gold, listed by none of its clinics.
  const candidates = ctx.profile
    .testNames()
    .map((t) => ({ t, users: ctx.profile.testUsers(t) }))
    .map((x) => ({ ...x, main: mainChapter(x.users) }))
    .filter(
      ({ t, users, main }) =>
        namesTestMethod(t) &&
        (imagingConcept(t) ? users.length >= MIN_TEST_USERS : users.length > MIN_TEST_USERS) &&
        chapterShare(users, main) >= DISTRACTOR_TEST_SHARE &&
        [...systems].every((s) => chaptersFarApart(s, main)) &&
        !users.some((u) => u.chapter.id === d.chapter.id || u.clinics.some((c) => d.clinics.includes(c))) &&
        !d.listedTests.some((g) => related(g, t)) &&
        !key.entry.tests.some((n) => sameTest(t, n)) &&
        !(goldSite && imagingConcept(t)?.split('|')[0] === goldSite),
    );
  const picked = pickDistinct(candidates, SBA_DISTRACTORS, (c) => c.main, rand);
  if (picked.length < SBA_DISTRACTORS) return { skip: 'too-few-distractors' };
  return {
    kind: 'test',
    disease: d,
    question: `患者疑诊“${d.name}”。\n下列检查中，属于该病诊断检查的是（单选）：`,
    gold: gold.t,
    distractors: picked.map((c) => c.t),
    evidence: {
      gold: { test: gold.t, firstLine: key.entry.group, tableName: key.tableName, icd: d.code.raw },
      distractors: picked.map((c) => ({ test: c.t, chapters: [...new Set(c.users.map((u) => u.chapter.id))], users: c.users.length })),
    },
  };
}

export function draftDrug(d: KgProfileDisease, ctx: SbaContext, rand: Rng): DraftResult {
  const bad = eligibleGold(d, ctx);
  if (bad) return { skip: bad };
  const { drugs, indications } = ctx;
  if (!drugs || !indications) return { skip: 'no-drug-terminology' };
  if (ctx.profile.drugListShare(d.name) >= LISTING_SHARE) return { skip: 'drug-list-is-a-listing' };
  if (isParenteralDisease(d.code)) return { skip: 'parenteral-disease' };
  // The key: a drug the graph lists that the first-line table names for the disease's code, in the table's order.
  // The class table alone ("indicated" somewhere in the block) keyed baclofen for syringomyelia, amoxicillin for
  // cystitis and tripterygium for RPGN (rl-labels-sample-3/4: weak keys right only by elimination).
  const entry = firstLineDrugEntry(d.code);
  if (!entry) return { skip: 'no-first-line-treatment' };
  const firstLine = firstLineDrugs(entry, (x) => drugs.canonical(x));
  const listed = new Set(d.drugs.map((x) => drugs.canonical(x)));
  const golds = firstLine.filter((g) => {
    if (!listed.has(g)) return false;
    if (paediatricAvoidance(d.name, g)) return false;
    // The graph's cause text must name bacteria for an antibacterial key (and the name not say viral or fungal).
    const antibacterial = indications.classesOf(g).some((c) => ANTIBACTERIAL_CLASS_RE.test(c.id));
    if (antibacterial && (NON_BACTERIAL_RE.test(d.name) || !d.bacterialCause)) return false;
    return true;
  });
  if (!golds.length) return { skip: 'no-listed-first-line-drug' };
  const gold = golds[0];
  const goldClasses = new Set(indications.classesOf(gold).map((c) => c.id));
  const mine = new Set(d.drugs.map((x) => drugs.canonical(x)));
  const systems = new Set([...ctx.profile.systemsOf(d), d.chapter.id]);
  const far = (chapters: Iterable<string>) => [...chapters].every((c) => [...systems].every((s) => chaptersFarApart(s, c)));
  const chaptersOf = (ranges: readonly string[]) => new Set(ranges.flatMap((r) => chaptersOfRange(r).map((x) => x.id)));
  // Distractors: drugs of organ-specific classes indicated only in chapters far from the gold's systems.
  const candidates: { drug: string; cls: string }[] = [];
  for (const c of DRUG_CLASSES) {
    if (!DISTRACTOR_CLASSES.has(c.id) || goldClasses.has(c.id)) continue;
    const chapters = chaptersOf(c.indications);
    if (chapters.size > MAX_DISTRACTOR_CLASS_CHAPTERS || !far(chapters)) continue;
    for (const raw of c.drugs) {
      const drug = drugs.canonical(raw);
      if (mine.has(drug) || related(drug, gold)) continue;
      const all = indications.classesOf(drug);
      if (!all.every((k) => DISTRACTOR_CLASSES.has(k.id) && far(chaptersOf(k.indications)))) continue;
      if (indications.status(drug, d.code) !== 'not-indicated') continue;
      candidates.push({ drug, cls: c.id });
    }
  }
  // One drug per class first; when fewer classes qualify, a second drug of a class already drawn.
  const picked = pickDistinct(candidates, SBA_DISTRACTORS, (c) => c.cls, rand);
  if (picked.length < SBA_DISTRACTORS) {
    const perClass = new Map<string, number>();
    for (const c of picked) perClass.set(c.cls, 1);
    for (const c of shuffle(
      candidates.filter((x) => !picked.includes(x)),
      rand,
    )) {
      if (picked.length === SBA_DISTRACTORS) break;
      if ((perClass.get(c.cls) ?? 0) >= 2 || picked.some((p) => p.drug === c.drug)) continue;
      perClass.set(c.cls, (perClass.get(c.cls) ?? 0) + 1);
      picked.push(c);
    }
  }
  if (picked.length < SBA_DISTRACTORS) return { skip: 'too-few-distractors' };
  return {
    kind: 'drug',
    disease: d,
    question: `患者确诊“${d.name}”。\n下列药物中，可用于治疗该病的是（单选）：`,
    gold,
    distractors: picked.map((c) => c.drug),
    evidence: {
      gold: { drug: gold, firstLine: entry.group, classes: [...goldClasses], icd: d.code.raw, listed: d.drugs },
      distractors: picked.map((c) => ({ drug: c.drug, class: c.cls })),
    },
  };
}

export const SBA_DRAFTERS: Record<SbaKind, (d: KgProfileDisease, ctx: SbaContext, rand: Rng) => DraftResult> = {
  diagnosis: draftDiagnosis,
  test: draftTest,
  drug: draftDrug,
};
