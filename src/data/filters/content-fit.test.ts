import { describe, expect, it } from 'vitest';
import { contentFitProblem, createMedicalVocabulary } from './content-fit.js';

describe('content fit: spam and off-topic answers', () => {
  it('finds advertising by a contact channel plus selling words', () => {
    expect(contentFitProblem('Struggling with acne? Order now at www.clear-skin-deal.example and get 40% off, limited time only!')).toBe('spam');
    expect(contentFitProblem('关节痛不用愁！特效膏药限时特惠，添加微信 gtx2024abc 下单立减80元。')).toBe('spam');
  });

  it('keeps clinical answers that name a hospital, a phone line or a website for information', () => {
    expect(contentFitProblem('You can read more about the vaccine schedule at www.cdc.gov and ask your doctor at the next visit.')).toBeUndefined();
    expect(contentFitProblem('如果出现胸痛请立即拨打急救电话120，不要自己开车去医院。')).toBeUndefined();
  });

  it('finds an answer with no medical content that shares nothing with a medical question', () => {
    const q = 'My knee swells after running. What should I do?';
    const a = 'The Battle of Hastings was fought in 1066 between the Norman army of William and the English army of Harold, who was killed that day.';
    expect(contentFitProblem(a, q)).toBe('off_topic');
    expect(
      contentFitProblem(
        '烤鸭的做法：先把鸭子洗净晾干，表面刷上麦芽糖水，放进烤箱二百度烤五十分钟，中途翻面一次即可出炉切片。',
        '最近总是胃胀，吃完饭更明显，怎么办？',
      ),
    ).toBe('off_topic');
  });

  it('reads no medical word into everyday words sharing a stem (treaty, paint, April)', () => {
    // Study batches curation-corrupt-3 (m078), -5 (m037) and -12 (c12-006): each was kept for one such word.
    const treaty =
      'The Treaty of Westphalia, signed in 1648, ended the Thirty Years War and is often credited with establishing the modern system of sovereign states in Europe.';
    expect(contentFitProblem(treaty, 'Is it safe to take melatonin every night for sleep?')).toBe('off_topic');
    const paint =
      'Sand the spot down to bare metal, wipe it with a degreaser, apply a rust converter primer, then use touch-up paint matched to the paint code and finish with a clear coat.';
    expect(contentFitProblem(paint, 'How do I get rid of rust spots on my car bumper?')).toBe('off_topic');
    const taxes =
      'To file your taxes as a freelancer, gather all forms and receipts for business expenses. Estimated quarterly payments are due in April, June, September and January.';
    expect(contentFitProblem(taxes, 'What are the early warning signs of diabetic ketoacidosis in a teenager?')).toBe('off_topic');
    // The medical words those stems still read: painful, treated, lisinopril, diazepam.
    const filler = 'and that is what we went over together at the visit this morning with the family, step by step, in order';
    for (const w of ['painful', 'treated', 'lisinopril', 'diazepam'])
      expect(contentFitProblem(`The ${w} part is ${filler}.`, 'Car question: how do I fix my bumper?')).toBeUndefined();
  });

  it('keeps terse or plain answers that echo the question, clarifying questions and drug lists', () => {
    expect(
      contentFitProblem('三岁的宝宝不爱说话时，家长可以多陪宝宝读绘本、多和小朋友一起玩，慢慢引导宝宝开口表达自己的想法。', '三岁宝宝不爱和小朋友说话'),
    ).toBeUndefined();
    expect(
      contentFitProblem('To help you better, could you tell me how long this has been going on and whether anything makes it better or worse?', 'I feel odd.'),
    ).toBeUndefined();
    expect(
      contentFitProblem(
        'You will need to take Levetiracetam (Keppra), Lamotrigine (Lamictal) and Clobazam (Onfi) as prescribed by your neurologist.',
        'Which tablets?',
      ),
    ).toBeUndefined();
  });

  it('reads a medical term from the user’s vocabulary, and an exchange that is not medical at all is off-topic', () => {
    const vocab = createMedicalVocabulary(['上皮珠', 'iv']);
    const q = '婴儿口腔上腭有白点是怎么回事？';
    const a = '您好！这些白点多半是上皮珠，是发育过程中上皮细胞堆积形成的，属于正常现象，会慢慢自行消退，不需要特殊处理。';
    expect(contentFitProblem(a, q, vocab)).toBeUndefined();
    // A Latin abbreviation inside an ordinary word is not a medical term.
    expect(createMedicalVocabulary(['iv']).has('iv')).toBe(false);
    const carQ = 'My car squeals every time I brake. What is wrong with it?';
    const carA =
      'A squeal while braking usually means the brake pads are worn down to the indicator; have a mechanic replace the pads and check the rotors soon.';
    expect(contentFitProblem(carA, carQ)).toBe('off_topic');
  });
});
