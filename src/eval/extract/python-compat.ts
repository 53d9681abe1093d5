// Python string semantics the official scorers rely on, reproduced exactly so our scores match theirs byte for byte.

/** Characters Python's str.isspace() accepts (used by str.strip() and by `\s` in `re` str patterns). */
const PY_SPACE = '\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const STRIP_RE = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, 'g');

/** Python `s.strip()`: JS `trim()` differs (it strips U+FEFF, keeps U+001C–U+001F and U+0085). */
export function pyStrip(s: string): string {
  return s.replace(STRIP_RE, '');
}

/** Character class body for Python's `\s` in a str pattern. */
export const PY_SPACE_CLASS = PY_SPACE;

/** Python `''.join(sorted(list(s)))`: sorts by code point (JS default sort compares UTF-16 units). */
export function pySortChars(s: string): string {
  return Array.from(s)
    .sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0))
    .join('');
}

/** Python truthiness of a JSON-decoded value. */
export function pyTruthy(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v).length > 0;
  return true;
}

/**
 * Python `json.loads` outcome: a value, a JSONDecodeError (`ok: false`), or values only Python accepts
 * (bare NaN / Infinity), which it decodes to floats.
 */
export function pyJsonLoads(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    // Python's decoder also takes NaN, Infinity and -Infinity as top-level numbers.
    if (/^[ \t\n\r]*-?(NaN|Infinity)[ \t\n\r]*$/.test(text)) return { ok: true, value: Number.NaN };
    return { ok: false };
  }
}
