// JSON numbers as Python floats. JavaScript writes 1 for 1.0, Python's json reads that back as int, and a step
// whose rewards are all whole numbers becomes an int64 tensor in OpenRLHF (the advantage step then fails with
// "std and var only support floating point"). Every number we send to a trainer is written with a decimal point.
// Hand-built strings also keep the hot path cheap: one join per list, no generic serializer.

/** A finite number as a JSON literal Python parses to float: 1 → "1.0", 0.25 → "0.25", 1e21 → "1e+21". */
export function pyFloat(x: number): string {
  if (!Number.isFinite(x)) throw new RangeError(`reward value ${x} is not a finite number`);
  const s = String(x);
  // String() gives a decimal point or an exponent for everything that is not an integer; Python reads both as float.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 /* . */ || c === 101 /* e */) return s;
  }
  return `${s}.0`;
}

/** `[1.0,0.0,0.5]`. */
export function floatList(values: ArrayLike<number>): string {
  if (values.length === 0) return '[]';
  let out = '[';
  for (let i = 0; i < values.length; i++) out += (i ? ',' : '') + pyFloat(values[i]);
  return `${out}]`;
}

/** An object of float lists, keys written with JSON.stringify (they are ours, but never trust a key). */
export function floatListObject(lists: Readonly<Record<string, ArrayLike<number>>>): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(lists)) parts.push(`${JSON.stringify(k)}:${floatList(v)}`);
  return `{${parts.join(',')}}`;
}
