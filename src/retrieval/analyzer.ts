// Text → index terms, identically at index and query time: jieba (with the medical lexicon) for Han runs,
// lowercase + stopwords + light stemming for Latin runs. Terms are space-joined for FTS5's unicode61 tokenizer.
import { createHash } from 'node:crypto';
import { Jieba } from '@node-rs/jieba';
import { jiebaBaseDict } from '../knowledge/chinese-words.js';
import { ZH_STOPWORDS } from './chinese.js';
import { EN_STOPWORDS, foldEnglish } from './english.js';

export interface Analyzer {
  /** Terms for indexing (jieba search mode: words plus their in-dictionary parts, for recall). */
  terms(text: string): string[];
  /** Distinct terms of a query, in first-seen order. */
  queryTerms(text: string): string[];
  /** Add words (e.g. disease names) to the segmenter's dictionary; returns how many were new. */
  addWords(words: Iterable<string>): number;
  /** Fingerprint of the lexicon, stored with the index so a changed lexicon triggers re-segmentation. */
  lexiconHash(): string;
  /** Words added on top of jieba's base dictionary. */
  lexicon(): string[];
}

const RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;
const HAN_START = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
// User words outrank jieba's base entries so a medical term is kept whole.
const USER_WORD_FREQ = 100000;

function isUsefulWord(w: string): boolean {
  // Lexicon entries with spaces would break jieba's dictionary line format; single characters add noise.
  return w.length >= 2 && w.length <= 30 && !/[\s]/.test(w) && HAN_START.test(w);
}

export function createAnalyzer(words: Iterable<string> = []): Analyzer {
  const jieba = Jieba.withDict(jiebaBaseDict());
  const lexicon = new Set<string>();
  let hash: string | undefined;

  const addWords = (input: Iterable<string>): number => {
    const fresh: string[] = [];
    for (const raw of input) {
      const w = raw.trim();
      if (isUsefulWord(w) && !lexicon.has(w)) {
        lexicon.add(w);
        fresh.push(w);
      }
    }
    if (fresh.length > 0) {
      jieba.loadDict(Buffer.from(fresh.map((w) => `${w} ${USER_WORD_FREQ} n`).join('\n')));
      hash = undefined;
    }
    return fresh.length;
  };

  const analyze = (text: string, out: string[]): void => {
    for (const m of text.matchAll(RUN)) {
      const run = m[0];
      if (HAN_START.test(run)) {
        for (const w of jieba.cutForSearch(run, false)) if (!ZH_STOPWORDS.has(w)) out.push(w);
      } else {
        const lower = run.toLowerCase();
        if (EN_STOPWORDS.has(lower)) continue;
        // "covid-19" arrives as two runs; "e.coli"/"o'brien" keep their inner punctuation out of the term.
        out.push(foldEnglish(lower.replace(/['’.]/g, '')));
      }
    }
  };

  addWords(words);
  return {
    terms(text) {
      const out: string[] = [];
      analyze(text, out);
      return out;
    },
    queryTerms(text) {
      const out: string[] = [];
      analyze(text, out);
      return [...new Set(out)];
    },
    addWords,
    lexiconHash() {
      hash ??= createHash('sha256')
        .update([...lexicon].sort().join('\n'))
        .digest('hex')
        .slice(0, 16);
      return hash;
    },
    lexicon: () => [...lexicon],
  };
}
