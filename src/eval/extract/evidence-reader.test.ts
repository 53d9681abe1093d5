// The structured reader behind the statement reader: sentences of our own (not from any blind batch), read through
// readChoiceAnswer as the eval harness and the RL exam verifier do.
import { describe, expect, it } from 'vitest';
import { letterContext, readChoiceAnswer } from './final-answer.js';
import { readEvidence, readSentences } from './evidence-reader.js';

const opts = { A: 'Heparin', B: 'Warfarin', C: 'Alteplase', D: 'Aspirin' };
const read = (out: string, multi = false, options: Record<string, string> = opts) => readChoiceAnswer(out, { options, multi }).value;

describe('answers buried in prose', () => {
  it('reads the option letter the last committed sentence names', () => {
    expect(read('Thrombolysis is time-critical here. Within the window you give alteplase (C), after imaging excludes bleeding.')).toBe('C');
    expect(read('溶栓窗内首选静脉溶栓，对应C，同时要排除出血。')).toBe('C');
    expect(read('先考虑过A，但患者有出血倾向。所以应该是C而不是A。')).toBe('C');
  });
  it('reads the option text when no letter is written, only in the closing sentence', () => {
    expect(read('The clot is fresh and the patient is inside the window.\n\nI would give alteplase.')).toBe('C');
    expect(read('Aspirin comes later. The clot needs lysis first, and the window is still open, so this is about timing')).toBeNull();
  });
  it('never reads a question or a rejected option as the answer', () => {
    const ctx = letterContext({ options: opts });
    expect(readEvidence('Thrombolysis first. Could it be warfarin (B)?', ctx).value).toBeNull();
    expect(readEvidence('Aspirin (D) is not enough on its own; heparin (A) would not dissolve the clot either.', ctx).value).toBeNull();
  });
});

describe('label/value lines, tables and verdict layouts', () => {
  it('reads a short label followed only by letters', () => {
    expect(read('Reasoning above.\n\nPicked: c', false)).toBe('C');
    expect(read('Both anticoagulants qualify.\n\nRight ones: A & B', true)).toBe('AB');
    expect(read('| Step | Finding |\n|---|---|\n| Imaging | no bleed |\n| Choice | C |')).toBe('C');
  });
  it('reads one verdict line per option on a multi-answer item', () => {
    const out = 'A - true, an anticoagulant.\nB - true, also one.\nC - false, a thrombolytic.\nD - false, an antiplatelet.';
    expect(read(out, true)).toBe('AB');
  });
  it('takes the complement when every option but the named ones is meant', () => {
    expect(read('Thinking about what dissolves or prevents clots here.\n\nEverything listed except D is used in the first hour.', true)).toBe('ABC');
  });
});

describe('hedges and broken answers are no answer', () => {
  it('a later sentence leaving a choice open between options', () => {
    expect(read('The answer is C.\n\nBut the onset time is unknown, so honestly it is either C or A.')).toBeNull();
  });
  it('a reply cut off inside its list of letters, or before it commits', () => {
    expect(read('正确答案为A、B、', true)).toBeNull();
    expect(read('The clot is fresh, and alteplase (C) is what fits, but first the')).toBeNull();
  });
  it("a letter written with another option's text", () => {
    expect(read('Answer: B (Alteplase)')).toBeNull();
    expect(read('Answer: C (Alteplase)')).toBe('C');
  });
  it('doubt in the closing paragraph', () => {
    expect(read('Alteplase (C) fits the window. It depends on the imaging, though.')).toBeNull();
  });
  it('an answer stated with a value that is no option is not replaced by a letter from the prose', () => {
    expect(read('Answer: F\n\nAlteplase (C) is what the guideline gives.')).toBeNull();
    expect(read('答案：3（即C. 溶栓）')).toBe('C');
  });
});

describe('sentence model', () => {
  it('marks option-walk labels as no stance and negations as rejections', () => {
    const ctx = letterContext({ options: opts });
    const s = readSentences('A. Heparin: to be weighed.\nWarfarin rather than C.', ctx);
    expect(s[0].mentions.find((m) => m.letter === 'A' && m.kind === 'letter')?.polarity).toBe(0);
    expect(s[1].mentions.find((m) => m.letter === 'C')?.polarity).toBe(-1);
    expect(readEvidence('Vitamin D and hepatitis B are unrelated here.', ctx).value).toBeNull();
  });
});

