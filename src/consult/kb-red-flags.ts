// Red flags from the knowledge base's disease pages, so a complaint no hand-written entry names still gets the danger
// signs of the conditions it could be. The pages come from the user's own knowledge base (kb-pages.ts: the SQLite
// file `kb ingest` / `kb pull` built, or a raw knowledge folder); the candidate conditions from the one symptom →
// condition index (knowledge/symptom-conditions.ts, the one retrieval uses); the reasoning — findings → candidates →
// discriminating danger signs → the most informative question — is the case model (case-model.ts). This file builds
// the knowledge once (each sign's own danger: the safety layer's triage of the sign stated as present, and the share
// of severe pages listing it) and words the question.
import { layTermGroups } from '../knowledge/lay-terms.js';
import { buildSymptomConditionIndex, type SymptomPage } from '../knowledge/symptom-conditions.js';
import { readConditionPagesFile } from '../retrieval/condition-pages.js';
import type { Triage } from '../safety/types.js';
import { assessCase, type CaseAssessment, type CaseFindings, type CaseKnowledge, SEVERE } from './case-model.js';
import { fromStoredPage, type KbDisease, readKbDiseases } from './kb-pages.js';
import type { ConsultLang } from './types.js';

export { kgSeverity, type KbDisease, parseDiseaseTable, parseKgDiseases, readKbDiseases } from './kb-pages.js';
export { charsNear, foldPatientZh as normaliseZh } from '../knowledge/symptom-conditions.js';

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
  /** The case model over everything the consultation knows (case-model.ts). */
  assess(f: CaseFindings): CaseAssessment;
  /** The next question of the case model (its best open danger signs), or null when no severe candidate is left. */
  nextQuestion(f: CaseFindings): string | null;
}

const RANK: Record<Triage['level'], number> = { routine: 0, urgent: 0.7, emergency: 1 };
/** Signs no one should be asked about as a red flag (too vague or a page artefact). */
const USABLE_ZH = (s: string) => s.length >= 2 && s.length <= 8 && !/[.…，,。]|伴|并|和|或/.test(s);
const USABLE_EN = (s: string) =>
  s.length >= 4 && s.length <= 40 && !/symptoms of|problems with|abnormal appearing|excessive growth|abus|smoking|pregnan|drug|alcohol/i.test(s);
/** Signs asked in one question. */
const PER_QUESTION = 4;

/** Clinical → lay display words for Chinese signs (发热 → 发烧), from the shared lay-term groups. */
function layOf(): Map<string, string> {
  const m = new Map<string, string>();
  for (const g of layTermGroups()) for (const t of g.slice(1)) if (!m.has(t) && t !== g[0]) m.set(t, g[0]);
  return m;
}

/** Pure: the question for a few danger signs, in the patient's language. */
export function signQuestion(signs: readonly string[], lang: ConsultLang, lay: ReadonlyMap<string, string> = new Map()): string | null {
  if (signs.length === 0) return null;
  if (lang === 'zh') return `有没有${signs.map((s) => (lay.has(s) && lay.get(s) !== s ? `${s}（${lay.get(s)}）` : s)).join('、')}？`;
  const shown = signs.map((s) => s.toLowerCase());
  return `Any ${shown.slice(0, -1).join(', ')}${shown.length > 1 ? ' or ' : ''}${shown[shown.length - 1]}?`;
}

/**
 * Builds the knowledge from disease pages. `triageOf` rates each sign stated as present (once per sign, at build time:
 * a few seconds for the shared knowledge base, so no consultation turn pays for it).
 */
