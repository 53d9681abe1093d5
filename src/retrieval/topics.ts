// Topic-first retrieval: which documents are ABOUT what the question names. A document's names are its title
// (MedQuAD focus, disease-KG disease name, a table's disease), the synonyms its loader kept (MedQuAD synonyms,
// disease-KG Latin aliases), the aliases its overview declares ("又称痄腮", "俗称…"), the title parts of compound
// MedQuAD titles ("Hematuria (Blood in the Urine)", "Parasites - Lice - Head Lice", "What I need to know about
// Gas") and, through the lay-term table, the everyday names of a titled condition (underactive thyroid →
// Hypothyroidism). A question's topics are the longest such names it contains; search then ranks passages of
// those documents above passages that merely mention the words (search.ts). Pure: rows in, index out.
import { bilingualGroups, bilingualSymptomGroups } from '../knowledge/bilingual-terms.js';
import { chineseCharRank, chineseWords } from '../knowledge/chinese-words.js';
import { englishWord } from '../knowledge/english-words.js';
import { soundAlikeZh, soundKeysEn } from '../knowledge/name-sound.js';
import { layTermGroups } from '../knowledge/lay-terms.js';
import type { Lang } from '../core/types.js';
import { EN_STOPWORDS, stemEnglish } from './english.js';
import { withinEdits } from './unknown-names.js';

export interface TopicDocRow {
  rid: number;
  title: string;
  lang: Lang;
  /** MedQuAD focus synonyms (JSON array text or null). */
  synonyms?: string | null;
  /** Disease-KG Latin aliases (JSON array text or null). */
  aliases?: string | null;
  /** The start of the document's first section, raw text or its stored JSON (an overview declares "又称…"). */
  lead?: string | null;
  /** UMLS semantic types the source gives the document's focus (MedQuAD: JSON array text, e.g. ["T047"]). */
  semanticTypes?: string | null;
  /** The source's own category of the focus (MedQuAD: "Disease" or "Other"). */
  category?: string | null;
}

/** What a document is about, from what its source says: a condition, a symptom or finding, or something else. */
export type TopicKind = 'condition' | 'symptom' | 'other';

// UMLS semantic types of signs, symptoms and findings (T184, T033); every other type a source gives is a disorder.
const SYMPTOM_TYPES = new Set(['T184', 'T033']);

/** Pure: a document's kind from its source metadata (none given: a condition, as every disease-KG page is). */
export function topicKind(row: Pick<TopicDocRow, 'semanticTypes' | 'category'>): TopicKind {
  const types = parseList(row.semanticTypes);
  if (types.length > 0) return types.every((t) => SYMPTOM_TYPES.has(t)) ? 'symptom' : 'condition';
  return row.category === 'Other' ? 'other' : 'condition';
}

export interface TopicMatch {
  /** The name as written in the question. */
  text: string;
  start: number;
  end: number;
  /** Documents about it (rids), narrowed to the question's language when it has any. */
  docs: number[];
  /**
   * A symptom name (the knowledge base lists it as a symptom: 头痛, cough): a question that only lists symptoms is
   * not about a page titled with one of them, so selectTopics uses it only when it is the question's one name.
   */
  weak: boolean;
  /** Said not to be the case in the question ("not diabetes but…", "我没有糖尿病"). */
  negated: boolean;
  /** Asked about as what it might be ("是不是糖尿病", "could it be my thyroid", "diagnosed with ADHD"): never weak. */
  asked: boolean;
  /** The name itself titles, or is a declared other name of, its documents (not a lay or translated name). */
  direct: boolean;
  /** What its documents are about (a condition when any of them is one). */
  kind: TopicKind;
  /** One item of a list of findings ("腹痛、腹泻、恶心，是什么病"): a symptom list is about none of its items. */
  listed: boolean;
  /** How common what it names is in the indexed chunks (lower = more specific; 0 when unknown). */
  spread: number;
  /** Read as a misspelling of the name (one character or letter off, or a sound-alike), not as written. */
  fuzzy?: boolean;
  /**
   * Not asked about, and a one-word other name (not the title) of pages about no condition or symptom that is also an
   * everyday English word (Ice, Smack, Coke, Flake, Poop): the caller reads it like a symptom name unless a danger
   * reading holds the question (knowledge-base.ts).
   */
  everyday?: boolean;
  /** Said as background (a relative's illness told as history, a relative's guess: background-names.ts), set by the
   *  caller: among several weak names it is never the one page chosen. */
  background?: boolean;
  /** The name a misspelling was read as (高血压 for 高血鸭, pneumonia for newmonia). */
  reads?: string;
  /** Read through a sound-alike or a misspelt word of a longer name (name-sound.ts), not the one-letter or inner-
   *  character rules: a guess the caller may refuse where a danger reading holds the question. */
  bySound?: boolean;
}

