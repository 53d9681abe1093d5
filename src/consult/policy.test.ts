import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../models/backend.js';
import { findComplaints, findNamedComplaints, SITE_SCREENS } from './complaints.js';
import { readFacts } from './facts.js';
import { isSymptomMessage, nextConsultStep, QUESTION_LEAD } from './policy.js';

const user = (content: string): ChatMessage => ({ role: 'user', content });
const said = (content: string): ChatMessage => ({ role: 'assistant', content });
/** A step's questions, one a line (empty when it answered). */
const texts = (s: ReturnType<typeof nextConsultStep>): string => (s.action === 'ask' ? s.questions.map((q) => q.text).join('\n') : '');

describe('consultation policy', () => {
  it('asks about the headache red flags first, then answers once the decisive facts are in (zh)', () => {
    const first = nextConsultStep([user('我头疼')]);
    expect(first.action).toBe('ask');
    if (first.action !== 'ask') return;
    expect(first.text.startsWith(QUESTION_LEAD.zh)).toBe(true);
    expect(first.questions.length).toBeLessThanOrEqual(3);
    expect(first.questions[0].kind).toBe('red-flag');
    expect(first.questions.map((q) => q.text).join()).toMatch(/脖子僵硬|最痛/);
    const second = nextConsultStep([user('我头疼'), said(first.text), user('两天了，不发烧也没吐，32岁')]);
    expect(second.action).toBe('answer');
    if (second.action !== 'answer') return;
    expect(second.state.facts.age).toBe(32);
    expect(second.restsOn).toMatch(/32岁/);
    expect(second.query.startsWith('我头疼')).toBe(true);
  });

  it('never asks the same question twice and stops at the turn limit (en)', () => {
    const msgs: ChatMessage[] = [user('I have a cough')];
    const asked: string[] = [];
    for (let turn = 0; turn < 4; turn++) {
      const s = nextConsultStep(msgs, { maxTurns: 2 });
      if (s.action === 'answer') break;
      for (const q of s.questions) {
        expect(asked).not.toContain(q.text);
        asked.push(q.text);
      }
      msgs.push(said(s.text), user('not sure'));
    }
    const last = nextConsultStep(msgs, { maxTurns: 2 });
    expect(last.action).toBe('answer');
    expect(last.state.turnsAsked).toBeLessThanOrEqual(2);
  });

  it('answers emergencies and knowledge questions at once, and respects "off"', () => {
    expect(nextConsultStep([user('My dad (68) has crushing chest pain and is sweating and grey')]).state.reason).toBe('emergency');
    expect(nextConsultStep([user('糖尿病人能吃西瓜吗')]).state.reason).toBe('not-a-symptom');
    expect(nextConsultStep([user('What are the symptoms of a stroke?')]).state.reason).toBe('not-a-symptom');
    expect(nextConsultStep([user('我头疼')], { off: true }).action).toBe('answer');
  });

  it('a new question after an answer starts a new consultation', () => {
    const s = nextConsultStep([user('我头疼'), said('（回答）'), user('我女儿肚子疼')]);
    expect(s.action).toBe('ask');
    expect(s.state.chiefComplaint).toBe('我女儿肚子疼');
  });

  it('reads the facts people state', () => {
    const f = readFacts('我妈65岁，有高血压，吃着氨氯地平，对青霉素过敏，发烧38.6度三天了，吃了布洛芬');
    expect(f).toMatchObject({ age: 65, sex: 'female', temperatureC: 38.6, chronic: ['高血压'], allergies: ['青霉素'] });
    expect(f.duration).toMatch(/三天/);
    expect(readFacts('my 3-month-old has a temp of 101F since this morning').age).toBeCloseTo(0.25);
    expect(readFacts('my 3-month-old has a temp of 101F').temperatureC).toBeCloseTo(38.3, 1);
    expect(isSymptomMessage('我头疼')).toBe(true);
    expect(isSymptomMessage('头疼的常见原因有哪些')).toBe(false);
  });
});

