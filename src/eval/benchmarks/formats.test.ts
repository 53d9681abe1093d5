// Loaders for benchmarks without a shared dev copy, on files crafted in their published formats.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getBenchmark } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'qm-formats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const row = {
  id: 'e9ad821a',
  question: 'Which vitamin deficiency causes scurvy?',
  opa: 'Vitamin A',
  opb: 'Vitamin C',
  opc: 'Vitamin D',
  opd: 'Vitamin K',
  subject_name: 'Biochemistry',
  topic_name: 'Vitamins',
  exp: 'Ascorbic acid.',
  choice_type: 'single',
};

describe('MedMCQA', () => {
  it('reads the original release (JSON Lines named dev.json, cop 1–4)', async () => {
    const f = join(dir, 'dev.json');
    writeFileSync(f, `${JSON.stringify({ ...row, cop: 2 })}\n${JSON.stringify({ ...row, id: 'x2', cop: 4 })}\n`);
    const [item, second] = await getBenchmark('medmcqa').load(f);
    expect(second.gold).toEqual({ kind: 'choice', letters: 'D' });
    expect(item).toMatchObject({ id: 'e9ad821a', gold: { kind: 'choice', letters: 'B' }, groups: { subject: 'Biochemistry' }, options: { B: 'Vitamin C' } });
  });

  it('reads the Hugging Face parquet (cop 0–3)', async () => {
    const { parquetWriteFile } = await import('hyparquet-writer');
    const f = join(dir, 'validation.parquet');
    parquetWriteFile({
      filename: f,
      columnData: [
        ...Object.entries(row).map(([name, v]) => ({ name, data: [v], type: 'STRING' as const })),
        { name: 'cop', data: [1], type: 'INT32' as const },
      ],
    });
    const [item] = await getBenchmark('medmcqa').load(f);
    expect(item.gold).toEqual({ kind: 'choice', letters: 'B' });
  });

  it('names the line of a bad correct-option index', async () => {
    const f = join(dir, 'bad.jsonl');
    writeFileSync(f, `${JSON.stringify({ ...row, cop: 2 })}\n${JSON.stringify({ ...row, cop: 7 })}\n`);
    await expect(getBenchmark('medmcqa').load(f)).rejects.toThrow(/bad\.jsonl:2: field "cop" is 7, expected 1–4/);
  });
});

describe('MedXpertQA', () => {
  it('keeps 10 options and drops the inline "Answer Choices" copy from the question', async () => {
    const f = join(dir, 'mx.jsonl');
    const options = Object.fromEntries('ABCDEFGHIJ'.split('').map((l, i) => [l, `option ${i}`]));
    writeFileSync(
      f,
      JSON.stringify({
        id: 'Text-1',
        question: 'A 30-year-old… What next? Answer Choices: (A) option 0 (B) option 1',
        options,
        label: 'J',
        medical_task: 'Treatment',
        body_system: 'Cardiovascular',
        question_type: 'Reasoning',
      }),
    );
    const [item] = await getBenchmark('medxpertqa').load(f);
    expect(item.question).toBe('A 30-year-old… What next?');
    expect(Object.keys(item.options)).toHaveLength(10);
    expect(item.groups).toEqual({ task: 'Treatment', system: 'Cardiovascular', type: 'Reasoning' });
    const b = getBenchmark('medxpertqa');
    expect(b.score(b.parse('{"answer": "J"}', item.gold), item.gold).correct).toBe(true);
  });
});

describe('MMLU medical (CSV without header)', () => {
  it('reads the medical subjects of a folder and ignores the others', async () => {
    const d = join(dir, 'mmlu');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(d);
    writeFileSync(join(d, 'anatomy_test.csv'), '"Which bone is in the thigh?",Femur,Ulna,Radius,Tibia,A\n');
    writeFileSync(join(d, 'astronomy_test.csv'), 'q,a,b,c,d,B\n');
    const items = await getBenchmark('mmlu-medical').load(d);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ groups: { subject: 'anatomy' }, gold: { kind: 'choice', letters: 'A' }, options: { A: 'Femur' } });
  });
});
