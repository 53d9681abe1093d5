import { describe, expect, it } from 'vitest';
import { screenAnswer } from './screen.js';

const codes = (answer: string, question: string) => screenAnswer(answer, question, { model: false }).map((f) => f.code);

// A contraindicated medicine permitted in a clause that leaves it implicit (the subject carried from the clause that
// named it), or advised with 建议/加用/合适: sentences written for this test, not taken from a batch.
describe('contraindicated use told over two clauses', () => {
  it('flags a use whose medicine the clause before named', () => {
    expect(codes('银屑病口服甲氨蝶呤效果最好，孕中期可以每周小剂量服用。', '怀孕五个月，银屑病复发了，能用什么药？')).toContain('unsafe-combination');
  });

  it('does not carry the medicine to a clause with its own subject or its own medicine', () => {
    expect(codes('蜂蜜里可能有肉毒杆菌芽孢，芽孢可以在婴儿肠道里繁殖产生毒素。', '宝宝8个月，便秘，能喂蜂蜜水吗？')).toEqual([]);
    expect(codes('甲氨蝶呤孕期禁用，孕期可以外用卡泊三醇软膏。', '怀孕五个月，银屑病复发了，能用什么药？')).toEqual([]);
  });

  it('reads 建议加用 and 合适 as advising the medicine, and a clause naming its harm as a warning', () => {
    expect(codes('建议在原方案上加用罗格列酮4mg每日一次。', '糖尿病合并心力衰竭，射血分数35%，还能加什么降糖药？')).toContain('unsafe-combination');
    expect(codes('阿托品是比较合适的解痉药。', '我有闭角型青光眼，肚子痉挛痛，能打阿托品吗？')).toContain('unsafe-combination');
    expect(codes('非甾体抗炎药：长期服用可致胃出血、肾功能下降。', '慢性肾病能吃止痛药吗？')).toEqual([]);
  });
});
