// A reader for the Python literals some datasets store as text (MedCalc-Bench's "Relevant Entities":
// {'age': [43.0, 'years'], 'Stroke': True, …}). Dicts, lists, tuples (read as arrays), strings, numbers,
// True/False/None. Returns undefined on anything else rather than guessing.

export type PyValue = string | number | boolean | null | PyValue[] | { [k: string]: PyValue };

export function parsePythonLiteral(text: string): PyValue | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const fail = (): never => {
    throw new Error(`unexpected "${text[i] ?? 'end'}" at ${i}`);
  };
  function str(): string {
    const q = text[i++];
    let out = '';
    while (i < text.length && text[i] !== q) {
      if (text[i] === '\\') {
        const c = text[i + 1];
        out += c === 'n' ? '\n' : c === 't' ? '\t' : c;
        i += 2;
      } else out += text[i++];
    }
    if (text[i] !== q) fail();
    i++;
    return out;
  }
  function seq(close: string): PyValue[] {
    const out: PyValue[] = [];
    i++;
    ws();
    while (text[i] !== close) {
      out.push(value());
      ws();
      if (text[i] === ',') i++;
      else if (text[i] !== close) fail();
      ws();
    }
    i++;
    return out;
  }
  function dict(): Record<string, PyValue> {
    const out: Record<string, PyValue> = {};
    i++;
    ws();
    while (text[i] !== '}') {
      const k = value();
      ws();
      if (text[i++] !== ':') fail();
      out[String(k)] = value();
      ws();
      if (text[i] === ',') i++;
      else if (text[i] !== '}') fail();
      ws();
    }
    i++;
    return out;
  }
  function value(): PyValue {
    ws();
    const c = text[i];
    if (c === '{') return dict();
    if (c === '[') return seq(']');
    if (c === '(') return seq(')');
    if (c === "'" || c === '"') return str();
    const m = /^(True|False|None|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)/.exec(text.slice(i, i + 40));
    if (!m) return fail();
    i += m[0].length;
    return m[0] === 'True' ? true : m[0] === 'False' ? false : m[0] === 'None' ? null : Number(m[0]);
  }
  try {
    const v = value();
    ws();
    return i === text.length ? v : undefined;
  } catch {
    return undefined;
  }
}
