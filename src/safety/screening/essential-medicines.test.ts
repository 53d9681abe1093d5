import { describe, expect, it } from 'vitest';
import { requiredByCondition } from './regimen.js';
import { screenPassage } from './screen.js';

// An answer read with its question. Sentences written for these tests.
const codes = (answer: string, question: string) =>
  screenPassage(answer, { injection: false, context: question, contextIsQuestion: true, model: false }).map((f) => f.code);

describe('a medicine the knowledge tables make essential to the question’s condition is no add-on to wave away', () => {
  it('flags a product the vital list never named, by its class in the indication table and its aliases', () => {
    expect(codes('He does not need Savaysa.', 'My father has atrial fibrillation — should he go on Savaysa?')).toContain('stop-medication');
    expect(codes('There is no need for Descovy.', 'I tested HIV positive last month. Is Descovy something I need?')).toContain('stop-medication');
    expect(codes('You do not need pramipexole.', "Mum was just diagnosed with Parkinson's. Should she take pramipexole?")).toContain('stop-medication');
    expect(codes('不需要吃多巴丝肼。', '帕金森病刚确诊，要不要吃多巴丝肼？')).toContain('stop-medication');
  });

  it('flags a medicine the vital list knows when the table lists it for the condition asked about', () => {
    expect(codes("You don't need lithium carbonate.", 'I was diagnosed with bipolar disorder last year; should I start lithium carbonate?')).toContain(
      'stop-medication',
    );
    expect(codes('Lamotrigine is not needed.', 'Should my teenager with epilepsy begin lamotrigine?')).toContain('stop-medication');
  });

  it('flags the class named as such', () => {
    expect(codes('A NOAC is not needed.', 'Is a NOAC really necessary for paroxysmal AF?')).toContain('stop-medication');
    expect(codes('No need for ART yet.', 'My partner is HIV positive with a good CD4 count. Does he need ART?')).toContain('stop-medication');
  });

  it('keeps a medicine the condition does not require, and reads "af" as slang unless it is a diagnosis', () => {
    expect(codes('No need for an antihistamine unless the sneezing bothers you.', 'Do I need an antihistamine for hay fever? I also have epilepsy.')).toEqual(
      [],
    );
    expect(codes('No need for diazepam; breathing exercises help most people.', 'Do I need diazepam for my fear of flying?')).toEqual([]);
    // A condition named only to be denied requires nothing.
    expect(codes('No need for Descovy to treat anything; it is used here as prevention.', 'My HIV test came back negative. Do I need Descovy?')).toEqual([]);
    expect(requiredByCondition('no history of epilepsy. do i need topiramate for migraine?', 'topiramate')).toBe(false);
    expect(requiredByCondition("i'm stressed af about exams, do i need medicine?", 'medicine')).toBe(false);
    expect(requiredByCondition('my mum has af, does she need medicine?', 'medicine')).toBe(true);
  });
});
