import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { readBareCounts } from './bare-count.js';
import { withMedicineClass } from './ingestion.js';

// Session 38 (#19, blind bc001): an amount taken told as a bare count, its unit left to the medicine named elsewhere.
// Own probes: bench/triage-counts-s38-self-probes.jsonl (bare-count, bare-count-lookalike).
const counts = (t: string) => readBareCounts(withMedicineClass(t)).map((c) => c.count);

describe('a bare count taken of a medicine named elsewhere', () => {
  it.each([
    ["whats the most paracetamol u can take before it does damage. asking bc I've had about 30 since lunch, starting to feel sick", 30],
    ["is ibuprofen bad for your stomach? I've taken like 25 since this morning", 25],
    ['got through about 16 of his co-codamol since this morning', 16],
    ['布洛芬一次最多能吃多少？我今天下午到现在已经吃了二十几个了', 21],
    ['必理通食得太多會點？我今日食咗廿幾粒', 21],
    ['我刚刚吞了差不多二十个安眠药', 20],
  ] as const)('%s → %s', (text, n) => {
    expect(counts(text)).toEqual([n]);
  });

  it.each([
    ["I've been on paracetamol for my back, 2 tablets four times a day, so I've had about 30 over this week"],
    ['I take 30 mg of mirtazapine at night'],
    ['My usual sertraline dose is 50, I took my 50 this morning'],
    ['I took 20 today, my usual citalopram'],
    ['citalopram 20mg - I have already taken 20, can I drink?'],
    ["I've had about 30 emails from the pharmacy since lunch"],
    ['I had about 30 paracetamol in the drawer, are they still ok?'],
    ['can I take paracetamol after drinking? had about 12 since lunch'],
    ['if I had about 20 paracetamol since lunch would that be bad?'],
    ['my dog had about 12 of my ibuprofen since lunch'],
    ['我吃了二十几年的降压药了'],
    ['吃了二十多个饺子，然后吃了胃药'],
    ['布洛芬每次吃一片，这个月一共吃了大概二十片'],
  ] as const)('%s → none', (text) => {
    expect(counts(text)).toEqual([]);
  });

  it('is an overdose with the crisis line (past early childhood)', () => {
    const d = triageDetail(
      "whats the most paracetamol u can take before it does damage. asking bc I've had about 30 since lunch, starting to feel sick. not that it really matters",
    );
    expect(d.level).toBe('emergency');
    expect(d.reasons).toContain('deliberate-overdose');
    expect(d.contributions.crisisLine).not.toBeNull();
  });
});

describe('review s38 S2: what is counted is no medicine, or the count is spread over days', () => {
  it.each([
    ["I've had about 15 since lunch — the cough sweets, not the tablets. is that too much menthol?"], // tp-b21
    ["I'm on paracetamol for a fever. my son has had about 12 since lunch — the jelly babies I mean — is that bad for his teeth?"], // tp-b33
    ['back pain is awful, been on ibuprofen — had about 20 of them in the last 4 days, is that ok for my stomach?'], // tp-b06
  ] as const)('%s → none', (text) => {
    expect(counts(text)).toEqual([]);
  });
  it("I've had about 30, the paracetamol I mean, since this morning. feel sick → still read (tp-a05)", () => {
    expect(counts("I've had about 30, the paracetamol I mean, since this morning. feel sick")).toEqual([30]);
  });
});
