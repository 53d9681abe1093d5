// One regex escaper (issue #12: six copies had grown across the code): a literal string — a drug name, a label, a
// phrase from a table — made safe to splice into a RegExp source. And one cache of global copies of rule regexes
// (issue #12: each reader that needed every match kept its own WeakMap).

/** `s` with every RegExp syntax character escaped, so `new RegExp(escapeRegExp(s))` matches `s` literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const GLOBAL_COPIES = new WeakMap<RegExp, RegExp>();

/**
 * The global twin of `re` — same source, its flags plus g — compiled once per pattern and kept as long as `re` is.
 * Rules are written without g (so .test() keeps no lastIndex state); readers that need every match (matchAll,
 * matchesOf) take this copy instead of compiling one per call (the lexicon alternations are large). Always a copy,
 * even of a global regex, so the caller's own lastIndex is never touched.
 */
export function globalOf(re: RegExp): RegExp {
  let g = GLOBAL_COPIES.get(re);
  if (!g) GLOBAL_COPIES.set(re, (g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)));
  return g;
}
