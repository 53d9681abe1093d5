import { describe, expect, it } from 'vitest';
import { verifyFormat } from './format.js';
import { repetitionRatio, verifyLength, verifyRepetition } from './penalties.js';

describe('format reward and penalties', () => {
  it('format: one JSON answer, one tag, or think-then-answer', () => {
    expect(verifyFormat('{"answer": "B"}', { format: 'json' }, {}).score).toBe(1);
    expect(verifyFormat('{"answer": "B"} {"answer": "C"}', { format: 'json' }, {}).reason).toBe('several-json-answers');
    expect(verifyFormat('答案 B', { format: 'json' }, {}).score).toBe(0);
    expect(verifyFormat('<answer>B</answer>', { format: 'tag' }, {}).score).toBe(1);
    expect(verifyFormat('<answer></answer>', { format: 'tag' }, {}).score).toBe(0);
    expect(verifyFormat('<think>x</think>B', { format: 'think-answer' }, {}).score).toBe(1);
    expect(verifyFormat('<think>never closed', { format: 'think-answer' }, {}).reason).toBe('unclosed-think');
  });

  it('length penalty grows linearly past the limit', () => {
    expect(verifyLength('x'.repeat(100), { maxChars: 100 }, {}).score).toBe(0);
    expect(verifyLength('x'.repeat(150), { maxChars: 100 }, {}).score).toBe(-0.5);
    expect(verifyLength('x'.repeat(50_000), { maxChars: 100 }, {}).score).toBe(-1);
  });

  it('repetition penalty fires on looping text, not on normal prose', () => {
    const prose =
      '患者男性，58岁，反复胸闷气短3年，加重伴双下肢水肿1周。查体：血压150/90mmHg，双肺底湿啰音，心界向左下扩大。心电图示窦性心律，左室肥厚。超声心动图示射血分数35%。综合考虑慢性心力衰竭急性加重，给予利尿、扩血管治疗。';
    expect(verifyRepetition(prose, {}, {}).score).toBe(0);
    const loop = `${prose}${'我需要再想一想这个问题。'.repeat(400)}`;
    expect(repetitionRatio(loop)).toBeGreaterThan(0.8);
    expect(verifyRepetition(loop, {}, {}).score).toBeLessThan(-0.5);
  });
});
