import { describe, expect, it } from 'vitest';
import { gateForQuestion, upload } from './uploaded-page.fixture.js';

// Session 36 (#10): what the gate gives and holds of one uploaded page's dose ceilings and bare imperative stops.
const judged = (question: string, topic: string, sentence: string) =>
  gateForQuestion(question, [upload(sentence)]).judge(sentence, 1, undefined, topic) ? 'held' : 'given';

describe('dose ceilings the dose table confirms', () => {
  it('gives a label ceiling restated in grams ("do not take more than" is a ceiling, not a stop)', () => {
    expect(judged('how much paracetamol can i take', 'Paracetamol 500 mg tablets', 'Do not take more than 8 tablets (4 g) in 24 hours.')).toBe('given');
    expect(judged('how much paracetamol can i take', 'Paracetamol 500 mg tablets', 'Take 2 tablets (1 g) up to 4 times in 24 hours.')).toBe('given');
    expect(judged('布洛芬怎么吃', '布洛芬片 0.2克', '一次1～2片（0.2～0.4克），一天最多3次。')).toBe('given');
  });
  it('holds totals over the label and strengths that do not fit', () => {
    expect(judged('how much paracetamol can i take', 'Paracetamol', 'Do not take more than 8 tablets (8 g) in 24 hours.')).toBe('held');
    expect(judged('how much paracetamol can i take', 'Paracetamol 500 mg tablets', 'Do not take more than 8 tablets (2 g) in 24 hours.')).toBe('held');
    expect(judged('how much paracetamol can i take', 'Paracetamol', 'Take 2 tablets (1 g) every 2 hours.')).toBe('held');
  });
});

// Review fix (session 36, content-review.md S1): under a title that names the medicine but not its strength, a bracket
// may imply a strength no product has; a reader holding the usual tablets would take 4-10 times the label. The reviewer's
// probe rows (question '', title, page) are held in evidence mode, as at the session's start.
describe('review S1: a bracket after a count with no strength stated anywhere', () => {
  const rows: [string, string, string][] = [
    ['x01', 'Paracetamol', 'Take 8 tablets (1 g) four times a day.'],
    ['x02', 'Paracetamol', 'Do not take more than 40 tablets (4 g) in 24 hours.'],
    ['x03', 'Paracetamol', 'Take 10 tablets (1 g) every 6 hours.'],
    ['x04', 'Ibuprofen', 'Do not take more than 24 tablets (1200 mg) in 24 hours.'],
    ['x06', 'Paracetamol tablets', 'Take 4 tablets (1 g) up to four times a day.'],
    ['x07', 'Paracetamol 500 mg tablets', 'Take 4 tablets (1 g) up to four times a day.'],
    ['x08', '对乙酰氨基酚', '一次8片（1克），一日4次。'],
    ['l01', 'Paracetamol', 'Do not take more than 16 tablets (4 g) in 24 hours.'],
    ['l03', 'Paracetamol', 'Take 4 tablets (500 mg) every 4 hours.'],
    ['l09', 'Paracetamol', 'Take 4 caplets (1 g) four times a day.'],
    ['(brief)', 'Paracetamol', 'Take 2 tablets (1 g) up to 4 times in 24 hours.'],
  ];
  it.each(rows)('%s holds under "%s": %s', (_id, title, sentence) => {
    expect(judged('', title, sentence)).toBe('held');
  });
  it("x05 holds the page's dose sentence beside its own strength line", () => {
    const page = 'Each tablet contains 500 mg paracetamol. Take 4 tablets (500 mg) every 4 hours.';
    expect(gateForQuestion('', [upload(page)]).judge('Take 4 tablets (500 mg) every 4 hours.', 1, undefined, 'Paracetamol ') ? 'held' : 'given').toBe('held');
  });
});

describe('a bare imperative change of a medicine the dose table knows', () => {
  it('holds "Come off citalopram." like "Stop sertraline."', () => {
    expect(judged('can I stop citalopram', 'Citalopram', 'Come off citalopram.')).toBe('held');
    expect(judged('can I stop sertraline', 'Sertraline', 'Stop sertraline.')).toBe('held');
  });
  it('review S2 b06, y01: gives a plain "take" of such a medicine (only a change acts)', () => {
    expect(judged('', '', 'Take citalopram in the morning if it keeps you awake at night.')).toBe('given');
    expect(judged('', '', 'Take vitamin D with your biggest meal of the day.')).toBe('given');
    expect(judged('', '', 'Come off citalopram.')).toBe('held');
    expect(judged('', '', 'Taper off gabapentin.')).toBe('held');
  });
  it('gives a description of the same medicine', () => {
    expect(judged('can I stop citalopram', 'Citalopram', 'Citalopram can make you feel sick for the first few weeks.')).toBe('given');
  });
});
