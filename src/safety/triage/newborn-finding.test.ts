// A newborn's physiological finding with no danger sign (newborn-finding.ts, session 39). Targets: triage-bc bc051 and
// bc086 (in-sample now) and new wordings (bench/triage-s39-newborn-probes.jsonl); look-alikes: the same findings beside
// any danger sign, which must leave the message to the other readers.
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { readNewbornFinding } from './newborn-finding.js';
import { normaliseText } from './normalise.js';

const read = (t: string) => readNewbornFinding(normaliseText(t));

describe('readNewbornFinding: a physiological finding of the first weeks, no danger sign', () => {
  it('reads milia, peeling, breast buds, Epstein pearls (bc051, bc086 and new wordings)', () => {
    expect(read('My 8 day old has tiny white spots all over his nose and the skin on his feet is peeling. Is something wrong with his skin?')).toEqual({
      findings: ['milia', 'peeling'],
    });
    expect(read('宝宝出生10天，男孩，两边乳头下面都鼓鼓的，挤了一下还有点白色的水出来，吓死我了，这是怎么回事')).toEqual({ findings: ['breastBuds'] });
    expect(read('Baby is 9 days old and the skin on her hands and ankles is peeling off in flakes. Should I put cream on it?')).not.toBeNull();
    expect(read('宝宝20天了，牙龈上长了几颗白白的小点，老人说是马牙，要不要挑掉？')).not.toBeNull();
  });
  it('does not read a finding beside a danger sign, an older child, or breast milk named', () => {
    for (const t of [
      'My 10 day old son has one breast that is red, hot and swollen and he has been feeding less today. Temperature 38.2.',
      '宝宝出生8天，鼻子上有小白点，今天开始不怎么吃奶，一直睡，叫也不太醒。',
      'My 2 week old has peeling skin but now there are blisters spreading over his tummy and he is floppy.',
      '新生儿出生第6天，脸上起了很多小白点，全身皮肤很黄，连眼白都黄了，吃奶也少。',
      '宝宝出生两周，乳头那里红肿，摸着很烫，挤出来的是黄色的脓，今天有点发烧。',
      'My 4 year old has peeling skin on his fingers after a fever last week.',
      'is my 10 day old allergic to my breast milk? he is fine otherwise',
    ])
      expect(read(t), t).toBeNull();
  });
});

describe('triage: the reader alone does not make a newborn’s physiological finding an emergency', () => {
  it('keeps bc051 and bc086 below emergency; a danger sign beside the finding stays an emergency', () => {
    expect(
      triageDetail('My 8 day old has tiny white spots all over his nose and the skin on his feet is peeling. Is something wrong with his skin?').level,
    ).not.toBe('emergency');
    expect(triageDetail('宝宝出生10天，男孩，两边乳头下面都鼓鼓的，挤了一下还有点白色的水出来，吓死我了，这是怎么回事').level).not.toBe('emergency');
    expect(triageDetail('6 day old with white spots on her nose, and today her temperature is 38.4 and she is not interested in feeds.').level).toBe(
      'emergency',
    );
  });
});
