// Suicide risk read by its components (suicide-components.ts) and combined by rule with the screen (suicide.ts
// combineComponents): raise only, except ideation whose plan and intent the writer denies about themselves.
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { readComponents } from './suicide-components.js';
import { screenSuicide } from './suicide.js';

const CRISIS = /12356|988|116 123/;
const found = (t: string) => readComponents(t).found;

describe('component readers', () => {
  it('reads an ending decided at the head of its clause: of oneself or a life as ideation, a bare ending as indirect', () => {
    expect(found('我已经决定好了哪天了断，就这样吧')).toEqual(expect.arrayContaining(['ideation', 'plan']));
    expect(found("I've figured out how I'll end it all.")).toEqual(expect.arrayContaining(['ideation', 'plan']));
    expect(found('我已经决定好了哪天结束，就这样吧')).toEqual(['indirect']);
    expect(found("I've figured out how I'll do it.")).toEqual(['indirect']);
    expect(found('我已经想好了怎么结束这段感情')).toEqual([]);
    expect(found('这部小说我已经想好了怎么结束了')).toEqual([]);
    expect(found("I've figured out how to end the meeting early")).toEqual([]);
  });
  it('reads a feared act reported by someone else', () => {
    expect(found('他这两天一直不接电话，我很怕他做傻事')).toContain('feared');
    expect(found("I'm scared my brother will hurt himself")).toContain('feared');
  });
  it('reads a time chosen by when others are away, a means made ready, a note left, a closed message', () => {
    expect(found('等爸妈都睡着了再说')).toContain('timing');
    expect(found("once everyone's asleep")).toContain('timing');
    expect(found('要用的东西都准备好了')).toContain('means');
    expect(found("I've got everything I need")).toContain('means');
    expect(found('信已经写好放在枕头下面')).toContain('farewell');
    expect(found('the letters are in my desk drawer')).toContain('farewell');
    // Own probes at 9050172d: letters written for a purpose, a manual written, a favour for tonight are no farewell.
    for (const t of ['My letters are written for my uni applications', '说明书写好了放在桌上', 'can you take care of the kids for me tonight?'])
      expect(found(t), t).not.toContain('farewell');
    expect(found('别劝我，就是想找个人说一声')).toContain('closing');
    expect(found("I'm not asking for help")).toContain('closing');
    expect(found('look after your mum for me x')).toContain('farewell');
    expect(found("look after the dog for me while I'm away")).not.toContain('farewell');
  });
  it('reads a self-injury done again; a comparison with before is no history', () => {
    expect(found('又割了 比上次还深')).toContain('selfHarm');
    expect(found('划得比之前都深，止不住血')).toContain('selfHarm');
    expect(found('cut again, deeper than last time')).toContain('selfHarm');
    expect(found('她以前又割过手，现在早就好了')).not.toContain('selfHarm');
  });
  it('reads no self-injury in a cut with an object, a task or no blood or depth told (own probes at 605ed2aa)', () => {
    for (const t of ['做饭又划了一道口子 比上次深 流了点血', '以前割过双眼皮 这次又割了 比上次肿得厉害', '韭菜又割了 长得真快'])
      expect(found(t), t).not.toContain('selfHarm');
  });
  it('reads a history told in an earlier space-separated stretch of the same clause as history (own probe at eef99dd0)', () => {
    expect(found('去年这个时候 我已经想好了怎么了断 现在好多了 想问问抗抑郁药能停吗')).toEqual([]);
    expect(found('去年 又划了 血止不住 现在早就不这样了')).toEqual([]);
  });
  it('reads negated, historical and reported mentions as no component', () => {
    expect(found('我不怕他做傻事，他很乐观')).not.toContain('feared');
    expect(found('去年他说过等大家都睡着了就走，现在早就好了')).not.toContain('timing');
  });
});

