import { describe, expect, it } from 'vitest';
import { buildEvidenceAnswer } from './evidence-answer.js';
import { namesWithoutPage, tableMedicines, widen } from './no-page.js';

describe('no page about the medicine asked', () => {
  // Titles as the shared KB has them: disease pages that list 苯磺酸氨氯地平胶囊 among common medicines, no drug page.
  const hits = [
    { title: '小儿高血压', about: undefined },
    { title: '高血压肾病', about: undefined },
  ];
  it('names a medicine no retrieved passage is about, whole (氨氯地平, not its ending 地平)', () => {
    expect(namesWithoutPage('吃氨氯地平降压，最近两个脚踝都肿了，是药的副作用吗', hits)).toEqual(['氨氯地平']);
    expect(namesWithoutPage('lisinopril dry cough wont go away', [{ title: 'Cough' }])).toEqual(['lisinopril']);
  });
  it('a medicine with its own page, or a question naming none, says nothing', () => {
    expect(namesWithoutPage('does lisinopril cause cough', [{ title: 'Lisinopril' }])).toEqual([]);
    expect(namesWithoutPage('布洛芬能天天吃吗', [{ title: '解热镇痛药', about: '布洛芬' }])).toEqual([]);
    expect(namesWithoutPage('膝盖疼怎么办', hits)).toEqual([]);
  });
  it('widens a name found by its ending up to the word before it', () => {
    expect(widen('阿司匹林能和布洛芬一起吃吗', '洛芬')).toBe('布洛芬');
    expect(widen('最近在吃二甲双胍', '双胍')).toBe('二甲双胍');
    // A pronoun is never part of the name (the user test: 'no page about 我青霉素').
    expect(widen('我青霉素过敏', '青霉素')).toBe('青霉素');
    expect(widen('你们氨氯地平吃多久了', '地平')).toBe('氨氯地平');
    expect(namesWithoutPage('阿莫西林和头孢可以一起吃吗？我青霉素过敏', [])).not.toContain('我青霉素');
  });
  it('reads the medicines the shape misses from the one name table, as the question writes them (blind q-31/q-32)', () => {
    expect(
      namesWithoutPage('metformin giving me diarrhea every morning, does the XR version help?', [{ title: 'What I need to know about Diarrhea' }]),
    ).toEqual(['metformin']);
    expect(namesWithoutPage('Is Zyrtec ok while breastfeeding a 3 month old?', [{ title: 'Breastfeeding' }])).toEqual(['Zyrtec']);
    expect(namesWithoutPage('Taking levothyroxine with my morning coffee - does it actually matter?', [])).toEqual(['levothyroxine']);
    expect(namesWithoutPage('思密达和益生菌一起吃会不会没效果，宝宝拉肚子', [{ title: '腹泻' }])).toEqual(['思密达']);
    // The table knows where a name starts: 换成缬沙坦 is 缬沙坦, 说左氧氟沙星 is 左氧氟沙星.
    expect(namesWithoutPage('我上次问过吃氨氯地平脚肿的事，医生现在给我换成缬沙坦了，这个也会脚肿吗？', [])).toEqual(['氨氯地平', '缬沙坦']);
    expect(namesWithoutPage('说左氧氟沙星小孩不能吃，那我家16岁的能吃吗', [])).toEqual(['左氧氟沙星']);
    // A shape name cut at the wrong start (托伐他汀钙片) gives way to the table's name it overlaps (q31-005, q31-015).
    expect(namesWithoutPage('他汀类药物晚上吃还是早上吃？我吃的是阿托伐他汀钙片20mg', [])).toEqual(['阿托伐他汀']);
    expect(namesWithoutPage('布地奈德混悬液雾化，小孩用了大半年了，会不会影响长个子？', [])).toEqual(['布地奈德']);
  });
  it('a page about the same molecule under another name is its page', () => {
    expect(namesWithoutPage('Is Zyrtec ok while breastfeeding?', [{ title: 'Cetirizine Hydrochloride — drug label' }])).toEqual([]);
    expect(namesWithoutPage('二甲双胍伤肾吗', [{ title: 'Metformin — drug label' }])).toEqual([]);
  });
  it('an organ, a lab value or an everyday word the table also holds is no medicine', () => {
    // 甲状腺片's form-stripped key is the organ; 'thyroid tablets' is not 'thyroid'.
    expect(tableMedicines('甲状腺结节4a类要穿刺吗')).toEqual([]);
    expect(tableMedicines('thyroid levels high, what does it mean')).toEqual([]);
    // A lab analyte's name is the measurement (q31-098: 'urine albumin/creatinine ratio came back 45').
    expect(tableMedicines('my albumin is low, 28 g/L')).toEqual([]);
    expect(tableMedicines('the urine albumin/creatinine ratio came back 45 mg/g')).toEqual([]);
    expect(tableMedicines('my lithium level came back 1.4')).toEqual([]);
    // Two-character Chinese brands are everyday words as often (可定 in 可定期, 安定 'calm').
    expect(tableMedicines('可定期复查吗')).toEqual([]);
    expect(tableMedicines('孩子情绪不安定')).toEqual([]);
    // A prefix read onto a shorter name guesses the extent: 左旋甲状腺素 is left to the shape reader.
    expect(tableMedicines('优甲乐（左旋甲状腺素）怀孕了要加量吗')).toEqual([{ name: '优甲乐', molecule: '左甲状腺素' }]);
  });
  it('a name only the table finds counts where the question takes, gives or doses it (review s32 S1 probes)', () => {
    const cited = [{ title: 'Depression' }];
    // An everyday word, a title or a story: no medicine frame.
    expect(namesWithoutPage("I'm well versed in first aid but what do I do for a nosebleed that won't stop", [{ title: 'First Aid' }])).toEqual([]);
    expect(namesWithoutPage("I'm well versed in the diabetes diet but my sugars are still high", [])).toEqual([]);
    expect(namesWithoutPage('luminal narrowing seen on colonoscopy, what does it mean', [])).toEqual([]);
    expect(namesWithoutPage('what is luminal A breast cancer', [])).toEqual([]);
    expect(namesWithoutPage('the actos of kindness: can volunteering improve depression', cited)).toEqual([]);
    expect(namesWithoutPage('I read the book Prozac Nation, is depression really that common', cited)).toEqual([]);
    expect(namesWithoutPage('my mum used to work at the Bayer aspirin factory, can that cause cancer', [])).toEqual([]);
    // The body's own substance, a level, a receptor, a crystal, a test agent.
    expect(namesWithoutPage('my dopamine must be low, I have zero motivation', [])).toEqual([]);
    expect(namesWithoutPage('does running raise dopamine levels', [])).toEqual([]);
    expect(namesWithoutPage('high progesterone levels in early pregnancy, is that good', [])).toEqual([]);
    expect(namesWithoutPage('caffeine blocks adenosine receptors, is that why coffee keeps me awake', [])).toEqual([]);
    expect(namesWithoutPage('how does the body regulate cortisol and cortisone', [])).toEqual([]);
    expect(namesWithoutPage('尿常规里看到碳酸钙结晶是什么意思', [])).toEqual([]);
    expect(namesWithoutPage('does mannitol in sugar free gum cause diarrhea', [])).toEqual([]);
    expect(namesWithoutPage('lactulose breath test for SIBO how to prepare', [])).toEqual([]);
    expect(namesWithoutPage('mannitol challenge test for asthma is it safe', [])).toEqual([]);
    expect(namesWithoutPage('乳果糖呼气试验前要注意什么', [])).toEqual([]);
    // A name the user says they do not take.
    expect(namesWithoutPage("I'm not on metformin, why is my blood sugar still high", [])).toEqual([]);
    expect(namesWithoutPage('I never took metformin, why is my A1c 7.2', [])).toEqual([]);
    expect(namesWithoutPage('我没有吃过华法林，为什么牙龈出血', [])).toEqual([]);
    expect(namesWithoutPage('我沒有吃過華法林，為什麼會流鼻血', [])).toEqual([]);
    // Taken, given or dosed: the table's reading stands (the review's blind gains).
    expect(namesWithoutPage('can i take zyrtec and benadryl on the same day? my allergies are killing me', [])).toEqual(['zyrtec', 'benadryl']);
    expect(namesWithoutPage('is it ok to drink a glass of wine while on flagyl', [])).toEqual(['flagyl']);
    expect(namesWithoutPage('普拿疼一天最多可以吃幾顆？', [])).toEqual(['普拿疼']);
    expect(namesWithoutPage('氯雷他定是饭前吃还是饭后吃', [])).toEqual(['氯雷他定']);
    expect(namesWithoutPage('Whats the right calpol dose for my 2 year old', [])).toEqual(['calpol']);
    expect(namesWithoutPage('patient got versed before the colonoscopy, can he drive home', [])).toEqual(['versed']);
  });
  it('a count and a dose form is no name; 甲状腺片 keeps its note beside an organ page', () => {
    expect(namesWithoutPage('我吃了二十片布洛芬，现在胃很痛', [])).toEqual(['布洛芬']);
    expect(namesWithoutPage('孩子把爷爷的硝苯地平吃了一片', [])).toEqual(['硝苯地平']);
    expect(namesWithoutPage('甲状腺片治什么', [{ title: '甲状腺功能减退' }, { title: '甲亢' }])).toEqual(['甲状腺片']);
  });
  it('the evidence answer says so before the passages', () => {
    const text = buildEvidenceAnswer({ lang: 'zh', sources: [], questionTerms: new Set(), modelHint: '', noPage: ['氨氯地平'] });
    expect(text).toContain('知识库中没有专门关于“氨氯地平”的页面');
    expect(buildEvidenceAnswer({ lang: 'en', sources: [], questionTerms: new Set(), modelHint: '', noPage: ['lisinopril'] })).toContain(
      'no page about lisinopril',
    );
  });
});
