// One regex escaper (issue #12: six copies had grown across the code): a literal string — a drug name, a label, a
// phrase from a table — made safe to splice into a RegExp source.

/** `s` with every RegExp syntax character escaped, so `new RegExp(escapeRegExp(s))` matches `s` literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
