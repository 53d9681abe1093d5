// PubMedQA (Jin et al., 2019): research questions answered yes / no / maybe from a PubMed abstract (PQA-L).
import { extractLabel } from '../extract-answer.js';
import { labelPrompt } from '../prompts.js';
import type { BenchItem, Benchmark, Gold, ItemScore, ParsedAnswer } from '../types.js';
import { evalErrors } from '../errors.js';
import { scoreExact } from './exact-score.js';
import { readJson } from './read-records.js';

export const PUBMEDQA_LABELS = ['yes', 'no', 'maybe'] as const;

async function load(file: string): Promise<BenchItem[]> {
  const data = await readJson(file);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw evalErrors.EVAL_DATA_INVALID({ file, line: 1, field: '(file)', reason: 'is not an object of PMID → item' });
  }
  return Object.entries(data as Record<string, Record<string, unknown>>).map(([pmid, rec], i) => {
    const decision = String(rec.final_decision ?? '').toLowerCase();
    if (!(PUBMEDQA_LABELS as readonly string[]).includes(decision)) {
      throw evalErrors.EVAL_DATA_INVALID({ file, line: i + 1, field: `${pmid}.final_decision`, reason: `is "${decision}", expected yes/no/maybe` });
    }
    const contexts = Array.isArray(rec.CONTEXTS) ? rec.CONTEXTS.map(String) : [];
    const labels = Array.isArray(rec.LABELS) ? rec.LABELS.map(String) : [];
    const stem = contexts.map((c, j) => (labels[j] ? `${labels[j]}: ${c}` : c)).join('\n');
    return {
      id: pmid,
      bench: 'pubmedqa',
      lang: 'en',
      stem,
      question: String(rec.QUESTION ?? ''),
      options: {},
      gold: { kind: 'label', label: decision, labels: PUBMEDQA_LABELS },
      groups: { label: decision, ...(rec.reasoning_required_pred ? { reasoning: String(rec.reasoning_required_pred) } : {}) },
      metadata: { longAnswer: rec.LONG_ANSWER, year: rec.YEAR, meshes: rec.MESHES },
    };
  });
}

function score(parsed: ParsedAnswer, gold: Gold): ItemScore {
  if (gold.kind !== 'label') throw new Error(`label scorer given ${gold.kind} gold`);
  return scoreExact(parsed, gold.label);
}

export const pubmedqa: Benchmark = {
  id: 'pubmedqa',
  title: 'PubMedQA (PQA-L, yes / no / maybe)',
  lang: 'en',
  groupKeys: ['label', 'reasoning'],
  source: {
    homepage: 'https://pubmedqa.github.io',
    license: 'MIT',
    files: [{ url: 'https://raw.githubusercontent.com/pubmedqa/pubmedqa/master/data/ori_pqal.json', name: 'ori_pqal.json' }],
    defaultFile: 'ori_pqal.json',
    note: 'papers report the 500-item test split (test_ground_truth.json ids); ori_pqal.json holds all 1,000 labelled items',
  },
  load,
  prompt: (item, context) => labelPrompt(item, PUBMEDQA_LABELS, context),
  parse: (text) => extractLabel(text, PUBMEDQA_LABELS),
  score,
  fromRecord(record) {
    const answer = typeof record.answer === 'string' ? record.answer.toLowerCase() : '';
    if (!(PUBMEDQA_LABELS as readonly string[]).includes(answer)) return null;
    return { gold: { kind: 'label', label: answer, labels: PUBMEDQA_LABELS }, groups: (record.groups ?? { label: answer }) as Record<string, string> };
  },
};
