// openFDA drug labels (the bulk JSON of https://open.fda.gov/apis/drug/label/): one document per medicine and route,
// one section per label section, headed with the section's name, text quoted as the label has it. Labels of the same
// generic name and route are one document: the newest effective_time wins (several makers label one generic).
import { createReadStream } from 'node:fs';
import type { Doc } from '../../core/types.js';
import { docId, makeDoc } from '../doc.js';
import { kbErrors } from '../errors.js';
import { JsonResultsError, readJsonResults } from './json-results-stream.js';
import { LABEL_SECTIONS, MAX_SECTION_CHARS, SPECIFIC_POPULATION_FIELDS } from './openfda-sections.js';
import type { Loader, LoaderContext } from './types.js';

export const OPENFDA_LABEL_SOURCE = 'openfda-labels';

function strings(v: unknown): string[] {
  if (typeof v === 'string') return v.trim() ? [v.trim()] : [];
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s.trim().length > 0).map((s) => s.trim()) : [];
}

const uniq = (xs: string[]) => [...new Map(xs.map((x) => [x.toLowerCase(), x])).values()];

/** "METFORMIN HYDROCHLORIDE" → "Metformin hydrochloride"; a name already in mixed case is kept. */
function sentenceCase(name: string): string {
  return name === name.toUpperCase() ? name.charAt(0) + name.slice(1).toLowerCase() : name;
}

/** "MOTRIN IB" → "Motrin IB": a brand in capitals reads better word by word (a word of one or two letters, IB, PM,
 *  XR, stays as written); mixed case is kept. */
function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.replace(/\p{L}+/gu, (w) => (w.length <= 2 ? w : w.charAt(0) + w.slice(1).toLowerCase()));
}

/**
 * Allergen extracts (openfda.product_type STANDARDIZED / NON-STANDARDIZED ALLERGENIC) are labelled with what they are
 * made of — peanut, cat hair, ragweed pollen, milk — so as pages they would claim every question about that food or
 * animal; their labels say how a clinic tests and desensitises, not what a patient asks. Read from the field, not the name.
 */
function isAllergenExtract(o: Record<string, unknown>): boolean {
  return strings(o.product_type).some((t) => /allergenic/i.test(t));
}

/**
 * Labels of products that are no medicine a patient asks about: medical gases, water for injection/irrigation, alcohol
 * antiseptics (hand sanitisers, rubbing alcohol) and sunscreens. As pages they would claim everyday words ("oxygen
 * levels", "water retention", "drink alcohol"). openFDA has no field for this (a medical gas is a HUMAN PRESCRIPTION
 * DRUG), so it is read from the generic names — skipped only when EVERY generic is one of these — and, for sunscreens,
 * from the label's own Purpose section or an SPF brand. A combination with a medicine is kept.
 */
const NON_MEDICINE_GENERIC =
  /^(?:oxygen|nitrogen|helium|carbon dioxide|(?:medical )?air|(?:sterile |bacteriostatic |purified )?water(?: for (?:injection|irrigation|inhalation))?(?:,? usp)?|(?:ethyl |isopropyl |isopropyl rubbing )?alcohol|ethanol)$/i;

function isNonMedicine(label: Record<string, unknown>, generics: string[], brands: string[]): boolean {
  if (generics.length > 0 && generics.every((g) => NON_MEDICINE_GENERIC.test(g.trim()))) return true;
  return strings(label.purpose).some((t) => /\bsunscreen\b/i.test(t)) || brands.some((b) => /\bSPF\b/i.test(b));
}

/** Cut an over-long section at the last sentence end before the bound (a label's text is never reworded). */
function bounded(text: string): { text: string; cut: boolean } {
  if (text.length <= MAX_SECTION_CHARS) return { text, cut: false };
  const head = text.slice(0, MAX_SECTION_CHARS);
  const end = Math.max(head.lastIndexOf('. '), head.lastIndexOf('.\n'));
  return { text: head.slice(0, end > MAX_SECTION_CHARS / 2 ? end + 1 : MAX_SECTION_CHARS), cut: true };
}

/** "20231215" → "2023-12-15"; anything else is kept out of the date. */
function isoDate(t: string): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** The key labels are deduplicated by: generic name and route(s), case-folded. */
export function labelKey(label: Record<string, unknown>): string | undefined {
  const o = (label.openfda ?? {}) as Record<string, unknown>;
  const generic = uniq(strings(o.generic_name)).join(', ').toLowerCase();
  if (!generic) return undefined;
  return `${generic}|${uniq(strings(o.route).map((r) => r.toLowerCase()))
    .sort()
    .join('+')}`;
}

/** Pure: one label record → its document, or null (no generic name, an allergen extract, a non-medicine product, or no
 *  section with text). */
