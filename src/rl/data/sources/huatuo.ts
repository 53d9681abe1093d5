// HuatuoGPT-o1 verifiable problems: an open-ended question and its ground-true answer, checked by the judge
// model (open-answer verifier). The file is a JSON array of {"Open-ended Verifiable Question", "Ground-True Answer"}.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { rlErrors } from '../../errors.js';
import type { RlItem } from '../item.js';
import type { SourceResult } from './types.js';

const INSTRUCTION_EN = 'Think through the problem, then give your final answer on the last line as "Final answer: …".';
const INSTRUCTION_ZH = '请先推理，最后一行以“最终答案：……”给出结论。';

export function itemsFromHuatuo(path: string): SourceResult {
  let rows: unknown;
  try {
    rows = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw rlErrors.RL_DATA_INVALID({ file: path, reason: `not a JSON array: ${(err as Error).message}` });
  }
  if (!Array.isArray(rows)) throw rlErrors.RL_DATA_INVALID({ file: path, reason: 'expected a JSON array of problems' });
  const items: RlItem[] = [];
  const skipped: Record<string, number> = {};
  rows.forEach((row: Record<string, unknown>, i) => {
    const q = row['Open-ended Verifiable Question'] ?? row.question;
    const a = row['Ground-True Answer'] ?? row.answer;
    if (typeof q !== 'string' || typeof a !== 'string' || !q.trim() || !a.trim()) {
      skipped['missing question or answer'] = (skipped['missing question or answer'] ?? 0) + 1;
      return;
    }
    const zh = /[\u4e00-\u9fff]/.test(q);
    const id = `huatuo-o1:${createHash('sha1').update(q).digest('hex').slice(0, 12)}`;
    items.push({
      id,
      task: 'open',
      prompt: [{ role: 'user', content: `${q}\n\n${zh ? INSTRUCTION_ZH : INSTRUCTION_EN}` }],
      ground_truth: a,
      reward_spec: { id, task: 'open', gt: a, opt: { question: q.slice(0, 2000) } },
      source: 'huatuo-o1',
      authority: 'D',
      meta: { line: i, lang: zh ? 'zh' : 'en', text: q },
    });
  });
  return { items, report: { source: 'huatuo-o1', path, read: rows.length, kept: items.length, skipped } };
}
