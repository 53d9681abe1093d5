// Intent without the word, session 26 (#19; blind triage-ap ap008): the writer's own medicine saved up over time ("been
// saving up my quetiapine for a few weeks… got enough now", 攒了一个多月的安眠药) beside a bare question of what the end
// feels like ("does it hurt or do you just fall asleep", 会不会痛苦, 睡过去) is an emergency with the crisis line. Each sign
// alone is an everyday sentence, and each is read with its frame: another person's supply, one kept for a purpose, one
// told as history or denied, a question about a tattoo, a coil, an anaesthetic or a dog. Probes written before the code:
// bench/triage-s26-intent-probes.jsonl (kind "sign"; kind "near", each with its result at the start design 133d421).
import { describe, expect, it } from 'vitest';
import { readBenchProbes } from '../../../test/helpers/bench-probes.js';
import { CRISIS_LINE } from '../../../bench/crisis-line.js';
import { triageDetail } from '../triage.js';
import { normaliseText } from './normalise.js';
import { readWarningSigns, warningSignsCombine } from './self-harm-reader.js';

interface Probe {
  id: string;
  kind: 'sign' | 'near';
  text: string;
  /** A sign given up after the review, with why (counted in the notes, not asserted). */
  dropped?: string;
  start: { level: string; crisis: boolean };
}
const probes: Probe[] = readBenchProbes<Probe>('triage-s26-intent-probes.jsonl');
const signs = probes.filter((p) => p.kind === 'sign' && !p.dropped);
const nearMisses = probes.filter((p) => p.kind === 'near');
const signsOf = (text: string) => readWarningSigns(normaliseText(text));

describe('a stockpile beside a question of what dying feels like (#19, s26)', () => {
  it('has both halves', () => {
    expect(signs.length).toBeGreaterThanOrEqual(20);
    expect(nearMisses.length).toBeGreaterThanOrEqual(20);
  });
  it.each(signs.map((p) => [p.id, p.text]))('%s: emergency with the crisis line', (_id, text) => {
    const d = triageDetail(text, {});
    expect(d.level).toBe('emergency');
    expect(CRISIS_LINE.test(d.message)).toBe(true);
  });
  it.each(nearMisses.map((p) => [p.id, p.text]))('%s: the stockpile and the question do not pair', (_id, text) => {
    const s = signsOf(text);
    expect(s.includes('stockpile') && s.includes('dyingAsked')).toBe(false);
  });
  // A near-miss that was neither an emergency nor given the crisis line at the start design stays so.
  it.each(nearMisses.filter((p) => p.start.level !== 'emergency' && !p.start.crisis).map((p) => [p.id, p.text]))(
    '%s: no emergency, no crisis line',
    (_id, text) => {
      const d = triageDetail(text, {});
      expect(d.level).not.toBe('emergency');
      expect(CRISIS_LINE.test(d.message)).toBe(false);
    },
  );
  it('reads each sign with its frame', () => {
    expect(signsOf('been saving up my quetiapine for a few weeks. got enough now I think')).toContain('stockpile');
    // another person's supply, a purpose said, a supply not accumulated, a stockpile denied or told as history
    expect(signsOf('my wife has been saving up her pills for weeks')).not.toContain('stockpile');
    expect(signsOf("I've been saving up my pills for weeks because the pharmacy keeps running out")).not.toContain('stockpile');
    expect(signsOf('我攒了好多钙片')).not.toContain('stockpile');
    expect(signsOf("I haven't been saving up my pills for weeks")).not.toContain('stockpile');
    expect(signsOf('我囤了三个月的降压药，怕到时候买不到')).not.toContain('stockpile');
    // the question bare, or with an object of its own
    expect(signsOf('just want to know if it hurts or if you just fall asleep')).toContain('dyingAsked');
    expect(signsOf('吃下去会不会痛苦？')).toContain('dyingAsked');
    expect(signsOf('does it hurt to inject in the thigh?')).not.toContain('dyingAsked');
    expect(signsOf('Having a coil fitted tomorrow. does it hurt?')).not.toContain('dyingAsked');
    expect(signsOf('Having a general anaesthetic on Friday. Do you just fall asleep?')).not.toContain('dyingAsked');
    expect(signsOf('拔牙会不会疼？')).not.toContain('dyingAsked');
    expect(signsOf('她问漏吃一次会不会难受')).not.toContain('dyingAsked');
  });
  it('pairs only with each other', () => {
    expect(warningSignsCombine(['stockpile', 'dyingAsked'])).toBe(true);
    expect(warningSignsCombine(['stockpile', 'finality'])).toBe(false);
    expect(warningSignsCombine(['dyingAsked', 'ownUse'])).toBe(false);
  });
});

// The independent review of the first design (bench/triage-s26-intent-review-probes.jsonl, 171 probes, exp E intent /
// N near-miss, with START and HEAD results): twelve ordinary side-effect or storage questions (吃了会不会难受 over tablets
// kept at home, expired, bought at a discount, under a doctor's dose; a lyrics label; a question about mum's hip) were
// raised to an emergency. Each intent it fixed stays fixed; no near-miss routine at START is raised.
interface ReviewProbe {
  id: string;
  exp: 'E' | 'N' | 'P';
  text: string;
  start: { level: string; crisis: boolean };
  head: { level: string; crisis: boolean };
}
const review: ReviewProbe[] = readBenchProbes<ReviewProbe>('triage-s26-intent-review-probes.jsonl');

describe('the review probes of the stockpile pair (#19, s26 review)', () => {
  it.each(review.filter((p) => p.exp === 'E' && p.head.level === 'emergency' && p.head.crisis).map((p) => [p.id, p.text]))(
    '%s: intent stays an emergency with the crisis line',
    (_id, text) => {
      const d = triageDetail(text, {});
      expect(d.level).toBe('emergency');
      expect(CRISIS_LINE.test(d.message)).toBe(true);
    },
  );
  it.each(review.filter((p) => p.exp === 'N' && p.start.level !== 'emergency' && !p.start.crisis).map((p) => [p.id, p.text]))(
    '%s: a near-miss quiet at the start stays without an emergency or crisis line',
    (_id, text) => {
      const d = triageDetail(text, {});
      expect(d.level).not.toBe('emergency');
      expect(CRISIS_LINE.test(d.message)).toBe(false);
    },
  );
  it('reads discomfort as the end only of the whole supply, and storage as no stockpile', () => {
    expect(signsOf('吃了会不会难受')).not.toContain('dyingAsked');
    expect(signsOf('一次吃了会不会难受')).not.toContain('dyingAsked');
    expect(signsOf('全部吃了会不会很难受')).toContain('dyingAsked');
    expect(signsOf('吃下去是不是就一睡不醒')).toContain('dyingAsked');
    expect(signsOf('家里存了好几年的药片，过期的')).not.toContain('stockpile');
    expect(signsOf('药店打折，我囤了好几个月的降糖药')).not.toContain('stockpile');
    expect(signsOf('我存了好几个月的安眠药，医生说可以吃半颗')).not.toContain('stockpile');
    expect(signsOf('My mum had her hip replacement yesterday. Was it painful for her, does it hurt?')).not.toContain('dyingAsked');
  });
});
