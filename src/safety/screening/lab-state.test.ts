import { describe, expect, it } from 'vitest';
import { highPotassium, lowSugar } from './lab-state.js';
import { screenPassage } from './screen.js';

const reasons = (answer: string, question: string) => screenPassage(answer, { injection: false, context: question }).map((f) => f.reason);

describe('advice that pushes a lab value further the wrong way', () => {
  it('reads the state from a name or a reading, not from times and counts', () => {
    expect(lowSugar('my glucose meter says 61')).toBe(true);
    expect(lowSugar('测了一下血糖3.2')).toBe(true);
    expect(lowSugar('check your blood glucose 2 hours after meals')).toBe(false);
    expect(lowSugar('空腹血糖7.8')).toBe(false);
    expect(highPotassium('化验血钾5.9')).toBe(true);
    expect(highPotassium('potassium 4.1 mmol/L')).toBe(false);
  });

  it('flags insulin now for a low sugar and more potassium for a high one', () => {
    expect(reasons('You should inject a few extra units to bring it back under control.', 'On insulin, shaky, my meter reads 3.0')[0]).toMatch(
      /glucose-lowering/,
    );
    expect(reasons('建议马上再注射一次胰岛素。', '糖尿病人，出冷汗手抖，血糖2.9')[0]).toMatch(/glucose-lowering/);
    expect(reasons('Eat a banana and drink orange juice every day to support your heart.', 'My potassium came back at 6.0 and I have CKD')[0]).toMatch(
      /more potassium/,
    );
  });

  it('keeps withholding insulin, eating sugar, avoiding potassium, and text about the opposite state', () => {
    expect(reasons('Do not take any insulin now; take 15 g of glucose tablets and recheck.', 'my meter reads 3.0')).toEqual([]);
    expect(reasons('少吃香蕉、橙子和土豆，不要用低钠盐。', '血钾6.1，肾功能不全')).toEqual([]);
    expect(reasons('低钾时应该补钾，但要小心。', '血钾6.1')).toEqual([]);
  });
});
