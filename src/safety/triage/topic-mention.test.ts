// Suicide named as the topic of an event (session 35, #19; blind triage-ay ay110, a parent asking about a school's
// suicide awareness talk, was an emergency with the crisis line). Only the topic mention is set aside: a wish, a
// hotline called or a crisis team in the same message are read as before.
import { describe, expect, it } from 'vitest';
import { readBenchProbes } from '../../../test/helpers/bench-probes.js';
import { triageDetail } from '../triage.js';
import { isTopicMention } from './topic-mention.js';

const at = (t: string, word: string): boolean => isTopicMention(t, t.indexOf(word));
const ay = (id: string): string => {
  const row = readBenchProbes<{ id: string; text: string }>('blind/triage-ay.jsonl').find((r) => r.id === id);
  if (!row) throw new Error(`triage-ay.jsonl: no row ${id}`);
  return row.text;
};

describe('isTopicMention', () => {
  it('reads the word as an event topic', () => {
    expect(at('the school is running a suicide awareness talk next week', 'suicide')).toBe(true);
    expect(at('we had suicide prevention training at work', 'suicide')).toBe(true);
    expect(at('there was an assembly about self-harm today', 'self-harm')).toBe(true);
    expect(at('学校下周有个自杀预防讲座', '自杀')).toBe(true);
  });
  it('reads no service used, no research and no wish as a topic', () => {
    expect(at('I called the suicide hotline last night', 'suicide')).toBe(false);
    expect(at('the suicide prevention team came to see me', 'suicide')).toBe(false);
    expect(at('he has been reading suicide statistics for weeks', 'suicide')).toBe(false);
    expect(at('I keep thinking about suicide', 'suicide')).toBe(false);
  });
});

describe('triage: a topic mention alone is no suicide risk', () => {
  it('ay110 is no emergency and carries no crisis line', { timeout: 600_000 }, () => {
    const d = triageDetail(ay('ay110'));
    expect(d.level).not.toBe('emergency');
    expect(d.contributions.crisisLine).toBeNull();
  });
  it('a wish beside the topic keeps its emergency and crisis line', { timeout: 600_000 }, () => {
    const d = triageDetail('My son came back from the suicide awareness talk and said he wants to die');
    expect(d.level).toBe('emergency');
    expect(d.contributions.crisisLine).not.toBeNull();
  });
});
