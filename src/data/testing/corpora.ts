// The six shared corpora and the two knowledge sources as pipeline inputs, with their dialogue shapes — one list for
// tests and benches (the example pipelines spell the same inputs in YAML).
import { join } from 'node:path';
import { inputSpecSchema, type InputSpec } from '../readers/input-spec.js';

export function corpusInputs(data: string): Record<string, InputSpec> {
  const c = (f: string): string => join(data, 'corpus', f);
  const specs: Record<string, unknown> = {
    toyhom: {
      type: 'csv',
      path: c('toyhom-neike-sample.gb18030.csv'),
      dialogue: { user: ['title', 'ask'], assistant: 'answer' },
      metadata: ['department'],
      source: 'toyhom',
    },
    'toyhom-text': { type: 'text', path: c('toyhom-neike.gb18030.txt'), source: 'toyhom-text' },
    huatuo26m: { type: 'json', path: c('huatuo26m-test.json'), dialogue: { user: 'instruction', assistant: 'output' }, source: 'huatuo26m' },
    cmtmedqa: {
      type: 'json',
      path: c('cmtmedqa-test.json'),
      dialogue: { history: 'history', user: ['instruction', 'instruct'], assistant: 'output' },
      id: 'id',
      metadata: ['cate1'],
      source: 'cmtmedqa',
    },
    medicalgpt: { type: 'jsonl', path: c('medicalgpt-sft-1k.jsonl'), dialogue: { turns: 'conversations' }, source: 'medicalgpt' },
    chatdoctor: { type: 'json', path: c('chatdoctor5k.json'), dialogue: { user: 'input', assistant: 'output' }, source: 'chatdoctor' },
    medquad: { type: 'medquad', path: join(data, 'kb', 'medquad') },
    'disease-kg': { type: 'disease-kg', path: join(data, 'kb', 'disease-kg-zh') },
  };
  return Object.fromEntries(Object.entries(specs).map(([k, v]) => [k, inputSpecSchema.parse(v)]));
}
