// Chinese typed without an input method: toneless pinyin, spaced ("wo gang chi le yi zheng ping an mian yao") or run
// together ("buxianghuole"), mixed with characters and English. Every Chinese lexicon of the triage reads characters, so
// such a message read as typed finds nothing. This reader does what an input method does, with the triage's own
// vocabulary in its dictionary: each pinyin stretch is cut on syllable boundaries into the likeliest words (a unigram
// model over jieba's general dictionary — its corpus counts — plus every term the triage patterns hold,
// pinyin-terms.generated.ts), and read as characters. The general words decide which homophone was typed: "yi zi
// shang" is 椅子上 (on the chair), not 一 + 自伤 (self-harm); "qu si chuan" is 去四川, not 去死. A message is read only
// when a term of the triage vocabulary is in the reading. It decides nothing — triage.ts reads the converted text
// beside the original and may only raise on it. Pure (the dictionaries load on the first message with a stretch that
// could be pinyin).
import { createRequire } from 'node:module';
import { englishWord } from '../../knowledge/english-words.js';
import { jiebaBaseDict } from '../../knowledge/chinese-words.js';
import { PINYIN_TERMS } from './pinyin-terms.generated.js';

type PinyinFn = (text: string, options: { toneType: 'none'; type: 'array'; v: true }) => string[];
// pinyin-pro's dictionary is about 1 MB: loaded on the first message with a Latin stretch that could be pinyin.
let pinyinFn: PinyinFn | undefined;
const pinyinOf = (): PinyinFn => (pinyinFn ??= (createRequire(import.meta.url)('pinyin-pro') as { pinyin: PinyinFn }).pinyin);

/** The general words an input method offers: jieba's entries of one to four characters counted at least this often
 *  (about 36k; rarer ones are names and set phrases nobody types as a message). */
const MIN_COUNT = 100;
/** The count a triage term is offered at when the general dictionary counts it less (or not at all): that of a common
 *  word. The messages triage reads are about health, where its vocabulary is common; jieba's counts come from general
 *  text (相似 3,295 outcounts 想死 3, so 'wo xiang si' would read 我相似). Chosen by two-fold cross-validation on the
 *  pinyin renderings of the frozen sets (bench/results/triage.md, session 13): the best value on triage-r…ac (10,000)
 *  raised em→em on the held-out triage-e…q from 456 to 475 of 525 with over-calls unchanged (8); the best on e…q
 *  (3,000) raised the held-out r…ac from 326 to 339 of 350, over-calls 13 → 17. */
const TERM_COUNT = 10_000;

interface Word {
  text: string;
  /** log of the word's share of all counted words: the unigram score. */
  logP: number;
  /** Offsets of its syllable joins in the joined spelling. */
  joins: readonly number[];
  /** A term of the triage patterns (two characters or more). */
  term: boolean;
}

interface Syllables {
  /** Every toneless syllable of Mandarin (from pinyin-pro's readings of the basic CJK block; ü typed as v). */
  syllables: ReadonlySet<string>;
  longestSyllable: number;
}

let syllableTable: Syllables | undefined;
/** The syllable table (~60 ms on first use): enough to tell a stretch that could be pinyin from English. */
function syllableSet(): Syllables {
  if (syllableTable) return syllableTable;
  let block = '';
  for (let c = 0x4e00; c <= 0x9fa5; c++) block += String.fromCharCode(c);
  // A syllable has a vowel: the interjections 'n', 'm', 'hm', 'ng' would make half of all English words pinyin.
  const syllables = new Set(pinyinOf()(block, { toneType: 'none', type: 'array', v: true }).filter((s) => /^[a-z]*[aeiouv][a-z]*$/.test(s)));
  syllableTable = { syllables, longestSyllable: Math.max(...[...syllables].map((s) => s.length)) };
  return syllableTable;
}

interface Index extends Syllables {
  /** Joined toneless pinyin (both 'nv' and 'nu' for nü) → the likeliest word so spelt. */
  words: ReadonlyMap<string, Word>;
  longestKey: number;
  /** The score of a syllable no word covers (read as typed): below every word's. */
  unread: number;
}

const indexes = new Map<number, Index>();
/** The word index (~1 s on first use: jieba's 36k words put into pinyin), built on the first stretch that is not all
 *  English words. */
