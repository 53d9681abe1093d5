// A small real knowledge base for the ask e2e tests: a MedQuAD subset + a disease-KG subset, ingested into a
// temp dir (the shared data is read, never copied into the repo).
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openKnowledgeBase } from '../../src/retrieval/knowledge-base.js';
import { sharedPath } from '../helpers/shared-data.js';

const MEDQUAD = [
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
const KG_DISEASES = ['百日咳', '高血压', '糖尿病', '支气管哮喘', '缺铁性贫血', '肺炎', '冠心病', '心肌梗死'];

export interface AskFixture {
  dir: string;
  dbPath: string;
  cleanup(): void;
}

export async function buildAskKb(): Promise<AskFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'quarkmed-ask-'));
  const src = join(dir, 'src');
  mkdirSync(join(src, 'medquad'), { recursive: true });
  for (const rel of MEDQUAD) copyFileSync(sharedPath('kb', 'medquad', ...rel.split('/')), join(src, 'medquad', rel.replace('/', '_')));
  // The disease KG is one JSON object per file; keep the named diseases (wherever they are) plus the first few.
  const subset: Record<string, unknown> = {};
  for (let f = 0; f < 4; f++) {
    const all = JSON.parse(readFileSync(sharedPath('kb', 'disease-kg-zh', `medical_${f}.json`), 'utf8')) as Record<string, { gaishu_info?: { name?: string } }>;
    for (const [k, v] of Object.entries(all)) if (KG_DISEASES.includes(v.gaishu_info?.name ?? '')) subset[`${f}-${k}`] = v;
  }
  writeFileSync(join(src, 'disease-kg-subset.json'), JSON.stringify(subset));
  const dbPath = join(dir, 'kb.sqlite');
  const kb = await openKnowledgeBase({ dbPath });
  await kb.ingest(src);
  await kb.close();
  return { dir, dbPath, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