describe('sets, modifiers and contrasts', () => {
  it('letters joined by a slash are a set on a multi-answer item and a hedge on a single-answer one', () => {
    expect(read('Answer: A/B', true)).toBe('AB');
    expect(read('Answer: A/B', false)).toBeNull();
  });
  it('a letter that modifies the noun after it is no option', () => {
    const ctx = letterContext({ options: { A: '葡萄球菌', B: '链球菌', C: '病毒' } });
    expect(readEvidence('最常见的病原体为A组链球菌，对应B。', ctx, false).value).toBe('B');
  });
  it('what comes before a contrast is superseded by what follows it', () => {
    expect(read('One could think of heparin (A) at first, but the clot needs lysis, which is alteplase (C).')).toBe('C');
  });
  it('"All of the above." with no such option names every option on a multi-answer item', () => {
    expect(read('All of the above. Each one acts on clotting in some way.', true)).toBe('ABCD');
  });
  it('options named by their text, then a remark about them after a comma', () => {
    expect(read('正确的是肝素和华法林，二者都是抗凝药。', true, { A: '肝素', B: '华法林', C: '阿替普酶', D: '阿司匹林' })).toBe('AB');
  });
  it('"cannot pick" after two options defended is no answer', () => {
    expect(read('Both A and B are defensible here; but B (Warfarin) is also cited often. Without more context I cannot pick one.')).toBeNull();
  });
});

describe('verdict tables and marked rows', () => {
  it('a table whose first cell is an option text and another cell a yes/no verdict', () => {
    const out =
      '| Drug | Class | Anticoagulant? |\n|---|---|---|\n| Heparin | indirect thrombin inhibitor | Yes |\n| Warfarin | vitamin K antagonist | Yes |\n| Alteplase | thrombolytic | No |\n| Aspirin | antiplatelet | No |';
    expect(read(out, true)).toBe('AB');
  });
  it('a table with a letter column where one row carries a mark', () => {
    const out =
      '| 选项 | 药物 | 评价 |\n|---|---|---|\n| A | 肝素 | 抗凝 |\n| B | 华法林 | 起效慢 |\n| C | 阿替普酶 | √ 时间窗内首选 |\n| D | 阿司匹林 | 抗血小板 |';
    expect(read(out, false, { A: '肝素', B: '华法林', C: '阿替普酶', D: '阿司匹林' })).toBe('C');
  });
  it('rows opened by a check or a cross mark, even with a remark that sounds unsure', () => {
    const out =
      'Anticoagulants:\n\n✅ A. Heparin — yes\n✅ B. Warfarin — yes (depends on INR monitoring)\n❌ C. Alteplase — lyses, does not prevent\n❌ D. Aspirin — antiplatelet\n\nMarked ones are right.';
    expect(read(out, true)).toBe('AB');
  });
});

describe('options left open and replies that stop early', () => {
  it('"probably B, but it could be D" leaves two options open', () => {
    expect(read('A clot on imaging — probably warfarin (B), but it could be D if the scan is old.')).toBeNull();
  });
  it('a list of letters cut off at "and", and a walk that stops at a bare label', () => {
    expect(read('Both anticoagulants fit.\n\nAnswer: A, B, and', true)).toBeNull();
    expect(read('先看题干。\n\n下面逐一分析各选项：\nA.')).toBeNull();
  });
  it('a leading option line taken back by a closing that cannot decide', () => {
    expect(read('A — heparin, to stop the clot growing.\n\nThough if lysis is meant, C fits too. Hard to say which one is wanted.')).toBeNull();
  });
});

describe('a letter glossed with its opposite sibling', () => {
  // 不/非/无 begin option names (不稳定型, 非小细胞, 无症状): a gloss said exactly as another option is that option, even
  // when the letter's own text sits inside it (review s18 S8: these were credited to the written letter).
  const angina = { A: '稳定型心绞痛', B: '不稳定型心绞痛', C: '急性心肌梗死', D: '变异型心绞痛' };
  const lung = { A: '小细胞肺癌', B: '非小细胞肺癌', C: '肺结核', D: '肺炎' };
  const drugs = { A: '比索洛尔', B: '硝酸甘油', C: '呋塞米', D: '除颤' };
  it('gives no credit when the gloss is another option', () => {
    expect(read('答案：A——不稳定型心绞痛', false, angina)).toBeNull();
    expect(read('答案：A（不稳定型心绞痛）', false, angina)).toBeNull();
    expect(read('答案：A——非小细胞肺癌', false, lung)).toBeNull();
    expect(read('答案：C——硝酸甘油', false, drugs)).toBeNull();
  });
  it('credits a letter glossed with its own option, and a set-aside', () => {
    expect(read('答案：B——不稳定型心绞痛', false, angina)).toBe('B');
    expect(read('答案：B——非小细胞肺癌', false, lung)).toBe('B');
    expect(read('答案：A——比索洛尔', false, drugs)).toBe('A');
    expect(read('答案：D——除颤', false, drugs)).toBe('D');
    expect(read('答案：C——不是硝酸甘油', false, drugs)).toBe('C');
  });
});
