// What the model may see of the user's words. A remote OpenAI-compatible server is a third party: names, phone
// numbers, ID-card and record numbers, addresses — every Safe Harbor class src/safety/phi detects — typed into a
// question must not reach it. Triage and retrieval run
// here on the original text; only the copies of the user turns that go into model prompts are redacted.
import { warning, type Warning } from '../core/warnings.js';
import type { ChatBackend, ChatMessage } from '../models/backend.js';
import { redactPhi } from '../safety/phi/index.js';
import type { PhiType } from '../safety/types.js';

/**
 * Default for `redactPrompts`: on when the backend says its prompts leave the machine (`remote`: a server on a
 * non-loopback host, or an unparsable URL), off for llama in-process, loopback servers and evidence mode.
 */
export function redactsByDefault(backend: ChatBackend | null | undefined): boolean {
  return backend?.remote ?? false;
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
