// Entity matching contract for tagging. The implementation is the knowledge engineer's terminology
// (src/knowledge/terminology.ts, loadTerminology().match); a dictionary matcher serves KG-derived vocabularies.

export interface EntityMention {
  text: string;
  type: string;
  start: number;
  end: number;
}

export interface EntityMatcher {
  match(text: string): EntityMention[];
}

/** Longest-match dictionary matcher (left to right, case-insensitive for Latin) over {name → type}. */
export function createDictionaryMatcher(entries: Iterable<[string, string]>, minLength = 2): EntityMatcher {
  const dict = new Map<string, string>();
  const lengths = new Set<number>();
  for (const [name, type] of entries) {
    const k = name.trim().toLowerCase();
    if (k.length < minLength || dict.has(k)) continue;
    dict.set(k, type);
    lengths.add(k.length);
  }
  const lens = [...lengths].sort((a, b) => b - a);
  return {
    match(text) {
      const lower = text.toLowerCase();
      const out: EntityMention[] = [];
      for (let i = 0; i < lower.length; ) {
        let hit = 0;
        for (const L of lens) {
          if (i + L > lower.length) continue;
          const t = dict.get(lower.slice(i, i + L));
          if (t !== undefined) {
            const latinEdge = /[a-z0-9]/.test(lower[i]) && ((i > 0 && /[a-z0-9]/.test(lower[i - 1])) || /[a-z0-9]/.test(lower[i + L] ?? ''));
            if (latinEdge) continue;
            out.push({ text: text.slice(i, i + L), type: t, start: i, end: i + L });
            hit = L;
            break;
          }
        }
        i += hit || 1;
      }
      return out;
    },
  };
}
