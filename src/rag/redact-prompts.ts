// What the model may see of the user's words. A remote OpenAI-compatible server is a third party: names, phone
// numbers, ID-card and record numbers, addresses — every Safe Harbor class src/safety/phi detects — typed into a
// question must not reach it. Triage and retrieval run
// here on the original text; only the copies of the user turns that go into model prompts are redacted.
import { warning, type Warning } from '../core/warnings.js';
import type { ChatBackend, ChatMessage } from '../models/backend.js';
import { parseModelSpec } from '../models/model-spec.js';
import { redactPhi } from '../safety/phi/index.js';
import type { PhiType } from '../safety/types.js';

/** Hosts that are this machine: a model served there is no third party. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (h === '::1' || h === '0:0:0:0:0:0:0:1' || h === '0.0.0.0') return true;
  // 127.0.0.0/8, also as an IPv4-mapped IPv6 address (WHATWG URL writes [::ffff:127.0.0.1] as [::ffff:7f00:1]).
  return /^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) || /^::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}$/.test(h);
}

/**
 * Default for `redactPrompts`: on for an `openai:` backend whose host is not loopback, off for llama in-process,
 * loopback servers and evidence mode. A spec that does not parse is treated as local: such backends are test
 * doubles or wrappers, and callers who need redaction for them can set the flag.
 */
export function redactsByDefault(backend: ChatBackend | null | undefined): boolean {
  if (!backend) return false;
  let spec: ReturnType<typeof parseModelSpec>;
  try {
    spec = parseModelSpec(backend.spec);
  } catch {
    return false;
  }
  if (spec.kind !== 'openai') return false;
  try {
    return !isLoopbackHost(new URL(spec.baseURL).hostname);
  } catch {
    // An unparsable URL cannot be proved local: fail closed.
    return true;
  }
}

export interface ModelView {
  /** The question as the model sees it. */
  question: string;
  /** Earlier turns as the model sees them (user turns redacted; assistant turns unchanged). */
  history: ChatMessage[];
  /** Identifier types removed, in order of first appearance (empty when nothing was removed or redaction is off). */
  removed: PhiType[];
}

/** The question and history for model prompts: user turns with identifiers replaced by `[TYPE]` placeholders. */
export function modelView(question: string, history: ChatMessage[], enabled: boolean): ModelView {
  if (!enabled) return { question, history, removed: [] };
  const removed = new Set<PhiType>();
  const scrub = (text: string): string => {
    const r = redactPhi(text);
    for (const s of r.spans) removed.add(s.type);
    return r.text;
  };
  // History first so `removed` lists types in conversation order.
  const h = history.map((m) => (m.role === 'user' ? { ...m, content: scrub(m.content) } : m));
  return { question: scrub(question), history: h, removed: [...removed] };
}

/** The result warning, e.g. "identifiers removed before sending to the model: PHONE, NAME". */
export function redactionWarning(removed: readonly PhiType[]): Warning[] {
  return removed.length ? [warning('identifiers-redacted', `identifiers removed before sending to the model: ${removed.join(', ')}`, { types: removed })] : [];
}