describe('consultation replies (independent review findings)', () => {
  it('numbered chip answers never turn a denied red flag into a symptom, and a yes counts as one', () => {
    const first = nextConsultStep([user('I have a cough')]);
    if (first.action !== 'ask') throw new Error('expected a question turn');
    const allNo = first.questions.map((_, i) => `${i + 1}. No`).join('\n');
    const calm = nextConsultStep([user('I have a cough'), said(first.text), user(allNo)]);
    expect(calm.state.triage).toBe('routine');
    const blood = first.questions.findIndex((q) => /blood/i.test(q.text));
    const yes = first.questions.map((_, i) => `${i + 1}. ${i === blood ? 'Yes' : 'No'}`).join('\n');
    expect(nextConsultStep([user('I have a cough'), said(first.text), user(yes)]).state.triage).not.toBe('routine');
  });

  it('basic chips become facts, and a settled question is not asked again', () => {
    const first = nextConsultStep([user('my baby has a fever')]);
    if (first.action !== 'ask') throw new Error('expected a question turn');
    const ageAt = first.questions.findIndex((q) => /how old/i.test(q.text));
    expect(ageAt).toBeGreaterThanOrEqual(0);
    const reply = `${ageAt + 1}. Under 3 months`;
    const next = nextConsultStep([user('my baby has a fever'), said(first.text), user(reply)]);
    expect(next.state.facts.age).toBeLessThan(0.25);
    const fever = nextConsultStep([user('我发烧39度，咳嗽')]);
    expect(fever.action === 'ask' ? fever.questions.map((q) => q.text).join() : '').not.toMatch(/体温多少|最高多少度/);
  });

  it('durations are not ages, denials are not facts', () => {
    expect(readFacts('我咳嗽两个月了').age).toBeUndefined();
    expect(readFacts("I've had back pain for 3 years").age).toBeUndefined();
    expect(readFacts("she's 2 months old").age).toBeCloseTo(2 / 12);
    expect(readFacts("I'm 6 months pregnant").age).toBeUndefined();
    expect(readFacts('没有高血压，也没有糖尿病').chronic).toEqual([]);
    expect(readFacts("I don't have diabetes").chronic).toEqual([]);
    expect(readFacts('对任何药物都不过敏').allergies).toEqual([]);
    expect(readFacts('不确定是否怀孕').pregnant).toBeUndefined();
  });

  it('an emergency answer after a question turn opens with the emergency, and question turns carry the real triage', () => {
    const first = nextConsultStep([user('我头疼')]);
    if (first.action !== 'ask') throw new Error('expected a question turn');
    expect(first.triage.level).toBe(first.state.triage);
    const worst = nextConsultStep([user('我头疼'), said(first.text), user('突然开始的，这辈子最痛的一次，脖子很硬，吐了两次')]);
    expect(worst.action).toBe('answer');
    if (worst.action !== 'answer') return;
    expect(worst.state.triage).toBe('emergency');
    expect(worst.restsOn).toBe('');
  });
});

// After consult-cases-6 was scored and studied (in-sample changes; the sentences here are our own).
describe('who the patient is, and reports over time', () => {
  const firstTurn = (text: string): string => {
    const s = nextConsultStep([{ role: 'user', content: text }]);
    return s.action === 'ask' ? s.questions.map((q) => q.text).join(' / ') : `(answered: ${s.state.reason})`;
  };

  it('a report about oneself over time is a consultation, whatever the complaint is called; a plan is not', () => {
    expect(isSymptomMessage('月经三个多月没来了')).toBe(true);
    expect(isSymptomMessage('Been feeling really low for a few weeks, nothing seems fun anymore')).toBe(true);
    expect(isSymptomMessage('我最近想减肥，怎么吃比较好')).toBe(false);
    expect(isSymptomMessage('what causes night sweats in general')).toBe(false);
    expect(isSymptomMessage('什么是高血压')).toBe(false);
  });

  it('the infant screen is for babies and young children, not a teenager or a mother after the birth', () => {
    expect(firstTurn('女儿15岁，最近老是头疼')).not.toMatch(/叫醒|蔫/);
    expect(firstTurn('生完孩子三个月，最近老是腰疼')).not.toMatch(/叫醒|蔫/);
    expect(firstTurn('孩子8个月，昨天开始发烧')).toMatch(/叫醒|蔫|精神/);
  });

  it('"三个多月" and "for a few months" are durations: not asked again', () => {
    expect(readFacts('月经三个多月没来了').duration).toBe('三个多月');
    expect(readFacts('been feeling flat for a few months').duration).toBe('for a few months');
    expect(firstTurn('月经三个多月没来了')).not.toMatch(/持续多久/);
  });

  it("the named complaint's own red flag leads the first turn; a medicine tried for it is not a side effect", () => {
    const zh = firstTurn('嘴里长了个溃疡两周了，涂了药也不见好');
    expect(zh.split(' / ')[0]).toMatch(/三周|发硬|白斑/);
    expect(zh).not.toMatch(/想伤害自己/);
  });

  it('a complaint after starting a medicine keeps the medicine reaction screen (mood, self-harm) in the first turn', () => {
    expect(firstTurn('刚开始吃帕罗西汀一周，心慌手抖睡不着')).toMatch(/想伤害自己/);
    expect(firstTurn('started sertraline last week and my heart is racing and I feel shaky')).toMatch(/self-harm/);
  });
});

