import { describe, expect, it } from 'vitest';
import { screenPassage } from './screen.js';

// Readings of a stop or a permission that are the opposite of advice to stop: no need to stop, a medicine the asker
// is not on, a stop that names a time, a correct 'not suitable', a harm of stopping stated without a modal.
const codes = (answer: string, question: string) =>
  screenPassage(answer, { injection: false, context: question, contextIsQuestion: true, model: false }).map((f) => f.code);

describe('stops that are not advice to stop', () => {
  it('reads "no need to stop X" as keep taking it', () => {
    expect(codes('洗牙这类操作通常不需要停用氯吡格雷，局部止血即可。', '我放了支架在吃氯吡格雷，下周洗牙要停药吗？')).toEqual([]);
  });

  it('keeps "no need to use X" for a medicine the asker is not on, and a stop that names a time', () => {
    expect(codes('达比加群停药期间一般不需要用低分子肝素过渡。', '我在吃达比加群，下周要做疝气手术，医生让我停两天。')).toEqual([]);
  });

  it('keeps "no need to take X" when the question only asks whether to start X', () => {
    expect(codes('目前不需要服用降压药，先减盐、减重、规律运动，三个月后复查血压。', '35岁，体检血压138/88，没有其他病，需要吃降压药吗？')).toEqual([]);
    expect(
      codes("You don't need to take a statin yet; recheck your cholesterol in a year.", 'LDL 3.4, 30 years old, healthy. Do I need to start a statin?'),
    ).toEqual([]);
    // Asked whether to keep taking it (so the asker is on it): the same answer stops it.
    expect(codes('目前不需要服用降压药了。', '我在吃氨氯地平三年了，血压一直正常，还需要吃降压药吗？')).toContain('stop-medication');
  });

  it('keeps a correct "not suitable" and a harm of stopping stated without a modal', () => {
    expect(codes('您好，华法林不适合在怀孕早期使用，请尽快找医生换药。', '我在吃华法林，现在怀孕了怎么办？')).toEqual([]);
    expect(
      codes(
        'Please keep taking it: after a stent, clopidogrel protects the stent, and stopping it raises the risk of a clot.',
        'I had a stent last month and bruise easily on clopidogrel. Should I stop it?',
      ),
    ).toEqual([]);
  });

  it('keeps a supervised taper named as such', () => {
    expect(codes('Coming off sertraline: a supervised tapering plan', 'How do I stop sertraline?')).toEqual([]);
  });

  it('still flags a stop advised alone', () => {
    expect(codes('血压正常三个月后就可以自行停用氨氯地平。', '我的血压正常了，药还要吃吗？')).toContain('stop-medication');
  });
});
