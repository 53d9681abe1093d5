// Does a Chinese test name read from a photo read as words? Tesseract is sure of characters it misreads (颤 for 颜,
// 祉 for 素, 蛇 for 蛋), so confidence cannot tell a misread name from a test the table does not know. Words can: a
// real test name, known to us or not, is built of words — the ordinary Chinese dictionary (knowledge/chinese-words.ts),
// the building words of examination names (knowledge/term-atoms.ts) and our own analyte names (alias-index.ts) —
// while a misread character breaks a word and leaves pieces no dictionary holds. A general test, not a list of
// misreadings: no misread name is written here and the dictionaries were not fitted to any batch (the one number,
// RUN_PER_LONE_CHAR, was chosen on the printed names of report-texts-1…14, 416 names the table does not know).
import { chineseWords } from '../../knowledge/chinese-words.js';
import { termWordsZh } from '../../knowledge/term-atoms.js';
import { aliasVocabulary } from '../alias-index.js';
import { toSimplified } from '../../core/han-variants.js';

/**
 * One character standing alone in a name must be a character of lab names (钾, 总, 尿, 原 …); runs of two or more
 * are words. At most one lone character per three of a run, rounded up: "总铁结合力" (总 + 铁 + 结合力) and
 * "大血小板比率" read; "比熏" (a misread 比重) breaks into two lone characters.
 */
export const RUN_PER_LONE_CHAR = 3;

interface Vocabulary {
  /** Lab-name words: every stretch of two or more characters of our aliases and the examination lexicon. */
  labWords: Set<string>;
  labChars: Set<string>;
}
let vocabulary: Vocabulary | undefined;

// OCR sets Chinese characters apart ("网织红细 胞百分比"): spaces between two of them are no word break.
const hanRuns = (s: string): string[] =>
  toSimplified(s)
    .replace(/(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/g, '')
    .match(/[\u3400-\u9fff]+/g) ?? [];

function vocab(): Vocabulary {
  if (vocabulary) return vocabulary;
  const v: Vocabulary = { labWords: new Set(), labChars: new Set() };
  // Stretches, not only whole names: a name the table holds as "红细胞压积" is read in "血小板压积" as well.
  for (const run of [...aliasVocabulary().map((e) => e.alias), ...termWordsZh()].flatMap(hanRuns)) {
    const c = [...run];
    for (const ch of c) v.labChars.add(ch);
    for (let i = 0; i < c.length; i++) for (let j = i + 2; j <= c.length; j++) v.labWords.add(c.slice(i, j).join(''));
  }
  vocabulary = v;
  return v;
}

/** The fewest lone characters a Han run breaks into between words, or Infinity when it cannot be read (pure). */
function loneChars(run: string, v: Vocabulary): number {
  const c = [...run];
  const zh = chineseWords();
  const best: number[] = Array(c.length + 1).fill(Number.POSITIVE_INFINITY);
  best[0] = 0;
  for (let i = 0; i < c.length; i++) {
    if (!Number.isFinite(best[i])) continue;
    if (v.labChars.has(c[i])) best[i + 1] = Math.min(best[i + 1], best[i] + 1);
    for (let j = i + 2; j <= Math.min(c.length, i + 10); j++) {
      const w = c.slice(i, j).join('');
      if (v.labWords.has(w) || zh.has(w)) best[j] = Math.min(best[j], best[i]);
    }
  }
  return best[c.length];
}

/**
 * Whether a test name's Chinese reads as words (pure apart from the dictionaries, loaded once): every Han run breaks
 * into words with few lone lab characters. Latin names are not judged: lab names and abbreviations missing from any
 * dictionary ("Zonulin", "Chol", "Bili") are too common, and a letter misread into a word cannot be told from one.
 */
export function readsAsWords(name: string): boolean {
  const v = vocab();
  for (const run of hanRuns(name)) {
    const lone = loneChars(run, v);
    if (lone > Math.ceil([...run].length / RUN_PER_LONE_CHAR)) return false;
  }
  return true;
}

/**
 * Whether a name's Chinese is one whole word of the dictionary or of the examination lexicon ("上皮细胞", "肌红蛋白"):
 * a real test's name of its own, never a near miss of a shorter analyte name ("白细胞") it shares characters with.
 */
export function isWholeWord(name: string): boolean {
  const runs = hanRuns(name);
  if (runs.length !== 1 || [...runs[0]].length < 3) return false;
  return chineseWords().has(runs[0]) || termWordsZh().includes(runs[0]);
}
