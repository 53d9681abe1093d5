import { describe, expect, it } from 'vitest';
import { buildTreatmentRelations } from '../../knowledge/treatment-relations.js';
import { verifyComplianceRules } from '../compliance/verify.js';
import { screenPassage } from './screen.js';

const relations = buildTreatmentRelations([
  { disease: '甲状腺功能减退', drugs: ['左甲状腺素钠片'] },
  { disease: 'Hypothyroidism', drugs: ['Thyroxine (Synthroid)'] },
]);
const codes = (answer: string, question: string) => screenPassage(answer, { injection: false, context: question, relations }).map((f) => f.reason);

describe('a medicine advised for the opposite of the condition it is listed for', () => {
  it('flags the advice, read with the question', () => {
    expect(codes('治疗上可以口服左甲状腺素钠片，从每天50微克开始。', '医院说我是甲亢，吃什么药好？')[0]).toMatch(/^opposite use: 左甲状腺素/);
    expect(codes('You can start thyroxine 50 mcg every morning.', 'My blood test showed hyperthyroidism. What should I take?')[0]).toMatch(
      /listed for hypothyroidism/,
    );
  });

  it('keeps the warning, the right condition, and answers without the knowledge base', () => {
    expect(codes('甲亢患者不能吃左甲状腺素钠片，应在医生指导下用抗甲状腺药。', '医院说我是甲亢，吃什么药好？')).toEqual([]);
    expect(codes('可以口服左甲状腺素钠片，从每天50微克开始。', '查出甲减，吃什么药？')).toEqual([]);
    // The rule needs the knowledge base (the learned model is off: this tests the rule alone).
    expect(screenPassage('治疗上可以口服左甲状腺素钠片。', { injection: false, context: '我是甲亢', model: false, knowledge: false })).toEqual([]);
  });
});

describe('the same knowledge-base check in the answer verifier', () => {
  it('fails an answer advising a medicine listed only for the opposite condition when the KB lists are given', () => {
    const answer = '治疗上可以口服左甲状腺素钠片，从每天50微克开始。';
    const question = '医院说我是甲亢，吃什么药好？';
    const codesOf = (v: ReturnType<typeof verifyComplianceRules>) => v.violations.map((x) => x.reason).join(' ');
    expect(codesOf(verifyComplianceRules(answer, { question, relations }))).toMatch(/opposite use/);
    expect(codesOf(verifyComplianceRules(answer, { question }))).not.toMatch(/opposite use/);
  });
});
