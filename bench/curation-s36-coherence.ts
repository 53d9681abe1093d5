// Session 36 (#17): where answer-subject.ts (an answer with a subject of its own, not the question's) fires — on every
// labelled curation batch row (or the files given) and on the held-out real pairs (--real: chatdoctor, huatuo26m,
// cmtmedqa; a fire there is a false drop unless a reader confirms it). One line per fire, a count at the end.
// Run: npx tsx bench/curation-s36-coherence.ts [--real] [files…]
import { join } from 'node:path';
import { answersOtherSubject } from '../src/data/filters/answer-subject.js';
import { loadMedicalVocabulary } from '../src/data/filters/medical-vocabulary.js';
import { loadMedicalTextWords } from '../src/data/filters/medical-text-words.js';
import { getDrugLexicon } from '../src/knowledge/drugs.js';
import { curationRows } from './curation-rows.js';

const terms = join(import.meta.dirname, '..', '..', 'shared', 'data', 'terms');
const vocab = loadMedicalVocabulary(terms);
const drugs = getDrugLexicon(terms);
const kb = join(import.meta.dirname, '..', '..', 'shared', 'data', 'kb');
const medicalText = loadMedicalTextWords([join(kb, 'disease-kg-zh'), join(kb, 'medquad')], process.env.MIN_TEXTS ? Number(process.env.MIN_TEXTS) : undefined);
let pairs = 0;
let fires = 0;
const byLabel = new Map<string, number>();
for (const r of curationRows(process.argv.slice(2))) {
  if (!r.q.trim() || !r.a.trim()) continue;
  pairs++;
  const s = answersOtherSubject(r.q, r.a, { vocab, drugs, medicalText });
  if (!s) continue;
  fires++;
  const key = `${r.label}:${r.defect}`;
  byLabel.set(key, (byLabel.get(key) ?? 0) + 1);
  console.log(
    [r.file, r.id, r.label, r.defect, `${s.medical}/${s.sentences}`, s.shared, s.subject.join(','), r.a.slice(0, 70).replace(/\s+/g, ' ')].join('\t'),
  );
}
console.log(`${pairs} pairs: fires on ${fires} — ${[...byLabel].map(([k, n]) => `${k} ${n}`).join(', ')}`);
