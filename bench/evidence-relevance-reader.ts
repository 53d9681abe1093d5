// Relevance reader for (question, passage): is the passage's OWN subject the question's subject? Read from structure,
// not from word lists: how much of the page's title (its entity: every name titleNames() finds in it) the question
// says, whether a bilingual concept line joins the question to the title across languages, how much of the question
// the passage's first sentence and body carry, whether the page speaks the question's language, where the baseline
// ranked it and whether it repeats the list's first page. A small logistic model over these features, trained on the
// blind judges' verdicts (bench/evidence-relevance.ts, evaluated leave-one-batch-out), gives P(on topic).
// Pure: strings in, numbers out; the concept lines are parsed once.
import { toSimplified } from '../src/core/han-variants.js';
import { bilingualGroups } from '../src/knowledge/bilingual-terms.js';
import { EN_STOPWORDS, stemEnglish } from '../src/retrieval/english.js';
import { titleNames } from '../src/retrieval/topics.js';

export interface RelevancePassage {
  title: string;
  /** The passage text as shown (its first sentence is read as the page's lead). */
  text: string;
  /** 1-based rank in the list the baseline ranking produced. */
  rank: number;
  /** The title of the list's first passage (a later passage repeating it stays on the list's subject). */
  firstTitle?: string;
}

/** Feature names, in the order relevanceFeatures() returns them (the weights file is keyed by this order). */
export const RELEVANCE_FEATURES = [
  'titleCover',
  'titleWhole',
  'conceptLink',
  'leadCover',
  'textCover',
  'questionInTitle',
  'langMatch',
  'rank2',
  'rank3',
  'sameAsFirst',
  'conceptCover',
  'conceptMiss',
] as const;
export type RelevanceFeature = (typeof RELEVANCE_FEATURES)[number];

export interface RelevanceModel {
  version: 1;
  features: readonly RelevanceFeature[];
  /** Feature means and spreads of the training data (features are standardised before the weights apply). */
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;
const EN_WORD = /[a-z][a-z'-]+/g;

const norm = (s: string) => toSimplified(s).toLowerCase();
const isZh = (s: string) => (s.match(HAN_RUN)?.join('').length ?? 0) * 2 >= s.replace(/\s+/g, '').length * 0.5;

/** The question's or passage's reading units: Han character bigrams and English content stems. */
export function readingUnits(text: string): Set<string> {
  const t = norm(text);
  const out = new Set<string>();
  for (const run of t.match(HAN_RUN) ?? []) {
    if (run.length === 1) out.add(run);
    for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  }
  for (const w of t.match(EN_WORD) ?? []) {
    const word = w.replace(/'s$|'$/, '');
    if (word.length < 3 || EN_STOPWORDS.has(word)) continue;
    out.add(stemEnglish(word));
  }
  return out;
}

const share = (of: Set<string>, within: Set<string>) => {
  if (of.size === 0) return 0;
  let hit = 0;
  for (const u of of) if (within.has(u)) hit++;
  return hit / of.size;
};

/** The longest run of `name` (Han) that the question holds, as a share of the name's length. */
function hanCover(name: string, question: string): number {
  let best = 0;
  for (let i = 0; i < name.length; i++) {
    for (let j = name.length; j > i + best; j--) {
      if (question.includes(name.slice(i, j))) {
        best = j - i;
        break;
      }
    }
  }
  return name.length ? best / name.length : 0;
}

/** The page's own names: its title, the names inside it (parentheses, "X - Y"), without a "§ section" tail. */
function pageNames(title: string): string[] {
  const head = title.split(/\s+§\s+/)[0] ?? title;
  return titleNames(head)
    .map(norm)
    .filter((n) => n.length >= 2);
}

let conceptIndex: Map<string, number[]> | undefined;
let conceptNames: string[][] | undefined;
/** name → the bilingual concept lines holding it (built once). */
function concepts(): { index: Map<string, number[]>; names: string[][] } {
  if (!conceptIndex || !conceptNames) {
    conceptNames = bilingualGroups().map((g) => g.map(norm).filter((n) => n.length >= 2));
    conceptIndex = new Map();
    conceptNames.forEach((g, i) => {
      for (const n of g) conceptIndex?.set(n, [...(conceptIndex.get(n) ?? []), i]);
    });
  }
  return { index: conceptIndex, names: conceptNames };
}

const holdsName = (q: string, name: string) =>
  HAN.test(name) ? name.length >= 2 && q.includes(name) : name.length >= 3 && new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(q);

/** A concept line names the page (one of its names is a page name) and the question says another of its names. */
function conceptLink(q: string, names: string[]): number {
  const { index, names: groups } = concepts();
  for (const n of names) {
    for (const gi of index.get(n) ?? []) {
      if (groups[gi]?.some((m) => m !== n && holdsName(q, m))) return 1;
    }
  }
  return 0;
}

/** A name stands in the text as a word of its own (Han: anywhere; Latin: not inside a longer word). */
function standsIn(text: string, name: string): boolean {
  if (HAN.test(name)) return name.length >= 2 && text.includes(name);
  if (name.length < 3) return false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + name.length] ?? ' ';
    if (!/[a-z]/.test(before) && !/[a-z]/.test(after === 's' ? (text[at + name.length + 1] ?? ' ') : after)) return true;
  }
  return false;
}

