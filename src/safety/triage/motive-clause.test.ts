// The clause that states why a poison was swallowed (s43, #19; s42 review gap: "I swallowed rat poison 30 min ago after
// failing my exam" was an emergency with no crisis line).
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { CRISIS_LINE } from './crisis-line.js';
import { readMotiveClause } from './motive-clause.js';
import { readingText } from './reading-text.js';

const read = (t: string) => readMotiveClause(readingText(t));

describe('readMotiveClause: a setback told as the act’s motive', () => {
  it.each([
    'I swallowed rat poison 30 min ago after failing my exam',
    'my brother drank weedkiller an hour ago after losing his job',
    'she swallowed bleach tonight because her boyfriend left her',
    'he drank antifreeze after his wife walked out on him',
    'my son took the pesticide since he got expelled',
    'she drank the paraquat after getting dumped',
    '他被公司开除后喝了百草枯',
    '她因为欠了一大笔网贷喝了农药',
    '我爸妈离婚以后他喝了敌敌畏',
  ])('%s', (text) => expect(read(text)).toBe('setback'));

  it.each([
    // a time, a place, a task, an accident's reason: no setback verb with a personal object
    'I swallowed rat poison 30 min ago after dinner',
    'my son drank bleach by mistake after school',
    'he drank antifreeze because it looked like juice',
    'she swallowed weedkiller after losing her balance in the shed',
    '我吃完饭后喝了一口农药，以为是饮料',
    // negated or hypothetical
    'she drank bleach, but not because she failed her exam',
    'what if someone drank weedkiller after losing his job?',
    '不是因为失恋，她是误喝了农药',
  ])('%s (not read)', (text) => expect(read(text)).toBeNull());
});

describe('triage: the line beside a poisoning, the level unchanged', () => {
  it.each([
    'I swallowed rat poison 30 min ago after failing my exam',
    'my brother drank weedkiller an hour ago after losing his job',
    '他被公司开除后喝了百草枯',
  ])('%s → emergency + crisis line (motive)', (text) => {
    const d = triageDetail(text);
    expect(d.level).toBe('emergency');
    expect(d.contributions.crisisLine).toBe('motive');
    expect(CRISIS_LINE.test(d.message)).toBe(true);
  });
  it.each(['I swallowed rat poison 30 min ago after dinner', 'my 4 year old drank bleach after his brother got expelled'])('%s → no motive line', (text) => {
    const d = triageDetail(text);
    expect(d.level).toBe('emergency');
    expect(d.contributions.crisisLine).not.toBe('motive');
  });
  it('no poisoning, no line from the motive: a setback alone decides nothing here', () => {
    const d = triageDetail('I got a headache after failing my exam');
    expect(d.contributions.crisisLine).toBeNull();
  });
});
