// The disease pages the consultation's case model reasons over, from wherever the user keeps their knowledge: the
// SQLite knowledge base they built (`kb ingest` / `kb pull`, read through retrieval/condition-pages.ts) or a raw
// knowledge folder (`disease-kg-zh/*.json`, a `*diseases*.csv` table). Each page carries what the case model needs:
// its listed symptoms, how serious the condition is by its own page (department, complications, a stated death rate),
// whether a medicine causes it, and who it can be about (only women, only men, children).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { kbErrors } from '../knowledge/errors.js';
import { parseListCell } from '../knowledge/loaders/csv.js';
import { diseaseKgFiles } from '../knowledge/loaders/disease-kg-files.js';
import { latinAliases, parseDiseaseRecords } from '../knowledge/loaders/disease-kg.js';
import type { ConditionPageFacts } from '../retrieval/condition-pages.js';
import type { ConsultLang } from './types.js';

/** One disease page reduced to what the case model needs. */
export interface KbDisease {
  name: string;
  lang: ConsultLang;
  symptoms: string[];
  /** 0–1: how dangerous the condition is by its own page (department, complications, stated death rate). */
  severity: number;
  /** Other names (the Latin names a Chinese page gives in parentheses), lower-case. */
  aliases: string[];
  /** The page says a medicine causes the condition (药物性…, drug-induced, a drug reaction). */
  drugInduced?: boolean;
  /** Who the page can be about, by its department or name: only women, only men; `child` for children's pages. */
  sex?: 'female' | 'male';
  child?: boolean;
}

const SEVERE_DEPARTMENT = /急诊|重症|ICU|急救/i;
const SEVERE_COMPLICATION = /休克|昏迷|衰竭|窒息|败血症|脓毒|猝死|大出血|穿孔|弥散性血管内凝血|DIC|脑疝|心脏骤停|呼吸骤停|破裂/;
const SEVERE_DESC = /病死率|死亡率|危及生命|致死|猝死|急症|危重|急危|死亡/;

/** A page naming a medicine as the cause: 药物性/药源性 conditions, 药疹, "drug reaction", "drug-induced", "due to … medication". */
const DRUG_CAUSED =
  /药物性|药源性|药疹|药物(?:所致|引起|诱发|过敏)|(?:服|用)药(?:后|引起)|drug[- ](?:reaction|induced|allergy)|adverse (?:drug|reaction)|due to (?:a )?(?:drug|medication)/i;

/** Only women / only men / children, by department or the condition's name. */
const FEMALE =
  /妇科|产科|妊娠|孕|产后|产褥|卵巢|子宫|阴道|宫颈|月经|痛经|闭经|盆腔炎|外阴|\b(?:pregnan\w*|uter\w*|ovar\w*|vagin\w*|cervi\w*|menstru\w*|endometri\w*|vulv\w*|postpartum|placent\w*)\b/i;
const MALE = /男科|前列腺|睾丸|阴茎|阴囊|精索|包皮|早泄|阳痿|\b(?:prostat\w*|testic\w*|scrot\w*|penile|penis|erectile|epididym\w*|varicocele)\b/i;
const CHILD = /儿科|小儿|新生儿|婴儿|婴幼儿|儿童|\b(?:neonatal|infant\w*|childhood|pediatric|paediatric)\b/i;

/** Pure: how severe a Chinese disease-KG page says its condition is (0.2 nothing said … 1 emergency department). */
export function kgSeverity(departments: readonly string[], complications: readonly string[], desc: string): number {
  if (departments.some((d) => SEVERE_DEPARTMENT.test(d))) return 1;
  let s = 0.2;
  if (complications.some((c) => SEVERE_COMPLICATION.test(c))) s += 0.4;
  if (SEVERE_DESC.test(desc)) s += 0.3;
  return Math.min(1, s);
}

/** English descriptions: an emergency or a deadly course, and the serious complications a description names. */
const EN_SEVERE_DESC = /medical emergency|life[- ]threatening|\bfatal\b|\bdeadly\b|\bdeath\b|\bdie\b|\bdies\b|emergency (?:care|treatment|surgery)/i;
const EN_SEVERE_COMPLICATION =
  /\bshock\b|organ failure|(?:respiratory|heart|kidney|renal|liver) failure|\bcoma\b|sepsis|h(?:a)?emorrhag\w*|ruptur\w*|cardiac arrest|perforat\w*|loss of brain function/i;

/** Pure: how severe an English description says its condition is (0.2 nothing said; an emergency or a deadly course
 *  +0.4; a serious complication named +0.4). */
export function describedSeverity(desc: string): number {
  let s = 0.2;
  if (EN_SEVERE_DESC.test(desc)) s += 0.4;
  if (EN_SEVERE_COMPLICATION.test(desc)) s += 0.4;
  return Math.min(1, s);
}

