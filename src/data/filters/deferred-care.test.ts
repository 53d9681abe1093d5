import { describe, expect, it } from 'vitest';
import { qaVerdict } from '../../../test/helpers/qa-verdict.js';
import { deferredCare } from './deferred-care.js';

// Session 33 (#17): care put off by a wait of weeks or months, read by structure. Wordings written for these tests,
// none from a batch.
const verdict = qaVerdict;

describe('deferredCare: care only after a wait', () => {
  it('diff read s33: 不要紧 is "not serious", periods are not a wait', () => {
    expect(deferredCare('这种情况不要紧的话观察一两周，如果还不好再去医院看看。')).toBeDefined();
    expect(deferredCare('If your periods are still heavy in a few weeks, see your GP.')?.long).toBe(false);
  });
  it('care conditioned on the picture lasting weeks or months', () => {
    expect(deferredCare('This is most likely a pulled muscle. If it is still sore in three weeks, see your GP.')?.long).toBe(false);
    expect(deferredCare('Probably nothing serious. If the swelling has not gone down in a couple of months, mention it to your doctor.')?.long).toBe(true);
    expect(deferredCare('多半是上火引起的，先吃点清淡的。如果半个月后还不好再去消化科看看。')).toBeDefined();
    expect(deferredCare('观察两三周，仍然没有好转的话再到医院做个检查。')).toBeDefined();
  });
  it('care planned after a wait with no condition, or to a routine check-up', () => {
    expect(deferredCare('Rest it for now and book an appointment with your GP in the next few weeks.')).toBeDefined();
    expect(deferredCare('It can wait: bring it up at your next routine check-up.')?.long).toBe(true);
    expect(deferredCare('先在家休息，过两周找时间去神经内科门诊做个检查。')).toBeDefined();
  });
  it('not when care is sent for promptly, or signs to come back for are named beside the wait', () => {
    expect(deferredCare('Please see your GP this week. If it is not better in two weeks, go back.')).toBeUndefined();
    expect(deferredCare('建议尽快去医院检查。如果一个月后还不好，再去复查。')).toBeUndefined();
    expect(deferredCare('If you can, see your GP today; if it is not better in two weeks, go back to them.')).toBeUndefined();
    expect(deferredCare('如果方便的话今天就去医院看看，一两周还不好再去复查。')).toBeUndefined();
    expect(deferredCare('If it is not better in 4 weeks, or you notice weight loss or night sweats, see your doctor.')).toBeUndefined();
    expect(deferredCare('如果出现发热、便血，或者两周还不好，要去医院看看。')).toBeUndefined();
  });
  it('not a course of treatment, a story of another patient or a follow-up after tests', () => {
    expect(deferredCare('Take the antibiotic for two weeks and finish the course.')).toBeUndefined();
    expect(deferredCare('我以前有个病人，两个月来看遍了医院，效果不好，最后查出是甲亢。')).toBeUndefined();
    expect(deferredCare("Let's order the blood tests and discuss the results at our next appointment.")).toBeUndefined();
    expect(deferredCare('如果肾功能不好，这个药要减量，最好先问医生。')).toBeUndefined();
  });
});

describe("advice-check: a deferral judged by the question's urgency", () => {
  const wait = '可能是一过性的脑供血不足，现在恢复了就不用太紧张，先在家休息。如果一两周后还觉得不舒服，再去神经内科门诊看看。';
  it('an urgent picture by a named triage rule, care put off by weeks: dropped', () => {
    expect(verdict('我妈68岁，今天早上突然左手没力气、说话含糊，十几分钟后自己好了，现在跟平时一样，要紧吗？', wait)).toEqual({
      drop: 'advice_claim_defers-urgent-care',
    });
  });
  it('a routine question with the same kind of safety net: kept', () => {
    expect(verdict('落枕两天了，脖子转动有点疼，怎么缓解？', '多半是睡姿不对引起的肌肉痉挛，可以热敷、轻柔活动。如果一两周后还不好，再去骨科看看。')).toBe(
      true,
    );
  });
});

