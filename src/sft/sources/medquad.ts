// MedQuAD question–answer pairs, parsed with the knowledge layer's loader (one record per answered question).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseMedquadXml } from '../../knowledge/loaders/medquad.js';
import { createLoaderContext } from '../../knowledge/loaders/types.js';

export interface MedquadPair {
  id: string;
  file: string;
  focus: string;
  question: string;
  qtype: string;
  answer: string;
  url?: string;
}

function xmlFiles(dir: string, out: string[] = []): string[] {
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) xmlFiles(p, out);
    else if (f.endsWith('.xml')) out.push(p);
  }
  return out;
}

export function readMedquad(dir: string): MedquadPair[] {
  const ctx = createLoaderContext({}, dir);
  const out: MedquadPair[] = [];
  for (const file of xmlFiles(dir)) {
    for (const doc of parseMedquadXml(readFileSync(file, 'utf8'), file, ctx)) {
      const m = doc.metadata as Record<string, unknown>;
      const answer = doc.sections
        .map((s) => s.text)
        .join('\n')
        .trim();
      const question = String(m.question ?? '');
      if (!answer || !question) continue;
      out.push({ id: doc.id, file, focus: String(m.focus ?? doc.title), question, qtype: String(m.qtype ?? ''), answer, url: doc.url });
    }
  }
  return out;
}
