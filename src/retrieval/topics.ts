// Topic-first retrieval: which documents are ABOUT what the question names. A document's names are its title
// (MedQuAD focus, disease-KG disease name, a table's disease), the synonyms its loader kept (MedQuAD synonyms,
// disease-KG Latin aliases), the aliases its overview declares ("又称痄腮", "俗称…"), the title parts of compound
// MedQuAD titles ("Hematuria (Blood in the Urine)", "Parasites - Lice - Head Lice", "What I need to know about
// Gas") and, through the lay-term table, the everyday names of a titled condition (underactive thyroid →
// Hypothyroidism). A question's topics are the longest such names it contains; search then ranks passages of
// those documents above passages that merely mention the words (search.ts). Pure: rows in, index out.
import { layTermGroups } from '../knowledge/lay-terms.js';
import type { Lang } from '../core/types.js';
import { EN_STOPWORDS, stemEnglish } from './english.js';

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
}

export interface TopicMatch {
  /** The name as written in the question. */
  text: string;
  start: number;
  end: number;
  /** Documents about it (rids), narrowed to the question's language when it has any. */
  docs: number[];
}

export interface TopicIndexOptions {
  /**
   * Chunks whose indexed text contains an English word (the analyzer's stemmed form), and the chunk count: a
   * one-word name found in more than `genericShare` of them ("Blood", "Cancer") says too little to be a topic.
   */
  docFreq?(stem: string): number;
  chunks?: number;
  genericShare?: number;
}

export interface TopicIndex {
  /** Topics the question names: longest names first, non-overlapping, in order of appearance. */
  match(query: string, lang?: Lang): TopicMatch[];
  readonly size: number;
}

const HAN = /\p{Script=Han}/u;
// Names too generic to say what a question is about (MedQuAD has pages titled "Pain", "Diets", "Exercise").
const GENERIC_EN = new Set(['pain', 'diet', 'exercise', 'fall', 'cancer', 'test', 'medicine', 'drug', 'health', 'child', 'women', 'men', 'aging', 'symptom']);
const ALIAS_CUE = /(?:又称|俗称|简称|也称|又名|亦称|别称|俗名|又叫|也叫|统称)[为作]?[“"「『]?([\p{Script=Han}A-Za-z0-9·-]{2,12})/gu;
const TITLE_PREFIX = /^(what i need to know about|what you need to know about|prevent diabetes problems:)\s+/i;

/** English names and queries become word keys: lower case, possessive and plural endings off. */
function enWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? []).map((w) => {
    let x = w.replace(/'s$|'$/, '').replace(/'/g, '');
    if (x.length > 4 && x.endsWith('ies')) x = `${x.slice(0, -3)}y`;
    else if (x.length > 3 && x.endsWith('s') && !/(ss|us|is)$/.test(x)) x = x.slice(0, -1);
    return x;
  });
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
    if (name.length >= 2 && !/^[为是的之]/.test(name)) out.push(name);
  }
  return out;
}

/** Shorter Chinese names a title implies: 低钾血症 → 低钾, 骨质疏松症 → 骨质疏松, 肠易激综合征 → 肠易激. */
function zhShortNames(title: string): string[] {
  const m = /^(.{2,}?)(综合征|血症|症)$/u.exec(title);
  return m ? [m[1]] : [];
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
  const key = (name: string): { map: Map<string, Set<number>>; k: string } | undefined => {
    const n = name.trim();
    if (HAN.test(n)) {
      const k = n.replace(/\s+/g, '');
      return k.length >= 2 ? { map: zh, k } : undefined;
    }
    if (ACRONYM.test(n)) return { map: acronyms, k: n };
    if (QUESTION_TITLE.test(n)) return undefined;
    const words = enWords(n);
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
    for (const n of titleNames(r.title)) {
      add(n, r.rid);
      const e = key(n);
      if (e) exact.add(e.k);
    }
  }
  const titled = new Set(exact);
  for (const r of rows) {
    for (const n of [...parseList(r.synonyms), ...parseList(r.aliases), ...declaredAliases(r.lead ?? '')]) {
      const e = key(n);
      if (!e || titled.has(e.k)) continue;
      add(n, r.rid);
      exact.add(e.k);
    }
  }
  // Implied short names only where no document carries that name itself (脚气病 → 脚气 would take 脚气's place).
  for (const r of rows) for (const s of zhShortNames(r.title.trim())) if (!exact.has(s)) add(s, r.rid);
  // Everyday names of a titled condition share its documents (lay-term groups: the clinical name is last); only
  // through a title, so a loose alias cannot pull a group of age or body words in.
  for (const group of layTermGroups()) {
    const docs = new Set<number>();
    for (const t of group) {
      const e = key(t);
      for (const d of (e && titled.has(e.k) ? e.map.get(e.k) : undefined) ?? []) docs.add(d);
    }
    if (docs.size === 0) continue;
    for (const t of group) {
      const e = key(t);
      if (!e || exact.has(e.k)) continue;
      const set = e.map.get(e.k) ?? new Set<number>();
      for (const d of docs) set.add(d);
      e.map.set(e.k, set);
    }
  }
  const maxZh = Math.max(0, ...[...zh.keys()].map((k) => k.length));
  const maxEn = Math.max(0, ...[...en.keys()].map((k) => k.split(' ').length));

  const narrow = (docs: Set<number>, lang?: Lang): number[] => {
    const all = [...docs];
    if (!lang) return all;
    const same = all.filter((d) => langOf.get(d) === lang);
    return same.length ? same : all;
  };

  return {
    size: zh.size + en.size + acronyms.size,
    match(query, lang) {
      const out: TopicMatch[] = [];
      // Chinese: longest name at each position, left to right, non-overlapping.
      for (let i = 0; i < query.length; ) {
        let hit: TopicMatch | undefined;
        if (HAN.test(query[i])) {
          for (let len = Math.min(maxZh, query.length - i); len >= 2; len--) {
            const docs = zh.get(query.slice(i, i + len));
            if (docs) {
              hit = { text: query.slice(i, i + len), start: i, end: i + len, docs: narrow(docs, lang) };
              break;
            }
          }
        }
        if (hit) {
          out.push(hit);
          i = hit.end;
        } else i++;
      }
      // English: word n-grams, longest first.
      const spans = [...query.matchAll(/[A-Za-z0-9]+(?:'[A-Za-z]+)?/g)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
      const words = spans.map((s) => enWords(query.slice(s.start, s.end))[0] ?? '');
      for (let i = 0; i < words.length; ) {
        let n = 0;
        for (let len = Math.min(maxEn, words.length - i); len >= 1; len--) {
          const raw = query.slice(spans[i].start, spans[i].end).replace(/'s$/, '');
          const docs = en.get(words.slice(i, i + len).join(' ')) ?? (len === 1 ? acronyms.get(raw) : undefined);
          if (docs) {
            const start = spans[i].start;
            const end = spans[i + len - 1].end;
            out.push({ text: query.slice(start, end), start, end, docs: narrow(docs, lang) });
            n = len;
            break;
          }
        }
        i += Math.max(1, n);
      }
      return out.sort((a, b) => a.start - b.start);
    },
  };
}
