import { describe, expect, it } from 'vitest';
import { readChoiceAnswer } from './final-answer.js';

// Session 38: answers carried by the reply's layout (answer-layout.ts) and by a closing modal statement
// (modal-replacement.ts), and a complete verdict column against a stated answer (letter-labels.ts).
const ranson = {
  A: 'Age >55 years',
  B: 'WBC >16,000/mm3',
  C: 'Serum amylase >1000 U/L',
  D: 'Blood glucose >200 mg/dL',
  E: 'LDH >350 IU/L',
  F: 'AST >250 IU/L',
};
const gi = { A: 'Boerhaave syndrome', B: 'Mallory-Weiss tear', C: 'Esophageal varices', D: 'Peptic ulcer' };
const tb = { A: '异烟肼', B: '左氧氟沙星', C: '利福平', D: '阿米卡星', E: '吡嗪酰胺' };
const ap = { A: '阿司匹林', B: '氯吡格雷', C: '华法林', D: '肝素', E: '硝酸甘油' };
const read = (reply: string, options: Record<string, string>, multi = false, question?: string) => readChoiceAnswer(reply, { options, multi, question });

describe('letters written down the page under an answer header are one answer', () => {
  it('reads the whole column, not its first row (extract-ar xar-122)', () => {
    const yaml = 'answer:\n  - A\n  - B\n  - D\n  - E\n  - F\nreasoning: Amylase is not part of the Ranson criteria.';
    expect(read(yaml, ranson, true)).toMatchObject({ value: 'ABDEF', how: 'column' });
    // On a one-answer item a column of several letters is several answers, never its first row.
    expect(read('selected:\n - A\n - B', gi, false)).toMatchObject({ value: null, status: 'several-for-single' });
  });

  it('leaves look-alikes as the readers read them', () => {
    // The offered list restated under "Options:" is no answer (s26c-031).
    expect(read('Options:\nA\nB\nC\nD', gi, true).how).not.toBe('column');
    // A later statement after the column decides.
    expect(read('Answer:\n- A\n- D\nActually, final answer: D only.', ranson, true).value).toBe('D');
    // Rows that discuss each option (a verdict after the letter) are no column.
    expect(read('Answer:\n- A: yes\n- C: no, amylase is not a criterion\n- D: yes\nSo A and D.', ranson, true).how).not.toBe('column');
  });
});

describe('a "Q: … / A: …" dialogue: the "A:" is its answer label, never option A', () => {
  it('reads what follows the label (extract-ar xar-118)', () => {
    const reply =
      'Q: A 50-year-old man vomits bright red blood after heavy drinking and retching. Most likely diagnosis?\nA: Mallory-Weiss tear (mucosal laceration at the GE junction). Boerhaave is a full-thickness rupture.';
    expect(read(reply, gi).value).toBe('B');
    expect(read('Q: What is the antidote?\nA: C', gi).value).toBe('C');
  });

  it('keeps option rows that follow a restated question', () => {
    expect(read('Q: haematemesis after retching\nA: Boerhaave syndrome\nB: Mallory-Weiss tear\nC: Varices\nD: Ulcer\nAnswer: B', gi).value).toBe('B');
  });
});

describe('a closing modal statement with a letter set alone is the answer', () => {
  it('reads "应为ABD" after a correction (extract-aq xaq-086, extract-ak xak-053)', () => {
    expect(read('ABCD——不对，C错了，大量颗粒管型是急性肾小管坏死的表现。应为ABD。', ap, true).value).toBe('ABD');
    expect(read('答案：AC\n\n补充：吡嗪酰胺也是一线药，刚才漏掉了，应为ACE。', tb, true)).toMatchObject({ value: 'ACE', how: 'modal' });
    expect(read('原答案C有误，应为ABD', ap, true).value).toBe('ABD');
  });

  it('does not read a condition, a third party, a measurement or a doubted statement', () => {
    expect(read('如果是耐药结核，应为BD。本题问一线药，答案：ACE。', tb, true).value).toBe('ACE');
    expect(read('很多题库说应为ABE，但硝酸甘油不是抗血小板药，答案：AB。', ap, true).value).toBe('AB');
    expect(read('题库答案写的是AC，我觉得应为ACE吧？不太确定。', tb, true).value).toBeNull();
    expect(read('应为AB，或者ABE，看教材版本。', ap, true).value).toBeNull();
    expect(read('答案：AB。华法林的INR目标应为2～3。', ap, true).value).toBe('AB');
  });
});

describe('a complete verdict column against the stated answer', () => {
  it('a stated answer taking in a letter its own marks cross is no answer', () => {
    expect(read('A√ B√ C× D× E×\n答案：ABC', ap, true, '下列属于抗血小板药物的是')).toMatchObject({ value: null, why: 'letter-marked-wrong' });
    expect(read('A√ B√ C× D× E×\n答案：AB', ap, true, '下列属于抗血小板药物的是').value).toBe('AB');
    // The answer names exactly what the marks crossed: they judged another polarity (s37 review xp-b07).
    expect(read('Teratogenic?\nA ✓\nB ✓\nC ✗\nD ✓\nSo C is the safe one.', gi).value).toBe('C');
    // A correction after the marks takes them back (s27 t017).
    expect(read('✔ A\n✔ B\n✔ C\n✘ D\n✘ E\n不对，应该是ABCD。', ap, true).value).toBe('ABCD');
    // Marks on some letters only (a side question) do not judge the answer.
    expect(read('A√ B√ C× D×\n答案：ABE', ap, true, '下列属于抗血小板药物的是').value).toBe('ABE');
  });
});

