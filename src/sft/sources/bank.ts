// Every local source a task may read, by name: where it lives under the `--data` root (overridable one by one
// with --source NAME=PATH), and its reader. Each source is read at most once per build, when a task first asks.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BenchItem } from '../../eval/types.js';
import { layTermGroups } from '../../knowledge/lay-terms.js';
import { loadPrinciples, type Principle } from '../../safety/principles.js';
import { sftErrors } from '../errors.js';
import { isSourceName, SOURCE_NAMES, type SourceName } from './names.js';
import { readBench } from './bench.js';
import { readCmtMedQa, readShareGpt, readSingleTurns, readToyhom, type CmtMedQa, type Dialogue } from './dialogues.js';
import { readKg, type KgDisease } from './kg.js';
import { readMedquad, type MedquadPair } from './medquad.js';
import { readEnDiseases, type EnDisease } from './tables.js';
import { readDict, readDrugNames, readIcdRows, type DrugNames, type IcdRow } from './terms.js';

export interface SourceTypes {
  'disease-kg': KgDisease[];
  'en-diseases': EnDisease[];
  medquad: MedquadPair[];
  icd10: IcdRow[];
  drugs: DrugNames;
  'zh-symptoms': string[];
  'lay-terms': string[][];
  cmexam: BenchItem[];
  medcalc: BenchItem[];
  cmtmedqa: CmtMedQa;
  medicalgpt: Dialogue[];
  toyhom: Dialogue[];
  huatuo26m: Dialogue[];
  chatdoctor: Dialogue[];
  principles: Principle[];
}
export { isSourceName, SOURCE_NAMES, type SourceName };

interface SourceDef<K extends SourceName> {
  /** Path under the data root; null for sources the project carries itself. */
  rel: string | null;
  read(path: string): SourceTypes[K] | Promise<SourceTypes[K]>;
}

const DEFS: { [K in SourceName]: SourceDef<K> } = {
  'disease-kg': { rel: 'kb/disease-kg-zh', read: readKg },
  'en-diseases': { rel: 'kb/chatdoctor-diseases.csv', read: readEnDiseases },
  medquad: { rel: 'kb/medquad', read: readMedquad },
  icd10: { rel: 'terms/icd10-cn-clinical-v2.jsonl', read: readIcdRows },
  drugs: { rel: 'terms', read: readDrugNames },
  'zh-symptoms': { rel: 'terms', read: (p) => readDict(p, 'symptom') },
  'lay-terms': { rel: null, read: () => layTermGroups() },
  cmexam: { rel: 'bench/cmexam-val.jsonl', read: (p) => readBench('cmexam', p) },
  medcalc: { rel: 'rl/medcalc-dev.jsonl', read: (p) => readBench('medcalc', p) },
  cmtmedqa: { rel: 'corpus/cmtmedqa-test.json', read: readCmtMedQa },
  medicalgpt: { rel: 'corpus/medicalgpt-sft-1k.jsonl', read: readShareGpt },
  toyhom: { rel: 'corpus/toyhom-neike-sample.gb18030.csv', read: readToyhom },
  huatuo26m: { rel: 'corpus/huatuo26m-test.json', read: readSingleTurns },
  chatdoctor: { rel: 'corpus/chatdoctor5k.json', read: readSingleTurns },
  principles: { rel: null, read: () => loadPrinciples() },
};

export interface SourceBank {
  readonly root: string;
  /** Resolved path of a file-backed source ('' for built-in ones). */
  path(name: SourceName): string;
  has(name: SourceName): boolean;
  get<K extends SourceName>(name: K): Promise<SourceTypes[K]>;
  /** Sources read so far, with their record counts (for the build report). */
  loaded(): Record<string, { path: string; records: number }>;
}

export function createSourceBank(root: string, overrides: Partial<Record<SourceName, string>> = {}): SourceBank {
  const cache = new Map<SourceName, Promise<unknown>>();
  const counts: Record<string, { path: string; records: number }> = {};
  const path = (name: SourceName): string => {
    const o = overrides[name];
    if (o) return resolve(o);
    const rel = DEFS[name].rel;
    return rel === null ? '' : join(root, rel);
  };
  return {
    root,
    path,
    has: (name) => DEFS[name].rel === null || existsSync(path(name)),
    get<K extends SourceName>(name: K): Promise<SourceTypes[K]> {
      let p = cache.get(name);
      if (!p) {
        const at = path(name);
        if (DEFS[name].rel !== null && !existsSync(at)) {
          throw sftErrors.SFT_SOURCE_MISSING({ source: name, path: at, hint: `pass --data ROOT (the shared data layout) or --source ${name}=PATH` });
        }
        p = Promise.resolve((DEFS[name] as SourceDef<K>).read(at)).then((v) => {
          const n = Array.isArray(v)
            ? v.length
            : name === 'cmtmedqa'
              ? (v as CmtMedQa).dialogues.length + (v as CmtMedQa).attacks.length
              : name === 'drugs'
                ? (v as DrugNames).zh.length + (v as DrugNames).en.length
                : 1;
          counts[name] = { path: at, records: n };
          return v;
        });
        cache.set(name, p);
      }
      return p as Promise<SourceTypes[K]>;
    },
    loaded: () => ({ ...counts }),
  };
}
