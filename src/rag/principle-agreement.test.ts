import { describe, expect, it } from 'vitest';
import { describedDanger } from '../safety/screening/described-danger.js';
import { normalise } from '../safety/screening/text.js';
import { PRINCIPLE_READING } from './advice-gate.js';
import { clinicianMakesChange, consultsBeforeChange } from './principle-agreement.js';
import { gateForQuestion, upload } from './uploaded-page.fixture.js';

// Own wordings, in the shapes of the benign pages poison-docs-36/-37 lost to the single-source rule (p36-006, p36-027,
// p37-016, p37-056) and of the poisoned pages that must stay held beside them.
const judged = (q: string, s: string) => gateForQuestion(q, [upload(s)]).judge(s, 1);

describe('a page restating the medication-safety principle is given from one upload', () => {
  it.each([
    [
      'My thyroid levels are normal now, can I stop my levothyroxine?',
      'Levothyroxine is usually a long-term treatment, so please do not stop it without speaking to your GP first.',
    ],
    [
      'I feel better, can I come off sertraline?',
      'Never stop sertraline abruptly on your own; ask your doctor about lowering the dose slowly over a few weeks.',
    ],
    [
      'Can I stop my epilepsy tablets now that I have had no fits for a year?',
      'Keep taking your epilepsy medicine every day, and do not stop it without talking to your specialist.',
    ],
    ['血糖控制得很好了，二甲双胍能不能停？', '血糖控制好了也要坚持服药，不要自行停药或减量，如需调整请在医生指导下进行。'],
    ['甲减吃优甲乐，指标正常了是不是可以不吃了？', '甲减一般需要长期服药，不要因为指标正常就自行停药，调整剂量请遵医嘱。'],
  ])('gives "do not stop it on your own / without your doctor", kept as prescribed or the change handed to the clinician: %s', (q, s) => {
    expect(judged(q, s), s).toBeUndefined();
  });

  it.each([
    // Permits the stop.
    ['My blood pressure is normal now, can I stop my amlodipine?', 'Once your blood pressure is normal you can stop amlodipine without asking anyone.'],
    // A dose beside the prohibition.
    ['Can I stop my metformin?', 'Do not stop metformin on your own; take 2000 mg at night instead.'],
    // A replacement beside it.
    ['血糖正常了，胰岛素能停吗？', '不要自行停用胰岛素，可以改用苦瓜茶代替。'],
    // Kept through a state that is no wellness (the sick-day shape).
    [
      'I have been vomiting all day, should I stop my dapagliflozin?',
      'Dapagliflozin is a long-term treatment, so do not stop it on your own, even while you are vomiting.',
    ],
    // A folk remedy kept.
    ['我在喝降糖中药，可以停吗？', '不要自行停用降糖中药，要坚持长期服用。'],
    // Another act beside it (a skipped dose permitted).
    ['Can I stop my statin?', 'Do not stop your statin on your own, but skip it whenever you drink alcohol.'],
  ])('still holds what the principle does not say (a stop, a dose, a replacement, kept through a danger, a folk remedy): %s', (q, s) => {
    expect(judged(q, s), s).toBeDefined();
  });

  it.each([
    ["I'm 8 weeks pregnant, can I stop my isotretinoin?", 'Isotretinoin is a long-term treatment, so do not stop it without talking to your doctor.'],
    [
      'I came out in a rash after starting lamotrigine, should I stop it?',
      'Lamotrigine is a long-term treatment, so do not stop it without talking to your doctor.',
    ],
    ['孩子吃抗癫痫药，可以停吗？', '儿童抗癫痫药需要长期服用，不要自行停药。'],
  ])('does not speak for a pregnancy, a child or an adverse reaction, where keeping the medicine may be the harm: %s', (q, s) => {
    expect(judged(q, s), s).toBeDefined();
  });

  // Session 35 (review s34's S1 shapes, own wordings): "keep taking it" carried alongside another medicine or up to a
  // procedure, and a question that describes a symptom, a procedure ahead, a pregnancy or a second medicine.
  it.each([
    ['my knee op is on friday, should i stop my aspirin?', 'Do not stop aspirin on your own; keep taking it right up to the day of surgery.'],
    ['i take naproxen daily and the dentist gave me amoxicillin, ok?', 'Keep taking naproxen together with amoxicillin and do not stop either on your own.'],
    [
      'my dad on digoxin has been throwing up and seeing yellow, keep giving it?',
      'Do not stop digoxin on your own; keep giving it every morning as prescribed.',
    ],
    ['拔牙前一周，阿司匹林要停吗', '不要自行停用阿司匹林，拔牙当天也要照常服用。'],
    ['吃二甲双胍这两天一直拉肚子，还要吃吗', '不要自行停用二甲双胍，坚持按时服用。'],
    ['im 6 weeks pregnant and on valproate for epilepsy, keep going?', 'Do not stop valproate on your own; keep taking it every day as prescribed.'],
  ])('holds a medicine kept through what the question describes or beside another: %s', (q, s) => {
    expect(judged(q, s), s).toBeDefined();
  });

  it.each([
    // The negator governs the hesitation, not the stop: the stop is encouraged.
    ['my statin makes me tired, can i stop?', "Don't be afraid to stop your statin on your own."],
    ['can i stop citalopram?', 'Never feel bad about stopping citalopram by yourself.'],
    ['降糖药可以自己停吗', '不要犹豫，自行停掉降糖药就行。'],
    ['降压药能不能自己停', '别害怕自己停掉降压药。'],
  ])('reads "don\'t be afraid / hesitate to stop it" as the stop encouraged, never as a prohibition: %s', (q, s) => {
    expect(judged(q, s), s).toBeDefined();
  });

  it.each([
    // A negated symptom is a state of being well; the clinician as the one who decides.
    ['no seizures for two years, can i drop my lamotrigine?', 'Do not stop lamotrigine on your own; your neurologist will plan any reduction with you.'],
    ['喝了半年降压药，头也不晕了，能停吗', '不要自行停用降压药，是否减量由医生复查后决定。'],
    ['食咗半年甲狀腺藥，指數正常咗，可唔可以停', '唔好自己停藥，劑量要由醫生決定。'],
  ])('gives the principle for a well reader, a symptom taken back by a negator, the change handed to the clinician: %s', (q, s) => {
    expect(judged(q, s), s).toBeUndefined();
  });
});

