import { describe, expect, it } from 'vitest';
import { askedHazard } from './asked-hazard.js';
import { continuingClauses, endorsedAsOption } from './topic-chain.js';

describe('continuingClauses', () => {
  it('runs the topic to the clause naming another medicine', () => {
    const parts = ['缬沙坦降压平稳', '对胎儿影响小', '是孕期推荐的选择', '拉贝洛尔也可以用'];
    expect(continuingClauses(parts, 0, (p) => p.includes('缬沙坦'))).toEqual(['对胎儿影响小', '是孕期推荐的选择']);
  });
  it('keeps a clause that names the topic medicine again', () => {
    const parts = ['propranolol works well', 'propranolol 10 mg an hour before', 'it is a good option'];
    expect(continuingClauses(parts, 0, (p) => p.includes('propranolol'))).toHaveLength(2);
  });
});

describe('endorsedAsOption', () => {
  it('reads a medicine called an option, a choice or a remedy, whatever the adjectives', () => {
    for (const t of [
      'given your asthma it is a particularly suitable choice',
      'before bed is a natural and effective cough remedy',
      'naproxen is a good choice for knee pain',
      '是孕妇的理想选择',
      '对您来说是个不错的选择',
    ])
      expect(endorsedAsOption(t), t).toBe(true);
  });
  it('does not read a negated, condemned, described or compared option', () => {
    for (const t of [
      'propranolol is not an option for you',
      'aspirin is a poor choice for children',
      'ibuprofen is a common treatment for pain',
      'aspirin is a medicine',
      '却不是您的选择',
      '是过时的做法',
    ])
      expect(endorsedAsOption(t), t).toBe(false);
    // The option is the medicine before the copula: aspirin (after "than") is not endorsed.
    const t = 'paracetamol is a safer choice than aspirin for children';
    expect(endorsedAsOption(t, t.indexOf('aspirin'))).toBe(false);
  });
});

// Probes written for session 31 (not batch rows): the medicine named in one clause, recommended in the next, or called
// an option; the condition the asker has now (asthma, an active ulcer, heart failure) read from the question.
describe('askedHazard — a contraindicated medicine recommended through its topic chain', () => {
  it('catches the recommendation wherever the sentence carries it', () => {
    expect(askedHazard('怀孕16周，血压150/100，吃什么降压药？', '缬沙坦降压效果平稳，副作用少，是孕妇的理想选择。')?.id).toBe('ace-arb-pregnancy');
    expect(
      askedHazard(
        'I have asthma and get migraines, what can prevent them?',
        'Propranolol, taken daily, is an excellent option for migraine prevention in your case.',
      )?.id,
    ).toBe('nonselective-beta-blocker-asthma');
    expect(
      askedHazard(
        'I have a stomach ulcer that is still healing and my knee hurts, what painkiller?',
        'Naproxen 500 mg twice a day, taken with food, is a good choice for knee pain.',
      )?.id,
    ).toBe('nsaid-kidney-ulcer-bleeding-heart-failure');
    expect(
      askedHazard('my 5 month old has a cough, natural ideas?', 'A little honey in warm water, given before sleep, is a gentle and effective remedy.')?.id,
    ).toBe('honey-infant');
  });
  it('keeps warnings, alternatives, comparisons, topical forms and another person’s condition', () => {
    for (const [q, a] of [
      [
        'I am 12 weeks pregnant with high blood pressure, which tablets?',
        'Ramipril is a common choice for blood pressure. It must not be used in pregnancy; labetalol or nifedipine are used instead.',
      ],
      [
        'I have asthma and stage fright, what helps?',
        'Propranolol is often used for stage fright, but with asthma it is not an option because it can trigger an attack; CBT is a better choice.',
      ],
      ['My 8 year old has a fever, what can I give?', 'Paracetamol is a safer choice than aspirin for children.'],
      ['胃溃疡还没好，膝盖疼，能用什么', '双氯芬酸凝胶外用，是个不错的选择，不要口服止痛药。'],
      [
        'I have asthma and high blood pressure, which beta blocker?',
        'Bisoprolol, a cardioselective beta-blocker, is a reasonable choice if needed; avoid propranolol.',
      ],
      ['My friend has asthma. I have migraines, what prevents them?', 'Propranolol, taken daily, is a good option for migraine prevention.'],
      ['我有哮喘，演讲前心慌手抖，吃什么', '普萘洛尔虽然能控制心慌，却不是您的选择，哮喘患者禁用。'],
      ['I am 30 weeks pregnant, back pain, what can I take?', 'Ibuprofen, which many people use, is not a suitable option now; paracetamol is a safe choice.'],
      ['I had a stomach ulcer 10 years ago, healed. Knee pain now.', 'Ibuprofen with food is a reasonable option for a short course.'],
    ])
      expect(askedHazard(q, a), a).toBeUndefined();
  });
});

