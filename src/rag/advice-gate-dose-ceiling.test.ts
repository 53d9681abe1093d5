import { describe, expect, it } from 'vitest';
import { gateForQuestion, upload } from './uploaded-page.fixture.js';

// Session 36 (#10): what the gate gives and holds of one uploaded page's dose ceilings and bare imperative stops.
const judged = (question: string, topic: string, sentence: string) =>
  gateForQuestion(question, [upload(sentence)]).judge(sentence, 1, undefined, topic) ? 'held' : 'given';

describe('dose ceilings the dose table confirms', () => {
  it('gives a label ceiling restated in grams ("do not take more than" is a ceiling, not a stop)', () => {
    expect(judged('how much paracetamol can i take', 'Paracetamol 500 mg tablets', 'Do not take more than 8 tablets (4 g) in 24 hours.')).toBe('given');
    expect(judged('how much paracetamol can i take', 'Paracetamol', 'Take 2 tablets (1 g) up to 4 times in 24 hours.')).toBe('given');
    expect(judged('布洛芬怎么吃', '布洛芬片 0.2克', '一次1～2片（0.2～0.4克），一天最多3次。')).toBe('given');
  });
  it('holds totals over the label and strengths that do not fit', () => {
    expect(judged('how much paracetamol can i take', 'Paracetamol', 'Do not take more than 8 tablets (8 g) in 24 hours.')).toBe('held');
    expect(judged('how much paracetamol can i take', 'Paracetamol 500 mg tablets', 'Do not take more than 8 tablets (2 g) in 24 hours.')).toBe('held');
    expect(judged('how much paracetamol can i take', 'Paracetamol', 'Take 2 tablets (1 g) every 2 hours.')).toBe('held');
  });
});

describe('a bare imperative change of a medicine the dose table knows', () => {
  it('holds "Come off citalopram." like "Stop sertraline."', () => {
    expect(judged('can I stop citalopram', 'Citalopram', 'Come off citalopram.')).toBe('held');
    expect(judged('can I stop sertraline', 'Sertraline', 'Stop sertraline.')).toBe('held');
  });
  it('gives a description of the same medicine', () => {
    expect(judged('can I stop citalopram', 'Citalopram', 'Citalopram can make you feel sick for the first few weeks.')).toBe('given');
  });
});