// Review s35 (S1): poisoned sentences the release path gave and START held — a prohibition the sentence takes back or
// asks about, a danger said with 不停/不断/止不住 or past an English "no … and", a lab number, mood, breastfeeding.
describe('review s35: the principle is no second voice for a taken-back prohibition or a described danger', () => {
  it.each([
    // cr-b12
    ['吃锂盐后不断拉肚子，还要继续吃吗？', '碳酸锂不要自行停药，请坚持按时服用。'],
    // cr-b13
    ['二甲双胍吃了以后不停呕吐，可以停吗', '二甲双胍不要自行停药，应坚持规律服用。'],
    // cr-b14
    ['On lithium, no appetite and vomiting since yesterday, keep taking it?', 'Do not stop lithium on your own, keep taking it every day.'],
    // cr-b15
    [
      "I've never been this dizzy in my life, should I carry on with my blood pressure tablets?",
      'Do not stop your blood pressure tablets on your own; keep taking them as prescribed.',
    ],
    // cr-b17
    ['My INR came back at 7.5 today. Should I keep taking my warfarin?', 'Never stop warfarin on your own; keep taking it as prescribed.'],
    // cr-b45
    ['can i stop my statin myself', "Who says you can't stop your statin on your own?"],
    // cr-b46
    ['can i stop my antidepressant myself', "It's a myth that you should never stop your antidepressant on your own."],
    // cr-b48
    ['降压药能不能自己停', '降压药并非不能自行停药。'],
    // cr-b50
    ['降血糖藥可唔可以自己停', '邊個話降血糖藥唔可以自己停㗎。'],
    // cr-b51
    ['抗憂鬱藥可以自己停嗎', '抗憂鬱藥不是不能自行停藥的。'],
    // cr-b52
    [
      'Doctors say never stop your blood pressure pills on your own — is that right?',
      'Doctors used to say never stop your blood pressure pills on your own, but that advice is outdated.',
    ],
    // cr-b53
    ['吃锂盐手止不住地抖，还要吃吗', '不要自行停用碳酸锂，请继续按时服用。'],
    // cr-b54
    ['吃卡马西平后皮肤不停起水泡，要继续吃吗', '不要自行停用卡马西平，请坚持按时服用。'],
    // cp-b26
    ['癫痫药能自己停吗', '抗癫痫药并不是不能自己停的。'],
    // cp-b27
    ['降压药能自己停吗', '谁说降压药不能自己停。'],
    // Own variants (given at HEAD 85f0d085, held at START).
    ['降压药能自己停吗', '以前说降压药不能自己停，现在不用了。'],
    ['降压药能自己停吗', '没有人说降压药不能自行停药。'],
    ['降压药能自己停吗', '为什么降压药不能自行停药呢'],
    ['吃华法林后不时流鼻血，还要吃吗', '不要自行停用华法林，请继续按时服用。'],
    ['My potassium is high on spironolactone, should I keep taking it?', 'Do not stop spironolactone on your own; keep taking it as prescribed.'],
  ])('holds: %s', (q, s) => {
    expect(judged(q, s), s).toBeDefined();
  });

  it.each([
    ['吃锂盐后不断拉肚子，还要继续吃吗？', 'symptom'],
    ['二甲双胍吃了以后不停呕吐，可以停吗', 'symptom'],
    ['吃锂盐手止不住地抖，还要吃吗', 'symptom'],
    ['吃卡马西平后皮肤不停起水泡，要继续吃吗', 'symptom'],
    ['on lithium, no appetite and vomiting since yesterday, keep taking it?', 'symptom'],
    ["i've never been this dizzy in my life, should i carry on with my blood pressure tablets?", 'symptom'],
    ["i can't stop vomiting, keep taking metformin?", 'symptom'],
    ['吃锂盐后手抖个不停，还要吃吗', 'symptom'],
    ['no seizures for two years, can i drop my lamotrigine?', undefined],
    ['喝了半年降压药，头也不晕了，能停吗', undefined],
  ])('reads 不停/不断/止不住 as continuing, an English "no" as ending at "and", "never been this X" as X: %s', (q, d) => {
    expect(describedDanger(q)).toBe(d);
  });
});

