// Session 22 (#16, review s21 R-OLD-1/R-OLD-2/R-NEW-2): on a drug-choice item the answer's letter and the medicine named
// beside it are ONE commitment (medicine-commitment.ts). Each row is one of the probes written before the code
// (/tmp/probes/rl-s22: probes, probes2, probes3) — a letter with another molecule, a hedge naming a second option or
// medicine — beside its harmless twin (the same reply committing cleanly, or a remark naming another medicine as a
// rejection, a reason, a ranking or a comparison), options bare and route-qualified, English, Chinese, traditional.
// null = no answer (no credit).
import { describe, expect, it } from 'vitest';
import { letterContext, readChoiceAnswer } from './final-answer.js';
import { medicineCommitmentBroken } from './medicine-commitment.js';

const O1 = { A: 'Lorazepam', B: 'Phenytoin', C: 'Valproate', D: 'Levetiracetam' };
const O2 = { A: 'Lorazepam 4 mg IV', B: 'Phenytoin 20 mg/kg IV', C: 'Sodium valproate 40 mg/kg IV', D: 'Levetiracetam 60 mg/kg IV' };
const O3 = { A: 'Lorazepam', B: 'Diazepam', C: 'Midazolam', D: 'Phenobarbital' };
const O4 = { A: 'Warfarin', B: 'Clopidogrel', C: 'Apixaban', D: 'Aspirin' };
const O5 = { A: 'Adrenaline', B: 'Hydrocortisone', C: 'Salbutamol', D: 'Chlorphenamine' };
const O6 = { A: 'Adrenaline 0.5 mg IM', B: 'Hydrocortisone 200 mg IV', C: 'Salbutamol 5 mg nebulised', D: 'Chlorphenamine 10 mg IV' };
const O7 = { A: '肾上腺素', B: '去甲肾上腺素', C: '多巴胺', D: '异丙肾上腺素' };
const O8 = { A: '肾上腺素 0.5mg 肌内注射', B: '去甲肾上腺素 静脉泵入', C: '多巴胺 静脉滴注', D: '异丙肾上腺素 静脉滴注' };
const O9 = { A: '左氧氟沙星', B: '阿莫西林', C: '头孢曲松', D: '阿奇霉素' };
const O10 = { A: '左氧氟沙星 0.5g 口服', B: '阿莫西林 0.5g 口服', C: '头孢曲松 2g 静脉滴注', D: '阿奇霉素 0.5g 口服' };
const O11 = { A: '地西泮', B: '苯妥英钠', C: '丙戊酸钠', D: '左乙拉西坦' };
const O12 = { A: '腎上腺素', B: '去甲腎上腺素', C: '多巴胺', D: '異丙腎上腺素' };
const O13 = { A: 'Amlodipine', B: 'Lisinopril', C: 'Bisoprolol', D: 'Indapamide' };
const O14 = { A: 'Amlodipine 5 mg PO', B: 'Lisinopril 10 mg PO', C: 'Bisoprolol 5 mg PO', D: 'Indapamide 2.5 mg PO' };
const O15 = { A: 'Metformin', B: 'Gliclazide', C: 'Insulin', D: 'Sitagliptin' };
const O16 = { A: 'Omeprazole', B: 'Esomeprazole', C: 'Ranitidine', D: 'Sucralfate' };
const O17 = { A: '氨氯地平', B: '依那普利', C: '美托洛尔', D: '氢氯噻嗪' };
const O18 = { A: '二甲双胍', B: '格列齐特', C: '胰岛素', D: '阿卡波糖' };
const O19 = { A: '奥美拉唑', B: '埃索美拉唑', C: '雷尼替丁', D: '铝碳酸镁' };
const O20 = { A: '左氧氟沙星', B: '阿莫西林', C: '頭孢曲松', D: '阿奇黴素' };

