// Complaint concepts shared by both languages. A patient names a complaint in lay words ("my heart's been racing",
// "the room spins", 天旋地转, 心慌); the written complaint entries, body-site screens, presentations and protocols each
// recognise it by their own patterns, written separately per language, and the English patterns covered fewer lay
// wordings (in batches 1–10, 43 of 300 English non-emergency openings against 17 of 299 Chinese named nothing any
// recogniser knew). Here every lay or clinical name of a concept — the shared lay ↔ clinical groups
// (knowledge/lay-terms-*.ts) joined with the Chinese ↔ English names of the same concept (knowledge/bilingual-terms.ts)
// through any name they share — stands for the whole concept: the recognisers read the opening with the other names
// of every concept it names, in both languages, so a complaint known under one wording is known under all.
//
// English names match order-free and gap-tolerant on folded word forms ("heart racing" in "my heart's been racing",
// "room spinning" in "the room spins"); Chinese names match as written.
import { bilingualGroups } from '../knowledge/bilingual-terms.js';
import { layTermGroups } from '../knowledge/lay-terms.js';
import { escapeRegExp } from '../core/regex.js';

/** A concept joining more names than this is a chain of loosely shared words, not one concept: it is left out. */
const MAX_NAMES = 16;
/** Extra words allowed inside an English name's span ("heart ... racing"). */
const GAP = 3;

/**
 * Function words, dropped from names and text alike. Content words stay, even light ones ("feeling down" must not
 * shrink to "down", which "pain low down on one side" also says); the gap allowance covers lay fillers in the text.
 */
const FILLER: ReadonlySet<string> = new Set(
  'a an the my his her their our your its of in on at to for with and or is are was were be been being am has have had'.split(' '),
);

/** One English word in compared form: lower case, possessive and common inflections dropped ("races", "racing" → "rac"). */
export function foldWord(w: string): string {
  let x = w.toLowerCase().replace(/'s$|'$/, '');
  if (x.length <= 4) return x.replace(/s$/, '');
  let cut = '';
  for (const suf of ['ings', 'ing', 'ies', 'ied', 'es', 'ed', 'ly', 's', 'y', 'e']) {
    if (x.endsWith(suf) && x.length - suf.length >= 3) {
      x = x.slice(0, -suf.length);
      cut = suf;
      break;
    }
  }
  // A doubled final consonant left by -ing/-ed ("spinning" → "spinn") is one; a word's own ("pills") is not ("piles").
  return cut.startsWith('ing') || cut === 'ed' ? x.replace(/([b-df-hj-np-tv-z])\1$/, '$1') : x;
}

const enWords = (text: string): string[] =>
  (
    text
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .match(/[a-z][a-z'-]*/g) ?? []
  )
    .map(foldWord)
    .filter((w) => w && !FILLER.has(w));

interface Concept {
  names: string[];
}

interface Lexicon {
  concepts: Concept[];
  /** English names as folded content words, with their concept; `literal` when the name must be found as written. */
  en: { words: string[]; concept: number; literal?: RegExp }[];
  /** The English entries whose first word is this word (a word index for matching). */
  enByWord: Map<string, number[]>;
  /** Chinese names (two characters or more) with their concept, longest first. */
  zh: { name: string; concept: number }[];
}

const HAN = /[\u4e00-\u9fff]/;

function buildLexicon(): Lexicon {
  const groups = [...layTermGroups(), ...bilingualGroups()];
  // Union-find over names: two groups that share a name are one concept.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    parent.set(x, r);
    return r;
  };
  for (const g of groups) {
    const names = g.map((n) => n.toLowerCase());
    for (const n of names) if (!parent.has(n)) parent.set(n, n);
    for (const n of names.slice(1)) parent.set(find(n), find(names[0]));
  }
  const byRoot = new Map<string, string[]>();
  for (const n of parent.keys()) {
    const r = find(n);
    byRoot.set(r, [...(byRoot.get(r) ?? []), n]);
  }
  const concepts: Concept[] = [...byRoot.values()].filter((names) => names.length <= MAX_NAMES).map((names) => ({ names }));
  const en: Lexicon['en'] = [];
  const zh: Lexicon['zh'] = [];
  concepts.forEach((c, i) => {
    for (const n of c.names) {
      if (HAN.test(n)) {
        if (n.length >= 2) zh.push({ name: n, concept: i });
      } else {
        const words = enWords(n);
        // A name of several words left with one content word ("the runs" → "run") is an idiom whose sense rests on
        // the words dropped: "when I run" is no diarrhoea. It is found only as written.
        const idiom = words.length === 1 && /\s/.test(n.trim());
        const literal = idiom ? new RegExp(`\\b${escapeRegExp(n.trim()).replace(/\s+/g, '\\s+')}\\b`, 'i') : undefined;
        if (words.length) en.push({ words, concept: i, ...(literal ? { literal } : {}) });
      }
    }
  });
  const enByWord = new Map<string, number[]>();
  en.forEach((e, i) => {
    for (const w of new Set(e.words)) enByWord.set(w, [...(enByWord.get(w) ?? []), i]);
  });
  zh.sort((a, b) => b.name.length - a.name.length);
  return { concepts, en, enByWord, zh };
}

let lexicon: Lexicon | undefined;
const lex = (): Lexicon => {
  lexicon ??= buildLexicon();
  return lexicon;
};

/** Whether every word of `name` occurs in `words` within a span of its length plus GAP, in any order. */
function spans(words: readonly string[], name: readonly string[]): boolean {
  const width = name.length + GAP;
  for (let i = 0; i < words.length; i++) {
    if (!name.includes(words[i])) continue;
    const window = words.slice(i, i + width);
    if (name.every((w) => window.includes(w))) return true;
  }
  return false;
}

/** The concepts a text names (indices into the lexicon), in either language. */
export function conceptsIn(text: string): number[] {
  const L = lex();
  const found = new Set<number>();
  for (const z of L.zh) if (text.includes(z.name)) found.add(z.concept);
  const words = enWords(text);
  if (words.length) {
    const tried = new Set<number>();
    for (const w of new Set(words))
      for (const i of L.enByWord.get(w) ?? []) {
        if (tried.has(i)) continue;
        tried.add(i);
        const e = L.en[i];
        if (e.literal ? e.literal.test(text) : spans(words, e.words)) found.add(e.concept);
      }
  }
  return [...found];
}

/** Every name, in both languages, of the concepts the text names. */
export function conceptNames(text: string): string[] {
  const L = lex();
  return [...new Set(conceptsIn(text).flatMap((i) => L.concepts[i].names))];
}

/**
 * The text as the complaint recognisers read it: the patient's own words, then the other names of every concept they
 * name (one line; the patient's words are unchanged, so facts, triage and the language are read from them alone).
 */
export function withConceptNames(text: string): string {
  const names = conceptNames(text).filter((n) => !text.toLowerCase().includes(n));
  return names.length ? `${text}\n${names.join('; ')}` : text;
}