describe('consultation policy: generic discriminators, reader-only emergencies, the gate', () => {
  it('the first turn asks the generic danger signs beside the complaint red flags', () => {
    const s = nextConsultStep([user('我这两个月指甲变得很脆，一碰就裂')]);
    expect(s.action).toBe('ask');
    expect(texts(s)).toMatch(/有没有突然发作，或伴有.*体重下降/);
  });

  it('an emergency only the learned reader saw gets one question turn, then the emergency answer', () => {
    const readerOnly = () => ({
      level: 'emergency' as const,
      reasons: ['model:emergency'],
      message: 'Call the emergency number now.',
      signsLevel: 'routine' as const,
      readerEmergencyP: 0.7,
    });
    const first = nextConsultStep([user('my feet have been cold at night for weeks')], { triage: readerOnly });
    expect(first.action).toBe('ask');
    if (first.action !== 'ask') return;
    // The emergency advice comes right after the lead, before the questions, not after them.
    expect(first.text.split('\n').slice(0, 2)).toEqual([QUESTION_LEAD.en, 'Call the emergency number now.']);
    const routine = nextConsultStep([user('my feet have been cold at night for weeks')]);
    expect(routine.action === 'ask' && routine.text.startsWith(QUESTION_LEAD.en)).toBe(true);
    const second = nextConsultStep([user('my feet have been cold at night for weeks'), said(first.text), user('not sure')], { triage: readerOnly });
    expect(second.action).toBe('answer');
    expect(second.state.reason).toBe('emergency');
    // A named sign (or a caller's triage that does not say) still skips the questions.
    const named = () => ({ level: 'emergency' as const, reasons: ['stroke-signs'], message: 'm', signsLevel: 'emergency' as const });
    expect(nextConsultStep([user('my feet have been cold at night for weeks')], { triage: named }).action).toBe('answer');
    const unknown = () => ({ level: 'emergency' as const, reasons: ['model:emergency'], message: 'm' });
    expect(nextConsultStep([user('my feet have been cold at night for weeks')], { triage: unknown }).action).toBe('answer');
    // A reader sure of its emergency (p ≥ READER_SURE) is answered at once even without a named sign.
    const sure = () => ({ level: 'emergency' as const, reasons: ['model:emergency'], message: 'm', signsLevel: 'routine' as const, readerEmergencyP: 0.99 });
    expect(nextConsultStep([user('my feet have been cold at night for weeks')], { triage: sure }).action).toBe('answer');
    // The rules at urgent and the reader alone at emergency, unsure: the emergency still rests on the reader.
    const rulesUrgent = () => ({ ...readerOnly(), signsLevel: 'urgent' as const });
    expect(nextConsultStep([user('my feet have been cold at night for weeks')], { triage: rulesUrgent }).action).toBe('ask');
    // …but not a child, a burn or a pregnancy the rules call urgent: answered as an emergency at once.
    const vulnerable = () => ({ ...rulesUrgent(), vulnerable: true });
    expect(nextConsultStep([user('my feet have been cold at night for weeks')], { triage: vulnerable }).state.reason).toBe('emergency');
  });

  it('real emergencies named by the rules are answered at once with the default triage', () => {
    expect(nextConsultStep([user("My husband's face suddenly drooped and he can't lift his arm")]).state.reason).toBe('emergency');
    expect(nextConsultStep([user('我爸胸口像压了块石头，喘不上气，一直出冷汗')]).state.reason).toBe('emergency');
  });

  it('a report asked about as one own, or a worry, is a consultation; a disease question is not', () => {
    expect(isSymptomMessage('这半年例假特别多，正常吗？')).toBe(true);
    expect(isSymptomMessage('最近什么都不想做，提不起劲')).toBe(true);
    expect(isSymptomMessage('My grandad has had three falls this month, what should we do?')).toBe(true);
    expect(isSymptomMessage('高血压是怎么回事')).toBe(false);
    expect(isSymptomMessage('what causes gout')).toBe(false);
  });
});