function buildIndex(termCount: number): Index {
  const py = pinyinOf();
  const { syllables, longestSyllable } = syllableSet();
  const counts = new Map<string, number>();
  for (const line of jiebaBaseDict().toString('utf8').split('\n')) {
    const space = line.indexOf(' ');
    const word = line.slice(0, space);
    const n = Number.parseInt(line.slice(space + 1), 10);
    if (n >= MIN_COUNT && word.length <= 4 && /^[\u4e00-\u9fa5]+$/.test(word)) counts.set(word, n);
  }
  const terms = new Set(PINYIN_TERMS);
  for (const t of terms) counts.set(t, Math.max(counts.get(t) ?? 0, termCount));
  let total = 0;
  for (const n of counts.values()) total += n;
  const words = new Map<string, Word>();
  const offer = (text: string, syl: readonly string[], n: number): void => {
    const logP = Math.log(n / total);
    for (const spelling of new Set([syl.join(' '), syl.join(' ').replace(/v/g, 'u')])) {
      const parts = spelling.split(' ');
      const key = parts.join('');
      const joins: number[] = [];
      let at = 0;
      for (const p of parts.slice(0, -1)) joins.push((at += p.length));
      const seen = words.get(key);
      if (!seen || logP > seen.logP) words.set(key, { text, logP, joins, term: terms.has(text) });
    }
  };
  // A character alone is offered under each reading it takes inside the dictionary's words, its count shared by how
  // often each reading occurs there: 了 is le in 为了 and 除了 far more than liao in 了解, and pinyin-pro alone would
  // read it liao; 会 reads kuai only in 会计, too rarely to outcount 快.
  const readings = new Map<string, Map<string, number>>();
  const singles: [string, number][] = [];
  for (const [text, n] of counts) {
    const chars = [...text];
    if (chars.length === 1) {
      singles.push([text, n]);
      continue;
    }
    const syl = py(text, { toneType: 'none', type: 'array', v: true });
    if (syl.length !== chars.length || !syl.every((x) => syllables.has(x))) continue;
    offer(text, syl, n);
    chars.forEach((c, i) => {
      const r = readings.get(c) ?? new Map<string, number>();
      r.set(syl[i] ?? '', (r.get(syl[i] ?? '') ?? 0) + n);
      readings.set(c, r);
    });
  }
  for (const [ch, n] of singles) {
    const seen = readings.get(ch);
    const usual = py(ch, { toneType: 'none', type: 'array', v: true })[0] ?? '';
    if (!seen) {
      if (syllables.has(usual)) offer(ch, [usual], n);
      continue;
    }
    let all = 0;
    for (const k of seen.values()) all += k;
    for (const [r, k] of seen) if (syllables.has(r)) offer(ch, [r], (n * k) / all);
  }
  return {
    syllables,
    longestSyllable,
    words,
    longestKey: Math.max(...[...words.keys()].map((k) => k.length)),
    unread: Math.log(1 / total) - 10,
  };
}

/** Where a token can be cut into syllables: offsets p where both token[0,p) and token[p,end) split into syllables
 *  (0 and the length included), or null when the whole token does not. */
function syllableCuts(token: string, ix: Syllables): Set<number> | null {
  const n = token.length;
  const fromStart = new Array<boolean>(n + 1).fill(false);
  const toEnd = new Array<boolean>(n + 1).fill(false);
  fromStart[0] = true;
  for (let i = 0; i < n; i++)
    if (fromStart[i]) for (let l = 1; l <= ix.longestSyllable && i + l <= n; l++) if (ix.syllables.has(token.slice(i, i + l))) fromStart[i + l] = true;
  if (!fromStart[n]) return null;
  toEnd[n] = true;
  for (let i = n - 1; i >= 0; i--)
    for (let l = 1; l <= ix.longestSyllable && i + l <= n; l++) if (toEnd[i + l] && ix.syllables.has(token.slice(i, i + l))) toEnd[i] = true;
  const cuts = new Set<number>();
  for (let p = 0; p <= n; p++) if (fromStart[p] && toEnd[p]) cuts.add(p);
  return cuts;
}

interface Token {
  text: string;
  start: number;
  end: number;
  cuts: Set<number>;
}

/** One stretch (tokens of pinyin separated by spaces or apostrophes only) cut into its likeliest words: the cut with
 *  the highest sum of word scores, words ending on syllable boundaries and crossing a typed space only at a syllable
 *  join. Returns the reading and whether a triage term is in it. */
