// Answer extraction shared by the rule verifiers: reasoning is cut off first (an answer that only appears
// inside <think>…</think> never counts), then <answer> tags, JSON (fenced or bare) and plain text are tried.
// Strict mode accepts only the requested format. Two different answers in the same format are a conflict.
import { toSimplified } from '../../core/han-variants.js';
import { foldWidth } from '../../knowledge/term-text.js';

export type AnswerFormat = 'json' | 'tag' | 'text';

export interface Extracted {
  /** The raw answer string (JSON: the `answer` value stringified when not a string). */
  answer: string | null;
  via: AnswerFormat | null;
  /** Parsed JSON object when via === 'json'. */
  json?: Record<string, unknown>;
  /** Two or more different answers were given in the winning format. */
  conflict: boolean;
}

export interface ExtractOptions {
  /** Only accept this format (strict mode). */
  strictFormat?: AnswerFormat;
  /** JSON keys holding the answer, tried in order. */
  jsonKeys?: readonly string[];
  /** How much of the visible answer's tail to scan for plain-text answers. */
  tailChars?: number;
}

const THINK_CLOSE = '</think>';
const THINK_OPEN_RE = /<think>/i;
const TAG_RE = /<answer>([\s\S]*?)<\/answer>/gi;
const FENCE_RE = /```(?:json)?\s*([\s\S]*?)```/gi;
const DEFAULT_KEYS = ['answer', '答案'] as const;
/** Longest visible response scanned for tags and JSON; beyond it only the tail is read (50k-char rollouts). */
const MAX_SCAN = 16_000;

/** The part of a response after its reasoning; null when reasoning was opened and never closed (truncated). */
/** Traditional characters come back simplified (頸椎磁振造影 → 颈椎磁振造影): every gold label and lexicon is written in
 * simplified Chinese, and a zh-TW or Hong Kong answer names the same test or drug (#18). Same length, one for one. */
export function visibleAnswer(response: string): string | null {
  const close = response.lastIndexOf(THINK_CLOSE);
  if (close >= 0) return toSimplified(response.slice(close + THINK_CLOSE.length));
  if (THINK_OPEN_RE.test(response.length > 200 ? response.slice(0, 200) : response)) return null;
  return toSimplified(response);
}

function scanWindow(text: string): string {
  return text.length > MAX_SCAN ? text.slice(text.length - MAX_SCAN) : text;
}

function tagAnswers(text: string): string[] {
  const out: string[] = [];
  TAG_RE.lastIndex = 0;
  for (let m = TAG_RE.exec(text); m; m = TAG_RE.exec(text)) out.push(m[1].trim());
  return out;
}

/** Balanced {...} objects in text (string-aware), at most `max`, scanning from the start. */
export function jsonObjects(text: string, max = 8): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  let i = text.indexOf('{');
  while (i >= 0 && out.length < max) {
    let depth = 0;
    let inStr = false;
    let end = -1;
    for (let j = i; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (inStr) {
        if (c === 92)
          j++; // backslash
        else if (c === 34) inStr = false;
        continue;
      }
      if (c === 34) inStr = true;
      else if (c === 123) depth++;
      else if (c === 125 && --depth === 0) {
        end = j;
        break;
      }
    }
    if (end < 0) break;
    try {
      const v: unknown = JSON.parse(text.slice(i, end + 1));
      if (v && typeof v === 'object' && !Array.isArray(v)) out.push(v as Record<string, unknown>);
      i = text.indexOf('{', end + 1);
    } catch {
      i = text.indexOf('{', i + 1);
    }
  }
  return out;
}

function jsonAnswers(text: string, keys: readonly string[]): { answers: string[]; objects: Record<string, unknown>[] } {
  const blocks: string[] = [];
  FENCE_RE.lastIndex = 0;
  for (let m = FENCE_RE.exec(text); m; m = FENCE_RE.exec(text)) blocks.push(m[1]);
  const objects = (blocks.length > 0 ? blocks : [text]).flatMap((b) => jsonObjects(b));
  const answers: string[] = [];
  const withKey: Record<string, unknown>[] = [];
  for (const o of objects) {
    for (const k of keys) {
      if (k in o) {
        const v = o[k];
        answers.push(
          typeof v === 'string' ? v : Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(',') : JSON.stringify(v),
        );
        withKey.push(o);
        break;
      }
    }
  }
  return { answers, objects: withKey };
}

function distinct(values: string[], norm: (s: string) => string): boolean {
  const first = norm(values[0]);
  return values.some((v) => norm(v) !== first);
}

/**
 * Extract the final answer. `textPattern` finds plain-text answers (last match wins); `norm` decides when
 * two answers in one format are "the same" (e.g. sorted letter sets).
 */
export function extractAnswer(
  response: string,
  textPattern: RegExp | null,
  options: ExtractOptions = {},
  norm: (s: string) => string = (s) => s.trim(),
): Extracted {
  const none: Extracted = { answer: null, via: null, conflict: false };
  const visible = visibleAnswer(response);
  if (visible === null) return none;
  const text = scanWindow(visible);
  const strict = options.strictFormat;

  if (!strict || strict === 'tag') {
    const tags = tagAnswers(text);
    if (tags.length > 0) return { answer: tags[tags.length - 1], via: 'tag', conflict: tags.length > 1 && distinct(tags, norm) };
    if (strict) return none;
  }
  if (!strict || strict === 'json') {
    if (text.includes('{')) {
      const { answers, objects } = jsonAnswers(text, options.jsonKeys ?? DEFAULT_KEYS);
      if (answers.length > 0) {
        return { answer: answers[answers.length - 1], via: 'json', json: objects[objects.length - 1], conflict: answers.length > 1 && distinct(answers, norm) };
      }
    }
    if (strict) return none;
  }
  if (textPattern) {
    const t = foldWidth(text.length > (options.tailChars ?? 2000) ? text.slice(text.length - (options.tailChars ?? 2000)) : text);
    // Callers pass a precompiled /g pattern (hot path: no RegExp allocation per call).
    const re = textPattern;
    re.lastIndex = 0;
    let last: string | null = null;
    if (!re.global) {
      const m = re.exec(t);
      if (m) last = (m[1] ?? m[0]).trim();
    } else {
      for (let m = re.exec(t); m; m = re.exec(t)) {
        last = (m[1] ?? m[0]).trim();
        if (m[0].length === 0) re.lastIndex++;
      }
    }
    if (last !== null) return { answer: last, via: 'text', conflict: false };
  }
  return none;
}
