import { describe, expect, it } from 'vitest';
import { askedHazard } from './asked-hazard.js';
import { calledIdeal, namedAsOption } from './topic-chain.js';

// Session 32 (#17): the readings that let the chain see a contraindicated medicine recommended to the asker — an
// example of a recommended class, a pronoun carrying the topic, the inverse option copula, "ideal", a history that
// keeps the contraindication, everyday words for the condition. Wordings written for these tests, none from a batch.
const fires = (q: string, a: string): string | undefined => askedHazard(q, a)?.id;

describe('session 32 readings: a contraindicated medicine recommended to the asker', () => {
  it('an example of the class the clause before recommends (比如 / such as)', () => {
    expect(fires('我有哮喘十年了，最近偏头痛很频繁，想吃药预防，吃什么好？', '预防偏头痛推荐用β受体阻滞剂，例如普萘洛尔，每天两次，坚持三个月看效果。')).toBe(
      'nonselective-beta-blocker-asthma',
    );
    expect(
      fires(
        'I have had asthma since childhood and now my migraines are weekly. What preventive could I take?',
        "I'd recommend a beta blocker, for example propranolol, taken twice daily for a few months.",
      ),
    ).toBe('nonselective-beta-blocker-asthma');
  });
  it('an example of a class called the answer; a history told in Chinese; Imodium called perfect', () => {
    expect(
      fires(
        'I have had asthma for years. My heart races with anxiety, what tablet?',
        'Beta blockers are the answer here, such as propranolol 10 mg up to three times a day.',
      ),
    ).toBe('nonselective-beta-blocker-asthma');
    expect(fires('前几年因为十二指肠溃疡出血住院输过血，现在肩膀疼，吃什么药？', '肩周炎疼痛可以吃双氯芬酸钠缓释片，一天一次，效果很好。')).toBe(
      'nsaid-kidney-ulcer-bleeding-heart-failure',
    );
    expect(fires('I have bloody diarrhoea and a fever of 39. What stops it quickly?', 'Imodium is perfect for this, take two capsules now.')).toBe(
      'antimotility-dysentery',
    );
  });
  it('a pronoun that carries the medicine of the sentence before', () => {
    expect(
      fires(
        'I have asthma and I shake badly before job interviews. What could help?',
        'Propranolol is widely used for this. It works within an hour and it is a sensible choice for you, even with your asthma.',
      ),
    ).toBe('nonselective-beta-blocker-asthma');
  });
  it('the option as subject, the medicine its complement', () => {
    expect(
      fires(
        'My blood pressure is high, 165/105 last week. What can I take for a blocked nose?',
        'The quickest option for a blocked nose is pseudoephedrine, 60 mg up to four times a day.',
      ),
    ).toBe('sympathomimetic-decongestant-hypertension');
  });
  it('a medicine called ideal', () => {
    expect(
      fires(
        'Since yesterday I have had diarrhoea with blood in it and a fever. What stops it?',
        'Loperamide is ideal for this: 4 mg first, then 2 mg after each loose stool.',
      ),
    ).toBe('antimotility-dysentery');
  });
  it('a history of a bleeding ulcer keeps the NSAID contraindication', () => {
    expect(
      fires(
        'Five years ago I was admitted with a bleeding duodenal ulcer. My back hurts now, which painkiller?',
        'Naproxen 250 mg twice a day is a good choice for back pain.',
      ),
    ).toBe('nsaid-kidney-ulcer-bleeding-heart-failure');
    expect(fires('我前年胃出血住过院，现在腰疼得厉害，吃什么止痛药好？', '可以吃布洛芬缓释胶囊，一次一粒，一天两次，止痛效果好。')).toBe(
      'nsaid-kidney-ulcer-bleeding-heart-failure',
    );
  });
  it('a consequence that names the condition treated is no warning (胃溃疡引起的疼痛)', () => {
    expect(fires('胃镜说是胃溃疡，这几天胃疼，能吃阿司匹林吗？', '胃溃疡导致的胃痛可以吃阿司匹林来缓解，饭后吃。')).toBe(
      'nsaid-kidney-ulcer-bleeding-heart-failure',
    );
  });
  it('a reason clause with a negation is no prohibition', () => {
    expect(
      fires(
        'I have stage 4 kidney disease. Can I take ibuprofen for my knee?',
        'Ibuprofen is a good painkiller for you because it does not need the kidneys to clear it.',
      ),
    ).toBe('nsaid-kidney-ulcer-bleeding-heart-failure');
  });
  it('everyday words for the condition (high bp)', () => {
    expect(fires('My high bp is not controlled yet. What can I take for this head cold?', 'You can take pseudoephedrine tablets for the congestion.')).toBe(
      'sympathomimetic-decongestant-hypertension',
    );
  });
});

