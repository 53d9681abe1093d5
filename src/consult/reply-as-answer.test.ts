// A reply read as the patient's answer (reply-as-answer.ts): whose each clause is. Rows: the session-30 review's S2
// replies (bench/consult-s30-review-probes.jsonl d01 b26 a44 a43 d05), gate probes whose START emergency came from another
// adult's clause (s26 u28 u32, s24 a15), and the neighbours the reading must leave alone (s25 r117: "不是我，是我爸").
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../models/backend.js';
import { symptomCarriers } from './facts.js';
import { nextConsultStep } from './policy.js';
import { ownReplyWords, replyFrame } from './reply-as-answer.js';

const own = (opening: string, reply: string): string => ownReplyWords(reply, replyFrame(opening, symptomCarriers(opening)));

describe('whose: a clause of another adult or a fear is no answer of the patient', () => {
  it.each([
    ['怀孕7周，小腹有点痛', '没有，是我妈昨天晕倒了，我担心她', '晕倒'],
    ['7 weeks pregnant and crampy, is the gym ok?', 'no, but my friend fainted at the gym last week', 'fainted'],
    ['生完宝宝两周，头痛', '我婆婆血压170/110，我自己的是125/80', '170/110'],
    ['2 weeks postpartum and I have a headache', "mine wasn't checked, but my husband's was 165/110 yesterday", '165/110'],
    ['2 weeks postpartum, headache', "I took it: 150/95. My mum's was 170/110 last year though", '170/110'],
    ['我头晕', '没有，邻居上周中风了，我有点担心，我自己没事', '中风'],
    ['my chest hurts a little', 'no chest pain now, my dad had a heart attack at 70', 'heart attack'],
  ])('%s / %s: "%s" is left out', (opening, reply, gone) => {
    expect(own(opening, reply)).not.toContain(gone);
  });
  it('keeps the answer word and the chip numbers of a clause left out', () => {
    expect(own('my chest hurts a little', '1. no, my dad had a heart attack 2. yes')).toBe('1. no,  2. yes');
  });

  it.each([
    // The writer named after the other person: the reading or the sign is the writer's.
    ['生完孩子两周，头痛', '老公帮我量了血压170/112', '170/112'],
    ['I have had a headache since the birth', 'my husband took it, 170/112', '170/112'],
    ['I have chest pain', 'she says I went grey and sweaty', 'grey and sweaty'],
    ['6 weeks pregnant, light spotting', 'I told my mum I nearly fainted', 'nearly fainted'],
    // Another person reporting what they see of the patient.
    ['6 weeks pregnant, bleeding', "my partner says it's heavier than yesterday", 'heavier'],
    ['怀孕8周，肚子疼', '我老公说脸色很白，刚才差点晕倒', '脸色很白'],
    // A consultation about someone else, or one that does not say whose: read as written.
    ['My son has a fever', 'he fainted', 'fainted'],
    ['My wife is 7 weeks pregnant and bleeding', 'she nearly fainted', 'nearly fainted'],
    ['my dads ankles have been really swollen this past week or two, hes 80', 'He gets puffed out walking to the shop', 'puffed out'],
    ['My 7 month old has been vomiting since last night', 'She takes a little breast milk then brings some back up', 'brings some back up'],
    ['My 4 year old woke up crying with earache. Do I need antibiotics?', "She's alert, watching cartoons, neck is fine.", 'alert'],
    ['发烧三天', '我妈今年70，她昨天晕倒了', '我妈今年70'],
    // A child's sign is never left out, whoever the consultation is about.
    ['2 weeks postpartum and I have a headache', 'the baby has a fever of 38.5', 'fever of 38.5'],
    // The reply says the patient is someone else.
    ['我头晕', '1、不是我，是我爸 2、有 3、没有', '是我爸'],
    ['I feel dizzy', "not me, it's my dad, he fainted", 'he fainted'],
  ])('%s / %s: "%s" stays', (opening, reply, kept) => {
    expect(own(opening, reply)).toContain(kept);
  });
});

describe("the consultation reads the reply as the patient's answer", () => {
  const run = (opening: string, replies: string[]) => {
    const msgs: ChatMessage[] = [{ role: 'user', content: opening }];
    for (const r of replies) {
      const s = nextConsultStep(msgs, { maxTurns: 2 });
      if (s.action === 'answer') return s;
      msgs.push({ role: 'assistant', content: s.text }, { role: 'user', content: r });
    }
    return nextConsultStep(msgs, { maxTurns: 2 });
  };
  it.each([
    ['怀孕7周，小腹有点痛', ['没有，是我妈昨天晕倒了，我担心她', '没有。']],
    ['7 weeks pregnant and crampy, is the gym ok?', ['no, but my friend fainted at the gym last week', 'No']],
    ['生完宝宝两周，头痛', ['我婆婆血压170/110，我自己的是125/80', '没有。']],
  ])("%s: another adult's sign told in a reply is not the patient's emergency", (opening, replies) => {
    expect(run(opening, replies).triage.level).not.toBe('emergency');
  });
});
