// From a raw row (JSON object, CSV row, Parquet row) to a DataRecord, using the input's field mapping.
import type { DataRecord } from '../record.js';
import { dataErrors } from '../errors.js';
import { turnsFromValue } from '../../core/dialogue.js';
import { renderText, type Message, type Role } from '../dialogue/turns.js';
import type { DialogueSpec, InputSpec } from './input-spec.js';

/** Values at a dotted path; arrays are flattened on the way ("conversations.value" visits every turn). */
export function fieldValues(row: unknown, path: string): unknown[] {
  let cur: unknown[] = [row];
  for (const key of path.split('.')) {
    const next: unknown[] = [];
    for (const v of cur) {
      const items = Array.isArray(v) ? v : [v];
      for (const item of items) {
        if (item && typeof item === 'object' && key in (item as Record<string, unknown>)) next.push((item as Record<string, unknown>)[key]);
      }
    }
    cur = next;
  }
  return cur;
}

/** Nested arrays flattened depth-first, so [[q1, a1], [q2, a2]] reads q1, a1, q2, a2 (turn order kept). */
function flatScalars(vals: unknown[], out: string[] = []): string[] {
  for (const v of vals) {
    if (Array.isArray(v)) flatScalars(v, out);
    else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint') out.push(String(v));
    else if (v && typeof v === 'object') {
      // A turn object ({from, value} / {role, content}) read as its content.
      const o = v as Record<string, unknown>;
      const c = o.value ?? o.content ?? o.text;
      if (typeof c === 'string') out.push(c);
    }
  }
  return out;
}

export function fieldText(row: unknown, path: string): string | undefined {
  const vals = flatScalars(fieldValues(row, path)).filter((s) => s.trim() !== '');
  if (vals.length === 0) return undefined;
  return vals.join('\n');
}

export interface RowOrigin {
  file: string;
  /** 1-based line (JSONL, CSV record) or item index (JSON array, Parquet row). */
  line: number;
  /** Index of the file in the input's file list (ids stay unique across files). */
  fileIndex: number;
}

/** Turns of a dialogue row and the configured fields that yielded nothing. */
export function dialogueOf(row: unknown, d: DialogueSpec): { messages: Message[]; missing: string[] } {
  const messages: Message[] = [];
  const missing: string[] = [];
  const joined = (fields: string[] | undefined, role: Role): void => {
    if (!fields) return;
    const parts: string[] = [];
    for (const f of fields) {
      const t = fieldText(row, f);
      if (t === undefined) missing.push(f);
      else parts.push(t);
    }
    if (parts.length) messages.push({ role, content: parts.join('\n') });
  };
  const listed = (field: string | undefined): void => {
    if (!field) return;
    const vals = fieldValues(row, field);
    const turns = vals.length === 1 ? turnsFromValue(vals[0]) : turnsFromValue(vals);
    if (turns?.length) messages.push(...turns);
    else missing.push(field);
  };
  joined(d.system, 'system');
  listed(d.turns);
  listed(d.history);
  joined(d.user, 'user');
  joined(d.assistant, 'assistant');
  return { messages, missing };
}

/** Build a record: text fields joined by a blank line (or dialogue turns); fields that yielded nothing are named in
 *  metadata.missingFields and counted by ingest; a row with no text at all fails naming file and line. */
export function rowToRecord(row: unknown, spec: InputSpec, at: RowOrigin): DataRecord | null {
  let text: string;
  let messages: Message[] | undefined;
  let missing: string[];
  if (spec.dialogue) {
    const d = dialogueOf(row, spec.dialogue);
    missing = d.missing;
    messages = d.messages;
    text = renderText(messages);
    if (!messages.some((m) => m.role !== 'system')) text = '';
  } else {
    const parts: string[] = [];
    missing = [];
    for (const f of spec.text) {
      const t = fieldText(row, f);
      if (t === undefined) missing.push(f);
      else parts.push(t);
    }
    text = parts.join('\n\n');
  }
  if (text === '') {
    if (spec.onMissing === 'skip') return null;
    const fields = spec.dialogue ? Object.values(spec.dialogue).flat().filter(Boolean).join('+') : spec.text.join('+');
    throw dataErrors.DATA_FIELD_MISSING({ file: at.file, line: at.line, field: fields });
  }
  const source = spec.source ?? 'input';
  const rawId = spec.id ? fieldText(row, spec.id) : undefined;
  const id = rawId?.trim() ? `${source}:${rawId.trim()}` : `${source}:${at.fileIndex}:${at.line}`;
  const metadata: Record<string, unknown> = { origin: { file: at.file, line: at.line } };
  for (const m of spec.metadata) {
    const v = fieldText(row, m);
    if (v !== undefined) metadata[m] = v;
  }
  if (spec.authority) metadata.authority = spec.authority;
  if (missing.length > 0) metadata.missingFields = missing;
  return messages ? { id, text, source, metadata, messages } : { id, text, source, metadata };
}
