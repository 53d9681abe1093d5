// Document-level propagation and the clinical-vocabulary guard, through detectPhi (the `data deid` detector). Own
// sentences written before the design was run on them (session 18); none is taken from a study batch.
import { describe, expect, it } from 'vitest';
import { detectPhi } from './index.js';

/** Share of the characters of `part` (the bracketed piece of `where`, or all of it) that detectPhi redacts. */
function redactedShare(text: string, where: string): number {
  const plain = where.replace(/[[\]]/g, '');
  const at = text.indexOf(plain);
  if (at < 0) throw new Error(`${plain} not in ${text}`);
  const open = where.indexOf('[');
  const start = open < 0 ? at : at + open;
  const end = open < 0 ? at + plain.length : at + where.indexOf(']') - 1;
  const spans = detectPhi(text);
  let n = 0;
  for (let i = start; i < end; i++) if (spans.some((s) => s.start <= i && i < s.end)) n++;
  return n / (end - start);
}

describe('a name found once is found in every form the document writes it', () => {
  it.each([
    ['Patient Joy Crohn, 52, attended clinic. Mrs Crohn has had Crohn’s disease since 2010. Joy is on azathioprine.', ['Joy Crohn', '[Joy] is on']],
    ['Ref: Mr Daniel Whitaker, 63. DANIEL says the pain is worse at night. Whitaker lives alone.', ['[DANIEL] says', '[Whitaker] lives']],
    ['Seen today: Miss Ruby Hastings. Ruby’s mother is worried. RUBY HASTINGS, DOB on file.', ['[Ruby]’s', 'RUBY HASTINGS']],
    ['Clinician: Dr Helen Okafor. Note written by HO.', ['by [HO].']],
    ['Mr Peter Lyme, 70, walks daily. Lyme disease serology negative. Mr LYME was reassured.', ['Mr [LYME] was']],
    ['患者赵欢欢，女，29岁。欢欢自述头痛三天，欢欢妈妈陪同。', ['[欢欢]自述', '[欢欢]妈妈']],
    ['我女儿叫孙悦悦，悦悦今年上小学，悦悦最近老咳嗽。', ['[悦悦]今年', '[悦悦]最近']],
    ['患者周晓明，男。小明说胸口闷，小明爸爸有冠心病。', ['[小明]说', '[小明]爸爸']],
    ['家属刘建军签字。刘建军是患者的儿子，建军说父亲吃了降压药。', ['[建军]说']],
    ['She works as a nurse at Kroger pharmacy. Her manager at Kroger gave her a week off.', ['at [Kroger] gave']],
    ['我是深圳南山人，在深圳南山住了十年。', ['[深圳南山]人']],
  ])('%s', (text, parts) => {
    for (const p of parts) expect(redactedShare(text, p), p).toBeGreaterThanOrEqual(0.9);
  });

  it.each([
    // The disease of an eponym a patient shares stays ("Crohn’s disease", "Lyme disease", "Graves' disease").
    ['Patient Joy Crohn, 52. Mrs Crohn has had Crohn’s disease since 2010.', '[Crohn]’s disease'],
    ['Mr Peter Lyme, 70. Lyme disease serology negative.', '[Lyme] disease'],
    ["Patient Hope Graves, 44. Mrs Graves has a history of Graves' disease.", "[Graves]' disease"],
    // A given name that is an ordinary word spreads only as the person's subject: 多多 in 多多喝水 is "plenty".
    ['患者钱多多，女。医生让她多多喝水。', '多多喝水'],
    // A familiar form that is a word is never the name: 小心 for 王心, 小时 for 李时.
    ['患者王心，男。注意小心跌倒。', '小心跌倒'],
    ['患者李时，女。每6小时吃一次。', '小时吃'],
    // A sentence-initial word that is also a first name is not the person where no verb makes it the subject.
    ['Patient Hope Graves, 44. Hope you are feeling better.', 'Hope you'],
    // Qualifications after a name are no initials.
    ['Signed: Shanice Okafor, RM, midwife.', 'RM'],
    // A place found once does not spread into an institution's name.
    ['家住北京市朝阳区。转北京市朝阳区第二人民医院。', '[北京市朝阳区]第二人民医院'],
    // An employer word that the dictionary holds as an ordinary noun does not spread.
    ['他在部队工作。部队的伙食不错。', '部队的伙食'],
  ])('keeps %s', (text, part) => {
    expect(redactedShare(text, part), part).toBe(0);
  });
});

