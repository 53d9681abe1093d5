// One bilingual name table for the closed domain of clinical names an answer is written in: a medicine's Chinese
// generic name, English generic names and brands (drugs.ts's seed list joined with drug-brands.ts), a condition's or
// test's names in both languages (bilingual-terms.ts) and the common clinical abbreviations with what they stand for
// (clinical-abbreviations.ts). Concepts are joined by any full name they share (呋塞米 of the seed list and of the brand
// list; "atrial fibrillation" of the bilingual terms and of the abbreviations), never by an abbreviation: "PE" stands
// for pulmonary embolism and for pleural effusion and joins neither to the other. Names are compared folded: width,
// case, traditional characters (core/han-variants.ts), spaces and hyphens. Pure after the first build.
import { saltEdgePattern } from '../core/salt-names.js';
import { toSimplified } from '../core/han-variants.js';
import { bilingualGroups } from './bilingual-terms.js';
import { clinicalAbbreviations } from './clinical-abbreviations.js';
import { medicineAliases } from './drugs.js';
import { foldWidth } from './term-text.js';

export interface ClinicalConcept {
  /** Full names: generic, brand, condition or test names, Chinese and English (lower case, as listed). */
  readonly names: readonly string[];
  /** Abbreviations that stand for it (lower case); one may stand for several concepts. */
  readonly short: readonly string[];
}

/** Pure: the form two writings of one name share — width folded, lower case, simplified, no spaces, hyphens or dots. */
export function nameKey(name: string): string {
  return toSimplified(foldWidth(name))
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[\s\-‐–—_.·・'’/]+/g, '');
}

let built: { concepts: ClinicalConcept[]; byName: Map<string, number[]>; byShort: Map<string, number[]> } | undefined;

function build() {
  if (built) return built;
  // Union–find over full names: every listed group is one concept, and groups sharing a full name are one.
  const groups: { names: string[]; short: string[] }[] = [];
  for (const [canon, aliases] of Object.entries(medicineAliases())) groups.push({ names: [canon, ...aliases], short: [] });
  for (const g of bilingualGroups()) groups.push({ names: [...g], short: [] });
  for (const a of clinicalAbbreviations()) groups.push({ names: [...a.names], short: [...a.short] });
  const parent = groups.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const owner = new Map<string, number>();
  groups.forEach((g, i) => {
    for (const n of g.names) {
      const k = nameKey(n);
      if (k.length < 2) continue;
      const o = owner.get(k);
      if (o === undefined) owner.set(k, i);
      else parent[find(i)] = find(o);
    }
  });
  const merged = new Map<number, { names: Set<string>; short: Set<string> }>();
  groups.forEach((g, i) => {
    const r = find(i);
    const m = merged.get(r) ?? { names: new Set<string>(), short: new Set<string>() };
    for (const n of g.names) if (n.trim()) m.names.add(n.trim().toLowerCase());
    for (const s of g.short) if (s.trim()) m.short.add(s.trim().toLowerCase());
    merged.set(r, m);
  });
  const concepts = [...merged.values()].map((m) => ({ names: [...m.names], short: [...m.short] }));
  const byName = new Map<string, number[]>();
  const byShort = new Map<string, number[]>();
  const put = (map: Map<string, number[]>, k: string, i: number) => {
    const list = map.get(k) ?? [];
    if (!list.includes(i)) list.push(i);
    map.set(k, list);
  };
  concepts.forEach((c, i) => {
    for (const n of c.names) put(byName, nameKey(n), i);
    for (const s of c.short) put(byShort, nameKey(s), i);
  });
  built = { concepts, byName, byShort };
  return built;
}

/** Every concept of the table (for statistics and tests). */
export function clinicalConcepts(): readonly ClinicalConcept[] {
  return build().concepts;
}

/** A salt or ester part of a medicine's name, before or after the base (core's one list), or a form word after it. */
const SALT_RE = saltEdgePattern(['片', '胶囊', '注射液'], ['tablets?', 'injection']);

// A route or a dose written with a medicine's name, before or after it: "Lorazepam IV", "Oral vancomycin", "IM adrenaline
// 0.5 mg", 静脉注射阿托品, 口服螺内酯 20mg. Two options naming one medicine by different routes both keep the name, so a
// gloss that names only the medicine fits both and is read as neither (gloss.ts).
const ROUTE = String.raw`(?:iv|im|po|sc|sl|pr|oral(?:ly)?|intravenous(?:ly)?|intramuscular(?:ly)?|subcutaneous(?:ly)?|sublingual|rectal|nebulised|nebulized|inhaled|infusion|bolus|injection|口服|静脉(?:注射|滴注|推注)?|静注|静滴|肌内注射|肌注|皮下注射|舌下含服|雾化吸入)`;
const DOSE = String.raw`\d+(?:\.\d+)?\s*(?:-\s*\d+(?:\.\d+)?\s*)?(?:mg|g|mcg|μg|µg|ug|mu|iu|units?|million\s+units|ml|mmol|毫克|克|微克|万单位|单位|毫升)(?:\/kg)?`;
const ROUTE_DOSE_EDGE_RE = new RegExp(String.raw`^(?:${ROUTE}|${DOSE})(?![a-z])\s*|(?<![a-z])\s*(?:${ROUTE}|${DOSE})$`, 'i');

/** Pure: a medicine's name without the routes and doses written at its edges ("IM adrenaline 0.5 mg" → "adrenaline"). */
export function withoutRouteOrDose(name: string): string {
  let t = name.trim();
  for (let i = 0; i < 4; i++) {
    const next = t.replace(ROUTE_DOSE_EDGE_RE, '').trim();
    if (next === t || !next) break;
    t = next;
  }
  return t;
}

/** Pure: the concepts a full name is (a medicine's salt form is its base; an abbreviation is not a full name here). */
export function conceptsNamed(name: string): readonly ClinicalConcept[] {
  const { concepts, byName } = build();
  const t = foldWidth(name).trim().toLowerCase();
  const bare = t.replace(SALT_RE, '').trim();
  const hits = byName.get(nameKey(t)) ?? byName.get(nameKey(bare)) ?? byName.get(nameKey(withoutRouteOrDose(bare))) ?? [];
  return hits.map((i) => concepts[i] as ClinicalConcept);
}

/**
 * Pure: the concepts a name written on its own may stand for — a full name's concept, or every concept an abbreviation
 * stands for ("PE" → pulmonary embolism and pleural effusion). Empty when the table does not know it.
 */
export function conceptsWritten(written: string): readonly ClinicalConcept[] {
  const { concepts, byShort } = build();
  const full = conceptsNamed(written);
  const short = (byShort.get(nameKey(written)) ?? []).map((i) => concepts[i] as ClinicalConcept);
  return [...new Set([...full, ...short])];
}
