// Exact n-gram identities for the repetition rules: each n-gram of a unit sequence gets a dense class id, equal
// ids exactly when the n-grams are equal. Hashing every n-gram from scratch costs n per position for each of
// the nine rule sizes (up to 20 units for Chinese); here an n-gram is a pair of two shorter, already classed
// grams — (m-gram at i, (n−m)-gram at i+m) — so each size costs one pair lookup per position, without hash
// collisions, and counts can live in typed arrays indexed by class.

export interface NgramClasses {
  /** Unit id per position (n = 1), dense from 0. */
  readonly units: Int32Array;
  /** Length of each unit in characters. */
  readonly lens: Int32Array;
  /** Distinct units, indexed by id. */
  readonly distinct: readonly string[];
  /** Class id of the n-gram starting at each position (length units.length − n + 1), ids dense from 0. */
  of(n: number): Int32Array;
}

const cache = new WeakMap<readonly string[], NgramClasses>();

// Ids of single-code-unit units in the text being encoded: an entry is valid only when stamped with its number.
const charDoc = new Int32Array(0x10000);
const charId = new Int32Array(0x10000);
let docs = 0;
function nextDoc(): number {
  if (docs === 0x7fffffff) {
    charDoc.fill(0);
    docs = 0;
  }
  return ++docs;
}

/** N-gram classes of `units`, memoised per array (the rules ask for several sizes of the same text). */
export function ngramClasses(units: readonly string[]): NgramClasses {
  const hit = cache.get(units);
  if (hit) return hit;
  const dict = new Map<string, number>();
  const ids = new Int32Array(units.length);
  const lens = new Int32Array(units.length);
  const distinct: string[] = [];
  const doc = nextDoc();
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    let id: number | undefined;
    if (u.length === 1) {
      // Han characters are most units: a table by code unit avoids hashing a fresh string for each.
      const code = u.charCodeAt(0);
      if (charDoc[code] === doc) id = charId[code];
      else {
        id = distinct.length;
        distinct.push(u);
        charDoc[code] = doc;
        charId[code] = id;
      }
    } else {
      id = dict.get(u);
      if (id === undefined) {
        id = distinct.length;
        dict.set(u, id);
        distinct.push(u);
      }
    }
    ids[i] = id;
    lens[i] = u.length;
  }
  const bySize = new Map<number, Int32Array>([[1, ids]]);
  const of = (n: number): Int32Array => {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`n-gram size must be a positive integer, got ${n}`);
    const known = bySize.get(n);
    if (known) return known;
    if (n > units.length) return new Int32Array(0);
    // Join the largest classed size with a classed remainder (the rules ask in increasing n — 2, 3, 4… or
    // 4, 6, 8… — so n−2 and 2, or n−1 and 1, are known); failing that, halve.
    let m = 0;
    for (const k of bySize.keys()) if (k < n && k > m && bySize.has(n - k)) m = k;
    if (m === 0) m = n >> 1;
    const left = of(m);
    const right = of(n - m);
    const classes = pairClasses(left, right, m, units.length - n + 1);
    bySize.set(n, classes);
    return classes;
  };
  const out: NgramClasses = { units: ids, lens, distinct, of };
  cache.set(units, out);
  return out;
}

// Scratch hash table shared by all calls (the filter is synchronous): slots are valid only when stamped with
// the current pass, so a pass neither allocates nor clears the table. Only document-sized tables are kept; a
// huge text gets its own, so one outlier does not pin tens of MB for the rest of the run.
const SHARED_MAX = 1 << 16;
let slotStamp = new Int32Array(0);
let slotA = new Int32Array(0);
let slotB = new Int32Array(0);
let slotValue = new Int32Array(0);
let pass = 0;

function claimTable(cap: number): number {
  if (cap > SHARED_MAX) {
    slotStamp = new Int32Array(cap);
    slotA = new Int32Array(cap);
    slotB = new Int32Array(cap);
    slotValue = new Int32Array(cap);
    pass = 0;
  } else if (slotStamp.length < cap || slotStamp.length > SHARED_MAX || pass === 0x7fffffff) {
    slotStamp = new Int32Array(Math.min(SHARED_MAX, cap * 4));
    slotA = new Int32Array(slotStamp.length);
    slotB = new Int32Array(slotStamp.length);
    slotValue = new Int32Array(slotStamp.length);
    pass = 0;
  }
  return ++pass;
}

/** Dense ids of the pairs (left[i], right[i + offset]) for i < count: open addressing over typed arrays. */
function pairClasses(left: Int32Array, right: Int32Array, offset: number, count: number): Int32Array {
  const out = new Int32Array(count);
  let bits = 4;
  while (1 << bits < count * 2) bits++;
  const cap = 1 << bits;
  const shift = 32 - bits;
  const stamp = claimTable(cap);
  const mask = cap - 1;
  let next = 0;
  for (let i = 0; i < count; i++) {
    const a = left[i];
    const b = right[i + offset];
    // Multiplicative (Fibonacci) hashing: the top bits of the product mix both ids.
    let h = Math.imul(Math.imul(a, 0x85ebca77) ^ b, 0x9e3779b1) >>> shift;
    for (;;) {
      if (slotStamp[h] !== stamp) {
        slotStamp[h] = stamp;
        slotA[h] = a;
        slotB[h] = b;
        slotValue[h] = next;
        out[i] = next++;
        break;
      }
      if (slotA[h] === a && slotB[h] === b) {
        out[i] = slotValue[h];
        break;
      }
      h = (h + 1) & mask;
    }
  }
  return out;
}
