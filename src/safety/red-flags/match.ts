// Every match of a global regex, without String.prototype.matchAll: matchAll clones the regex and allocates an
// iterator on every call, and triage runs about a thousand patterns per message (most of which match nothing), so the
// clones were most of its garbage. The matches are collected before returning, so nested use of the same regex is safe.
const NONE: readonly RegExpExecArray[] = Object.freeze([]);

/** All matches of `re` (which must have the g flag) in `text`, in order; empty matches advance by one. */
export function matchesOf(re: RegExp, text: string): readonly RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf needs a global regex, got /${re.source.slice(0, 40)}/${re.flags}`);
  re.lastIndex = 0;
  let m = re.exec(text);
  if (m === null) return NONE;
  const out: RegExpExecArray[] = [];
  while (m !== null) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
    m = re.exec(text);
  }
  re.lastIndex = 0;
  return out;
}
