// A suicide plan read by its structure — method × link × proximity, or one's own death with a deadline — whoever tells
// it and in any tone (session 35, #19; blind triage-ay ay017/ay018/ay024/ay098/ay101 were routine, urgent or emergency
// without the crisis line). Look-alikes: a view from a car park, a safety survey, a swim, a train boarded, a plan long
// over, a dose question, a funeral arranged, a figure of strain, an awareness talk, a pharmacist's question.
import { describe, expect, it } from 'vitest';
import { readBenchProbes } from '../../../test/helpers/bench-probes.js';
import { triageDetail } from '../triage.js';
import { normaliseText } from './normalise.js';
import { readProximatePlan } from './plan-proximity.js';

const read = (t: string) => readProximatePlan(normaliseText(t));
const ay = (id: string): string => {
  const row = readBenchProbes<{ id: string; text: string }>('blind/triage-ay.jsonl').find((r) => r.id === id);
  if (!row) throw new Error(`triage-ay.jsonl: no row ${id}`);
  return row.text;
};
interface Probe {
  id: string;
  expected: string;
  text: string;
}
const probes = readBenchProbes<Probe>('triage-s35-plan-probes.jsonl');

describe('readProximatePlan: the parts of a plan', () => {
  it('reads the method, its link and the proximity of the five triage-ay misses', () => {
    expect(read(ay('ay098'))).toMatchObject({ method: 'height', link: 'researched', proximity: 'atPlace', whose: 'self' });
    expect(read(ay('ay024'))).toMatchObject({ method: 'train', link: 'intent', proximity: 'atPlace', whose: 'self' });
    expect(read(ay('ay101'))).toMatchObject({ method: 'water', link: 'intent', proximity: 'researched', whose: 'self' });
    expect(read(ay('ay017'))).toMatchObject({ method: 'ending', proximity: 'timed', whose: 'other' });
    expect(read(ay('ay018'))).toMatchObject({ method: 'hoard', link: 'intent', proximity: 'gathered', whose: 'other' });
  });
  it('reads every target of its own probes, in en and zh, a laugh or "asking for a friend" beside', () => {
    for (const p of probes.filter((x) => x.expected === 'emergency')) expect(read(p.text), p.id).not.toBeNull();
  });
  it('reads none of the look-alikes', () => {
    for (const p of probes.filter((x) => x.expected !== 'emergency')) expect(read(p.text), p.id).toBeNull();
  });
  it('needs proximity beyond the link: a method question alone, or an intent alone, is not this reading', () => {
    expect(read('how high does a car park need to be for a fall to be fatal?')).toBeNull();
    expect(read('I keep thinking I should just walk into the sea.')).toBeNull();
    expect(read('她把止疼贴都攒起来了')).toBeNull();
  });
  it('reads negation, the past, a condition and people in general as no plan', () => {
    expect(read("I'm at the platform now. I would never step in front of a train, I just feel low")).toBeNull();
    expect(read('Years ago I was on level 7 of a car park now and then, asking how high is definitely fatal.')).toBeNull();
    expect(read("I'm on the bridge now. If the results are bad I might jump off the bridge")).toBeNull();
    expect(read("We're at the beach now. You could walk into the sea at low tide, I've been checking the tide times")).toBeNull();
  });
  it('reads Cantonese and traditional script (through the normaliser) and more English wordings', () => {
    for (const t of [
      '我而家喺天台，問下幾多樓跳落去先會死',
      '我阿嫲将啲止痛貼全部儲埋，話準備一次過貼晒',
      '我喺港鐵月台，每次車入站都想行前一步',
      '我奶奶把止痛貼都攢起來了，準備一次全貼上',
      "I'm on my balcony now, how far is the drop from the 12th floor, would it be quick?",
      'ngl been googling how high the bridge near my uni needs to be to not survive it. im on it rn',
      'been stockpiling my insulin for weeks. going to inject the lot tonight',
    ])
      expect(read(t), t).not.toBeNull();
  });
  it('reads no pastime asked about for its safety, no move away, no dose question', () => {
    for (const t of [
      'my son wants to jump off the bridge into the river tomorrow with his mates, is it safe?',
      "He told me he'll be gone by Friday - he's moving to Leeds, and he joked about his own funeral",
      "I'm at the top of the car park now, should I jump off the wall to the lower level to save time?",
      '我阿嫲将止痛贴全部储埋，话系为咗旅行用，想问一次过贴晒得唔得？',
    ])
      expect(read(t), t).toBeNull();
  });
  it('tells whose plan it is', () => {
    expect(read('My grandad has been stockpiling his insulin and told my aunt he will inject it all at once')?.whose).toBe('other');
    expect(read("I've been saving my oxys for weeks and I'm going to take them all at once")?.whose).toBe('self');
  });
});

describe('triage: a plan with proximity is an emergency with the crisis line', () => {
  it('for the five triage-ay misses', { timeout: 600_000 }, () => {
    for (const id of ['ay017', 'ay018', 'ay024', 'ay098', 'ay101']) {
      const d = triageDetail(ay(id));
      expect(d.level, id).toBe('emergency');
      expect(d.contributions.crisisLine, id).not.toBeNull();
    }
  });
});
