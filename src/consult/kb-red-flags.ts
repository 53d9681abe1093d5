// Red flags from the knowledge base's disease pages, so a complaint no hand-written entry names still gets the danger
// signs of the conditions it could be: the complaint's symptoms → candidate conditions (diseases whose page lists
// them, weighted by how specific each symptom is) → the signs of the dangerous candidates that the patient has not
// mentioned → one yes/no question. A sign is dangerous by two independent judgements: the safety layer's triage of
// the sign stated as present ("我有呕血"), and the share of the knowledge base's severe conditions among the pages that
// list it (a page is severe when its department is emergency care, or its complications or description name organ
// failure, shock, coma or a high death rate). Built once from the pages; every lookup is a few string scans.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { layTermGroups } from '../knowledge/lay-terms.js';
import { kbErrors } from '../knowledge/errors.js';
import { parseListCell } from '../knowledge/loaders/csv.js';
import { latinAliases, parseDiseaseRecords } from '../knowledge/loaders/disease-kg.js';
import type { Triage } from '../safety/types.js';
import type { ConsultLang } from './types.js';
import { EN_SYMPTOM_STOP, enSymptomWord, enSymptomWords } from '../knowledge/symptom-words.js';

/** One disease page reduced to what the red flags need. */
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
}

/** The danger signs chosen for one complaint, with the conditions they came from (for tests and explanations). */
export interface KbSigns {
  matched: string[];
  candidates: string[];
  signs: string[];
}

export interface KbLookup {
  /** The patient takes or just took a medicine: conditions a medicine causes are likelier candidates (side effects). */
  medicine?: boolean;
}

export interface KbRedFlagIndex {
  readonly size: number;
  signsFor(text: string, lang: ConsultLang, o?: KbLookup): KbSigns;
  /** One yes/no question about the case's top danger signs, or null when the pages know nothing of the complaint. */
  question(text: string, lang: ConsultLang, o?: KbLookup): string | null;
}

const SEVERE_DEPARTMENT = /急诊|重症|ICU|急救/i;
const SEVERE_COMPLICATION = /休克|昏迷|衰竭|窒息|败血症|脓毒|猝死|大出血|穿孔|弥散性血管内凝血|DIC|脑疝|心脏骤停|呼吸骤停|破裂/;
const SEVERE_DESC = /病死率|死亡率|危及生命|致死|猝死|急症|危重|急危|死亡/;

/** A page naming a medicine as the cause: 药物性/药源性 conditions, 药疹, "drug reaction", "drug-induced", "due to … medication". */
const DRUG_CAUSED =
  /药物性|药源性|药疹|药物(?:所致|引起|诱发|过敏)|(?:服|用)药(?:后|引起)|drug[- ](?:reaction|induced|allergy)|adverse (?:drug|reaction)|due to (?:a )?(?:drug|medication)/i;

/** Pure: how severe a Chinese disease-KG page says its condition is (0.2 nothing said … 1 emergency department). */
export function kgSeverity(departments: readonly string[], complications: readonly string[], desc: string): number {
  if (departments.some((d) => SEVERE_DEPARTMENT.test(d))) return 1;
  let s = 0.2;
  if (complications.some((c) => SEVERE_COMPLICATION.test(c))) s += 0.4;
  if (SEVERE_DESC.test(desc)) s += 0.3;
  return Math.min(1, s);
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
    // The table says nothing about severity: the triage of the condition's name and the KG's pages decide (below).
    if (name) out.push({ name, lang: 'en', symptoms, severity: 0.2, aliases: [name.toLowerCase()], drugInduced: DRUG_CAUSED.test(name) });
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
    if (/disease-kg/i.test(n) && statSync(p).isDirectory())
      for (const f of readdirSync(p)
        .filter((x) => x.endsWith('.json'))
        .sort())
        out.push(...parseKgDiseases(readFileSync(join(p, f), 'utf8'), join(p, f)));
    else if (/diseases?.*\.csv$/i.test(n)) out.push(...parseDiseaseTable(readFileSync(p, 'utf8'), p));
  }
  if (out.length === 0) throw kbErrors.KB_FILE_INVALID({ file: dir, reason: 'no disease pages (disease-kg-zh/*.json or a *diseases*.csv) found' });
  return out;
}