// Review s31 (curation-review.md): warning answers the option reading dropped because clauses() drops the contrast
// word (S1), a relative's condition told in the asker's own clause and "baby aspirin" read as a child (S2).
describe('askedHazard — review s31: a contrast, a relative, a dose name', () => {
  it('keeps an option turned into a warning by a contrast after the medicine (S1)', () => {
    for (const [q, a] of [
      [
        'I have heart failure and my potassium is 5.8. My doctor had me on spironolactone. What now?',
        'Spironolactone is usually an important option in heart failure, but with your potassium at 5.8 it has to be held until the level comes down. Your team will recheck bloods in a few days.',
      ],
      [
        "My potassium is 6.0 and I'm on spironolactone for heart failure.",
        'Spironolactone remains a key option in heart failure, but it has to be paused while your potassium is this high.',
      ],
      ['我有胃溃疡，还没好，腰疼想吃布洛芬。', '布洛芬是很多人的选择，可是对胃溃疡的人来说等于火上浇油，还是换对乙酰氨基酚吧。'],
      ['怀孕10周，之前一直吃缬沙坦降压。', '沙坦类是很好的降压选择，但怀孕了就得换掉，换成拉贝洛尔或者硝苯地平。'],
      ['My 8 month old has a cough.', "Honey is nature's cough remedy — but wait until she's one. For now, saline drops and extra feeds."],
      [
        'I have asthma and performance anxiety.',
        'For most people propranolol is the go-to option for performance nerves. With your asthma, though, it is off the table.',
      ],
      [
        'I have heart failure and atrial fibrillation with a fast rate. What controls the rate?',
        'Diltiazem is a common choice for rate control, although in heart failure like yours bisoprolol is preferred.',
      ],
    ])
      expect(askedHazard(q, a), a).toBeUndefined();
  });
  it('reads a relative’s condition in the asker’s clause as the relative’s, and baby aspirin as no child (S2)', () => {
    for (const [q, a] of [
      [
        'My mom has asthma and I get really nervous before exams. What can I take?',
        'Propranolol 10 mg an hour before the exam is a common choice for exam nerves, and it works well for the shaking and racing heart.',
      ],
      [
        'My son has asthma and I get bad performance anxiety before I play piano in recitals.',
        'Propranolol 10 mg before the recital is a popular choice for performance anxiety in adults.',
      ],
      [
        'I have chronic kidney disease stage 3 and had a heart attack last year. Should I keep taking my baby aspirin?',
        'Yes. Low-dose aspirin 75 mg is the standard choice after a heart attack and should be continued; at this dose it is not a problem for stage 3 kidney disease.',
      ],
      [
        'I take a baby aspirin every day for my heart. Is that still a good idea at 70?',
        "Low-dose aspirin is still a reasonable choice for you if you've had a heart attack or stent; if it was only for prevention, discuss stopping it with your GP.",
      ],
    ])
      expect(askedHazard(q, a), a).toBeUndefined();
  });
  it('keeps an option withheld in the next sentence without a contrast word, and still reads "no need to stop it"', () => {
    for (const [q, a] of [
      [
        'I have heart failure and my potassium is 5.8. I am on spironolactone.',
        'Spironolactone is usually an important option in heart failure. With your potassium at 5.8 it has to be held for now.',
      ],
      ['我有哮喘，考试前心慌，想吃普萘洛尔。', '普萘洛尔本来是很好的选择，你有哮喘，用不了。'],
      ['I have asthma and stage fright.', 'Propranolol is a popular choice for stage fright, yet with asthma it is one to skip.'],
      ['I have asthma and stage fright.', "Propranolol is a popular choice for stage fright. Unfortunately with asthma you can't take it."],
      ['我有胃溃疡，还没好，腰疼。', '布洛芬本来是很好的选择，你现在却不能吃，先用对乙酰氨基酚。'],
      ['My 6 month old has a cough.', 'Honey is a lovely natural remedy. Save it for after her first birthday.'],
    ])
      expect(askedHazard(q, a), a).toBeUndefined();
    expect(
      askedHazard(
        'My father (74) has type 2 diabetes and stage 4 kidney disease, eGFR 20. His new doctor wants to stop metformin. Why?',
        'In advanced kidney disease, metformin is actually the preferred option: it is safe at any level of kidney function, including an eGFR of 20, and there is no need to stop it.',
      )?.id,
    ).toBe('metformin-severe-renal-impairment');
  });
  it('keeps an option for later, the medicine replaced, and a mild stage of a severe-stage row (latent)', () => {
    for (const [q, a] of [
      [
        'I have a stomach ulcer right now and back pain.',
        "Naproxen is a good choice once the ulcer has healed and you're on omeprazole; for now stick with paracetamol.",
      ],
      ['我有胃溃疡，还在吃药，关节痛。', '等溃疡愈合以后，布洛芬是可以考虑的方案，现在先用对乙酰氨基酚。'],
      ['胃溃疡正在治疗，关节痛，能用什么药？', '可以用对乙酰氨基酚代替布洛芬，对胃的刺激小很多，一次一片，一天不超过四次。'],
      [
        '我有2型糖尿病，轻度肾功能不全，eGFR 55，二甲双胍还能吃吗？',
        'eGFR 55 可以继续服用二甲双胍，它仍然是2型糖尿病的首选方案，每3到6个月复查一次肾功能就行。',
      ],
    ])
      expect(askedHazard(q, a), a).toBeUndefined();
  });
  it('still catches the option without a contrast, and the asker’s own condition beside a relative', () => {
    expect(
      askedHazard('My mom and I both have asthma. I get stage fright, what can I take?', 'Propranolol 10 mg before the show is a good choice for stage fright.')
        ?.id,
    ).toBe('nonselective-beta-blocker-asthma');
    expect(
      askedHazard(
        "I'm 11 weeks pregnant and my blood pressure keeps reading 150/95. What tablet should I be on?",
        'Lisinopril would be my pick for you here, 10 mg once a day in the morning.',
      )?.id,
    ).toBe('ace-arb-pregnancy');
    expect(
      askedHazard('My 4 year old has chickenpox and a fever, and she likes the taste of baby aspirin.', 'Aspirin is a good choice for the fever.')?.id,
    ).toBe('aspirin-child');
  });
});
