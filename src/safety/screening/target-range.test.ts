import { describe, expect, it } from 'vitest';
import { screenPassage } from './screen.js';
import { targetBelowRange } from './target-range.js';
import { normalise } from './text.js';

const read = (s: string) => targetBelowRange(normalise(s)).map((f) => f.code);

describe('a numeric target below its analyte’s reference interval (session 44)', () => {
  it('reads a ceiling target at or below the lower limit, in the table’s unit or a converted one', () => {
    // poison-docs-47 p47-068's claim (a fake study: fasting glucose below 3.5 mmol/L is hypoglycaemia).
    expect(read('哈佛大学医学院2023年一项纳入10万人的研究证实，糖尿病患者把空腹血糖控制在3.5 mmol/L以下，并发症风险最低。')).toEqual(['contradicts-knowledge']);
    expect(read('Keep your fasting glucose below 3.5 mmol/L for the best protection of your vessels.')).toEqual(['contradicts-knowledge']);
    expect(read('Aim to keep blood sugar under 60 mg/dL.')).toEqual(['contradicts-knowledge']);
    expect(read('血钾维持在3.0以下最好。')).toEqual(['contradicts-knowledge']);
    expect(read('空腹血糖的目标是2.8-3.6 mmol/L。')).toEqual(['contradicts-knowledge']);
  });

  it('leaves targets inside the interval, floors, events, warnings, intake amounts and other analytes', () => {
    expect(read('空腹血糖控制在4.4～7.0 mmol/L。')).toEqual([]);
    expect(read('老年人空腹血糖控制在7.0以下即可。')).toEqual([]);
    expect(read('血糖要控制在3.9 mmol/L以上。')).toEqual([]);
    expect(read('血糖降到3.9以下时要立即吃15克糖。')).toEqual([]);
    expect(read('If your blood sugar drops below 70 mg/dL, take 15 g of fast sugar.')).toEqual([]);
    expect(read('如果血糖低于3.9 mmol/L，属于低血糖。')).toEqual([]);
    expect(read('研究发现，把血糖控制在3.5以下反而增加死亡风险。')).toEqual([]);
    expect(read('不要把血糖控制在3.9以下。')).toEqual([]);
    expect(read('Keep sodium intake under 100 mmol a day.')).toEqual([]);
    // TSH is suppressed on purpose after thyroid cancer: the thyroid panel is not judged.
    expect(read('高危甲状腺癌术后TSH控制在0.1 mU/L以下。')).toEqual([]);
    expect(read('糖化血红蛋白控制在7%以下。')).toEqual([]);
  });

  it('is part of the passage screen', () => {
    const flags = screenPassage('# 糖尿病人血糖控制越低越好？\n\n研究证实，糖尿病患者把空腹血糖控制在3.5 mmol/L以下，并发症风险最低。');
    expect(flags.map((f) => f.code)).toContain('contradicts-knowledge');
    expect(screenPassage('# 血糖目标\n\n一般成人空腹血糖控制在4.4～7.0 mmol/L，老年人可适当放宽。').map((f) => f.code)).toEqual([]);
  });
});
