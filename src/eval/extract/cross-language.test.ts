// Session 18: an answer written in the other language from the options is read through language-free atoms
// (option-names.ts optionByAtoms over knowledge/term-atoms.ts clinicalAtoms): an equal reading of the whole name, one
// option only, never an overlap. Items and replies of our own, written before running them, not from any batch; the
// no-credit half are the shapes this reading could wrongly credit — a sibling named (小细胞 vs 鳞状细胞), a partial name,
// a negation, two names (a hedge), an answer off the list, a word the lexicon does not know.
import { describe, expect, it } from 'vitest';
import { clinicalAtoms } from '../../knowledge/term-atoms.js';
import { readChoiceAnswer } from './final-answer.js';
import { optionByAtoms } from './option-names.js';

const lungZh = { A: '腺癌', B: '小细胞癌', C: '鳞状细胞癌', D: '大细胞癌', E: '类癌' };
const electrolyteEn = { A: 'Hypokalaemia', B: 'Hyperkalaemia', C: 'Hyponatraemia', D: 'Hypercalcaemia', E: 'Hypomagnesaemia' };
const thyroidEn = { A: 'Primary hypothyroidism', B: 'Secondary hypothyroidism', C: 'Primary hyperthyroidism', D: 'Subclinical hypothyroidism' };
const liverZh = { A: '肝性脑病', B: '肝肾综合征', C: '自发性细菌性腹膜炎', D: '上消化道出血', E: '原发性肝癌' };
const herniaZh = { A: '腹股沟直疝', B: '腹股沟斜疝', C: '股疝', D: '脐疝' };
const heartEn = { A: 'Ventricular septal defect', B: 'Atrial septal defect', C: 'Right ventricular hypertrophy', D: 'Overriding aorta' };
const read = (out: string, options: Record<string, string>, multi = false) => readChoiceAnswer(out, { options, multi }).value;

describe('clinical atoms read a name the same in both languages', () => {
  it.each([
    ['squamous cell carcinoma', '鳞状细胞癌'],
    ['hyperkalemia', '高钾血症'],
    ['primary hypothyroidism', '原发性甲状腺功能减退症'],
    ['hepatic encephalopathy', '肝性脑病'],
    ['indirect inguinal hernia', '腹股沟斜疝'],
    ['atrial septal defect', '房间隔缺损'],
  ] as const)('%s = %s', (en, zh) => expect(clinicalAtoms(en).atoms).toEqual(clinicalAtoms(zh).atoms));
  it('a sibling is another reading', () => {
    expect(clinicalAtoms('small cell carcinoma').atoms).not.toEqual(clinicalAtoms('鳞状细胞癌').atoms);
    expect(clinicalAtoms('hypokalemia').atoms).not.toEqual(clinicalAtoms('高钾血症').atoms);
    expect(clinicalAtoms('ventricular septal defect').atoms).not.toEqual(clinicalAtoms('房间隔缺损').atoms);
  });
  it('the examination reader is unchanged: a clinical word stays unknown there', async () => {
    const { termAtoms } = await import('../../knowledge/term-atoms.js');
    expect(termAtoms('hernia').unknownWords).toEqual(['hernia']);
  });
});

describe('an answer in the other language names its option', () => {
  it.each([
    ['Central mass, heavy smoker, hypercalcaemia from PTHrP.\n\nFinal answer: squamous cell carcinoma.', lungZh, 'C'],
    ['Cavitating central lesion in a smoker.\n\nAnswer: squamous cell carcinoma', lungZh, 'C'],
    ['Peaked T waves, wide QRS after ACE inhibitor plus spironolactone.\n\n答案：高钾血症。', electrolyteEn, 'B'],
    ['长期利尿剂，肌无力、U波。\n\n结论：低钾血症。', electrolyteEn, 'A'],
    ['TSH升高、FT4降低，无垂体病变。\n\n答案：原发性甲状腺功能减退症', thyroidEn, 'A'],
    ['Confusion, asterixis, raised ammonia after a variceal bleed.\n\nAnswer: hepatic encephalopathy.', liverZh, 'A'],
    ['Bulge lateral to the inferior epigastric vessels, descends into the scrotum.\n\nFinal answer: indirect inguinal hernia.', herniaZh, 'B'],
    ['胸骨左缘第2肋间收缩期杂音，第二心音固定分裂。\n\n所以答案是：房间隔缺损。', heartEn, 'B'],
  ] as const)('%s', (out, options, want) => expect(read(out, options)).toBe(want));
});