describe('consultation policy after consult-cases-9 (in-sample)', () => {
  const first = (text: string): string => {
    const s = nextConsultStep([user(text)]);
    return s.action === 'ask' ? s.questions.map((q) => q.text).join(' / ') : `(answered: ${s.state.reason})`;
  };

  it('a mood, sleep or energy complaint is asked its own danger signs (self-harm), not fever', () => {
    expect(first('been feeling really empty and tired of everything for weeks')).toMatch(/harm yourself|end your life/);
    expect(first('这阵子老是心烦，晚上也睡不好')).toMatch(/伤害自己|不想活/);
  });

  it('a body part beyond the site screens makes a personal message a consultation', () => {
    expect(isSymptomMessage("my mum's shoulder has looked odd since her fall last week")).toBe(true);
    expect(isSymptomMessage('我妈脚踝这几天有点发胀')).toBe(true);
  });

  it('a reliever needed more than usual is a treatment, not a suspect: no reaction screen first', () => {
    expect(first("I'm using my reliever inhaler a lot more than usual and I'm wheezy").split(' / ')[0]).not.toMatch(/reaction since taking/);
  });

  it('a lump at the neck is asked as a lump, not as neck pain', () => {
    const q = first('洗澡时摸到脖子侧面有个包，不疼');
    expect(q).toMatch(/肿块/);
    expect(q).not.toMatch(/怕光|车祸/);
  });
});

describe('a bare duration in a reply', () => {
  it('is read as how long ("Three days, I am 35"), but not a pregnancy or an age', () => {
    expect(readFacts('No to all of those. Three days, I am 35.').duration).toBe('Three days');
    expect(readFacts("I'm 30 weeks and the baby is quiet").duration).toBeUndefined();
    expect(readFacts('my 6 weeks old baby').duration).toBeUndefined();
  });
});

describe('consultation policy after consult-cases-10 (in-sample)', () => {
  const first = (text: string): string => {
    const s = nextConsultStep([user(text)]);
    return s.action === 'ask' ? s.questions.map((q) => q.text).join(' / ') : `(answered: ${s.state.reason})`;
  };

  it('sleep lost to pain is the pain complaint, not a mood one; blisters are a skin complaint', () => {
    const q = first('我爸背上起了好多小水泡，疼得一晚上没睡着');
    expect(q).not.toMatch(/心情低落|不想活/);
    expect(q).toMatch(/红肿扩散/);
  });

  it("a mother's low mood after the birth is hers: no baby screen, self-harm asked", () => {
    const q = first('gave birth a month ago and I keep crying, I feel like a failure');
    expect(q).not.toMatch(/floppy|How old is the baby/);
    expect(q).toMatch(/harm yourself/);
  });

  it('bleeding years after the menopause is not a pregnancy question; chest discomfort is asked the unstable features', () => {
    expect(first('绝经七八年了，最近又有点出血')).not.toMatch(/胎动/);
    expect(first('my chest feels heavy when I climb the stairs, it settles when I rest')).toMatch(/at rest, last more than a few minutes/);
  });
});