describe('the clinical-vocabulary guard: a medicine is no name, a dose, score, duration or dosing time no date', () => {
  it.each([
    ['Levemir 10 units at 21:00, Humalog 4 units with meals.', ['Levemir', '21:00']],
    ['Lantus 22:00 20 units\nLantus was increased. Lantus pen in fridge.', ['Lantus 22:00', '[Lantus] was', '[Lantus] pen']],
    ['Ozempic helped her lose weight.', ['Ozempic']],
    ['Metformin 08:00 500 mg', ['08:00']],
    ['胰岛素 22:00 8单位，硝苯地平 07:30 10mg', ['22:00', '07:30']],
    ['cortisol 45 nmol/L at 09:00', ['09:00']],
    ['Cough started 3/7 ago, symptoms for 2/52, worse over the last 3/7.', ['[3/7] ago', '2/52', 'last [3/7]']],
    ['Pain 8/10 on arrival, 3/10 after morphine. Reported 7/10 chest pain.', ['8/10', '[3/10] after', '7/10']],
    ['GCS 14/15 on arrival. Power 4/5 in the left arm.', ['14/15', '4/5']],
    ['Take 1/2 tablet of bisoprolol. Dose reduced to 3/4 on Monday. Started 1/2 dose of ramipril.', ['1/2 tablet', '[3/4] on', '[1/2] dose']],
    ['疼痛评分 7/10，服用 3/5 剂量。', ['7/10', '3/5']],
  ])('%s', (text, parts) => {
    for (const p of parts) expect(redactedShare(text, p), p).toBe(0);
  });

  it.each([
    // A person who shares a medicine's word stays a person; only the medicine's own position is released.
    ['Ms Allegra Banks, 33, takes Allegra 180 mg for hay fever.', 'Allegra Banks'],
    // A word only shaped like a medicine is a person where the text says so.
    ['Lumirelin said the swelling went down.', 'Lumirelin'],
    // Dates stay dates: a fraction after a date cue, a clock time on a dated line, a day after "since".
    ['Seen 8/15 in the memory clinic', '8/15'],
    ['Comfort care since 12/24, family at bedside.', '12/24'],
    ['Admitted 3/4/2024 at 14:20 with chest pain.', '3/4/2024'],
    ['2024-03-02 21:03 insulin 8 units given', '2024-03-02 21:03'],
    ['Seen 2/3 after a fall; MI 12/1 ruled out.', '2/3'],
    // Own adversarial probes after the first run (session 18): a real date beside a scale's shape stays a date.
    ['Seizure on 4/5 in the morning, EEG on 6/5.', '4/5'],
    ['Seen 12/10 with pain, rated 8/10.', '12/10'],
    ['GCS 14/15 on 12/11 at 23:40.', '12/11'],
    ['Born 1/2/1950 per the card; takes 1/2 tablet daily.', '1/2/1950'],
    ['Date of death 14/03/2024 at 03:15.', '03:15'],
    ['Patient: Keppra Jones, 30. Keppra reports fatigue.', '[Keppra] reports'],
    ['My daughter Allegra is 6. Allegra has hay fever.', '[Allegra] is'],
  ])('keeps the identifier in %s', (text, part) => {
    expect(redactedShare(text, part), part).toBeGreaterThanOrEqual(0.9);
  });
});
