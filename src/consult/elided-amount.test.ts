import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../models/backend.js';
import { amountsTaken } from './elided-amount.js';
import { nextConsultStep } from './policy.js';

// An amount told as a reply fragment, read in the opening's taking sentence (elided-amount.ts, wired in policy.ts).
// c32-012 was finalised routine: "I took some extra paracetamol…" then "about 24 of the 500mg ones" (55 kg, 19).
function finalLevel(open: string, replies: readonly string[], zh: boolean): string {
  const t: ChatMessage[] = [{ role: 'user', content: open }];
  let s = nextConsultStep(t, { maxTurns: 2 });
  for (let i = 0; i < 5 && s.action === 'ask'; i++) {
    t.push({ role: 'assistant', content: s.text }, { role: 'user', content: replies[i] ?? (zh ? '没有' : 'no') });
    s = nextConsultStep(t, { maxTurns: 2 });
  }
  return s.triage.level;
}

describe('amountsTaken', () => {
  it('reads an amount-only reply sentence after the opening verb, the rest of the opening sentence after it', () => {
    expect(amountsTaken('I took some extra paracetamol last night cos of a bad day. I feel fine now', "about 24 of the 500mg ones. I'm 55kg.")).toEqual([
      'I took about 24 of the 500mg ones, some extra paracetamol last night cos of a bad day.',
    ]);
    expect(amountsTaken('我昨晚吃了一些安眠药，现在头晕', '大概二十片')).toEqual(['我昨晚吃了大概二十片，一些安眠药，现在头晕。']);
  });

  it('reads no bare number, no amount with its own verb or place, no count of kinds, no conditional opening', () => {
    expect(amountsTaken('I took some ibuprofen for my back', '24')).toEqual([]);
    expect(amountsTaken('I took some ibuprofen for my back', "I'm 24")).toEqual([]);
    expect(amountsTaken('I took 2 paracetamol for a headache', '24 left in the box')).toEqual([]);
    expect(amountsTaken('I took my usual pills this morning', 'about 10 different ones')).toEqual([]);
    expect(amountsTaken('What if I took some extra paracetamol by accident?', 'like 20 tablets')).toEqual([]);
    expect(amountsTaken('医生给我开了布洛芬，还没吃', '一共二十粒')).toEqual([]);
    expect(amountsTaken('我吃了两片布洛芬，头还是痛', '药盒里还剩二十片')).toEqual([]);
    expect(amountsTaken('I had a bad day at work', '30 tablets')).toEqual([]);
  });
});

describe('an amount told in a reply fragment (policy)', () => {
  it.each([
    ['I took some extra paracetamol last night cos of a bad day. I feel fine now, is that ok?', "about 24 of the 500mg ones. I'm around 55kg."],
    ["took some of my mum's diazepam after an argument, feeling spaced out", 'about 20 of them'],
    ['I took some co-codamol earlier after a row with my partner', "No. 32 tablets. I'm on my own."],
    ['我吃了些阿普唑仑，想睡一觉', '大概三十片吧'],
  ])('%s → %s is an emergency', (open, reply) => {
    expect(finalLevel(open, [reply], /\p{Script=Han}/u.test(open))).toBe('emergency');
  });

  // The reply's amount reaches the triage only through a rule finding: the learned reader does not read the policy's
  // restated sentence ("I took 2 tablets…" moved it to emergency on word statistics), and the opening's frame holds.
  it.each([
    ['I took some paracetamol for my period pain, is that ok?', '2 tablets'],
    ['I took some paracetamol two days ago for a toothache, still sore', '2 tablets'],
    ['I took some extra paracetamol by mistake, a double dose', '4 tablets'],
    ['Last year I took some extra paracetamol after a breakup, now I am worried about my liver', 'about 24 of the 500mg ones'],
    ['If I took some extra paracetamol would it hurt me?', 'about 20 tablets'],
  ])('%s → %s stays routine', (open, reply) => {
    expect(finalLevel(open, [reply], false)).toBe('routine');
  });
});