// Review s39 (extract #16): the 12 S1 near-misses of the reviewer's probes (/work/coord/reviews-s39/extract-probes.jsonl)
// and the fix's own new wording of the same classes. Each is read as at START (the modal / dialogue reader steps aside).
const uti = { A: 'Doxycycline', B: 'Ciprofloxacin', C: 'Nitrofurantoin', D: 'Trimethoprim' };
const utiZh = { A: '多西环素', B: '环丙沙星', C: '呋喃妥因', D: '甲氧苄啶' };
const hf = { A: 'Bisoprolol', B: 'Furosemide', C: 'Ramipril', D: 'Spironolactone', E: 'Digoxin' };
const ida = { A: '输红细胞', B: '口服铁剂', C: '注射维生素B12', D: '口服叶酸' };
const dm = { A: '美托洛尔', B: '氨氯地平', C: '赖诺普利', D: '氢氯噻嗪' };
const stemi = { A: '肝素', B: '华法林', C: '阿司匹林', D: '尿激酶' };

describe("review s39: a closing modal clause that is not the writer's last word on its own answer", () => {
  it.each([
    // someone else's modal clause, rejected by the writer
    ['xp-b01', '答案是C。你上一条消息里说：应为D。这不对，甲氧苄啶在孕早期是叶酸拮抗剂。', utiZh, false, 'C'],
    [
      'xp-b02',
      "The answer is A, C and D. A colleague argued that, since spironolactone needs potassium monitoring, it should be A and C. I don't agree with that.",
      hf,
      true,
      'ACD',
    ],
    [
      'xp-b11',
      'Answer: C.\nFunny story — years ago my tutor crossed this out on my paper and wrote: should be D. He was wrong, and the college later fixed its key.',
      uti,
      false,
      'C',
    ],
    ['xp-b27', '答案：ACE。\n我同学说：应为AC。我觉得他漏了。', tb, true, 'ACE'],
    ['o-b03', '答案：ACE。\n我同学说：\n应为AC。\n我觉得他少算了吡嗪酰胺。', tb, true, 'ACE'],
    ['o-b06', "The answer is A, C and D.\nMy colleague's note:\nIt should be A and C.\nThat's not right in my view.", hf, true, 'ACD'],
    // a condition or a scope
    ['xp-b05', 'The answer is C. Now suppose she were in the third trimester. Then it should be D.', uti, false, 'C'],
    ['xp-b06', '答案：B。假设患者是恶性贫血，应为C。', ida, false, 'B'],
    ['xp-b07', '答案：C。\n补充：妊娠期高血压患者，应为B。', dm, false, 'C'],
    ['xp-b24', 'Answer: C (nitrofurantoin, avoiding term).\nNote: under the older 2010 local guideline, it should be D.', uti, false, 'C'],
    ['xp-b25', '故选B。\n注：旧版教材中，应为C。', ida, false, 'B'],
    ['o-b02', '答案是C。\n补充：用药错误风险高的患者，应为D。', utiZh, false, 'C'],
    ['o-b04', 'Answer: C.\nIn the third trimester things differ; it should be D.', uti, false, 'C'],
    ['o-b07', '故选C。\n孕晚期呢？那应为D。', utiZh, false, 'C'],
    // doubt after the clause: no answer, as at START
    ['xp-b08', '异烟肼、利福平肯定是，左氧氟沙星是二线。综合来看，应为ACE。不过我也没把握。', tb, true, null],
    ['xp-b09', "Bisoprolol and ramipril for sure; spironolactone too I think. So it should be A, C and D, though I'm not certain.", hf, true, null],
  ] as const)('%s', (_id, reply, options, multi, want) => {
    expect(read(reply, options, multi).value).toBe(want);
  });

  it("keeps the writer's own corrections", () => {
    expect(read('答案：AC\n刚才漏选了吡嗪酰胺，应为ACE。', tb, true)).toMatchObject({ value: 'ACE', how: 'modal' });
    expect(read("Answer: D. Wait, that's wrong: trimethoprim is a folate antagonist. It should be C.", uti).value).toBe('C');
    expect(read('答案：B。\n更正：\n应为C。', utiZh).value).toBe('C');
    expect(read('佢哋話揀B，我覺得唔啱，應該係D。', utiZh).value).toBe('D');
  });
});

describe('review s39: a dialogue whose "A" row is followed by option rows written "B、"', () => {
  it('xp-b16: the rows restate the options — no answer', () => {
    expect(read('Q：首选哪个？\nA：肝素\nB、华法林\nC、阿司匹林\nD、尿激酶\n信息不足，无法判断。', stemi).value).toBeNull();
  });
});