export interface TopicIndexOptions {
  /**
   * Chunks whose indexed text contains an English word (the analyzer's stemmed form), and the chunk count: a
   * one-word name found in more than `genericShare` of them ("Blood", "Cancer") says too little to be a topic.
   */
  docFreq?(stem: string): number;
  chunks?: number;
  genericShare?: number;
  /** Is this name a symptom or an examination in the knowledge base's vocabulary (头痛, 咳嗽, 肠镜)? */
  symptom?(name: string): boolean;
  /** How many chunks contain a name (at most: its rarest indexed word's count); 0 when unknown. */
  spread?(name: string): number;
}

export interface TopicIndex {
  /** Topics the question names: longest names first, non-overlapping, in order of appearance. */
  match(query: string, lang?: Lang): TopicMatch[];
  readonly size: number;
}

const HAN = /\p{Script=Han}/u;
const FUZZY_MIN = 4;
const FUZZY_MAX = 8;
/** Shortest name read through a homophone slip (甲钪 = 甲亢): the sound and a one-character difference both agree. */
const SOUND_MIN = 2;
/** Shortest English word read as a slip of a name's word (by sound or one edit): shorter ones are too often real. */
const SOUND_EN_MIN = 5;
/** Single characters this common (jieba's most frequent single-character words: 都, 着, 个) are grammar, not slips. */
const COMMON_CHARS = 300;
/** Characters whose swap turns a name into its opposite (高/低血糖, 亢进/减退, 急/慢性): never read as a typo. */
const OPPOSITE = new Set([...'高低上下大小多少亢减增急慢早晚长短粗细冷热干湿阴阳男女正负强弱轻重新旧老幼前后左右内外真假良恶单双原继']);
// Names too generic to say what a question is about (MedQuAD has pages titled "Pain", "Diets", "Exercise").
const GENERIC_EN = new Set(['pain', 'diet', 'exercise', 'fall', 'cancer', 'test', 'medicine', 'drug', 'health', 'child', 'women', 'men', 'aging', 'symptom']);
const ALIAS_CUE = /(?:又称|俗称|简称|也称|又名|亦称|别称|俗名|又叫|也叫|统称)[为作]?[“"「『]?([\p{Script=Han}A-Za-z0-9·-]{2,12})/gu;
// A modifier alone names no condition (an overview's "俗称慢性…" cut short).
const ZH_MODIFIER = /^(?:慢性|急性|亚急性|小儿|儿童|老年|原发性|继发性|先天性|复发性|新生儿|妊娠|产后|局限性|弥漫性)$/u;
const TITLE_PREFIX = /^(what i need to know about|what you need to know about|prevent diabetes problems:)\s+/i;

// Words a name is the same without ("ringing in the ears" = "ringing in my ears").
const EN_FILLER = new Set(['the', 'a', 'an', 'my', 'your', 'his', 'her', 'their', 'our']);
/** Chinese spelling variants read as one (偏头疼 = 偏头痛, 妊高症 = 妊高征); one character for one, offsets kept. */
const ZH_VARIANT: Record<string, string> = { 疼: '痛', 征: '症' };
const zhNorm = (s: string) => s.replace(/[疼征]/g, (c) => ZH_VARIANT[c]);

/** English names and queries become word keys: lower case, possessive and plural endings off. */
function enWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? []).map((w) => {
    let x = w.replace(/'s$|'$/, '').replace(/'/g, '');
    if (x.length > 4 && x.endsWith('ies')) x = `${x.slice(0, -3)}y`;
    else if (x.length > 3 && x.endsWith('s') && !/(ss|us|is)$/.test(x)) x = x.slice(0, -1);
    return x;
  });
}

const deletions = (w: string): string[] => [...w].map((_, i) => w.slice(0, i) + w.slice(i + 1));