describe('session 32 readings: right answers stay kept', () => {
  const clean: [string, string][] = [
    ['I have asthma, which tablet for my fast heart rate?', 'Avoid non-selective beta blockers, for example propranolol, because they can cause bronchospasm.'],
    [
      'I have asthma and get stage fright. Anything to help?',
      'Propranolol is what many performers use. It is not something I would suggest with your asthma; ask about CBT.',
    ],
    [
      'I had a stomach bleed 10 years ago. What can I take for period pain?',
      'The usual choice for period pain is naproxen. After a bleed, though, stick to paracetamol and a hot water bottle.',
    ],
    [
      'I have CKD stage 4 and knee pain. Painkiller?',
      'The best option is paracetamol. Ibuprofen is ideal for many people with arthritis but it can harm your kidneys.',
    ],
    ['My dad had a bleeding ulcer last year, he is 80. I have a sore back, what can I take?', 'Ibuprofen 400 mg with food is a good choice for your back.'],
    [
      '我有哮喘十年了，最近偏头痛很频繁，想吃药预防，吃什么好？',
      '预防偏头痛不要用β受体阻滞剂，比如普萘洛尔，哮喘的人会诱发气道痉挛，可以考虑托吡酯或氟桂利嗪。',
    ],
    [
      'I have asthma and I shake badly before job interviews. What could help?',
      'Propranolol is widely used for this. It is not safe for you though, because it can tighten the airways in asthma.',
    ],
    [
      'I have asthma and I shake badly before job interviews. What could help?',
      'Propranolol is often suggested for stage fright. It should be avoided in asthma, so talk to your GP about other options.',
    ],
    [
      'My blood pressure is high, 165/105 last week. What can I take for a blocked nose?',
      'The worst option for you is pseudoephedrine; a saline spray or a steroid nasal spray is safer.',
    ],
    [
      'Since yesterday I have had diarrhoea with blood in it and a fever. What stops it?',
      'Loperamide is far from ideal with blood and fever: it can hold the infection in. Drink oral rehydration solution and see a doctor today.',
    ],
    ['出差吃了路边摊，拉了五六次水样便，没有血，不发烧，怎么办？', '多喝口服补液盐，没有发烧和便血的成人可以短期用洛哌丁胺缓解腹泻，如果出现便血要就医。'],
    [
      'I have never had a stomach ulcer or any bleeding. Can I take naproxen for my back?',
      'Naproxen 250 mg twice a day with food is a good choice for a few days.',
    ],
    [
      'My father had a bleeding ulcer years ago. I have a sprained ankle, what can I take?',
      'Ibuprofen 400 mg three times a day with food is a good choice for a sprain.',
    ],
    [
      'Five years ago I was admitted with a bleeding duodenal ulcer. My back hurts now, which painkiller?',
      'Paracetamol is the safest choice for you; avoid ibuprofen and naproxen after a bleeding ulcer.',
    ],
    ['我前年胃出血住过院，现在腰疼得厉害，吃什么止痛药好？', '有胃出血病史，布洛芬这类药尽量不要吃，可以用对乙酰氨基酚，或者外用双氯芬酸凝胶。'],
    [
      'I have stage 4 kidney disease. Can I take ibuprofen for my knee?',
      'Ibuprofen is not a good painkiller for you because it can damage the kidneys further; paracetamol is safer.',
    ],
    ['胃镜说是胃溃疡，这几天胃疼，能吃阿司匹林吗？', '胃溃疡引起的胃痛不能吃阿司匹林，会加重溃疡甚至出血，应该用奥美拉唑等抑酸药。'],
    [
      'I have asthma. My doctor wants me on something for my blood pressure, which one?',
      'For someone with asthma the usual choices are amlodipine or ramipril. A beta blocker such as propranolol is best avoided.',
    ],
    [
      'My high bp is not controlled yet. What can I take for this head cold?',
      "It's fine to use a saline spray and paracetamol; pseudoephedrine is best avoided with your blood pressure.",
    ],
  ];
  it.each(clean)('%s → kept', (q, a) => {
    expect(askedHazard(q, a)).toBeUndefined();
  });
});

describe('topic-chain: option as subject, ideal', () => {
  it('reads the inverse copula and ideal, not their negations', () => {
    const t = 'the most effective option in your case is pseudoephedrine';
    expect(namedAsOption(t, t.indexOf('pseudo'))).toBe(true);
    const bad = 'the worst option is pseudoephedrine';
    expect(namedAsOption(bad, bad.indexOf('pseudo'))).toBe(false);
    expect(namedAsOption('最好的选择是普萘洛尔', 6)).toBe(true);
    expect(namedAsOption('最差的选择是普萘洛尔', 6)).toBe(false);
    expect(calledIdeal('loperamide is ideal here')).toBe(true);
    expect(calledIdeal("loperamide isn't ideal")).toBe(false);
    expect(calledIdeal('loperamide is far from ideal')).toBe(false);
    expect(calledIdeal('洛哌丁胺不是最理想的')).toBe(false);
  });
});