/** A symptom phrase as groups of alternatives, each group needed: "Neck lump or mass" → [neck] [mass], "Foot or toe
 *  swelling" → [foot|toe] [swell]. */
function enGroups(phrase: string): string[][] {
  const groups: string[][] = [];
  let or = false;
  for (const raw of phrase.toLowerCase().match(/[a-z]+/g) ?? []) {
    if (raw === 'or') {
      or = groups.length > 0;
      continue;
    }
    if (EN_SYMPTOM_STOP.has(raw)) continue;
    const w = enSymptomWord(raw);
    if (or) groups[groups.length - 1].push(w);
    else groups.push([w]);
    or = false;
  }
  return groups;
}

// ---- Chinese: everyday words folded to the characters the pages use, then a sign's characters read close together ----
const ZH_FOLD: [RegExp, string][] = [
  [/疼/g, '痛'],
  [/小便|尿尿|撒尿|解小便/g, '尿'],
  [/大便|拉屎|粪便/g, '便'],
  [/脖子/g, '颈'],
  [/嗓子|喉咙/g, '咽'],
  [/肚子/g, '腹'],
  [/拉肚子|拉稀/g, '腹泻'],
  [/疙瘩|包块|鼓包|硬块|(?:一|个)包/g, '肿块'],
  [/出汗|冒汗|流汗/g, '汗'],
  [/发烧/g, '发热'],
  [/淤青|青紫/g, '瘀斑'],
  [/(?:红)?疹子|起疹/g, '皮疹'],
  [/(?<![颤发])抖/g, '震颤'],
];
export const normaliseZh = (t: string): string => ZH_FOLD.reduce((x, [re, to]) => x.replace(re, to), t);

/** Pure: are all of a short sign's characters in the text within a few characters of each other (血精 in 精液里有血丝,
 *  颈肿块 in 颈上摸到肿块)? Two-character signs allow a gap of up to 4 characters between them, either order. */
export function charsNear(text: string, sign: string): boolean {
  const chars = [...sign];
  const first = chars[0];
  if (!text.includes(first) || chars.some((c) => !text.includes(c))) return false;
  const span = chars.length === 2 ? 6 : chars.length + 4;
  for (let i = 0; i < text.length; i++) {
    if (!chars.includes(text[i])) continue;
    const win = text.slice(i, i + span);
    if (chars.every((c) => win.includes(c))) return true;
  }
  return false;
}

/** Clinical → lay display words for Chinese signs (发热 → 发烧), from the shared lay-term groups. */
function layOf(): Map<string, string> {
  const m = new Map<string, string>();
  for (const g of layTermGroups()) for (const t of g.slice(1)) if (!m.has(t) && t !== g[0]) m.set(t, g[0]);
  return m;
}

const RANK: Record<Triage['level'], number> = { routine: 0, urgent: 0.7, emergency: 1 };
/** Signs no one should be asked about as a red flag (too vague or a page artefact). */
const USABLE_ZH = (s: string) => s.length >= 2 && s.length <= 8 && !/[.…，,。]|伴|并|和|或/.test(s);
const USABLE_EN = (s: string) =>
  s.length >= 4 && s.length <= 40 && !/symptoms of|problems with|abnormal appearing|excessive growth|abus|smoking|pregnan|drug|alcohol/i.test(s);
/** Conditions caused by an exposure (poisoning, overdose) are candidates only when the message names an exposure. */
const EXPOSURE = { zh: /中毒|过量/, en: /poison|overdose|toxic/i };
const EXPOSURE_SAID = { zh: /中毒|过量|误服|吃了|喝了|吸入|接触/, en: /poison|overdose|swallow|took|ingest|inhal|fumes|exposed/i };

/**
 * Builds the index from disease pages. `triageOf` rates each sign stated as present (once per sign, at build time:
 * about 2 s for the 4,000 signs of the shared knowledge base, so no consultation turn pays for it).
 */
