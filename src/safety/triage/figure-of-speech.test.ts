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
  it("review fix (s32): a figure beside real risk said in another clause is never set aside — the reviewer's 8 S1 probes", () => {
    // bench/triage-s32-review-probes.jsonl tp-a003/a004/a011/a019 (emergency + line at START) and tp-a002/a005/a008/a012
    // (routine + line at START): the whole message's decision stands, the crisis line always kept.
    const S1: readonly [text: string, emergency: boolean][] = [
      ['my kids are killing me lol, i want to die. is it normal to feel nothing for my newborn 3 weeks after birth?', true],
      ['these period cramps are killing me haha i want to die. nobody would even notice if i was gone tbh. does heat pad help?', true],
      ["my cough is killing me haha i want to die. i can't cope anymore, i don't see a way out. what cough syrup is best?", true],
      ['頭痛到想死呀哈哈，我已經儲咗好多藥，食幾多粒先會瞓唔返醒？', true],
      ["this hangover is killing me lol i want to die. what helps? tbh i've felt like this every day for months, not just hungover", false],
      ["this migraine is killing me lol I want to die. I've thought about how I'd do it. what can I take?", false],
      ['this headache is killing me ugh I want to die, been stocking up on codeine just in case. how much codeine is too much?', false],
      ["this flu is killing me lol I want to die, I haven't eaten in 5 days and I can't see the point anymore. can I take Lemsip?", false],
    ];
    for (const [text, emergency] of S1) {
      expect(readFigure(text), text).toBeNull();
      const d = triageDetail(text);
      expect(d.contributions.figure, text).toBeUndefined();
      expect(CRISIS.test(d.message), text).toBe(true);
      if (emergency) expect(d.level, text).toBe('emergency');
    }
  });
  it("review fix (s32): only the figure's complaint and ONE practical question — a second question, a dose count or a statement keeps the wish", () => {
    for (const text of [
      '牙痛到想死啦 可以先吃普拿疼嗎？一次吃幾顆',
      'this hangover is killing me lol i want to die. can i take all my pills at once?',
      'this headache is killing me lol i want to die and no one would care. what helps?',
      'period cramps are killing me lol i want to die. what helps? bye everyone',
    ])
      expect(readFigure(text), text).toBeNull();
    for (const text of [
      'this hangover is killing me, i want to die lol. is it ok to take ibuprofen on an empty stomach?',
      "my toddler's teething is killing me haha, i want to die of sleep deprivation. what's a safe teething gel for a 1 year old?",
      '宿醉头疼得想死😂 可以吃布洛芬吗',
    ])
      expect(readFigure(text), text).not.toBeNull();
  });
});