describe('the component rule (triage)', () => {
  it('ideation with a plan, a chosen time, a means or a farewell act is an emergency with the crisis line', () => {
    for (const t of [
      '想好了哪天结束了 趁家里人都上班的时候 东西也备好了 别回我',
      "I've worked out how I'll do it. Saturday, once everyone's asleep. I'm not asking for help.",
      '室友锁着门不出来 桌上有一袋炭 我怕她想不开',
      "my uncle messaged me 'take care of the kids for me' an hour ago, his phone is off now, he's been really down since the divorce",
    ]) {
      const d = triageDetail(t);
      expect(d.level, t).toBe('emergency');
      expect(d.message, t).toMatch(CRISIS);
    }
  });
  it('a self-injury done again, deeper than before and still bleeding, is an emergency with the crisis line', () => {
    const d = triageDetail('又割了 这回比上次还深 血一直冒 按了好久都止不住');
    expect(d.level).toBe('emergency');
    expect(d.message).toMatch(CRISIS);
  });
  it('ideation alone is at least urgent with the crisis line; a feared act or a bare ending alone is no risk', () => {
    const d = triageDetail('我已经想好了什么时候了断');
    expect(d.level).not.toBe('routine');
    expect(d.message).toMatch(CRISIS);
    expect(screenSuicide('我怕我妈做傻事 她总是乱买保健品 怎么劝她').risk).toBe('none');
    expect(screenSuicide('我已经想好了怎么结束了 明天交稿').risk).toBe('none');
  });
  it('a bare ending decided needs two acts; everyday words around it raise nothing (own probes at 605ed2aa)', () => {
    for (const t of [
      '这部小说我已经想好了怎么结束了 明天开始写结局',
      "I finally worked out how I'll do it, the exercise my physio gave me. Once everyone's asleep I practise.",
      '做饭又划了一道口子 比上次深 流了点血',
    ]) {
      expect(triageDetail(t).level, t).toBe('routine');
      expect(screenSuicide(t).risk, t).toBe('none');
    }
  });
  it('raise only: ideation with plan and intent denied stays an emergency with the crisis line (review s14: the lowering is off)', () => {
    // The reviewer's probes at b0c82280: each was emergency at c2222c2b and went urgent through the lowering.
    for (const t of [
      '上个月吃药自杀被抢救过来，最近又有自杀的念头，我没有计划，我不会做傻事',
      '我有轻生的念头，没有计划，我不会做傻事的，我保证。我前天刚从医院洗胃出来',
      "I've had thoughts I'd be better off dead. I don't have a plan and I won't act on them. I took an overdose last month.",
      "I've had thoughts I'd be better off dead. I don't have a plan and I wouldn't act on them. I got out of hospital yesterday after trying to hang myself.",
      '有轻生的念头，没有计划，我不会做傻事。我把药都倒出来数了一遍',
      '有轻生的念头，没有计划，我不会做傻事。我把药都倒在桌子上了',
      '有轻生的念头。没有计划，我不会做傻事。给爸妈的信已经写好了',
      '我有轻生的念头，没有计划，我不会做傻事。我给老婆写了一封信，把事情都交代了',
      "I've had thoughts I'd be better off dead. I don't have a plan and I wouldn't act on them. I've been giving my stuff away.",
      '最近总有轻生的念头，我没有计划，我不会做傻事，至少今晚不会',
      '有轻生的念头，没有计划，我不会做傻事的，应该不会吧',
      '有轻生的念头，没有计划，我不会做傻事，不过明天就不好说了',
      '有轻生的念头，没有计划，我不会做傻事，等我把孩子安顿好再说',
      '我有轻生的念头，没有计划，我不会做傻事。今晚不太确定能不能控制住自己',
      'ive had thoughts id be better off dead. i dont have a plan and i wouldnt act on them. im not sure i can stay safe',
      '有轻生的念头，我感觉控制不住自己，我没有计划，我不会做傻事',
      '喝多了，有自杀的念头，我没有计划，我不会做傻事',
      "I've had thoughts I'd be better off dead. I don't have a plan and I wouldn't act on them. I'm home alone and pretty drunk.",
      '我有轻生的念头，我没有计划，我不会去做的。我才十四岁，我爸天天打我',
      '我有轻生的念头，我没什么计划，我不会做饭也不会挣钱，感觉自己是个废物',
      '我有轻生的念头，没有计划。医生让我住院，我不会去做那些检查的',
      "I've had thoughts I'd be better off dead. I don't have a plan and I won't do it. My psychiatrist wants to admit me but I won't do it.",
      '我有自杀的念头，我没打算告诉任何人，我不会做傻事的，你别担心',
      "I've had suicidal thoughts. I don't have any plans to tell my family and I won't do anything about it.",
      '以前我没有计划，我不会做傻事的。但现在有自杀的念头，越来越强烈',
    ]) {
      const d = triageDetail(t);
      expect(d.level, t).toBe('emergency');
      expect(d.message, t).toMatch(CRISIS);
    }
  });
  it('a thought dwelt on whose object is a method is ideation: at least urgent with the crisis line (review s14, pre-existing misses)', () => {
    for (const t of [
      'I keep thinking about hanging myself.',
      "I've been thinking about hanging myself from the stairs.",
      'i keep thinkin bout jumping off my balcony',
      "I keep thinking about hanging myself. I don't have a plan and I won't act on it.",
      "I'm thinking about overdosing on my insulin, but I won't.",
      // Own probes at 83e45397: the gerund named alone or under another frame.
      'Hanging myself seems like the only way out.',
      'I keep imagining hanging myself.',
      'thoughts of hanging myself every night',
      'I keep having thoughts about slitting my wrists',
      "I'm planning on overdosing on my insulin",
    ]) {
      const d = triageDetail(t);
      expect(d.level, t).not.toBe('routine');
      expect(d.message, t).toMatch(CRISIS);
    }
    for (const t of [
      "I'm not thinking about hanging myself, just asking how the knot works for sailing",
      'I keep thinking about cutting myself some slack at work',
      'thinking about jumping off the diving board at the pool',
      'thinking about ending things with my boyfriend',
      'thinking about not waking up early tomorrow',
      "I'm killing myself at the gym to get fit",
      "drowning myself in work so I don't think about the breakup, is that burnout?",
      'I keep shooting myself in the foot at interviews',
      'Is overdosing on vitamin D possible?',
    ])
      expect(found(t), t).not.toContain('ideation');
  });
  it('everyday words of the readers alone raise nothing', () => {
    for (const t of [
      '不用回复我，谢谢',
      '东西都准备好了，明天搬家',
      "Once everyone's asleep I do my yoga. Any tips for back stiffness?",
      '最近心情很差 不用回复我 我就是发泄一下',
    ]) {
      expect(triageDetail(t).level, t).not.toBe('emergency');
      expect(screenSuicide(t).risk, t).toBe('none');
    }
  });
});

