// Term text helpers: width/punctuation folding and term normalisation, shared by the terminology lexicons
// (ICD-10, drugs, examinations) and the RL verifiers. They live in knowledge/ so features depend on the core
// library, not the other way round. Pure; regexes precompiled.

const FOLD_MAP: Record<string, string> = {
  '，': ',',
  '。': '.',
  '；': ';',
  '：': ':',
  '（': '(',
  '）': ')',
  '【': '[',
  '】': ']',
  '、': ',',
  '“': '"',
  '”': '"',
  '‘': "'",
  '’': "'",
  '《': '<',
  '》': '>',
  '〈': '<',
  '〉': '>',
  '！': '!',
  '？': '?',
  '～': '~',
  '—': '-',
  '－': '-',
  '．': '.',
  '　': ' ',
};
const FOLD_RE = /[，。；：（）【】、“”‘’《》〈〉！？～—－．　]/g;
const FULLWIDTH_RE = /[\uFF01-\uFF5E]/g;

/** Full-width ASCII to half-width and Chinese punctuation to its ASCII look-alike (one pass each). */
export function foldWidth(text: string): string {
  return text.replace(FULLWIDTH_RE, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(FOLD_RE, (c) => FOLD_MAP[c] ?? c);
}

const TERM_STRIP_RE = /[\s,.;:'"()[\]<>!?~\-_/\\|·•*+=`^{}]/g;

/** Normalise a term for dictionary lookup: folded, lower-case, no spaces or punctuation. */
export function normTerm(text: string): string {
  return foldWidth(text).toLowerCase().replace(TERM_STRIP_RE, '');
}

const PAREN_RE = /\([^()]*\)/g;

/** Lookup variants of a term name: as is, without parenthesised parts, with them inlined. */
export function termVariants(name: string): string[] {
  const folded = foldWidth(name);
  const out = new Set<string>();
  const add = (s: string) => {
    const n = normTerm(s);
    if (n.length >= 2) out.add(n);
  };
  add(folded);
  if (folded.includes('(')) add(folded.replace(PAREN_RE, ''));
  const noUnspecified = folded.replace(/[,，]?\s*(未特指的?|其他和未特指的|未特指)$/u, '');
  if (noUnspecified !== folded) add(noUnspecified);
  return [...out];
}
