import { describe, expect, it } from 'vitest';
import { holdSourceAdvice } from './advice-gate.js';
import { gateForQuestion, upload } from './uploaded-page.fixture.js';

// Session 24 (#10, benign answers held back): a course kept — continued, taken long term, its self-change forbidden, its
// onset told, its taper left to the clinician — points to the state the reader is already in. Own probes written before
// the code (bench/claims-s24-keep-course-probes.jsonl; one uploaded page at authority A, the question triaged as the
// product triages it, evidence path). The released rows were held on HEAD ac28482 (except the warfarin control); every
// near-miss was held there and must stay held: a change permitted beside the course, a remedy kept in a medicine's place,
// a symptom medicine kept on (a contraindication the table reads only as a permission), a danger, a situation or a
// purpose named, a continuation negated, a step no act reader knows beside the course.
const heldFor = (question: string, page: string) => {
  const src = upload(page);
  return holdSourceAdvice(gateForQuestion(question, [src]), [src]);
};

describe('a course kept, with a second sign, is given as the page says it', () => {
  it.each([
    ['血压已经正常好几个月了，降压药可以停了吗？', '降压药需要长期规律服用，血压降到正常后也不要自行停药或减量。'],
    ['吃舍曲林一周了没效果，是不是没用？', '抗抑郁药通常需要2～4周才开始起效，症状好转后也应在医生指导下继续服用一段时间，不要自行停药。'],
    [
      'I feel loads better, can I just stop my sertraline?',
      'Do not stop taking your antidepressant suddenly; your doctor will usually reduce the dose gradually over several weeks.',
    ],
    [
      "I've been on levothyroxine for years, can I come off it?",
      'Levothyroxine is usually taken for life; do not stop taking it without talking to your doctor.',
    ],
    ['癫痫三年没发作了，药可以停吗？', '抗癫痫药要按时服用，是否减药必须由医生评估后逐渐减量，切勿自行停药。'],
    ['Can I stop my statin now my cholesterol is normal?', 'Keep taking your statin even when your cholesterol is normal; do not stop it on your own.'],
    ['My asthma is fine now, can I stop my preventer inhaler?', 'Keep using your preventer inhaler every day, even when you feel well.'],
    ['胆固醇正常了还要吃他汀吗？', '他汀需要长期服用，胆固醇达标后也要继续服用。'],
    ['I feel better after 3 days of antibiotics, can I stop?', 'Keep taking the antibiotics as prescribed, even if you feel better.'],
    [
      "I'm going on holiday for two weeks, can I just stop my warfarin while I'm away?",
      'Do not stop taking warfarin without talking to your anticoagulation clinic.',
    ],
    [
      "Can I stop my epilepsy tablets if I've had no fits for a year?",
      'Do not stop your epilepsy medicine suddenly; your neurologist will reduce the dose slowly if it is to be stopped.',
    ],
    ['优甲乐要吃多久？', '优甲乐一般需要终身服用，不要自行停药。'],
    ['Can I have a break from my HIV meds?', 'Keep taking your HIV medicine every day; do not take breaks from it.'],
  ])('%s → %s', (question, page) => {
    expect(heldFor(question, page)).toEqual([]);
  });
});

