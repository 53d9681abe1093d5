// Suicide warning signs combined (session 24, #19; blind triage-an an032/an086/an105/an117): a method question, affairs
// put in order, a person at an edge, a burden statement, a means at hand, someone shut in, "it's for me", a message sent
// without knowing why — each says little alone; a strong sign beside a sign of another type is an emergency with the
// crisis line, for the writer or a third party. Probes written before the code: bench/triage-s24-warning-signs-probes.jsonl
// (ws-s*: emergency + crisis line; ws-n*: near-misses — an ordinary reason for the affairs, a pet's or a birth's method,
// a study or pharmacist's question, a fireworks view from the bridge, a gun for the farm, the past, a novel — on which
// the combination must not fire; nine of them are over-calls by older readers already at HEAD ac28482, see the file).
import { describe, expect, it } from 'vitest';
import { readBenchProbes } from '../../../test/helpers/bench-probes.js';
import { CRISIS_LINE } from './crisis-line.js';
import { triageDetail } from '../triage.js';
import { readWarningSigns, warningSignsCombine } from './self-harm-reader.js';

interface Probe {
  id: string;
  expect: 'emergency' | 'not-emergency';
  text: string;
}
const probes: Probe[] = readBenchProbes<Probe>('triage-s24-warning-signs-probes.jsonl');
const signs = probes.filter((p) => p.expect === 'emergency');
const nearMisses = probes.filter((p) => p.expect === 'not-emergency');

describe('suicide warning signs combined (#19, s24)', () => {
  it('has both halves', () => {
    expect(signs.length).toBeGreaterThanOrEqual(20);
    expect(nearMisses.length).toBeGreaterThanOrEqual(20);
  });
  it.each(signs.map((p) => [p.id, p.text]))('%s: emergency with the crisis line', (_id, text) => {
    const d = triageDetail(text, { locale: /[\u4e00-\u9fff]/.test(text) ? 'zh-CN' : 'en-US' });
    expect(d.level).toBe('emergency');
    expect(CRISIS_LINE.test(d.message)).toBe(true);
  });
  it.each(nearMisses.map((p) => [p.id, p.text]))('%s: no two warning signs combine', (_id, text) => {
    expect(warningSignsCombine(readWarningSigns(text))).toBe(false);
  });
  it('two acts of one type are one sign: a will and a pet given away need a second type', () => {
    expect(readWarningSigns('finished my will and gave the dog to my sister')).toEqual(['affairs']);
    expect(warningSignsCombine(['affairs'])).toBe(false);
    expect(warningSignsCombine(['affairs', 'method'])).toBe(true);
  });
  it('context signs never combine among themselves', () => {
    expect(warningSignsCombine(['means', 'shutIn', 'ownUse', 'reachingOut', 'resolve'])).toBe(false);
  });
  it('a gun for the farm is read away, the same purpose in doubting quotes is not', () => {
    expect(readWarningSigns('He bought a shotgun for the farm.')).toEqual([]);
    expect(readWarningSigns("He bought a shotgun 'for the farm'.")).toEqual(['means']);
  });
});

// Review s24 (/work/coord/reviews-s24/triage.md R3-R17) and the fix's own probes, bench/triage-s24-signs-fix-probes.jsonl:
// a method question whose everyday subject (contraception, a piercing, labour, a tattoo, a blood test, 胃镜, 拔牙, 耳洞) is
// named anywhere in the message, a "how much … stops your heart" about coffee or bananas the writer takes as food, and a
// will made for an ordinary reason beside a gun long kept are no pair; the signs beside them still are.
interface FixProbe {
  id: string;
  src: string;
  expect: 'emergency' | 'not-emergency';
  text: string;
  knownMiss?: string;
}
const fixProbes: FixProbe[] = readBenchProbes<FixProbe>('triage-s24-signs-fix-probes.jsonl');

describe('warning signs: the review s24 over-reach (#19)', () => {
  const near = fixProbes.filter((p) => p.expect === 'not-emergency');
  const fire = fixProbes.filter((p) => p.expect === 'emergency' && !p.knownMiss);
  it('has both halves', () => {
    expect(near.length).toBeGreaterThanOrEqual(20);
    expect(fire.length).toBeGreaterThanOrEqual(10);
  });
  it.each(near.map((p) => [p.id, p.text]))('%s: no two warning signs combine', (_id, text) => {
    expect(warningSignsCombine(readWarningSigns(text))).toBe(false);
  });
  it.each(near.filter((p) => p.src.startsWith('review')).map((p) => [p.id, p.text]))('%s: no emergency and no crisis line', (_id, text) => {
    const d = triageDetail(text, {});
    expect(d.level).not.toBe('emergency');
    expect(CRISIS_LINE.test(d.message)).toBe(false);
  });
  it.each(fire.map((p) => [p.id, p.text]))('%s: the signs still combine', (_id, text) => {
    expect(warningSignsCombine(readWarningSigns(text))).toBe(true);
  });
  it('a gun long kept pairs with distress, not with affairs alone; one bought pairs with both', () => {
    expect(readWarningSigns('I keep an old pistol from the army.')).toEqual(['meansKept']);
    expect(warningSignsCombine(['affairs', 'meansKept'])).toBe(false);
    expect(warningSignsCombine(['burden', 'meansKept'])).toBe(true);
    expect(warningSignsCombine(['affairs', 'means'])).toBe(true);
  });
  it('an everyday subject outside the question sentence reads the method away; a pet given away does not', () => {
    expect(readWarningSigns("I'm getting my ears pierced tomorrow. Which is the least painful way?")).toEqual([]);
    expect(readWarningSigns('Which is the least painful way, I gave my cat to my neighbour')).toContain('method');
  });
});
