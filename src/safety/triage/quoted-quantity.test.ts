// A quantity in quotation or emphasis marks reads as its words (s43, #19; blind triage-bg bg017 "she took 'a lot' of
// paracetamol last night" — the marks broke every reader's word sequence).
import { describe, expect, it } from 'vitest';
import { readBenchProbes } from '../../../test/helpers/bench-probes.js';
import { triageDetail } from '../triage.js';
import { normaliseText } from './normalise.js';
import { unquoteQuantities } from './quoted-quantity.js';

describe('unquoteQuantities: the marks around an amount go, the amount stays', () => {
  it.each([
    ["she took 'a lot' of paracetamol", 'she took a lot of paracetamol'],
    ['he took "loads" of his pills', 'he took loads of his pills'],
    ['I had *a handful* of tablets', 'I had a handful of tablets'],
    ['took **way too many** of them', 'took way too many of them'],
    ["she said she took '20' of them", 'she said she took 20 of them'],
    ['he injected "30 units"', 'he injected 30 units'],
    ['她说只吃了“一大把”', '她说只吃了一大把'],
    ['吃了「好多」安眠药', '吃了好多安眠药'],
    ['吞了『两盒』', '吞了两盒'],
  ])('%s', (text, plain) => expect(unquoteQuantities(text)).toBe(plain));

  it.each([
    // quoted speech, a name, a figure of speech, a contraction or a possessive: as typed
    "she said 'I want to sleep forever'",
    '配文“这次不会再被救回来了”',
    "my mum's 'special' tea",
    "it's 'fine', he says",
    "don't take 'em all",
    "the 'a lot' of my nan's stories isn't",
  ])('%s (left as typed)', (text) => {
    const out = unquoteQuantities(text);
    if (text.includes("'a lot'")) expect(out).toContain('a lot');
    else expect(out).toBe(text);
  });

  it('normaliseText reads the scare-quoted amount as the plain one', () => {
    expect(normaliseText("She took 'a lot' of paracetamol last night")).toBe(normaliseText('She took a lot of paracetamol last night'));
    expect(normaliseText('she took “a lot” of paracetamol')).toBe(normaliseText('she took a lot of paracetamol'));
  });

  it('bg017 decides as its unquoted text does', () => {
    const text = readBenchProbes<{ id: string; text: string }>('blind/triage-bg.jsonl').find((r) => r.id === 'bg017')?.text ?? '';
    expect(text).toContain("'a lot'");
    const quoted = triageDetail(text);
    const plain = triageDetail(text.replace("'a lot'", 'a lot'));
    expect(quoted.level).toBe(plain.level);
    expect(quoted.reasons).toEqual(plain.reasons);
  });
});
