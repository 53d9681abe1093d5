import { describe, expect, it } from 'vitest';
import { readClauses, readCommitment } from './commitment.js';
import { letterContext, readChoiceAnswer } from './final-answer.js';

const EN = {
  A: 'Watchful waiting with daily review',
  B: 'Oral co-amoxiclav for one week',
  C: 'Urgent surgical drainage under anaesthesia',
  D: 'Ultrasound-guided aspiration only',
  E: 'Topical mupirocin',
};
const ZH = { A: '继续观察', B: '口服抗生素', C: '急诊切开引流', D: '局部热敷', E: '穿刺抽脓' };
const read = (text: string, options: Record<string, string>, multi = false) => readChoiceAnswer(text, { options, valid: Object.keys(options), multi }).value;

describe('commitment: stances towards options named by content', () => {
  it('reads the option asserted and sets aside the ones rejected in the same sentence', () => {
    expect(read('This abscess is too deep to leave. So: avoid waiting and arrange surgical drainage under a general anaesthetic.', EN)).toBe('C');
    expect(read('脓肿已经成熟，不要再观察了，而应该急诊切开引流。', ZH)).toBe('C');
  });

  it('a contrast or "rather than" rejects what it names', () => {
    expect(read('Rather than mupirocin or a week of co-amoxiclav, the patient should have surgical drainage under anaesthesia.', EN)).toBe('C');
  });

  it('an unmarked list shares the rejection after it and the assertion before it', () => {
    expect(read('Mupirocin, co-amoxiclav or aspiration are only for small superficial collections. You should go for surgical drainage.', EN)).toBe('C');
  });

  it('elimination: every other option named is rejected and the last paragraph names one', () => {
    const text = "Don't wait and review daily.\nDon't rely on mupirocin.\nDon't just aspirate.\n\nDrainage under anaesthesia in theatre.";
    expect(read(text, EN)).toBe('C');
  });

  it('a marker inside an option\u2019s own words is no stance', () => {
    const options = { A: 'Aspirin alone', B: 'Appendage occlusion as first line', C: 'Warfarin' };
    const ctx = letterContext({ options, valid: ['A', 'B', 'C'] });
    const clause = readClauses('Appendage occlusion as first line scores poorly here.', ctx).find((c) => c.letters.includes('B'));
    expect(clause?.stance).toBe(0);
  });

  it('what follows a condition is not asserted', () => {
    expect(read('Give co-amoxiclav if the collection is small, otherwise it depends on the surgeon.', EN)).toBeNull();
  });

  it('two options asserted as alternatives are no answer', () => {
    const ctx = letterContext({ options: EN, valid: Object.keys(EN) });
    expect(readCommitment('You should give co-amoxiclav or mupirocin.', ctx, false)).toBeNull();
  });

  it('a reply that declines to choose or leaves the answer field empty commits to nothing', () => {
    expect(read('Surgical drainage is the usual step, but this item is poorly constructed and has no single correct answer.', EN)).toBeNull();
    expect(read('{"answer": null, "note": "should be surgical drainage but the stem is unclear"}', EN)).toBeNull();
  });

  it('the same Chinese head with another modifier is another thing', () => {
    const options = { A: '急性胰腺炎', B: '胆囊结石', C: '消化性溃疡' };
    expect(read('首选考虑慢性胰腺炎。', options)).toBeNull();
    expect(read('首选考虑急性胰腺炎。', options)).toBe('A');
  });

  it('multi-answer items take every option asserted', () => {
    const options = { A: '发热', B: '右下腹压痛', C: '转移性腹痛', D: '黄疸' };
    expect(read('正确的是：右下腹压痛、转移性腹痛、发热；黄疸不属于。', options, true)).toBe('ABC');
  });
});

describe('elimination needs the reply to land on the option left', () => {
  it('a reply whose recommendation is none of the options is not credited the one it did not reject', () => {
    expect(
      read('No to daily review, no to mupirocin, no to aspiration alone and no to co-amoxiclav. This boy requires IV clindamycin on the ward.', EN),
    ).toBeNull();
    expect(read('Leaving it or a week of co-amoxiclav would be wrong, as would mupirocin or aspiration. But what he needs is IV vancomycin.', EN)).toBeNull();
    expect(read('不要继续观察，不要局部热敷，也不要穿刺抽脓，口服抗生素也不行。患者需要静脉抗生素并住院。', ZH)).toBeNull();
  });

  it('rejecting every letter but one chooses nothing unless the reply says the remaining one is its answer', () => {
    expect(read('Not D. Not A. Not B. Not E.', EN)).toBeNull();
    expect(read('Not D. Not A. Not B. Not E. So by elimination it is the remaining one.', EN)).toBe('C');
    expect(read('不要继续观察，不要局部热敷，也不要穿刺抽脓，口服抗生素也不行。剩下的那个就是答案。', ZH)).toBe('C');
  });

  it('the option left and named at the end is still read', () => {
    expect(read("Don't watch and wait. Mupirocin won't reach it. Aspiration alone is not enough.\n\nTheatre for drainage under anaesthesia.", EN)).toBe('C');
  });
});

describe('only an alternative to the options keeps elimination from the option left', () => {
  const pre = 'Leave out watchful waiting, mupirocin is useless, skip the co-amoxiclav and no to aspiration alone. ';
  const preZh = '别再继续观察了，局部热敷没用，穿刺抽脓也不行，口服抗生素也不适合。';

  it('care added on top of the answer is no alternative', () => {
    expect(read(`${pre}Drainage by a surgeon tonight. He needs admission to the ward as well.`, EN)).toBe('C');
    expect(read(`${pre}Drainage by a surgeon tonight. Plus he needs a course of flucloxacillin afterwards.`, EN)).toBe('C');
    expect(read(`${preZh}应该送手术室切开排脓，另外还要打破伤风针。`, ZH)).toBe('C');
  });

  it('the option left said in other words is the answer', () => {
    expect(read(`${pre}She should be taken to the operating theatre and the collection opened.`, EN)).toBe('C');
    expect(read(`${pre}He needs someone to let the pus out under a general anaesthetic.`, EN)).toBe('C');
    expect(read(`${preZh}需要去外科开刀。`, ZH)).toBe('C');
    expect(read('No surgical drainage, no aspiration, no mupirocin cream, and no more waiting. She needs antibiotics by mouth.', EN)).toBe('B');
  });

  it('a treatment of the options\u2019 kind that is none of them still means the answer is off the list', () => {
    expect(read(`${pre}This lad requires IV clindamycin.`, EN)).toBeNull();
    expect(read(`${pre}Drainage by a surgeon is tempting, but he needs IV flucloxacillin.`, EN)).toBeNull();
    expect(read('No surgical drainage, no aspiration, no mupirocin cream, and no more waiting. She needs antibiotics through a drip.', EN)).toBeNull();
    expect(read(`${preZh}必须住院静脉用万古霉素。`, ZH)).toBeNull();
  });

  it('a remark about what is left that chooses nothing is no answer', () => {
    expect(read(`${pre}That leaves nothing I would stake the case on.`, EN)).toBeNull();
    expect(read(`${pre}What remains is a judgement call for the registrar.`, EN)).toBeNull();
  });
});