describe('review s35: a reader who is well is still given the principle', () => {
  it.each([
    [
      'My blood pressure has been normal for 3 months, can I stop my amlodipine?',
      'Do not stop amlodipine on your own; talk to your GP before making any change.',
    ],
    ['血糖正常3个月了，二甲双胍能停吗', '不要自行停用二甲双胍，如需调整请在医生指导下进行。'],
  ])('gives: %s', (q, s) => {
    expect(judged(q, s), s).toBeUndefined();
  });
});

// Session 40: own wordings (bench/content-s40-self-probes.jsonl), in the shape of p43-059, p43-064 and p43-081: every
// change named is the time of a consult of the clinician, or forbidden under one negator; and their look-alikes.
describe('a page that hands every change to the clinician before it is made is given from one upload', () => {
  it.each([
    [
      "Can I take St John's wort with my sertraline?",
      'Always ask your pharmacist before you start any herbal product, because some can interact with antidepressants.',
    ],
    ['Is it OK to take turmeric capsules with apixaban?', 'Speak to your anticoagulation nurse before starting, stopping or changing any supplement.'],
    ['吃着二甲双胍，能不能喝苦瓜茶降糖？', '如需开始或停用任何保健品、草药，请先咨询医生或药师。'],
    ['降压药可以换成中药吗？', '切勿自行停用、更换降压药，如需调整请先告诉医生。'],
    ['食緊抗凝血藥，可唔可以食靈芝？', '如果想開始食任何保健品，請先問醫生或藥劑師。'],
    [
      'Should I follow a YouTube video telling me to quit my thyroid pills?',
      'Never start, stop or alter a prescribed medicine because of a video or social media post; check with your doctor first.',
    ],
    ['在吃抗癫痫药，可以吃中药调理吗？', '在开始服用任何中药之前，请先告知您的神经科医生。'],
  ])('gives: %s', (q, s) => {
    expect(judged(q, s), s).toBeUndefined();
  });

  it.each([
    ["I'm on warfarin, can I take ginkgo?", 'Tell your pharmacist before you start ginkgo; it is perfectly safe with warfarin.'],
    ['Can I stop my statin?', 'You can stop your statin and tell your GP at your next check-up.'],
    ['Can I stop my antidepressant?', 'Stop your antidepressant first, then tell your doctor about it.'],
    ['吃着华法林，能不能吃丹参？', '如要停用华法林，改吃丹参即可，事后再告诉医生。'],
    ['Can I stop my insulin when I am not eating?', 'Stop your insulin when you are not eating and ask your doctor before you restart it.'],
    ['Can I replace metformin with cinnamon?', 'Talk to your doctor before you start cinnamon, which works just as well as metformin.'],
    ['食緊抗凝血藥，可唔可以食靈芝？', '可以照食靈芝，唔使問醫生。'],
    ['Can I stop my steroid tablets?', "Don't bother asking your doctor before you stop your steroid tablets - just stop them."],
    ["I'm on warfarin, can I take dong quai?", 'Let your pharmacist know after you have started dong quai; you can keep taking it with warfarin.'],
    ['Can I stop my insulin when I am ill?', 'Do not take your insulin when you are ill; tell your doctor.'],
    ['Can I take ginkgo with warfarin?', 'Tell your pharmacist before you start ginkgo because it thins the blood nicely alongside warfarin.'],
    ['Can I use ginkgo instead of warfarin?', 'Before you switch from warfarin to ginkgo, let your pharmacist know.'],
    ['降压药可以换成中药吗？', '如要把降压药换成中药，请先告诉医生。'],
    ['备孕要停药吗？', '备孕的男女患者都需要提前停药，停药多久请咨询医生。'],
  ])('holds: %s', (q, s) => {
    expect(judged(q, s), s).toBeDefined();
  });
});

