// Dialogue turns: a record may carry `messages` (roles in order); its `text` is then the turns' contents joined by
// a blank line, so text-level steps (dedup, tagging, tokens) still see the whole conversation.
import type { Message, Role } from '../../core/dialogue.js';
import type { DataRecord } from '../record.js';

export { ROLES, roleOf, type Message, type Role } from '../../core/dialogue.js';

export const TURN_SEPARATOR = '\n\n';

export function renderText(messages: readonly Message[]): string {
  return messages.map((m) => m.content).join(TURN_SEPARATOR);
}

/** The record with new messages and the text re-rendered from them (null when no content turn is left). */
export function withMessages(r: DataRecord, messages: Message[]): DataRecord | null {
  const kept = messages.filter((m) => m.content.trim() !== '');
  if (!kept.some((m) => m.role !== 'system')) return null;
  return { ...r, messages: kept, text: renderText(kept) };
}

/** The units a quality rule measures separately: each turn of a dialogue, else the whole text as one field. */
export function fieldsOf(r: DataRecord): { role: Role | 'text'; content: string }[] {
  return r.messages?.length ? r.messages : [{ role: 'text', content: r.text }];
}
