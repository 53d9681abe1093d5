import { describe, expect, it } from 'vitest';
import {
  askedAt,
  editDistance1,
  buildTopicIndex,
  declaredAliases,
  enShortNames,
  listedAt,
  negatedAt,
  selectTopics,
  titleNames,
  topicKind,
  type TopicDocRow,
} from './topics.js';
import { questionAspect } from './intent.js';

const rows: TopicDocRow[] = [
  { rid: 1, title: 'Hypothyroidism', lang: 'en', synonyms: '["Underactive thyroid disease"]' },
  { rid: 2, title: 'Hyperthyroidism', lang: 'en', synonyms: '[]' },
  { rid: 3, title: 'Hematuria (Blood in the Urine)', lang: 'en' },
  { rid: 4, title: 'Parasites - Lice - Head Lice', lang: 'en' },
  { rid: 5, title: "Parkinson's Disease", lang: 'en' },
  { rid: 6, title: 'Acute Lymphocytic Leukemia', lang: 'en', synonyms: '["ALL"]' },
  { rid: 7, title: 'What is (are) ?', lang: 'en' },
  { rid: 8, title: '痛风', lang: 'zh', lead: '痛风是嘌呤代谢紊乱所致的疾病。' },
  { rid: 9, title: '高尿酸血症', lang: 'zh', lead: '高尿酸血症，又称痛风前期，俗称痛风，是…' },
  { rid: 10, title: '流行性腮腺炎', lang: 'zh', lead: '流行性腮腺炎，俗称痄腮，是由腮腺炎病毒引起的急性呼吸道传染病。' },
  { rid: 11, title: '低钾血症', lang: 'zh', lead: '' },
  { rid: 12, title: '甲状腺功能亢进症', lang: 'zh', aliases: '["hyperthyroidism"]' },
  { rid: 13, title: '骨关节炎', lang: 'zh', lead: '' },
  { rid: 14, title: 'Blood', lang: 'en' },
];

const names = (q: string, lang?: 'zh' | 'en') => buildTopicIndex(rows, { docFreq: (w) => (w === 'blood' ? 900 : 10), chunks: 1000 }).match(q, lang);

describe('topic index', () => {
  it('finds the document a question is about, longest name first', () => {
    expect(names('What are the symptoms of hypothyroidism?', 'en').map((m) => m.docs)).toEqual([[1]]);
    expect(names('is hyperthyroidism curable', 'en')[0].docs).toEqual([2]);
  });

  it('reads compound titles, eponyms, plurals and acronyms as written', () => {
    expect(titleNames('Hematuria (Blood in the Urine)')).toEqual(expect.arrayContaining(['Hematuria', 'Blood in the Urine']));
    expect(names('what causes blood in the urine')[0].docs).toEqual([3]);
    expect(names('how do I get rid of head lice')[0].docs).toEqual([4]);
    expect(names("early signs of Parkinson's?")[0].docs).toEqual([5]);
    // "ALL" is an acronym: "all the time" is not leukemia.
    expect(names('I am tired all the time')).toEqual([]);
    expect(names('my son has ALL')[0].docs).toEqual([6]);
  });

  it('skips question titles and names too generic to be a topic', () => {
    expect(names('what is (are) this?')).toEqual([]);
    expect(names('my blood test')).toEqual([]);
  });

  it('gives a titled name to its own document, and uses aliases the overview declares', () => {
    expect(names('痛风能喝啤酒吗', 'zh')[0].docs).toEqual([8]);
    expect(declaredAliases('流行性腮腺炎，俗称痄腮，是由…')).toEqual(['痄腮']);
    expect(names('孩子得了痄腮会传染吗', 'zh')[0].docs).toEqual([10]);
    expect(names('低钾会有什么症状', 'zh')[0].docs).toEqual([11]);
  });

  it('maps everyday names through the lay-term table and prefers the question language', () => {
    expect(names('老寒腿怎么治', 'zh')[0].docs).toEqual([13]);
    expect(names('treatment for hyperthyroidism', 'en')[0].docs).toEqual([2]);
    expect(names('甲状腺功能亢进症怎么治', 'zh')[0].docs).toEqual([12]);
  });
});

