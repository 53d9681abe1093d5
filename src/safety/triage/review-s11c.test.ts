import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { readCourse } from './course.js';
import { readStance } from './stance.js';

// Review s11c (triage #19): a question about a danger happening now, a past condition beside present symptoms, and a
// means made ready beside a past attempt — each was read as information or history (routine) at 648194d3 and after.
const emergency = (text: string) => {
  const d = triageDetail(text);
  expect(d.level, text).toBe('emergency');
  return d;
};

describe('a question about a danger happening now, or about a state that is itself a life threat, is not information', () => {
  it.each([
    'If someone is unconscious and not breathing what do I do? My husband just collapsed.',
    "what do you do if someone has swallowed a whole bottle of pills and won't wake up",
    '如果有人昏迷没有呼吸怎么办？我爸刚刚倒在地上了',
    "What do I do if someone isn't breathing? My dad just fell down in the kitchen.",
    '有人吃了一整瓶安眠药叫不醒应该怎么办',
  ])('%s', (text) => {
    emergency(text);
  });
  it('an unrousable overdose carries the crisis line too', () => {
    expect(emergency("what do you do if someone has swallowed a whole bottle of pills and won't wake up").contributions.crisisLine).not.toBeNull();
  });
  it.each([
    'I want to learn CPR just in case, what do you do if someone is not breathing?',
    '想提前学一下以防万一，如果有人突然倒地叫不醒，心肺复苏怎么做？',
    "what's the first aid if someone is choking",
  ])('learning ahead, or a first-aid question about no life threat, stays information: %s', (text) => {
    expect(triageDetail(text).level).not.toBe('emergency');
  });
});

describe('a past condition named beside present symptoms does not make them history', () => {
  it.each([
    "I had a clot in my lung two years ago and recovered but I've got the same chest pain and can't breathe",
    '我三年前得过心梗已经好了但是胸口压榨样痛出冷汗',
    "I had a heart attack five years ago and got better, but now I have the same crushing chest pain and I'm sweating",
    '我两年前得过肺栓塞已经好了，但是现在又胸痛喘不上气',
  ])('%s', (text) => {
    emergency(text);
  });
  it('the stance reads a sign in the clause a turn opens as now, a residual in a later clause as history', () => {
    const text = 'had a clot two years ago but now I have chest pain';
    expect(readStance(text, 0, false, [text.indexOf('chest')]).temporal).toBe('current');
    expect(readStance(text, 0, false, [text.indexOf('chest')]).pastBeside).toBe(true);
    expect(readStance('had a clot two years ago, what should I avoid', 0, false, []).temporal).toBe('past');
  });
  it('a time ago is when, not how long: 三年前 is no long-standing course, 三年了 is', () => {
    expect(readCourse('我三年前得过心梗')).not.toBe('long-standing');
    expect(readCourse('胸口疼了三年了')).toBe('long-standing');
  });
  it('a history asked about with nothing now stays routine', () => {
    expect(triageDetail('我三年前得过心梗，现在已经好了，平时饮食要注意什么').level).toBe('routine');
  });
});

describe('a means made ready and said to be taken whole is a present risk, with or without a past attempt', () => {
  it.each([
    "I tried to kill myself 3 years ago and recovered. I have the pills lined up and I'm going to take them all.",
    "I overdosed two years ago and got through it. Tonight I've got the tablets laid out and I'm going to swallow all of them.",
    "I have the pills lined up and I'm going to take them all.",
    '安眠药都摆好了，我今晚要全吃了',
  ])('%s', (text) => {
    const d = emergency(text);
    expect(d.contributions.crisisLine).not.toBeNull();
  });
  it('a week of tablets set out in an organiser is no risk', () => {
    const d = triageDetail('I have my tablets lined up for the week in a pill organiser');
    expect(d.level).toBe('routine');
    expect(d.contributions.crisisLine).toBeNull();
  });
});
