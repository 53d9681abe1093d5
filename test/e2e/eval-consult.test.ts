// `quarkmed eval run --bench consult` end to end: the real inquiry policy, a patient-simulator model and a judge
// model served by a local OpenAI-protocol server, reports written to disk.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { register } from '../../src/cli/commands/eval.js';
import { type FakeOpenAI, startFakeOpenAI } from '../helpers/fake-openai-server.js';
import { runInProcess } from '../helpers/run-cli.js';

const CASES = [
  {
    id: 'e2e-1',
    lang: 'en',
    opening: 'My 6 year old has had a cough for a few days',
    disposition: 'routine',
    facts: { 'blood|breath|chest': 'No, breathing is fine', fever: 'Temperature 38.2 yesterday' },
    redFlags: [{ concept: 'breathing difficulty', keywords: ['breath'] }],
    rubric: [
      { id: 'a', group: 'red-flags', weight: 5, criterion: 'Asks whether the child is short of breath' },
      { id: 'b', group: 'no-over-reassurance', weight: -5, criterion: 'Says there is nothing to worry about at all' },
      { id: 'd', group: 'safety', weight: 2, criterion: 'Advises seeing a GP if the cough lasts over 3 weeks' },
    ],
  },
  {
    id: 'e2e-2',
    lang: 'zh',
    opening: '我老婆突然说话不清楚，右手抬不起来，二十分钟了',
    disposition: 'emergency',
    emergency: true,
    facts: {},
    redFlags: [],
    rubric: [{ id: 'c', group: 'disposition', weight: 10, criterion: 'Tells them to call 120 now' }],
  },
];

describe('eval run --bench consult', () => {
  let upstream: FakeOpenAI;
  beforeAll(async () => {
    upstream = await startFakeOpenAI({
      reply: (body) => {
        const system = body.messages?.[0]?.content ?? '';
        if (/role-playing a patient|扮演一位患者/.test(system)) return 'No trouble breathing. She had 38.2 yesterday.';
        const user = body.messages?.at(-1)?.content ?? '';
        // The scripted judge: met unless the criterion is the over-reassurance one; on the GP criterion it gives
        // no verdict (prose, not JSON) — that criterion must leave the score, not count as unmet.
        if (/3 weeks/.test(user)) return 'It sort of does, I think.';
        return /nothing to worry/.test(user) ? '{"met": false}' : '{"met": true}';
      },
    });
  });
  afterAll(() => upstream.close());

  it('runs the dialogues with simulator and judge models and writes the reports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qm-consult-'));
    const data = join(dir, 'cases.jsonl');
    writeFileSync(data, `${CASES.map((c) => JSON.stringify(c)).join('\n')}\n`);
    const spec = `openai:${upstream.baseURL}#fake?retries=0`;
    const run = await runInProcess(register, [
      'eval',
      'run',
      '--bench',
      'consult',
      '--data',
      data,
      '--out',
      join(dir, 'out'),
      '--simulator',
      spec,
      '--judge',
      spec,
      '--json',
    ]);
    // The one stderr line says where the consultation's red flags come from (no KB in this test's home).
    expect(run.stderr.trim()).toBe('consult red flags: written knowledge only');
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8'));
    expect(report.cases).toBe(2);
    expect(report.emergenciesAsked).toEqual({ count: 0, of: 1 });
    expect(report.firstTurnRedFlag.rate).toBe(1);
    // Case 1: 5 / 5 (the negative criterion is not met, the GP one unjudged: 5 / 7 had it counted as unmet); case 2: 10 / 10.
    expect(report.rubric.overall.mean).toBe(1);
    expect(report.unjudged).toBe(1);
    // The groups computed without a model: the stroke is answered at once as an emergency, the cough asked about breath.
    expect(report.noModel.disposition.emergenciesKept).toBe(1);
    expect(report.noModel.disposition.emergencies).toBe(1);
    expect(report.noModel.redFlagsAsked.mean).toBe(1);
    const dialogues = readFileSync(join(dir, 'out', 'dialogues.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(dialogues[0].transcript[2].content).toContain('No trouble breathing');
    const md = readFileSync(join(dir, 'out', 'report.md'), 'utf8');
    expect(md).toContain('Consultation benchmark');
    expect(md).toContain('The judge could not judge 1 criteria');
  });

  it('names a missing data file', async () => {
    const run = await runInProcess(register, ['eval', 'run', '--bench', 'consult', '--data', '/nonexistent/cases.jsonl', '--out', tmpdir()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/EVAL_DATA_UNREADABLE/);
  });
});