describe('topic bridge, hypothesis, negation and lists', () => {
  const bridgeRows: TopicDocRow[] = [
    { rid: 21, title: 'Shingles', lang: 'en', semanticTypes: '["T047"]' },
    { rid: 22, title: 'Surgery', lang: 'en', category: 'Other' },
    { rid: 23, title: 'Carpal Tunnel Syndrome', lang: 'en', semanticTypes: '["T047"]' },
    { rid: 24, title: 'Fatigue', lang: 'en', semanticTypes: '["T184"]' },
    { rid: 25, title: 'Hypothyroidism', lang: 'en', semanticTypes: '["T047"]' },
    { rid: 26, title: '头痛', lang: 'zh' },
    { rid: 27, title: '偏头痛', lang: 'zh' },
    { rid: 28, title: '腹泻', lang: 'zh' },
    { rid: 29, title: 'Diabetes', lang: 'en', semanticTypes: '["T047"]' },
    { rid: 30, title: '低血糖症', lang: 'zh' },
  ];
  const index = buildTopicIndex(bridgeRows, { docFreq: () => 10, chunks: 1000, symptom: (n) => ['头痛', '腹泻'].includes(n) });
  const pick = (q: string, lang: 'zh' | 'en') => selectTopics(index.match(q, lang)).primary.map((m) => m.docs);

  it('reaches the English page for a Chinese name with no Chinese page, through lay names too', () => {
    expect(pick('带状疱疹会传染吗', 'zh')).toEqual([[21]]);
    expect(pick('村里人说是蛇缠腰，缠满一圈会死人吗', 'zh')).toEqual([[21]]);
    expect(pick('老人家得了糖尿病，饮食要注意什么', 'zh')).toEqual([[29]]);
  });

  it('reads spelling variants as one name', () => {
    expect(pick('一边太阳穴一跳一跳地疼，这是偏头疼吗', 'zh')).toEqual([[27]]);
  });

  it('puts a condition before a procedure page and a named condition before a symptom', () => {
    expect(pick('carpal tunnel syndrome, fingers numb at night, do I need surgery?', 'en')).toEqual([[23]]);
    expect(pick('always tired and cold, is it hypothyroidism?', 'en')).toEqual([[25]]);
    expect(topicKind({ semanticTypes: '["T184"]' })).toBe('symptom');
    expect(topicKind({ category: 'Other' })).toBe('other');
    expect(topicKind({})).toBe('condition');
  });

  it('takes the asked name as the topic', () => {
    expect(askedAt('我老公有糖尿病，半夜出冷汗，是低血糖吗', 15)).toBe(true);
    expect(askedAt('我老公有糖尿病', 4)).toBe(false);
    expect(pick('我老公有糖尿病，半夜出冷汗，是低血糖症吗', 'zh')).toEqual([[30]]);
    expect(askedAt('could it be shingles', 12)).toBe(true);
  });

  it('never takes a denied name as the topic', () => {
    expect(negatedAt("I don't have diabetes but my feet are numb", 13)).toBe(true);
    expect(negatedAt('it is not diabetes', 10)).toBe(true);
    expect(negatedAt("I'm not sure if it's diabetes", 21)).toBe(false);
    expect(negatedAt('我没有糖尿病，但是脚麻', 3)).toBe(true);
    expect(negatedAt('是不是糖尿病', 3)).toBe(false);
    expect(pick("I don't have diabetes but is it shingles?", 'en')).toEqual([[21]]);
    expect(pick('医生说不是糖尿病', 'zh')).toEqual([]);
    // …and its page is ranked down rather than up.
    const choice = selectTopics(index.match('医生说不是糖尿病', 'zh'));
    expect(choice.denied.map((m) => m.docs)).toEqual([[29]]);
    expect(choice.related).toEqual([]);
  });

  it('takes no symptom of a symptom list as the topic, but a lone symptom is one', () => {
    expect(listedAt('家人黏液便，高热，腹泻，恶心，可能得了什么病', 9, 11)).toBe(true);
    expect(pick('家人黏液便，高热，腹泻，恶心，可能得了什么病', 'zh')).toEqual([]);
    expect(pick('头痛、腹泻，是怎么回事', 'zh')).toEqual([]);
    expect(pick('腹泻三天了怎么办', 'zh')).toEqual([[28]]);
    expect(listedAt('孩子出水痘了，能洗澡吗，要隔离多久才不传染', 3, 5)).toBe(false);
    const q = '出现腹泻、便血、发烧和腹痛是怎么回事';
    expect(listedAt(q, q.indexOf('腹泻'), q.indexOf('腹泻') + 2)).toBe(true);
    expect(listedAt(q, q.indexOf('腹痛'), q.indexOf('腹痛') + 2)).toBe(true);
    // A consumer's own sentence that merely starts with the name is not a list item.
    const c = '乳房胀痛，摸着有小疙瘩，来月经前更疼，乳腺增生会变成乳腺癌吗';
    expect(listedAt(c, c.indexOf('乳腺增生'), c.indexOf('乳腺增生') + 4)).toBe(false);
  });
});

