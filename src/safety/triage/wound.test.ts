import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { isAccidentalInjury, isTaskInjury, isTripTold } from './wound.js';

const CRISIS = /12356|988|116 123|13 11 14|1737|1925|2389 2222|82951332/;

describe('a deliberate self-inflicted wound told only by the wound carries the crisis line (review s11a, triage #19)', () => {
  it.each([
    ['pressed harder than I intended on my forearm tonight and went too deep, the bathroom floor is all blood and it will not stop'],
    ['I went deeper than I wanted to on my upper arm, the plaster is soaked already and keeps bleeding'],
    ['小臂割得太深了，按了半个小时还在流血，不敢跟家里说'],
    ['前臂上划得有些深，血把袖子都浸透了'],
  ])('%s → emergency with the crisis line', (text) => {
    const d = triageDetail(text);
    expect(d.level).toBe('emergency');
    expect(d.message).toMatch(CRISIS);
  });
});

// Review s11d: a wound's mechanism (glass, a fall, a trip, metal) is no accident to the screen, the self-harm reader
// or the sign scan — a self-harm cut is told with one too. An accidental glass cut over-calls the crisis line again (as
// at 648194d3), an accepted over-call; a tool, a task or 'by accident' still reads an accident.
describe('a mechanism never reads a cut as an accident (review s11d, triage #19)', () => {
  it.each([['gashed my shin on some barbed wire climbing over a stile, it is bleeding a fair bit'], ['骑车摔了，小腿被铁丝划了一道深口子，一直流血']])(
    '%s (no self-harm wording) → no crisis line',
    (text) => {
      expect(triageDetail(text).message).not.toMatch(CRISIS);
    },
  );
  it('a tool, a task or "by accident" is an accident; a mechanism, an instrument or a purpose is not', () => {
    expect(isAccidentalInjury('I cut my hand on the saw')).toBe(true);
    expect(isAccidentalInjury('I accidentally cut my wrist')).toBe(true);
    expect(isAccidentalInjury('I cut my wrist on broken glass')).toBe(false);
    expect(isAccidentalInjury('I cut my wrists and fell on the floor')).toBe(false);
    expect(isAccidentalInjury('手腕被碎玻璃划了')).toBe(false);
    expect(isAccidentalInjury('I cut my arm on purpose on the glass')).toBe(false);
    expect(isAccidentalInjury('I cut my wrists with a razor')).toBe(false);
    expect(isTaskInjury('I fell asleep after I cut my wrists')).toBe(false);
    expect(isTaskInjury('cut my wrist on the glass I was carrying when I tripped')).toBe(false);
    expect(triageDetail('tripped on the stairs, then in the bathroom I cut my wrists on purpose with a razor').message).toMatch(CRISIS);
    expect(triageDetail('tripped on the stairs and cut my wrist on the glass I was carrying, it keeps bleeding').message).toMatch(CRISIS);
  });
});

describe('a trip or a slip told (read only for the witness line)', () => {
  it('reads a trip, a slip and their Chinese forms, not one said on purpose', () => {
    expect(isTripTold('she tripped over the cable in the hall')).toBe(true);
    expect(isTripTold('奶奶在浴室滑倒了')).toBe(true);
    expect(isTripTold('he fell from the balcony')).toBe(false);
    expect(isTripTold('I tripped on purpose so I would fall down the stairs')).toBe(false);
  });
  it('a cut told with a trip still carries the line: the trip gates only the witness', () => {
    expect(triageDetail('tripped on the stairs and cut my wrist on the glass I was carrying, it keeps bleeding').message).toMatch(CRISIS);
  });
});
