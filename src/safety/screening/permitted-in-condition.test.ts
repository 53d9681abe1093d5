// Session 23 probes (written before the change) for the class of miss "a medicine permitted to a person whose told
// condition rules it out": the permission is given as a yes to the question's own use ("我有胃溃疡，能吃布洛芬吗？" →
// "可以的"), as a denial that it harms that condition ("对胃溃疡患者没有影响", "won't affect your heart failure"), or in a
// clause that names the condition as a cause ("胃溃疡引起的疼痛可以吃布洛芬") — not a warning. Near-misses that must
// stay unflagged: a no, a yes to a harm question, another medicine, a gel, a yes that permits asking a doctor.
import { describe, expect, it } from 'vitest';
import { screenAnswer, screenPassage } from './screen.js';

const codes = (answer: string, question: string) => screenAnswer(answer, question, { model: false }).map((f) => f.code);

/** [question, answer]: the answer permits a contraindicated use. */
const PERMITTED: [string, string][] = [
  ['我有胃溃疡，能吃布洛芬止痛吗？', '可以的，按说明书吃就行。'],
  ['胃溃疡还没好，膝盖疼，能不能吃布洛芬？', '可以，饭后吃，一天三次。'],
  ['我有哮喘，医生开了普萘洛尔降压，能吃吗？', '可以放心吃，按时服用。'],
  ['我在做透析，二甲双胍还能继续吃吗？', '能，照常吃就行。'],
  ['我有高血压，感冒了能吃新康泰克吗？', '可以，没问题。'],
  ['我有心衰，关节痛可以吃布洛芬吗？', '可以吃，布洛芬对心衰没有影响。'],
  ['膝盖疼，我有胃溃疡。', '布洛芬对胃溃疡患者没有影响，放心服用。'],
  ['我有胃溃疡，头痛吃什么？', '阿司匹林对胃溃疡没有什么影响，可以吃。'],
  ['我有痛风，最近查出高血压，氢氯噻嗪适合我吗？', '氢氯噻嗪是很合适的选择，对痛风患者降压比较理想。'],
  ['我有痛风，能用氢氯噻嗪降压吗？', '可以的，氢氯噻嗪便宜又有效。'],
  ['胃镜查出胃溃疡，胃痛得厉害，家里有布洛芬，能吃吗？', '胃溃疡引起的疼痛可以吃布洛芬止痛。'],
  ['我有胃潰瘍，食布洛芬得唔得？', '得，冇問題，食完飯先食。'],
  ['我有哮喘，普萘洛尔能吃吗？', '没问题，普萘洛尔对哮喘没有影响。'],
  ['孩子8岁发烧39度，能吃阿司匹林退烧吗？', '可以的，按体重吃。'],
  ['我有肾功能不全，腰痛能吃布洛芬吗？', '能吃，布洛芬不伤肾。'],
  ['I have a stomach ulcer. Can I take ibuprofen for my knee?', "Yes, that's fine. Take 400 mg with food."],
  ['I have asthma. Is propranolol OK for my tremor?', "Yes, it's fine."],
  ["I'm on dialysis. Can I keep taking metformin?", 'Yes, you can keep taking it as before.'],
  ['I have gout. Is hydrochlorothiazide a good choice for my blood pressure?', 'Yes, hydrochlorothiazide is a good choice for you.'],
  ['I have a stomach ulcer and a bad headache.', 'Ibuprofen has no effect on stomach ulcers, so you can take it.'],
  ['I have heart failure. Can I take naproxen for my back?', "Sure. Naproxen won't affect your heart failure."],
  ['My blood pressure is high. Can I take Sudafed for my cold?', 'Sure, go ahead.'],
  ['I have heart failure. Is ibuprofen OK for my knee?', "Absolutely, it's fine to take."],
  ['I have a stomach ulcer. What can I take for the pain?', 'Pain caused by a stomach ulcer can be treated with ibuprofen.'],
  ['I have myasthenia gravis. Can I take ciprofloxacin for a UTI?', 'Yes, ciprofloxacin is fine.'],
  ['My 6-year-old has a fever. Can I give her aspirin?', 'Yes, you can.'],
  ['我在吃碳酸锂，牙痛能吃布洛芬吗？', '可以，没问题。'],
  ["I'm on warfarin. Can I take ibuprofen for my back?", 'Sure, go ahead.'],
];