export function labelToDoc(label: Record<string, unknown>, ctx: LoaderContext): Doc | null {
  const key = labelKey(label);
  if (!key) return null;
  const o = (label.openfda ?? {}) as Record<string, unknown>;
  if (isAllergenExtract(o)) return null;
  const generics = uniq(strings(o.generic_name));
  const brands = uniq(strings(o.brand_name)).filter((b) => !generics.some((g) => g.toLowerCase() === b.toLowerCase()));
  if (isNonMedicine(label, generics, brands)) return null;
  const routes = uniq(strings(o.route));
  const present = new Set(LABEL_SECTIONS.filter((s) => strings(label[s.field]).length > 0).map((s) => s.field));
  const hasSpecific = SPECIFIC_POPULATION_FIELDS.some((f) => present.has(f));
  const seen = new Set<string>();
  const truncated: string[] = [];
  const sections: { path: string[]; text: string }[] = [];
  for (const s of LABEL_SECTIONS) {
    if (!present.has(s.field) || (s.field === 'use_in_specific_populations' && hasSpecific)) continue;
    const raw = strings(label[s.field]).join('\n\n');
    if (seen.has(raw)) continue; // some labels repeat one text under two fields
    seen.add(raw);
    const { text, cut } = bounded(raw);
    if (cut) truncated.push(s.field);
    sections.push({ path: [s.heading], text });
  }
  if (sections.length === 0) return null;
  const generic = generics.map(sentenceCase).join(', ');
  const brandShown = brands.slice(0, 2).map(titleCase);
  const setId = strings(label.set_id)[0] ?? '';
  const effectiveTime = strings(label.effective_time)[0] ?? '';
  const resolved = ctx.source(OPENFDA_LABEL_SOURCE);
  return makeDoc({
    id: docId(resolved.name, key.replace(/\|/g, '@')),
    title: `${generic}${brandShown.length ? ` (${brandShown.join(', ')})` : ''} — drug label`,
    sections,
    source: resolved.name,
    // DailyMed serves every label by its set id: the citation a reader can open.
    url: setId ? `https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=${encodeURIComponent(setId)}` : undefined,
    lang: resolved.lang ?? 'en',
    authority: resolved.authority,
    date: isoDate(effectiveTime),
    metadata: {
      setId,
      splId: strings(label.id)[0],
      version: strings(label.version)[0],
      effectiveTime,
      citation: `FDA drug label, set id ${setId || 'unknown'}, effective ${isoDate(effectiveTime) ?? (effectiveTime || 'unknown')}`,
      genericName: generics,
      brandNames: brands,
      routes,
      manufacturer: strings(o.manufacturer_name)[0],
      productType: strings(o.product_type)[0],
      truncatedSections: truncated.length ? truncated : undefined,
      // The fields MedQuAD declares, read the same way: the focus (the generic name; the topic index reads it as a
      // title name, as the title alone parses to "Ibuprofen — drug label") and its synonyms (the brands) make one
      // synonym group, join the KB's drug vocabulary and make the page a topic for "ibuprofen …" or a brand; category
      // "Other" (MedQuAD's word for a focus that is no disorder) keeps a label out of the condition readers
      // (described topics, the symptom checker).
      focus: generic,
      synonyms: brands,
      category: 'Other',
      entities: { drug: [...generics, ...brands] },
    },
  });
}

/** Per ingest run: the newest effective_time seen for each generic + route, so an older label never replaces a newer one. */
const newestByRun = new WeakMap<LoaderContext, Map<string, string>>();

/** Stream one openFDA label file's documents (the newest label per generic + route, as far as this run has read). */
export async function* loadOpenfdaLabels(chunks: AsyncIterable<string> | Iterable<string>, file: string, ctx: LoaderContext): AsyncIterable<Doc> {
  let newest = newestByRun.get(ctx);
  if (!newest) newestByRun.set(ctx, (newest = new Map()));
  try {
    for await (const { index, value } of readJsonResults(chunks)) {
      if (strings(value.set_id).length === 0)
        throw kbErrors.KB_FILE_INVALID({ file, field: `results[${index}].set_id`, reason: 'missing: not a drug label record (openFDA drug/label files only)' });
      const key = labelKey(value);
      if (!key) continue;
      const time = strings(value.effective_time)[0] ?? '';
      const best = newest.get(key);
      // Same key = same document id: a newer label read later replaces the stored one; an older one is skipped.
      if (best !== undefined && best >= time) continue;
      const doc = labelToDoc(value, ctx);
      if (!doc) continue;
      newest.set(key, time);
      yield doc;
    }
  } catch (err) {
    if (err instanceof JsonResultsError) throw kbErrors.KB_FILE_INVALID({ file, reason: `not an openFDA label file: ${err.message}` });
    throw err;
  }
}

export const openfdaLabelLoader: Loader = {
  name: 'openfda-label',
  extensions: [],
  // openFDA's bulk files open with its meta block (disclaimer, terms at open.fda.gov), then the results array; a
  // file of another openFDA endpoint is refused by the loader at its first record (no set_id).
  sniff: (head) => /^\uFEFF?\s*\{\s*"meta"\s*:/.test(head) && /open\.fda\.gov/.test(head) && /"results"\s*:\s*\[/.test(head),
  async *load(file, ctx) {
    yield* loadOpenfdaLabels(createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }), file, ctx);
  },
};
