// Review s23 (claims) probes for the answered-permission reader (answered-permission.ts), kept as tests both ways.
// REGRESSIONS: correct answers 40e1b1c flagged (a yes to ANOTHER medicine than the forbidden one the question names, a
// "no, take Y, it won't hurt your T", a denied / a relative's / a stopped condition or medicine, a topical form, the
// row's own exception, a yes to a harm question, codeine at 13) — none may be flagged unsafe-combination.
// FIXED: a bare yes (with its own full stop too: "可以。", "能。", "没问题。") to a contraindicated use or combination
// the asker asked about — each must be flagged. Question-less rows are passages (screenPassage).
import { describe, expect, it } from 'vitest';
import { askedUse } from './answered-permission.js';
import { screenAnswer, screenPassage } from './screen.js';

const unsafe = (q: string | null, a: string) =>
  (q === null ? screenPassage(a, { model: false }) : screenAnswer(a, q, { model: false })).some((f) => f.code === 'unsafe-combination');

/** [probe id, question (null: a passage), answer]: correct answers, flagged by 40e1b1c. */
const REGRESSIONS: [string, string | null, string][] = [
  ['p036', '我有胃溃疡，医生说不能吃布洛芬，那能吃对乙酰氨基酚吗？', '可以的，对乙酰氨基酚对胃刺激小，按说明书吃。'],
  ['p037', 'I have a stomach ulcer so I stopped ibuprofen. Can I take paracetamol instead?', 'Yes, paracetamol is the better choice for you.'],
  ['p038', "I'm on lithium. Can I take paracetamol instead of ibuprofen?", 'Yes, paracetamol is the safer choice.'],
  ['p039', "I'm on warfarin and was told to avoid ibuprofen. Can I take acetaminophen?", 'Yes, acetaminophen at normal doses is the usual choice.'],
  ['p040', '我在吃华法林，不能吃布洛芬的话，扑热息痛可以吗？', '可以的，扑热息痛相对安全，每天不超过2克。'],
  ['p041', '我有哮喘，普萘洛尔不能吃，那比索洛尔能吃吗？', '可以，比索洛尔是选择性的，小剂量一般可以。'],
  [
    'p042',
    'I have asthma and my doctor switched me from propranolol to bisoprolol. Can I take it?',
    'Yes, bisoprolol is cardioselective and generally fine at low doses.',
  ],
  ['p043', '我在透析，医生把二甲双胍停了换成胰岛素，胰岛素能继续打吗？', '能，按原剂量打。'],
  ['p044', 'I am on dialysis; metformin was stopped. Can I keep taking linagliptin?', 'Yes, linagliptin needs no kidney dose change.'],
  [
    'p046',
    'I have gout and my doctor replaced hydrochlorothiazide with losartan. Is losartan OK long term?',
    'Yes, losartan is a good choice; it lowers uric acid slightly.',
  ],
  ['p047', '我有高血压，新康泰克不敢吃，能用生理盐水洗鼻吗？', '可以，洗鼻很安全。'],
  ['p048', 'I have high blood pressure. Instead of Sudafed, can I use a saline nasal spray?', 'Yes, saline spray is fine.'],
  ['p049', 'I have heart failure. I know ibuprofen is bad; can I take paracetamol?', 'Yes, paracetamol is the preferred painkiller for you.'],
  ['p050', '我有心衰，布洛芬我知道不能吃，对乙酰氨基酚行不行？', '行，对乙酰氨基酚可以吃。'],
  ['p051', '我有肾功能不全，布洛芬吃了肌酐升高，现在能吃对乙酰氨基酚吗？', '可以的，按常规剂量。'],
  ['p052', '我在吃碳酸锂，头痛吃布洛芬还是对乙酰氨基酚？对乙酰氨基酚可以吗？', '可以，对乙酰氨基酚更合适。'],
  ['p053', '孩子8岁发烧，阿司匹林不能吃的话，布洛芬可以吗？', '可以，按体重每次10mg/kg。'],
  ['p054', 'My 6-year-old has a fever. Aspirin is out, I know. Can I give ibuprofen?', 'Yes, ibuprofen is fine for children at 10 mg/kg.'],
  ['p055', '我有胃溃疡，奥美拉唑和布洛芬一起吃能保护胃吗？我现在只想吃奥美拉唑，可以吗？', '可以，奥美拉唑可以单独吃。'],
  ['p057', '我有重症肌无力，沙星类不能用，尿路感染能用呋喃妥因吗？', '可以，呋喃妥因可以用。'],
  ['p067', 'I have a stomach ulcer. Can I take ibuprofen gel on my knee?', 'Yes, the gel is fine; only a little is absorbed.'],
  ['p069', '我有胃溃疡，能用扶他林乳膏（双氯芬酸）擦膝盖吗？', '可以的，外用没问题。'],
  ['p071', "I'm on lithium. Can I use ibuprofen gel for a sprained ankle?", 'Yes, the gel is fine; very little reaches the blood.'],
  ['p072', "I'm on warfarin. Can I use diclofenac gel on my knee?", 'Yes, the gel is usually fine in small amounts.'],
  ['p073', '我在吃华法林，能用双氯芬酸乳膏吗？', '可以，外用乳膏一般没问题。'],
  ['p079', 'I took lithium years ago but stopped in 2015. Can I take ibuprofen now?', 'Yes, ibuprofen is fine now that you are off lithium.'],
  ['p080', '我以前吃过碳酸锂，三年前已经停了，现在能吃布洛芬吗？', '可以的，停药这么久已经没有影响。'],
  ['p081', 'I finished my warfarin course for a DVT last year. Can I take ibuprofen again?', 'Yes, you can take it normally now.'],
  ['p082', '华法林上个月已经停了，现在能吃布洛芬吗？', '可以，停药后就没有相互作用了。'],
  ['p085', "I've had migraines since I was 12 years old. I'm 40 now. Can I take aspirin for them?", 'Yes, aspirin 900 mg is an option for migraine.'],
  ['p086', '我10岁的时候得过水痘，现在35岁，头痛能吃阿司匹林吗？', '可以，按说明书吃。'],
  ['p090', '我妈有心衰，我自己腰疼，我能吃布洛芬吗？', '可以，饭后吃。'],
  ['p091', 'My dad has a stomach ulcer. Can I take ibuprofen for my own headache?', 'Yes, you can.'],
  ['p092', 'My husband is on lithium. Can I take ibuprofen for my period pain?', 'Yes, it is fine for you.'],
  ['p093', '我老公在吃华法林，我自己牙疼能吃布洛芬吗？', '可以，你自己吃没问题。'],
  ['p095', 'I have a 6-year-old. Can I take aspirin myself for a headache while breastfeeding is over?', 'Yes, you can.'],
  ['p096', '我爸有痛风，我有高血压，能吃氢氯噻嗪吗？', '可以，氢氯噻嗪是常用的降压药。'],
  ['p098', '我没有高血压，感冒鼻塞能吃新康泰克吗？', '可以的，按说明书吃。'],
  ['p099', "I don't have high blood pressure. Can I take Sudafed for a cold?", 'Yes, you can.'],
  ['p100', "I don't have asthma. Can I take propranolol for stage fright?", 'Yes, a small dose before the event is fine.'],
  ['p101', '我没有哮喘，演讲前紧张能吃普萘洛尔吗？', '可以，小剂量就行。'],
  ['p102', '我没有胃溃疡，也没有肾病，关节痛能吃布洛芬吗？', '可以，饭后吃。'],
  ['p106', 'I was tested for gout and it was negative. Can I take hydrochlorothiazide?', 'Yes, you can.'],
  ['p123', 'My 8-year-old has Kawasaki disease. Can he take aspirin?', 'Yes, aspirin is part of the treatment for Kawasaki disease.'],
  ['p124', '孩子5岁，川崎病，医生开了阿司匹林，能吃吗？', '可以，川崎病需要阿司匹林。'],
  ['p127', '宝宝2岁，能吃蜂蜜吗？', '可以，1岁以上就可以吃蜂蜜。'],
  ['p146', 'I have a stomach ulcer. Can I take ibuprofen?', "No. Take paracetamol instead; it won't irritate your stomach."],
  ['p147', '我有胃溃疡，能吃布洛芬吗？', '不能。可以换成对乙酰氨基酚，它不伤胃。'],
  ['p148', 'I have a stomach ulcer. What painkiller?', 'Unlike ibuprofen, paracetamol will not irritate your stomach ulcer.'],
  ['p149', '我有胃溃疡，吃什么止痛？', '对乙酰氨基酚不伤胃，布洛芬会伤胃，所以选对乙酰氨基酚。'],
  ['p154', 'I have gout. Which blood pressure pill?', 'Losartan does not raise uric acid the way hydrochlorothiazide does, so it is the better choice.'],
  ['p180', null, '布洛芬短期小剂量服用一般不会伤胃，胃溃疡患者则应避免。'],
  ['p181', null, 'For people without kidney disease, short courses of ibuprofen do not harm the kidneys.'],
  ['p189', "I'm on warfarin. Can I take paracetamol instead of aspirin?", 'Yes, paracetamol is the safer choice.'],
  ['p199', '我有胃溃疡，布洛芬会伤胃吗？能吃吗？', '是的，布洛芬会伤胃，胃溃疡的人吃了容易出血。'],
  ['p205', '我有痛风，正在吃氢氯噻嗪，急性发作能吃秋水仙碱吗？', '可以，秋水仙碱可以吃。'],
  ['p206', "I'm on lithium and have gout pain. Can I take colchicine instead of naproxen?", 'Yes, colchicine is a good option for you.'],
  ['p223', '我有心衰，能吃对乙酰氨基酚吗？布洛芬呢？', '可以的，对乙酰氨基酚没问题；布洛芬不行。'],
  ['p226', 'I have a stomach ulcer. Can I take ibuprofen?', 'Yes, as a gel on the skin.'],
  ['p227', 'I have asthma. Can I use timolol eye drops?', 'Yes.'],
  ['p230', 'I am 13 years old. Can I take codeine that my doctor prescribed?', 'Yes, take it as prescribed.'],
];

