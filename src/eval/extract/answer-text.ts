// The text an answer is read from: reasoning removed (an answer that exists only inside <think>…</think> never
// counts; an unclosed <think> means the model ran out of tokens while thinking), widths and Chinese punctuation
// folded to ASCII (Ａ → A, ： → :, 。 → .), and presentation markup dropped so "**Answer:** B", "答案：**B**" and
// "$\boxed{\text{B}}$" read like plain text. Format spans (\boxed{…}, <answer>…</answer>) are collected first.
import { foldWidth } from '../../knowledge/term-text.js';

/** Longest visible reply scanned; beyond it only the tail is read (the answer is at the end of long outputs). */
export const MAX_SCAN = 20_000;

export type VisibleText = { text: string; state: 'ok' } | { text: ''; state: 'empty' | 'reasoning-only' };

/**
 * A dash written inside a word ("Case–control", "β‐blocker", "non‑ST") is the hyphen it stands for: typography, not
 * another name. Only between two letters of which one is lower-case, so a letter range ("A–D"), a number range
 * ("3–5") and a spaced dash between clauses ("A — lorazepam") stay as written. Same length: every offset holds. Pure.
 */
export function foldWordDashes(text: string): string {
  return text.replace(/(?<=[A-Za-z])[\u2010-\u2013\u2212](?=[A-Za-z])/g, (d, at: number) =>
    /[a-z]/.test(text[at - 1]) || /[a-z]/.test(text[at + 1]) ? '-' : d,
  );
}

/** The reply after its reasoning. A reply with only "</think>" (the template opened the block) keeps what follows. */
export function visibleReply(raw: string): VisibleText {
  const close = raw.lastIndexOf('</think>');
  let text = close >= 0 ? raw.slice(close + 8) : raw;
  if (close < 0) {
    const open = raw.search(/<think>/i);
    if (open >= 0) text = raw.slice(0, open);
  }
  if (text.trim()) return { text, state: 'ok' };
  return { text: '', state: raw.trim() ? 'reasoning-only' : 'empty' };
}

export interface FormatSpan {
  kind: 'boxed' | 'tag';
  content: string;
  /** Offset of the span in the cleaned text (statements are ordered by it). */
  pos: number;
}

/** Content of balanced braces starting at `open` (the index of "{"); null when unbalanced. */
function braced(text: string, open: number): { content: string; end: number } | null {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return { content: text.slice(open + 1, i), end: i + 1 };
  }
  return null;
}

const LATEX_WRAP = /\\(?:text|textbf|mathbf|mathrm|mathit|textrm|operatorname)\s*\{([^{}]*)\}/g;
const LATEX_SPACE = /\\(?:[ ,;:!]|q?quad\b)/g;
const LATEX_DELIM = /\\[()[\]]|\$+/g;
const MARKUP = /\*\*|__|[*`]|^[ \t]*#{1,6}[ \t]*|^[ \t]*>[ \t]?/gm;

/** Drop emphasis, code ticks, heading and quote marks, LaTeX delimiters and text wrappers. */
export function stripMarkup(text: string): string {
  // Each pass only when its marks occur: these run on every reply the verifiers read.
  let t = text;
  if (t.includes('\\')) t = t.replace(LATEX_WRAP, '$1');
  if (t.includes('\\') || t.includes('$')) t = t.replace(LATEX_DELIM, '');
  // TeX spacing inside formulas ("\\boxed{A,\\ C,\\ D}", "A\\quad C") is a space.
  if (t.includes('\\')) t = t.replace(LATEX_SPACE, ' ');
  if (/[*`#>_]/.test(t)) t = t.replace(MARKUP, '');
  return t;
}

const LETTERS = 'ABCDEFGHIJ';

// Options named by position: ONE grammar, read two ways — with its noun in running text, rewritten to a letter before
// the letter readers see it ("the fourth choice" → "choice D", "倒数第二项" → "D项", "第三个。" → "选项C"), and bare, as a
// reference in a closing list (ordinalPositions: "first, third and fourth", "the last two", "前两项"). A Chinese
// ordinal with 个 and no noun names an option only where the phrase ends (punctuation, 即, the end): "倒数第二个不行"
// keeps its words, so what the reply says of it is read with it (a rejection stays a rejection).
const ORDINAL_WORD: Readonly<Record<string, number>> = {
  first: 0,
  second: 1,
  third: 2,
  fourth: 3,
  fifth: 4,
  sixth: 5,
  '1st': 0,
  '2nd': 1,
  '3rd': 2,
  '4th': 3,
  '5th': 4,
  '6th': 5,
  一: 0,
  二: 1,
  两: 1,
  三: 2,
  四: 3,
  五: 4,
  六: 5,
  '1': 0,
  '2': 1,
  '3': 2,
  '4': 3,
  '5': 4,
  '6': 5,
};
const ZH_NUM = '[一二两三四五六1-6]';
const EN_ORDINAL =
  '(?:(?<rev>second|next|third)[\\s-]+to[\\s-]+(?:the[\\s-]+)?last|(?<pen>penultimate)|(?:very\\s+)?(?<last>last|final)(?:\\s+(?<lastN>two|three))?' +
  '|first\\s+(?<firstN>two|three)|(?<en>first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th))';
