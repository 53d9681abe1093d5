import { describe, expect, it } from 'vitest';
import { lookAlikeGate, triageDetail } from '../triage.js';
import { readStance } from './stance.js';

describe('stance: intent, temporal status, reassurance', () => {
  it('reads a prevention question about a past episode as information about the past', () => {
    const s = readStance('my daughter had a febrile fit two years ago, how can we prevent it happening again?', 0);
    expect(s.intent).toBe('information');
    expect(s.temporal).toBe('past');
  });

  it('a resolution after the events ends the episode; a worsening after it does not', () => {
    expect(readStance('刚才爬楼梯有点头晕，坐下休息五分钟就好了', 0).temporal).toBe('resolved');
    expect(readStance('this morning I felt faint, then fine, but now it is getting worse again', 0).temporal).toBe('current');
  });

  it('a bought item is not a resolution ("已经买好了")', () => {
    expect(readStance('药已经买好了，今晚就吃下去', 0).temporal).toBe('current');
  });

  it('an abnormal value now overrides a past frame', () => {
    expect(readStance('stopped my tablets a year ago, pulse 150 now', 0, true).temporal).toBe('current');
  });

  it('counts denied discriminators, normal function, brief course and benign triggers as reassurance', () => {
    expect(readStance('headache, nothing else', 2).reassurance).toContain('denied');
    expect(readStance('孩子有点咳嗽，能吃能玩', 0).reassurance).toContain('function');
    expect(readStance('dizzy for a second when I stand up fast', 0).reassurance).toEqual(expect.arrayContaining(['brief', 'benignCause']));
    expect(readStance('my cough is bad today', 0).reassurance).toEqual([]);
  });
});

describe('look-alike gate', () => {
  const st = (intent: 'information' | 'episode', temporal: 'current' | 'resolved' | 'past') => ({ intent, temporal, reassurance: [], denied: 0 });
  it('routine for information about no one or about the past, one level lower when resolved, none for an episode', () => {
    expect(lookAlikeGate(st('information', 'current'), 'what is the first aid if someone is choking?', false)).toBe('routine');
    expect(lookAlikeGate(st('information', 'past'), 'my son had X last year, how to prevent it', false)).toBe('routine');
    expect(lookAlikeGate(st('information', 'resolved'), 'my son had X, now fine, how to prevent it', false)).toBe('lower');
    expect(lookAlikeGate(st('information', 'current'), 'my son swallowed a battery, how do I stop this happening again', false)).toBeNull();
    expect(lookAlikeGate(st('episode', 'past'), 'anything', false)).toBeNull();
  });
  it('never gates suicide or self-harm', () => {
    expect(lookAlikeGate(st('information', 'past'), 'x', true)).toBeNull();
  });
  it('a question whether a story scene is real, with no risk graded, is routine whatever the stance reads', () => {
    expect(lookAlikeGate(st('episode', 'current'), 'in the film he swallows the pills, is that real?', false, true)).toBe('routine');
    expect(lookAlikeGate(st('episode', 'current'), 'in the film he swallows the pills, is that real?', false, false)).toBeNull();
  });
});

describe('triage with stance', () => {
  it('a first-aid question for a course is routine; the same event happening now is an emergency', () => {
    expect(triageDetail('what is the first aid if someone gets an electric shock? asking for a course at work').level).toBe('routine');
    expect(triageDetail('my husband just got an electric shock from the mains and is not responding').level).toBe('emergency');
  });
  it('a prevention question after a resolved low sugar is routine; a current low sugar with confusion is an emergency', () => {
    expect(triageDetail('今天下午运动后低血糖，测了3.5，吃了糖二十分钟后6.2，现在没事了，以后怎么预防').level).toBe('routine');
    expect(triageDetail('我爸糖尿病，现在说胡话，测血糖2.1').level).toBe('emergency');
  });
  it('shows the stance and the gate among the contributions', () => {
    const d = triageDetail('how do we prevent carbon monoxide poisoning at home in winter?');
    expect(d.contributions.stance).toMatchObject({ intent: 'information', gate: 'routine' });
    expect(d.level).toBe('routine');
  });
});

describe('triage.ask in the message', () => {
  it('an urgent message lists the open questions after the advice, in the user language', () => {
    const d = triageDetail('我头疼得厉害，今天突然开始的');
    expect(d.level).toBe('urgent');
    expect(d.ask.length).toBeGreaterThanOrEqual(2);
    for (const q of d.ask) expect(d.message).toContain(q);
    expect(d.message.indexOf(d.ask[0] ?? '')).toBeGreaterThan(d.message.indexOf('\n'));
  });
});

describe('suicide screen grading and the crisis line', () => {
  it('despair with stockpiled medicine is high risk; lethality research with means at hand too', () => {
    expect(triageDetail('觉得自己就是家里的累赘，这半年我一直在偷偷存安眠药').level).toBe('emergency');
    expect(triageDetail('my brother googled what dose of his pills is lethal and the bottle is half empty now').level).toBe('emergency');
  });
  it('an emergency in which the screen heard anything carries the crisis line', () => {
    const d = triageDetail('swallowed a load of my tablets with wine to make it all stop, heart racing', { locale: 'en-GB' });
    expect(d.level).toBe('emergency');
    expect(d.message).toContain('116 123');
  });
});

describe('lethality questions and overdoses beyond early childhood carry the crisis line', () => {
  it('a bare lethal-dose question is screened as a plan; a course question is not', () => {
    const d = triageDetail('how many of my sertraline tablets would be a lethal dose', { locale: 'en-US' });
    expect(d.level).toBe('emergency');
    expect(d.message).toContain('988');
    expect(triageDetail('what is the lethal dose of paracetamol? it is for my pharmacology exam').level).not.toBe('emergency');
  });
  it('a teenager who took a packet of tablets gets the crisis line; a toddler who swallowed pills does not', () => {
    expect(triageDetail('我儿子16岁，刚才吃了一整盒感冒药', { locale: 'zh-CN' }).message).toContain('12356');
    const toddler = triageDetail('my 2 year old swallowed some of my blood pressure pills', { locale: 'en-US' });
    expect(toddler.level).toBe('emergency');
    expect(toddler.message).not.toContain('988');
  });
});
