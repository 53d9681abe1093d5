// The disease knowledge graph read once as a profile for building single-best-answer items: per disease its
// ICD-10 code and chapter (through the clinical edition), its clinic departments, cleaned findings, specific
// tests and drugs; and the inverse maps (which diseases list a finding, a test). Distractors are chosen from
// this profile so that the knowledge base itself says they are wrong (another chapter and clinic, no shared
// finding / no user of the test in the gold's chapter / no indication in the gold's chapter).
import { chapterOf, MULTI_SYSTEM_CHAPTERS, type IcdChapter } from '../../../knowledge/icd-chapters.js';
import { parseIcdCode, type Icd10Index, type IcdCode, type NameMatchVia } from '../../../knowledge/icd10.js';
import { normTerm } from '../../../knowledge/term-text.js';
import { classifyTestEntry, isOffSiteImaging, isRoutinePanel } from '../quality/kg-tests.js';
import { readKgDiseases, type KgEntry } from './disease-kg-read.js';
import { cleanSymptoms } from './kg-presentation.js';

export interface KgProfileDisease {
  name: string;
  code: IcdCode;
  /** The clinical edition's name for the code. */
  icdName: string;
  via: NameMatchVia;
  chapter: IcdChapter;
  /** Clinic departments below the top level (呼吸内科), else the top level (内科). */
  clinics: string[];
  /** Cleaned findings (no cut-off entries, none naming the disease itself). */
  findings: string[];
  /** How many findings the graph lists for the disease, as written (the source lists at most 10). */
  listedFindings: number;
  /** Specific tests: no non-tests, category words, routine panels or imaging of an unrelated region. */
  tests: string[];
  /** Every test the graph lists as a test (routine panels such as ECG and urinalysis included; off-region imaging not). */
  listedTests: string[];
  /** The graph's drug list as written (product names). */
  drugs: string[];
  /**
   * The graph's cause text names bacteria and does not open by calling the cause unknown (蚕蚀性角膜溃疡: "确切的
   * 病因不明 … 感染说"), so an antibacterial can be a treatment rather than a listing.
   */
  bacterialCause: boolean;
}

/** Bacteria named in a cause text (细菌, 链球菌, 大肠杆菌, 化脓 …). */
const BACTERIAL_CAUSE_RE = /(细菌|球菌|杆菌|化脓|螺旋体|支原体|衣原体|立克次体)/u;
const UNKNOWN_CAUSE_RE = /(病因|原因)(尚|至今|目前)?(不明|未明|不清|未完全明确)/u;

function namesBacterialCause(cause: string): boolean {
  const opening = cause.slice(0, 60);
  if (!BACTERIAL_CAUSE_RE.test(cause) || UNKNOWN_CAUSE_RE.test(opening)) return false;
  // Mostly viral (acute bronchitis: "多由病毒感染引起，少数为细菌"): viruses named at least as often as bacteria.
  const count = (re: RegExp) => (cause.match(re) ?? []).length;
  return count(new RegExp(BACTERIAL_CAUSE_RE.source, 'gu')) > count(/病毒/gu);
}

export interface KgProfile {
  diseases: readonly KgProfileDisease[];
  get(name: string): KgProfileDisease | undefined;
  /** Diseases (mapped ones) whose findings list this finding. */
  findingUsers(finding: string): readonly KgProfileDisease[];
  /** Diseases (mapped ones) whose specific tests include this test (compared normalised). */
  testUsers(test: string): readonly KgProfileDisease[];
  /** Every specific test name of the graph (first spelling seen). */
  testNames(): readonly string[];
  /** Diseases whose drug list is the same set as this one's (a site's product listing when large). */
  drugListShare(name: string): number;
  /**
   * The organ-system chapters a disease belongs to: its own chapter when that is an organ chapter, plus the main
   * organ chapter of each of its clinics (the chapter most of the clinic's diseases sit in), so a maxillary-sinus
   * cancer (neoplasm chapter, ENT clinic) counts as ENT.
   */
  systemsOf(d: KgProfileDisease): ReadonlySet<string>;
  /** Content character bigrams of a disease's findings (bigrams common to many diseases' findings left out). */
  findingBigrams(d: KgProfileDisease): ReadonlySet<string>;
}

/** Bigrams of a text (CJK and letters; punctuation dropped). */
export function bigrams(text: string): string[] {
  const t = normTerm(text).replace(/[^\p{L}\p{N}]/gu, '');
  const out: string[] = [];
  for (let i = 0; i + 2 <= t.length; i++) out.push(t.slice(i, i + 2));
  return out;
}

/** A findings bigram shared by more than this share of diseases is generic (疼痛, 异常, 发热). */
export const COMMON_BIGRAM_SHARE = 0.05;

/** Clinics of a disease: the most specific department level the graph records. */
function clinicsOf(depts: readonly string[] | undefined): string[] {
  const list = (depts ?? []).map((d) => d.trim()).filter(Boolean);
  return list.length > 1 ? list.slice(1) : list;
}

