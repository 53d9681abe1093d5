// Which member of a lay ↔ clinical group is the clinical term: the one the terminology knows (Chinese symptom
// dictionary and ICD-10 names; the English disease table's symptoms and MedQuAD foci). Groups where no member
// or every member is known are skipped: the direction would be a guess.
import { normTerm } from '../../knowledge/term-text.js';
import type { SourceBank } from '../sources/bank.js';

export interface LayPair {
  group: number;
  lang: 'zh' | 'en';
  lay: string;
  clinical: string;
}

export async function layPairs(bank: SourceBank): Promise<LayPair[]> {
  const zhKnown = new Set<string>();
  if (bank.has('zh-symptoms')) for (const s of await bank.get('zh-symptoms')) zhKnown.add(normTerm(s));
  if (bank.has('icd10')) for (const r of await bank.get('icd10')) if (r.name.length <= 8) zhKnown.add(normTerm(r.name));
  const enKnown = new Set<string>();
  if (bank.has('en-diseases')) for (const d of await bank.get('en-diseases')) for (const s of [d.name, ...d.symptoms]) enKnown.add(s.toLowerCase());
  if (bank.has('medquad')) for (const p of await bank.get('medquad')) enKnown.add(p.focus.toLowerCase());
  const out: LayPair[] = [];
  (await bank.get('lay-terms')).forEach((g, i) => {
    const lang = /\p{Script=Han}/u.test(g[0]) ? 'zh' : 'en';
    const known = (t: string) => (lang === 'zh' ? zhKnown.has(normTerm(t)) : enKnown.has(t.toLowerCase()));
    const clinical = g.filter(known);
    const lay = g.filter((t) => !known(t) && t.length >= 2);
    if (!clinical.length || !lay.length) return;
    for (const l of lay) out.push({ group: i, lang, lay: l, clinical: clinical[0] });
  });
  return out;
}
