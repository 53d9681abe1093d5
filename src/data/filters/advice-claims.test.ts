import { describe, expect, it } from 'vitest';
import { qaRecord } from '../testing/qa-record.js';
import { adviceCheckOptions, adviceVerdict } from './advice-check.js';

const o = adviceCheckOptions.parse({});
const qa = qaRecord;

describe('advice-check reads answers with the compliance claim checker', () => {
  it('drops an answer whose advice the question completes', () => {
    expect(adviceVerdict(qa('我吃丙戊酸钠治癫痫两年了，能停吗？', '两年没发作就可以自己停药了，不用复查。'), o)).toEqual({
      drop: 'advice_claim_stop-medication',
    });
    expect(adviceVerdict(qa('How much naproxen for period pain?', 'Take 2000 mg twice a day.'), o)).toEqual({ drop: 'advice_claim_dose-out-of-range' });
  });

  it('keeps the sound versions', () => {
    expect(adviceVerdict(qa('我吃丙戊酸钠治癫痫两年了，能停吗？', '不要自己停药，是否减停需要神经科医生评估。'), o)).toBe(true);
    expect(adviceVerdict(qa('How much naproxen for period pain?', 'Take 250 mg twice a day with food.'), o)).toBe(true);
  });
});

describe('advice-check: emergencies deferred, unusable text', () => {
  it('drops an answer that defers care for an emergency question, keeps one that sends the person now', () => {
    const q = 'My father, 70, suddenly cannot lift his right arm and his speech is slurred since ten minutes ago.';
    expect(adviceVerdict(qa(q, 'He is probably tired. Let him sleep it off and see his GP next week if it persists.'), o)).toEqual({
      drop: 'advice_claim_delays-emergency-care',
    });
    expect(adviceVerdict(qa(q, 'These are stroke signs: call an ambulance now and note the time they started.'), o)).toBe(true);
  });

  it('drops an answer that treats an emergency at home without sending the person to any care', () => {
    const q = '我妈妈突然说话含糊不清，右手拿不住东西，口角歪斜，已经二十分钟了。';
    expect(adviceVerdict(qa(q, '这是颈椎病压迫神经引起的，回家热敷脖子，多休息，吃点维生素B12营养神经就行。'), o)).toEqual({
      drop: 'advice_claim_emergency-without-care',
    });
    // Naming any care (a doctor, a hospital, a test) leaves the answer to the other checks.
    expect(adviceVerdict(qa(q, '这些是中风的表现，请立即拨打120送医院，记下开始的时间。'), o)).toBe(true);
  });

  it('drops an answer that explains an emergency and then plans a non-urgent visit, whatever words it defers with', () => {
    const q = 'Crushing pain in the middle of my chest for half an hour, going into my jaw, and I am sweating a lot. I am 61.';
    const plan = 'This may be angina or a heart attack; an ECG and troponin test tell them apart. Book an appointment with your family doctor for an ECG.';
    expect(adviceVerdict(qa(q, plan), o)).toEqual({ drop: 'advice_claim_delays-emergency-care' });
    expect(adviceVerdict(qa(q, 'This may be a heart attack: call an ambulance now and chew an aspirin if you are not allergic.'), o)).toBe(true);
  });

  it('judges "no need for the ER" by how urgent the question is, not by its wording', () => {
    // A routine question: declining the ER is the right disposition, kept (for review).
    const cold = 'Three days of sneezing and a blocked nose, temperature 37.4, eating and sleeping fine. Do I need the ER?';
    const calm =
      'From what you describe there is no need to see a doctor for this. Rest, fluids and paracetamol help; get checked if you become short of breath or the fever goes over 39.';
    expect(adviceVerdict(qa(cold, calm), o)).toEqual({ review: 'advice_claim_discourage-care' });
    // An emergency question: the same words dismiss care the person needs now.
    const stroke = 'My husband suddenly cannot move his left arm and his face droops on one side, it started 20 minutes ago. Do we need the ER?';
    expect(adviceVerdict(qa(stroke, 'No need to go to the emergency room; let him rest and see how he is tomorrow.'), o)).toHaveProperty('drop');
    const zh = '我今天有点流鼻涕、打喷嚏，体温37.3度，吃饭睡觉都正常，要去急诊吗？';
    expect(adviceVerdict(qa(zh, '您好，不需要去急诊。普通感冒多喝水、多休息；体温超过39度或者喘不上气，才需要急诊。'), o)).toEqual({
      review: 'advice_claim_discourage-care',
    });
  });

  it('leaves broken text to the integrity step (one home for text form)', () => {
    const r = qa('胃胀怎么办？', '建议饭后胀气胀气，多潘立酮饭前饭前，每日每日三次，就诊就诊消化内科。');
    expect(adviceVerdict(r, o)).toBe(true);
  });
});