describe('session 8: complaints beside a medicine or a can-I question, sleep said as a late hour', () => {
  it('a complaint named beside "what can I take" is consulted; a diet question about a condition is not', () => {
    expect(isSymptomMessage('did my back in lifting boxes yesterday, what can I take for it?')).toBe(true);
    expect(isSymptomMessage('糖尿病人能吃西瓜吗')).toBe(false);
  });

  it('a medicine named beside a complaint without the complaint following it is no suspect: no reaction screen first', () => {
    const tried = nextConsultStep([user('my knee has been aching for a week and ibuprofen barely takes the edge off')]);
    expect(tried.action === 'ask' ? tried.questions[0].text : '').not.toMatch(/reaction since taking/);
    const after = nextConsultStep([user('since starting a new blood pressure tablet my ankles have swollen up')]);
    expect(texts(after)).toMatch(/reaction since taking/);
  });

  it('falling asleep only at two or three is a sleep complaint, asked the mood danger signs', () => {
    expect(texts(nextConsultStep([user('这几个星期每天都要到凌晨两三点才睡得着')]))).toMatch(/伤害自己|不想活/);
  });
});

describe('session 9: the medicine asked for, the baby not yet born, a mood said by how it feels', () => {
  it('a medicine asked for or weighed is not suspected: no reaction screen, the complaint first', () => {
    const s = texts(nextConsultStep([user('sore throat for four days, what is the strongest lozenge I can buy?')]));
    expect(s).not.toMatch(/reaction since taking/);
    const z = texts(nextConsultStep([user('胃胀了一个礼拜，吃点什么药好')]));
    expect(z).not.toMatch(/用药后有没有不舒服/);
    // …but a complaint after starting one still is.
    expect(texts(nextConsultStep([user('since starting a new blood pressure tablet my ankles have swollen up')]))).toMatch(/reaction since taking/);
  });

  it('a pregnant woman’s baby and a baby being planned are not infants', () => {
    // Fewer movements at 31 weeks is the sign itself (sign-grammar.ts, session 19): the answer sends to the maternity unit
    // now, about the pregnancy — never the infant's questions.
    const pregnant = nextConsultStep([user('31 weeks with our second and the baby has hardly kicked since lunch')]);
    expect(pregnant.action).toBe('answer');
    expect(pregnant.triage.level).toBe('emergency');
    expect(pregnant.triage.reasons).toContain('fewer-fetal-movements');
    expect(pregnant.triage.message).not.toMatch(/How old is the baby|floppy/);
    expect(pregnant.triage.message).toMatch(/baby movements|maternity unit/);
    const planning = texts(nextConsultStep([user('my wife and I are trying for a baby, I take lamotrigine for epilepsy, is that a problem?')]));
    expect(planning).not.toMatch(/How old is the baby|floppy/);
    expect(planning).toMatch(/already be pregnant|seizures/);
  });

  it('a partner named beside the speaker does not give the patient’s sex', () => {
    expect(readFacts('me and my husband want to start a family').sex).toBeUndefined();
    expect(readFacts('my husband has a rash').sex).toBe('male');
    expect(readFacts('cholesterol came back high, 52F').sex).toBe('female');
    expect(readFacts('cholesterol came back high, 52F').age).toBe(52);
  });

  it('low mood said by how it feels, with a remedy in mind, is consulted and asked the mood danger signs', () => {
    expect(
      texts(nextConsultStep([user('been feeling a bit low for a few months and not really enjoying anything, thinking of trying some herbal stuff')])),
    ).toMatch(/harm(?:ing)? yourself/);
  });

  it('asking whether one’s own finding has an everyday cause is a consultation, not a knowledge question', () => {
    expect(isSymptomMessage('最近老是出虚汗，晚上更明显，是不是太累的原因')).toBe(true);
    expect(isSymptomMessage('高血压的原因有哪些')).toBe(false);
  });
});

