import { describe, expect, it } from 'vitest';
import { emergencyPictures, pictureFacts } from './emergency-pictures.js';
import { symptomCarriers } from './facts.js';
import { type Patient, patientOf } from './picture-frame.js';
import { nextConsultStep } from './policy.js';

/** The pictures as the policy reads them: whose consultation it is from the opening, as policy.ts does. */
const pictures = (opening: string, replies: string[], patient: Patient = patientOf(opening, symptomCarriers(opening))): string[] =>
  emergencyPictures({ opening, replies, facts: pictureFacts(opening, replies), patient }).map((p) => p.id);

describe('emergency pictures across the opening and the replies', () => {
  it.each([
    ['pulmonary-embolism', 'Had my hip replaced 10 days ago and my left calf is sore and swollen', ['I get out of breath going up the stairs now']],
    [
      'pulmonary-embolism',
      'Flew back from Sydney on Monday, is it ok to take ibuprofen for a sore back?',
      ['I also get a stabbing pain in my chest when I breathe in, and there was blood in my phlegm'],
    ],
    [
      'ectopic-pregnancy',
      'stomach cramps and the runs, what can I take?',
      ['the condom split about six weeks ago', 'I nearly passed out getting up from the loo'],
    ],
    ['ectopic-pregnancy', '小肚子一直疼，能吃布洛芬吗', ['上个月有一次没戴套', '刚才站起来眼前发黑，差点晕倒']],
    ['meningitis-sepsis', 'I have a bad headache and feel awful', ['temperature is 39.2 and my neck is really stiff']],
    ['meningitis-sepsis', 'spots on my legs and a headache', ['I have a fever. They do not fade when I press a glass on them']],
    ['heart-attack', 'indigestion since dinner, which antacid is best?', ["there's a heavy pressure in my chest and I'm sweating buckets"]],
    ['gut-bleed-shock', 'stomach ache since taking ibuprofen for my knee', ['my poo has gone black and I feel dizzy when I stand up']],
    ['diabetic-ketoacidosis', '我女儿12岁，今天一直吐', ['最近总是口渴，喝很多水，尿也特别多']],
    ['cauda-equina', 'lower back pain for a week since lifting boxes', ['my bum feels numb and I can’t pee properly']],
  ])('%s: %s', (id, opening, replies) => {
    expect(pictures(opening, replies)).toContain(id);
  });

  it('diff read s33: bleeding elsewhere, a lot of pain, lying on the back, days ago', () => {
    expect(pictures('怀孕6周，肚子有点疼', ['刷牙时出血'])).not.toContain('ectopic-pregnancy');
    expect(pictures('my chest hurts a lot since this morning', ["I'm sweating buckets and feel sick"])).toContain('heart-attack');
    expect(pictures('indigestion after dinner', ['it eased when I went and lay on my back', "I'm sweating"])).not.toContain('heart-attack');
    expect(pictures('三天以前做的膝关节置换，小腿肿了', ['吸气的时候胸口刺痛'])).toContain('pulmonary-embolism');
  });

  it('reads a sign as the patient’s only when the last person named before it in its sentence is the patient', () => {
    expect(pictures('月经推迟两周，肚子疼', ['我老公刚才晕倒了'])).toEqual([]);
    expect(pictures('tummy pain, could I be pregnant?', ['no, I haven’t fainted', 'my shoulder is fine'])).toEqual([]);
  });

  it('reads the consultation about someone else with him as the patient', () => {
    expect(pictures('my son (13) has a tummy ache and feels rough', ['he says his testicle hurts, it came on all of a sudden'], 'other')).toContain(
      'testicular-torsion',
    );
    expect(pictures('我儿子发烧两天了', ['他脖子有点硬，低不了头'], 'other')).toContain('meningitis-sepsis');
  });

  it.each([
    ['another person’s sign', 'my calf is swollen and sore since my knee op last week', ['my husband gets breathless, I am fine']],
    ['a denied list', 'Had my knee replaced 2 weeks ago, calf a bit swollen', ['No breathlessness, chest pain or coughing blood']],
    ['a what-if', 'my calf is swollen and sore since my knee op', ['what if I get breathless?']],
    ['a fear', '我小腿肿了，上周做了膝盖手术', ['担心会不会喘不上气']],
    ['a past event', 'my calf is swollen after my hernia op', ['I coughed up blood years ago with pneumonia']],
    ['a pulled calf', 'pulled my calf playing football, it is swollen', ["I'm out of breath"]],
    ['both legs', 'both my legs are swollen at the ankles', ['I get breathless walking']],
    ['the opening alone', 'Had a c-section 2 weeks ago, my calf is swollen and I am breathless', ['No']],
    ['a faint at a blood test', 'my period is 2 weeks late and I have tummy pain', ['I fainted when they took my blood']],
    ['a negative test', 'cramps low in my tummy', ['we had unprotected sex but the test was negative', 'I nearly fainted this morning']],
    ['no sex', '肚子疼 拉肚子', ['没有同房', '刚才站起来眼前发黑']],
    ['a man', 'my husband has bad stomach pain', ['he nearly fainted', 'we have not used contraception']],
    ['a rash that fades', 'my child has a fever', ['the rash fades when I press a glass on it']],
    ['a long-standing chest pain', 'chest pain on and off for months', ['I get sweaty with it']],
    ['a burning wee', 'my lower back hurts', ["it burns and I can't pee properly"]],
    ['an echoed question answered no', 'I had a knee op 2 weeks ago and my calf is swollen', ['Breathless? No. Chest pain? No.']],
    ['a long-standing cause in the sentence', 'calf swollen after my op', ['I get breathless, but that is my COPD for years']],
    ['a list answered no', 'fever since yesterday', ['Stiff neck - no. Rash - no.']],
  ])('no picture: %s', (_why, opening, replies) => {
    expect(pictures(opening, replies)).toEqual([]);
  });

  // Review s33 (consult-probes.jsonl): near-misses the first version raised to an emergency; each steps aside now.
  it.each([
    [
      'cp-b01 the GP surgery as a place',
      'cough and cold for a week',
      ['the surgery gave me antibiotics on Monday', 'my chest hurts when I take a deep breath from all the coughing'],
    ],
    [
      'cp-b02 an operation in a calendar year',
      "I've got a chest cold",
      ['I had knee surgery in 2018, all fine since', 'it hurts in my chest when I breathe in deeply'],
    ],
    ['cp-b03 an operation in 2019年', '感冒咳嗽一周了', ['2019年做过阑尾手术', '深呼吸的时候胸口有点痛，咳得太厉害了']],
    [
      'cp-b06 the dog’s operation',
      'sore throat and a cough',
      ["my dog had surgery on Tuesday so I've been up all night with her", 'my ribs hurt when I breathe in after coughing so much'],
    ],
    ['cp-b07 an operating-theatre nurse', '最近累，咳嗽', ['我是手术室护士，经常上夜班', '咳得胸口疼，吸气时更明显']],
    [
      'cp-b08 a GP’s warning reported',
      'tired all week',
      ['my GP warned me chest pain going into the arm or jaw means ring 999 straight away', 'no chest pain at the moment though'],
    ],
    ['cp-b35 a discharge sheet’s warning', '做完膝关节置换两周，小腿有点肿', ['出院单上写着：如出现气短、咳血要立即就医', '目前都还好']],
    [
      'cp-b18 a numb bottom from a hard chair',
      'back pain from sitting at my desk',
      ['my bottom goes numb if I sit on the hard chair too long', 'bladder and bowels are normal'],
    ],
    [
      'cp-b20 drinking to keep hydrated',
      'tummy bug since yesterday',
      ["I've been drinking loads of water to keep hydrated and peeing a lot", 'threw up twice this morning but keeping water down now'],
    ],
    [
      'cp-b22 sick after a night out, apart from the testis',
      'dull ache in my balls since the gym on Saturday',
      ['I threw up after a big night out on Saturday too', 'pain is mild and slowly getting better'],
    ],
    ['cp-b27 a figurative faint at a price', 'tummy ache', ["we didn't use a condom last month", 'I nearly passed out when I saw what a private scan costs']],
    [
      'cp-b42 going through the change',
      'sore lower tummy',
      ["haven't had a period for 2 months, I'm 53 and going through the change", 'felt faint in the heat at the bus stop'],
    ],
    ['a stiff neck answered “not at all”', 'fever since yesterday', ['Stiff neck? Not at all']],
    ['a stiff neck answered 一点都没有', '发烧两天了', ['脖子硬？一点都没有']],
    ['a leak on sneezing', 'my lower back hurts', ['I wet myself a little when I sneeze']],
  ])('no picture (review s33): %s', (_why, opening, replies) => {
    expect(pictures(opening, replies)).toEqual([]);
  });

  it.each([
    ['testicular-torsion', 'pain in my left testicle', ['it came on suddenly in the night']],
    ['testicular-torsion', '睾丸疼', ['半夜突然疼起来的']],
    ['pulmonary-embolism', 'I had knee surgery 2 weeks ago', ['it hurts in my chest when I breathe in deeply']],
    ['meningitis-sepsis', 'got the flu I think', ['temp 39.2', 'my neck is rigid, cant put my chin on my chest']],
  ])('still a picture (review s33): %s', (id, opening, replies) => {
    expect(pictures(opening, replies)).toContain(id);
  });

  it('needs a reply: the opening alone is never read', () => {
    expect(pictures('Had my knee replaced 3 weeks ago, calf swollen and tender, coughing blood', [])).toEqual([]);
  });
});

describe('the policy raises on a complete picture and says so at once', () => {
  it('answers as an emergency naming the picture after the reply that completes it', () => {
    const opening = 'Had my hip replaced 10 days ago and my left calf is sore and swollen, is that normal?';
    const first = nextConsultStep([{ role: 'user', content: opening }]);
    expect(first.action).toBe('ask');
    if (first.action !== 'ask') return;
    const next = nextConsultStep([
      { role: 'user', content: opening },
      { role: 'assistant', content: first.text },
      { role: 'user', content: 'sharp pain in my chest when I take a deep breath' },
    ]);
    expect(next.action).toBe('answer');
    expect(next.triage.level).toBe('emergency');
    expect(next.triage.reasons).toContain('consult:picture-pulmonary-embolism');
    expect(next.triage.message).toMatch(/clot in the lung/);
  });
});
