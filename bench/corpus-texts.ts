// The shared consultation corpora as plain texts (question + answer joined), one home for the de-identification
// benches that need real, identifier-free clinical text: the tagger's training sentences, the speed run's input and
// the precision runs' five untouched corpora.
import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { decodeText } from '../src/core/encoding.js';
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

export interface UntouchedCorpus {
  file: string;
  /** Short name for review lines. */
  tag: string;
  lang: 'zh' | 'en';
  texts: string[];
}

/** The five corpora as whole records (Toyhom with its title, CMtMedQA with its history, MedicalGPT's every turn):
 *  what the detector must leave alone, and the text identifiers are planted into for recall. */
export function untouchedCorpora(): UntouchedCorpus[] {
  const toyCsv = decodeText(readFileSync(sharedPath('corpus', 'toyhom-neike-sample.gb18030.csv'))).text;
  const toy = (parseCsv(toyCsv, { columns: true, relax_quotes: true, skip_empty_lines: true }) as Record<string, string>[]).map(
    (x) => `${x.title ?? ''}\n${x.ask ?? ''}\n${x.answer ?? ''}`,
  );
  const { huatuo, chatdoctor } = corpusTexts();
  const cmt = (
    JSON.parse(readFileSync(sharedPath('corpus', 'cmtmedqa-test.json'), 'utf8')) as { instruction: string; output: string; history?: string[][] }[]
  ).map((x) => `${(x.history ?? []).flat().join('\n')}\n${x.instruction}\n${x.output}`);
  const mgpt = readFileSync(sharedPath('corpus', 'medicalgpt-sft-1k.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { conversations?: { value: string }[] }).conversations?.map((c) => c.value).join('\n') ?? '');
  return [
    { file: 'toyhom-neike-sample.gb18030.csv', tag: 'toy', lang: 'zh', texts: toy },
    { file: 'huatuo26m-test.json', tag: 'huatuo', lang: 'zh', texts: huatuo },
    { file: 'cmtmedqa-test.json', tag: 'cmt', lang: 'zh', texts: cmt },
    { file: 'medicalgpt-sft-1k.jsonl', tag: 'mgpt', lang: 'zh', texts: mgpt },
    { file: 'chatdoctor5k.json', tag: 'cd', lang: 'en', texts: chatdoctor },
  ];
}