describe('who the patient is and what changed (session 10, round 2)', () => {
  it('a child the writer is only with is company: neither the sex nor the child screen is the patient’s', () => {
    expect(readFacts('I wet myself a little when I run around the park with my daughter').sex).toBeUndefined();
    expect(readFacts('I get short of breath playing football with my son').sex).toBeUndefined();
    expect(readFacts('my son gets short of breath playing football').sex).toBe('male');
    const own = texts(nextConsultStep([user('I get wheezy and short of breath when I play football with my son')]));
    expect(own).not.toMatch(/How old is the baby|floppy|hard to wake|wet nappies/);
    const his = texts(nextConsultStep([user('my son gets wheezy and short of breath when he plays football')]));
    expect(his).toMatch(/drows|hard to wake|urine|rash|fever/);
  });

  it('weeks past a baby’s first three months beside a baby are a gestation, even a sentence apart', () => {
    expect(readFacts('24 weeks and my ankles are huge. is it ok for baby if i take paracetamol?').pregnant).toBe(true);
    expect(readFacts('10 weeks now. baby still cries every evening, is that colic?').pregnant).toBeUndefined();
    expect(readFacts('cough for 3 weeks. the baby has it too').pregnant).toBeUndefined();
  });

  it('time counted from the baby is after the birth: the mother’s own complaint', () => {
    expect(texts(nextConsultStep([user('4 months since baby arrived and my back aches every evening')]))).not.toMatch(/How old is the baby|floppy/);
  });

  it('a change against how one used to be is a report over time; a sleepless stretch with adverbs is a sleep complaint', () => {
    expect(isSymptomMessage("my knees aren't what they used to be. 61.")).toBe(true);
    expect(isSymptomMessage('爬楼梯不如以前了，喘得厉害')).toBe(true);
    expect(isSymptomMessage('what did doctors used to prescribe for gout')).toBe(false);
    expect(texts(nextConsultStep([user("haven't properly slept in 5 nights, mind racing with plans")]))).toMatch(/harm yourself|hearing or seeing/);
  });

  it('what is seen before the eyes is sight; the hair is not the head; 掉发 is hair loss', () => {
    expect(findNamedComplaints('这几天眼前老有黑点晃来晃去').map((c) => c.id)).toContain('vision');
    expect(findNamedComplaints('最近掉发好厉害').map((c) => c.id)).toContain('hairLoss');
    expect(findComplaints('每次洗头都掉一大把').map((c) => c.id)).not.toContain('site:head');
    const head = SITE_SCREENS.find((c) => c.id === 'site:head');
    expect(head?.zh.test('额头上磕破了')).toBe(true);
    expect(head?.zh.test('梳头的时候老掉头发')).toBe(false);
  });
});

describe('review fix: a baby aged in weeks, and a child who is company only when the complaint is the writer’s own', () => {
  const texts = (s: ReturnType<typeof nextConsultStep>): string => (s.action === 'ask' ? s.questions.map((q) => q.text).join('\n') : '');
  const infant = /How old is the baby|floppy|hard to wake|宝宝多大|叫不醒|很难叫醒/;
  const pregnancy = /vaginal bleeding|baby movements|阴道出血|胎动/;
  it('weeks attached to the baby, or a baby with a symptom of its own, are the baby’s age, not a gestation', () => {
    for (const said of [
      'our little girl, 18 weeks, has been pulling at her ear and has a fever',
      'my son is 20 weeks and has been coughing all night',
      '19 weeks. baby keeps vomiting after every feed',
      '一个19周的宝宝，昨天开始拉肚子',
      '儿子现在17周，这两天咳嗽得厉害',
      '17周，宝宝脸上长了好多红疹',
    ]) {
      expect(readFacts(said).pregnant, said).toBeUndefined();
      const asked = texts(nextConsultStep([user(said)]));
      expect(asked, said).not.toMatch(pregnancy);
      expect(asked, said).toMatch(infant);
    }
  });

  it('weeks are a gestation with the pregnancy’s own words', () => {
    expect(readFacts('26 weeks and my hands and face have puffed up, midwife appointment is next week').pregnant).toBe(true);
    expect(readFacts('21 weeks, will it harm the baby if i use a steroid cream?').pregnant).toBe(true);
    expect(readFacts('27 weeks, baby has been much quieter since yesterday').pregnant).toBe(true);
    expect(readFacts('29周了，最近胎动好像少了').pregnant).toBe(true);
    expect(readFacts('29周了，宝宝也不怎么踢了').pregnant).toBe(true);
  });

  it('a pronoun or the child carrying the symptom makes the child the patient; the writer’s own symptom keeps the child company', () => {
    for (const said of [
      'I’m home alone with my son today and he has been throwing up since lunch',
      'I’m sitting with my daughter on the sofa, she has a sore throat and is off her food',
      '今天我带女儿去玩，她回来就一直吐',
      '我陪孩子一起玩，他突然说肚子疼，还发烧了',
    ]) {
      expect(texts(nextConsultStep([user(said)])), said).toMatch(infant);
    }
    expect(readFacts('我和儿子一起踢球，他摔了一跤，膝盖肿了').sex).toBe('male');
    expect(readFacts('I get a tight chest when I swim with my daughter').sex).toBeUndefined();
    expect(texts(nextConsultStep([user('I get a tight chest when I swim with my daughter')]))).not.toMatch(infant);
    expect(texts(nextConsultStep([user('陪儿子一起跑步的时候我膝盖扭伤了，很疼')]))).not.toMatch(infant);
    // Symptoms said of no one leave the child named: the child's screen is asked rather than lost.
    expect(texts(nextConsultStep([user('I spent the day with my toddler, diarrhoea since this afternoon')]))).toMatch(infant);
  });
});

