// Whether the de-identifier redacts at least 90 % of a value's characters in a text (the blind benches' "caught"
// rule), for tests that list sentences and the identifiers they hold.
import { detectPhi } from '../../src/safety/phi/index.js';

/** `share`: the part of the value's characters that must be redacted (0.9 by default, the benches' rule; 1 = all). */
export function covered(text: string, value: string, share = 0.9): boolean {
  const at = text.indexOf(value);
  if (at < 0) throw new Error(`test value ${value} not in ${text}`);
  const spans = detectPhi(text);
  let n = 0;
  for (let i = at; i < at + value.length; i++) if (spans.some((s) => s.start <= i && i < s.end)) n++;
  return n / value.length >= share;
}

/** Whether any character of `value` is redacted (a kept value must have none). */
export function touched(text: string, value: string): boolean {
  const at = text.indexOf(value);
  if (at < 0) throw new Error(`test value ${value} not in ${text}`);
  return detectPhi(text).some((s) => s.start < at + value.length && at < s.end);
}