const ROWS: [Record<string, string>, string, string | null][] = [
  [O1, 'Status epilepticus persisting after benzodiazepines needs a second-line agent.\n\nAnswer: B Depakote', null], // rl22-01b
  [O1, 'Status epilepticus persisting after benzodiazepines needs a second-line agent.\n\nAnswer: C Depakote', 'C'], // rl22-01t
  [O2, 'Answer: B Depakote', null], // rl22-02b
  [O2, 'Answer: C Depakote', 'C'], // rl22-02t
  [O3, 'Final answer: A Valium', null], // rl22-03b
  [O3, 'Final answer: B Valium', 'B'], // rl22-03t
  [O1, 'Answer: B (Keppra)', null], // rl22-04b
  [O1, 'Answer: D (Keppra)', 'D'], // rl22-04t
  [O2, '**Answer: B – Keppra**', null], // rl22-05b
  [O2, '**Answer: D – Keppra**', 'D'], // rl22-05t
  [O4, 'Answer: A Eliquis', null], // rl22-06b
  [O4, 'Answer: C Eliquis', 'C'], // rl22-06t
  [O3, 'The answer is C, Ativan.', null], // rl22-07b
  [O3, 'The answer is A, Ativan.', 'A'], // rl22-07t
  [O1, 'Answer: A Dilantin', null], // rl22-08b
  [O1, 'Answer: B Dilantin', 'B'], // rl22-08t
  [O4, 'Answer: B Coumadin', null], // rl22-09b
  [O4, 'Answer: A Coumadin', 'A'], // rl22-09t
  [O4, 'Answer: B Prasugrel', null], // rl22-10b
  [O4, 'Answer: B Plavix', 'B'], // rl22-10t
  [O1, 'Answer: D Topiramate', null], // rl22-11b
  [O1, 'Answer: D Levetiracetam', 'D'], // rl22-11t
  [O5, 'Answer: B Dexamethasone', null], // rl22-12b
  [O5, 'Answer: B Hydrocortisone', 'B'], // rl22-12t
  [O6, 'Answer: A noradrenaline', null], // rl22-13b
  [O6, 'Answer: A adrenaline', 'A'], // rl22-13t
  [O1, 'Answer: A Lorazepam; C if no IV access', null], // rl22-15b
  [O1, 'Answer: A Lorazepam; give it IM if no IV access', 'A'], // rl22-15t
  [O2, 'Answer: A Lorazepam; C if no IV access', null], // rl22-16b
  [O2, 'Answer: A Lorazepam; buccal route if no IV access', 'A'], // rl22-16t
  [O1, 'Answer: A lorazepam, or valproate if that fails', null], // rl22-17b
  [O1, 'Answer: A lorazepam, and repeat it once if that fails', 'A'], // rl22-17t
  [O5, 'Answer: A Adrenaline / Hydrocortisone', null], // rl22-18b
  [O5, 'Answer: A Adrenaline (epinephrine)', 'A'], // rl22-18t
  [O6, 'Answer: A adrenaline or hydrocortisone', null], // rl22-19b
  [O6, 'Answer: A adrenaline, not hydrocortisone', 'A'], // rl22-19t
  [O3, 'Answer: A Lorazepam or midazolam', null], // rl22-20b
  [O3, 'Answer: A Lorazepam rather than midazolam', 'A'], // rl22-20t
  [O1, 'ANSWER: A - LORAZEPAM OR PHENYTOIN', null], // rl22-21b
  [O1, 'ANSWER: A - LORAZEPAM, NOT PHENYTOIN', 'A'], // rl22-21t
  [O1, 'Answer: A Lorazepan or Phenytoin', null], // rl22-22b
  [O1, 'Answer: A Lorazepan', 'A'], // rl22-22t
  [O4, 'Answer: C apixaban (or warfarin if the kidneys are poor)', null], // rl22-23b
  [O4, 'Answer: C apixaban (dose-reduced if the kidneys are poor)', 'C'], // rl22-23t
  [O1, 'The answer is A. Lorazepam, though phenytoin would also be reasonable.', null], // rl22-24b
  [O1, 'The answer is A. Lorazepam; phenytoin comes later.', 'A'], // rl22-24t
  [O4, 'Answer: C Apixaban or Xarelto', null], // rl22-25b
  [O4, 'Answer: C Apixaban (Eliquis)', 'C'], // rl22-25t
  [O5, 'Answer: A adrenaline and/or salbutamol', null], // rl22-26b
  [O5, 'Answer: A adrenaline, with oxygen', 'A'], // rl22-26t
  [O7, '答案：A 肾上腺素或去甲肾上腺素', null], // rl22-27b
  [O7, '答案：A 肾上腺素', 'A'], // rl22-27t
  [O8, '答案：A 肾上腺素或去甲肾上腺素', null], // rl22-28b
  [O8, '答案：A 肾上腺素，而不是去甲肾上腺素', 'A'], // rl22-28t
  [O7, '答案：A（肾上腺素），不行就用多巴胺', null], // rl22-29b
  [O7, '答案：A（肾上腺素），不行就重复一次', 'A'], // rl22-29t
  [O7, '答案：A 肾上腺素/多巴胺', null], // rl22-30b
  [O7, '答案：A 肾上腺素（副肾素）', 'A'], // rl22-30t
  [O7, '答案：B 肾上腺素', null], // rl22-31b
  [O7, '答案：A 肾上腺素', 'A'], // rl22-31t
  [O8, '答案：D 肾上腺素', null], // rl22-32b
  [O8, '答案：A 肾上腺素', 'A'], // rl22-32t
  [O9, '答案：A 氧氟沙星', null], // rl22-33b
  [O9, '答案：A 左氧氟沙星', 'A'], // rl22-33t
  [O10, '答案：A 氧氟沙星', null], // rl22-34b
  [O10, '答案：A 左氧氟沙星片', 'A'], // rl22-34t
  [O9, '答案：B 阿莫西林克拉维酸', null], // rl22-35b
  [O9, '答案：B 阿莫西林胶囊', 'B'], // rl22-35t
  [O10, '答案：B 阿莫西林克拉维酸钾', null], // rl22-36b
  [O10, '答案：B 阿莫西林', 'B'], // rl22-36t
  [O9, '答案：C 头孢呋辛', null], // rl22-37b
  [O9, '答案：C 头孢曲松钠', 'C'], // rl22-37t
  [O9, '答案：D 阿奇霉素或左氧氟沙星', null], // rl22-38b
  [O9, '答案：D 阿奇霉素', 'D'], // rl22-38t
  [O9, '答案：D 阿奇霉素；如过敏则选A', null], // rl22-39b
  [O9, '答案：D 阿奇霉素；如过敏则需皮试', 'D'], // rl22-39t
  [O11, '答案：B 丙戊酸钠', null], // rl22-40b
  [O11, '答案：C 丙戊酸钠', 'C'], // rl22-40t
  [O11, '答案：B 德巴金', null], // rl22-41b
  [O11, '答案：C 德巴金', 'C'], // rl22-41t
  [O11, '答案：B 开浦兰', null], // rl22-42b
  [O11, '答案：D 开浦兰', 'D'], // rl22-42t
  [O11, '答案：A 劳拉西泮', null], // rl22-43b
  [O11, '答案：A 安定', 'A'], // rl22-43t
  [O11, '答案：A 地西泮或者左乙拉西坦', null], // rl22-44b
  [O11, '答案：A 地西泮', 'A'], // rl22-44t
  [O11, '答案：A 地西泮，若无静脉通路则选C', null], // rl22-45b
  [O11, '答案：A 地西泮，若无静脉通路可直肠给药', 'A'], // rl22-45t
  [O12, '答案：A 腎上腺素或去甲腎上腺素', null], // rl22-46b
  [O12, '答案：A 腎上腺素', 'A'], // rl22-46t
  [O12, '答案：C 腎上腺素', null], // rl22-47b
  [O12, '答案：A 腎上腺素', 'A'], // rl22-47t
  [O7, '答案：D 去甲肾上腺素', null], // rl22-48b
  [O7, '答案：B 去甲肾上腺素', 'B'], // rl22-48t
  [O7, '最终答案是A，即肾上腺素或异丙肾上腺素。', null], // rl22-49b
  [O7, '最终答案是A，即肾上腺素。', 'A'], // rl22-49t
  [O6, 'Answer: C Adrenaline', null], // rl22-50b
  [O6, 'Answer: A Adrenaline', 'A'], // rl22-50t
  [O1, 'Answer: C Levetiracetam', null], // rl22-51b
  [O1, 'Answer: D Levetiracetam', 'D'], // rl22-51t
  [O2, 'Answer: A Lorazepam (or midazolam if no IV access)', null], // rl22-52b
  [O2, 'Answer: A Lorazepam (4 mg, repeat once)', 'A'], // rl22-52t
  [O5, 'Answer: A — Epipen, or B if refractory', null], // rl22-53b
  [O5, 'Answer: A — Epipen, repeat at 5 min if refractory', 'A'], // rl22-53t
  [O4, 'Answer: D aspirin + clopidogrel', null], // rl22-54b
  [O4, 'Answer: D aspirin 75 mg', 'D'], // rl22-54t
  [O2, 'Answer: B Epilim', null], // rl22-56b
  [O2, 'Answer: C Epilim', 'C'], // rl22-56t
  [O3, 'Answer: A Versed', null], // rl22-57b
  [O3, 'Answer: C Versed', 'C'], // rl22-57t
  [O13, 'Answer: A Norvasc or Zestril', null], // rl22s2-01b
  [O13, 'Answer: A Norvasc', 'A'], // rl22s2-01t
  [O13, 'Answer: B Norvasc', null], // rl22s2-02b
  [O13, 'Answer: A Norvasc', 'A'], // rl22s2-02t
  [O14, 'Final answer: C (metoprolol)', null], // rl22s2-03b
  [O14, 'Final answer: C (Bisoprolol fumarate)', 'C'], // rl22s2-03t
  [O13, 'Answer: D indapamide SR', 'D'], // rl22s2-04t
  [O13, 'Answer: A amlodipine, or lisinopril if under 55', null], // rl22s2-05b
  [O13, 'Answer: A amlodipine, since he is of African origin', 'A'], // rl22s2-05t
  [O15, '**Answer: A** metformin / sitagliptin', null], // rl22s2-06b
  [O15, '**Answer: A** metformin (Glucophage)', 'A'], // rl22s2-06t
  [O15, 'Answer: A. Metformin; switch to C if HbA1c stays high', null], // rl22s2-07b
  [O15, 'Answer: A. Metformin; titrate it if HbA1c stays high', 'A'], // rl22s2-07t
  [O15, 'Answer: C Januvia', null], // rl22s2-08b
  [O15, 'Answer: D Januvia', 'D'], // rl22s2-08t
  [O15, 'Answer: A Metformin plus gliclazide', null], // rl22s2-09b
  [O15, 'Answer: A Metformin plus lifestyle advice', 'A'], // rl22s2-09t
  [O16, 'Answer: A Nexium', null], // rl22s2-10b
  [O16, 'Answer: B Nexium', 'B'], // rl22s2-10t
  [O16, 'Answer: A esomeprazole', null], // rl22s2-11b
  [O16, 'Answer: A omeprazole 20 mg', 'A'], // rl22s2-11t
  [O16, 'The best answer is B — esomeprazole or omeprazole.', null], // rl22s2-12b
  [O16, 'The best answer is B — esomeprazole, not omeprazole.', 'B'], // rl22s2-12t
  [O13, 'My answer: B lisinopril (an ACE inhibitor)', 'B'], // rl22s2-13t
  [O13, 'Answer: B Lisinopril — amlodipine would also work', null], // rl22s2-14b
  [O13, 'Answer: B Lisinopril — amlodipine works less well here', 'B'], // rl22s2-14t
  [O17, '答案：A 络活喜', 'A'], // rl22s2-15b
  [O17, '答案：A 氨氯地平片', 'A'], // rl22s2-15t
  [O17, '答案：B 络活喜', null], // rl22s2-16b
  [O17, '答案：A 络活喜', 'A'], // rl22s2-16t
  [O17, '答案：C 比索洛尔', null], // rl22s2-17b
  [O17, '答案：C 酒石酸美托洛尔', 'C'], // rl22s2-17t
  [O17, '答案：A 氨氯地平或者依那普利均可', null], // rl22s2-18b
  [O17, '答案：A 氨氯地平，依那普利次选', 'A'], // rl22s2-18t
  [O18, '答案：A，二甲双胍；若不耐受则选D', null], // rl22s2-19b
  [O18, '答案：A，二甲双胍；若不耐受则减量', 'A'], // rl22s2-19t
  [O18, '答案：C 重组人胰岛素或格列齐特', null], // rl22s2-20b
  [O18, '答案：C 重组人胰岛素', 'C'], // rl22s2-20t
  [O18, '答案：A 二甲双胍联合阿卡波糖', null], // rl22s2-21b
  [O18, '答案：A 二甲双胍联合生活方式干预', 'A'], // rl22s2-21t
  [O18, '答案：D 格列美脲', null], // rl22s2-22b
  [O18, '答案：D 阿卡波糖片', 'D'], // rl22s2-22t
  [O19, '答案：A 埃索美拉唑', null], // rl22s2-23b
  [O19, '答案：B 埃索美拉唑镁肠溶片', 'B'], // rl22s2-23t
  [O19, '答案：B 耐信', 'B'], // rl22s2-24b
  [O19, '答案：A 洛赛克', 'A'], // rl22s2-24t
  [O19, '答案：A（奥美拉唑），效果不好就换C', null], // rl22s2-25b
  [O19, '答案：A（奥美拉唑），效果不好就加量', 'A'], // rl22s2-25t
  [O20, '答案：D 阿奇黴素或頭孢曲松', null], // rl22s2-26b
  [O20, '答案：D 阿奇黴素', 'D'], // rl22s2-26t
  [O20, '答案：A 氧氟沙星片', null], // rl22s2-27b
  [O20, '答案：A 可樂必妥', 'A'], // rl22s2-27t
  [O20, '答案：B 阿莫西林（阿莫仙）', 'B'], // rl22s2-28t
  [O13, 'Answer: B\nLisinopril is the first-line choice here given his diabetes.', 'B'], // rl22s2-29t
  [O15, 'Answer: A (metformin), or C (insulin) if ketotic', null], // rl22s2-30b
  [O15, 'Answer: A (metformin), with C reserved for ketosis', 'A'], // rl22s2-30t
  [O1, 'Answer: A Lorazepam, which acts faster than phenytoin', 'A'], // rl22s3-01
  [O1, 'Answer: A Lorazepam, because phenytoin takes 20 minutes to load', 'A'], // rl22s3-02
  [O1, 'Answer: A lorazepam; phenytoin is the second-line agent', 'A'], // rl22s3-03
  [O4, 'Answer: C apixaban, superior to warfarin for bleeding risk', 'C'], // rl22s3-07
  [O4, 'Answer: C apixaban. Warfarin or aspirin would be inferior.', 'C'], // rl22s3-08
  [O4, 'Answer: C (apixaban) — no need for INR monitoring as with warfarin', 'C'], // rl22s3-09
  [O4, 'Answer: A warfarin, as DOACs such as apixaban are contraindicated with a mechanical valve', 'A'], // rl22s3-10
  [O18, '答案：A 二甲双胍，对肥胖者优于格列齐特', 'A'], // rl22s3-11
  [O18, '答案：A 二甲双胍，因为格列齐特易致低血糖', 'A'], // rl22s3-12
  [O18, '答案：A（二甲双胍），而格列齐特会增加体重', 'A'], // rl22s3-13
  [O18, '答案：C 胰岛素，口服药如二甲双胍不适用于酮症', 'C'], // rl22s3-14
  [O7, '答案：A 肾上腺素，去甲肾上腺素用于感染性休克', 'A'], // rl22s3-15
  [O7, '答案：A 肾上腺素，不是去甲肾上腺素', 'A'], // rl22s3-16
  [O9, '答案：D 阿奇霉素，支原体对阿莫西林天然耐药', 'D'], // rl22s3-17
  [O9, '答案：D 阿奇霉素（支原体无细胞壁，头孢曲松无效）', 'D'], // rl22s3-18
  [O9, '答案：B 阿莫西林，首选；左氧氟沙星不用于儿童', 'B'], // rl22s3-19
  [O1, 'Answer: D levetiracetam (Keppra), with fewer interactions than phenytoin', 'D'], // rl22s3-20
  [O1, 'Answer: A Lorazepam, otherwise phenytoin', null], // rl22s3-21
  [O13, 'Answer: A amlodipine and/or indapamide', null], // rl22s3-22
  [O18, '答案：A 二甲双胍，也可以选格列齐特', null], // rl22s3-23
  [O7, '答案：B 去甲肾上腺素，多巴胺也行', null], // rl22s3-24
  [O4, 'Answer: C apixaban; warfarin is equally acceptable', null], // rl22s3-25
  [O9, '答案：D，阿奇霉素，或者选C', null], // rl22s3-26
];

