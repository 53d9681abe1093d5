// Reading a judge model's verdict: JSON first ({"correct": true, "reason": "…"}), then yes/no words.
import { jsonObjects } from './extract.js';
import type { Score } from './types.js';

const YES_RE = /\b(yes|true|correct)\b|正确|是的|一致/i;
const NO_RE = /\b(no|false|incorrect|wrong)\b|错误|不正确|不一致|不是/i;

/** A yes/no verdict with its reason; null when the reply says neither. */
export function parseVerdict(text: string): { yes: boolean; reason: string } | null {
  for (const o of jsonObjects(text).reverse()) {
    const v = o.correct ?? o.verdict ?? o.judgement ?? o.answer;
    const reason = typeof o.reason === 'string' ? o.reason : typeof o.reasons === 'string' ? o.reasons : '';
    if (typeof v === 'boolean') return { yes: v, reason };
    if (typeof v === 'string') {
      if (NO_RE.test(v)) return { yes: false, reason };
      if (YES_RE.test(v)) return { yes: true, reason };
    }
  }
  const last = text.trim().split('\n').pop() ?? '';
  if (NO_RE.test(last)) return { yes: false, reason: text.trim().slice(0, 300) };
  if (YES_RE.test(last)) return { yes: true, reason: text.trim().slice(0, 300) };
  return null;
}

/** A numeric grade out of `max` in {"score": n} or "n/10"; null when absent. */
export function parseGrade(text: string, max: number): { grade: number; reason: string; violated: string[] } | null {
  for (const o of jsonObjects(text).reverse()) {
    const g = typeof o.score === 'number' ? o.score : typeof o.score === 'string' ? Number(o.score) : NaN;
    if (Number.isFinite(g)) {
      const violated = Array.isArray(o.violated) ? o.violated.filter((x): x is string => typeof x === 'string') : [];
      return { grade: Math.max(0, Math.min(max, g)), reason: typeof o.reason === 'string' ? o.reason : '', violated };
    }
  }
  const m = /(\d+(?:\.\d+)?)\s*\/\s*(\d+)/.exec(text) ?? /(?:score|评分|得分)\s*[:：]?\s*(\d+(?:\.\d+)?)/i.exec(text);
  if (!m) return null;
  const g = Number(m[1]);
  return Number.isFinite(g) ? { grade: Math.max(0, Math.min(max, g)), reason: text.trim().slice(0, 300), violated: [] } : null;
}

export function verdictScore(text: string): Score {
  const v = parseVerdict(text);
  if (!v) return { score: 0, reason: 'judge-unreadable', acc: false };
  return { score: v.yes ? 1 : 0, reason: `judge:${v.yes ? 'yes' : 'no'}${v.reason ? `: ${v.reason.slice(0, 160)}` : ''}`, acc: v.yes };
}