/** Pure: are two different words one substitution, insertion, deletion or adjacent swap apart? */
export function editDistance1(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Other names hidden in a compound MedQuAD title. */
export function titleNames(title: string): string[] {
  const t = title.replace(TITLE_PREFIX, '').trim();
  const out = new Set<string>([t]);
  const paren = /^(.*?)\s*\(([^)]+)\)\s*(.*)$/.exec(t);
  if (paren) {
    const [, before, inside, after] = paren;
    out.add(`${before} ${after}`.trim());
    out.add(inside.replace(/^(also known as|aka)\s+/i, '').trim());
    if (after) out.add(`${inside} ${after}`.trim());
  }
  for (const part of t.split(/\s+-\s+|:\s+/)) out.add(part.replace(/\s*\([^)]*\)\s*/g, ' ').trim());
  // An eponym is named without its noun: "Parkinson's", "Graves'", "Huntington's" for "… Disease".
  const eponym = /^([A-Z][a-z]{3,})(?:'s|s'|') (?:disease|syndrome|palsy)$/i.exec(t);
  if (eponym) out.add(`${eponym[1]}'s`);
  return [...out].filter((n) => n.length >= 2);
}

/** Aliases an overview declares ("流行性腮腺炎，俗称痄腮，…"); only in its first sentences, to stay on the subject. */
export function declaredAliases(lead: string): string[] {
  const out: string[] = [];
  for (const m of lead.matchAll(ALIAS_CUE)) {
    // The cue must be early; the name itself is read whole (a cut name, 小儿 for 小儿麻痹症, would mislead).
    if ((m.index ?? 0) > 160 || (m.index ?? 0) + m[0].length >= lead.length) continue;
    const name = m[1].replace(/等$/, '');
    if (name.length >= 2 && !/^[为是的之]/.test(name) && !ZH_MODIFIER.test(name)) out.push(name);
  }
  return out;
}

/** Shorter Chinese names a title implies: 低钾血症 → 低钾, 骨质疏松症 → 骨质疏松, 肠易激综合征 → 肠易激. */
function zhShortNames(title: string): string[] {
  const m = /^(.{2,}?)(综合征|血症|症)$/u.exec(title);
  // A two-character remainder of 症 is mostly an organ or system (神经症 → 神经), not the condition's name.
  return m && !(m[2] === '症' && m[1].length < 3) ? [m[1]] : [];
}

/**
 * Shorter English names a title implies, as people say them: "Carpal Tunnel Syndrome" → "carpal tunnel", "Restless
 * Legs Syndrome" → "restless legs". Only a remainder of two or more words (a lone "Kidney" or "Heart" names an organ).
 */
export function enShortNames(title: string): string[] {
  const m = /^([A-Za-z][A-Za-z'-]*(?:\s+[A-Za-z][A-Za-z'-]*)+?)\s+(?:syndrome|disease|disorder)s?$/i.exec(title.trim());
  return m && !HAN.test(title) ? [m[1]] : [];
}

const parseList = (json: string | null | undefined): string[] => {
  if (!json) return [];
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : [];
  } catch {
    return [];
  }
};

const QUESTION_TITLE = /^(what|how|why|who|when|where|is|are|can|do|does|should)\b.*\?\s*$/i;
/** An acronym as the source writes it (ALL, TN, GERD): matched only when the question writes it the same way. */
const ACRONYM = /^[A-Z][A-Z0-9]{1,5}$/;