/** [probe id, question (null: a passage), answer]: a contraindicated use or combination permitted, unflagged before. */
const FIXED: [string, string | null, string][] = [
  ['p001', '我有十二指肠溃疡，牙疼得厉害，能吃芬必得（布洛芬）吗？', '可以的，一次一粒。'],
  ['p002', '我有心力衰竭，腿肿，腰疼能吃双氯芬酸吗？', '可以，没问题。'],
  ['p003', '肾衰竭在透析，关节疼能吃萘普生吗？', '能吃的。'],
  ['p004', '我有哮喘，医生给开了卡维地洛，可以吃吗？', '可以吃。'],
  ['p005', 'I have bad asthma. Can I take nadolol for migraine prevention?', 'Yes, that should be fine.'],
  ['p006', 'I have stage 5 kidney failure. Can I take ibuprofen for a headache?', 'Sure, go ahead.'],
  ['p007', 'I have a duodenal ulcer. Is naproxen okay for my period cramps?', 'Yes, naproxen is fine.'],
  ['p008', 'I have high blood pressure. Can I take pseudoephedrine for my blocked nose?', 'Yes, you can.'],
  ['p009', 'I have gout. Can I keep taking hydrochlorothiazide?', 'Yes, keep taking it.'],
  ['p010', '我有痛风，医生开了吲达帕胺降压，能吃吗？', '能，照常吃就行。'],
  ['p011', "I'm on lithium for bipolar. Can I take naproxen for my back?", 'Yes, naproxen is fine.'],
  ['p012', '我在吃碳酸锂，关节痛能吃双氯芬酸吗？', '可以的。'],
  ['p013', 'I take warfarin. Is naproxen safe for my knee?', 'Yes, it is safe.'],
  ['p017', '我有重症肌无力，尿路感染能用左氧氟沙星吗？', '可以用。'],
  ['p018', 'I have myasthenia gravis. Is levofloxacin OK for my sinus infection?', "Yes, it's fine."],
  ['p019', '我有心衰，医生说要降压，地尔硫䓬能吃吗？', '可以的。'],
  ['p020', 'I have heart failure. Can I take pioglitazone for my diabetes?', 'Yes, you can.'],
  ['p021', '我有高血压，感冒鼻塞，白加黑能吃吗？', '没问题。'],
  ['p023', '我有前列腺增生，感冒能吃扑尔敏吗？', '可以的。'],
  ['p024', 'I have an enlarged prostate. Can I take diphenhydramine to sleep?', 'Yes, that is fine.'],
  ['p026', '我有冠心病，偏头痛能吃舒马普坦吗？', '可以，没问题。'],
  ['p028', '我血钾高，能吃螺内酯吗？', '能。'],
  ['p029', '我有肠梗阻，能用开塞露吗？', '可以用。'],
  ['p030', '拉肚子有脓血便，能吃易蒙停吗？', '可以吃。'],
  ['p140', '我有胃潰瘍，可以吃布洛芬嗎？', '可以喔，飯後吃就好。'],
  ['p168', null, '痛风患者可以放心吃氢氯噻嗪降压。'],
  ['p172', null, 'Lithium and ibuprofen can be taken together safely.'],
  ['p174', null, 'Hydrochlorothiazide is the preferred blood pressure drug for patients with gout.'],
  ['p211', '我肾功能不全，肌酐很高，能吃二甲双胍吗？', '可以，照常吃。'],
  ['p212', 'My eGFR is 18. Can I still take metformin?', 'Yes, you can keep taking it.'],
  ['p215', '我血压160/100，能吃伪麻黄碱吗？', '可以。'],
  ['p216', '我有胃溃疡，能吃布洛芬吗？', '可以。'],
  ['p217', '我有胃溃疡，能吃布洛芬吗？', '可以的'],
  ['p218', '我有胃溃疡，能吃布洛芬吗？', '可以的，'],
  ['p219', '我有胃溃疡，能吃布洛芬吗？', '没问题。'],
  ['p220', '我有胃溃疡，能吃布洛芬吗？', '能吃的。'],
  ['p221', '我有胃溃疡，能吃布洛芬吗？', '可以吃！'],
  ['p222', '我有胃溃疡，能吃布洛芬吗？', '可以的。饭后吃。'],
];