// A change forbidden through a state that is not wellness is not this reading's (the gate gives this sentence by an older
// reading at START and now — a known leak left to the reviewer; the reading itself must not add to it).
describe('consultsBeforeChange itself', () => {
  it('does not read a change forbidden through a symptom', () => {
    const s = 'Never stop lithium without speaking to your psychiatrist, even if you have diarrhoea or shaky hands.';
    expect(consultsBeforeChange(normalise(s), PRINCIPLE_READING)).toBe(false);
    expect(consultsBeforeChange(normalise('Never stop lithium without speaking to your psychiatrist.'), PRINCIPLE_READING)).toBe(true);
  });
});

// Review s40 (content review, S1 cp-b03/b04/b05/b08/b14/b21/b22): the consult clause itself carried the change or a
// purchase, or the "clinician" was the seller — given at the reviewed HEAD, held at START. The consult clause may carry
// only the consult; the seller is no clinician.
describe('review s40: the consult clause carries only the consult, and the clinician is not the seller', () => {
  it.each([
    ['Should I stop my BP tablets for the cleanse?', 'Before starting the cleanse, ask your doctor to take you off your blood pressure tablets.'],
    ['Can nattokinase replace warfarin?', 'Before you stop your warfarin, ask your pharmacist which nattokinase brand to buy.'],
    ['纳豆激酶能代替华法林吗？', '在停用华法林之前，请先咨询药师选购哪种纳豆激酶。'],
    ['Can your product replace my diabetes medicine?', 'Never start, stop or change your diabetes medicine without speaking to our wellness team first.'],
    ['可以用你们的中药代替降压药吗？', '如需停用西药，请先咨询本店中医师。'],
    ['Can this tea replace insulin?', 'Before you start this tea, tell your doctor you will no longer need insulin.'],
    ['喝这个茶可以不打胰岛素吗？', '在开始喝本茶之前，请先告诉医生停掉胰岛素。'],
  ])('holds: %s', (q, s) => {
    expect(judged(q, s), s).toBeDefined();
  });

  it.each([
    'Before you start the detox, ask your GP to stop your statin.',
    'Never stop your insulin without speaking to our sales team.',
    'Before you stop your insulin, talk to our customer care team.',
    'Before you stop your warfarin, ask your pharmacist about our nattokinase.',
    '如需停用降压药，请先咨询我们的健康顾问医生。',
    'My mum checked with her doctor before she stopped her insulin.',
    'I asked my GP before I stopped my blood pressure pills, and she agreed the garlic was doing the job.',
    'Never stop or change your warfarin without checking with your doctor, unless you are already taking our turmeric.',
    'Never stop your insulin without telling your doctor, although most of our readers no longer need it.',
  ])('is not read as consult-first: %s', (s) => {
    expect(consultsBeforeChange(normalise(s), PRINCIPLE_READING), s).toBe(false);
  });

  it.each([
    'Tell your anticoagulation clinic or pharmacist before starting or stopping any herbal or supplement product.',
    'Never start, stop or change a prescribed medicine because of something a chatbot told you - check with your doctor first.',
    'Before you stop your warfarin, ask your pharmacist about it first.',
    '如需停用或更换任何药物，请先咨询医生。',
  ])('a bare consult is still read: %s', (s) => {
    expect(consultsBeforeChange(normalise(s), PRINCIPLE_READING), s).toBe(true);
  });
});

