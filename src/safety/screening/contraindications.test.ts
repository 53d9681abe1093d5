import { describe, expect, it } from 'vitest';
import { screenAnswer } from './screen.js';
import { contraindicationClaims } from './contraindications.js';

const codes = (answer: string, question: string) => screenAnswer(answer, question, { model: false }).map((f) => f.code);

// A contraindicated medicine permitted in a clause that leaves it implicit (the subject carried from the clause that
// named it), or advised with 建议/加用/合适: sentences written for this test, not taken from a batch.
describe('contraindicated use told over two clauses', () => {
  it('flags a use whose medicine the clause before named', () => {
    expect(codes('银屑病口服甲氨蝶呤效果最好，孕中期可以每周小剂量服用。', '怀孕五个月，银屑病复发了，能用什么药？')).toContain('unsafe-combination');
  });

  it('does not carry the medicine to a clause with its own subject or its own medicine', () => {
    expect(codes('蜂蜜里可能有肉毒杆菌芽孢，芽孢可以在婴儿肠道里繁殖产生毒素。', '宝宝8个月，便秘，能喂蜂蜜水吗？')).toEqual([]);
    expect(codes('甲氨蝶呤孕期禁用，孕期可以外用卡泊三醇软膏。', '怀孕五个月，银屑病复发了，能用什么药？')).toEqual([]);
  });

  it('reads 建议加用 and 合适 as advising the medicine, and a clause naming its harm as a warning', () => {
    expect(codes('建议在原方案上加用罗格列酮4mg每日一次。', '糖尿病合并心力衰竭，射血分数35%，还能加什么降糖药？')).toContain('unsafe-combination');
    expect(codes('阿托品是比较合适的解痉药。', '我有闭角型青光眼，肚子痉挛痛，能打阿托品吗？')).toContain('unsafe-combination');
    expect(codes('非甾体抗炎药：长期服用可致胃出血、肾功能下降。', '慢性肾病能吃止痛药吗？')).toEqual([]);
  });
});

// A permit word with a negator right before it denies the permission, whichever permit word it is (review finding 7:
// 合适 matched inside 不合适). Sentences written for this test.
describe('a negated permit word permits nothing', () => {
  const heartFailure = '我有糖尿病和心衰，射血分数30%，降糖药怎么选？';
  const angleClosure = '闭角型青光眼的人晕车，能贴晕车贴吗？';

  it('reads 不合适, 不太适合, 不是首选, 并非无风险 and English contractions as warnings', () => {
    expect(codes('罗格列酮对您不合适，会加重水钠潴留。', heartFailure)).toEqual([]);
    expect(codes('罗格列酮不太适合您这种情况。', heartFailure)).toEqual([]);
    expect(codes('东莨菪碱贴片不是首选。', angleClosure)).toEqual([]);
    expect(codes('东莨菪碱贴片并非无风险。', angleClosure)).toEqual([]);
    expect(codes("Scopolamine patches aren't a good choice for you.", 'I have angle-closure glaucoma and get seasick. Can I use a patch?')).toEqual([]);
  });

  it('still flags the permission said plainly', () => {
    expect(codes('罗格列酮对您比较合适。', heartFailure)).toContain('unsafe-combination');
    expect(codes('东莨菪碱贴片是首选。', angleClosure)).toContain('unsafe-combination');
    expect(codes('Scopolamine patches are a good choice for you.', 'I have angle-closure glaucoma and get seasick. Can I use a patch?')).toContain(
      'unsafe-combination',
    );
  });
});

// Session 19: two rows (sympathomimetic decongestants × hypertension, metformin × severe renal impairment), a condition
// told by a measurement in the question, and the harm denied as a permission. Own probes, not a batch's sentences.
describe('decongestants with high blood pressure, metformin with failing kidneys', () => {
  it('flags the use permitted, or its harm denied, where the question names or measures the condition', () => {
    expect(codes('Sudafed is perfectly fine for you.', 'my blood pressure is 170/105, can I take Sudafed?')).toContain('unsafe-combination');
    expect(codes('Pseudoephedrine is the better choice because it does not raise blood pressure.', 'I have high blood pressure and a cold')).toContain(
      'unsafe-combination',
    );
    expect(codes('高血压患者可以放心吃新康泰克，它不影响血压。', '我血压160/100，能吃感冒药吗')).toContain('unsafe-combination');
    expect(codes('二甲双胍不经过肾脏排泄，肾功能不全的人也能吃。', '肾小球滤过率25，还能吃二甲双胍吗')).toContain('unsafe-combination');
    expect(codes('Metformin is fine to continue at your level of kidney function.', 'my eGFR is 22 now')).toContain('unsafe-combination');
    expect(codes('肌酐高的糖友照样吃二甲双胍，不影响肾。', '我的GFR只有18了，二甲双胍还能吃吗')).toContain('unsafe-combination');
  });
  it('leaves warnings, caveats and other readers alone', () => {
    expect(codes('Pseudoephedrine can raise blood pressure, so avoid it if your blood pressure is high.', 'I have high blood pressure')).not.toContain(
      'unsafe-combination',
    );
    expect(codes('Sudafed is fine for a cold.', 'I have a cold and my blood pressure is 118/76')).not.toContain('unsafe-combination');
    expect(codes('二甲双胍是2型糖尿病的首选药物。', '我肾小球滤过率85，能吃二甲双胍吗')).not.toContain('unsafe-combination');
    expect(codes('eGFR低于30时应停用二甲双胍。', '我肾小球滤过率25，还能吃二甲双胍吗')).not.toContain('unsafe-combination');
  });
});