describe('review fix: a complaint of fetal movements is a pregnancy, and "I am N weeks" is a gestation', () => {
  it('movements stopped or not felt, beside weeks said as "I am", read pregnant — never a baby to be aged', () => {
    for (const said of [
      'I am 31 weeks and the baby has stopped kicking since breakfast',
      'I am 35 weeks, the baby seems to have stopped moving today',
      '29 weeks. I cannot feel the baby kicking any more, and I feel sick',
      '我35周了，今天宝宝一直没动静',
      '我现在32周，宝宝好像不动了',
    ]) {
      expect(readFacts(said).pregnant, said).toBe(true);
    }
    expect(readFacts('I am 6 weeks post c-section and my scar is sore').pregnant).toBeUndefined();
    expect(readFacts('my baby has stopped moving his left arm since he fell').pregnant).toBeUndefined();
  });
});

describe('#12: asking how worried to be is not a mood complaint', () => {
  const selfHarm = /self-harm|harm(?:ing)? yourself|end your life/i;
  it('"Should I panic?" after a bodily finding asks the finding’s red flags, not self-harm', () => {
    const opening = 'Noticed bright red blood on the toilet paper a couple of times this week. Should I panic?';
    const s = nextConsultStep([user(opening)]);
    expect(s.action).toBe('ask');
    expect(texts(s)).not.toMatch(selfHarm);
    expect(texts(s)).toMatch(/dark or black|mixed in/);
    // The same opening without the worry question asks the same first turn.
    expect(texts(s)).toBe(texts(nextConsultStep([user('Noticed bright red blood on the toilet paper a couple of times this week.')])));
  });

  it('panic said as a state (attacks, panicking) is still asked about self-harm', () => {
    expect(texts(nextConsultStep([user('I keep getting panic attacks at work')]))).toMatch(selfHarm);
    expect(texts(nextConsultStep([user("I've been so depressed lately, should I panic about it?")]))).toMatch(selfHarm);
  });
});

describe('session 39: send, then ask; the stroke signs asked once', () => {
  it('an elder’s change beside the stroke signs asks them once and keeps the time it started (review s38 S2-c)', () => {
    const s = nextConsultStep([user('婆婆佢老人痴呆都好多年喇，但係今日講嘢口齒唔清，啲字黐埋一舊')]);
    expect(s.action).toBe('ask');
    const qs = texts(s).split('\n');
    expect(qs.filter((q) => /一侧手脚无力/.test(q)).length).toBe(1);
    expect(qs.some((q) => /几点开始/.test(q))).toBe(true);
  });

  it('off by default: an emergency opening is answered at once', () => {
    expect(nextConsultStep([user('我妈62岁，刚才洗碗的时候突然左手没劲，碗都掉了，嘴角有点歪')]).state.reason).toBe('emergency');
  });

  it('sendAndAsk: the emergency advice first, at most two questions, and no reply lowers it', () => {
    const opening = user('我妈62岁，刚才洗碗的时候突然左手没劲，碗都掉了，嘴角有点歪');
    const s = nextConsultStep([opening], { sendAndAsk: true });
    expect(s.action).toBe('ask');
    if (s.action !== 'ask') return;
    expect(s.triage.level).toBe('emergency');
    expect(s.lead).toBe(s.triage.message);
    expect(s.text.indexOf(s.triage.message)).toBeLessThan(s.text.indexOf('1. '));
    expect(s.questions.length).toBeLessThanOrEqual(2);
    expect(texts(s)).toMatch(/几点开始/);
    for (const reply of ['没有，现在好了', '说错了，是右手，现在没事了']) {
      const end = nextConsultStep([opening, said(s.text), user(reply)], { sendAndAsk: true });
      expect(end.action).toBe('answer');
      expect(end.triage.level).toBe('emergency');
    }
    // A knowledge question and a routine complaint are as without it.
    expect(nextConsultStep([user('What are the symptoms of a stroke?')], { sendAndAsk: true }).state.reason).toBe('not-a-symptom');
    expect(texts(nextConsultStep([user('我头疼')], { sendAndAsk: true }))).toBe(texts(nextConsultStep([user('我头疼')])));
  });
});

