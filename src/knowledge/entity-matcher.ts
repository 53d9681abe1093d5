// Dictionary entity recognition: greedy longest match, case-insensitive, whole words for Latin terms.
// Pure and allocation-light enough for every query (lookups only for term lengths that exist).

export type EntityType = 'disease' | 'symptom' | 'drug' | 'check' | 'department' | 'food';
export const ENTITY_TYPE_NAMES: readonly EntityType[] = ['disease', 'symptom', 'drug', 'check', 'department', 'food'];

export interface EntityMention {
  /** The text as it appears in the input. */
  text: string;
  type: EntityType;
  start: number;
  end: number;
}

export interface EntityEntry {
  term: string;
  type: EntityType;
}

export interface EntityMatcher {
  match(text: string): EntityMention[];
  /** Known type of an exact term (case-insensitive), if any. */
  typeOf(term: string): EntityType | undefined;
  readonly size: number;
}

/** When one name has several types, the clinically most specific wins. */
const PRIORITY: Record<EntityType, number> = { disease: 0, symptom: 1, drug: 2, check: 3, department: 4, food: 5 };
const WORD = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;

export function normalizeTerm(term: string): string {
  return term.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Lowercase without changing length (so offsets map back to the input). */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

export interface MatcherOptions {
  /** Shortest Han term kept (single characters match everywhere). Default 2. */
  minHanLength?: number;
  /** Shortest Latin term kept. Default 3 (two-letter abbreviations are too ambiguous). */
  minLatinLength?: number;
}

export function createEntityMatcher(entries: Iterable<EntityEntry>, options: MatcherOptions = {}): EntityMatcher {
  const minHan = options.minHanLength ?? 2;
  const minLatin = options.minLatinLength ?? 3;
  const dict = new Map<string, EntityType>();
  const lengths = new Set<number>();
  for (const { term, type } of entries) {
    const t = normalizeTerm(term);
    if (t.length > 40) continue;
    if (HAN.test(t) ? t.length < minHan : t.length < minLatin) continue;
    const prev = dict.get(t);
    if (prev === undefined || PRIORITY[type] < PRIORITY[prev]) dict.set(t, type);
    lengths.add(t.length);
  }
  const lens = [...lengths].sort((a, b) => b - a);

  return {
    size: dict.size,
    typeOf: (term) => dict.get(normalizeTerm(term)),
    match(text) {
      const lower = lowerSameLength(text);
      const out: EntityMention[] = [];
      let i = 0;
      while (i < lower.length) {
        let found = 0;
        // Latin terms start at a word boundary.
        const boundaryBefore = i === 0 || !WORD.test(lower[i - 1]) || HAN.test(lower[i - 1]) || HAN.test(lower[i]);
        if (boundaryBefore) {
          for (const len of lens) {
            if (i + len > lower.length) continue;
            const cand = lower.slice(i, i + len);
            const type = dict.get(cand);
            if (type === undefined) continue;
            const last = cand[len - 1];
            const next = lower[i + len];
            if (!HAN.test(last) && next !== undefined && WORD.test(next) && !HAN.test(next)) continue;
            out.push({ text: text.slice(i, i + len), type, start: i, end: i + len });
            found = len;
            break;
          }
        }
        i += found > 0 ? found : 1;
      }
      return out;
    },
  };
}
