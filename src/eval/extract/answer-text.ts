// The text an answer is read from: reasoning removed (an answer that exists only inside <think>…</think> never
// counts; an unclosed <think> means the model ran out of tokens while thinking), widths and Chinese punctuation
// folded to ASCII (Ａ → A, ： → :, 。 → .), and presentation markup dropped so "**Answer:** B", "答案：**B**" and
// "$\boxed{\text{B}}$" read like plain text. Format spans (\boxed{…}, <answer>…</answer>) are collected first.
import { foldWidth } from '../../knowledge/term-text.js';
import { ORDINAL_EN_RE, ORDINAL_INDEX, ORDINAL_ZH_RE, REVERSE_ORDINAL_EN_RE, REVERSE_ORDINAL_ZH_RE } from './answer-lexicon.js';

/** Longest visible reply scanned; beyond it only the tail is read (the answer is at the end of long outputs). */
export const MAX_SCAN = 20_000;

export type VisibleText = { text: string; state: 'ok' } | { text: ''; state: 'empty' | 'reasoning-only' };

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
const LAST_EN_RE = /\b(?:the\s+)?(?:very\s+)?last\s+(option|choice|one)\b/gi;
const LAST_ZH_RE = /最后\s*(?:一\s*)?(?:个\s*)?(选项|项)/g;

/** Options named by position become letters: "第三项" → "C项", "第三个选项" → "选项C", "the fourth choice" → "choice D". */
export function ordinalsToLetters(text: string, lastLetter?: string): string {
  let t = text;
  // "the last choice" / "最后一项" name the final option, which only the caller knows; counted from the end first, so
  // "second-to-last option" is not read as "last option" and "倒数第二个" not as "第二个".
  if (lastLetter) {
    const fromEnd = (n: number): string | undefined => LETTERS[LETTERS.indexOf(lastLetter) - n];
    t = t.replace(REVERSE_ORDINAL_EN_RE, (m, n: string | undefined, noun: string) => {
      const letter = fromEnd(n?.toLowerCase() === 'third' ? 2 : 1);
      return letter ? `${noun.toLowerCase() === 'one' ? 'option' : noun} ${letter}` : m;
    });
    if (t.includes('倒数'))
      t = t.replace(REVERSE_ORDINAL_ZH_RE, (m, n: string, noun: string) => {
        const letter = fromEnd(ORDINAL_INDEX[n]);
        return letter ? (noun === '项' ? `${letter}项` : `选项${letter}`) : m;
      });
    t = t.replace(LAST_EN_RE, (_m, noun: string) => `${noun.toLowerCase() === 'one' ? 'option' : noun} ${lastLetter}`);
    if (t.includes('最后')) t = t.replace(LAST_ZH_RE, (_m, noun: string) => (noun === '项' ? `${lastLetter}项` : `选项${lastLetter}`));
  }
  if (t.includes('第'))
    t = t.replace(ORDINAL_ZH_RE, (_m, n: string, noun: string) => (noun === '项' ? `${LETTERS[ORDINAL_INDEX[n]]}项` : `选项${LETTERS[ORDINAL_INDEX[n]]}`));
  return t.replace(
    ORDINAL_EN_RE,
    (_m, n: string, noun: string) => `${noun.toLowerCase() === 'one' ? 'option' : noun} ${LETTERS[ORDINAL_INDEX[n.toLowerCase()]]}`,
  );
}

const BARE_ORDINAL: Readonly<Record<string, number>> = { ...ORDINAL_INDEX, 两: 1 };

/**
 * Pure: the option positions (0-based; negative counts from the end, -1 the last) a bare ordinal names — a reference
 * in a closing list that has no noun for ordinalsToLetters to anchor on ("first, third and fourth ones", "the last
 * two", "第一、第二", "最后两个", "前两项") — or null when the piece is not only an ordinal.
 */
export function ordinalPositions(piece: string): number[] | null {
  const t = piece
    .toLowerCase()
    .trim()
    .replace(/^the\s+/, '')
    .replace(/\s*(?:个|项|条|种|选项)$/, '');
  const many = (n: string | undefined) => (n === 'three' || n === '三' ? 3 : 2);
  let m = /^(?:last|final|最后)\s*(two|three|两|二|三)?$/.exec(t);
  if (m) {
    const n = m[1] ? many(m[1]) : 1;
    return Array.from({ length: n }, (_, i) => i - n);
  }
  if (/^最后一$/.test(t)) return [-1];
  m = /^(?:first\s+(two|three)|前([两二三]))$/.exec(t);
  if (m) return Array.from({ length: many(m[1] ?? m[2]) }, (_, i) => i);
  m = /^(first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th)$|^第\s*([一二三四五六1-6])$/.exec(t);
  if (m) return [BARE_ORDINAL[m[1] ?? m[2]]];
  m = /^倒数\s*第\s*([一二两三四五六1-6])$/.exec(t);
  if (m) return [-1 - BARE_ORDINAL[m[1]]];
  return null;
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
