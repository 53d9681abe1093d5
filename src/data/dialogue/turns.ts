// Dialogue turns: a record may carry `messages` (roles in order); its `text` is then the turns' contents joined by
// a blank line, so text-level steps (dedup, tagging, tokens) still see the whole conversation.
import type { DataRecord } from '../record.js';

export const ROLES = ['system', 'user', 'assistant'] as const;
export type Role = (typeof ROLES)[number];

export interface Message {
  role: Role;
  content: string;
}

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

/** Map a role name as corpora spell it (ShareGPT from, OpenAI role, speaker labels) to ours. */
export function roleOf(name: unknown): Role | undefined {
  if (typeof name !== 'string') return undefined;
  const n = name.trim().toLowerCase();
  if (/^(system|sys|instruction)$/.test(n)) return 'system';
  if (/^(human|user|patient|患者|病人|用户|提问者|问|q|question|client|客户)$/.test(n)) return 'user';
  if (/^(gpt|assistant|bot|model|doctor|医生|大夫|医师|答|a|answer|chatgpt|ai)$/.test(n)) return 'assistant';
  return undefined;
}
