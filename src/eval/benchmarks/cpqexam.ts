// CPQExam: QuarkMed's Chinese health-professional qualification exam (7,600 items; 4 levels x 12 disciplines).
// Scored exactly as the official evaluation/evaluate.py: its extraction, its groups, its invalid count.
import { evalErrors } from '../errors.js';
import { extractOfficialAnswer } from '../extract-answer.js';
import { cpqexamPrompt } from '../prompts.js';
import type { BenchItem, Benchmark, Gold, ItemScore, LoadOptions, ParsedAnswer } from '../types.js';
import { goldLetters } from './choice-scoring.js';
import { scoreExact } from './exact-score.js';
import { readJsonl, str } from './read-records.js';

export const CPQEXAM_LEVELS = ['初级', '中级', '副高', '高级'] as const;

/** The official question-type group: case analysis, shared stem, else single/multi by answer length. */
export function cpqexamOptionType(type: string, answer: string): '案例分析题' | '共用题干题' | '单选题' | '多选题' {
  if (type.includes('案例分析')) return '案例分析题';
  if (type.includes('题干')) return '共用题干题';
  return answer.length <= 1 ? '单选题' : '多选题';
}

/** Options "A. text\nB. text" (also "A.text") → record; the raw text is kept for the official prompt. */
export function splitOptionLines(option: string): Record<string, string> {
  const out: Record<string, string> = {};
  let current: string | null = null;
  for (const line of option.split('\n')) {
    const m = /^\s*([A-Z])\s*[.．、:：]\s*(.*)$/.exec(line);
    if (m) {
      current = m[1];
      out[current] = m[2].trim();
    } else if (current && line.trim()) out[current] += `\n${line.trim()}`;
  }
  return out;
}

async function load(file: string, opts: LoadOptions = {}): Promise<BenchItem[]> {
  const records = await readJsonl(file);
  return records.map((rec) => {
    const uid = str(rec, 'uid', file);
    const answer = str(rec, 'answer', file);
    const type = str(rec, 'type', file);
    const option = str(rec, 'option', file);
    const clean = goldLetters(answer);
    if (!clean) {
      throw evalErrors.EVAL_DATA_INVALID({ file, line: rec.line, field: 'answer', reason: `is "${answer}", expected option letters` });
    }
    if (clean !== answer) {
      opts.onWarning?.({
        file,
        line: rec.line,
        reason: `gold answer ${JSON.stringify(answer)} is not clean sorted letters: the official scorer compares strings, so no reply can match it (kept as is)`,
      });
    }
    return {
      id: uid,
      bench: 'cpqexam',
      lang: 'zh',
      stem: str(rec, 'stem', file, true) || undefined,
      question: str(rec, 'question', file),
      options: splitOptionLines(option),
      // The official comparison is a plain string equality against the file's answer, so keep it verbatim.
      gold: { kind: 'choice', letters: answer },
      groups: { level: str(rec, 'level', file), department: str(rec, 'department', file), type: cpqexamOptionType(type, answer) },
      metadata: {
        uid,
        level: str(rec, 'level', file),
        department: str(rec, 'department', file),
        type,
        unit: str(rec, 'unit', file, true),
        index: str(rec, 'index', file, true),
        option,
      },
    };
  });
}

function parse(text: string): ParsedAnswer {
  const r = extractOfficialAnswer(text);
  return { value: r.prediction || null, how: r.crash ? `crash: ${r.crash}` : r.how };
}

function score(parsed: ParsedAnswer, gold: Gold): ItemScore {
  if (gold.kind !== 'choice') throw new Error(`cpqexam scorer given ${gold.kind} gold`);
  return scoreExact(parsed, gold.letters);
}

export const cpqexam: Benchmark = {
  id: 'cpqexam',
  title: 'CPQExam (Chinese Health Professional Qualification Exam)',
  lang: 'zh',
  groupKeys: ['level', 'department', 'type'],
  source: {
    homepage: 'https://github.com/Quark-Medical/QuarkMed',
    license: 'see the QuarkMed repository',
    files: [{ url: 'https://raw.githubusercontent.com/Quark-Medical/QuarkMed/main/dataset/static_data-quarkmed_cpqexam.jsonl', name: 'cpqexam.jsonl' }],
    defaultFile: 'cpqexam.jsonl',
  },
  load,
  prompt: (item, context) => cpqexamPrompt(item, String(item.metadata.option ?? ''), context),
  parse,
  score,
  // evaluate.py reads uid, level, department, type (the raw exam type), pred_str and answer.
  recordFields: (item) => ({ level: String(item.metadata.level), department: String(item.metadata.department), type: String(item.metadata.type) }),
  // Official prediction files carry level, department, type and answer: the groups come from those.
  fromRecord(record) {
    const answer = record.answer;
    if (typeof answer !== 'string') return null;
    const s = (k: string) => (typeof record[k] === 'string' ? (record[k] as string) : '');
    return {
      gold: { kind: 'choice', letters: answer },
      groups: { level: s('level'), department: s('department'), type: cpqexamOptionType(s('type'), answer) },
    };
  },
};
