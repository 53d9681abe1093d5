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

export function checkSentence(sentence: string, triples: Triple[], matcher: EntityMatcher, aliases: Record<string, string[]> = {}): CheckResult {
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
  return { ok: missing.length === 0, missing };
}
