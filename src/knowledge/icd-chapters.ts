// ICD-10 chapters (the WHO's 22, which the Chinese clinical edition keeps): which organ system or kind of
// condition a code belongs to. Chapters span letters unevenly (D00–D48 are neoplasms, D50–D89 blood; H00–H59 eye,
// H60–H95 ear), so the first letter alone is not the chapter. Used where "the same system" must be decided from
// the knowledge base (RL single-best-answer distractors must sit in other chapters than the gold).
import type { IcdCode } from './icd10.js';

export interface IcdChapter {
  /** Roman numeral as the WHO numbers them (I–XXII). */
  id: string;
  /** First and last 3-character category, inclusive. */
  from: string;
  to: string;
  /** Short English title. */
  title: string;
}

export const ICD_CHAPTERS: readonly IcdChapter[] = [
  { id: 'I', from: 'A00', to: 'B99', title: 'infectious and parasitic' },
  { id: 'II', from: 'C00', to: 'D48', title: 'neoplasms' },
  { id: 'III', from: 'D50', to: 'D89', title: 'blood and immune' },
  { id: 'IV', from: 'E00', to: 'E90', title: 'endocrine, nutritional, metabolic' },
  { id: 'V', from: 'F00', to: 'F99', title: 'mental and behavioural' },
  { id: 'VI', from: 'G00', to: 'G99', title: 'nervous system' },
  { id: 'VII', from: 'H00', to: 'H59', title: 'eye' },
  { id: 'VIII', from: 'H60', to: 'H95', title: 'ear' },
  { id: 'IX', from: 'I00', to: 'I99', title: 'circulatory' },
  { id: 'X', from: 'J00', to: 'J99', title: 'respiratory' },
  { id: 'XI', from: 'K00', to: 'K93', title: 'digestive' },
  { id: 'XII', from: 'L00', to: 'L99', title: 'skin' },
  { id: 'XIII', from: 'M00', to: 'M99', title: 'musculoskeletal' },
  { id: 'XIV', from: 'N00', to: 'N99', title: 'genitourinary' },
  { id: 'XV', from: 'O00', to: 'O99', title: 'pregnancy' },
  { id: 'XVI', from: 'P00', to: 'P96', title: 'perinatal' },
  { id: 'XVII', from: 'Q00', to: 'Q99', title: 'congenital' },
  { id: 'XVIII', from: 'R00', to: 'R99', title: 'symptoms and signs' },
  { id: 'XIX', from: 'S00', to: 'T98', title: 'injury and poisoning' },
  { id: 'XX', from: 'V01', to: 'Y98', title: 'external causes' },
  { id: 'XXI', from: 'Z00', to: 'Z99', title: 'health-status factors' },
  { id: 'XXII', from: 'U00', to: 'U99', title: 'special purposes' },
];

/** The chapter of a 3-character category ("K35") or a parsed code; undefined outside every chapter. */
export function chapterOf(code: IcdCode | string): IcdChapter | undefined {
  const cat = (typeof code === 'string' ? code : code.category).slice(0, 3).toUpperCase();
  return ICD_CHAPTERS.find((c) => cat >= c.from && cat <= c.to);
}

/**
 * The chapters an indication range ("A00-B99", "K35", "N39.0", "J44.0-J44.1") touches, read at the category
 * level: a range of categories that crosses a chapter boundary touches both chapters.
 */
export function chaptersOfRange(range: string): IcdChapter[] {
  const [lo, hi = lo] = range.split('-').map((b) => b.trim().slice(0, 3).toUpperCase());
  return ICD_CHAPTERS.filter((c) => lo <= c.to && hi >= c.from);
}

/**
 * Chapters grouped by cause rather than organ (infections, neoplasms, pregnancy, perinatal, congenital, injury and
 * poisoning, signs): their diseases can sit in any organ system, so "another chapter" says nothing about them.
 */
export const MULTI_SYSTEM_CHAPTERS: ReadonlySet<string> = new Set(['I', 'II', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX', 'XXI', 'XXII']);

/** Organ-system chapters whose diseases commonly present alike (headache and visual aura; dyspnoea of heart or lung). */
const NEAR: Record<string, readonly string[]> = {
  III: ['IX', 'IV'],
  IV: ['III', 'IX', 'XIII', 'XIV'],
  V: ['VI'],
  VI: ['V', 'VII', 'VIII', 'IX', 'XIII'],
  VII: ['VI'],
  VIII: ['VI', 'X'],
  IX: ['III', 'IV', 'VI', 'X'],
  X: ['VIII', 'IX'],
  XI: ['XIV'],
  XII: ['XIII'],
  XIII: ['IV', 'VI', 'XII'],
  XIV: ['IV', 'XI'],
};

/** Organ-system chapters far enough apart that a case of one is no differential of the other. */
export function chaptersFarApart(a: string, b: string): boolean {
  if (a === b || MULTI_SYSTEM_CHAPTERS.has(a) || MULTI_SYSTEM_CHAPTERS.has(b)) return false;
  return !(NEAR[a] ?? []).includes(b) && !(NEAR[b] ?? []).includes(a);
}
