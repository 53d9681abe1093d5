// Symptom → condition index built from the knowledge base's own disease pages (the Chinese disease KG's symptom
// field, the English disease table's symptom column): a question that names no condition ("口渴、尿多、人还瘦了",
// "barking cough and hoarse at night") is matched against every page's symptom list, and the pages whose listed
// symptoms it says — each weighted by how specific the symptom is across pages (inverse page frequency) — are its
// candidate conditions. One home for retrieval (which page a symptom-only question is about) and consultation
// (candidate conditions → their danger signs). Pure: pages in, index out; every lookup is string scans.
import type { Lang } from '../core/types.js';
import { layTermGroups } from './lay-terms.js';
import { EN_SYMPTOM_STOP, enSymptomWord, enSymptomWords } from './symptom-words.js';

/** One disease page reduced to its name and listed symptoms. `id` is the caller's key (a document rid, a row …). */
export interface SymptomPage {
  id: number;
  name: string;
  lang: Lang;
  symptoms: readonly string[];
}

export interface ConditionCandidate {
  id: number;
  name: string;
  /** Sum of the matched symptoms' specificity (log inverse page frequency), scaled down a little for long lists. */
  score: number;
  /** The page's symptoms the text says (as the page lists them). */
  matched: string[];
}

/** How to read a text against the listed symptoms. */
export interface SymptomReading {
  /**
   * A patient's own words (the consultation): Chinese everyday words folded to the pages' characters (小便 → 尿,
   * 脖子 → 颈, 疙瘩 → 肿块), a short symptom's characters read a few characters apart (血精 in 精液里有血丝); English
   * phrases by their groups of alternatives ("Foot or toe swelling" is said by "my toe is swollen"). Default: the
   * exact reading retrieval uses.
   */
  patient?: boolean;
}

/** A page as the index holds it: usable symptoms only, Chinese spellings normalised (头疼 → 头痛). */
export interface IndexedPage extends SymptomPage {
  symptoms: string[];
}

export interface SymptomConditionIndex {
  readonly size: number;
  /** The listed symptoms a text says (longest first; one inside another counts once). */
  symptomsIn(text: string, lang: Lang, o?: SymptomReading): string[];
  /** Candidate conditions, best first (at most `limit`, default 10); empty when the text says no listed symptom. */
  candidates(text: string, lang: Lang, limit?: number, o?: SymptomReading): ConditionCandidate[];
  /** A page by the caller's id, as indexed. */
  page(id: number): IndexedPage | undefined;
  /** How many pages of a language list a symptom (as indexed), and how many pages that language has. */
  pageFrequency(symptom: string, lang: Lang): { pages: number; of: number };
  /** The symptom as a page first spelt it (头疼 for an indexed 头痛), for showing it to a patient. */
  spelling(symptom: string, lang: Lang): string;
}

/** Chinese spelling variants read as one (头疼 = 头痛, 综合症 = 综合征). */
const zhNorm = (s: string) => s.replace(/疼/g, '痛').replace(/征/g, '症');

// A phrase that reduces to one generic word ("ache all over" → pain) would match every complaint.
const EN_GENERIC = new Set(['pain', 'swell', 'itch', 'fever', 'fatigue', 'weakne']);

/** A listed item usable as a symptom: a short phrase, not a page artefact (cut items "…", sentences). */
const usable = (s: string, lang: Lang) => (lang === 'zh' ? s.length >= 2 && s.length <= 10 && !/[.…，,。；;]/.test(s) : s.length >= 3 && s.length <= 48);

