// Real-data knowledge bases shared by the tests, built once per test run by test/global-setup.ts from
// ../shared/data (read in place, never copied into the repo). A test takes its own copy of the SQLite file, so
// tests that write (ingest, remove) never disturb another; outside the global setup the copy is built on the spot.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { Doc } from '../../src/core/types.js';
import { openKnowledgeBase } from '../../src/retrieval/knowledge-base.js';
import { starterDocs } from '../../src/retrieval/starter-pack.js';
import { sharedPath } from './shared-data.js';

export type FixtureKbName = 'cdc' | 'ask' | 'report' | 'starter';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Fixture knowledge bases the global setup built (name → SQLite path); absent when this run needs none. */
    fixtureKbs: Partial<Record<FixtureKbName, string>>;
  }
}

const ASK_MEDQUAD = [
  '4_MPlus_Health_Topics_QA/0000001.xml', // A1C
  '4_MPlus_Health_Topics_QA/0000065.xml', // Asthma
  '4_MPlus_Health_Topics_QA/0000266.xml', // Diabetes
  '4_MPlus_Health_Topics_QA/0000471.xml', // High blood pressure
  '4_MPlus_Health_Topics_QA/0000472.xml',
  '8_NHLBI_QA_XML/0000071.xml',
  '7_SeniorHealth_QA/0000036.xml',
  '4_MPlus_Health_Topics_QA/0000034.xml', // Anemia
  '4_MPlus_Health_Topics_QA/0000733.xml', // Potassium
  '4_MPlus_Health_Topics_QA/0000245.xml', // Creatinine
];
const ASK_KG_DISEASES = ['百日咳', '高血压', '糖尿病', '支气管哮喘', '缺铁性贫血', '肺炎', '冠心病', '心肌梗死'];

/** Conditions lab findings point to, their opposite-direction look-alikes and unrelated distractors (report tests). */
const REPORT_KG_DISEASES = ['贫血', '缺铁性贫血', '高钾血症', '低钾血症', '甲状腺功能减退', '甲状腺功能亢进', '低血糖症', '糖尿病', '高血压', '百日咳'];

/** The named diseases of the Chinese disease KG (wherever they are in its four files), written as one file in `dir`. */
function kgSubset(diseases: string[], dir: string): string {
  mkdirSync(dir, { recursive: true });
  const subset: Record<string, unknown> = {};
  for (let f = 0; f < 4; f++) {
    const all = JSON.parse(readFileSync(sharedPath('kb', 'disease-kg-zh', `medical_${f}.json`), 'utf8')) as Record<string, { gaishu_info?: { name?: string } }>;
    for (const [k, v] of Object.entries(all)) if (diseases.includes(v.gaishu_info?.name ?? '')) subset[`${f}-${k}`] = v;
  }
  const file = join(dir, 'disease-kg-subset.json');
  writeFileSync(file, JSON.stringify(subset));
  return file;
}

/** What each fixture ingests (paths, or the starter pack's documents), staged in `work` when a subset is cut. */
function inputsOf(name: FixtureKbName, work: string): (string | Doc[])[] {
  if (name === 'cdc') return [sharedPath('kb', 'medquad', '9_CDC_QA')];
  if (name === 'starter') return [starterDocs()];
  if (name === 'report') return [kgSubset(REPORT_KG_DISEASES, join(work, 'report-src')), starterDocs()];
  // ask: a MedQuAD subset + the named diseases of the Chinese disease KG.
  const src = join(work, 'ask-src');
  mkdirSync(join(src, 'medquad'), { recursive: true });
  for (const rel of ASK_MEDQUAD) copyFileSync(sharedPath('kb', 'medquad', ...rel.split('/')), join(src, 'medquad', rel.replace('/', '_')));
  kgSubset(ASK_KG_DISEASES, src);
  return [src];
}

/** Build fixture `name` into `dbPath` (closed cleanly, so the file alone is the whole knowledge base). */
export async function buildFixtureKb(name: FixtureKbName, dbPath: string, work: string): Promise<void> {
  const kb = await openKnowledgeBase({ dbPath });
  try {
    for (const input of inputsOf(name, work)) await kb.ingest(input);
  } finally {
    await kb.close();
  }
}

export interface FixtureKbCopy {
  /** A fresh temp folder holding the copy (tests may write more files here). */
  dir: string;
  dbPath: string;
  cleanup(): void;
}

/** A private copy of fixture `name` in a fresh temp folder. */
export async function fixtureKbCopy(name: FixtureKbName): Promise<FixtureKbCopy> {
  const dir = mkdtempSync(join(tmpdir(), `quarkmed-${name}-`));
  const dbPath = join(dir, 'kb.sqlite');
  const built = inject('fixtureKbs')?.[name];
  if (built) copyFileSync(built, dbPath);
  else await buildFixtureKb(name, dbPath, dir);
  return { dir, dbPath, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