/** The bilingual concept lines a text names (the project's terminology as the question's and the passage's concepts). */
export function namedConcepts(text: string): Set<number> {
  const t = norm(text);
  const out = new Set<number>();
  concepts().names.forEach((g, i) => {
    if (g.some((n) => standsIn(t, n))) out.add(i);
  });
  return out;
}

/** Pure: the feature vector of one (question, passage), in RELEVANCE_FEATURES order. */
export function relevanceFeatures(question: string, p: RelevancePassage, asked: Set<number> = namedConcepts(question)): number[] {
  const q = norm(question);
  const qUnits = readingUnits(question);
  const names = pageNames(p.title);
  let titleCover = 0;
  let titleWhole = 0;
  for (const n of names) {
    const c = HAN.test(n) ? hanCover(n.replace(/\s+/g, ''), q) : share(readingUnits(n), qUnits);
    titleCover = Math.max(titleCover, c);
    if (holdsName(q, n)) titleWhole = 1;
  }
  const text = p.text ?? '';
  const lead = text.split(/(?<=[。！？；.!?;])\s*/u)[0] ?? text;
  const titleUnits = readingUnits(p.title);
  const sameAsFirst = p.rank > 1 && p.firstTitle !== undefined && norm(p.firstTitle) === norm(p.title) ? 1 : 0;
  return [
    titleCover,
    titleWhole,
    conceptLink(q, names),
    share(qUnits, readingUnits(lead)),
    share(qUnits, readingUnits(`${p.title} ${text}`)),
    share(qUnits, titleUnits),
    isZh(question) === isZh(`${p.title} ${text}`) ? 1 : 0,
    p.rank === 2 ? 1 : 0,
    p.rank >= 3 ? 1 : 0,
    sameAsFirst,
    ...conceptFeatures(asked, namedConcepts(`${p.title} ${text}`)),
  ];
}

/** How many of the concepts the question names the passage names too; 1 when it names none of them (and some). */
function conceptFeatures(asked: Set<number>, said: Set<number>): [number, number] {
  if (asked.size === 0) return [0, 0];
  let hit = 0;
  for (const c of asked) if (said.has(c)) hit++;
  return [hit / asked.size, hit === 0 ? 1 : 0];
}

/** Pure: P(the passage is on the question's topic) under a model. */
export function relevanceScore(model: RelevanceModel, features: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < model.weights.length; i++) {
    z += (model.weights[i] ?? 0) * (((features[i] ?? 0) - (model.mean[i] ?? 0)) / (model.scale[i] || 1));
  }
  return 1 / (1 + Math.exp(-z));
}