// ---- a patient's own words (SymptomReading.patient) ----
/** Chinese everyday words → the characters the pages use. */
const ZH_PATIENT_FOLD: [RegExp, string][] = [
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
/** Pure: a patient's Chinese with everyday words folded to the pages' characters (and 疼 → 痛). */
export const foldPatientZh = (t: string): string => ZH_PATIENT_FOLD.reduce((x, [re, to]) => x.replace(re, to), zhNorm(t));

/** Pure: are all of a short sign's characters in the text within a few characters of each other (血精 in 精液里有血丝,
 *  颈肿块 in 颈上摸到肿块)? Two-character signs allow a gap of up to 4 characters between them, either order. */
export function charsNear(text: string, sign: string): boolean {
  const chars = [...sign];
  if (chars.some((c) => !text.includes(c))) return false;
  const span = chars.length === 2 ? 6 : chars.length + 4;
  for (let i = 0; i < text.length; i++) {
    if (!chars.includes(text[i])) continue;
    const win = text.slice(i, i + span);
    if (chars.every((c) => win.includes(c))) return true;
  }
  return false;
}

/** An English symptom phrase as groups of alternatives, each group needed: "Neck lump or mass" → [neck] [mass],
 *  "Foot or toe swelling" → [foot|toe] [swell]. */
export function enSymptomGroups(phrase: string): string[][] {
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

export function buildSymptomConditionIndex(pages: readonly SymptomPage[]): SymptomConditionIndex {
  const byLang = new Map<Lang, SymptomPage[]>();
  for (const p of pages) byLang.set(p.lang, [...(byLang.get(p.lang) ?? []), p]);
  // Chinese lay words of a listed symptom (头疼 → 头痛, 拉肚子 → 腹泻) from the shared lay-term groups.
  const lay = layTermGroups();

  const build = (lang: Lang) => {
    const list = (byLang.get(lang) ?? []).map((p) => ({
      ...p,
      symptoms: [...new Set(p.symptoms.map((s) => s.trim()).filter((s) => usable(s, lang)))].map((s) => (lang === 'zh' ? zhNorm(s) : s)),
    }));
    const df = new Map<string, number>();
    const pagesOf = new Map<string, number[]>();
    const spelt = new Map<string, string>();
    for (const p of byLang.get(lang) ?? [])
      for (const s of p.symptoms) if (!spelt.has(lang === 'zh' ? zhNorm(s.trim()) : s.trim())) spelt.set(lang === 'zh' ? zhNorm(s.trim()) : s.trim(), s.trim());
    list.forEach((p, i) => {
      for (const s of p.symptoms) {
        df.set(s, (df.get(s) ?? 0) + 1);
        pagesOf.set(s, [...(pagesOf.get(s) ?? []), i]);
      }
    });
    const layToSym = new Map<string, string[]>();
    if (lang === 'zh')
      for (const g of lay) {
        const syms = g.map(zhNorm).filter((t) => df.has(t));
        if (syms.length) for (const t of g) if (/\p{Script=Han}/u.test(t) && t.length >= 2) layToSym.set(zhNorm(t), syms);
      }
    const enKeys =
      lang === 'zh'
        ? []
        : [...df.keys()]
            .map((s) => ({ s, words: [...new Set(enSymptomWords(s))], groups: enSymptomGroups(s) }))
            .filter((x) => x.words.length > 0 && !(x.words.length === 1 && EN_GENERIC.has(x.words[0]) && /\s/.test(x.s)));
    const maxLen = Math.max(0, ...[...df.keys(), ...layToSym.keys()].map((k) => k.length));
    // The short symptoms a patient's words are scanned for with their characters apart (the near reading).
    const nearKeys = lang === 'zh' ? [...df.keys()].filter((k) => k.length <= 6).map((k) => ({ k, folded: foldPatientZh(k) })) : [];
    return { list, df, pagesOf, layToSym, enKeys, maxLen, nearKeys, spelt, n: list.length };
  };
  const indexes = new Map<Lang, ReturnType<typeof build>>();
  const get = (lang: Lang) => {
    let ix = indexes.get(lang);
    if (!ix) indexes.set(lang, (ix = build(lang)));
    return ix;
  };

  let byId: Map<number, IndexedPage> | undefined;
  const symptomsIn = (text: string, lang: Lang, o: SymptomReading = {}): string[] => {
    const ix = get(lang);
    if (ix.n === 0) return [];
    if (lang === 'zh') {
      const t = zhNorm(text);
      const found = new Set<string>();
      if (o.patient) {
        const folded = foldPatientZh(text);
        for (const { k, folded: fk } of ix.nearKeys) if (t.includes(k) || folded.includes(fk) || (fk.length >= 2 && charsNear(folded, fk))) found.add(k);
      }
      // Every window of the text looked up once (a few hundred lookups, not a scan of every listed symptom).
      for (let i = 0; i < t.length; i++)
        for (let len = 2; len <= ix.maxLen && i + len <= t.length; len++) {
          const w = t.slice(i, i + len);
          if (ix.df.has(w)) found.add(w);
          for (const s of ix.layToSym.get(w) ?? []) found.add(s);
        }
      // The longest reading: 反复呕血 rather than also 呕血.
      return [...found].filter((s) => ![...found].some((o) => o !== s && o.includes(s) && t.includes(o))).sort((a, b) => b.length - a.length);
    }
    const words = new Set(enSymptomWords(text));
    const hit = ix.enKeys.filter((k) =>
      o.patient ? k.groups.length > 0 && k.groups.every((g) => g.some((w) => words.has(w))) : k.words.every((w) => words.has(w)),
    );
    // A phrase whose words are all inside a longer matched phrase is that phrase ("cough" inside "coughing up blood").
    return hit
      .filter((k) => !hit.some((o) => o !== k && o.words.length > k.words.length && k.words.every((w) => o.words.includes(w))))
      .sort((a, b) => b.words.length - a.words.length)
      .map((k) => k.s);
  };

  return {
    size: pages.length,
    symptomsIn,
    page(id) {
      if (!byId) {
        byId = new Map();
        for (const lang of byLang.keys()) for (const p of get(lang).list) byId.set(p.id, p);
      }
      return byId.get(id);
    },
    pageFrequency(symptom, lang) {
      const ix = get(lang);
      return { pages: ix.df.get(lang === 'zh' ? zhNorm(symptom) : symptom) ?? 0, of: ix.n };
    },
    spelling(symptom, lang) {
      return get(lang).spelt.get(symptom) ?? symptom;
    },
    candidates(text, lang, limit = 10, o = {}) {
      const ix = get(lang);
      const said = symptomsIn(text, lang, o);
      if (said.length === 0) return [];
      const score = new Map<number, { w: number; matched: string[] }>();
      for (const s of said) {
        const w = Math.log((ix.n + 1) / ((ix.df.get(s) ?? 0) + 0.5));
        for (const i of ix.pagesOf.get(s) ?? []) {
          const e = score.get(i) ?? { w: 0, matched: [] };
          e.w += w;
          e.matched.push(s);
          score.set(i, e);
        }
      }
      // A page listing forty symptoms matches anything a little: its score is scaled down gently by its list length.
      return [...score.entries()]
        .map(([i, e]) => ({ p: ix.list[i], s: e.w / Math.max(1, ix.list[i].symptoms.length) ** 0.15, matched: e.matched }))
        .sort((a, b) => b.s - a.s || a.p.symptoms.length - b.p.symptoms.length || a.p.name.localeCompare(b.p.name))
        .slice(0, limit)
        .map(({ p, s, matched }) => ({ id: p.id, name: p.name, score: Number(s.toFixed(4)), matched }));
    },
  };
}
