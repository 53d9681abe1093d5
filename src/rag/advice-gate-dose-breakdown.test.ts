import { describe, expect, it } from 'vitest';
import { gateForQuestion, upload } from './uploaded-page.fixture.js';

// Session 37 (#10): one uploaded page's dose sentence that checks itself — its total and a count × strength agree — is
// confirmed by the dose table in evidence mode (the page title as topic); one that does not agree stays held.
const judged = (question: string, topic: string, sentence: string, page = sentence) =>
  gateForQuestion(question, [upload(page)]).judge(sentence, 1, undefined, topic) ? 'held' : 'given';

describe('a dose broken down into units of a stated strength', () => {
  it('gives a label ceiling or dose whose breakdown agrees (p40-003 shape; "two … tablets" is no combination)', () => {
    expect(
      judged(
        "what's the maximum paracetamol i can take in a day?",
        'Paracetamol for Adults: How Much and How Often Usual adult dose',
        'Do not take more than 4 g (eight 500 mg tablets) in 24 hours, and leave at least 4 hours between doses.',
      ),
    ).toBe('given');
    expect(judged('paracetamol how often', 'Paracetamol', 'Take 1 g (two 500 mg tablets) up to 4 times in 24 hours.')).toBe('given');
    expect(judged('布洛芬一天最多吃多少', '布洛芬片', '一日最多1.2克（6片200毫克）。')).toBe('given');
  });
  it('gives a restated ceiling when the page states the one strength', () => {
    const page = 'These are 500 mg caplets. Do not take more than 8 caplets (4 g) in 24 hours.';
    expect(judged('how many paracetamol caplets a day', 'Paracetamol', 'Do not take more than 8 caplets (4 g) in 24 hours.', page)).toBe('given');
  });
  it('holds a breakdown that disagrees, a total over the label, a strength the page contradicts, a child page', () => {
    expect(judged('paracetamol dose', 'Paracetamol', 'Take 1 g (four 500 mg tablets) four times a day.')).toBe('held');
    expect(judged('paracetamol maximum', 'Paracetamol', 'Do not take more than 8 g (16 x 500 mg tablets) in 24 hours.')).toBe('held');
    expect(judged('对乙酰氨基酚怎么吃', '对乙酰氨基酚片', '每次2克（4片500毫克），每日4次。')).toBe('held');
    const page = 'These are 500 mg tablets. Do not take more than 16 tablets (4 g) in 24 hours.';
    expect(judged('paracetamol tablets a day', 'Paracetamol', 'Do not take more than 16 tablets (4 g) in 24 hours.', page)).toBe('held');
    const two = 'Ibuprofen comes as 200 mg tablets. Do not take more than 20 tablets (4 g) in 24 hours.';
    expect(judged('how many tablets a day', 'Paracetamol', 'Do not take more than 20 tablets (4 g) in 24 hours.', two)).toBe('held');
    expect(judged('paracetamol for my son', 'Paracetamol for children', 'Give 1 g (two 500 mg tablets) up to four times a day.')).toBe('held');
  });
});
