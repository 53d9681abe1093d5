// The pick after an estimate (final-answer.ts estimatePick): rows giving each option a percentage, then one option
// picked. Session 28's probes (bench/extract-s28-estimate-pick-probes.jsonl) hold the long list; these cases name the
// design: two signs that agree (the rows' clear top, a pick whose sentence opens with an answer anchor or the
// estimate's top), every blocker scoped to the pick.
import { describe, expect, it } from 'vitest';
import { readChoiceAnswer } from './final-answer.js';

const EN_OPTIONS = {
  A: 'Central retinal vein occlusion',
  B: 'Central retinal artery occlusion',
  C: 'Retinal detachment',
  D: 'Vitreous haemorrhage',
  E: 'Anterior ischaemic optic neuropathy',
};
const ZH_OPTIONS = { A: '急性胆囊炎', B: '急性阑尾炎', C: '输尿管结石', D: '异位妊娠', E: '肠系膜淋巴结炎' };
const DRUGS = { A: 'Adenosine', B: 'Verapamil', C: 'Digoxin', D: 'Procainamide', E: 'Metoprolol' };
const EN_ROWS =
  'Estimated probability each option is the intended answer:\n- A (CRVO): 4% — stormy sunset fundus\n- B (CRAO): 88% — pale retina, cherry-red spot, AF as embolic source\n- C (RD): 3% — curtain, flashes\n- D (VH): 2% — no red reflex\n- E (AION): 3% — swollen disc\n\n';
const ZH_ROWS = '各选项可能性估计：\nA 急性胆囊炎 3%\nB 急性阑尾炎 90%\nC 输尿管结石 3%\nD 异位妊娠 2%\nE 肠系膜淋巴结炎 2%\n\n';
const DRUG_ROWS = '- Adenosine: 3%\n- Verapamil: 2%\n- Digoxin: 2%\n- Procainamide: 88% — slows accessory pathway conduction\n- Metoprolol: 5%\n\n';

const en = (tail: string) =>
  readChoiceAnswer(EN_ROWS + tail, { valid: Object.keys(EN_OPTIONS), options: EN_OPTIONS, multi: false, question: 'Most likely diagnosis?' });
const zh = (tail: string) =>
  readChoiceAnswer(ZH_ROWS + tail, { valid: Object.keys(ZH_OPTIONS), options: ZH_OPTIONS, multi: false, question: '最可能的诊断是？' });

describe('a pick after per-option estimates', () => {
  it.each([
    'Most likely: B.',
    "I'll go with B.",
    'The answer is B.',
    'Final answer: B',
    'Most likely B (Central retinal artery occlusion).',
    'Highest probability: B.',
  ])('reads the top option picked in English: %s', (tail) => {
    expect(en(tail)).toMatchObject({ value: 'B', status: 'ok', how: 'estimate-pick' });
  });

  it.each(['可能性最大：B', '取概率最高者：B', '综上，最可能的是B。', '最可能：B'])('reads the top option picked in Chinese: %s', (tail) => {
    expect(zh(tail)).toMatchObject({ value: 'B', status: 'ok' });
  });

  it('reads option texts as rows and the pick with its own name in brackets', () => {
    const r = readChoiceAnswer(`${DRUG_ROWS}I'll go with D (procainamide).`, {
      valid: Object.keys(DRUGS),
      options: DRUGS,
      multi: false,
      question: 'Preferred drug?',
    });
    expect(r.value).toBe('D');
  });

  it.each([
    ['another option kept open', 'Most likely B, but C is possible.'],
    ['a hedge after the letter', 'Most likely B. Just a guess.'],
    ['a question', 'Most likely B?'],
    ['a condition before the anchor', "If forced, I'd go with B."],
    ['an adverb before the anchor', "Tentatively, I'll go with B."],
    ['someone else picks', 'The student picked B.'],
    ['someone else frames it', 'My friend says most likely B.'],
    ['a negated frame', 'Not the most likely: B.'],
    ['a label that guesses', 'Coin flip: B.'],
    ['a condition before the frame', 'If the disc were normal, most likely B.'],
    ['a negation', "I wouldn't pick B."],
    ['no pick', 'Hard to call without an OCT.'],
    ['a sentence between the rows and the pick', 'Seen one on 1/2 last year. Highest probability: B.'],
  ])('leaves the reply unanswered when %s', (_, tail) => {
    expect(en(tail).value).toBeNull();
  });

  it('leaves a pick of another option than the top to the other readers', () => {
    expect(en("I'll go with C.").how).not.toBe('estimate-pick');
  });

  it.each(['最可能是B，仅供参考。', '最可能的不是B。', '他认为最可能是B。', '如果没有发热，最可能是B。', '猜B。'])(
    'leaves a Chinese reply unanswered: %s',
    (tail) => {
      expect(zh(tail).value).toBeNull();
    },
  );

  it('needs one option clearly ahead: a tie or a close second is no estimate to pick from', () => {
    const tie = 'A: 45%\nB: 45%\nC: 5%\nD: 3%\nE: 2%\n\nMost likely: B.';
    const close = 'A: 5%\nB: 55%\nC: 35%\nD: 3%\nE: 2%\n\nMost likely: B.';
    for (const out of [tie, close]) expect(readChoiceAnswer(out, { valid: Object.keys(EN_OPTIONS), options: EN_OPTIONS, multi: false }).value).toBeNull();
  });

  it('reads nothing on a negative stem or after doubt voiced before the rows', () => {
    const opts = { valid: Object.keys(EN_OPTIONS), options: EN_OPTIONS, multi: false };
    expect(readChoiceAnswer(`${EN_ROWS}Most likely: B.`, { ...opts, question: 'Which is the least likely diagnosis?' }).how).not.toBe('estimate-pick');
    expect(readChoiceAnswer(`I'm not sure about any of this.\n\n${EN_ROWS}Most likely: B.`, opts).how).not.toBe('estimate-pick');
  });

  it('reads nothing when an answer is named before the rows, a row doubts, or the item has several answers', () => {
    const before = `Answer: A.\n\n${EN_ROWS}Most likely: B.`;
    const doubting = EN_ROWS.replace('88%', '88% (honestly not sure)') + 'Most likely: B.';
    for (const out of [before, doubting])
      expect(readChoiceAnswer(out, { valid: Object.keys(EN_OPTIONS), options: EN_OPTIONS, multi: false }).how).not.toBe('estimate-pick');
    expect(readChoiceAnswer(`${EN_ROWS}Most likely: B.`, { valid: Object.keys(EN_OPTIONS), options: EN_OPTIONS, multi: true }).value).not.toBe('B');
  });
});

