import { describe, expect, it } from 'vitest';
import { readChoiceAnswer } from './final-answer.js';

// Session 36: an answer by elimination read from rows that set options aside and a remainder clause (elimination-rows.ts).
const zh = { A: '急性阑尾炎', B: '急性胆囊炎', C: '急性胰腺炎', D: '消化性溃疡穿孔', E: '肠梗阻' };
const anti = { A: '阿托品', B: '碘解磷定', C: '纳洛酮', D: '亚甲蓝' };
const read = (reply: string, options: Record<string, string>) => readChoiceAnswer(reply, { options, multi: false }).value;

describe('elimination rows and a remainder clause', () => {
  it('reads the one option no row took', () => {
    // Rows by name under a frame, the remainder only pointed at.
    expect(read('排除法：\n- 阿托品：只对抗M样症状\n- 纳洛酮：阿片类拮抗剂\n- 亚甲蓝：用于亚硝酸盐中毒\n剩下那个就是答案。', anti)).toBe('B');
    // A negated letter list in the remainder's sentence.
    expect(read('排除A、C、D、E，剩下的只能是B。', zh)).toBe('B');
    // Rows with no marker of their own, the frame said in the remainder ("排除完只剩…") naming the option.
    expect(read('A右下腹 → 不像；C带状痛 → 不像；D板状腹 → 不像；E无排气 → 不像。\n排除完只剩急性胆囊炎。', zh)).toBe('B');
  });

  it('fails closed, and leaves what is no elimination alone', () => {
    // The remainder names a set-aside option: a contradiction, not the one left.
    expect(read('A错，阑尾炎是右下腹痛；\nC错，胰腺炎多为上腹带状痛；\nD错；E错。\n剩下的是C。', zh)).toBeNull();
    // Two left, a remainder that names nothing on the list, rejection with no remainder: no answer.
    expect(read('A错；C错。剩下的还要看影像。', zh)).toBeNull();
    expect(read('Not D. Not A. Not B. Not E.', { A: 'Aspirin', B: 'Heparin', C: 'Warfarin', D: 'Alteplase', E: 'Clopidogrel' })).toBeNull();
  });
});