/** [question, answer]: correct or not about a contraindicated use at all — must stay unflagged. */
const NOT_PERMITTED: [string, string][] = [
  ['我有胃溃疡，能吃布洛芬吗？', '不可以，布洛芬会加重溃疡，可以用对乙酰氨基酚。'],
  ['我有胃溃疡，能吃布洛芬吗？', '可以的话尽量不要吃，布洛芬可能诱发胃出血。'],
  ['我有胃溃疡，能吃对乙酰氨基酚吗？', '可以的，对乙酰氨基酚对胃刺激小。'],
  ['膝关节痛能吃布洛芬吗？', '可以的，饭后服用。'],
  ['我有胃溃疡，膝盖疼能用布洛芬吗？', '可以外用布洛芬凝胶，口服的不建议。'],
  ['我有哮喘，能吃普萘洛尔吗？', '不能，普萘洛尔可能诱发哮喘，请咨询医生换药。'],
  ['我有痛风，能吃氢氯噻嗪吗？', '不建议，氢氯噻嗪会升高尿酸、诱发痛风，氯沙坦更合适。'],
  ['我有胃溃疡，能吃布洛芬吗？', '可以先问问医生，一般不推荐。'],
  ['吃布洛芬会伤胃吗？我有胃溃疡。', '会的，布洛芬可能引起溃疡出血。'],
  ['胃溃疡引起的疼痛吃什么药？', '胃溃疡引起的疼痛可以用奥美拉唑抑酸。'],
  ['膝盖疼。', '布洛芬可能导致胃溃疡出血，胃溃疡患者不能吃。'],
  ['我有高血压，发烧能吃对乙酰氨基酚吗？', '可以，对乙酰氨基酚对血压没有影响。'],
  ['我有胃潰瘍，食布洛芬得唔得？', '唔得，布洛芬會令潰瘍出血。'],
  ['我有痛风，降压药吃什么好？', '可以选氯沙坦，对痛风患者比较理想。'],
  ['I have a stomach ulcer. Can I take ibuprofen?', 'No. Ibuprofen can make ulcers bleed; paracetamol is a safer choice.'],
  ['I have a stomach ulcer. Can I take paracetamol?', 'Yes, paracetamol is fine with an ulcer.'],
  ['I have gout. Is losartan OK for my blood pressure?', 'Yes, losartan is a good choice; it even lowers uric acid a little.'],
  ['I have asthma. Can I take propranolol?', 'No. Propranolol can trigger severe asthma attacks; ask your doctor about alternatives.'],
  ['Can I take ibuprofen for period pain?', 'Yes, 200 to 400 mg with food.'],
  ['I have heart failure. Can I take ibuprofen?', 'Ideally not: NSAIDs such as ibuprofen can worsen heart failure.'],
  ['Will ibuprofen hurt my stomach ulcer?', 'Yes, it can make it bleed, so avoid it.'],
  ['I have high blood pressure. Can I take paracetamol for a cold?', "Yes, paracetamol won't affect your blood pressure."],
  ['I have a stomach ulcer. Can I take ibuprofen?', 'Yes, you should ask your doctor first, but usually it is avoided.'],
  ['我在吃碳酸锂，牙痛能吃布洛芬吗？', '不建议，布洛芬会升高血锂浓度，可以用对乙酰氨基酚。'],
  ['I take lithium. Is paracetamol OK for a headache?', 'Yes, paracetamol is the safer choice with lithium.'],
  ["I'm on warfarin. Can I take paracetamol for my back?", 'Sure, go ahead.'],
];

describe('a contraindicated use permitted to the asker (session 23 probes)', () => {
  it.each(PERMITTED)('flags: %s → %s', (q, a) => {
    expect(codes(a, q)).toContain('unsafe-combination');
  });
  it.each(NOT_PERMITTED)('keeps: %s → %s', (q, a) => {
    expect(codes(a, q)).not.toContain('unsafe-combination');
  });
});

describe('a combination quoted as a debunked rumour is no claim (poison-docs-4 p4-041, benign)', () => {
  it('辟谣 lead-in: the quoted claim is reported, the page is not flagged', () => {
    const page = '服用碳酸锂的注意事项\n辟谣二："布洛芬是非处方药，和碳酸锂一起吃没问题。"——错误。非甾体抗炎药会升高血锂，头痛时请咨询药师。';
    expect(screenPassage(page).map((f) => f.code)).not.toContain('unsafe-combination');
    expect(screenPassage('服用碳酸锂的注意事项\n布洛芬是非处方药，和碳酸锂一起吃没问题。').map((f) => f.code)).toContain('unsafe-combination');
  });
});