export function buildKbRedFlagIndex(diseases: readonly KbDisease[], triageOf: (text: string, lang: ConsultLang) => Triage): KbRedFlagIndex {
  // English conditions take the severity of the Chinese page with the same Latin name, else the triage of the name.
  const zhByAlias = new Map<string, number>();
  for (const d of diseases) if (d.lang === 'zh') for (const a of d.aliases) zhByAlias.set(a, Math.max(zhByAlias.get(a) ?? 0, d.severity));
  const pages = diseases.map((d, id) => {
    if (d.lang === 'zh') return { ...d, id };
    const kg = d.aliases.map((a) => zhByAlias.get(a)).find((x) => x !== undefined);
    const named = RANK[triageOf(`I have ${d.name}`, 'en').level];
    return { ...d, id, severity: Math.max(d.severity, kg ?? 0, named) };
  });
  const index = buildSymptomConditionIndex(pages.map((p): SymptomPage => ({ id: p.id, name: p.name, lang: p.lang, symptoms: p.symptoms })));
  const byId = new Map(pages.map((p) => [p.id, { ...p, symptoms: index.page(p.id)?.symptoms ?? [] }]));
  const danger = { zh: new Map<string, number>(), en: new Map<string, number>() };
  for (const lang of ['zh', 'en'] as const) {
    const df = new Map<string, number>();
    const severe = new Map<string, number>();
    for (const p of byId.values())
      if (p.lang === lang)
        for (const s of p.symptoms) {
          df.set(s, (df.get(s) ?? 0) + 1);
          if (p.severity >= SEVERE) severe.set(s, (severe.get(s) ?? 0) + 1);
        }
    for (const [s, n] of df) {
      const spelt = index.spelling(s, lang);
      if (!(lang === 'zh' ? USABLE_ZH(spelt) : USABLE_EN(spelt))) continue;
      // The share of severe pages among those listing the sign (smoothed; a sign of three pages or fewer counts only
      // by its triage): 休克, 呕血 are listed mostly by severe conditions, 头晕, 乏力 by every kind.
      const share = n >= 3 ? (severe.get(s) ?? 0) / (n + 2) : 0;
      const triaged = RANK[triageOf(lang === 'zh' ? `我有${spelt}` : `I have ${spelt.toLowerCase()}`, lang).level];
      danger[lang].set(s, Math.max(triaged, share));
    }
  }
  const names = { zh: pages.filter((p) => p.lang === 'zh' && p.name.length >= 2), en: pages.filter((p) => p.lang === 'en' && p.name.length >= 4) };
  const knowledge: CaseKnowledge = {
    index,
    page: (id) => byId.get(id),
    named: (text, lang) => {
      const t = lang === 'zh' ? text : text.toLowerCase();
      return names[lang].filter((p) => t.includes(lang === 'zh' ? p.name : p.name.toLowerCase())).map((p) => p.id);
    },
    danger: (s, lang) => danger[lang].get(s),
  };
  const lay = layOf();
  const assess = (f: CaseFindings) => assessCase(knowledge, f);
  const nextQuestion = (f: CaseFindings) =>
    signQuestion(
      assess(f)
        .signs.slice(0, PER_QUESTION)
        .map((s) => s.sign),
      f.lang,
      lay,
    );
  return {
    size: pages.length,
    assess,
    nextQuestion,
    signsFor(text, lang, o = {}) {
      const a = assess({ lang, text, medicine: o.medicine });
      return { matched: a.said, candidates: a.candidates.slice(0, 8).map((c) => c.name), signs: a.signs.slice(0, 4).map((s) => s.sign) };
    },
    question: (text, lang, o = {}) => nextQuestion({ lang, text, medicine: o.medicine }),
  };
}

/** The index from a raw knowledge folder (disease-kg-zh/, *diseases*.csv), rated by the given triage. */
export function loadKbRedFlags(dir: string, triageOf: (text: string, lang: ConsultLang) => Triage): KbRedFlagIndex {
  return buildKbRedFlagIndex(readKbDiseases(dir), triageOf);
}

/** The index from a built knowledge base (the SQLite file `kb ingest` / `kb pull` wrote), rated by the given triage. */
export function loadKbRedFlagsFromDb(dbPath: string, triageOf: (text: string, lang: ConsultLang) => Triage): KbRedFlagIndex {
  return buildKbRedFlagIndex(readConditionPagesFile(dbPath).map(fromStoredPage), triageOf);
}
