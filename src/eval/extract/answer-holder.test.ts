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

// Review s30 (/work/coord/reviews-s30/extract-review.md, probes extract-probes.jsonl): the S1 class (a letter taken
// back with 'instead' was credited through the closing cue) and the S2 classes (committed answers read null).
describe('review s30: a letter taken back is never credited; a frame removes a letter only where it governs it', () => {
  it('S1: the deciding sentence’s hedge stands, the abandoned closing cue is not read instead', () => {
    expect(read('Pick C. Actually, B instead.')).toBe('B'); // xr-d01
    expect(read('Go with C. On second thought, B instead.')).toBe('B'); // xr-d02
    expect(read('Choose C. Hmm, no. B instead.')).toBe('B'); // xr-d03
    expect(read('Pick C. Actually, scratch that: B instead.')).toBe('B'); // xr-d04
    expect(read('Pick C. Never mind, B instead.')).toBe('B'); // xr-d05
    expect(read('Pick C. Nope: B instead.')).toBe('B'); // xr-d06
    expect(read('Go with A. Actually no, C instead: she’s unstable.')).toBe('C'); // xr-d10
    expect(read('Pick C. Actually, B when you think about the headache.')).toBe('B'); // xr-d32
    // Neither the abandoned letter nor a held one (xr-d13, xr-d14, xr-b051).
    expect(read('Go with C. Apparently it’s B though.')).toBeNull();
    expect(read('Pick C. Wait, if I had to guess, B.')).toBeNull();
    expect(read('Pick C. B instead delays reperfusion.')).not.toBe('B');
    expect(read('The answer is C. Actually, B instead.')).not.toBe('C');
  });
  it('S2: words said, supposed or doubted before a conclusion of the writer’s keep the letter', () => {
    expect(read('The patient’s mom says he ate peanuts so the answer is A.')).toBe('A'); // xr-b010
    expect(read('She wants to breastfeed later so the answer is B.')).toBe('B'); // xr-b029
    expect(read('Like your tutor said, it’s C.')).toBe('C'); // xr-b008
    expect(read('My attending went with C, and that’s my pick too.')).toBe('C'); // xr-b003
    expect(read('I thought about this carefully and the answer is A.')).toBe('A'); // xr-b015
    expect(read('She was told she had PID years ago, so her risk is high: C.')).toBe('C'); // xr-b041
    expect(read('He apparently ate a peanut cookie, so the answer is A.')).toBe('A'); // xr-b013
    expect(read('The key finding that tells you it’s A is the widened QRS.')).toBe('A'); // xr-b019
    expect(read('Answer: C, according to her hemodynamic status.')).toBe('C'); // xr-b045
    expect(read('If I were forced to choose, B.')).toBe('B'); // xr-b034
    expect(read('Even if she were earlier in pregnancy, the answer would still be B.')).toBe('B'); // xr-b031
    expect(read('I have zero doubt it’s A.')).toBe('A'); // xr-b025
    expect(read('She had no idea she was pregnant, and now she’s unstable, so C.')).toBe('C'); // xr-b037
    expect(read('This isn’t a random guess: C is the standard of care.')).toBe('C'); // xr-b060
    expect(read('I’d go with B. A if she weren’t pregnant.')).toBe('B'); // xr-b107
    expect(read('The answer is B. A in pregnancy is contraindicated.')).toBe('B'); // xr-b047
    expect(read('Status epilepticus with IV access, so A. B if seizures continue after two doses.')).toBe('A'); // xr-b106
    expect(read('他妈说他喝了敌敌畏 选A', dm)).toBe('A'); // xr-b084
    expect(read('如果是急性心梗的话，首选C', dm)).toBe('C'); // xr-b075
    expect(read('要是让我选，我选C', dm)).toBe('C'); // xr-b078
    expect(read('万一出现室颤就危险了，先稳定心肌，选A', dm)).toBe('A'); // xr-b093
    expect(read('假设不处理，可能出现室颤，所以首选A', dm)).toBe('A'); // xr-b094
    expect(read('选B，其他药物不能随便用于孕妇', dm)).toBe('B'); // xr-b081
    expect(read('我上面说了，选C', dm)).toBe('C'); // xr-b071
  });
  it('the gains stay: reports, suppositions and doubt that govern the letter', () => {
    expect(read('My attending swears by C for this one.')).toBeNull(); // xr-a03
    expect(read('Apparently it’s A.')).toBeNull(); // xr-a23
    expect(read('If I were to guess, C.')).toBeNull(); // s30h-006
    expect(read('The answer is A according to my study group.')).toBeNull(); // xr-a38
    expect(read('要是让我猜的话，B', dm)).toBeNull(); // xr-a62
    expect(read('如果要我猜的話，B', dm)).toBeNull(); // xr-a76
    expect(read('假如肾功能不全的话，选D', dm)).toBeNull(); // s30h-024
    expect(read('我妈说选C', dm)).toBeNull(); // s30h-067
  });
});
