// The back-translation check (QuarkMed report): re-extract entities from a generated sentence and keep it only if
// every triple is present — head and tail found as entities of the right type, and the relation expressed.
import { createDictionaryMatcher, type EntityMatcher } from '../tagging/entity-matcher.js';
import { TAIL_TYPE, type Relation, type Triple } from './triples.js';

const CUES: Record<Relation, RegExp> = {
  symptom: /症状|表现|symptom|sign|present/i,
  drug: /药|drug|medication|medicine/i,
  department: /科|就诊|department|clinic/i,
  complication: /并发|引起|导致|complication|lead to/i,
  examination: /检查|检测|化验|examination|test|work-up/i,
  treatment: /治疗|疗法|treat|therapy/i,
};

export interface CheckResult {
  ok: boolean;
  /** Triples not found in the sentence, with why. */
  missing: { triple: Triple; reason: 'head' | 'tail' | 'relation' }[];
  /** Sentence-level faults: a negation, an entity no triple states, garbled text, or mixed zh/en. */
  faults: ('negation' | 'extra_entity' | 'garbled' | 'mixed_script')[];
}

// A negated or hedged relation states the opposite (or nothing) of the triple.
const NEGATION = /(不|没有|无|非|并未|未见|不包括|不会|不属于|罕见|很少|not|no|never|without|rarely|nor|unrelated|n't)/iu;
// Mojibake, replacement characters, a character or word run repeated, or text with almost no letters.
function garbled(s: string): boolean {
  if (/[\ufffd]|[\u0080-\u00ff]{2}/u.test(s)) return true;
  if (/(.{2,})\1{2,}/u.test(s)) return true;
  const letters = s.match(/[\p{L}]/gu)?.length ?? 0;
  return letters < s.length * 0.5;
}

/** A matcher over the KG's own vocabulary: heads as diseases, tails typed by relation. */
export function kgVocabularyMatcher(triples: Iterable<Triple>, aliases: Record<string, string[]> = {}): EntityMatcher {
  const entries: [string, string][] = [];
  for (const t of triples) {
    entries.push([t.head, 'disease'], [t.tail, TAIL_TYPE[t.relation]]);
    for (const a of aliases[t.head] ?? []) entries.push([a, 'disease']);
  }
  return createDictionaryMatcher(entries, 1);
}

export function checkSentence(
  sentence: string,
  triples: Triple[],
  matcher: EntityMatcher,
  aliases: Record<string, string[]> = {},
  lang?: 'zh' | 'en',
): CheckResult {
  const mentions = matcher.match(sentence);
  // Relation cues must come from the sentence itself, not from inside an entity name (儿科 contains 科).
  let masked = sentence;
  for (const m of [...mentions].sort((a, b) => b.start - a.start)) masked = `${masked.slice(0, m.start)}\u0000${masked.slice(m.end)}`;
  // A name shared by two types in the vocabulary is stored under one of them: match on the name.
  const found = new Set(mentions.map((m) => m.text.toLowerCase()));
  const has = (name: string): boolean => found.has(name.toLowerCase());
  const missing: CheckResult['missing'] = [];
  for (const t of triples) {
    const heads = [t.head, ...(aliases[t.head] ?? [])];
    if (!heads.some((h) => has(h))) missing.push({ triple: t, reason: 'head' });
    else if (!has(t.tail)) missing.push({ triple: t, reason: 'tail' });
    else if (!CUES[t.relation].test(masked)) missing.push({ triple: t, reason: 'relation' });
  }
  const faults: CheckResult['faults'] = [];
  // Cues and negations are read outside entity names (无 in 无菌性脑膜炎 is no negation).
  if (NEGATION.test(masked)) faults.push('negation');
  const stated = new Set(triples.flatMap((t) => [t.head, t.tail, ...(aliases[t.head] ?? [])].map((x) => x.toLowerCase())));
  if (mentions.some((m) => !stated.has(m.text.toLowerCase()))) faults.push('extra_entity');
  if (garbled(sentence)) faults.push('garbled');
  if (lang === 'en' && /\p{Script=Han}/u.test(sentence)) faults.push('mixed_script');
  return { ok: missing.length === 0 && faults.length === 0, missing, faults };
}