describe('session 40: send-then-ask asks the presentation that made the emergency; replies read as answers', () => {
  it('sendAndAsk: an overdose is asked what, how much and when; a child’s fit its length, not the stroke signs', () => {
    for (const [text, want, not] of [
      ['my friend took like 30 paracetamol an hour ago', /What was taken, how much, and when/, /kidney|other medicines/i],
      ['我吃了二十几片布洛芬，想死', /吃\/喝了什么，大概多少，什么时候/, /肾病|在吃哪些药/],
      ['孩子3岁，刚才抽搐了五分钟，现在叫不醒', /抽了多长时间/, /口角歪斜/],
      ['外婆82岁今天拿碗拿不稳，还说肚子疼', /几点开始/, /肚子发硬|呕血/],
    ] as const) {
      const s = nextConsultStep([user(text)], { sendAndAsk: true });
      expect(s.action, text).toBe('ask');
      expect(texts(s), text).toMatch(want);
      expect(texts(s), text).not.toMatch(not);
      expect(s.triage.level).toBe('emergency');
    }
  });

  it('a sign a reply denies does not raise the case; a sign worded by a negation still does', () => {
    const end = (opening: string, reply: string) => {
      const s = nextConsultStep([user(opening)]);
      if (s.action !== 'ask') throw new Error(`no question turn for ${opening}`);
      return nextConsultStep([user(opening), said(s.text), user(reply)], { maxTurns: 1 }).triage.level;
    };
    expect(end('我30岁，这两天嗓子疼，咽口水有点疼，吃点什么药？', '能咽下去，说话声音不变，呼吸不费劲。')).toBe('routine');
    expect(end('孩子3岁，昨天开始发烧咳嗽，今天还是38.5，要吃什么药？', '喘不上气，说话说不完整，嘴唇有点紫。')).toBe('emergency');
  });
});

describe('session 40 review fix: a reply that tells an emergency is never blanked; a dose is no peak flow', () => {
  // The reviewer's dialogue (consult-probes.jsonl): the opening, the probe's reply, then "that's all", maxTurns 2.
  const final = (opening: string, reply: string): string => {
    const zh = /\p{Script=Han}/u.test(opening);
    const msgs: ChatMessage[] = [user(opening)];
    let s = nextConsultStep(msgs, { maxTurns: 2 });
    for (let g = 0, r = 0; s.action !== 'answer' && g < 5; g++, r++) {
      msgs.push(said(s.text), user(r === 0 ? reply : zh ? '就这些' : "that's all"));
      s = nextConsultStep(msgs, { maxTurns: 2 });
    }
    return s.triage.level;
  };

  it('S1 (b11, b21, b22, b24): reduced fetal movement and an unresponsive febrile grandfather stay emergencies', () => {
    expect(final("I'm 36 weeks pregnant", "I haven't felt the baby move since yesterday")).toBe('emergency');
    expect(final("I'm 38 weeks pregnant, bit of backache", "I haven't felt the baby move at all today")).toBe('emergency');
    expect(final("I'm 30 weeks pregnant", "We haven't felt the baby kick since last night")).toBe('emergency');
    expect(final('我爷爷发烧了', '叫了没反应')).toBe('emergency');
  });

  it('S2 (b12, b13): a salbutamol dose or a heart rate is not read as the peak flow; b15 keeps its gain', () => {
    expect(final('哮喘有点犯', '平时峰流速450，现在吸了200微克沙丁胺醇后430')).toBe('urgent');
    expect(final('asthma a bit tight today', 'now HR 110, peak flow usual 450 now 400')).toBe('urgent');
    expect(final('哮喘又犯了', '峰流速现在只有200，平时有450')).toBe('emergency');
  });
});
