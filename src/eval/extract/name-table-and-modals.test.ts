// Session 20: a name beside the answer letter read through the bilingual name table (knowledge/clinical-names.ts), and
// the modal read as epistemic or root (modal-reading.ts). Cases from the own probes written before the code
// (/tmp/probes/rl-s20): a brand / abbreviation / other-language / traditional name of the letter's own option is
// credited; another option's is not; an abbreviation that stands for two options is not; a fact told with a root modal
// about a rival keeps the answer; a doubt told with an epistemic modal does not.
import { describe, expect, it } from 'vitest';
import { readChoiceAnswer } from './final-answer.js';
import { epistemicAt } from './modal-reading.js';

const EPI = { A: 'Lorazepam', B: 'Phenytoin', C: 'Valproate', D: 'Phenobarbital' };
const EPIZ = { A: '劳拉西泮', B: '苯妥英钠', C: '丙戊酸钠', D: '苯巴比妥' };
const HFZ = { A: '螺内酯', B: '呋塞米', C: '美托洛尔', D: '地高辛' };
const DX = { A: 'Pulmonary embolism', B: 'Acute respiratory distress syndrome', C: 'Pneumothorax', D: 'Chronic obstructive pulmonary disease' };
const DXZ = { A: '肺栓塞', B: '急性呼吸窘迫综合征', C: '气胸', D: '慢性阻塞性肺疾病' };
const CVZ = { A: '急性ST段抬高型心肌梗死', B: '心房颤动', C: '短暂性脑缺血发作', D: '深静脉血栓形成' };
const PEB = { A: 'Pulmonary embolism', B: 'Pleural effusion', C: 'Pneumonia', D: 'Pneumothorax' };
const CARD = { A: 'Aortic stenosis', B: 'Ankylosing spondylitis', C: 'Mitral regurgitation', D: 'Multiple sclerosis' };

const read = (options: Record<string, string>, text: string) =>
  readChoiceAnswer(text, { valid: Object.keys(options), options, multi: false, question: 'Which is the best answer?' }).value;

describe('a name beside the letter, read through the bilingual name table', () => {
  it.each([
    [EPI, 'Status epilepticus has stopped.\n\nAnswer: C (Depakote)', 'C'],
    [EPI, 'Answer: A (Ativan)', 'A'],
    [DX, 'Bilateral infiltrates after sepsis.\nAnswer: B (ARDS)', 'B'],
    [DX, 'Answer: D, COPD', 'D'],
    [DX, 'Sudden pleuritic pain after a flight.\nAnswer: A (PE)', 'A'],
    [HFZ, '急性肺水肿首选袢利尿剂。\n答案：B（速尿）', 'B'],
    [DXZ, '答案：D（慢阻肺）', 'D'],
    [CVZ, '答案：B（心房顫動）', 'B'],
    [CVZ, '答案：A（STEMI）', 'A'],
    [EPIZ, 'Answer: C (valproate)', 'C'],
  ])('credits its own option: %#', (options, text, want) => expect(read(options, text)).toBe(want));

  it.each([
    [EPI, 'Answer: B (Depakote)'],
    [EPI, 'Answer: B = Depakote'],
    [HFZ, '答案：A（速尿）'],
    [DXZ, '答案：A（慢阻肺）'],
    [DXZ, '答案：D（ＡＲＤＳ）'],
    [CVZ, '答案：A（房顫）'],
    [DX, 'Answer: C (ARDS)'],
    // An abbreviation that stands for two of the options names neither.
    [PEB, 'Answer: A (PE)'],
    [PEB, 'Answer: B (PE)'],
    [CARD, 'Answer: A (AS)'],
    // Review s20 R2: an abbreviation that spells another option's initials stands for it too, listed or not.
    [{ A: 'Coronary heart disease', B: 'Congenital heart disease', C: 'Cardiomyopathy', D: 'Pericarditis' }, 'Answer: A (CHD)'],
    [{ A: 'Acute renal failure', B: 'Acute rheumatic fever', C: 'Nephrotic syndrome', D: 'Endocarditis' }, 'Answer: A (ARF)'],
    [{ A: 'Parkinson disease', B: 'Peritoneal dialysis', C: 'Haemodialysis', D: 'Stroke' }, 'Answer: A (PD)'],
  ])('gives no answer for another option’s name or an ambiguous one: %#', (options, text) => expect(read(options, text)).toBeNull());
});

describe('a modal read as epistemic (doubt) or root (what an option does)', () => {
  it.each([
    [HFZ, '答案：B。A可能导致高钾血症，不宜。', 'B'],
    [EPIZ, '答案：A。D可能引起呼吸抑制。', 'A'],
    [EPIZ, '答案：A。B可能需要较长时间才起效。', 'A'],
    [CVZ, '答案：C。D也可能出现，但表现为下肢肿胀，与本例不符。', 'C'],
    [HFZ, '选 b 吧。A可能升高血钾。', 'B'],
  ])('a fact about a rival keeps the answer: %#', (options, text, want) => expect(read(options, text)).toBe(want));

  it.each([
    [HFZ, '答案：B，D可能才是对的。'],
    [HFZ, '答案：B。但A可能也适用。'],
    [EPIZ, '答案：A，C可能更合适一些。'],
    [EPIZ, '答案：A。不过也可能选C。'],
    [DXZ, '答案：A，C可能有一定道理。'],
    [HFZ, '答案：B，可能A。'],
    [CVZ, '答案：C。D可能也符合。'],
    [DXZ, '答案：A，不过也可能是C。'],
    // Review s20 R1: a hedge the evaluation list does not foresee still weighs — only a verb of what a medicine or a
    // disease does makes 可能 root; 也许/或许 always weigh.
    [HFZ, '也许答案是B。'],
    [HFZ, '可能答案是B吧。'],
    [HFZ, '或许应该选B。'],
    [HFZ, '可能需要选B。'],
    [HFZ, '答案：B。D可能站得住脚。'],
    [HFZ, '选B吧，D可能也没问题。'],
    [HFZ, '答案：B。D也許也能拿分。'],
    [HFZ, '答案：B，不过个人倾向D。'],
  ])('a doubt about the answer leaves none: %#', (options, text) => expect(read(options, text)).toBeNull());

  it('reads the word after the modal and its adverbs', () => {
    const at = (s: string) => epistemicAt(s, s.indexOf('可能') + 2);
    expect(at('D可能引起呼吸抑制')).toBe(false);
    expect(at('D也可能会导致低血糖')).toBe(false);
    expect(at('也可能是D')).toBe(true);
    expect(at('D也可能。')).toBe(true);
    expect(at('D可能更好')).toBe(true);
    expect(at('可能B')).toBe(true);
    expect(at('D可能站得住脚')).toBe(true);
    expect(at('C也可能表现为胸痛')).toBe(false);
  });
});

describe('a lone lower-case letter closing a Chinese clause', () => {
  const VIT = { A: '维生素A', B: 'B族维生素', C: '维生素C', D: '维生素D' };
  it.each([
    ['选 c 吧', 'C'],
    ['答案是c。', 'C'],
    ['选a型血的人更容易', null],
    ['我觉得是 c 型肝炎相关，选D', 'D'],
  ])('%s', (text, want) => expect(read(VIT, text)).toBe(want));
});