// Session 21: a late stage told in traditional characters or in the other common forms (own probe p42, written first).
describe('late pregnancy in every common form', () => {
  it('reads 懷孕後期 / 孕後期 / 孕八个月 / 第三孕期 as late pregnancy for an NSAID', () => {
    expect(codes('可以，布洛芬每次400毫克，一天三次，懷孕後期吃也沒問題。', '懷孕28週，感冒頭痛，可以吃布洛芬嗎？')).toContain('unsafe-combination');
    expect(codes('孕八个月可以吃布洛芬止痛，没问题。', '牙疼，能吃什么？')).toContain('unsafe-combination');
    expect(codes('第三孕期可以放心服用萘普生。', '孕期偏头痛怎么办？')).toContain('unsafe-combination');
  });

  it('keeps the warning and trying-to-conceive months apart', () => {
    expect(codes('懷孕後期不建議吃布洛芬，頭痛可以吃普拿疼。', '懷孕28週，感冒頭痛，可以吃布洛芬嗎？')).not.toContain('unsafe-combination');
    expect(codes('备孕7个月了，偶尔头痛可以吃布洛芬。', '备孕期间头痛能吃药吗？')).not.toContain('unsafe-combination');
    // Review s21 CU-4: months of trying told in other words.
    expect(codes('试孕8个月了，布洛芬可以吃。', '头痛能吃什么？')).not.toContain('unsafe-combination');
    expect(codes('想怀孕8个月了一直没怀上，布洛芬可以吃。', '头痛能吃什么？')).not.toContain('unsafe-combination');
    expect(codes('怀孕8个月了，布洛芬可以吃。', '头痛能吃什么？')).toContain('unsafe-combination');
  });
});

// Session 22 (review s21 CU-8): Cantonese negation of a permission — 唔可以, 唔好 — after the traditional fold.
describe('Cantonese negation denies the permission', () => {
  const combo = (a: string, q: string) => screenAnswer(a, q, { model: false }).some((f) => f.code === 'unsafe-combination');
  it('reads 唔可以/唔好 as not allowed, and the same words without them as allowed', () => {
    expect(combo('孕8個月可以食撲熱息痛，唔可以食布洛芬。', '孕8個月可以食咩止痛藥？')).toBe(false);
    expect(combo('孕8個月唔好食布洛芬，可以食撲熱息痛。', '孕8個月頭痛')).toBe(false);
    expect(combo('孕8個月可以食撲熱息痛，亦可以食布洛芬。', '孕8個月可以食咩止痛藥？')).toBe(true);
    expect(combo('孕8個月可以食布洛芬，唔使擔心。', '孕8個月頭痛')).toBe(true);
  });
});

// Session 38: a title or question naming the child group yields to the sentence's own ages when none is a harmed one.
describe("the sentence's own stated ages over the group its context names", () => {
  // Read as screenPassage reads them: normalised to lower case.
  const direct = (s: string, title: string) => contraindicationClaims(s.toLowerCase(), { conditions: [], text: title.toLowerCase() }).map((f) => f.reason);
  it('keeps a use stated for ages outside the harmed ones', () => {
    expect(direct('Aspirin can be taken for fever by people aged 16 and over.', 'Fever in teenagers and adults')).toEqual([]);
    expect(direct('From the age of 16, aspirin can be used for pain and fever.', 'Aspirin and children')).toEqual([]);
  });
  it('keeps it where the sentence names the group with safe ages of its own', () => {
    expect(direct('When your child turns 16, aspirin can be used for headaches.', '')).toEqual([]);
    expect(direct('Honey is fine once your baby is past their first birthday.', '')).toEqual([]);
  });
  it('still holds a use whose own ages include a harmed one, or that states none', () => {
    expect(direct('From age 3, aspirin can be used for fever.', "Children's fevers")).toEqual(['aspirin-child: permitted']);
    expect(direct('Aspirin can be used for fever.', "Children's fevers")).toEqual(['aspirin-child: permitted']);
    expect(direct('Children over 40 lbs can take aspirin for fever.', '')).toEqual(['aspirin-child: permitted']);
    expect(direct('Adults and children can take aspirin for fever.', '')).toEqual(['aspirin-child: permitted']);
    // Codeine for cough is for adults only (FDA 2018, NMPA 2018): over 12 is no safe age for it.
    expect(direct('12岁以上儿童可以服用可待因止咳。', '')).toEqual(['codeine-child: permitted']);
  });
});
