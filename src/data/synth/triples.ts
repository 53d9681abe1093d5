// Knowledge-graph triples from the disease KG, read through the knowledge base's loader (no second parser).
import type { Doc } from '../../core/types.js';

export type Relation = 'symptom' | 'drug' | 'department' | 'complication' | 'examination' | 'treatment';
export const RELATIONS: readonly Relation[] = ['symptom', 'drug', 'department', 'complication', 'examination', 'treatment'];

/** Entity type of a relation's tail (the terminology's types). */
export const TAIL_TYPE: Record<Relation, string> = {
  symptom: 'symptom',
  drug: 'drug',
  department: 'department',
  complication: 'disease',
  examination: 'check',
  treatment: 'treatment',
};

export interface Triple {
  head: string;
  relation: Relation;
  tail: string;
}

const FIELD: Record<Relation, string> = {
  symptom: 'symptoms',
  drug: 'drugs',
  department: 'departments',
  complication: 'complications',
  examination: 'checks',
  treatment: 'treatWays',
};

function list(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim().length > 0).map((x) => x.trim()) : [];
}

export function triplesFromDoc(doc: Doc): Triple[] {
  const head = typeof doc.metadata.name === 'string' ? doc.metadata.name : doc.title;
  const out: Triple[] = [];
  for (const relation of RELATIONS) {
    for (const tail of new Set(list(doc.metadata[FIELD[relation]]))) if (tail !== head) out.push({ head, relation, tail });
  }
  return out;
}

/** Triples grouped by (head, relation), at most `per` tails a group: one sentence each. */
export function groupTriples(triples: Triple[], per = 4): Triple[][] {
  const groups = new Map<string, Triple[]>();
  for (const t of triples) {
    const k = `${t.head}\u0000${t.relation}`;
    const g = groups.get(k) ?? [];
    g.push(t);
    groups.set(k, g);
  }
  const out: Triple[][] = [];
  for (const g of groups.values()) for (let i = 0; i < g.length; i += per) out.push(g.slice(i, i + per));
  return out;
}
