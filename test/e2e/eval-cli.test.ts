// `quarkmed eval run / score / compare` end to end: the real CLI process, real CPQExam dev items, and a local
// OpenAI-protocol server answering from a script (right, right-after-reasoning, wrong, unusable, in turn).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpqexam } from '../../src/eval/benchmarks/cpqexam.js';
import type { BenchItem } from '../../src/eval/types.js';
import { startFakeOpenAI, type FakeOpenAI } from '../helpers/fake-openai-server.js';
import { runCli } from '../helpers/run-cli.js';
import { sharedPath } from '../helpers/shared-data.js';

const N = 40;
let dir: string;
let server: FakeOpenAI;
let items: BenchItem[];
const byPrompt = new Map<string, number>();

function wrongLetters(gold: string): string {
  return gold === 'A' ? 'B' : 'A';
}

/** The script: item i answers right (i%4=0), right after reasoning (1), wrong (2), or unusable text (3). */
function scripted(i: number): string {
  const gold = items[i].gold.kind === 'choice' ? items[i].gold.letters : '';
  switch (i % 4) {
    case 0:
      return JSON.stringify({ answer: gold });
    case 1:
      return `根据题干分析，应选择${gold}。\n\n\`\`\`json\n{"answer": "${gold}"}\n\`\`\``;
    case 2:
      return JSON.stringify({ answer: wrongLetters(gold) });
    default:
      return '抱歉，我无法回答这个问题。';
  }
}

