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
    'Seen one on 1/2 last year. Highest probability: B.',
  ])('reads the top option picked in English: %s', (tail) => {
    expect(en(tail)).toMatchObject({ value: 'B', status: 'ok', how: 'estimate-pick' });
  });

  it.each(['可能性最大：B', '取概率最高者：B', '综合以上，最可能的是B。', '最可能：B'])('reads the top option picked in Chinese: %s', (tail) => {
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
