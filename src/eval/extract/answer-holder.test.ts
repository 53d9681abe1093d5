// Session 30 (#16/#18): who holds a letter, read at sentence level (answer-holder.ts). Rows of the s29 reviews'
// probes (bench/extract-s29-*-review-probes.jsonl) in capital and lower case, new wordings written for the design, and
// blind rows (bench/blind) whose committed answers must keep reading.
import { describe, expect, it } from 'vitest';
import { caseBound, letterHolder } from './answer-holder.js';
import { readChoiceAnswer } from './final-answer.js';

const stemi = {
  A: 'Observation and repeat ECG in 6 hours',
  B: 'CT head',
  C: 'Aspirin and primary PCI',
  D: 'Oral warfarin',
  E: 'Discharge with antacids',
};
const dm = { A: '胰岛素', B: '二甲双胍', C: '格列本脲', D: '阿卡波糖' };
const read = (text: string, options: Record<string, string> = stemi) => readChoiceAnswer(text, { options, multi: false }).value;
const holder = (text: string, letter = 'C') => letterHolder(text, text.lastIndexOf(letter));

describe('letterHolder: a report, a supposed case or a doubt in the letter’s sentence', () => {
  it('another person and a verb of saying, thinking or choosing, with any punctuation between', () => {
    expect(holder("my friend said, it's C.")).toBe('reported');
    expect(holder('he told me: just pick C.')).toBe('reported');
    expect(holder('My cousin, who is a nurse, said it’s C.')).toBe('reported');
    expect(holder('according to my tutor, it’s C.')).toBe('reported');
    expect(holder('when in doubt pick C, that’s what my tutor says.')).not.toBe('writer');
    expect(holder('我同桌说选C')).toBe('reported');
    expect(holder('他啊 选 C')).toBe('reported');
  });
  it('a supposed case before the letter or named after it, and doubt', () => {
    expect(holder("if i had to guess, it's C.")).toBe('supposed');
    expect(holder('如果血糖很高的话 选 C')).toBe('supposed');
    // A case named with the letter is caseBound: a rival beside another letter, not a supposition alone.
    expect(caseBound('It’s B. D if contraindicated.', 'It’s B. D if contraindicated.'.lastIndexOf('D'))).toBe(true);
    expect(holder('If she is stable, C.')).toBe('writer');
    expect(holder('idk, it’s C.')).toBe('doubted');
    expect(holder('不知道呢 选 C')).toBe('doubted');
  });
  it('the writer holds it after a turn, speaking for themselves, adopting it, or concluding from what was said', () => {
    expect(holder('My friend said B, but it’s C.')).toBe('writer');
    expect(holder('My friend said B; I think it’s C.')).toBe('writer');
    expect(holder('My tutor said C and I agree.')).toBe('writer');
    expect(holder('His wife says he collapsed at dinner, so the answer is C.')).toBe('writer');
    expect(holder('If it were me, C.')).toBe('writer');
    expect(holder('如果是我的话，选C')).toBe('writer');
    expect(holder('老师说选C，我也觉得是C')).toBe('writer');
  });
});

describe('readChoiceAnswer: a letter the writer does not hold is never credited, capital or lower case', () => {
  it('s29 review probes (fix review ry…, first review rx…) read null in both cases', () => {
    for (const t of [
      "my friend said, it's C.",
      'he told me: just pick C.',
      "if i had to guess, it's C.",
      "my attending's take: it's C.",
      'my friend: "it\'s C."',
      'i was told, just pick C.',
      "total guess, i'd say c.",
      "it's C. D in pregnancy.",
      "i'd go with C. D if contraindicated.",
      "so it's C. if contraindicated, D.",
      "it's C. for the elderly, B.",
      "if i had to guess i'd pick C.",
      'our attending always says just pick C.',
    ])
      expect(read(t), t).toBeNull();
    for (const t of ['他啊 选 C', '我室友觉得吧 选 C', '老师认为的 选 C', '不知道呢 选 C', '要是他的话 选 C', '如果血糖很高的话 选 A'])
      expect(read(t, dm), t).toBeNull();
  });
  it('new wordings: reports, guesses and rivals for another case', () => {
    for (const t of ['My lab partner reckons C.', 'Per my study group: C.', 'Apparently the answer key says C.', 'Wild guess — C.', 'He swears it’s C.'])
      expect(read(t), t).toBeNull();
    expect(read('Answer is C. B if there’s head trauma.')).toBeNull();
    expect(read('I’d go with C. In pregnancy, D.')).toBeNull();
    expect(read('it’s C, but D otherwise')).toBeNull();
    for (const t of ['我表哥觉得是C', '要是让我瞎猜，选C', '佢话C']) expect(read(t, dm), t).toBeNull();
  });
  it('committed answers keep reading', () => {
    expect(read('My friend said B, but it’s C.')).toBe('C');
    expect(read('My tutor said C and I agree.')).toBe('C');
    expect(read('The patient said the pain started 40 minutes ago, so C.')).toBe('C');
    expect(read('She thinks it’s indigestion, but with ST elevation the answer is C.')).toBe('C');
    expect(read('If I had to pick one, C.')).toBe('C');
    expect(read('Answer: A, then B if the CT is negative')).toBe('A');
    expect(read("they'd say it's c. i'd say d.")).toBe('D');
    expect(read('If it were me, C.')).toBe('C');
    expect(read('If she is stable, C.')).toBe('C');
    expect(read('If you’re asking about first-line, C.')).toBe('C');
    expect(read('Perhaps surprisingly, the answer is C.')).toBe('C');
    expect(read('如果是我的话，选B', dm)).toBe('B');
    expect(read('同学说选A，我觉得是B', dm)).toBe('B');
    expect(read('我的话，会选A。', dm)).toBe('A');
    // What was said ends with its clause: the letter in the main clause is the writer's.
    expect(read('Although many people pick B, the answer is C.')).toBe('C');
    expect(read('She said the pain is crushing, which points to STEMI: C.')).toBe('C');
    expect(read('有同学认为选A，其实应该选B', dm)).toBe('B');
    expect(read('老师上课讲过，这种情况首选二甲双胍，选B', dm)).toBe('B');
    expect(read('The senior resident told us, without hesitation: C.')).toBeNull();
  });
  it('blind rows (in-sample) whose committed answer sits beside a frame word keep it', () => {
    // xai-059, xt-053, xw-128: a forced pick after hedging; xaf-116: "My selections:"; xd-004: "My initial answer is E".
    expect(read('Both have a case. But if I’m forced to pick one for an exam, it’s C: aspirin and PCI now.')).toBe('C');
    expect(read('I’d acknowledge reasonable people might debate this, but if I have to commit to one answer: **D**.')).toBe('D');
    expect(read('Either is defensible. If I must pick one: D.')).toBe('D');
    expect(read('My initial answer is E. Let me double-check the others. Yes, E.')).toBe('E');
    // xaa-005: a topic marked by 的话 is no supposed case; xaj-046: 主要是 is not 要是.
    expect(read('中度脱水的话……应该是C吧，80到100ml/kg', dm)).toBe('C');
  });
});
