// The words of medical text for answer-subject.ts: content words counted from the reference files or folders a
// pipeline names (a disease knowledge graph, MedQuAD; read as the clause-end model reads its texts), plus the everyday
// words the knowledge pairs with clinical ones (lay-terms: 屁股 with 臀部, "tummy" with abdomen) — a lay answer is
// still about medicine. I/O at the edge; counting is pure (answer-subject.ts).
import { layTermGroups } from '../../knowledge/lay-terms.js';
import { countMedicalTextWords, type MedicalTextWords } from './answer-subject.js';
import { clauseEndTexts } from './clause-ends.js';

/** A path that is not there is DATA_INPUT_UNREADABLE before any file is read (clauseEndTexts). */
export function loadMedicalTextWords(paths: readonly string[], minTexts?: number): MedicalTextWords {
  return countMedicalTextWords(
    (function* () {
      yield* clauseEndTexts(paths);
      for (const group of layTermGroups()) yield group.join('\n');
    })(),
    minTexts,
  );
}
