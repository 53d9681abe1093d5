import { describe, expect, it } from 'vitest';
import { readChoiceAnswer } from './final-answer.js';

// Session 44: a line opening on a letter list followed by a plain verdict (evidence-reader.ts listOpeningVerdict).
// xax-111 (extract-ax, Cantonese) and look-alikes written for this session (in-sample).
const lung = { A: '經常飲綠茶', B: '吸煙', C: '石棉接觸', D: '氡氣暴露' };
// The list verdict and 唔啱 are read only on a stem asking what IS so (s44 review: on a stem asking what is wrong,
// "C 唔啱" names the answer).
const read = (reply: string) => readChoiceAnswer(reply, { options: lung, multi: true, question: '以下邊啲係肺癌嘅危險因素？（多選）' });

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

  it('reads 唔啱 as START did on a stem asking what is wrong (s44 review xp44-b47/b53/b54)', () => {
    const dm = { A: '二型糖尿病以胰島素抵抗為主', B: '一型糖尿病多見於青少年', C: '一型糖尿病以胰島素抵抗為主', D: '二甲雙胍係二型糖尿病一線用藥' };
    const ask = (reply: string) => readChoiceAnswer(reply, { options: dm, question: '關於糖尿病，以下邊個講法唔啱？' }).value;
    expect(ask('C 唔啱，一型糖尿病係胰島素絕對缺乏，而二甲雙胍係二型糖尿病一線用藥冇錯。')).not.toBe('D');
    expect(ask('唔啱嘅係C。')).toBe('C');
  });
});
