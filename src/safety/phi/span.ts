import { globalOf } from '../../core/regex.js';
import type { PhiSpan, PhiType } from '../types.js';

/** One detector: pure text → spans of one or more identifier types. */
export type PhiDetector = (text: string) => PhiSpan[];

export function span(type: PhiType, text: string, start: number, end: number): PhiSpan {
  return { type, start, end, text: text.slice(start, end) };
}

/** All matches of a global regex, with the span narrowed to capture group `group` when given. */
export function matchSpans(text: string, re: RegExp, type: PhiType, group = 0): PhiSpan[] {
  const out: PhiSpan[] = [];
  const g = globalOf(re);
  g.lastIndex = 0;
  for (const m of text.matchAll(g)) {
    const whole = m.index ?? 0;
    const part = m[group];
    if (part === undefined) continue;
    const start = group === 0 ? whole : whole + m[0].indexOf(part);
    out.push(span(type, text, start, start + part.length));
  }
  return out;
}

/** Does one of `cues` end within `window` characters before `index`? */
export function cueBefore(text: string, index: number, cues: RegExp, window = 12): boolean {
  const before = text.slice(Math.max(0, index - window), index);
  return cues.test(before);
}
