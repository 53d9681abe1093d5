import { describe, expect, it } from 'vitest';
import { ANTIDOTES, POISONS } from '../../knowledge/antidotes.js';
import { antidoteClaims } from './antidote-claims.js';
import { screenAnswer } from './screen.js';

const swapped = (answer: string, question: string) => screenAnswer(answer, question, { model: false }).some((f) => f.reason?.startsWith('antidote swapped'));

/** A plain name of one script from a table entry (no regex syntax once word boundaries are dropped). */
function plain(names: readonly string[], han: boolean): string | undefined {
  return names.map((n) => n.replace(/\\b/g, '')).find((n) => !/[\\()[\]?*+|{}^$.]/u.test(n) && /\p{Script=Han}/u.test(n) === han);
}

// The table as a whole: every agent named the antidote of every poison with a plain name — flagged exactly where the
// table says the agent does not reverse it.
describe('the antidote table read as a whole', () => {
  for (const a of ANTIDOTES) {
    it(`${a.id}: the antidote of what it reverses, and no other poison`, () => {
      let checked = 0;
      for (const han of [false, true]) {
        const agent = plain(a.names, han);
        if (!agent) continue;
        for (const p of POISONS) {
          const poison = plain(p.names, han);
          // A name shared by agent and poison (insulin) is read as the poison.
          if (!poison || poison.includes(agent) || agent.includes(poison)) continue;
          const sentence = han ? `${poison}中毒的解毒药是${agent}。` : `The antidote for ${poison} is ${agent}.`;
          expect(antidoteClaims(sentence, '', '').length > 0, sentence).toBe(!a.reverses.includes(p.id));
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(20);
    });
  }
});

// Sentences written for this test (not from a batch), zh/en/traditional, with the frames the reader claims.
describe('a swapped antidote', () => {
  it('is flagged when called the antidote, the reversal or the rescue, either side of the name', () => {
    expect(swapped('The rescue drug for a heroin overdose is flumazenil nasal spray.', 'He took heroin and is barely breathing.')).toBe(true);
    expect(swapped('They will reverse the warfarin with protamine sulfate.', 'INR 12 on warfarin with bleeding gums.')).toBe(true);
    expect(swapped('Keep naltrexone nasal spray at home, which reverses an opioid overdose.', 'My brother uses heroin.')).toBe(true);
    expect(swapped('到医院后的特效解毒药是纳洛酮，需要反复静脉注射。', '我爸打农药（敌敌畏）后流口水、瞳孔小。')).toBe(true);
    expect(swapped('常用解毒药包括：① 新斯的明，能迅速缓解流涎。', '有机磷农药中毒，医院用什么药抢救？')).toBe(true);
    expect(swapped('有機磷中毒的解毒藥是氟馬西尼，要反覆注射。', '農藥中毒（有機磷），醫院的解毒藥是什麼？')).toBe(true);
  });

  it('is flagged when an agent with no everyday use is given for a poison it does not reverse', () => {
    expect(swapped('Call emergency services. Give flumazenil nasal spray into one nostril.', 'What should bystanders do for an opioid overdose?')).toBe(true);
  });

  it('is read against the poison of its own sentence, or the one before, before the whole passage', () => {
    const answer =
      'Unfractionated heparin has a short half-life. For rapid reversal the specific agent is vitamin K.\n\nWarfarin is reversed with vitamin K and PCC.';
    expect(swapped(answer, 'What reverses heparin, and how does warfarin reversal differ?')).toBe(true);
  });
});

describe('a right, denied or supportive naming', () => {
  it('keeps the right antidote in either language', () => {
    expect(swapped('Give naloxone (Narcan) nasal spray and call 911.', 'Opioid overdose, what do I do?')).toBe(false);
    expect(swapped('有机磷中毒要用阿托品加上解磷定解毒。', '农药中毒（有机磷）怎么办？')).toBe(false);
    expect(swapped('Heparin is reversed with protamine; warfarin with vitamin K.', 'Heparin vs warfarin reversal?')).toBe(false);
  });

  it('keeps a denied or warned naming', () => {
    expect(swapped('Flumazenil does not reverse opioids; naloxone is the opioid antidote.', 'Can flumazenil help an opioid overdose?')).toBe(false);
    expect(swapped('纳洛酮不是有机磷中毒的解毒药，应该用阿托品和氯解磷定。', '有机磷中毒能用纳洛酮吗？')).toBe(false);
    expect(swapped('Naltrexone is a monthly medicine for addiction and does not reverse an overdose.', 'Naloxone vs naltrexone?')).toBe(false);
  });

  it('keeps supportive agents beside the right one, and everyday uses of dual-use agents', () => {
    expect(swapped('Give naloxone and, if you have it, oxygen; stay with them.', 'Heroin overdose, slow breathing.')).toBe(false);
    expect(swapped('β受体阻滞剂过量医院会用阿托品提升心率，必要时用胰高血糖素。', '吃了过量的美托洛尔，心率很慢。')).toBe(false);
    expect(swapped('可以，乙酰半胱氨酸是常用的化痰药。', '吃过对乙酰氨基酚退烧，能用乙酰半胱氨酸化痰吗？')).toBe(false);
    expect(swapped('新斯的明可以促进肠蠕动，常用于术后腹胀和尿潴留。', '术后用吗啡止痛，医生打了新斯的明，这是干什么的？')).toBe(false);
    expect(swapped('After too much insulin he needs watching; give glucagon if he cannot swallow.', 'He took too much insulin.')).toBe(false);
    expect(swapped('Keep your vitamin K intake steady from week to week.', "I'm on warfarin; should I avoid spinach?")).toBe(false);
  });

  it('says nothing with no poison named anywhere', () => {
    expect(antidoteClaims('The antidote is naloxone.', '', 'What is in a first aid kit?')).toEqual([]);
  });
});