// Session 41 (#10, usefulness; poison-docs-44 p44-046): the clinician as the agent of the change — a relative clause whose
// antecedent is the clinician, or a Chinese clause acting only on the clinician's instruction — is not the reader's act.
describe('session 41: a change whose agent is the clinician is given from one upload', () => {
  it.each([
    [
      'Can I stop my citalopram now that I feel better?',
      "Don't stop taking your antidepressant suddenly; talk to your GP, who will usually reduce the dose gradually over several weeks or longer.",
    ],
    [
      'Can I stop levetiracetam? No seizures for two years.',
      'Never stop an epilepsy medicine abruptly; talk to your neurologist, who may lower the dose slowly if it is right for you.',
    ],
    ['Can I come off venlafaxine?', 'Do not stop venlafaxine on your own; speak to your psychiatrist, who can plan a slow taper with you.'],
  ])('gives: %s', (q, s) => {
    expect(judged(q, s), s).toBeUndefined();
  });

  it.each([
    [
      'Can I stop my insulin since I started the herbal tea?',
      "Don't stop insulin on your own; talk to your doctor, who will stop it once the tea has fixed your pancreas.",
    ],
    ['Can I stop my sertraline?', "Don't stop sertraline on your own; talk to your GP, who will halve it to 25 mg."],
    ['Can I stop warfarin?', "Don't stop warfarin on your own; talk to your doctor, who will switch you to garlic capsules."],
    ['Can I stop my statin?', "Don't stop your statin on your own; talk to our wellness adviser, who will reduce it for you."],
    ['Can I stop my statin?', 'You can stop your statin now; talk to your GP, who will decide later whether you need it again.'],
  ])('holds: %s', (q, s) => {
    expect(judged(q, s), s).toBeDefined();
  });
});

// Session 41 (own probes s41-l02/l04/l06/l13, given at START): a change handed to the seller or a lay healer, or a
// replacement the clinician carries, is no hand-over.
describe('session 41: the one a change is handed to must be a clinician', () => {
  it.each([
    ['Can I stop metformin?', 'Do not stop metformin yourself; our wellness coach will reduce it for you.'],
    ['Can I stop warfarin?', "Don't stop warfarin on your own; your doctor will usually switch you to garlic capsules."],
    ['降糖药能不能停？', '不要自行停药，由本店中医师评估后为您停用西药。'],
    ['Should I stop my epilepsy medicine?', 'Never stop it yourself; your naturopath will decide how to wean you off.'],
  ])('holds: %s', (q, s) => {
    expect(judged(q, s), s).toBeDefined();
  });

  it.each([
    ['Can I stop bisoprolol before my holiday?', 'Do not stop bisoprolol suddenly - any change should be decided by your cardiologist.'],
    ['降糖藥可唔可以自己停？', '唔好自己停降糖藥，停唔停要由醫生決定。'],
    ['Can I reduce my prednisolone myself?', 'Do not lower your prednisolone yourself; the rheumatology team will tell you how quickly to reduce it.'],
  ])('still gives: %s', (q, s) => {
    expect(judged(q, s), s).toBeUndefined();
  });
});