const ZH_ORDINAL = `(?:倒数\\s*第\\s*(?<zrev>${ZH_NUM})|最后\\s*(?<zlast>一|两|二|三)?|前(?<zfirst>[两二三])|第\\s*(?<zh>${ZH_NUM}))`;
const EN_ORDINAL_NOUN_RE = new RegExp(`\\b(?:the\\s+)?${EN_ORDINAL}\\s+(?<noun>option|choice|one)\\b`, 'gi');
const ZH_ORDINAL_NOUN_RE = new RegExp(`${ZH_ORDINAL}\\s*(?:个\\s*)?(?<noun>选项|项|(?<=个)(?=\\s*(?:[,.;:!]|即|$)))`, 'g');
const BARE_ORDINAL_RE = new RegExp(`^(?:the\\s+)?(?:${EN_ORDINAL}|${ZH_ORDINAL})\\s*(?:个|项|条|种|选项)?$`);

const run = (n: number, from: number): number[] => Array.from({ length: n }, (_, i) => from + i);
const many = (w: string): number => (w === 'three' || w === '三' ? 3 : 2);

/** The positions (0-based; negative from the end) an ordinal of the grammar names, from its match groups. */
function positionsOf(g: Record<string, string | undefined>): number[] {
  const w = (k: string) => (g[k] as string).toLowerCase();
  if (g.rev) return [w('rev') === 'third' ? -3 : -2];
  if (g.pen) return [-2];
  if (g.last) return g.lastN ? run(many(w('lastN')), -many(w('lastN'))) : [-1];
  if (g.firstN) return run(many(w('firstN')), 0);
  if (g.en) return [ORDINAL_WORD[w('en')]];
  if (g.zrev) return [-1 - ORDINAL_WORD[g.zrev]];
  if (g.zfirst) return run(many(g.zfirst), 0);
  if (g.zh) return [ORDINAL_WORD[g.zh]];
  // 最后, 最后一, 最后两, 最后三
  return !g.zlast || g.zlast === '一' ? [-1] : run(many(g.zlast === '三' ? '三' : '两'), -many(g.zlast === '三' ? '三' : '两'));
}

/** Options named by position become letters: "第三项" → "C项", "第三个选项" → "选项C", "the fourth choice" → "choice D". */
export function ordinalsToLetters(text: string, lastLetter?: string): string {
  // Counted from the end ("the last choice", "倒数第二项") only when the caller knows the final option; "final" is
  // never rewritten ("my final choice: B" is a label).
  const letterAt = (g: Record<string, string | undefined>): string | undefined => {
    const at = positionsOf(g);
    if (at.length !== 1 || g.last?.toLowerCase() === 'final') return undefined;
    if (at[0] >= 0) return LETTERS[at[0]];
    return lastLetter ? LETTERS[LETTERS.indexOf(lastLetter) + 1 + at[0]] : undefined;
  };
  let t = text;
  if (/[第最前]/.test(t))
    t = t.replace(ZH_ORDINAL_NOUN_RE, (m, ...args) => {
      const g = args[args.length - 1] as Record<string, string | undefined>;
      const letter = letterAt(g);
      return letter ? (g.noun === '项' ? `${letter}项` : `选项${letter}`) : m;
    });
  return t.replace(EN_ORDINAL_NOUN_RE, (m, ...args) => {
    const g = args[args.length - 1] as Record<string, string | undefined>;
    const letter = letterAt(g);
    const noun = g.noun as string;
    return letter ? `${noun.toLowerCase() === 'one' ? 'option' : noun} ${letter}` : m;
  });
}

/**
 * Pure: the option positions (0-based; negative counts from the end, -1 the last) a bare ordinal names — a reference
 * in a closing list that has no noun for ordinalsToLetters to anchor on ("first, third and fourth ones", "the last
 * two", "第一、第二", "最后两个", "前两项") — or null when the piece is not only an ordinal.
 */
export function ordinalPositions(piece: string): number[] | null {
  const m = BARE_ORDINAL_RE.exec(piece.toLowerCase().trim());
  return m?.groups ? positionsOf(m.groups) : null;
}

export interface CleanReply {
  /** Folded, markup-free text with \boxed{…} and <answer>…</answer> replaced by their content. */
  text: string;
  spans: FormatSpan[];
}

/** Fold, collect format spans, strip markup. Positions of spans refer to the returned text. */
export function cleanReply(visible: string, lastLetter?: string): CleanReply {
  let t = foldWidth(visible.length > MAX_SCAN ? visible.slice(visible.length - MAX_SCAN) : visible);
  const spans: FormatSpan[] = [];
  // <answer>…</answer> first (its content may hold \boxed{}), then \boxed{…}; both are replaced by their content.
  if (/<answer>/i.test(t)) {
    t = t.replace(/<answer>([\s\S]*?)<\/answer>/gi, (_m, inner: string, offset: number) => {
      spans.push({ kind: 'tag', content: stripMarkup(inner).trim(), pos: offset });
      return ` ${inner} `;
    });
  }
  let out = '';
  let from = 0;
  for (let at = t.indexOf('\\boxed'); at >= 0; at = t.indexOf('\\boxed', from)) {
    const brace = t.indexOf('{', at);
    const inner = brace >= 0 && brace - at <= 7 ? braced(t, brace) : null;
    if (!inner) {
      out += t.slice(from, at + 6);
      from = at + 6;
      continue;
    }
    out += t.slice(from, at);
    spans.push({ kind: 'boxed', content: stripMarkup(inner.content).trim(), pos: out.length });
    out += ` ${inner.content} `;
    from = inner.end;
  }
  out += t.slice(from);
  return { text: ordinalsToLetters(stripMarkup(out), lastLetter), spans: spans.sort((a, b) => a.pos - b.pos) };
}