// Review s28 (/work/coord/reviews-s28/extract.md): its S1 inputs, each credited by 3216be97 and left at the start reading
// now. A pick credited wrongly becomes an RL reward for guessing, a pick missed costs little: estimatePick stays
// conservative — doubt anywhere (modal-reading doubts, OPEN_DOUBT_RE, GUESS_RE), a stem that is not a plain "most likely"
// (asksRejected), text between the rows and the pick, or a top row that is not the pick leaves the reply unanswered.
describe('review s28: estimatePick credits no guess and no wrong letter', () => {
  const MI = { A: 'Aortic dissection', B: 'Pulmonary embolism', C: 'Acute myocardial infarction', D: 'Acute pericarditis', E: 'Tension pneumothorax' };
  const MI_Q = 'A 58-year-old smoker has crushing chest pain for 40 minutes with ST elevation in II, III, aVF. What is the most likely diagnosis?';
  const MI_ROWS = '- A: 5%\n- B: 8%\n- C: 80%\n- D: 5%\n- E: 2%\n';
  const PANC = { A: '急性胰腺炎', B: '急性胆囊炎', C: '消化性溃疡穿孔', D: '急性心肌梗死', E: '肠梗阻' };
  const PANC_Q = '男，45岁，饮酒后上腹剧痛向腰背部放射，血淀粉酶明显升高。最可能的诊断是';
  const ZR = '各选项可能性：\nA. 急性胰腺炎 85%\nB. 急性胆囊炎 6%\nC. 消化性溃疡穿孔 5%\nD. 急性心肌梗死 2%\nE. 肠梗阻 2%\n\n';
  const BARE = 'A 85%\nB 6%\nC 5%\nD 2%\nE 2%\n';
  const read = (options: Record<string, string>, question: string, output: string) =>
    readChoiceAnswer(output, { valid: Object.keys(options), options, multi: false, question });

  it.each([
    ['s006', `${MI_ROWS}\nI'm just guessing.\nMost likely: C.`],
    ['s008', `${MI_ROWS}\nWild guess. Most likely: C.`],
    ['s009', `${MI_ROWS}\nI could be wrong.\nMost likely: C.`],
    ['s010', `${MI_ROWS}\nLow confidence.\nMost likely: C.`],
    ['s011', `${MI_ROWS}\nCould be either of the top two. Most likely: C.`],
    ['s001', `Just guessing here:\n${MI_ROWS}Most likely: C.`],
    ['s002', `Wild guesses:\n${MI_ROWS}Most likely: C.`],
    ['s003', `Rough numbers, low confidence:\n${MI_ROWS}Most likely: C.`],
    ['r035', `Pure guess, no confidence:\n${MI_ROWS}Most likely: C.`],
  ])('doubt in English before the rows or the pick (%s)', (_, output) => {
    expect(read(MI, MI_Q, output).value).toBeNull();
  });

  it.each([
    ['s017', `${ZR}瞎猜的。\n可能性最大：A`],
    ['s018', `${ZR}凭感觉。可能性最大：A`],
    ['s020', `${ZR}仅供参考。\n可能性最大：A`],
    ['s021', `${ZR}说不好。可能性最大：A`],
    ['r080', `${ZR}以上纯属猜测。\n可能性最大：A`],
    ['s013', `瞎猜：\n${BARE}可能性最大：A`],
    ['s014', `凭感觉估计：\n${BARE}可能性最大：A`],
    ['s015', `没有把握，仅供参考：\n${BARE}可能性最大：A`],
    ['s016', `估计不准：\n${BARE}可能性最大：A`],
    ['r097', `纯属猜测：\n${BARE}可能性最大：A`],
  ])('doubt in Chinese before the rows or the pick (%s)', (_, output) => {
    expect(read(PANC, PANC_Q, output).value).toBeNull();
  });

  it.each([
    ['r091', '以下哪项可能性最低？'],
    ['r092', '以下哪项诊断可能性较小？'],
    ['s027', '以下哪项可能性较低'],
    ['s023', '下列哪项最少见？'],
    ['s024', '哪项诊断不太可能？'],
    ['s028', '下列哪项诊断可排除'],
    ['r093', '以下哪项不是该病的表现？'],
    ['r095', '以下除外的是'],
  ])('a Chinese stem that asks for the bottom or the rejected is not answered by the top (%s)', (_, question) => {
    expect(read(PANC, question, `${ZR}可能性最大：A`).value).toBeNull();
  });

  it('an English bottom or EXCEPT stem is not answered by the top (s025, s026, r050), "at least" is no bottom (s029)', () => {
    expect(read(MI, 'Which option is the lowest-probability diagnosis here?', `${MI_ROWS}Most likely: C.`).value).toBeNull();
    expect(read(MI, 'Which is the rarest cause?', `${MI_ROWS}Most likely: C.`).value).toBeNull();
    const except = 'Probability each is a plausible cause:\n- A: 10%\n- B: 15%\n- C: 90%\n- D: 10%\n- E: 5%\nMost likely: C.';
    expect(read(MI, 'All of the following are possible EXCEPT:', except).value).toBeNull();
    const atLeast = 'A patient has at least two risk factors. What is the most likely diagnosis?';
    expect(read(MI, atLeast, `${MI_ROWS}Most likely: C.`)).toMatchObject({ value: 'C', how: 'estimate-pick' });
  });

  it('a "which is wrong" stem whose rows rate each statement true is not answered by the truest (r094)', () => {
    expect(read(PANC, '下列说法错误的是', '各项为正确说法的概率：\nA 90%\nB 10%\nC 5%\nD 5%\nE 5%\n可能性最大：A').value).toBeNull();
  });

  it('a rate of something an option does is no estimate row (r104)', () => {
    const drugs = { A: '二甲双胍', B: '格列本脲', C: '胰岛素', D: '阿卡波糖', E: '吡格列酮' };
    const rates = '- 二甲双胍 胃肠反应发生率：60%\n- 阿卡波糖 胃肠反应发生率：25%\n- 胰岛素 低血糖发生率：10%\n\n可能性最大：A';
    expect(read(drugs, '2型糖尿病，肥胖，肾功能正常，首选的降糖药物是', rates).value).toBeNull();
    const odds = '- 二甲双胍：80%\n- 格列本脲：5%\n- 胰岛素：5%\n- 阿卡波糖：5%\n- 吡格列酮：5%\n\n可能性最大：A';
    expect(read(drugs, '2型糖尿病，肥胖，肾功能正常，首选的降糖药物是', odds).value).toBe('A');
  });

  it('reads 100% as 100: a top row that is not the pick credits nothing (r057, s031)', () => {
    const doses = { A: 'Reduce dose', B: 'Stop drug', C: 'No change', D: 'Switch drug' };
    expect(
      read(doses, 'eGFR 25 on gabapentin. What do you do?', 'Dose as % of normal:\n- A: 50%\n- B: 0%\n- C: 100%\n- D: 20%\nMost likely: A.').value,
    ).toBeNull();
    const tests = { A: 'D-dimer', B: 'CT pulmonary angiography', C: 'Troponin', D: 'Echocardiography', E: 'Chest X-ray' };
    expect(read(tests, 'Which test is most sensitive to rule out PE?', 'Sensitivity:\n- A: 100%\n- B: 60%\n- E: 20%\nMost likely: B.').value).toBeNull();
  });

  // S2: 综合以上 is no concluding opener of the general reader (its stance reading does not see 不符合/既往/母亲/除外), so a
  // closing sentence about another option leaves the final answer standing, as at a6e09e8f.
  it.each([
    ['r108', '综合以上，本例不符合急性心肌梗死。\n\n答案：A'],
    ['s034', '综合以上，本例不符合急性心肌梗死。\n\n最终答案：A'],
    ['r109', '综合以上病史，患者既往有急性胆囊炎，此次为新发。\n\n最终答案：A'],
    ['r110', '综合以上，患者母亲曾患急性心肌梗死，与本题无关。\n\n答案：A'],
    ['s037', '综合以上，可除外急性胆囊炎。\n\n最终答案：A'],
    ['s038', '综合以上，急性胆囊炎可能性小。\n\n最终答案：A'],
    ['s055', '综合以上检查结果，未见心肌梗死证据。\n\n最终答案：A'],
  ])('a final answer after a 综合以上 sentence about another option stands (%s)', (_, output) => {
    expect(read(PANC, PANC_Q, output).value).toBe('A');
  });
});
