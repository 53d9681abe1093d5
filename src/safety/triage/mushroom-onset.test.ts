import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { mushroomOnsetHours } from './mushroom-onset.js';

// Session 38 (#19, blind bc063): a wild mushroom meal with the sickness begun 6 h or more after it is the amatoxin
// timeline, an emergency even when it is better now. Own probes: bench/triage-counts-s38-self-probes.jsonl.
describe('the latency between a wild mushroom meal and the sickness', () => {
  it.each([
    ['昨晚炒了一盘从山上捡的蘑菇，半夜没事，今天早上七点开始又吐又拉，现在好多了，爷爷奶奶也吃了', 12],
    ['前天晚上吃了路边摊买的野生菌，昨天早上开始拉肚子，今天好多了', 13],
    ['昨天中午吃了山里采的菌子，到晚上十点才开始吐，现在不怎么吐了', 10],
    ['had wild mushrooms on toast for lunch yesterday, fine all evening, then diarrhoea and vomiting from about 2am, bit better now', 14],
    ['ate foraged mushrooms last night, about 10 hours later started throwing up', 10],
  ] as const)('%s → %s h', (text, h) => {
    expect(mushroomOnsetHours(text)).toBe(h);
  });

  it.each([
    ['中午吃了超市买的香菇炒肉，一个小时后有点拉肚子，现在好了'],
    ['昨晚吃了超市买的金针菇，今天早上有点拉肚子'],
    ['is it safe to eat wild mushrooms if you cook them well? thinking of foraging this weekend'],
    ["I picked some mushrooms in the woods yesterday but didn't eat any, threw them out"],
    ['we ate mushrooms from Tesco last night, my son had a tummy ache this morning'],
    ['昨晚吃了山上采的野生菌，吃完一个小时就吐了'],
  ] as const)('%s → not read as late', (text) => {
    const h = mushroomOnsetHours(text);
    expect(h === null || h < 6).toBe(true);
  });

  it('is an emergency that the lull does not lower', () => {
    const d = triageDetail('昨晚吃了集市上买的野生菌，今天上午开始呕吐腹泻，现在好多了，家里老人也吃了，用去医院吗');
    expect(d.level).toBe('emergency');
    expect(d.reasons).toContain('delayed-poison-mushroom-late-onset');
  });
});
