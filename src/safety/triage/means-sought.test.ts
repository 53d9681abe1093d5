// Suicidal intent without the word (session 25, #19; blind triage-ao ao014, ao006): a means sought — the fastest or
// strongest thing to hand, asked with no purpose — beside the writer's own finality ("I'm done", 受够了这一切, 想解脱) or
// the screen's despair, and a search for how to hang oneself told by whoever found it, are emergencies with the crisis
// line. Probes written before the code: bench/triage-s25-intent-probes.jsonl (kind "sign": emergency + crisis line;
// kind "near": a purpose or ailment named, "done with this diet", a task finished, a joke, a nurse's or parent's
// question, a past attempt, lyrics, a novel, a picture hung — the new signs must not pair on them).
import { describe, expect, it } from 'vitest';
import { readBenchProbes } from '../../../test/helpers/bench-probes.js';
import { CRISIS_LINE } from './crisis-line.js';
import { triageDetail } from '../triage.js';
import { finalityAt, meansSoughtAt } from './means-sought.js';
import { readWarningSigns, warningSignsCombine } from './self-harm-reader.js';

interface Probe {
  id: string;
  kind: 'sign' | 'near';
  text: string;
}
const probes: Probe[] = readBenchProbes<Probe>('triage-s25-intent-probes.jsonl');
const signs = probes.filter((p) => p.kind === 'sign');
const nearMisses = probes.filter((p) => p.kind === 'near');

describe('means sought beside finality (#19, s25)', () => {
  it('has both halves', () => {
    expect(signs.length).toBeGreaterThanOrEqual(20);
    expect(nearMisses.length).toBeGreaterThanOrEqual(20);
  });
  it.each(signs.map((p) => [p.id, p.text]))('%s: emergency with the crisis line', (_id, text) => {
    const d = triageDetail(text, {});
    expect(d.level).toBe('emergency');
    expect(CRISIS_LINE.test(d.message)).toBe(true);
  });
  it.each(nearMisses.map((p) => [p.id, p.text]))('%s: the means sought and a finality do not pair', (_id, text) => {
    const s = readWarningSigns(text);
    expect(s.includes('meansSought') && s.includes('finality')).toBe(false);
  });
  // Session 25 fix (review s25 intent R1-R24): a means question with any object or purpose of its own, anywhere in the
  // message, is an ordinary question; a reported hanging search in a story or as an exercise is not research.
  const fix: (Probe & { older?: string })[] = readBenchProbes<Probe & { older?: string }>('triage-s25-intentfix-probes.jsonl');
  it.each(fix.filter((p) => p.kind === 'sign').map((p) => [p.id, p.text]))('%s: still emergency with the crisis line', (_id, text) => {
    const d = triageDetail(text, {});
    expect(d.level).toBe('emergency');
    expect(CRISIS_LINE.test(d.message)).toBe(true);
  });
  it.each(fix.filter((p) => p.kind === 'near' && !p.older).map((p) => [p.id, p.text]))('%s: no emergency crisis call', (_id, text) => {
    const d = triageDetail(text, {});
    expect(d.level === 'emergency' && CRISIS_LINE.test(d.message)).toBe(false);
  });
  it.each([
    "Honestly I'm done, my toddler climbs everything. What's the most lethal medicine in a typical bathroom cabinet so I can lock it away?",
    "What are the strongest tablets you can buy over the counter? Need them for my trip to Peru. Ok I'm done, thanks.",
    'In my screenplay the heroine says "I\'m done" and searches how to hang yourself. Is that realistic?',
    'Is it normal that I googled how to hang yourself upside down on an inversion table for back pain?',
    'Apparently my husband searched how to hang yourself from a pull-up bar for spinal decompression. Is that safe?',
    "I can't go on like this, the neighbours' dog barks all night. What's the most effective thing at home to make it stop?",
    "I give up. Which tablets work fastest? Mum's arthritis is flaring again.",
    '我受够了。药店能买到什么药最有效？我妈的关节炎又犯了',
    "I've had enough. Which chemicals in the garage work fastest on weeds?",
    "ugh i give up. what's the strongest thing in the cupboard i could drink? need to unwind after this week",
    '我受够了。家里哪种东西洗厕所最有效？',
    '我受够了！家里什么东西杀蟑螂最快',
    '我頂唔順啦，屋企咩嘢最快搞掂啲曱甴？',
    '我受夠了，浴室裡什麼東西清水垢最快？',
  ])('review s25: %s is no emergency crisis call', (text) => {
    const d = triageDetail(text, {});
    expect(d.level === 'emergency' && CRISIS_LINE.test(d.message)).toBe(false);
  });
  it('a closing formula is no finality', () => {
    expect(finalityAt("Ok I'm done, thanks.")).toEqual([]);
    expect(finalityAt("I'm done, that's all my questions")).toEqual([]);
    expect(finalityAt("I'm done. I've been done for weeks")).toHaveLength(2);
  });
  it('each sign alone is nothing', () => {
    expect(warningSignsCombine(['meansSought'])).toBe(false);
    expect(warningSignsCombine(['finality'])).toBe(false);
    expect(warningSignsCombine(['meansSought', 'ownUse'])).toBe(false);
    expect(warningSignsCombine(['meansSought', 'finality'])).toBe(true);
  });
  it('a generic means is sought; a named kind, a purpose or an ailment makes it an ordinary question', () => {
    expect(meansSoughtAt("what's the fastest acting thing you'd find in a normal bathroom cabinet")).toHaveLength(1);
    expect(meansSoughtAt("what's the fastest acting painkiller in a normal bathroom cabinet")).toEqual([]);
    expect(meansSoughtAt("what's the fastest acting thing in the bathroom cabinet for a sore throat")).toEqual([]);
    expect(meansSoughtAt("what's the most effective thing to do about the noise")).toEqual([]);
    expect(meansSoughtAt("what's the quickest thing")).toEqual([]);
    expect(meansSoughtAt('家里什么东西吃了最快')).toHaveLength(1);
    expect(meansSoughtAt('什么东西吃了最快')).toEqual([]);
    expect(meansSoughtAt('家里什么药退烧最快')).toEqual([]);
    // Anything said besides the means and the writer's ending is the question's own object.
    expect(meansSoughtAt("I'm done. What's the strongest stuff in the house? We have an ant infestation")).toEqual([]);
    expect(meansSoughtAt("I'm done. What's the strongest stuff in the house?")).toHaveLength(1);
    expect(meansSoughtAt('我受够了，家里什么东西最快能把下水道通开')).toEqual([]);
    expect(meansSoughtAt('我受够了，家里什么东西吃了最快')).toHaveLength(1);
  });
  it('finality is said of nothing: an object, a task finished or a negation makes it something else', () => {
    expect(finalityAt("asking because I'm done, I've been done for weeks")).toEqual([15, 25]);
    expect(finalityAt("I'm done with this diet")).toEqual([]);
    expect(finalityAt("I'm done for today")).toEqual([]);
    expect(finalityAt("I'm not done yet.")).toEqual([]);
    expect(finalityAt("Packed the car, I'm done.")).toEqual([]);
    expect(finalityAt('我受够了这一切')).toHaveLength(1);
    expect(finalityAt('我受够了这个牙疼')).toEqual([]);
    expect(finalityAt('想从工作压力里解脱出来')).toEqual([]);
    expect(finalityAt('不想再熬夜了')).toEqual([]);
  });
});