export function buildKbRedFlagIndex(diseases: readonly KbDisease[], triageOf: (text: string, lang: ConsultLang) => Triage): KbRedFlagIndex {
  // English conditions take the severity of the Chinese page with the same Latin name, else the triage of the name.
  const zhByAlias = new Map<string, number>();
  for (const d of diseases) if (d.lang === 'zh') for (const a of d.aliases) zhByAlias.set(a, Math.max(zhByAlias.get(a) ?? 0, d.severity));
  const pages = diseases.map((d) => {
    if (d.lang === 'zh') return d;
    const kg = d.aliases.map((a) => zhByAlias.get(a)).find((x) => x !== undefined);
    const named = RANK[triageOf(`I have ${d.name}`, 'en').level];
    return { ...d, severity: Math.max(d.severity, kg ?? 0, named) };
  });
  const byLang = { zh: pages.filter((d) => d.lang === 'zh'), en: pages.filter((d) => d.lang === 'en') };
  const lay = layOf();
  const idx = (lang: ConsultLang) => {
    const list = byLang[lang];
    const df = new Map<string, number>();
    const severe = new Map<string, number>();
    for (const d of list)
      for (const s of new Set(d.symptoms)) {
        df.set(s, (df.get(s) ?? 0) + 1);
        if (d.severity >= 0.6) severe.set(s, (severe.get(s) ?? 0) + 1);
      }
    const danger = new Map<string, number>();
    for (const [s, n] of df) {
      if (!(lang === 'zh' ? USABLE_ZH(s) : USABLE_EN(s))) continue;
      // The share of severe pages among those listing the sign (smoothed; a sign of three pages or fewer counts only
      // by its triage): 休克, 呕血 are listed mostly by severe conditions, 头晕, 乏力 by every kind.
      const share = n >= 3 ? (severe.get(s) ?? 0) / (n + 2) : 0;
      const triaged = RANK[triageOf(lang === 'zh' ? `我有${s}` : `I have ${s.toLowerCase()}`, lang).level];
      danger.set(s, Math.max(triaged, share));
    }
    // Chinese lay words that stand for a page's symptom (头疼 → 头痛), so an everyday complaint finds its pages.
    const layToSym = new Map<string, string[]>();
    if (lang === 'zh')
      for (const g of layTermGroups()) {
        const syms = g.filter((t) => df.has(t));
        if (syms.length) for (const t of g) if (/[\u4e00-\u9fff]/.test(t)) layToSym.set(t, syms);
      }
    const pagesOf = new Map<string, KbDisease[]>();
    for (const d of list) for (const s of new Set(d.symptoms)) pagesOf.set(s, [...(pagesOf.get(s) ?? []), d]);
    // A phrase reduced to a generic word alone ("ache all over", "skin pain" → pain) would match every complaint.
    const GENERIC = new Set(['pain', 'swell', 'itch', 'fever', 'fatigue']);
    const enKeys =
      lang === 'en'
        ? [...df.keys()]
            .map((s) => ({ s, words: [...new Set(enSymptomWords(s))], groups: enGroups(s) }))
            .filter((x) => x.groups.length > 0 && !(x.words.length === 1 && GENERIC.has(x.words[0]) && /\s/.test(x.s)))
        : [];
    return { list, df, danger, layToSym, enKeys, pagesOf, n: list.length };
  };
  const zh = idx('zh');
  const en = idx('en');

  function matchSymptoms(text: string, lang: ConsultLang): string[] {
    const ix = lang === 'zh' ? zh : en;
    if (lang === 'zh') {
      const found = new Set<string>();
      const plain = normaliseZh(text);
      for (const s of ix.df.keys()) if (s.length >= 2 && (text.includes(s) || (s.length <= 6 && charsNear(plain, normaliseZh(s))))) found.add(s);
      for (const [t, syms] of ix.layToSym) if (t.length >= 2 && text.includes(t)) for (const s of syms) found.add(s);
      // Keep the longest: "反复呕血" rather than also "呕血".
      return [...found].filter((s) => ![...found].some((o) => o !== s && o.includes(s) && text.includes(o)));
    }
    const words = new Set(enSymptomWords(text));
    return ix.enKeys.filter((k) => k.groups.every((g) => g.some((w) => words.has(w)))).map((k) => k.s);
  }

  function signsFor(text: string, lang: ConsultLang, o: KbLookup = {}): KbSigns {
    const ix = lang === 'zh' ? zh : en;
    const matched = matchSymptoms(text, lang);
    const lower = text.toLowerCase();
    const named = ix.list.filter((d) => d.name.length >= 2 && (lang === 'zh' ? text.includes(d.name) : lower.includes(d.name.toLowerCase())));
    if (matched.length === 0 && named.length === 0) return { matched, candidates: [], signs: [] };
    const exposed = EXPOSURE_SAID[lang].test(text);
    // Candidate conditions: the pages listing the complaint's symptoms, each symptom weighted by how specific it is.
    const weight = new Map<KbDisease, number>();
    for (const s of matched) {
      const w = Math.log((ix.n + 1) / ((ix.df.get(s) ?? 0) + 1));
      for (const d of ix.pagesOf.get(s) ?? []) weight.set(d, (weight.get(d) ?? 0) + w);
    }
    for (const d of named) weight.set(d, (weight.get(d) ?? 0) + 10);
    // A symptom after starting a medicine: the conditions a medicine causes come first among those that fit.
    if (o.medicine) for (const [d, w] of weight) if (d.drugInduced) weight.set(d, w * 3);
    const scored = [...weight.entries()]
      .filter(([d]) => exposed || !EXPOSURE[lang].test(d.name))
      .map(([d, w]) => ({ d, w }))
      .sort((a, b) => b.w - a.w || b.d.severity - a.d.severity)
      .slice(0, 30);
    const said = (s: string) =>
      lang === 'zh' ? text.includes(s) || matched.some((m) => m.includes(s) || s.includes(m)) : matched.includes(s) || lower.includes(s.toLowerCase());
    const score = new Map<string, number>();
    for (const { d, w } of scored)
      for (const s of new Set(d.symptoms)) {
        const danger = ix.danger.get(s);
        if (danger === undefined || said(s)) continue;
        // Soft: a dangerous sign of a likely severe condition first, but a complaint whose candidates are all mild
        // still gets the signs that separate its worse candidates.
        score.set(s, (score.get(s) ?? 0) + w * d.severity * (0.1 + danger));
      }
    const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]).map(([s]) => s);
    const signs: string[] = [];
    for (const s of ranked) {
      if (signs.length >= 4) break;
      // Distinct signs: not one inside another (呕血 / 反复呕血), nor the same kind at another site (ankle / wrist swelling).
      const head = (x: string) => enSymptomWords(x).at(-1);
      if (signs.some((o) => (lang === 'zh' ? o.includes(s) || s.includes(o) : head(o) === head(s)))) continue;
      signs.push(s);
    }
    return { matched, candidates: scored.slice(0, 8).map((x) => x.d.name), signs };
  }

  return {
    size: pages.length,
    signsFor,
    question(text, lang, o) {
      const { signs } = signsFor(text, lang, o);
      if (signs.length === 0) return null;
      if (lang === 'zh') {
        const shown = signs.map((s) => (lay.has(s) && lay.get(s) !== s ? `${s}（${lay.get(s)}）` : s));
        return `有没有${shown.join('、')}？`;
      }
      const shown = signs.map((s) => s.toLowerCase());
      return `Any ${shown.slice(0, -1).join(', ')}${shown.length > 1 ? ' or ' : ''}${shown[shown.length - 1]}?`;
    },
  };
}

/** The index from a knowledge folder, rated by the given triage (see `buildKbRedFlagIndex`). */
export function loadKbRedFlags(dir: string, triageOf: (text: string, lang: ConsultLang) => Triage): KbRedFlagIndex {
  return buildKbRedFlagIndex(readKbDiseases(dir), triageOf);
}
