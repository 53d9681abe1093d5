import { describe, expect, it } from 'vitest';
import { deniesWhatWasAsked, readReplyClauses } from './asked-denial.js';

const denied = (asked: string, reply: string, patientIsOther = false): boolean => deniesWhatWasAsked([{ asked: [asked], reply }], { patientIsOther });
const answers = (asked: string, reply: string, patientIsOther = false): string[] => readReplyClauses([asked], reply, { patientIsOther }).map((x) => x.answer);

describe('a denial answers the question that was asked', () => {
  it('reads denials of the asked signs, in English, Mandarin, traditional characters and Cantonese', () => {
    expect(denied('Any fever, falls or drowsiness?', "No, no fever, no falls, she's not drowsy, no weakness anywhere", true)).toBe(true);
    expect(denied('眼睛有没有疼、视力下降、怕光，或是外伤？', '视力跟平时差不多；不疼不红；没撞过')).toBe(true);
    // 不會頭暈 and 沒有出血 are denials once read in their reading form (the shared sign reader read 不会头晕 as dizziness).
    expect(answers('有没有出血？头晕晕倒？', '不會頭暈；沒有出血也沒有肚子痛')).toEqual(['denies-asked', 'denies-asked']);
    expect(answers('有没有头痛、呕吐？', '佢話唔係點頭痛，冇嘔。', true)).toEqual(['denies-asked', 'denies-asked']);
    expect(denied('Any redness or swelling of the skin, fever?', "the skin around isn't red or swollen. no fever")).toBe(true);
  });

  it('keeps a list under its denial ("No fever, stiff neck or rash")', () => {
    expect(denied('Any fever, stiff neck or a rash that does not fade?', 'No fever, stiff neck or rash')).toBe(true);
  });

  it('reads a negated vital function and an inability as findings, not denials (review s34 b28 b38 b44 b55 b61 b62)', () => {
    expect(denied('有没有胸痛、发烧、嘴唇发紫？', '不发烧，嘴唇也不紫。就是他没法躺平，一晚上没睡，只能趴在桌子上', true)).toBe(false);
    expect(denied('有没有胸痛、发烧？', '没有胸痛，也不发烧。就是他现在只能坐着，一躺下就憋醒', true)).toBe(false);
    expect(denied('有冇發燒？', '冇發燒，佢今日一啖水都冇飲過，成日冇去過廁所，手腳凍冰冰', true)).toBe(false);
    expect(denied('Any fever, falls or drowsiness?', "No fever. She hasn't had anything to drink for two days and hasn't weed since yesterday", true)).toBe(
      false,
    );
    expect(denied('Any fever or blood in the urine?', "No fever. I've only got one kidney and I haven't weed at all since this morning")).toBe(false);
    expect(denied('Any fever or blood in the urine?', "No fever. I can't pee at all, been trying for hours, nothing comes out")).toBe(false);
    expect(denied('Is she alert?', '叫極都唔醒', true)).toBe(false);
    expect(denied('Is he alert and responsive?', "He's not really responding to me", true)).toBe(false);
    expect(denied('Any trouble breathing?', "can't breathe properly")).toBe(false);
    expect(denied('Any trouble breathing?', 'No trouble breathing')).toBe(true);
  });

  it("reads a denial per person: the writer's own denial is not the patient's, and another's \"he has\" is a yes (review s34 b32)", () => {
    expect(answers('有没有胸痛、发烧、嘴唇发紫？', '我没有胸痛，他有，说压得很紧', true).slice(0, 2)).toEqual(['someone-else', 'yes']);
    expect(denied('有没有胸痛、发烧、嘴唇发紫？', '我没有胸痛，他有，说压得很紧', true)).toBe(false);
    expect(denied('Any chest pain?', "I don't have chest pain but he does", true)).toBe(false);
  });

  it('keeps an unknown, a sign worded by its negation and an asked sign described without a negation', () => {
    expect(denied('Any fever?', "Not that I know of, I haven't taken her temperature", true)).toBe(false);
    expect(denied('Any fever or bleeding?', "No fever but the bleeding won't stop")).toBe(false);
    expect(denied('有没有发烧发冷、腰一侧疼？', '没见血；中午有些发冷，震了一阵')).toBe(false);
    expect(denied('体重下降？有没有出血？', '体重掉了1公斤；没有出血')).toBe(false);
  });

  it('reads new findings beside a denial (self-probes, session 35): unsteady, disoriented, not recognising, blue lips', () => {
    const q = 'Any fever, chest pain, confusion or trouble breathing?';
    const zq = '有没有发烧、胸痛、意识不清或呼吸困难？';
    expect(denied(zq, '冇發燒，佢行路唔穩', true)).toBe(false);
    expect(denied(q, "No fever, no chest pain. He doesn't know where he is", true)).toBe(false);
    expect(denied(zq, '不发烧，不过他认不出我了', true)).toBe(false);
    expect(denied(q, 'No, none of that. Her lips look a bit blue though', true)).toBe(false);
    expect(denied(q, 'No chest pain, no fever, no breathing trouble')).toBe(true);
  });

  it('needs a denial of something asked: no reply, or replies that deny nothing asked, are no denial', () => {
    expect(deniesWhatWasAsked([], { patientIsOther: false })).toBe(false);
    expect(denied('Any fever?', 'It has been creeping up over a few years')).toBe(false);
  });
});
