// The answer-side gate on a model's stream: text is passed on a sentence at a time, and a sentence the gate holds
// (advice-gate.ts) never leaves — it is kept for the held-advice note after the answer. A sentence is complete at
// its end mark plus any citation markers after it, once the next character shows that nothing more belongs to it,
// so a marker streamed after the full stop ("… today. [2]") stays with its sentence.
import type { AdviceGate, HeldAdvice } from './advice-gate.js';

export interface AdviceStreamGate {
  /** Feed streamed text; returns what may be shown now. */
  push(text: string): string;
  /** End of stream: judge what is left. */
  flush(): string;
  readonly held: HeldAdvice[];
}

// End of a sentence: a Chinese end mark, an English one before white space, or a line break, then citation markers.
const END = /(?:[。！？]+|[.!?]+(?=\s)|\n)(?:\s*[[【]\s*\d[\d\s,，、]*[\]】])*/gu;

export function createAdviceStreamGate(gate: AdviceGate): AdviceStreamGate {
  let pending = '';
  const held: HeldAdvice[] = [];
  const judge = (sentence: string): string => {
    if (!sentence.trim()) return sentence;
    const h = gate.judge(sentence);
    if (!h) return sentence;
    held.push(h);
    // Keep the layout (a line break or the space after it) so the next sentence does not run into the previous one.
    return /\n\s*$/.test(sentence) ? '\n' : ' ';
  };
  const drain = (final: boolean): string => {
    let out = '';
    let from = 0;
    END.lastIndex = 0;
    for (let m = END.exec(pending); m; m = END.exec(pending)) {
      const end = m.index + m[0].length;
      // A marker or more white space may still follow: wait for a character that shows the sentence is over.
      const rest = pending.slice(end);
      if (!final && (!/\S/.test(rest) || /^\s*[[【]\s*\d*$/.test(rest))) break;
      const ws = rest.match(/^\s*/)![0].length;
      out += judge(pending.slice(from, end + ws));
      from = end + ws;
      END.lastIndex = from;
    }
    pending = pending.slice(from);
    if (final) {
      out += judge(pending);
      pending = '';
    }
    return out;
  };
  return {
    held,
    push(text) {
      pending += text;
      return drain(false);
    },
    flush: () => drain(true),
  };
}
