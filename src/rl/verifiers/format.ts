// Format reward: did the response use the requested shape? Kept separate from correctness so reward stats can
// spot format-only wins (format right, answer wrong) — the classic early sign of reward hacking.
import { jsonObjects, visibleAnswer } from './extract.js';
import type { RuleVerifier, Score } from './types.js';

export interface FormatReference {
  /** json: one JSON object with `key`; tag: one <answer>…</answer>; think-answer: <think>…</think> then an answer. */
  format: 'json' | 'tag' | 'think-answer';
  key?: string;
}

const TAG_OPEN_RE = /<answer>/gi;
const TAG_RE = /<answer>[\s\S]*?\S[\s\S]*?<\/answer>/i;

function count(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}

export const verifyFormat: RuleVerifier<FormatReference> = (response, ref): Score => {
  const visible = visibleAnswer(response);
  if (visible === null) return { score: 0, reason: 'unclosed-think', formatOk: false };
  const tail = visible.length > 16_000 ? visible.slice(-16_000) : visible;
  if (ref.format === 'think-answer') {
    const ok = response.includes('</think>') && /^\s*<think>/i.test(response) && tail.trim().length > 0;
    return { score: ok ? 1 : 0, reason: ok ? 'ok' : 'missing-think-or-answer', formatOk: ok };
  }
  if (ref.format === 'tag') {
    const n = count(TAG_OPEN_RE, tail);
    const ok = n === 1 && TAG_RE.test(tail);
    return { score: ok ? 1 : 0, reason: ok ? 'ok' : n > 1 ? 'several-answer-tags' : 'no-answer-tag', formatOk: ok };
  }
  const key = ref.key ?? 'answer';
  const objs = tail.includes('{') ? jsonObjects(tail) : [];
  const withKey = objs.filter((o) => key in o);
  const ok = withKey.length === 1;
  return { score: ok ? 1 : 0, reason: ok ? 'ok' : withKey.length > 1 ? 'several-json-answers' : `no-json-${key}`, formatOk: ok };
};