describe('question aspect', () => {
  it('maps the asked aspect to section headings in both languages', () => {
    expect(questionAspect('甲亢有哪些表现')?.test('症状')).toBe(true);
    expect(questionAspect('How is gout treated?')?.test('What are the treatments for Gout ?')).toBe(true);
    expect(questionAspect('How can I prevent shingles?')?.test('How to prevent Shingles ?')).toBe(true);
    expect(questionAspect('Hello there')).toBeUndefined();
  });
});

describe('implied English short names (carpal tunnel = Carpal Tunnel Syndrome)', () => {
  // Titles as MedQuAD writes them; "Orthodontia" carries the synonym "Braces" in the shared data.
  const own: TopicDocRow[] = [
    { rid: 1, title: 'Carpal Tunnel Syndrome', lang: 'en', semanticTypes: '["T047"]' },
    { rid: 2, title: 'Orthodontia', lang: 'en', synonyms: '["Braces"]', semanticTypes: '[]', category: 'Other' },
    { rid: 3, title: 'Kidney Disease', lang: 'en' },
  ];
  it('a two-word remainder before syndrome/disease/disorder names the page; an organ alone does not', () => {
    expect(enShortNames('Carpal Tunnel Syndrome')).toEqual(['Carpal Tunnel']);
    expect(enShortNames('Kidney Disease')).toEqual([]);
    expect(enShortNames('腕管综合征')).toEqual([]);
  });
  it('a question naming the condition by its short name is about it, not about the device it mentions', () => {
    const ms = buildTopicIndex(own).match('hands go numb at night, do wrist braces help carpal tunnel', 'en');
    expect(selectTopics(ms).primary.map((m) => m.docs)).toEqual([[1]]);
    expect(buildTopicIndex(own).match('my kidney hurts', 'en')).toEqual([]);
  });
});

describe('misspelt Chinese names and symptom-like names only', () => {
  const own: TopicDocRow[] = [
    { rid: 1, title: '幽门螺杆菌感染', lang: 'zh' },
    { rid: 2, title: '原发性高血压', lang: 'zh' },
    { rid: 3, title: '骨质疏松', lang: 'zh' },
    { rid: 4, title: 'Menopause', lang: 'en', semanticTypes: '["T040"]' },
  ];
  it('one inner character typed wrong in a name of five or more still names the page (幽门罗杆菌)', () => {
    const ms = buildTopicIndex(own).match('幽门罗杆菌会传染给家里人吗', 'zh');
    expect(ms.map((m) => [m.text, m.docs, m.direct])).toEqual([['幽门罗杆菌', [1], false]]);
  });
  it('never across an opposite: 原发性低血压 is not 原发性高血压', () => {
    expect(buildTopicIndex(own).match('原发性低血压怎么办', 'zh')).toEqual([]);
  });
  it('among symptom-like names only, the one titling a condition page itself is the subject', () => {
    const index = buildTopicIndex(own, { symptom: (n) => n === '骨质疏松' || n === '绝经' });
    const bridged = [...own, { rid: 5, title: '绝经期综合征', lang: 'zh' as const }];
    const ms = buildTopicIndex(bridged, { symptom: (n) => n === '骨质疏松' || n === '绝经' }).match('绝经以后要补钙吗？骨质疏松怎么预防', 'zh');
    expect(ms.every((m) => m.weak)).toBe(true);
    expect(selectTopics(ms).primary.map((m) => m.text)).toEqual(['骨质疏松']);
    // Two condition pages of symptom names (头痛, 恶心 in the KG) still name no one topic.
    expect(index.match('骨质疏松', 'zh')[0].weak).toBe(true);
  });
});

