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

// Session 22 (review s21 CU-1/CU-2/CU-6/CU-7/CU-8): one claim per agent, read from its own sentence. Sentences written
// for this test, each with a twin that differs in the one thing the reader must see.
describe('one claim reader per sentence', () => {
  it('reads the claim in any verb form, in zh/yue/en', () => {
    for (const [a, q] of [
      ['Treat heparin overdose with vitamin K.', 'What reverses heparin?'],
      ['Vitamin K works for heparin overdose.', 'Heparin overdose?'],
      ['肝素过量首选维生素K1。', '肝素过量怎么办？'],
      ['肝素過量用維他命K就得。', '肝素過量點算？'],
      ['纳曲酮可以解海洛因中毒。', '海洛因中毒用什么药？'],
      ['Paracetamol overdose: atropine is first-line.', 'Paracetamol overdose?'],
      ['氟馬西尼係鴉片類過量嘅解藥。', '鴉片類過量用咩解？'],
      ['Flumazenil brings them back from a heroin overdose.', 'Heroin overdose.'],
    ] as const) {
      expect(swapped(a, q), a).toBe(true);
    }
    for (const [a, q] of [
      ['Treat heparin overdose with protamine.', 'What reverses heparin?'],
      ['Protamine works for heparin overdose.', 'Heparin overdose?'],
      ['肝素过量首选鱼精蛋白。', '肝素过量怎么办？'],
      ['纳洛酮可以解海洛因中毒。', '海洛因中毒用什么药？'],
      ['納洛酮係鴉片類過量嘅解藥。', '鴉片類過量用咩解？'],
    ] as const) {
      expect(swapped(a, q), a).toBe(false);
    }
  });

  it('pairs each agent with the poison of its own clause', () => {
    expect(swapped('Vitamin K for heroin, naloxone for warfarin.', 'Antidotes for heroin and warfarin?')).toBe(true);
    expect(swapped('Naloxone for heroin, vitamin K for warfarin.', 'Antidotes for heroin and warfarin?')).toBe(false);
    expect(swapped('肝素用维生素K中和，华法林用鱼精蛋白。', '肝素和华法林怎么逆转？')).toBe(true);
    expect(swapped('肝素用鱼精蛋白中和，华法林用维生素K。', '肝素和华法林怎么逆转？')).toBe(false);
  });

  it('borrows the poison before only for a claim, not for keeping or carrying an agent, nor for someone it is kept for', () => {
    const q = "I take warfarin and my son uses heroin. What's the antidote for warfarin, and should we keep Narcan at home?";
    expect(swapped('Vitamin K reverses warfarin. Keep a naloxone kit at home as well, and make sure the family knows how to use it.', q)).toBe(false);
    expect(swapped('华法林过量用维生素K1拮抗。家里最好也备着纳洛酮喷雾，并教会家人使用。', '家里要备纳洛酮吗？')).toBe(false);
    expect(
      swapped('Acetylcysteine is the antidote for paracetamol overdose. Glucagon is the rescue injection every type 1 diabetic should carry.', 'Paracetamol.'),
    ).toBe(false);
    expect(swapped('Acetylcysteine is the usual treatment. For paracetamol overdose the rescue injection is glucagon.', 'Paracetamol.')).toBe(true);
    // The sentence's own poison in lay words: sleeping tablets, oxy pills.
    const dad = 'My dad took too many of his warfarin and his sleeping tablets.';
    expect(swapped('Vitamin K reverses the warfarin. His sleeping tablets can be reversed with flumazenil in hospital if needed.', dad)).toBe(false);
    expect(swapped('Vitamin K reverses the warfarin. His sleeping tablets can be reversed with protamine.', dad)).toBe(true);
    expect(swapped('Acetylcysteine treats paracetamol overdose. If she took her oxy pills as well, naloxone reverses those.', 'Paracetamol.')).toBe(false);
  });

  it('reads a negation only where it governs the claim', () => {
    for (const a of [
      'Never give flumazenil for a heroin overdose.',
      '唔好用氟馬西尼解海洛英中毒。',
      '氟馬西尼唔可以解海洛英中毒。',
      'It is naloxone, not flumazenil, that reverses heroin.',
      'Protamine is no use for warfarin; vitamin K reverses it.',
    ]) {
      expect(swapped(a, 'Heroin or warfarin overdose?'), a).toBe(false);
    }
    for (const a of [
      "Don't wait: vitamin K reverses heparin.",
      'Give vitamin K to reverse heparin no later than one hour after the bleed starts.',
      '唔使驚，氟馬西尼可以解海洛英中毒。',
      'No need to wait — protamine reverses warfarin.',
    ]) {
      expect(swapped(a, 'Heparin, heroin or warfarin?'), a).toBe(true);
    }
  });

  it('folic acid is no methotrexate rescue, and is everyday care beside methotrexate', () => {
    expect(swapped('The cure for a methotrexate overdose is folic acid.', 'Methotrexate overdose?')).toBe(true);
    expect(swapped('用叶酸片口服解救。', '甲氨蝶呤过量用什么解救？')).toBe(true);
    expect(swapped('The cure for a methotrexate overdose is folinic acid.', 'Methotrexate overdose?')).toBe(false);
    expect(swapped('Folic acid is given once a week with methotrexate to reduce its side effects.', 'I take methotrexate for RA.')).toBe(false);
    expect(swapped('吃甲氨蝶呤的同时每周补充叶酸，可以减轻副作用。', '类风湿吃甲氨蝶呤要补叶酸吗？')).toBe(false);
  });
});