export function buildTopicIndex(rows: readonly TopicDocRow[], options: TopicIndexOptions = {}): TopicIndex {
  const zh = new Map<string, Set<number>>();
  const en = new Map<string, Set<number>>();
  const acronyms = new Map<string, Set<number>>();
  const genericShare = options.genericShare ?? 0.05;
  const generic = (word: string) =>
    GENERIC_EN.has(word) ||
    (options.docFreq !== undefined && options.chunks !== undefined && options.docFreq(stemEnglish(word)) > genericShare * options.chunks);
  const langOf = new Map<number, Lang>();
  const exact = new Set<string>();
  const titleOf = new Map<number, string>();
  const kindOf = new Map<number, TopicKind>();
  const key = (name: string): { map: Map<string, Set<number>>; k: string } | undefined => {
    const n = name.trim();
    if (HAN.test(n)) {
      const k = zhNorm(n.replace(/\s+/g, ''));
      return k.length >= 2 ? { map: zh, k } : undefined;
    }
    if (ACRONYM.test(n)) return { map: acronyms, k: n };
    if (QUESTION_TITLE.test(n)) return undefined;
    const words = enWords(n).filter((w) => !EN_FILLER.has(w));
    if (words.length === 0 || words.every((w) => EN_STOPWORDS.has(w))) return undefined;
    if (words.length === 1 && (words[0].length < 3 || generic(words[0]))) return undefined;
    return { map: en, k: words.join(' ') };
  };
  const add = (name: string, rid: number) => {
    const e = key(name);
    if (!e) return;
    const set = e.map.get(e.k) ?? new Set<number>();
    set.add(rid);
    e.map.set(e.k, set);
  };
  // A name some document is titled with belongs to those documents alone: 痛风 is the page titled 痛风, not also
  // the 高尿酸血症 page whose overview mentions it as another name.
  for (const r of rows) {
    langOf.set(r.rid, r.lang);
    titleOf.set(r.rid, r.title);
    kindOf.set(r.rid, topicKind(r));
    for (const n of titleNames(r.title)) {
      add(n, r.rid);
      const e = key(n);
      if (e) exact.add(e.k);
    }
  }
  const titled = new Set(exact);
  // One-word English other names of pages about no condition or symptom (a substance, a bodily function, a service:
  // Ice, Smack and Coke for drugs, Poop for Bowel Movement) are everyday words first; see `everydayWord` below.
  const otherWords = new Set<string>();
  for (const r of rows) {
    for (const n of [...parseList(r.synonyms), ...parseList(r.aliases), ...declaredAliases(r.lead ?? '')]) {
      const e = key(n);
      if (!e || titled.has(e.k)) continue;
      add(n, r.rid);
      exact.add(e.k);
      if (e.map === en && !e.k.includes(' ') && topicKind(r) === 'other') otherWords.add(e.k);
    }
  }
  // Implied short names only where no document carries that name itself (脚气病 → 脚气 would take 脚气's place).
  for (const r of rows) for (const s of zhShortNames(r.title.trim())) if (!exact.has(s)) add(s, r.rid);
  for (const r of rows) for (const s of enShortNames(r.title)) if (!exact.has(key(s)?.k ?? s)) add(s, r.rid);
  // Everyday names of a titled condition share its documents (lay-term groups: the clinical name is last); only
  // through a title, so a loose alias cannot pull a group of age or body words in. A bilingual line joins a Chinese
  // and an English name of one concept, with the lay groups that share a name with it: 带状疱疹 and 蛇缠腰 reach the
  // English page titled Shingles when no Chinese page is about it (narrow() prefers the question's language).
  const lay = layTermGroups();
  const layOf = new Map<string, string[][]>();
  for (const g of lay) for (const t of g) layOf.set(t, [...(layOf.get(t) ?? []), g]);
  const concepts: { names: string[]; via: Set<string> }[] = lay.map((g) => ({ names: g, via: titled }));
  const symptom = options.symptom ?? (() => false);
  // Symptom names of the bilingual table (cough ↔ 咳嗽), beside the knowledge base's own symptom vocabulary.
  const weakKeys = new Set<string>();
  for (const line of bilingualSymptomGroups()) for (const t of line) weakKeys.add(key(t)?.k ?? t);
  for (const line of bilingualGroups()) {
    const names = new Set(line);
    for (const t of line) for (const g of layOf.get(t) ?? []) for (const x of g) names.add(x);
    concepts.push({ names: [...names], via: exact });
  }
  for (const { names, via } of concepts) {
    const docs = new Set<number>();
    for (const t of names) {
      const e = key(t);
      for (const d of (e && via.has(e.k) ? e.map.get(e.k) : undefined) ?? []) docs.add(d);
    }
    if (docs.size === 0) continue;
    for (const t of names) {
      const e = key(t);
      if (!e || exact.has(e.k)) continue;
      const set = e.map.get(e.k) ?? new Set<number>();
      for (const d of docs) set.add(d);
      e.map.set(e.k, set);
    }
  }
  const maxZh = Math.max(0, ...[...zh.keys()].map((k) => k.length));
  // Chinese names of four or more characters also match with one inner character written wrong (幽门罗杆菌 = 幽门螺杆菌,
  // a homophone typed by pinyin input): each name is keyed once per position with that character blanked.
  const fuzzy = new Map<string, string[]>();
  for (const k of zh.keys()) {
    if (k.length < SOUND_MIN || k.length > FUZZY_MAX) continue;
    for (let j = 0; j < k.length; j++) {
      const w = `${k.slice(0, j)}?${k.slice(j + 1)}`;
      fuzzy.set(w, [...(fuzzy.get(w) ?? []), k]);
    }
  }
  // A homophone slip (name-sound.ts) may sit anywhere in a name of two or more characters — 高血鸭, 甲钪, 骨质疏送 —
  // when the window is no word of its own (通风 is a word, not a slip of 痛风): the sound is the evidence a blanked
  // inner character lacks, and a slip typed by pinyin input sounds like what was meant.
  // May the character at j of the window norm[i, i+len) be a homophone slip? Not when the window is a word itself
  // (通风 is no slip of 痛风) or the character a typed opposite; not when the slipped end of the window belongs to a word
  // of the text (告尿酸 in 报告尿酸: 报告 is a word) — in a two-character window, either end (水都 in 喝水都疼, 腹血 in
  // 空腹血糖), since one shared character is little evidence; a slip is never a common grammatical character (都疼,
  // 漏了, 我的血压 for 低血压); and in a two-character name only the second character may slip, after a first character
  // that is no common word of its own (不晕 is no slip of 不孕).
  const soundSlip = (norm: string, i: number, len: number, j: number): boolean => {
    // jieba's word set is read on the first slip check (not when the index is built).
    const zhWords = chineseWords();
    const win = norm.slice(i, i + len);
    if (zhWords.has(win) || OPPOSITE.has(win[j])) return false;
    const startsInWord = i > 0 && zhWords.has(norm.slice(i - 1, i + 1));
    const endsInWord = zhWords.has(norm.slice(i + len - 1, i + len + 1));
    const rare = (c: string) => chineseCharRank(c) >= COMMON_CHARS;
    // Two-character windows are never read as slips: session 12's review found correctly written terms misread there
    // (腹斜肌 → 腹泻, 尿漏 → 尿瘘, 甲抗 → 甲亢); one shared character is too little evidence.
    if (len === 2) return false;
    // A grammatical character before a name is itself, not the name's first character (我的血压 is no 低血压).
    return !(j === 0 && (startsInWord || !rare(win[0]))) && !(j === len - 1 && endsInWord);
  };
  const fuzzyAt = (norm: string, i: number): { name: string; len: number; bySound: boolean } | undefined => {
    for (let len = Math.min(FUZZY_MAX, norm.length - i); len >= SOUND_MIN; len--) {
      const win = norm.slice(i, i + len);
      if (![...win].every((c) => HAN.test(c))) continue;
      for (let j = 0; j < len; j++) {
        const names = fuzzy.get(`${win.slice(0, j)}?${win.slice(j + 1)}`);
        if (!names) continue;
        // One reading only, and never across an opposite (低血糖症 is not 高血糖症).
        const apart = (n: string) => !(OPPOSITE.has(n[j]) || OPPOSITE.has(win[j]));
        // Inner character of a name of four or more: any character (the session-7 rule). Not at either end: a window
        // whose first or last character differs is as likely a word boundary (枢性瘫痪 inside 中枢性瘫痪 is not 脑性瘫痪)
        // as a typo — unless it sounds like the name's character.
        const inner = len >= FUZZY_MIN && j > 0 && j < len - 1;
        // A sound-alike is no opposite however the name's character reads (钪 for 亢); only a typed opposite is refused.
        const ok = inner ? names.filter(apart) : soundSlip(norm, i, len, j) ? names.filter((n) => soundAlikeZh(win[j], n[j])) : [];
        if (ok.length === 1) return { name: ok[0], len, bySound: !inner };
      }
    }
    return undefined;
  };
  const maxEn = Math.max(0, ...[...en.keys()].map((k) => k.split(' ').length));

  // One-word English names by their one-letter deletions (a shared deletion: one substitution, insertion or swap).
  const enDeletes = new Map<string, string[]>();
  for (const k of en.keys()) {
    if (k.length < 6 || k.includes(' ')) continue;
    for (const d of new Set([k, ...deletions(k)])) enDeletes.set(d, [...(enDeletes.get(d) ?? []), k]);
  }
  const enFuzzy = (word: string): string | undefined => {
    const near = new Set<string>();
    for (const d of [word, ...deletions(word)]) for (const k of enDeletes.get(d) ?? []) if (k[0] === word[0] && editDistance1(word, k)) near.add(k);
    return near.size === 1 ? [...near][0] : undefined;
  };

  // A misspelt word of an English name, in a name of any length ("walking newmonia", "hemmroids", "sorisis"): a word
  // no dictionary and hardly any indexed text knows (a real word is no slip) that sounds like (Double Metaphone,
  // name-sound.ts) or is one edit from exactly one word of the names is read as that word before names are matched.
  const nameWords = new Set([...en.keys()].flatMap((k) => k.split(' ')).filter((w) => w.length >= SOUND_EN_MIN - 1 && /^[a-z]+$/.test(w)));
  const bySound = new Map<string, Set<string>>();
  const byDelete = new Map<string, Set<string>>();
  for (const w of nameWords) {
    for (const k of soundKeysEn(w)) bySound.set(k, (bySound.get(k) ?? new Set()).add(w));
    if (w.length >= SOUND_EN_MIN) for (const d of new Set([w, ...deletions(w)])) byDelete.set(d, (byDelete.get(d) ?? new Set()).add(w));
  }
  const slipOf = (word: string, raw: string): string | undefined => {
    if (word.length < SOUND_EN_MIN || !/^[a-z]+$/.test(word) || nameWords.has(word) || englishWord(word) || englishWord(raw)) return undefined;
    if (options.docFreq !== undefined && options.docFreq(stemEnglish(word)) > 2) return undefined;
    const near = new Set<string>();
    for (const k of soundKeysEn(word)) for (const w of bySound.get(k) ?? []) near.add(w);
    for (const d of [word, ...deletions(word)]) for (const w of byDelete.get(d) ?? []) if (w[0] === word[0] && editDistance1(word, w)) near.add(w);
    // Two names may sound alike (psoriasis, cirrhosis): the one spelt closest is meant, when it is alone at that
    // distance and the distance is a slip (at most a third of the word), not another word.
    const max = Math.ceil(word.length / 3);
    for (let d = 1; d <= max; d++) {
      const at = [...near].filter((w) => withinEdits(word, w, d));
      if (at.length > 0) return at.length === 1 ? at[0] : undefined;
    }
    return undefined;
  };

  const narrow = (docs: Set<number>, lang?: Lang): number[] => {
    const all = [...docs];
    if (!lang) return all;
    const same = all.filter((d) => langOf.get(d) === lang);
    return same.length ? same : all;
  };

  const symptomTitle = (title: string) => symptom(title) || weakKeys.has(key(title)?.k ?? title);
  // How common what a name stands for is: the least common title among its documents (a lay word is rare in the
  // sources, so its own count would say nothing: "exhausted" stands for Fatigue, a common word there).
  const spreadCache = new Map<number, number>();
  const titleSpread = (rid: number): number => {
    let n = spreadCache.get(rid);
    if (n === undefined) {
      n = options.spread?.(titleOf.get(rid) ?? '') ?? 0;
      spreadCache.set(rid, n);
    }
    return n;
  };
  const spreadOf = (docs: number[]): number => (docs.length ? Math.min(...docs.slice(0, 5).map(titleSpread)) : 0);
  // A one-word other name of pages about no condition that is an everyday English word ("smack it with a heavy book",
  // "crunching ice", "pee dark like coke", "silvery flakes", "threads in his poop"): its everyday sense is the likelier
  // one, so the caller may read it like a symptom name (`everyday`). Not a name no dictionary knows (HbA1c → A1C).
  const everydayWord = (k: string | undefined, kind: TopicKind) => kind === 'other' && k !== undefined && otherWords.has(k) && englishWord(k);
  // `name`: the name a misspelling stands for (高血压 for 高血鸭): read as that name (is it a symptom, a title?), so a
  // slip weighs what the name written right would.
  const found = (query: string, start: number, end: number, docs: Set<number>, lang?: Lang, name?: string): TopicMatch => {
    const text = query.slice(start, end);
    const asked = askedAt(query, start);
    const d = narrow(docs, lang);
    const k = key(name ?? text)?.k;
    const direct = k !== undefined && exact.has(k);
    const kinds = d.slice(0, 5).map((r) => kindOf.get(r) ?? 'condition');
    const kind: TopicKind = kinds.includes('condition') ? 'condition' : kinds.includes('symptom') ? 'symptom' : 'other';
    return {
      text,
      start,
      end,
      docs: d,
      weak:
        !asked &&
        (kind === 'symptom' ||
          symptom(text) ||
          symptom(zhNorm(text)) ||
          (name !== undefined && (symptom(name) || symptom(zhNorm(name)))) ||
          (k !== undefined && weakKeys.has(k)) ||
          (!direct && d.slice(0, 5).some((r) => symptomTitle(titleOf.get(r) ?? '')))),
      ...(!asked && everydayWord(k, kind) ? { everyday: true } : {}),
      kind,
      negated: negatedAt(query, start),
      asked,
      direct,
      listed: !asked && listedAt(query, start, end),
      spread: spreadOf(d),
    };
  };

  return {
    size: zh.size + en.size + acronyms.size,
    match(query, lang) {
      const out: TopicMatch[] = [];
      const norm = zhNorm(query);
      // Chinese: longest name at each position, left to right, non-overlapping.
      for (let i = 0; i < norm.length; ) {
        let hit: TopicMatch | undefined;
        if (HAN.test(norm[i])) {
          for (let len = Math.min(maxZh, norm.length - i); len >= 2; len--) {
            const docs = zh.get(norm.slice(i, i + len));
            if (docs) {
              hit = found(query, i, i + len, docs, lang);
              break;
            }
          }
        }
        if (hit) {
          out.push(hit);
          i = hit.end;
        } else i++;
      }
      // Misspelt names, only in stretches no name covered.
      const covered = (a: number, b: number) => out.some((m) => m.start < b && a < m.end);
      for (let i = 0; i < norm.length; i++) {
        if (!HAN.test(norm[i]) || covered(i, i + 1)) continue;
        const f = fuzzyAt(norm, i);
        if (!f || covered(i, i + f.len)) continue;
        const docs = zh.get(f.name);
        if (!docs) continue;
        out.push({ ...found(query, i, i + f.len, docs, lang, f.name), direct: false, fuzzy: true, reads: f.name, ...(f.bySound ? { bySound: true } : {}) });
        i += f.len - 1;
      }
      // English: word n-grams, longest first ("the", "my" … skipped on both sides).
      const spans = [...query.matchAll(/[A-Za-z0-9]+(?:'[A-Za-z]+)?/g)]
        .map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, word: enWords(m[0])[0] ?? '' }))
        .filter((s) => !EN_FILLER.has(s.word));
      const slips = spans.map((s) => slipOf(s.word, query.slice(s.start, s.end)));
      const words = spans.map((s, i) => slips[i] ?? s.word);
      for (let i = 0; i < words.length; ) {
        let n = 0;
        for (let len = Math.min(maxEn, words.length - i); len >= 1; len--) {
          const raw = query.slice(spans[i].start, spans[i].end).replace(/'s$/, '');
          const docs = en.get(words.slice(i, i + len).join(' ')) ?? (len === 1 ? acronyms.get(raw) : undefined);
          if (docs) {
            const reads = slips.slice(i, i + len).some(Boolean) ? words.slice(i, i + len).join(' ') : undefined;
            const m = found(query, spans[i].start, spans[i + len - 1].end, docs, lang, reads);
            out.push(reads ? { ...m, direct: false, fuzzy: true, reads, bySound: true } : m);
            n = len;
            break;
          }
        }
        i += Math.max(1, n);
      }
      // A misspelt one-word English name ("psoraisis"): a word of 7+ letters that no name covers, that the indexed
      // text hardly knows (a real word is no typo) and that is one edit (or one swap) from exactly one name.
      for (const sp of spans) {
        if (sp.word.length < 7 || !/^[a-z]+$/.test(sp.word) || out.some((m) => m.start < sp.end && sp.start < m.end)) continue;
        if (options.docFreq !== undefined && options.docFreq(stemEnglish(sp.word)) > 2) continue;
        const name = enFuzzy(sp.word);
        const docs = name ? en.get(name) : undefined;
        if (docs && name) out.push({ ...found(query, sp.start, sp.end, docs, lang, name), direct: false, fuzzy: true, reads: name });
      }
      return out.sort((a, b) => a.start - b.start);
    },
  };
}

// A negation just before a name, in the same clause: "not diabetes", "I don't have Parkinson's", "no history of
// gout", "我没有糖尿病", "排除了甲亢", "不是胃炎" (but 是不是胃炎 asks whether it is).
const EN_NEGATION =
  /\b(?:(?:not|never|isn't|aren't|wasn't|ruled out|negative for|free of|(?:do|does|did)n't have|(?:have|has)n't (?:got|had))\s+(?:[\w'-]+\s+){0,2}|(?:no|without)\s+(?:(?:history|signs?) of\s+)?)$/i;