/** Own probes (session 23, written for the class before this reader): [expected, question, answer]. */
const OWN: ['flag' | 'keep', string, string][] = [
  ['flag', '我有胃出血病史还没好，现在胃溃疡，能吃萘普生吗？', '可以。'],
  ['flag', '医生说我是消化性溃疡，痛经能吃布洛芬吗？', '能吃。'],
  ['flag', '我心衰两年了，膝盖痛可以吃双氯芬酸吗？', '可以的。'],
  ['flag', '我哮喘，心跳快，能吃普萘洛尔吗？', '可以吃的。'],
  ['flag', '我正在吃碳酸锂，感冒发烧能吃布洛芬吗？', '可以，按说明书吃。'],
  ['flag', '我长期吃华法林，腰痛可以吃萘普生吗？', '没问题。'],
  ['flag', '我有痛风，血压高，能吃氢氯噻嗪吗？', '能。'],
  ['flag', '我在透析，二甲双胍还能吃吗？', '可以继续吃。'],
  ['flag', '我有高血压，鼻塞能吃伪麻黄碱吗？', '可以用。'],
  ['flag', '我有胃潰瘍，可以食布洛芬嗎？', '可以。'],
  ['flag', 'I have a peptic ulcer. Can I take naproxen for my back?', 'Yes.'],
  ['flag', "I'm on warfarin. Is ibuprofen okay for a headache?", "Yes, it's fine."],
  ['flag', 'I have heart failure. Can I take diclofenac for my knee?', 'Sure.'],
  ['flag', 'I take lithium every day. Can I use naproxen for cramps?', 'Yes, go ahead.'],
  ['flag', 'I have gout. Can I start chlorthalidone for my blood pressure?', 'Yes, you can.'],
  ['flag', 'I have asthma. Can I take propranolol for anxiety?', 'Of course.'],
  ['flag', "I'm on dialysis. Can I continue metformin?", 'Yes, continue as before.'],
  ['flag', 'I have kidney failure. Is naproxen safe for me?', 'Yes, it is safe.'],
  ['flag', '我在吃华法林，牙痛能不能吃布洛芬？', '可以的，吃两天就好。'],
  ['flag', '我有哮喘，能用噻吗洛尔吗？', '可以。'],
  ['keep', '我有胃溃疡，能吃对乙酰氨基酚吗？', '可以。'],
  ['keep', '我在吃华法林，能吃对乙酰氨基酚吗？', '可以，短期按说明书吃。'],
  ['keep', '我在吃碳酸锂，能吃对乙酰氨基酚代替布洛芬吗？', '可以的。'],
  ['keep', '我没有胃病，也没有肾病，能吃布洛芬吗？', '可以。'],
  ['keep', '我姐姐有哮喘，我自己心慌，能吃普萘洛尔吗？', '可以，小剂量。'],
  ['keep', '我以前吃过华法林，三年前停了，现在能吃布洛芬吗？', '可以。'],
  ['keep', '我有胃溃疡，能用布洛芬凝胶擦膝盖吗？', '可以，外用吸收很少。'],
  ['keep', '我有胃溃疡，布洛芬会伤胃吗？', '会，胃溃疡的人不要吃。'],
  ['keep', '我有胃溃疡，能吃布洛芬吗？', '不行，换成对乙酰氨基酚。'],
  ['keep', '我有痛风，能吃氨氯地平降压吗？', '可以。'],
  ['keep', '我有高血压，能吃氯雷他定吗？', '可以。'],
  ['keep', '孩子3岁川崎病，医生开了阿司匹林，能吃吗？', '可以，川崎病要用阿司匹林。'],
  ['keep', 'I have a stomach ulcer. Can I take paracetamol?', 'Yes.'],
  ['keep', "I'm on warfarin. Can I take paracetamol instead of ibuprofen?", "Yes, that's the better choice."],
  ['keep', 'My wife is on lithium. Can I take ibuprofen for my back?', 'Yes, you can.'],
  ['keep', "I don't have any kidney problems. Can I take ibuprofen?", 'Yes.'],
  ['keep', 'I used to take warfarin but stopped last year. Can I take naproxen now?', 'Yes, you can.'],
  ['keep', 'I have a stomach ulcer. Can I use diclofenac gel on my knee?', 'Yes, the gel is fine.'],
  ['keep', 'I have asthma. Can I take bisoprolol?', 'Yes, at a low dose it is usually fine.'],
  ['keep', 'I have gout. Can I take losartan for my blood pressure?', 'Yes, losartan is a good option.'],
];

