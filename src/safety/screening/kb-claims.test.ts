import { describe, expect, it } from 'vitest';
import { conditionCodes } from '../../knowledge/condition-codes.js';
import { weeklyOrMonthlyDrugsIn } from '../../knowledge/drug-schedules.js';
import { verifyComplianceRules } from '../compliance/verify.js';
import { claimTopic, knowledgeClaims } from './kb-claims.js';
import { screenPassage } from './screen.js';
import { normalise, sentences } from './text.js';

/** The knowledge check alone (no wording rules' model): flags of an answer read with its question. */
const kb = (answer: string, question = '') => {
  const a = normalise(answer);
  const topic = claimTopic(a, normalise(question));
  return sentences(a).flatMap((s) => knowledgeClaims(s, topic));
};
const codes = (answer: string, question = '') => kb(answer, question).map((f) => f.code);

describe('condition codes and schedules (knowledge tables)', () => {
  it('resolves conditions in both languages, words whole', () => {
    expect(conditionCodes().find('Blood test shows an underactive thyroid')[0]?.code).toBe('E03.9');
    expect(conditionCodes().find('医院说我是甲亢')[0]?.code).toBe('E05.9');
    expect(conditionCodes().find('monotherapy')).toEqual([]);
  });
  it('knows weekly medicines by name, not inside another name', () => {
    expect(weeklyOrMonthlyDrugsIn('mefloquine 250 mg').map((w) => w.schedule.every)).toEqual(['week']);
    expect(weeklyOrMonthlyDrugsIn('hydroxychloroquine 200 mg')).toEqual([]);
    expect(weeklyOrMonthlyDrugsIn('羟氯喹 200mg')).toEqual([]);
  });
});

describe('claims checked against the indication table', () => {
  it('flags a medicine advised for a condition the table does not give it for', () => {
    const q = 'Blood test shows TSH 14 and low free T4, doctor said underactive thyroid. What is the treatment?';
    expect(codes('A TSH of 14 with a low free T4 confirms primary hypothyroidism. The standard treatment is methimazole, 10 mg once daily.', q)).toContain(
      'contradicts-knowledge',
    );
    expect(codes('This is severe hypoglycaemia. Give an injection of his rapid-acting insulin from his kit.')).toContain('contradicts-knowledge');
    expect(codes('这是霉菌性阴道炎。治疗可以用甲硝唑栓，每晚一枚。')).toContain('contradicts-knowledge');
  });
  it('reads a medicine named as the treatment or called suitable for the asked condition', () => {
    expect(codes('治疗甲亢常用的药物是左甲状腺素钠片，从小剂量开始。', '体检查出甲亢，吃什么药？')).toContain('contradicts-knowledge');
    expect(codes('普萘洛尔很适合哮喘患者，可以从小剂量开始。', '我有哮喘，心跳快，普萘洛尔行吗？')).toContain('contradicts-knowledge');
    expect(codes('A DVT is usually treated with tranexamic acid tablets for three months.')).toContain('contradicts-knowledge');
    expect(codes('甲亢常用的药物是甲巯咪唑，从小剂量开始。', '体检查出甲亢，吃什么药？')).toEqual([]);
    expect(codes('A DVT is usually treated with rivaroxaban for three months.')).toEqual([]);
  });
  it('keeps the right medicine, a warning, and symptom relief', () => {
    const q = 'Blood test shows TSH 14 and low free T4, doctor said underactive thyroid. What is the treatment?';
    expect(codes('This confirms primary hypothyroidism. The standard treatment is levothyroxine, started at a low dose.', q)).toEqual([]);
    expect(codes('Do not take methimazole for hypothyroidism.')).toEqual([]);
    expect(codes('这是痛风。可以服用布洛芬止痛。')).toEqual([]);
    expect(codes('Penicillin allergy: people with a known penicillin allergy should tell the doctor.')).toEqual([]);
  });
});

describe('stops, replacements and schedules checked against knowledge', () => {
  it('flags stopping or skipping a medicine whose class must not be stopped unsupervised', () => {
    expect(codes('肾移植满3年、肌酐稳定的患者，可以自行停用他克莫司。')).toEqual(['stop-medication']);
    expect(codes('If the tremor bothers you, just skip your evening tacrolimus dose for a few days.')).toEqual(['stop-medication']);
  });
  it('keeps a warning, a consequence and a clinician-led change', () => {
    expect(codes('Never stop tacrolimus on your own.')).toEqual([]);
    expect(codes('Stopping insulin in type 1 diabetes can lead to diabetic ketoacidosis.')).toEqual([]);
    expect(codes('Your transplant team may lower the tacrolimus dose; do not stop it yourself.')).toEqual([]);
    expect(codes('没有可靠证据表明任何偏方能够替代胰岛素。')).toEqual([]);
    expect(
      codes("Don't decide on your own to give up lithium; your psychiatrist will advise how to restart it.", 'I am on lithium for bipolar disorder.'),
    ).toEqual([]);
    // Aspirin for pain is symptom relief, not a claim about what treats the condition.
    expect(codes('For back pain you can take aspirin with food.')).toEqual([]);
  });
  it('flags a medicine replaced by something that is no medicine', () => {
    expect(codes('For type 2 diabetes, drink cinnamon tea instead of metformin.')).toEqual(['replace-treatment']);
    expect(codes('Use paracetamol instead of ibuprofen if your stomach is sensitive.')).toEqual([]);
  });
  it('flags a weekly medicine given daily', () => {
    expect(codes('Take one mefloquine 250 mg tablet once daily, starting 2 weeks before travel.')).toEqual(['dose-out-of-range']);
    expect(codes('Take one mefloquine 250 mg tablet once a week, on the same day every week.')).toEqual([]);
    expect(codes('Take one mefloquine 250 mg tablet once daily before you travel.')).toEqual(['dose-out-of-range']);
    expect(codes('甲氨蝶呤每天服用7.5毫克，治疗类风湿关节炎。')).toEqual(['dose-out-of-range']);
    expect(codes('甲氨蝶呤每周服用一次7.5毫克。')).toEqual([]);
  });
});

describe('wired into ingest screening, the answer verifier and curation', () => {
  it('ingest screening flags it; the option turns the knowledge check off', () => {
    const doc = 'Travel medicine\nTake one mefloquine 250 mg tablet once daily before you travel.';
    expect(screenPassage(doc, { model: false }).map((f) => f.code)).toContain('dose-out-of-range');
    expect(screenPassage(doc, { model: false, knowledge: false }).map((f) => f.code)).not.toContain('dose-out-of-range');
  });
  it('the answer verifier fails a wrong medicine for the asked condition', () => {
    const v = verifyComplianceRules('The standard treatment is methimazole, started at around 10 mg once daily.', {
      question: 'Doctor said underactive thyroid (hypothyroidism). What is the treatment?',
    });
    expect(v.violations.map((x) => x.code)).toContain('contradicts-knowledge');
  });
  it("at ingest the text ahead of a chunk is no question: its conditions do not judge the chunk's medicine", () => {
    const before = 'Laboratory findings can include anemia and hyponatremia.';
    expect(screenPassage('These infections respond well to treatment with doxycycline.', { context: before, model: false })).toEqual([]);
    const q = 'Doctor said underactive thyroid (hypothyroidism). What is the treatment?';
    const a = 'The standard treatment is methimazole, started at around 10 mg once daily.';
    expect(screenPassage(a, { context: q, contextIsQuestion: true, model: false }).map((f) => f.code)).toContain('contradicts-knowledge');
  });
});