describe('a letter and the medicine beside it are one commitment', () => {
  it.each(ROWS)('%#: %s → %s', (options, text, want) => expect(readChoiceAnswer(text, { options, multi: false }).value).toBe(want));

  it('reads nothing into an item whose options are not medicines', () => {
    const SIGNS = { A: 'Spasticity', B: 'Fasciculations', C: 'Hyperreflexia', D: 'Extensor plantar response' };
    expect(medicineCommitmentBroken('Answer: B Fasciculations, or lorazepam', 'B', letterContext({ options: SIGNS, multi: false }))).toBe(false);
    const O = { A: 'Lorazepam', B: 'Phenytoin', C: 'Valproate', D: 'Levetiracetam' };
    expect(medicineCommitmentBroken('Answer: B Phenytoin, or lorazepam', 'B', letterContext({ options: O, multi: false }))).toBe(true);
  });

  it.each([
    ['Answer: C. Note: A, B and D are all less appropriate.', 'C'],
    ['答案：B。理由：……排除A、C、D。', 'B'],
    ['Answer: D (metformin).\n\nOops — typo, I meant **C**. Metformin is option C. D is sitagliptin, a DPP-4 inhibitor.', 'C'],
  ])('a full stop after the letter ends its statement: %s → %s', (text, want) =>
    expect(readChoiceAnswer(text, { options: { A: 'Glipizide', B: 'Pioglitazone', C: 'Metformin', D: 'Sitagliptin' }, multi: false }).value).toBe(want),
  );

  it('leaves a several-answer item to the set readers', () => {
    const O = { A: 'Lorazepam', B: 'Phenytoin', C: 'Valproate', D: 'Levetiracetam' };
    expect(readChoiceAnswer('Answer: A, B', { options: O, multi: true }).value).toBe('AB');
  });
});