/** Pure: who a page can be about, from its departments and name. */
export function pageFit(name: string, departments: readonly string[]): Pick<KbDisease, 'sex' | 'child'> {
  const where = `${departments.join(' ')} ${name}`;
  const female = FEMALE.test(where);
  const male = MALE.test(where);
  return { ...(female !== male ? { sex: female ? ('female' as const) : ('male' as const) } : {}), ...(CHILD.test(where) ? { child: true } : {}) };
}

/** Pure: one page of a built knowledge base (retrieval/condition-pages.ts) → a case-model page. */
export function fromStoredPage(p: ConditionPageFacts): KbDisease {
  const lang: ConsultLang = p.lang === 'zh' ? 'zh' : 'en';
  const drugInduced = DRUG_CAUSED.test(p.name) || DRUG_CAUSED.test(p.overview.slice(0, 200));
  return {
    name: p.name,
    lang,
    symptoms: [...p.symptoms],
    severity: lang === 'zh' ? kgSeverity(p.departments, p.complications, p.overview) : describedSeverity(p.overview),
    aliases: (p.aliases.length ? p.aliases : lang === 'en' ? [p.name] : []).map((a) => a.toLowerCase()),
    drugInduced,
    ...pageFit(p.name, p.departments),
  };
}

/** Pure: the Chinese disease knowledge graph's JSON (one file) → disease pages, through the KB loader's own record
 *  schema (knowledge/loaders/disease-kg.ts). Bad JSON or a bad record is a typed error naming the file. */
export function parseKgDiseases(json: string, file: string): KbDisease[] {
  return parseDiseaseRecords(json, file).map(([, r]) => {
    const g = r.gaishu_info;
    const name = g.name.trim();
    const desc = g.desc;
    return {
      name,
      lang: 'zh' as const,
      symptoms: r.symptom_data.symptoms.map((x) => x.trim()).filter(Boolean),
      severity: kgSeverity(g.belongs_to_department, g.has_complication, desc),
      aliases: latinAliases(name, desc).map((a) => a.toLowerCase()),
      drugInduced: DRUG_CAUSED.test(name) || DRUG_CAUSED.test(`${desc.slice(0, 200)}${r.cause_info.slice(0, 400)}`),
      ...pageFit(name, g.belongs_to_department),
    };
  });
}

/** Pure: an English disease table (CSV with a disease column and a Python-list symptom column) → disease pages. */
export function parseDiseaseTable(text: string, file: string): KbDisease[] {
  let rows: Record<string, string>[];
  try {
    rows = parse(text, { columns: true, skip_empty_lines: true, relax_column_count: true, relax_quotes: true, bom: true }) as Record<string, string>[];
  } catch (err) {
    throw kbErrors.KB_FILE_INVALID({ file, reason: `bad CSV: ${(err as Error).message}` });
  }
  const col = (row: Record<string, string>, re: RegExp) => Object.keys(row).find((k) => re.test(k));
  const out: KbDisease[] = [];
  for (const row of rows) {
    const nameCol = col(row, /^(?:disease|name|condition)$/i);
    const symCol = col(row, /^symptoms?$/i);
    if (!nameCol || !symCol) throw kbErrors.KB_FILE_INVALID({ file, reason: 'needs a disease (or name) column and a symptom column' });
    const name = row[nameCol]?.trim();
    const symptoms = parseListCell(row[symCol] ?? '') ?? [];
    // The table's own description (its reason column) says how serious the condition is; the KG's page with the same
    // Latin name and the triage of the name may raise it (kb-red-flags.ts).
    const reason = row[col(row, /^(?:reason|description|cause)s?$/i) ?? ''] ?? '';
    if (name)
      out.push({
        name,
        lang: 'en',
        symptoms,
        severity: describedSeverity(reason),
        aliases: [name.toLowerCase()],
        drugInduced: DRUG_CAUSED.test(name),
        ...pageFit(name, []),
      });
  }
  return out;
}

/** Reads every disease page under a knowledge folder: `disease-kg-zh/*.json` and `chatdoctor-diseases.csv` (or any
 *  `*diseases*.csv`). A folder with neither is a typed error naming it. */
export function readKbDiseases(dir: string): KbDisease[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    throw kbErrors.KB_PATH_NOT_FOUND({ path: dir });
  }
  const out: KbDisease[] = [];
  for (const n of names) {
    const p = join(dir, n);
    if (/disease-kg/i.test(n) && statSync(p).isDirectory()) {
      for (const f of diseaseKgFiles(p)) out.push(...parseKgDiseases(readFileSync(f, 'utf8'), f));
    } else if (/diseases?.*\.csv$/i.test(n)) out.push(...parseDiseaseTable(readFileSync(p, 'utf8'), p));
  }
  if (out.length === 0) throw kbErrors.KB_FILE_INVALID({ file: dir, reason: 'no disease pages (disease-kg-zh/*.json or a *diseases*.csv) found' });
  return out;
}