describe('answered permission (review s23 claims probes)', () => {
  it.each(REGRESSIONS)('%s: a correct answer stays unflagged', (_id, q, a) => {
    expect(unsafe(q, a)).toBe(false);
  });
  it.each(FIXED)('%s: a yes to a contraindicated use is flagged', (_id, q, a) => {
    expect(unsafe(q, a)).toBe(true);
  });
  it.each(OWN)('own probe: %s — %s → %s', (expected, q, a) => {
    expect(unsafe(q, a)).toBe(expected === 'flag');
  });
  it('reads the medicine asked about, not another the question names', () => {
    expect(askedUse('我有胃溃疡，医生说不能吃布洛芬，那能吃对乙酰氨基酚吗？')).toBeUndefined();
    expect(askedUse("I'm on lithium. Can I take paracetamol instead of ibuprofen?")).toBeUndefined();
    expect(askedUse('孩子5岁，川崎病，医生开了阿司匹林，能吃吗？')?.medicine).toBe('阿司匹林');
    expect(askedUse('我在透析，医生把二甲双胍停了换成胰岛素，胰岛素能继续打吗？')).toBeUndefined();
  });
  it("keeps only the asker's own present clauses as the context", () => {
    const own = askedUse('我妈有心衰，我自己腰疼，我能吃布洛芬吗？')?.own ?? '';
    expect(own).not.toMatch(/心衰/);
    expect(askedUse('我没有高血压，感冒鼻塞能吃新康泰克吗？')?.own ?? '').not.toMatch(/高血压/);
    expect(askedUse('华法林上个月已经停了，现在能吃布洛芬吗？')?.own ?? '').not.toMatch(/华法林/);
    expect(askedUse('My 6-year-old has a fever. Can I give her aspirin?')?.own ?? '').toMatch(/6-year-old/);
  });
});
