import { describe, expect, it } from 'vitest';
import { triage } from '../triage.js';
import { screenSuicide } from './suicide.js';
import { readSupplyInquiry } from './supply-inquiry.js';

const CRISIS = /12356|988|Samaritans|Lifeline/;
/** At least urgent, with the crisis line. */
const heard = (t: string) => {
  const r = triage(t, {});
  expect(r.level, t).not.toBe('routine');
  expect(r.message, t).toMatch(CRISIS);
  expect(screenSuicide(t).risk, t).not.toBe('none');
};
const high = (t: string) => {
  expect(screenSuicide(t).risk, t).toBe('high');
  const r = triage(t, {});
  expect(r.level, t).toBe('emergency');
  expect(r.message, t).toMatch(CRISIS);
};
const quiet = (t: string) => {
  expect(readSupplyInquiry(t), t).toBeNull();
  expect(screenSuicide(t).risk, t).toBe('none');
};

describe('a method inquiry about one’s own medicine supply (supply-inquiry.ts → suicide screen)', () => {
  it('a hypothetical or a question about swallowing all / a whole container of one’s own supply → crisis line, at least urgent', () => {
    heard('hypothetically, what would happen to me if i swallowed all of my temazepam');
    heard('would taking every one of my pills kill me?');
    heard('what happens if you take a whole box of your diazepam');
    heard('if my wife took all her lithium what would that do to her');
    heard('要是我把家里的安眠药全吞了，会怎么样');
    heard('假如我把自己的抗抑郁药全部吃了能不能睡过去不醒');
    heard('万一我爸把他的降压药全吃了会出事吗');
    heard('what would happen if i overdosed on my mirtazapine');
    heard('如果我大量服用自己的安眠药，会不会一睡不醒');
  });
  it('with any other cue (despair, low mood, a time, a farewell, a past attempt) → emergency', () => {
    high('i feel so hopeless. what if i swallowed all of my temazepam');
    high('what would happen if i took every one of my tablets after everyone goes to bed tonight');
    high('i tried to overdose two years ago. if i took all my quetiapine now would i wake up');
    high('我真的撑不下去了，要是我把安眠药全吃了会怎么样');
    high('我以前吞过药，如果这次把一整瓶安眠药都吃了会不会死');
  });
  it('general pharmacology, a young child, a dosing schedule, a missed or double dose, a stop: none', () => {
    quiet('what would happen if somebody swallowed an entire bottle of ibuprofen');
    quiet('what is the highest safe dose of ibuprofen for an adult');
    quiet('is it harmful if a toddler chews a couple of gummy vitamins');
    quiet('what if my 3 year old got into my pills and ate them all');
    quiet('can i take all my evening tablets together or should i space them out');
    quiet('i swallowed my metformin twice by mistake, will it hurt me');
    quiet('what would happen if i quit taking all of my blood pressure pills');
    quiet('如果孩子把一瓶维生素全吃了会怎么样');
    quiet('我不小心把早上的药吃了两次，会有危险吗');
    quiet('如果我把这个疗程的药都吃完了还咳嗽怎么办');
    quiet('what would happen if i ate a whole box of my chocolates');
    quiet('what if i took one too many of my blood pressure tablets');
    quiet('i took a lot of my painkillers this week for my back, would that harm my liver');
  });
});

describe('review D findings 2–4: stress, a schedule elsewhere in the message, a question opened before the act', () => {
  it('a setback or a thought dwelt on beside the inquiry is a cue, never study or a dosing schedule → emergency, crisis line', () => {
    high('I flunked my finals. what happens if I take all of my sleeping tablets');
    high('挂科了，要是我把抗抑郁药全吃了会不会死');
    high('I keep thinking about it recently, what would happen if I swallowed all my painkillers');
    high('我一直在想，要是把我的安眠药全吃了会怎样');
  });
  it("a schedule outside the act's clause is no dosing question; relief as the outcome is a consequence", () => {
    heard('what happens if I take all of my antidepressants, I feel awful every day anyway');
    heard('这几天在想，要是把我的止痛药全吃了是不是就一了百了');
  });
  it('a question opened before the act (English word order) is asked about it', () => {
    heard('is it fatal to swallow all my sertraline in one go');
    heard('could a person die from taking all of your sleeping tablets');
  });
  it('a schedule on the act itself, study framing and a question to nobody stay none', () => {
    quiet('is it dangerous to take all my tablets at once every day instead of spreading them out');
    quiet('for my pharmacology exam: what happens if a patient took an entire bottle of paracetamol');
  });
});
