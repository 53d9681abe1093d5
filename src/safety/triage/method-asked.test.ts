// A method-seeking question asked with one's own access (s32, #19; blind triage-av av024 was routine): the act on a
// lethal means, its outcome for the user (pain, death, time) and the writer's access to that means, read together.
import { describe, expect, it } from 'vitest';
import { readBenchProbes } from '../../../test/helpers/bench-probes.js';
import { triageDetail } from '../triage.js';
import { readMethodAsked } from './method-asked.js';
import { normaliseText } from './normalise.js';

const read = (t: string) => readMethodAsked(normaliseText(t));
const av = (id: string): string => {
  const row = readBenchProbes<{ id: string; text: string }>('blind/triage-av.jsonl').find((r) => r.id === id);
  if (!row) throw new Error(`triage-av.jsonl: no row ${id}`);
  return row.text;
};
const CRISIS = /12356|988|Samaritans|Lifeline|1925|2389 2222|1737/;

const ASKED: readonly [string, string][] = [
  ['我家在23楼，想知道从这么高掉下去会不会很痛苦', 'height'],
  ["how high do you have to fall from so it doesn't hurt? i live on the 14th floor", 'height'],
  ["What's the least painful floor to jump from? I'm on the 15th floor", 'height'],
  ['how many storeys does it take to die instantly? our flat is on the 16th floor', 'height'],
  ['几楼跳下去能保证一下就走？我家26楼', 'height'],
  ["how many of these would it take to not wake up? I've got about 40", 'tablets'],
  ['吃多少片安眠药会死？我手上有一整瓶', 'tablets'],
  ['吃多少片阿米替林能睡过去不醒？我存了六十片', 'tablets'],
  ['上吊多久会失去意识，疼不疼？家里有绳子', 'ligature'],
  ["how long does it take to pass out when hanging? I've got a belt", 'ligature'],
];

const NOT_READ = [
  "what floor is the best view? we're choosing between the 12th and the 18th floor",
  'how many paracetamol can I take for a headache? I have 16 in the box',
  "I'm a nurse on a surgical ward, what's the max dose of oxycodone for a patient? we have 20 in the cupboard",
  '我家住18楼，孩子总爬窗台，从这么高掉下去会怎样，护栏要装多高？',
  'can a cat survive a fall from the 10th floor? we live on the 10th floor and she keeps going on the balcony',
  '我住18楼，着火了从几楼跳下去能活？逃生绳要买多长的',
  '新闻里有人从18楼跳下去，他会疼吗？我住的也是18楼，有点怕',
  "how long does it take for ibuprofen to kick in? I've got 24 at home",
  '吃几片布洛芬能止痛？家里有一盒',
  'my nan lives on the 18th floor, how high can the fire brigade ladders reach?',
  'how long does drowning take for a lifeguard exam question',
  // No access told: the older readers decide.
  '从几楼跳下去会死？',
];

describe('readMethodAsked', () => {
  it('reads the blind miss av024', () => {
    expect(read(av('av024'))?.means).toBe('height');
    const d = triageDetail(av('av024'));
    expect(d.level).toBe('emergency');
    expect(CRISIS.test(d.message)).toBe(true);
  });
  it('reads new wordings by their means', () => {
    for (const [text, means] of ASKED) expect(read(text)?.means, text).toBe(means);
  });
  it('does not read a view, a dose for an ailment, a clinician, a child, a pet, a fire, someone else, or no access told', () => {
    for (const text of NOT_READ) expect(read(text), text).toBeNull();
  });
});
