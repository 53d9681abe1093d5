import { describe, expect, it } from 'vitest';
import { readLineAfter } from './line-after.js';
import { normaliseText } from './normalise.js';
import { triageDetail } from '../triage.js';
import { CRISIS_LINE } from './crisis-line.js';

const reading = (t: string) => readLineAfter(normaliseText(t));

describe('readLineAfter: a suicidal course the screen has no words for, read after the decision', () => {
  it('reads a burden wish with the person at a lethal place now', () => {
    expect(reading('老婆生完孩子一个月，这几天一直哭，说孩子没有她会更好。今天我下班回来看见她抱着孩子站在阳台边上，现在把她劝进来了')).toBe('burden-at-hand');
  });
  it('reads a medicine gathered beyond one purchase and said to be enough', () => {
    expect(reading("Pharmacist here - a regular just bought her 3rd pack of paracetamol today and said 'this should be enough now'.")).toBe('gathered-enough');
  });
  it('reads neither a burden with nothing at hand, nor an amount enough for a purpose', () => {
    expect(reading('同事说公司没有他会更好，他要辞职了')).toBeNull();
    expect(reading("I bought my 3rd pack of paracetamol for the kids' flu, that should be enough for the week")).toBeNull();
    expect(reading('Bought a second bottle of paracetamol because the first one was out of date, that should be enough for the cupboard.')).toBeNull();
  });
});

describe('readLineAfter: gathering read in either order, and a medicine with a purpose (session 38, review s37)', () => {
  it('reads the medicine bought across several stores and said to be enough (b-t16)', () => {
    expect(
      reading("Pharmacist here: a customer has been buying paracetamol at several stores, told me she has enough now and won't be needing any more."),
    ).toBe('gathered-enough');
  });
  it('reads a gathered-enough course even when a purpose is named for the medicine (session 38 review fix, S1 A16 A28-A30)', () => {
    for (const t of [
      "She bought a third box of paracetamol for the headaches and told her sister 'that should be enough now'. She's been very low since the divorce.",
      'Mum bought a third box of paracetamol for her headaches. She said that should be enough now.',
      'She bought a third box of paracetamol for the second time this week and said that should be enough now.',
      'She bought a third box of paracetamol for the house and said that should be enough now.',
      '我爸这周又买了第三瓶安眠药治失眠，昨天跟我说这下够了。',
      '我爸又买了第三瓶安眠药治失眠，说这下够了。',
      '我妈又买了第三盒安眠药给自己吃，说这些应该够了',
      // s37 p-b07: the needless line returns (a needless line is a lesser harm than a lost one); the cardiac level is the rules'.
      'Grandma bought a second box of paracetamol today for her arthritis and said that should be enough now; an hour later she has crushing chest pain',
      '我妈今天又买了一盒安眠药，说这下够了',
    ]) {
      expect(reading(t), t).toBe('gathered-enough');
    }
  });
});

describe('the crisis line after the decision (triage.ts)', () => {
  it('keeps the line on a gathered-enough course with a purpose named for the medicine (review s38 S1: A16, A28)', () => {
    for (const t of [
      "She bought a third box of paracetamol for the headaches and told her sister 'that should be enough now'. She's been very low since the divorce.",
      '我爸这周又买了第三瓶安眠药治失眠，昨天跟我说这下够了。',
    ]) {
      const d = triageDetail(t);
      expect(d.level, t).toBe('emergency');
      expect(CRISIS_LINE.test(d.message), t).toBe(true);
    }
  });
  it('rides on an emergency whose message tells the course (triage-ba ba075, ba118)', () => {
    for (const t of [
      '老婆生完孩子一个月，这几天一直哭，说孩子没有她会更好。今天我下班回来看见她抱着孩子站在阳台边上，现在把她劝进来了，她说就是想透透气',
      "Pharmacist here - a regular just bought her 3rd pack of paracetamol today (my colleague saw her at our other branch) and said 'this should be enough now'. She left 5 mins ago, we have her address on file. Am I overreacting?",
    ]) {
      const d = triageDetail(t);
      expect(d.level).toBe('emergency');
      expect(CRISIS_LINE.test(d.message)).toBe(true);
    }
  });
  it('does not ride on a physical emergency', () => {
    for (const t of [
      'Window cleaner on the ledge of the 12th floor slipped and is hanging by his harness, he looks unconscious',
      '我爸在楼顶修太阳能热水器，突然晕倒了，叫不醒',
    ])
      expect(CRISIS_LINE.test(triageDetail(t).message)).toBe(false);
  });
});
