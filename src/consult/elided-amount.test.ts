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

  // Review s27 (S2): each was routine or urgent before 5570222b and an emergency with a suicide-risk flag after it.
  it.each([
    // A course over days: the amount is a total of doses, not one act.
    ['我这几天一直在吃布洛芬，牙疼', '大概二十片'],
    ['我这周每天都吃了布洛芬，膝盖疼', '一共二十片'],
    ['我吃了一周的感冒药，还是咳嗽', '二十多片'],
    ['I took some paracetamol over the last three days for flu', 'about 20 of them'],
    // A past act, also when a later clause of its sentence turns to now.
    ['I took an overdose of paracetamol 5 years ago and now I worry about my liver', 'about 30 of them'],
    ['I took some extra paracetamol 5 years ago and now I worry about my liver', 'about 30 of them'],
    ["I took an overdose of my antidepressants when I was 17, I'm 30 now and fine", 'about 40 of them'],
    // "took" not as swallowing.
    ['I took my sleeping pills with me on holiday', '30 of them'],
    ["I took my son's paracetamol with us on holiday", 'about 20 of them'],
    ['I took back the leftover paracetamol to the pharmacy', 'about 30 of them'],
    ['I took my old medicines back to the pharmacy for disposal', 'about 50 tablets'],
    ['I took a picture of my tablets, there are', '30 of them'],
    ['I took a prescription for amitriptyline to the chemist', '30 of the 10mg ones'],
    // Unnamed herbal medicine, and a decoction drunk.
    ['我吃了中药，感觉有点恶心', '三十粒'],
    ['我喝了中药，感觉有点拉肚子', '三十粒'],
  ])('%s → %s is not one act now', (open, reply) => {
    expect(amountsTaken(open, reply)).toEqual([]);
  });

  it('still reads one act told with a pain word, a count in words, and no number where a count should be', () => {
    expect(amountsTaken('I took some ibuprofen for my back pain', 'about 40 of them')).toEqual(['I took about 40 of them, some ibuprofen for my back pain.']);
    expect(amountsTaken('I took some paracetamol', 'twenty four tablets')).toEqual(['I took twenty four tablets, some paracetamol.']);
    expect(amountsTaken('I took some paracetamol', 'a few of them')).toEqual([]);
    // "with her", "out of", "to the" not as carrying or handing in: still one act.
    expect(amountsTaken('My 15 year old daughter took some paracetamol after a fight with her boyfriend', '16 of them I think')).toHaveLength(1);
    expect(amountsTaken('I took some pills out of desperation', 'about 30 of them')).toHaveLength(1);
    expect(amountsTaken('I took some paracetamol before going to the gym', 'about 30 of them')).toHaveLength(1);
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
    ['我这几天一直在吃布洛芬，牙疼', '大概二十片'],
    ['I took an overdose of paracetamol 5 years ago and now I worry about my liver', 'about 30 of them'],
    ['I took my sleeping pills with me on holiday', '30 of them'],
    ['I took back the leftover paracetamol to the pharmacy', 'about 30 of them'],
  ])('%s → %s stays routine', (open, reply) => {
    expect(finalLevel(open, [reply], /\p{Script=Han}/u.test(open))).toBe('routine');
  });
});