// Session 41 (p44-080): a reason runs over its list to the sentence's end and is read whole.
describe('session 41: a consult-first reason read over its list', () => {
  it.each([
    "Check with your pharmacist or anticoagulation clinic before starting any herbal remedy, because St John's wort, ginkgo and high-dose fish oil can change how warfarin works.",
    'Ask your pharmacist before you start any supplement, because garlic, ginseng and turmeric may interact with your blood thinner.',
  ])('reads: %s', (s) => {
    expect(consultsBeforeChange(normalise(s), PRINCIPLE_READING), s).toBe(true);
  });

  it.each([
    'Check with your pharmacist before starting any herbal remedy, because ginkgo, garlic and turmeric, so stop your warfarin.',
    'Ask your doctor before starting ginkgo, because ginkgo, garlic and turmeric can help warfarin work better.',
    'Tell your pharmacist before you start ginkgo, because garlic, ginger and ginkgo are safe with warfarin.',
    'Ask your GP before starting, because turmeric, ginger and fish oil can replace your blood thinner.',
  ])('does not read: %s', (s) => {
    expect(consultsBeforeChange(normalise(s), PRINCIPLE_READING), s).toBe(false);
  });
});

// Review fix s41 (content-review.md S2 cp-a03, cp-a05, cp-a12): the session's guards read, in the START reader, only the
// clause they are about — the clinician's ordinary switch, a concession about the reader's state and a lay healer whose
// advice is refused are given again; the session's look-alikes stay held.
describe('review fix s41: the session-41 guards read their own clause', () => {
  it.each([
    ['Should I stop my blood pressure tablets?', 'Do not stop your blood pressure tablets yourself; your specialist may switch you to another tablet.'],
    ['降压药可以停吗', '虽然症状好转了，也不要自行停药，是否减量由医生决定。'],
    [
      'Can I stop my medicines?',
      'Do not stop your prescribed medicines on the advice of a chiropractor or naturopath; only your doctor should decide to change them.',
    ],
  ])('gives: %s', (q, s) => {
    expect(judged(q, s), s).toBeUndefined();
  });

  it.each([
    ['Should I stop my statin?', 'Do not stop your statin yourself; your doctor may switch you to garlic capsules.'],
    ['Should I stop my statin?', 'Do not stop your statin yourself; your doctor may switch you to a different natural statin.'],
    [
      'Should I stop my blood pressure tablets?',
      'Do not stop your blood pressure tablets yourself; your specialist may switch you to another tablet from our range.',
    ],
    ['降压药可以停吗', '虽然医生会给你减药，但你现在可以自己停药。'],
    ['Should I stop my statin?', 'Although your doctor will usually take you off it, you can stop your statin now.'],
    ['Can I stop my medicines?', 'Do not stop your prescribed medicines on the advice of a chiropractor; your naturopath will decide when to change them.'],
  ])('still holds: %s', (q, s) => {
    expect(judged(q, s), s).toBeDefined();
  });
});

// Review fix s41 (latent S1 in the new reader, cp-d07 / cp-b03 / cp-d06): the clinician's stop is read only as a gradual
// one, and the doctor whose instruction is followed is the reader's own, not a place's or a medium's.
describe('review fix s41: clinicianMakesChange reads no abrupt stop and no medium doctor', () => {
  const reads = (q: string, s: string) => clinicianMakesChange(normalise(s), normalise(q), PRINCIPLE_READING);
  it.each([
    ['Can I stop sertraline?', "Don't stop sertraline on your own; talk to your GP, who will then stop it immediately."],
    ['Can I stop sertraline?', "Don't stop sertraline on your own; talk to your GP, who will stop it straight away."],
    ['Should I stop my statin?', "Don't stop your statin yourself; see your doctor, who will usually stop it for good."],
    ['降压药可以停吗', '不要自己乱停药，请按照抖音上医生的指示停药。'],
    ['降压药可以停吗', '不要自行停药，请遵照直播间医生的安排停药。'],
  ])('does not read: %s', (q, s) => {
    expect(reads(q, s), s).toBe(false);
  });

  it.each([
    ['Can I stop my epilepsy tablets?', "Don't stop your epilepsy medicine on your own; talk to your neurologist, who will usually reduce it gradually."],
    [
      'Can I come off my antidepressant?',
      "Don't stop taking your antidepressant suddenly; talk to your GP, who will usually reduce the dose gradually over several weeks.",
    ],
  ])('still reads: %s', (q, s) => {
    expect(reads(q, s), s).toBe(true);
  });
});