// Review s33 (curation-probes.jsonl): correct answers the first version dropped (S2), kept by the review fix.
describe('review s33: not a deferral, or not urgent enough for one', () => {
  const tia =
    "My dad (74) suddenly couldn't lift his left arm and his speech was slurred this morning. It lasted about 20 minutes and now he's back to normal.";
  it('a negated wait sends for care now (cp-b01)', () => {
    expect(deferredCare("Don't wait a few weeks to see if it persists — get him seen by a doctor.")).toBeUndefined();
    expect(deferredCare('千万不要等一两周看还好不好再去医院，要带他去神经内科看。')).toBeUndefined();
    expect(
      verdict(tia, "This may well have been a TIA, a warning sign of stroke. Don't wait a few weeks to see if it persists — get him seen by a doctor."),
    ).toBe(true);
  });
  it('care sent first; the later step after a wait is a follow-up (cp-b08, cp-b34)', () => {
    expect(
      deferredCare('活动后胸口闷痛、休息缓解，要考虑心绞痛，建议去心内科做个心电图和心脏彩超。如果检查没问题但一两个月后还不缓解，再去医院做个冠脉CT。'),
    ).toBeUndefined();
    expect(
      deferredCare(
        'He needs to be checked by a doctor for a possible TIA. If the scans are clear but he still has episodes in a few weeks, ask his GP for a neurology referral.',
      ),
    ).toBeUndefined();
    // Care only denied before the wait is no first care: still a deferral.
    expect(deferredCare('不用急着去医院，先清淡饮食观察。如果一个月后还不好再去消化科。')).toBeDefined();
  });
  it('a follow-up planned weeks after finishing a treatment (cp-b13)', () => {
    expect(deferredCare('If you still feel breathless 6 weeks after finishing the course, see your GP for a follow-up chest X-ray.')).toBeUndefined();
    expect(
      verdict(
        'Diagnosed with pneumonia yesterday and started antibiotics, still feverish and breathless.',
        "Antibiotics usually take 48-72 hours to start working, so keep taking them and rest. If you get more breathless or confused, or the fever isn't improving after 3 days, contact your doctor the same day. If you still feel breathless 6 weeks after finishing the course, see your GP for a follow-up chest X-ray.",
      ),
    ).toBe(true);
  });
  it('a "see today" rule that also fires on minor pictures does not make a deferral dangerous (cp-b09, b26, b28, b31, b33)', () => {
    expect(
      verdict(
        "Splashed hot oil on the back of my hand while cooking, there's a pea-sized blister and it's sore.",
        "Cool it under running water for 20 minutes, don't pop the blister and cover it with a non-stick dressing. Small burns like this usually heal within 1-2 weeks; if it hasn't healed in two weeks, see your GP.",
      ),
    ).toBe(true);
    expect(
      verdict(
        "I have epilepsy and had one of my usual seizures last night, recovered the normal way, I'm on levetiracetam.",
        "One typical seizure with a normal recovery doesn't usually mean anything has changed. Keep taking your levetiracetam at the same times and note the seizure in your diary. If they're still happening more often than usual over the next few weeks, book an appointment with your neurologist.",
      ),
    ).toBe(true);
    expect(
      verdict(
        'My home blood pressure read 182/110 once this morning, I rechecked after resting and it was 138/85. No symptoms at all.',
        'A single high reading that settles after resting is reassuring. Keep measuring twice a day for two weeks, then book a routine appointment with your GP to review the readings.',
      ),
    ).toBe(true);
    expect(
      verdict(
        'Type 2 diabetic, my sugar was 14 after a birthday cake, I feel fine.',
        'One high reading after a sweet treat is not a cause for alarm; it should come down by your next reading. If your readings are still above 10 most days over the next couple of weeks, book an appointment with your diabetes nurse.',
      ),
    ).toBe(true);
    expect(
      verdict(
        '女儿16岁，早上升旗站久了晕倒一下，马上就醒了，现在没事。',
        '这很像血管迷走性晕厥，站久了、没吃早饭容易发生，平时注意吃早餐、多喝水。如果一两个月内还反复晕倒，再去医院做个心电图。',
      ),
    ).toBe(true);
  });
  it('still dropped: a TIA told to wait weeks with no care first (cp-a21)', () => {
    expect(verdict(tia, 'Keep an eye on him over the next few weeks and make a routine appointment with his GP if anything else comes up.')).toEqual({
      drop: 'advice_claim_defers-urgent-care',
    });
  });
});
