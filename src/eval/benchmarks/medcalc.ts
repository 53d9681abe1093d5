// MedCalc-Bench (Khandekar et al., 2024): compute a clinical score or value from a patient note.
// Correctness follows the official rule: decimals within [Lower Limit, Upper Limit], integers by Python round(),
// dates by calendar day, gestational age by (weeks, days).
import { extractDate, extractNumber, extractWeeksDays } from '../extract-answer.js';
import { calcPrompt } from '../prompts.js';
import type { BenchItem, Benchmark, Gold, ItemScore, ParsedAnswer } from '../types.js';
import { evalErrors } from '../errors.js';
import { unanswered } from './exact-score.js';
import { readRecords, str } from './read-records.js';

/** Python 3 round(): halves go to the even neighbour. */
export function pyRound(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

function goldOf(file: string, line: number, outputType: string, answer: string, lower: string, upper: string): Gold {
  const wd = /(\d+)\s*weeks?\D+(\d+)\s*days?/.exec(answer);
  if (wd) return { kind: 'weeks-days', weeks: Number(wd[1]), days: Number(wd[2]) };
  const date = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(answer.trim());
  if (date) return { kind: 'date', date: `${date[1].padStart(2, '0')}/${date[2].padStart(2, '0')}/${date[3]}` };
  const value = Number(answer);
  if (!Number.isFinite(value))
    throw evalErrors.EVAL_DATA_INVALID({ file, line, field: 'Ground Truth Answer', reason: `is "${answer}", not a number, date or (weeks, days)` });
  if (outputType === 'integer') return { kind: 'numeric', value, lower: value, upper: value, outputType: 'integer' };
  const lo = Number(lower);
  const hi = Number(upper);
  if (!Number.isFinite(lo) || !Number.isFinite(hi))
    throw evalErrors.EVAL_DATA_INVALID({ file, line, field: 'Lower Limit', reason: 'and Upper Limit must be numbers for decimal answers' });
  return { kind: 'numeric', value, lower: lo, upper: hi, outputType: 'decimal' };
}

async function load(file: string): Promise<BenchItem[]> {
  return (await readRecords(file)).map((rec) => {
    const gold = goldOf(
      file,
      rec.line,
      str(rec, 'Output Type', file),
      str(rec, 'Ground Truth Answer', file),
      str(rec, 'Lower Limit', file, true),
      str(rec, 'Upper Limit', file, true),
    );
    return {
      id: `medcalc-${str(rec, 'Row Number', file, true) || rec.line}`,
      bench: 'medcalc',
      lang: 'en',
      stem: str(rec, 'Patient Note', file),
      question: str(rec, 'Question', file),
      options: {},
      gold,
      groups: { category: str(rec, 'Category', file, true), calculator: str(rec, 'Calculator Name', file, true) },
      metadata: { calculatorId: str(rec, 'Calculator ID', file, true), explanation: str(rec, 'Ground Truth Explanation', file, true) },
    };
  });
}

function hint(gold: Gold): string {
  if (gold.kind === 'date') return '"MM/DD/YYYY"';
  if (gold.kind === 'weeks-days') return '"(W weeks, D days)"';
  return gold.kind === 'numeric' && gold.outputType === 'integer' ? '<integer>' : '<number>';
}

function parse(text: string, gold: Gold): ParsedAnswer {
  if (gold.kind === 'date') return extractDate(text);
  if (gold.kind === 'weeks-days') return extractWeeksDays(text);
  return extractNumber(text);
}

function score(parsed: ParsedAnswer, gold: Gold): ItemScore {
  if (!parsed.value) return unanswered(parsed);
  let correct: boolean;
  if (gold.kind === 'date') correct = parsed.value === gold.date;
  else if (gold.kind === 'weeks-days') correct = parsed.value === `${gold.weeks},${gold.days}`;
  else if (gold.kind === 'numeric') {
    const x = Number(parsed.value);
    correct = gold.outputType === 'integer' ? pyRound(x) === Math.trunc(gold.value) : x >= gold.lower && x <= gold.upper;
  } else throw new Error(`medcalc scorer given ${gold.kind} gold`);
  return { correct, score: correct ? 1 : 0, prediction: parsed.value, invalid: false, reason: correct ? 'within-limits' : 'outside-limits' };
}

export const medcalc: Benchmark = {
  id: 'medcalc',
  title: 'MedCalc-Bench (clinical calculations)',
  lang: 'en',
  groupKeys: ['category', 'calculator'],
  source: {
    homepage: 'https://github.com/ncbi-nlp/MedCalc-Bench',
    license: 'CC BY-SA 4.0',
    files: [{ url: 'https://raw.githubusercontent.com/ncbi-nlp/MedCalc-Bench/main/dataset/test_data.csv', name: 'medcalc-test.csv' }],
    defaultFile: 'medcalc-test.csv',
  },
  load,
  prompt: (item, context) => calcPrompt(item, hint(item.gold), context),
  parse,
  score,
  fromRecord(record) {
    const gold = record.gold as Gold | undefined;
    if (!gold || !['numeric', 'date', 'weeks-days'].includes(gold.kind)) return null;
    return { gold, groups: (record.groups ?? {}) as Record<string, string> };
  },
};
