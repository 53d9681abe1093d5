// `quarkmed safety triage --json` shows what issue 19 asks for: level, reasons, ask, and the rules' and the learned
// model's contributions apart (plus what put the crisis line in the message).
import { describe, expect, it } from 'vitest';
import { register } from '../../src/cli/commands/safety.js';
import { runInProcess } from '../helpers/run-cli.js';

const run = (...args: string[]) => runInProcess(register, args);

describe('quarkmed safety triage --json', () => {
  it('an urgent message with unknown discriminators: level, reasons, the questions to settle it, both layers', async () => {
    const r = await run('safety', 'triage', 'chest pain since this morning', '--json', '--locale', 'en-GB');
    const j = JSON.parse(r.stdout);
    expect(j.level).toBe('urgent');
    expect(j.reasons.length).toBeGreaterThan(0);
    expect(j.ask.length).toBeGreaterThanOrEqual(2);
    expect(j.contributions.rules).toMatchObject({ level: expect.any(String), reasons: expect.any(Array) });
    expect(j.contributions.model).toMatchObject({ level: expect.any(String), raised: expect.any(Boolean) });
    const p = j.contributions.model.probs;
    expect(p.emergency + p.urgent + p.routine).toBeCloseTo(1, 5);
    expect(j.contributions.facts).toMatchObject({ ruleLevel: j.contributions.rules.level });
  });
  it('an overdose: emergency, the crisis line and its source', async () => {
    const r = await run('safety', 'triage', 'took 30 of my sertraline an hour ago, feeling sleepy', '--json', '--locale', 'en-US');
    const j = JSON.parse(r.stdout);
    expect(j.level).toBe('emergency');
    expect(j.message).toContain('988');
    expect(j.contributions.crisisLine).toBe('overdose');
    expect(j.contributions.model.selfHarm).toEqual(expect.any(Number));
  });
});
