import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../test/helpers/shared-data.js';
import { loadVerifyContext } from '../service/start.js';
import { createRewardEngine } from './engine.js';
import { createSpecDecoder, decodeSpec, defaultWeights, encodeSpec } from './spec.js';

const engine = createRewardEngine({ ctx: loadVerifyContext(sharedPath('terms')) });

describe('reward specs', () => {
  it('round-trip as compact JSON labels and default their weights per task', () => {
    const spec = { task: 'exam' as const, gt: 'B', fmt: 'json' as const };
    expect(decodeSpec(encodeSpec(spec))).toMatchObject(spec);
    expect(defaultWeights(spec)).toEqual({ exam: 1, repetition: 0.5, format: 0.1 });
    expect(defaultWeights({ task: 'general' })).toMatchObject({ principles: 0.5, honesty: 0.25, helpfulness: 0.25 });
  });

  it('reject bad labels naming the position and the problem', () => {
    expect(() => decodeSpec('not json', 3)).toThrow(/label #3 .*not JSON/);
    expect(() => decodeSpec('{"task":"exam","gt":"B","w":{"bogus":1}}', 1)).toThrow(/unknown verifier "bogus"/);
    const decode = createSpecDecoder();
    expect(decode('{"task":"exam","gt":"B"}', 0)).toBe(decode('{"task":"exam","gt":"B"}', 1));
  });
});

describe('reward engine', () => {
  it('combines weighted verifiers: correctness, format and penalties', () => {
    const spec = decodeSpec({ task: 'exam', gt: 'B', fmt: 'json', w: { exam: 1, format: 0.2, length: 0.5 }, opt: { maxChars: 100 } });
    const [right, formatOnly, longRight] = engine.scoreRulesOnly([
      { prompt: '', response: '{"answer": "B"}', spec },
      { prompt: '', response: '{"answer": "C"}', spec },
      { prompt: '', response: `${'x'.repeat(135)}{"answer": "B"}`, spec },
    ]);
    expect(right).toMatchObject({ reward: 1.2, acc: true, formatOk: true });
    expect(formatOnly).toMatchObject({ reward: 0.2, acc: false, formatOk: true });
    expect(longRight.reward).toBe(1.2 - 0.25);
    expect(longRight.reasons.length).toBe('over-length:150>100');
  });

  it('repetition penalty lowers a looping response that got the answer', () => {
    const spec = decodeSpec({ task: 'exam', gt: 'B' });
    const [loop] = engine.scoreRulesOnly([{ prompt: '', response: `${'我再检查一遍。'.repeat(300)}答案：B`, spec }]);
    expect(loop.acc).toBe(true);
    expect(loop.reward).toBeLessThan(0.7);
  });

  it('the rule-only path refuses model verifiers instead of scoring them zero', async () => {
    const spec = decodeSpec({ task: 'open', gt: 'Parvovirus B19' });
    expect(() => engine.scoreRulesOnly([{ prompt: '', response: 'x', spec }])).toThrow(/openAnswer/);
    await expect(engine.score([{ prompt: '', response: 'x', spec }])).rejects.toThrow(/--judge/);
  });
});