// Session 15 (triage #19): affairs put in order (C-SSRS preparatory acts) are a farewell act that stands once done — a
// history frame ("上个月", "last month") does not void it — and counts only beside distress or a stockpile.
describe('affairs put in order', () => {
  const CRISIS = /12356|988|116 123/;
  it.each([
    ['我就是家里的累赘，大家没有我会更好。上个月已经把银行卡密码写给我女儿了，遗嘱也立好了'],
    ['I feel like a burden to everyone. Last month I changed my life insurance beneficiary to my daughter and sorted out my will.'],
    ['Since my husband passed last winter I have been setting aside my sleeping pills, I have plenty now. I have made my peace.'],
  ])('%s → emergency with the crisis line', (text) => {
    const d = triageDetail(text, { locale: /\p{Script=Han}/u.test(text) ? 'zh-CN' : 'en-US' });
    expect(d.level).toBe('emergency');
    expect(d.message).toMatch(CRISIS);
  });
  it.each([
    ['I updated my will last month after the baby was born. What vaccines does she need at 8 weeks?'],
    ['我爸上个月把遗嘱立好了，最近走路胸口疼'],
    ['我们给孩子买了保险，受益人写成我老公了，孩子最近老咳嗽'],
    ['been putting aside my pills for my trip abroad, which vaccines do I need?'],
  ])('%s → no suicide risk (estate planning, no distress)', (text) => {
    expect(screenSuicide(text).risk).toBe('none');
    expect(triageDetail(text).message).not.toMatch(CRISIS);
  });
  it('reads the act whatever history frame its clause holds', () => {
    expect(readComponents('保险受益人上个月已经改成我儿子了').found).toContain('farewell');
    expect(readComponents('we changed the insurance plan last month').found).not.toContain('farewell');
  });
});
