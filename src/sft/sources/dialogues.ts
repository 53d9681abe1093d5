// Consultation corpora as turn lists: CMtMedQA (history pairs + the attack prompts it carries), medicalgpt
// ShareGPT, Toyhom (GB18030 CSV, single turn), Huatuo26M and ChatDoctor. Turn shapes are read with the data
// pipeline's dialogue reader; de-identification happens in the task that emits them.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { decodeText } from '../../core/encoding.js';
import { turnsFromValue } from '../../core/dialogue.js';
import type { Message } from '../../data/dialogue/turns.js';
import { sftErrors } from '../errors.js';

export interface Dialogue {
  id: string;
  file: string;
  turns: Message[];
  department?: string;
}

function json(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (err) {
    throw sftErrors.SFT_DATA_INVALID({ file, reason: `not JSON: ${(err as Error).message}` });
  }
}

const clean = (s: unknown): string => (typeof s === 'string' ? s.trim() : '');

export interface CmtMedQa {
  dialogues: Dialogue[];
  /** Red-team prompts (records with `instruct`), each with the dataset's reference reply. */
  attacks: { id: string; file: string; prompt: string; reply: string }[];
}

export function readCmtMedQa(file: string): CmtMedQa {
  const data = json(file);
  if (!Array.isArray(data)) throw sftErrors.SFT_DATA_INVALID({ file, reason: 'expected a JSON array' });
  const out: CmtMedQa = { dialogues: [], attacks: [] };
  data.forEach((r: Record<string, unknown>, i) => {
    if ('instruct' in r) {
      const prompt = clean(r.instruct);
      if (prompt) out.attacks.push({ id: `attack-${i}`, file, prompt, reply: clean(r.output) });
      return;
    }
    const turns = turnsFromValue(r.history) ?? [];
    const q = clean(r.instruction);
    const a = clean(r.output);
    if (q && a) turns.push({ role: 'user', content: q }, { role: 'assistant', content: a });
    if (turns.length >= 2) out.dialogues.push({ id: String(r.id ?? i), file, turns, department: clean(r.cate2) || undefined });
  });
  return out;
}

export function readShareGpt(file: string): Dialogue[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l, i) => ({ l, i }))
    .filter(({ l }) => l.trim())
    .map(({ l, i }) => {
      let r: Record<string, unknown>;
      try {
        r = JSON.parse(l) as Record<string, unknown>;
      } catch {
        throw sftErrors.SFT_DATA_INVALID({ file, line: i + 1, reason: 'not JSON' });
      }
      return { id: `line-${i + 1}`, file, turns: turnsFromValue(r.conversations ?? r.messages) ?? [] };
    })
    .filter((d) => d.turns.length >= 2);
}

export function readToyhom(file: string): Dialogue[] {
  const text = decodeText(readFileSync(file)).text;
  const rows = parse(text, { columns: true, skip_empty_lines: true, relax_column_count: true, relax_quotes: true, bom: true }) as Record<string, string>[];
  return rows
    .map((r, i) => {
      const q = [clean(r.title), clean(r.ask)].filter(Boolean);
      // The title often repeats the start of the question: keep it only when it adds something.
      const ask = q.length === 2 && q[1].includes(q[0].replace(/[？?。]$/, '')) ? q[1] : q.join('\n');
      return {
        id: `row-${i + 2}`,
        file,
        department: clean(r.department) || undefined,
        turns: [
          { role: 'user' as const, content: ask },
          { role: 'assistant' as const, content: clean(r.answer) },
        ],
      };
    })
    .filter((d) => d.turns.every((t) => t.content));
}

/** Huatuo26M-style [{instruction:[q], output:[a]}] or ChatDoctor {instruction, input, output} single turns. */
export function readSingleTurns(file: string): Dialogue[] {
  const data = json(file);
  if (!Array.isArray(data)) throw sftErrors.SFT_DATA_INVALID({ file, reason: 'expected a JSON array' });
  const first = (v: unknown): string => clean(Array.isArray(v) ? v[0] : v);
  return data
    .map((r: Record<string, unknown>, i) => ({
      id: `rec-${i}`,
      file,
      turns: [
        { role: 'user' as const, content: first(r.input) || first(r.instruction) },
        { role: 'assistant' as const, content: first(r.output) },
      ],
    }))
    .filter((d) => d.turns.every((t) => t.content));
}
