import { describe, expect, it } from 'vitest';
import { readChoiceAnswer } from './final-answer.js';

// Session 44: a line opening on a letter list followed by a plain verdict (evidence-reader.ts listOpeningVerdict).
// xax-111 (extract-ax, Cantonese) and look-alikes written for this session (in-sample).
const lung = { A: '經常飲綠茶', B: '吸煙', C: '石棉接觸', D: '氡氣暴露' };
const read = (reply: string) => readChoiceAnswer(reply, { options: lung, multi: true });

describe('a letter list with its own verdict', () => {
  it('gives the list its verdict, first letter included (xax-111)', () => {
    expect(read('B、C、D 啱，A 唔係。飲綠茶同肺癌冇確切關係。').value).toBe('BCD');
    expect(read('B、C、D对，A不对。').value).toBe('BCD');
    expect(read('B、C 都唔啱，D 啱。').value).toBe('D');
  });

  it('reads no verdict where the list is followed by anything else', () => {
    // 对应 is no verdict; the row reading stands as before (the first letter is a row label).
    expect(read('B、C对应的是吸烟和石棉。').value).toBe('C');
  });
});