const ZH_NEGATION = /(?:(?<!是)不是|没有|没得|并非|排除了?|不像是?|否认|除外)[^，。,.!?！？；;：:、\s]{0,4}$/u;
const CLAUSE = /[，。,.!?！？；;：:\n]|\bbut\b|但是?|而是|可是/giu;

/** Pure: is the name starting at `start` negated by the words before it in its clause? */
export function negatedAt(query: string, start: number): boolean {
  const before = query.slice(0, start);
  let from = 0;
  for (const m of before.matchAll(CLAUSE)) from = (m.index ?? 0) + m[0].length;
  const clause = before.slice(from);
  return EN_NEGATION.test(clause) || ZH_NEGATION.test(clause);
}

// A name offered as what it might be, or as a diagnosis given: the question's hypothesis.
const EN_ASKED =
  /\b(?:(?:i|you|he|she|we|they) (?:have|has|had)|is (?:it|this|that)|could (?:it|this|that) be|can (?:it|this|that) be|might (?:it|this|that) be|do i have|does (?:he|she|my \w+) have|diagnosed with|(?:a )?signs? of)\s+(?:[\w'-]+\s+){0,1}$/i;
const ZH_ASKED = /(?:(?:是不是|会不会是?|是否是?|难道是|可能是|像是|得了|患了|患有|确诊(?:为|了|是)?|诊断(?:为|是)|说是?|查出)[^，。,.!?！？；;\s]{0,3}|是)$/u;

/** Pure: is the name starting at `start` asked about as the question's hypothesis or a given diagnosis? */
export function askedAt(query: string, start: number): boolean {
  const before = query.slice(0, start);
  let from = 0;
  for (const m of before.matchAll(CLAUSE)) from = (m.index ?? 0) + m[0].length;
  const clause = before.slice(from);
  return EN_ASKED.test(clause) || ZH_ASKED.test(clause);
}

// Items of a list: separated by 、，; 和 及 与 还有 伴, or commas and "and" in English.
const LIST_LEAD = /^(?:出现|我最近|最近|家人|有)$/u;
const LIST_TAIL = /^(?:是怎么回事|怎么回事|是什么病|是什么原因|可能是什么病)[？?。]?$/u;
const LIST_SEP = /[、，,；;]|和|及|与|还有|伴|\band\b/gu;

/** Pure: is the name at `start`–`end` an item (first or last in its part) of a list of three or more short items? */
export function listedAt(query: string, start: number, end: number): boolean {
  const cuts = [0, ...[...query.matchAll(LIST_SEP)].flatMap((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]), query.length];
  const segments: { from: number; to: number }[] = [];
  for (let i = 0; i < cuts.length; i += 2) segments.push({ from: cuts[i], to: cuts[i + 1] });
  const short = segments.filter((g) => g.to - g.from <= 6 && g.to > g.from);
  if (short.length < 3) return false;
  const own = segments.find((g) => g.from <= start && end <= g.to);
  if (!own) return false;
  // The item itself, or an item with a list's lead or question tail ("出现腹泻", "腹痛是怎么回事").
  const before = query.slice(own.from, start).trim();
  const after = query.slice(end, own.to).trim();
  if (before.length + after.length <= 2) return true;
  return (before === '' || LIST_LEAD.test(before)) && (after === '' || LIST_TAIL.test(after));
}

export interface TopicChoice {
  /** The names the question is about: the most specific named condition (or its one symptom), never negated. */
  primary: TopicMatch[];
  /** Other names it mentions (a cause, a medicine, a second condition): ranked up a little, not first. */
  related: TopicMatch[];
  /** Names the question denies ("不是感冒", "not a blood clot"): their pages rank below the rest. */
  denied: TopicMatch[];
}

/**
 * Pure: which of a question's names it is about. Negated names and items of a symptom list are dropped; the name
 * asked about ("是不是糖尿病", "is it shingles") comes first, then a condition before a procedure, test or medicine
 * page, a name the sources use before a lay or translated one, and the most specific (rarest) name; symptom names
 * step aside for any other name, and several symptoms alone name no topic.
 */
export function selectTopics(matches: readonly TopicMatch[]): TopicChoice {
  const named = matches.filter((m) => m.docs.length > 0 && !m.listed);
  const live = named.filter((m) => !m.negated);
  const strong = live.filter((m) => !m.weak);
  const denied = named.filter((m) => m.negated);
  if (strong.length === 0) {
    if (live.length === 1) return { primary: live, related: [], denied };
    // Only symptom-like names: one that titles a condition page itself (骨质疏松 beside a translated 绝经 → Menopause)
    // is the subject; two such names (头痛 and 恶心) name no one topic.
    const pages = live.filter((m) => m.direct && m.kind === 'condition' && !(m.background && live.length > 1));
    return pages.length === 1 ? { primary: pages, related: [], denied } : { primary: [], related: [], denied };
  }
  // The question's hypothesis or given diagnosis first, then a name the sources use, then the most specific.
  // A condition before a procedure, test or medicine page ("carpal tunnel … surgery", "osteoarthritis … hip").
  const rank = (m: TopicMatch) => [m.asked ? 0 : 1, m.kind === 'condition' ? 0 : 1, m.direct ? 0 : 1, m.spread];
  const best = [...strong].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || x[3] - y[3];
  })[0];
  const primary = [best];
  return { primary, related: strong.filter((m) => !primary.includes(m)), denied };
}
