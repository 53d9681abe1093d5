// The shared consultation corpora as plain texts (question + answer joined), one home for the de-identification
// benches that need real, identifier-free clinical text: the tagger's training sentences and the speed run's input.
import { readFileSync } from 'node:fs';
import { sharedPath } from '../test/helpers/shared-data.js';

export interface CorpusTexts {
  /** huatuo26m-test: noisy Chinese online consultations. */
  huatuo: string[];
  /** cmtmedqa-test: Chinese consultations (first turn). */
  cmt: string[];
  /** chatdoctor5k: English synthetic doctor–patient dialogues. */
  chatdoctor: string[];
}

export function corpusTexts(): CorpusTexts {
  const read = <T>(file: string) => JSON.parse(readFileSync(sharedPath('corpus', file), 'utf8')) as T[];
  return {
    huatuo: read<{ instruction: string[]; output: string[] }>('huatuo26m-test.json').map((x) => `${x.instruction.join('')}\n${x.output.join('')}`),
    cmt: read<{ instruction: string; output: string }>('cmtmedqa-test.json').map((x) => `${x.instruction}\n${x.output}`),
    chatdoctor: read<{ input: string; output: string }>('chatdoctor5k.json').map((x) => `${x.input}\n${x.output}`),
  };
}
