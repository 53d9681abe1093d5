// The pipeline record: one unit of training text flowing through the curation steps.
import { z } from 'zod';
import type { Doc } from '../core/types.js';
import { ROLES, type Message } from './dialogue/turns.js';

/** A record as steps see it. `metadata` carries what steps add (lang, tags, tokens, cluster ids…). */
export interface DataRecord {
  id: string;
  text: string;
  source: string;
  metadata: Record<string, unknown>;
  /** Dialogue turns in order, when the input is a conversation; `text` is then their contents joined (turns.ts). */
  messages?: Message[];
}

export const dataRecordSchema = z.object({
  id: z.string(),
  text: z.string(),
  source: z.string(),
  metadata: z.record(z.string(), z.unknown()).default({}),
  messages: z.array(z.object({ role: z.enum(ROLES), content: z.string() })).optional(),
});

/** Adapter from the knowledge base's Doc: title and sections become the text, the rest goes to metadata. */
export function recordFromDoc(doc: Doc): DataRecord {
  const text = doc.title && !doc.text.startsWith(doc.title) ? `${doc.title}\n${doc.text}` : doc.text;
  const metadata: Record<string, unknown> = { ...doc.metadata, title: doc.title, lang: doc.lang, authority: doc.authority };
  if (doc.url) metadata.url = doc.url;
  if (doc.date) metadata.date = doc.date;
  return { id: doc.id, text, source: doc.source, metadata };
}

/** Serialise with a stable key order so reruns produce byte-identical shards. */
export function recordToJson(r: DataRecord): string {
  if (r.messages)
    return JSON.stringify({
      id: r.id,
      text: r.text,
      messages: r.messages.map((m) => ({ role: m.role, content: m.content })),
      source: r.source,
      metadata: r.metadata,
    });
  return JSON.stringify({ id: r.id, text: r.text, source: r.source, metadata: r.metadata });
}