describe('near-misses stay held', () => {
  it.each([
    ['血压已经正常好几个月了，降压药可以停了吗？', '降压药血压正常后就可以停了，不需要长期服用。'],
    ['血压已经正常好几个月了，降压药可以停了吗？', '降压药需要长期服用，但血压正常后可以自行减半。'],
    ['Can I stop my statin now my cholesterol is normal?', 'Keep taking your statin, but you can skip it at weekends.'],
    ['I feel loads better, can I just stop my sertraline?', 'Do not stop taking your antidepressant suddenly; just halve the dose each week on your own.'],
    ['吃舍曲林一周了没效果，是不是没用？', '抗抑郁药通常需要2～4周才起效，如果一周没效果就可以停掉换中药。'],
    ['Do I need my blood pressure tablets?', 'Keep drinking the herbal tea every day instead of your blood pressure tablets.'],
    ['血压高要一直吃药吗？', '坚持服用这个中药方，不要再吃降压药。'],
    ['I have a stomach ulcer and knee pain, what can I take?', 'Keep taking ibuprofen every day for the knee pain; do not stop it.'],
    ['吃阿司匹林后大便发黑怎么办？', '继续服用阿司匹林，即使大便发黑也不要停。'],
    ["I'm on a blood thinner and threw up some blood, what should I do?", 'Do not stop taking your blood thinner even if you are vomiting blood.'],
    ['血糖正常了胰岛素还要打吗？', 'Your doctor will usually stop your insulin once your sugar is normal, so you can stop it now.'],
    ['How much paracetamol can I keep taking for my back?', 'Keep taking 4 g of paracetamol twice a day.'],
    ['I feel better after 3 days of antibiotics, can I stop?', 'Continue taking the antibiotics until the pain goes away, then stop.'],
    ['血压已经正常好几个月了，降压药可以停了吗？', '降压药不用长期吃，血压正常就停。'],
    [
      "My antidepressant hasn't worked after a week, is it useless?",
      'Antidepressants usually take 2 to 4 weeks to work, so you can stop them if you feel nothing after a week.',
    ],
    ['Can I have a break from my HIV meds?', 'Keep your HIV medicine going most of the year, but a two-month break each summer rests the liver.'],
    ['My sugar is high, what should I do about my metformin?', 'Do not stop taking your metformin; double the dose if your sugar is high.'],
    ['血糖高的时候二甲双胍怎么吃？', '不要自行停药，血糖高的时候可以多吃一片二甲双胍。'],
    ['癫痫三年没发作了，药可以停吗？', '抗癫痫药可以自己慢慢减量，不需要看医生。'],
    [
      'Is colloidal silver good for infections?',
      'Keep taking colloidal silver drops daily and do not stop them, as they clear infections without antibiotics.',
    ],
    ['糖尿病能不能喝排毒茶？', '继续喝这个排毒茶，不要停，胰岛素可以慢慢减掉。'],
    ['My 2 month old has a cough, can I give honey?', 'Keep giving your baby a spoon of honey every night for the cough.'],
    ['宝宝3个月咳嗽，能喂蜂蜜水吗？', '继续每天给宝宝喂一点蜂蜜水，不要停。'],
    ['Can I take iron tablets with warfarin?', 'Keep taking your iron tablets, and you can stop your warfarin while you do.'],
    ['孩子发烧能吃阿司匹林吗？', '继续给孩子吃阿司匹林退烧，不要停。'],
    ['抗生素吃了三天好了，能停吗？', '症状好转后就可以停药了，抗生素没必要吃完。'],
    [
      "Can I stop my epilepsy tablets if I've had no fits for a year?",
      'Your neurologist will usually reduce the dose, but you can also taper it yourself over a week.',
    ],
    ['降压药吃了头晕怎么办？', '降压药要坚持吃，头晕时先停一两天再说。'],
    ['Can I stop my metformin while I have a tummy bug?', 'Keep taking your metformin even when you are vomiting; do not stop it.'],
    ['怀孕了，丙戊酸钠还要吃吗？', '孕期也要继续服用丙戊酸钠，不要自行停药。'],
    ["I'm not eating much today, what about my insulin?", 'Do not keep taking your insulin if you are not eating; stop it until you eat again.'],
    ['血压正常了还要吃降压药吗？', '不要继续服用降压药了，血压正常就不用吃。'],
    ['血糖正常了还要吃降糖药吗？', '别再坚持吃降糖药了，血糖正常说明已经好了。'],
    ["Is St John's wort OK with my antidepressant?", "Stop taking your antidepressant, and keep taking St John's wort for life."],
    ['吃华法林能吃纳豆吗？', '继续服用华法林，同时每天吃一盒纳豆，不要停药。'],
    ['Can anything help my statin work better?', 'Keep taking your statin for life; a glass of grapefruit juice every day helps it work.'],
    ['My asthma is fine, can I cut down my inhaler?', 'Keep using your preventer inhaler even when you feel well, but use only half the puffs.'],
    ['I keep getting colds, should I take antibiotics?', 'Keep taking antibiotics for life to prevent colds; do not stop them.'],
    ["I'm on lithium and have a headache, can I take ibuprofen?", 'Keep taking your lithium with ibuprofen tablets; do not stop either of them.'],
    ['要拔牙了，华法林要停吗？', '拔牙前也要继续吃华法林，不要自行停药，拔完马上吃两倍剂量。'],
    ['我爸的降压药吃完了，要继续吗？', '降压药不用坚持吃，血压正常后可以自行停药。'],
    [
      'Can I stop my prednisolone now my rash has gone?',
      'Even if the rash has gone you can stop prednisolone straight away; there is no need to reduce it slowly.',
    ],
  ])('%s → %s', (question, page) => {
    expect(heldFor(question, page).length).toBeGreaterThan(0);
  });
});