export function createKgProfile(entries: Iterable<KgEntry>, icd: Icd10Index): KgProfile {
  const diseases: KgProfileDisease[] = [];
  const byName = new Map<string, KgProfileDisease>();
  const byFinding = new Map<string, KgProfileDisease[]>();
  const byTest = new Map<string, KgProfileDisease[]>();
  const testSpelling = new Map<string, string>();
  const drugLists = new Map<string, number>();
  const drugKeyOf = new Map<string, string>();
  for (const { disease: d } of entries) {
    const name = d.gaishu_info?.name?.trim();
    if (!name || byName.has(name)) continue;
    const hit = icd.resolveName(name);
    const code = hit ? parseIcdCode(hit.entry.code.raw) : null;
    const chapter = code ? chapterOf(code) : undefined;
    if (!hit || !code || !chapter) continue;
    const findings = cleanSymptoms(d.symptom_data?.symptoms).symptoms.filter((s) => s.length >= 2 && !s.includes(name) && !name.includes(s));
    const listedTests = [...new Set((d.inspect_info ?? []).map((t) => t?.trim()).filter((t): t is string => !!t))].filter(
      (t) => classifyTestEntry(t) === 'test' && !isOffSiteImaging(t, code),
    );
    const tests = listedTests.filter((t) => !isRoutinePanel(t));
    const drugs = [...new Set((d.gaishu_info?.common_drug ?? []).map((x) => x?.trim()).filter((x): x is string => !!x))];
    const p: KgProfileDisease = {
      name,
      code,
      icdName: hit.entry.name,
      via: hit.via,
      chapter,
      clinics: clinicsOf(d.gaishu_info?.belongs_to_department),
      findings,
      listedFindings: (d.symptom_data?.symptoms ?? []).length,
      tests,
      listedTests,
      drugs,
      bacterialCause: namesBacterialCause(d.cause_info ?? ''),
    };
    diseases.push(p);
    byName.set(name, p);
    for (const f of findings) {
      const l = byFinding.get(f) ?? [];
      l.push(p);
      byFinding.set(f, l);
    }
    for (const t of tests) {
      const k = normTerm(t);
      if (!testSpelling.has(k)) testSpelling.set(k, t);
      const l = byTest.get(k) ?? [];
      l.push(p);
      byTest.set(k, l);
    }
    const key = [...drugs].sort().join('|');
    drugKeyOf.set(name, key);
    if (drugs.length) drugLists.set(key, (drugLists.get(key) ?? 0) + 1);
  }
  // Each clinic's main organ chapter, from the diseases filed under it.
  const clinicChapters = new Map<string, Map<string, number>>();
  for (const d of diseases) {
    if (MULTI_SYSTEM_CHAPTERS.has(d.chapter.id)) continue;
    for (const c of d.clinics) {
      const m = clinicChapters.get(c) ?? new Map<string, number>();
      m.set(d.chapter.id, (m.get(d.chapter.id) ?? 0) + 1);
      clinicChapters.set(c, m);
    }
  }
  const clinicMain = new Map<string, string>();
  for (const [c, m] of clinicChapters) clinicMain.set(c, [...m].sort((a, b) => b[1] - a[1])[0][0]);
  const systems = new Map<string, Set<string>>();
  const bigramDf = new Map<string, number>();
  const diseaseBigrams = new Map<string, Set<string>>();
  for (const d of diseases) {
    const s = new Set<string>();
    if (!MULTI_SYSTEM_CHAPTERS.has(d.chapter.id)) s.add(d.chapter.id);
    for (const c of d.clinics) {
      const main = clinicMain.get(c);
      if (main) s.add(main);
    }
    systems.set(d.name, s);
    const b = new Set(d.findings.flatMap(bigrams));
    diseaseBigrams.set(d.name, b);
    for (const x of b) bigramDf.set(x, (bigramDf.get(x) ?? 0) + 1);
  }
  const maxDf = Math.max(2, Math.round(diseases.length * COMMON_BIGRAM_SHARE));
  return {
    diseases,
    get: (name) => byName.get(name),
    systemsOf: (d) => systems.get(d.name) ?? new Set(),
    findingBigrams: (d) => new Set([...(diseaseBigrams.get(d.name) ?? [])].filter((x) => (bigramDf.get(x) ?? 0) <= maxDf)),
    findingUsers: (f) => byFinding.get(f) ?? [],
    testUsers: (t) => byTest.get(normTerm(t)) ?? [],
    testNames: () => [...testSpelling.values()],
    drugListShare: (name) => drugLists.get(drugKeyOf.get(name) ?? '') ?? 0,
  };
}

/** The profile of a disease-KG file or folder. */
export function loadKgProfile(path: string, icd: Icd10Index): KgProfile {
  return createKgProfile(readKgDiseases(path), icd);
}
