// Find the value of an "answer" field in free model text: fenced JSON, JSON after reasoning, JSON lists,
// truncated JSON. Lenient on purpose (used for every benchmark except CPQExam's official scoring).

/** Drop reasoning blocks (<think>…</think>) that reasoning models put before the answer. */
export function stripReasoning(text: string): string {
  const closed = text.replace(/<think>[\s\S]*?<\/think>/gi, '');
  // An unclosed <think> means the model ran out of tokens while thinking: nothing after it is an answer.
  const open = closed.search(/<think>/i);
  return open >= 0 ? closed.slice(0, open) : closed;
}

const ANSWER_KEY = /^(answers?|答案|final_answers?|label)$/i;
const CHOICE_KEY =
  /^(choices?|options?|selected|selection|selected_options?|selected_choices?|answer_(?:letter|choice|option)s?|correct_(?:options?|choices?)|final_choice|选项|选择|正确选项)$/i;

function answerOf(value: unknown): unknown {
  if (Array.isArray(value)) {
    const inner = value.map(answerOf).filter((v) => v !== undefined);
    if (inner.length === 0) return value.every((v) => typeof v === 'string') ? value : undefined;
    return inner.flat();
  }
  if (value !== null && typeof value === 'object') {
    const rec = value as Record<string, unknown>;
    for (const key of Object.keys(rec)) if (ANSWER_KEY.test(key)) return rec[key];
    // A choice under its own name ({"choice": "D", "reason": …}) when no answer key is present.
    for (const key of Object.keys(rec)) if (CHOICE_KEY.test(key)) return rec[key];
  }
  return undefined;
}

interface Span {
  text: string;
  start: number;
  end: number;
}

/**
 * Balanced {...} or [...] substrings, the final one first (a model that explains first ends with its JSON);
 * among spans ending at the same place the outermost wins, so a list of objects beats its last object.
 */
function jsonSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (let start = text.length - 1; start >= 0; start--) {
    const open = text[start];
    if (open !== '{' && open !== '[') continue;
    const close = open === '{' ? '}' : ']';
    let depth = 0;
    let inString = false;
    for (let i = start; i < text.length; i++) {
      const ch = text[i];
      if (inString) {
        if (ch === '\\') i++;
        else if (ch === '"') inString = false;
      } else if (ch === '"') inString = true;
      else if (ch === open) depth++;
      else if (ch === close && --depth === 0) {
        spans.push({ text: text.slice(start, i + 1), start, end: i });
        break;
      }
    }
    if (spans.length >= 32) break;
  }
  return spans.sort((a, b) => b.end - a.end || a.start - b.start);
}

export interface JsonAnswer {
  value: unknown;
  how: 'json' | 'json-truncated';
  /**
   * Answers of the reply's other JSON objects (not inside this one) that differ from this one ('{"answer": "A"}
   * {"answer": "B"}'); the caller decides whether they name other options (a format restated as '{"answer": "<letter>"}'
   * names none).
   */
  others?: unknown[];
}

/** The "answer" value from the last parseable JSON in the text, else from a truncated `"answer": "…`. */
export function findJsonAnswer(raw: string): JsonAnswer | null {
  const text = stripReasoning(raw).replace(/```(?:json)?/gi, '\n');
  let found: { value: unknown; span: Span } | null = null;
  const others: unknown[] = [];
  for (const span of jsonSpans(text)) {
    // A span inside the answer's own object is part of it.
    if (found && span.start >= found.span.start && span.end <= found.span.end) continue;
    try {
      const value = answerOf(JSON.parse(span.text));
      if (value === undefined) continue;
      if (!found) found = { value, span };
      else if (JSON.stringify(value) !== JSON.stringify(found.value)) others.push(value);
    } catch {
      // not JSON; try the next candidate
    }
  }
  if (found) return others.length ? { value: found.value, how: 'json', others } : { value: found.value, how: 'json' };
  const truncated = /["“”']?(?:answer|答案)["“”']?\s*[:：]\s*(?:"([^"\n]*)"?|([-+]?\d[\d.,]*)|\[([^\]\n]*)\]?)/i.exec(text);
  if (truncated) {
    const list = truncated[3];
    const value = list !== undefined ? list.split(/[,，]/).map((s) => s.replace(/["'\s]/g, '')) : (truncated[1] ?? truncated[2]);
    return { value, how: 'json-truncated' };
  }
  return null;
}