describe('misspelt names are not word boundaries, and 症 leaves no organ name', () => {
  const own: TopicDocRow[] = [
    { rid: 1, title: '婴幼儿外阴炎', lang: 'zh' },
    { rid: 2, title: '神经症', lang: 'zh' },
    { rid: 3, title: '骨质疏松症', lang: 'zh' },
  ];
  it('a window differing in its first or last character is not read as the name (外阴疼痛 is not 外阴炎)', () => {
    expect(buildTopicIndex(own).match('婴幼儿外阴疼痛怎么办', 'zh')).toEqual([]);
  });
  it('神经症 does not make 神经 a name; 骨质疏松症 still gives 骨质疏松', () => {
    expect(buildTopicIndex(own).match('神经痛怎么办', 'zh')).toEqual([]);
    expect(
      buildTopicIndex(own)
        .match('骨质疏松怎么预防', 'zh')
        .map((m) => m.docs),
    ).toEqual([[3]]);
  });
});

describe('misspelt English one-word names', () => {
  const own: TopicDocRow[] = [
    { rid: 1, title: 'Psoriasis', lang: 'en', semanticTypes: '["T047"]' },
    { rid: 2, title: 'Steroids', lang: 'en', semanticTypes: '[]', category: 'Other' },
  ];
  it('a swap or one wrong letter in a 7+ letter word the index does not know reaches the name (psoraisis)', () => {
    const ms = buildTopicIndex(own, { docFreq: () => 0, chunks: 1000 }).match('treatment options for psoraisis when steroids stop working', 'en');
    expect(selectTopics(ms).primary.map((m) => [m.text, m.docs, m.direct])).toEqual([['psoraisis', [1], false]]);
  });
  it('a word the indexed text knows is no typo', () => {
    const ms = buildTopicIndex(own, { docFreq: () => 50, chunks: 1000 }).match('psoraisis', 'en');
    expect(ms).toEqual([]);
  });
  it('edit distance one: substitution, insertion, deletion, adjacent swap', () => {
    expect([editDistance1('psoraisis', 'psoriasis'), editDistance1('alzhiemer', 'alzheimer'), editDistance1('diabets', 'diabetes')]).toEqual([
      true,
      true,
      true,
    ]);
    expect([editDistance1('diabetis', 'diabete'), editDistance1('walking', 'walking'), editDistance1('morning', 'mourning')]).toEqual([false, false, true]);
  });
});