describe('the learned claim model in curation', () => {
  it('keeps an answer only the model finds risky, for review, and never drops it', () => {
    const r = qa('My blood pressure is fine now, what next?', 'Your blood pressure is normal now, so you can throw the tablets away and stop checking.');
    expect(adviceVerdict(r, o)).toEqual({ review: 'advice_claim_unsafe-claim' });
  });
});

describe('advice-check: a care disposition judged by the named triage rules', () => {
  it('keeps "no need for the ER" where the learned reader alone calls the question urgent or an emergency', () => {
    const fever = 'my son is 2, fever 38.4 since this morning but he is running around and eating ok. my wife wants to go to the ER tonight, is that needed??';
    expect(
      adviceVerdict(qa(fever, 'A toddler who is playing and drinking with that temperature does not need the ER tonight; give fluids and watch him.'), o),
    ).toEqual({ review: 'advice_claim_discourage-care' });
    const piles = '上厕所时大便带鲜血，滴在马桶上，不疼，肛门有个小肉球能自己缩回去，28岁，需要马上去急诊吗？';
    expect(adviceVerdict(qa(piles, '这是典型的内痔表现，不需要去急诊，平时多喝水、多吃蔬菜，有空到肛肠科看看。'), o)).toEqual({
      review: 'advice_claim_discourage-care',
    });
  });

  it('reads a dismissed emergency contraceptive as a safeguard, not a visit', () => {
    const q = 'Condom split last night. Do I need the morning-after pill? I am 25.';
    expect(adviceVerdict(qa(q, "Pregnancy is very unlikely, so you don't need emergency contraception."), o)).toEqual({
      drop: 'advice_claim_discourage-care',
    });
  });
});

// Review finding 6: the exemption for a dismissed ER also covered "no need to see a doctor" to questions the triage
// grades urgent. Sentences written for this test.
describe('advice-check: care of every kind waved away for an urgent presentation', () => {
  const en =
    'My dad is 70. He has had a fever of 39 for four days, a bad cough with green phlegm, and gets breathless climbing the stairs. Does he need to see a doctor?';
  const zh = '我妈70岁，发烧39度四天了，咳绿痰，爬楼梯就喘，要看医生吗？';

  it('drops "no need to see a doctor" / "不用看医生" when the triage grades the question urgent', () => {
    expect(adviceVerdict(qa(en, "He doesn't need to see a doctor; plenty of fluids and rest will sort it out."), o)).toEqual({
      drop: 'advice_claim_discourage-care',
    });
    expect(adviceVerdict(qa(zh, '不用看医生，在家多喝水休息就行。'), o)).toEqual({ drop: 'advice_claim_discourage-care' });
  });

  it('still keeps for review a dismissed ER or a hurried visit to the same urgent question', () => {
    expect(
      adviceVerdict(
        qa(
          en,
          'He does not need the ER tonight for this chest infection; book him in with his GP first thing tomorrow for a chest examination and antibiotics.',
        ),
        o,
      ),
    ).toEqual({ review: 'advice_claim_discourage-care' });
    expect(adviceVerdict(qa(zh, '不用急着去医院，明天上午带她去社区医院看一下。'), o)).toEqual({ review: 'advice_claim_discourage-care' });
  });
});
