// Review s20 (triage.md S0/S1/S4/S7, NEW since 54d14c2 in 77e36b1/55f8940): the reviewer's rows, each a frame that
// lowered a present emergency or stripped the crisis line. Every row must stay an emergency with its crisis line.
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';

const t = (text: string) => triageDetail(text, { locale: /[\u4e00-\u9fff]/.test(text) ? 'zh-CN' : 'en-US' });

describe('S0: an ingestion told after a study question is no study question (study-frame.ts)', () => {
  it.each([
    'Coursework question: how long does a paracetamol overdose take to show? Swallowed 25 two hours ago.',
    'Studying for my exam: how long after an overdose of paracetamol does liver damage start? Took 30 earlier today.',
    'Studying for my exam: how long after an overdose of paracetamol does liver damage start? Necked 30 earlier today.',
    'For my essay, what happens in a paracetamol overdose? my sister popped 30 this morning',
  ])('emergency: %s', (text) => {
    expect(t(text).level).toBe('emergency');
  });
});

describe('S1: an accident needs a small child; a teen, a hedge or a large amount keeps the crisis line (ingestion-mode.ts)', () => {
  it.each([
    'My teenage daughter swallowed a whole bottle of paracetamol, she got into my medicine cabinet.',
    'My teenage son swallowed a whole bottle of paracetamol. He got into my medicine cabinet.',
    'My son got hold of my sleeping pills and took the whole packet.',
    '我女儿上初中了，把我的安眠药偷偷吃了一整瓶',
    '我女儿读高二，偷吃了一整瓶安眠药',
    '我儿子偷偷吃了我一整瓶安眠药',
    '我女兒偷吃了我一整瓶安眠藥',
    'My daughter says she took 30 of my sleeping pills by mistake.',
    "My wife took 30 of my sleeping pills, she says by mistake, but she's been very low.",
    "My husband took 40 of my amitriptyline. I don't know if it was accidental.",
    '我老公吃了四十片阿米替林，不知道是不是不小心的',
  ])('emergency + crisis line: %s', (text) => {
    const d = t(text);
    expect(d.level).toBe('emergency');
    expect(d.contributions.crisisLine).not.toBeNull();
  });
});

describe('S4: an occasion never lowers a farewell when the person is unreachable (leave-taking.ts, suicide.ts)', () => {
  it.each([
    '他离职那天跟同事们告别，还给孩子留了一封信，现在已经失联一天了',
    '他搬家前把猫送人了，跟我告别，之后就失联了',
    "My girlfriend said goodbye to me at the airport but she never got on the plane, her phone's off and she left her passport and a letter for her parents in the car",
    "My brother said goodbye to his colleagues on his last day, left a letter for his kids on the table, and his phone's been off since yesterday.",
    "She said goodbye to her ex, wrote a letter to her mum, and we haven't heard from her since — her phone's dead.",
    '他跟前女友告别后，把东西都送给了朋友，现在人联系不到',
  ])('emergency + crisis line, screen risk: %s', (text) => {
    const d = t(text);
    expect(d.level).toBe('emergency');
    expect(d.contributions.crisisLine).not.toBeNull();
  });
});

describe('S7: a number followed by a measure is no past age (red-flags/context.ts HISTORY)', () => {
  it.each([
    "When I was 2 miles into my run I got crushing chest pain and I'm still sweating and it's spreading to my arm",
    "When I was 5 km into my run I got crushing chest pain and I'm still sweating and it's spreading to my arm",
  ])('emergency: %s', (text) => {
    expect(t(text).level).toBe('emergency');
  });
});