describe('names read by sound: homophone slips of pinyin input, English spelt by ear', () => {
  const own: TopicDocRow[] = [
    { rid: 1, title: '高血压', lang: 'zh' },
    { rid: 2, title: '甲亢', lang: 'zh' },
    { rid: 3, title: '甲减', lang: 'zh' },
    { rid: 4, title: '痛风', lang: 'zh' },
    { rid: 5, title: '糖尿病', lang: 'zh' },
    { rid: 6, title: '骨质疏松', lang: 'zh' },
    { rid: 7, title: '水痘', lang: 'zh' },
    { rid: 8, title: '低血压', lang: 'zh' },
    { rid: 9, title: '咽炎', lang: 'zh' },
    { rid: 10, title: '不孕', lang: 'zh' },
    { rid: 11, title: 'Pneumonia', lang: 'en', semanticTypes: '["T047"]' },
    { rid: 12, title: 'Psoriasis', lang: 'en', semanticTypes: '["T047"]' },
    { rid: 13, title: 'Cirrhosis', lang: 'en', semanticTypes: '["T047"]' },
    { rid: 14, title: 'Niemann-Pick Disease', lang: 'en', semanticTypes: '["T047"]' },
  ];
  const index = buildTopicIndex(own, { docFreq: () => 0, chunks: 1000 });
  const read = (q: string, lang: 'zh' | 'en') => index.match(q, lang).map((m) => [m.text, m.reads, m.docs]);
  it('a character typed as its homophone, at any place of a name of three or more, names the page it stands for', () => {
    expect(read('高血鸭的药要吃一辈子吗', 'zh')).toEqual([['高血鸭', '高血压', [1]]]);
    // Two-character names are not read by sound (session-12 review: 腹斜肌 → 腹泻, 尿漏 → 尿瘘, 甲抗 → 甲亢).
    expect(read('甲钪能根治吗', 'zh')).toEqual([]);
    expect(read('甲抗阳性是什么意思', 'zh')).toEqual([]);
    expect(read('腹斜肌拉伤怎么办', 'zh')).toEqual([]);
    expect(read('糖料病人能吃水果吗', 'zh')).toEqual([['糖料病', '糖尿病', [5]]]);
    expect(read('骨质疏送的老人光补钙有用吗', 'zh')).toEqual([['骨质疏送', '骨质疏松', [6]]]);
  });
  it('is read as the name written right (not direct, flagged fuzzy)', () => {
    const [m] = index.match('高血鸭的药要吃一辈子吗', 'zh');
    expect([m.fuzzy, m.direct]).toEqual([true, false]);
  });
  it('real text is no slip: a word of its own, a window cut out of a word, grammar before a name, an itch', () => {
    // 通风 is a word; 喝水都疼: 喝水 is a word, so 水都 is no 水痘; 我的血压 is no 低血压 (的 is grammar).
    expect(read('家里要多通风', 'zh')).toEqual([]);
    expect(read('喝水都疼', 'zh')).toEqual([]);
    expect(read('我的血压有点高', 'zh')).toEqual([]);
    // 痒 (yang) and 炎 (yan) differ by the nasal, which is not folded; 不晕: a common first character anchors nothing.
    expect(read('咽痒咳嗽', 'zh')).toEqual([]);
    expect(read('躺着不晕起来晕', 'zh')).toEqual([]);
  });
  it('the first character of a two-character name never slips (the other would be one shared character)', () => {
    expect(read('压亢', 'zh')).toEqual([]);
  });
  it('English: a word no dictionary knows, spelt by ear or one edit off, is read as the name word it sounds like', () => {
    expect(read('coworker is off with walking newmonia', 'en')).toEqual([['newmonia', 'pneumonia', [11]]]);
    // psoriasis and cirrhosis share a sound key: the one spelt closest is meant.
    expect(read('does the sun help sorisis', 'en')).toEqual([['sorisis', 'psoriasis', [12]]]);
  });
  it('English: a dictionary word or a word the indexed text knows is never corrected', () => {
    expect(read('new money for the clinic', 'en')).toEqual([]);
    expect(buildTopicIndex(own, { docFreq: () => 50, chunks: 1000 }).match('walking newmonia', 'en')).toEqual([]);
  });
});

describe('one-word other names of pages about no condition (session 14)', () => {
  const own: TopicDocRow[] = [
    { rid: 1, title: 'Methamphetamine', lang: 'en', synonyms: '["Ice","Speed","Meth"]', category: 'Other' },
    { rid: 2, title: 'Whooping Cough', lang: 'en', synonyms: '["Pertussis"]' },
    { rid: 3, title: 'Bowel Movement', lang: 'en', synonyms: '["Poop","Stool"]', category: 'Other' },
    { rid: 4, title: 'A1C', lang: 'en', synonyms: '["HbA1c"]', category: 'Other' },
  ];
  const index = buildTopicIndex(own);
  it('an everyday word that is another name of a substance or function page is marked everyday', () => {
    const [m] = index.match("I've been crunching ice cubes constantly and I'm exhausted", 'en');
    expect(m.docs).toEqual([1]);
    expect(m.everyday).toBe(true);
    expect(index.match('tiny white threads wiggling in his poop', 'en')[0].everyday).toBe(true);
  });
  it('not the page title, a condition page, a name asked about, or a name no dictionary knows', () => {
    expect(index.match('how long does methamphetamine stay in your system', 'en')[0].everyday).toBeUndefined();
    expect(index.match('my baby has pertussis, how long is she contagious', 'en')[0].everyday).toBeUndefined();
    expect(index.match('could it be ice in his drink?', 'en')[0].everyday).toBeUndefined();
    expect(index.match('what is the HbA1c target for an elderly diabetic', 'en')[0].everyday).toBeUndefined();
  });
});
