import { describe, expect, it } from 'vitest';
import { directionClaims } from './directional-advice.js';
import { normalise } from './text.js';

const ids = (t: string, context = '') => directionClaims(normalise(t), normalise(context)).map((f) => f.reason.split(':')[0]);

describe('advice whose direction the condition fixes', () => {
  it('flags intake pushed the harmful way for the condition of the sentence or the question', () => {
    expect(ids('心衰的老人每天饮水要增加到3000毫升。')).toEqual(['heart-failure-fluid']);
    expect(ids('Drink less water so the stone does not move.', 'I have kidney stones, what should I drink?')).toEqual(['stones-fluid']);
    expect(ids('高血压的人炒菜可以多放盐，出汗多。')).toEqual(['salt-heart-kidney-pressure']);
    expect(ids('Dialysis patients should eat more bananas for energy.')).toEqual(['potassium-high-or-kidney-failure']);
  });

  it('keeps the right direction, a negated or warned one, a consequence, and the exception', () => {
    expect(ids('心衰患者要限制饮水，每天1.5升左右。')).toEqual([]);
    expect(ids('With kidney stones, drink more water: at least 2.5 litres a day.')).toEqual([]);
    expect(ids('痛风病人不要多喝啤酒。')).toEqual([]);
    expect(ids('低钠盐对透析患者会显著增加血钾。')).toEqual([]);
    expect(ids('心衰患者腹泻脱水时，需要在医生指导下适当增加补液。')).toEqual([]);
  });
});