function readStretch(tokens: readonly Token[], ix: Index): { text: string; term: boolean } | null {
  const letters = tokens.map((t) => t.text).join('');
  const n = letters.length;
  const cut = new Set<number>();
  const tokenEdge: number[] = [];
  let base = 0;
  for (const t of tokens) {
    for (const c of t.cuts) cut.add(base + c);
    base += t.text.length;
    tokenEdge.push(base);
  }
  const crossesBadly = (from: number, to: number, joins: readonly number[]): boolean =>
    tokenEdge.some((e) => e > from && e < to && !joins.some((j) => from + j === e));
  type Step = { from: number; word: Word | null };
  const best: { score: number; step: Step | null }[] = Array.from({ length: n + 1 }, () => ({ score: Number.NEGATIVE_INFINITY, step: null }));
  best[0] = { score: 0, step: null };
  for (let i = 0; i < n; i++) {
    const here = best[i];
    if (!here || here.score === Number.NEGATIVE_INFINITY || !cut.has(i)) continue;
    const take = (to: number, score: number, step: Step): void => {
      const b = best[to];
      if (b && score > b.score) best[to] = { score, step };
    };
    for (let l = 1; l <= ix.longestSyllable && i + l <= n; l++)
      if (ix.syllables.has(letters.slice(i, i + l)) && cut.has(i + l) && !crossesBadly(i, i + l, []))
        take(i + l, here.score + ix.unread, { from: i, word: null });
    for (let l = 1; l <= ix.longestKey && i + l <= n; l++) {
      const w = ix.words.get(letters.slice(i, i + l));
      if (!w || !cut.has(i + l) || !w.joins.every((j) => cut.has(i + j)) || crossesBadly(i, i + l, w.joins)) continue;
      take(i + l, here.score + w.logP, { from: i, word: w });
    }
  }
  const pieces: { text: string; han: boolean }[] = [];
  let term = false;
  for (let at = n; at > 0; ) {
    const step = best[at]?.step;
    if (!step) return null;
    if (step.word?.term) term = true;
    pieces.unshift(step.word ? { text: step.word.text, han: true } : { text: letters.slice(step.from, at), han: false });
    at = step.from;
  }
  // Words join as characters do; a syllable left as typed keeps a space on each side.
  return { text: pieces.reduce((out, p, i) => out + (i > 0 && !(p.han && pieces[i - 1]?.han) ? ' ' : '') + p.text, ''), term };
}

const LATIN_WORD = /[A-Za-z]+/g;
/** Where a sentence starts: the text's start, or after a sentence stop, comma or line break and spaces. */
const SENTENCE_START = /(?:^|[.!?。！？,，;；:\n])\s*$/;
/** Between two tokens of one stretch: spaces or a syllable apostrophe (xi'an), after a tone number (wo3 bu4). */
const IN_STRETCH = /^[1-5]?(?:[ \t]+|')?$/;
/** Tone-marked vowels (wǒ bù xiǎng) as the bare letters, ü as v: one character for one, so offsets stay the text's. */
const TONE_MARKS: readonly [string, string][] = [
  ['āáǎà', 'a'],
  ['ēéěè', 'e'],
  ['īíǐì', 'i'],
  ['ōóǒò', 'o'],
  ['ūúǔù', 'u'],
  ['ǖǘǚǜüÜ', 'v'],
];
const BARE = new Map(TONE_MARKS.flatMap(([marked, bare]) => [...marked].map((m) => [m, bare] as const)));
const TONE_MARKED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüÜ]/g;

/**
 * The message with every pinyin stretch read as characters, or null when no stretch reads as a term of the triage
 * vocabulary. A stretch is tokens that each split wholly into syllables; one made only of English words ("he", "a long
 * ban") is English, not pinyin, and is left alone.
 */
export interface PinyinReadingOptions {
  /** The count a triage term is offered at (default TERM_COUNT); for measuring the choice (bench/triage-pinyin-probe.ts). */
  termCount?: number;
}

export function readPinyin(text: string, options: PinyinReadingOptions = {}): string | null {
  const termCount = options.termCount ?? TERM_COUNT;
  const plain = text.replace(TONE_MARKED, (m) => BARE.get(m) ?? m);
  if (!/[a-z]{2}/i.test(plain)) return null;
  const table = syllableSet();
  const stretches: Token[][] = [];
  let current: Token[] = [];
  let last = -1;
  const close = (): void => {
    if (current.length) stretches.push(current);
    current = [];
  };
  for (const m of plain.matchAll(LATIN_WORD)) {
    const start = m.index ?? 0;
    const word = m[0].toLowerCase();
    // A capital inside a sentence starts a name ("West Nile", "Li Na"), not typed pinyin.
    const name = /^[A-Z]/.test(m[0]) && !SENTENCE_START.test(plain.slice(0, start));
    const cuts = name ? null : syllableCuts(word, table);
    const joined = IN_STRETCH.test(plain.slice(last, start));
    if (!joined) close();
    // A tone number typed after the syllable (wo3) belongs to it.
    const tone = /^[1-5](?!\d)/.test(plain.slice(start + m[0].length)) ? 1 : 0;
    if (cuts) current.push({ text: word, start, end: start + m[0].length + tone, cuts });
    else close();
    last = start + m[0].length;
  }
  close();
  let out = '';
  let from = 0;
  let term = false;
  for (const s of stretches) {
    // All English words, or one syllable alone (the e of 乙肝e抗原, an a or an o in English) is no Chinese typed.
    if (s.every((t) => englishWord(t.text)) || (s.length === 1 && table.syllables.has(s[0]?.text ?? ''))) continue;
    let ix = indexes.get(termCount);
    if (!ix) indexes.set(termCount, (ix = buildIndex(termCount)));
    const read = readStretch(s, ix);
    const first = s[0];
    const final = s.at(-1);
    if (read === null || !first || !final) continue;
    term ||= read.term;
    out += text.slice(from, first.start) + read.text;
    from = final.end;
  }
  return term ? out + text.slice(from) : null;
}
