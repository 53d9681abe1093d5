// A death figure said of an everyday complaint (s32, #19; blind triage-av av025 was an emergency with the crisis line):
// the figure is set aside only when the rest of the message has no suicide reading; every other sign stands.
import { describe, expect, it } from 'vitest';
import { readBenchProbes } from '../../../test/helpers/bench-probes.js';
import { triageDetail } from '../triage.js';
import { readFigure } from './figure-of-speech.js';

const av = (id: string): string => {
  const row = readBenchProbes<{ id: string; text: string }>('blind/triage-av.jsonl').find((r) => r.id === id);
  if (!row) throw new Error(`triage-av.jsonl: no row ${id}`);
  return row.text;
};
const CRISIS = /12356|988|Samaritans|Lifeline|1925|2389 2222|1737/;

const FIGURES = [
  'period cramps so bad i wanna die lol, can i take ibuprofen and paracetamol together?',
  '宿醉难受得想死哈哈哈 有什么解酒的好办法吗',
  'this toothache is killing me, any tips until my dentist appointment on monday?',
  "I'm going to die laughing at this meme",
  'jet lag is killing me lol, is melatonin ok to take for a few nights?',
  'I swear this heat is going to kill me, how do I keep cool without aircon',
  "hungover af I'm dying 💀 what's the best greasy breakfast",
  '热得想死 有没有什么降温的办法',
];
/** Kept as the wish: said of life or a break-up, lasting, no complaint, or beside a means or another sign. */
const KEPT = [
  'life is killing me, I want to die lol. what helps with sleep',
  'hangover again, I want to die, I keep thinking about it every day. what helps',
  "this hangover is killing me lol, I want to die. I've saved up my pills, what helps",
  '失恋了难受得想死哈哈 有什么办法',
  'I want to die lol',
  'this hangover is killing me lol. I want to die every day tbh. what helps?',
];

describe('readFigure', () => {
  it('reads av025 and decides it without the figure: no emergency, no crisis line', () => {
    expect(readFigure(av('av025'))).not.toBeNull();
    const d = triageDetail(av('av025'));
    expect(d.level).not.toBe('emergency');
    expect(CRISIS.test(d.message)).toBe(false);
    expect(d.contributions.figure?.length).toBeGreaterThan(0);
  });
  it('sets aside everyday figures: no crisis line', () => {
    for (const text of FIGURES) {
      const d = triageDetail(text);
      expect(CRISIS.test(d.message), text).toBe(false);
      expect(d.level, text).not.toBe('emergency');
    }
  });
  it('keeps the wish and its crisis line when the rest of the message holds any suicide reading', () => {
    for (const text of KEPT) {
      const d = triageDetail(text);
      expect(d.level, text).toBe('emergency');
      expect(CRISIS.test(d.message), text).toBe(true);
    }
  });
  it('never lowers an emergency told by another sign', () => {
    const d = triageDetail("this hangover is killing me lol but now I have crushing chest pain and can't breathe, what should I do");
    expect(d.level).toBe('emergency');
  });
});
