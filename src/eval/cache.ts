// Resumable completion cache (SQLite): key = hash(model spec, messages, temperature, max tokens, seed, schema).
// A rerun after a crash, or a second report over the same run, never pays for the same completion twice.
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { defaultCachePath } from './cache-path.js';
import type { ChatMessage, ChatResult, JsonSchema } from '../models/backend.js';

const SCHEMA_VERSION = '1';

export interface CacheKeyInput {
  model: string;
  messages: ChatMessage[];
  temperature: number;
  maxTokens: number;
  seed?: number;
  jsonSchema?: JsonSchema;
}

export function cacheKey(input: CacheKeyInput): string {
  const canonical = JSON.stringify([
    SCHEMA_VERSION,
    input.model,
    input.messages.map((m) => [m.role, m.content]),
    input.temperature,
    input.maxTokens,
    input.seed ?? null,
    input.jsonSchema ?? null,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

export { defaultCachePath };

export interface EvalCache {
  readonly path: string;
  get(key: string): ChatResult | undefined;
  put(key: string, model: string, result: ChatResult): void;
  size(): number;
  close(): void;
}

export function openEvalCache(path: string = defaultCachePath()): EvalCache {
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec(`CREATE TABLE IF NOT EXISTS completions (
    key TEXT PRIMARY KEY, model TEXT NOT NULL, text TEXT NOT NULL,
    prompt_tokens INTEGER NOT NULL, completion_tokens INTEGER NOT NULL, finish TEXT NOT NULL, created TEXT NOT NULL)`);
  const getStmt = db.prepare('SELECT text, prompt_tokens, completion_tokens, finish FROM completions WHERE key = ?');
  const putStmt = db.prepare('INSERT OR REPLACE INTO completions VALUES (?, ?, ?, ?, ?, ?, ?)');
  const countStmt = db.prepare('SELECT COUNT(*) AS n FROM completions');
  return {
    path,
    get(key) {
      const row = getStmt.get(key) as { text: string; prompt_tokens: number; completion_tokens: number; finish: ChatResult['finishReason'] } | undefined;
      return row
        ? { text: row.text, usage: { promptTokens: row.prompt_tokens, completionTokens: row.completion_tokens }, finishReason: row.finish }
        : undefined;
    },
    put(key, model, r) {
      putStmt.run(key, model, r.text, r.usage.promptTokens, r.usage.completionTokens, r.finishReason, new Date().toISOString());
    },
    size: () => (countStmt.get() as { n: number }).n,
    close: () => db.close(),
  };
}