/** The real CLI process with this suite's home folder. */
const cli = (args: string[]) => runCli(args, { env: { QUARKMED_HOME: dir } });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'quarkmed-eval-'));
  items = (await cpqexam.load(sharedPath('bench', 'cpqexam-dev.jsonl'))).slice(0, N);
  items.forEach((it, i) => byPrompt.set(cpqexam.prompt(it)[0].content, i));
  server = await startFakeOpenAI({
    reply: (req) => {
      const content = req.messages?.at(-1)?.content ?? '';
      const i = byPrompt.get(content);
      return i === undefined ? { text: '', status: 400, error: 'unknown prompt' } : scripted(i);
    },
  });
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('quarkmed eval (CPQExam, scripted OpenAI-protocol model)', () => {
  const expected = () => {
    const correct = items.filter((_, i) => i % 4 === 0 || i % 4 === 1).length;
    const invalid = items.filter((_, i) => i % 4 === 3).length;
    return { correct, invalid };
  };

  it('run writes predictions and reports with the scripted accuracy, at temperature 0.6', async () => {
    const out = join(dir, 'run1');
    const r = await cli([
      'eval',
      'run',
      '--bench',
      'cpqexam',
      '--data',
      sharedPath('bench', 'cpqexam-dev.jsonl'),
      '--model',
      `openai:${server.baseURL}#scripted`,
      '--out',
      out,
      '--limit',
      String(N),
      '--concurrency',
      '4',
      '--no-progress',
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    const { correct, invalid } = expected();
    expect(report.summary.overall).toEqual({ correct, total: N, accuracy: correct / N });
    expect(report.summary.invalid).toBe(invalid);
    expect(report.summary.ci95.low).toBeLessThan(correct / N);
    expect(report.summary.ci95.high).toBeGreaterThan(correct / N);
    expect(report.paper.figures.some((f: { group?: { name: string } }) => f.group?.name === '高级')).toBe(true);
    expect(server.requests.filter((q) => q.path.endsWith('/chat/completions'))).toHaveLength(N);
    expect(server.requests.filter((q) => q.path.endsWith('/chat/completions')).every((q) => q.body.temperature === 0.6)).toBe(true);
    for (const f of ['predictions.jsonl', 'report.json', 'report.md', 'report.html']) expect(existsSync(join(out, f))).toBe(true);
    const lines = readFileSync(join(out, 'predictions.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(N);
    expect(lines[0]).toMatchObject({
      uid: items[0].id,
      level: items[0].metadata.level,
      department: items[0].metadata.department,
      type: items[0].metadata.type,
      answer: items[0].gold.kind === 'choice' ? items[0].gold.letters : '',
    });
    expect(lines[3].invalid).toBe(true);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script|\s(?:src|href)=/);
  });

  it('score --json re-scores the file to the same numbers, grouped by level, department and type', async () => {
    const r = await cli(['eval', 'score', '--bench', 'cpqexam', '--predictions', join(dir, 'run1', 'predictions.jsonl'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const s = JSON.parse(r.stdout);
    const { correct, invalid } = expected();
    expect(s.overall).toEqual({ correct, total: N, accuracy: correct / N });
    expect(s.invalid).toBe(invalid);
    const levelTotal = Object.values(s.groups.level as Record<string, { total: number }>).reduce((a, g) => a + g.total, 0);
    expect(levelTotal).toBe(N);
    expect(Object.keys(s.groups.type).every((t) => ['单选题', '多选题', '共用题干题', '案例分析题'].includes(t))).toBe(true);
  });

  it('a second run is served from the cache: no new model requests, same predictions', async () => {
    const before = server.requests.length;
    const r = await cli([
      'eval',
      'run',
      '--bench',
      'cpqexam',
      '--data',
      sharedPath('bench', 'cpqexam-dev.jsonl'),
      '--model',
      `openai:${server.baseURL}#scripted`,
      '--out',
      join(dir, 'run2'),
      '--limit',
      String(N),
      '--no-progress',
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(server.requests.length).toBe(before);
    const report = JSON.parse(r.stdout);
    expect(report.cachedItems).toBe(N);
    expect(report.summary.overall.correct).toBe(expected().correct);
  });

  it('compare shows both runs side by side', async () => {
    const r = await cli(['eval', 'compare', join(dir, 'run1'), join(dir, 'run2'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(c.runs).toHaveLength(2);
    expect(c.rows[0]).toMatchObject({ group: 'overall', name: 'accuracy', values: [expected().correct / N, expected().correct / N] });
  });

  it('refuses an unknown benchmark listing the valid names, and missing data naming the path', async () => {
    const r = await cli(['eval', 'score', '--bench', 'medqa-uk', '--predictions', 'x.jsonl']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/UNKNOWN_NAME.*cpqexam.*medqa-us/);
    const r2 = await cli(['eval', 'run', '--bench', 'pubmedqa', '--model', `openai:${server.baseURL}#scripted`, '--out', join(dir, 'x')]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/EVAL_NO_DATA.*bench[/\\]pubmedqa[/\\]ori_pqal\.json.*eval pull pubmedqa/);
  });

  it('cmb-clin: answers from --model, grades from --judge on the 1–4 rubric', async () => {
    const { writeFileSync } = await import('node:fs');
    const data = join(dir, 'cmb-clin.json');
    writeFileSync(
      data,
      JSON.stringify([
        {
          id: '7',
          title: '胸痛',
          description: '男，60岁，胸骨后压榨性疼痛2小时，大汗。',
          QA_pairs: [
            { question: '最可能的诊断？', solution: '急性心肌梗死' },
            { question: '首选检查？', solution: '心电图' },
          ],
        },
      ]),
    );
    const judge = await startFakeOpenAI({
      reply: (req) => {
        const c = req.messages?.at(-1)?.content ?? '';
        return JSON.stringify({ grade: c.includes('考生回答：\n急性心肌梗死') ? 4 : 2, reason: '对照参考答案' });
      },
    });
    const model = await startFakeOpenAI({ reply: (req) => ((req.messages?.at(-1)?.content ?? '').includes('最可能的诊断') ? '急性心肌梗死' : '胸部X线') });
    try {
      const r = await cli([
        'eval',
        'run',
        '--bench',
        'cmb-clin',
        '--data',
        data,
        '--model',
        `openai:${model.baseURL}#m`,
        '--judge',
        `openai:${judge.baseURL}#j`,
        '--out',
        join(dir, 'clin'),
        '--no-cache',
        '--no-progress',
        '--json',
      ]);
      expect(r.code, r.stderr).toBe(0);
      const report = JSON.parse(r.stdout);
      expect(report.summary.overall).toEqual({ correct: 1, total: 2, accuracy: 0.5 });
      expect(report.summary.meanScore).toBeCloseTo((1 + 1 / 3) / 2);
      expect(judge.requests.filter((q) => q.path.endsWith('/chat/completions')).every((q) => q.body.temperature === 0)).toBe(true);
      const noJudge = await cli(['eval', 'run', '--bench', 'cmb-clin', '--data', data, '--model', `openai:${model.baseURL}#m`, '--out', join(dir, 'clin2')]);
      expect(noJudge.code).toBe(2);
      expect(noJudge.stderr).toMatch(/EVAL_JUDGE_REQUIRED/);
    } finally {
      await judge.close();
      await model.close();
    }
  });
});
