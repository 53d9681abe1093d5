// Terminology the terminology tasks read: ICD-10 clinical edition rows, Chinese entity dictionaries, drug names.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSeedAliases } from '../../knowledge/drugs.js';
import { sftErrors } from '../errors.js';

export interface IcdRow {
  code: string;
  name: string;
  line: number;
}

export function readIcdRows(file: string): IcdRow[] {
  const out: IcdRow[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((l, i) => {
      if (!l.trim()) return;
      let r: { code?: unknown; name?: unknown };
      try {
        r = JSON.parse(l) as { code?: unknown; name?: unknown };
      } catch {
        throw sftErrors.SFT_DATA_INVALID({ file, line: i + 1, reason: 'not JSON' });
      }
      if (typeof r.code === 'string' && typeof r.name === 'string') out.push({ code: r.code.trim(), name: r.name.trim(), line: i + 1 });
    });
  return out;
}

/** One entity dictionary (entity-dict-zh/<kind>.txt) as a list; empty when the file is absent. */
export function readDict(termsDir: string, kind: string): string[] {
  const file = join(termsDir, 'entity-dict-zh', `${kind}.txt`);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export interface DrugNames {
  zh: string[];
  /** English generic names from the knowledge layer's alias table, each with its Chinese canonical name. */
  en: { name: string; zh: string }[];
}

export function readDrugNames(termsDir: string): DrugNames {
  const zh = readDict(termsDir, 'drug').filter((n) => /^\p{Script=Han}{3,10}$/u.test(n));
  const en: DrugNames['en'] = [];
  for (const [canon, aliases] of Object.entries(parseSeedAliases())) {
    const generic = aliases.find((a) => /^[a-z][a-z -]{5,}$/.test(a));
    if (generic) en.push({ name: generic, zh: canon });
  }
  return { zh, en };
}