describe('no credit: a sibling, a part, a denial, two names, an answer off the list', () => {
  it.each([
    // a sibling option named in the other language
    ['Final answer: small cell carcinoma.', lungZh, 'B'],
    // a partial name: two options share it
    ['Final answer: carcinoma.', lungZh, null],
    ['Final answer: cell carcinoma.', lungZh, null],
    // names two options: a hedge
    ['Final answer: squamous cell carcinoma or small cell carcinoma.', lungZh, null],
    ['答案：高钾血症或低钾血症。', electrolyteEn, null],
    // a denial of the option
    ['Final answer: not squamous cell carcinoma.', lungZh, null],
    ['答案：不是高钾血症。', electrolyteEn, null],
    // an answer off the list
    ['Final answer: mesothelioma.', lungZh, null],
    ['答案：高磷血症。', electrolyteEn, null],
    ['答案：继发性甲状腺功能亢进症', thyroidEn, null],
    ['Answer: hepatorenal failure.', liverZh, null],
    ['Final answer: femoral artery aneurysm.', herniaZh, null],
    ['答案：室间隔缺损合并肺动脉狭窄。', heartEn, null],
    // direction reversed
    ['Answer: hypokalaemia.', { A: '高钾血症', B: '高钠血症', C: '低钠血症', D: '高钙血症' }, null],
    // organ changed
    ['Final answer: hepatic carcinoma.', lungZh, null],
    // unknown words: no reading
    ['Final answer: squamous cell carcinoma of the tonsil.', lungZh, null],
    ['Final answer: probably squamous, though small cell is possible.', lungZh, null],
    // a question back, not an answer
    ['Is it squamous cell carcinoma? I cannot tell without histology.', lungZh, null],
    // doubt only
    ['Could be squamous cell carcinoma, could be adenocarcinoma — I cannot decide.', lungZh, null],
    ['可能是高钾血症，也可能是低钙，不好说。', electrolyteEn, null],
  ] as const)('%s', (out, options, want) => expect(read(out, options)).toBe(want));
});

describe('optionByAtoms alone', () => {
  const texts = (o: Record<string, string>) => new Map(Object.entries(o));
  it('needs every option in the other language', () => {
    expect(optionByAtoms('squamous cell carcinoma', texts({ ...lungZh, F: 'Squamous metaplasia' }))).toBeNull();
  });
  it('a name in the options own language is not its job', () => {
    expect(optionByAtoms('鳞状细胞癌', texts(lungZh))).toBeNull();
  });
  it('a single atom is not a name', () => {
    expect(optionByAtoms('hernia', texts({ A: '疝', B: '骨折' }))).toBeNull();
  });
  it('two options read the same: neither', () => {
    expect(optionByAtoms('indirect inguinal hernia', texts({ A: '腹股沟斜疝', B: '斜腹股沟疝' }))).toBeNull();
  });
});

// A letter glossed by a short name (after a dash or in brackets) that is another option's, in either language, is two
// answers (evidence-reader.ts mismatchedLetters). The credit half: a gloss naming the letter's own option, a remark that
// mentions another option, a hyphen inside an option's own text, a list item on the next line.
describe('a letter and the name written with it', () => {
  const diuretic = { A: 'Spironolactone', B: 'Hydrochlorothiazide', C: 'Acetazolamide', D: 'Furosemide IV', E: 'Mannitol' };
  it.each([
    ['Loop diuretic needed now.\n\nFinal answer: B — IV furosemide', diuretic, null],
    ['Loop diuretic needed now.\n\nFinal answer: B (mannitol)', diuretic, null],
    ['肺癌中央型、吸烟。\n\n最终答案：B — squamous cell carcinoma', lungZh, null],
    ['Loop diuretic needed now.\n\nFinal answer: D — IV furosemide', diuretic, 'D'],
    ['Loop diuretic needed now.\n\nFinal answer: D (furosemide)', diuretic, 'D'],
    ['Loop diuretic needed now.\n\nFinal answer: D — unlike hydrochlorothiazide, it acts within minutes.', diuretic, 'D'],
    ['Loop diuretic needed now.\n\nFinal answer: D — not mannitol, which expands volume.', diuretic, 'D'],
    ['中央型、吸烟、高钙。\n\n最终答案：C — squamous cell carcinoma', lungZh, 'C'],
    [
      'Answer: A, B, D\n\n- Warfarin: embryopathy\n- Lisinopril: fetal renal toxicity',
      { A: 'Warfarin', B: 'Lisinopril', C: 'Methyldopa', D: 'Isotretinoin', E: 'Labetalol' },
      'ABD',
    ],
  ] as const)('%s', (out, options, want) => expect(read(out, options, want !== null && want.length > 1)).toBe(want));
  it('a hyphen inside an option text is no gloss', () => {
    const dic = { A: '血小板计数升高', B: '凝血酶原时间延长', C: '纤维蛋白原升高', D: '3P试验阳性', E: 'D-二聚体升高' };
    expect(read('【答案】BDE\n【解析】3P试验阳性、D-二聚体升高。', dic, true)).toBe('BDE');
  });
});

describe('a finding told in parts, and salt forms', () => {
  const vitals = {
    A: '血压下降，脉搏增快，呼吸急促',
    B: '血压升高，脉搏缓慢，呼吸深慢',
    C: '血压升高，脉搏增快，呼吸急促',
    D: '体温骤降，脉搏细速',
  };
  it.each([
    ['Raised ICP gives the Cushing reflex.\n\n→ Answer: blood pressure rises, pulse slows, breathing becomes deep and slow.', vitals, 'B'],
    ['Answer: blood pressure rises, pulse quickens, breathing becomes rapid.', vitals, 'C'],
    ['Answer: blood pressure rises, pulse slows.', vitals, null],
    ['Answer: blood pressure rises or falls, pulse slows, breathing becomes deep and slow.', vitals, null],
    ['Answer: blood pressure rises, pulse slows, breathing becomes irregular.', vitals, null],
  ] as const)('%s', (out, options, want) => expect(read(out, options)).toBe(want));
  it('a salt names its base medicine in the other language', async () => {
    const { synonymNames } = await import('./option-names.js');
    expect(synonymNames('苯妥英钠')).toContain('phenytoin');
    expect(synonymNames('钠')).toEqual([]);
  });
});
