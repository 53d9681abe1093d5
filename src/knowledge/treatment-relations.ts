// Which medicines the knowledge base lists for which disease (the disease KG's 常用药品, a disease table's "common
// medications"), read for one purpose: a medicine advised for a condition when the knowledge base lists it only for
// the condition's opposite — levothyroxine for 甲亢 (it is listed for 甲状腺功能减退), potassium for hyperkalaemia,
// glucose-lowering for hypoglycaemia. Opposites are found from the names themselves (亢进/减退, 高/低, 增多/减少,
// hyper-/hypo-, and the 甲亢/甲减 abbreviations), so the relation grows with the user's knowledge base, not with a
// table here. Pure: rows in, relations out; src/retrieval reads the rows from a knowledge base.
import { saltOnly } from '../core/salt-names.js';
import { drugKey } from './drugs.js';

export interface TreatmentRow {
  disease: string;
  drugs: string[];
}

export interface OppositeUse {
  /** The medicine as named in the text. */
  drug: string;
  /** The condition asked about (as named in the text). */
  asked: string;
  /** The knowledge-base disease the medicine is listed for (the opposite of `asked`). */
  listedFor: string;
}

export interface TreatmentRelations {
  /** Diseases with a direction (hyper/hypo) named in the text. */
  polarConditions(text: string): string[];
  /** Medicines of the knowledge base named in the text (lower-cased key and the name as matched). */
  drugsIn(text: string): { key: string; name: string }[];
  /** Is this medicine listed for this condition's opposite, and not for the condition itself? */
  oppositeUse(condition: string, drug: { key: string; name: string }): OppositeUse | undefined;
  /** The knowledge-base diseases (lower-case names) a medicine key from drugsIn is listed for. */
  diseasesFor(key: string): string[];
  readonly diseases: number;
}

/** Direction morphemes, longest first: [raised, lowered]. */
const PAIRS: [string, string][] = [
  ['功能亢进', '功能减退'],
  ['亢进', '减退'],
  ['增多', '减少'],
  ['过多', '过少'],
  ['高', '低'],
  ['hyper', 'hypo'],
];

/** Keys a polar disease name is known by, with its direction; none for a name with both or neither. */
export function polarKeys(name: string): { keys: string[]; up: boolean } | undefined {
  const n = name
    .trim()
    .toLowerCase()
    .replace(/[症病]$/u, '');
  // "新生儿低血糖症与高血糖症": both directions, no claim either way.
  if (PAIRS.some(([a, b]) => n.includes(a) && n.includes(b))) return undefined;
  // The 甲亢 / 甲减 abbreviations: first character + 亢 / 减.
  const abbr = /^(\p{Script=Han})(亢|减)$/u.exec(n);
  if (abbr) return { keys: [`${abbr[1]}±`], up: abbr[2] === '亢' };
  for (const [up, down] of PAIRS) {
    const dir = n.includes(up) ? true : n.includes(down) ? false : undefined;
    if (dir === undefined) continue;
    const keys = [n.replace(dir ? up : down, '±')];
    if (up === '功能亢进') keys.push(`${n[0]}±`);
    return { keys, up: dir };
  }
  return undefined;
}

/** Dosage forms and routes a listed product name carries ("左甲状腺素钠片", "注射用头孢曲松钠"). */
const FORM =
  /^(?:注射用)|(?:缓释片|控释片|肠溶片|分散片|咀嚼片|泡腾片|含片|片|胶囊|软胶囊|注射液|颗粒|口服液|口服溶液|混悬液|糖浆|滴剂|滴眼液|滴耳液|喷雾剂|气雾剂|软膏|乳膏|凝胶|栓|丸|散|膏|合剂|酊)$/u;

/** Drug names as listed ("Thyroxine (Synthroid)", "左甲状腺素钠片") → lookup keys: the name without its form, and its generic stem. */
function drugKeysOf(listed: string): string[] {
  const out = new Set<string>();
  for (const part of listed.split(/[()（）]/u)) {
    const p = part.trim().toLowerCase();
    if (!p || /schedule|topical|product|ophthalmic|nasal|each/u.test(p)) continue;
    const named = p.replace(FORM, '').replace(FORM, '').trim();
    for (const k of [named, drugKey(p).toLowerCase()]) {
      // Salt and ion words name no medicine on their own (core's one list).
      if (saltOnly(k)) continue;
      if ((/\p{Script=Han}/u.test(k) && k.length >= 2) || k.length >= 5) out.add(k);
    }
  }
  return [...out];
}

