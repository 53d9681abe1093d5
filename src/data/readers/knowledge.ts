// The knowledge base's own loaders (MedQuAD XML, disease-KG JSON), adapted to records — not re-parsed here.
import { createLoaderContext } from '../../knowledge/loaders/types.js';
import { medquadLoader } from '../../knowledge/loaders/medquad.js';
import { diseaseKgLoader } from '../../knowledge/loaders/disease-kg.js';
import { recordFromDoc, type DataRecord } from '../record.js';
import type { InputSpec } from './input-spec.js';

function reader(loader: typeof medquadLoader) {
  return async function* (file: string, spec: InputSpec): AsyncIterable<DataRecord> {
    const ctx = createLoaderContext({ source: spec.source, authority: spec.authority });
    for await (const doc of loader.load(file, ctx)) {
      const r = recordFromDoc(doc);
      r.metadata.origin = { file };
      yield r;
    }
  };
}

export const readMedquad = reader(medquadLoader);
export const readDiseaseKg = reader(diseaseKgLoader);