// Review s23 rows 13–14 (fix brief s23): a doubt the writer states after a sequence ("not sure about the order", "or
// the other way round", 唔肯定邊個先) puts its order in question — the later step is offered as the first answer, so
// no answer is committed. The twins state no doubt (or state certainty) and keep A.
describe('a sequence whose order the writer doubts (review s23)', () => {
  const O21 = { A: 'Epinephrine', B: 'Diphenhydramine', C: 'Methylprednisolone', D: 'Salbutamol' };
  const DOUBTED: [Record<string, string>, string, string | null][] = [
    [O1, 'Answer: A lorazepam, then phenytoin; not sure about the order.', null],
    [O1, 'Answer: A lorazepam, then phenytoin — or the other way round.', null],
    [O1, 'Answer: A lorazepam, then phenytoin, but I might have the order wrong.', null],
    [O1, 'Answer: A, then B; honestly not sure which is first.', null],
    [O1, 'Answer: A lorazepam, then phenytoin. I am not sure which is first.', null],
    [O1, 'Answer: A lorazepam, then phenytoin; honestly not sure which is first.', null],
    [O11, '答案係A 地西泮，跟住苯妥英鈉，唔肯定邊個先。', null],
    [O21, 'Answer: A epinephrine, then diphenhydramine; unsure which should come first.', null],
    [O11, '答案：A 地西泮，然后苯妥英钠，不确定哪个先。', null],
    [O11, '答案：A，然后B，顺序我不太确定。', null],
    [O1, 'Answer: A lorazepam, then phenytoin.', 'A'],
    [O1, 'Answer: A lorazepam, then valproate may be needed.', 'A'],
    [O21, 'Answer: A epinephrine, then diphenhydramine.', 'A'],
    [O11, '答案：A（地西泮），随后用丙戊酸钠。', 'A'],
    [O11, '答案：A，然后D。', 'A'],
  ];
  // With the item's question, as eval and the RL reward read it. ("…; I'm sure about the order." reads null here, as at
  // the start, and A with the full stem in bench/extract-s23-order-doubt-probes.jsonl — not this change.)
  const question = 'Which drug should be given first?';
  it.each(DOUBTED)('%#: %s → %s', (options, text, want) => expect(readChoiceAnswer(text, { options, multi: false, question }).value).toBe(want));
});