/** Terms indexed by first character: a left-to-right scan looks up only the terms that can start at each position. */
function firstCharIndex(terms: string[]): Map<string, string[]> {
  const idx = new Map<string, string[]>();
  for (const t of [...terms].sort((a, b) => b.length - a.length)) idx.set(t[0], [...(idx.get(t[0]) ?? []), t]);
  return idx;
}

/** Terms found in lower-cased text, longest first at each position, each once. */
function scan(t: string, idx: Map<string, string[]>, accept: (term: string, at: number) => boolean = () => true): { term: string; at: number }[] {
  const out: { term: string; at: number }[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < t.length; i++) {
    const cands = idx.get(t[i]);
    if (!cands) continue;
    for (const c of cands) {
      if (!t.startsWith(c, i) || !accept(c, i)) continue;
      if (!seen.has(c)) out.push({ term: c, at: i });
      seen.add(c);
      i += c.length - 1;
      break;
    }
  }
  return out;
}

export function buildTreatmentRelations(rows: Iterable<TreatmentRow>): TreatmentRelations {
  /** drug key → diseases it is listed for. */
  const listed = new Map<string, Set<string>>();
  /** polar key → diseases (name, direction). */
  const polar = new Map<string, { name: string; up: boolean }[]>();
  const polarNames = new Set<string>();
  let diseases = 0;
  for (const r of rows) {
    if (!r.disease.trim() || r.drugs.length === 0) continue;
    diseases++;
    const name = r.disease.trim().toLowerCase();
    for (const d of r.drugs) for (const k of drugKeysOf(d)) listed.set(k, (listed.get(k) ?? new Set()).add(name));
    const p = polarKeys(name);
    if (!p) continue;
    polarNames.add(name);
    for (const k of p.keys) polar.set(k, [...(polar.get(k) ?? []), { name, up: p.up }]);
  }
  // Abbreviations people write for polar diseases (甲亢) are names too when their opposite is in the knowledge base.
  for (const [k, ds] of polar) if (/^\p{Script=Han}±$/u.test(k) && ds.length) polarNames.add(k.replace('±', ds[0].up ? '减' : '亢'));
  const names = firstCharIndex([...polarNames].filter((n) => n.length >= 2));
  // A key inside a disease name is an organ or a body word ("甲状腺" from 甲状腺片), not a medicine people name.
  const diseaseNames = [...new Set([...listed.values()].flatMap((d) => [...d]))];
  for (const k of [...listed.keys()]) if (diseaseNames.some((d) => d.includes(k))) listed.delete(k);
  const drugKeys = firstCharIndex([...listed.keys()]);
  const isWord = (ch: string | undefined) => ch !== undefined && /[a-z0-9]/.test(ch);
  // A Latin-script key starts a word ("thyroxine", not the tail of "levothyroxine" — which is its own key if listed).
  const wordStart = (k: string, at: number, t: string) => !/^[a-z]/.test(k) || !isWord(t[at - 1]);
  return {
    diseases,
    polarConditions(text) {
      const t = text.toLowerCase();
      const found = scan(t, names).map((f) => f.term);
      // English names are often written without the KB's qualifiers: the bare hyper-/hypo- word counts.
      for (const m of t.matchAll(/\b(hyper|hypo)[a-z]{4,}\b/gu)) if (!found.includes(m[0])) found.push(m[0]);
      return found;
    },
    drugsIn(text) {
      const t = text.toLowerCase();
      return scan(t, drugKeys, (k, at) => wordStart(k, at, t)).map(({ term, at }) => ({ key: term, name: text.slice(at, at + term.length) }));
    },
    diseasesFor(key) {
      return [...(listed.get(key) ?? [])];
    },
    oppositeUse(condition, drug) {
      const p = polarKeys(condition);
      if (!p) return undefined;
      const forDrug = listed.get(drug.key);
      if (!forDrug) return undefined;
      // Listed for the condition itself (or a disease whose name contains it): not a swap.
      const c = condition.toLowerCase();
      for (const d of forDrug) if (d.includes(c.replace(/[症病]$/u, '')) || c.includes(d)) return undefined;
      for (const k of p.keys)
        for (const opp of polar.get(k) ?? []) if (opp.up !== p.up && forDrug.has(opp.name)) return { drug: drug.name, asked: condition, listedFor: opp.name };
      return undefined;
    },
  };
}
