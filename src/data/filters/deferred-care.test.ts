import { describe, expect, it } from 'vitest';
import { adviceCheckOptions, adviceVerdict } from './advice-check.js';
import { deferredCare } from './deferred-care.js';

// Session 33 (#17): care put off by a wait of weeks or months, read by structure. Wordings written for these tests,
// none from a batch.
const o = adviceCheckOptions.parse({});
const verdict = (q: string, a: string) =>
  adviceVerdict(
    {
      id: 't',
      text: `${q}\n\n${a}`,
      source: 'test',
      metadata: {},
      messages: [
        { role: 'user', content: q },
        { role: 'assistant', content: a },
      ],
    },
    o,
  );

describe('deferredCare: care only after a wait', () => {
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
