import { describe, expect, it } from 'vitest';
import { readSuicideStage } from './suicide-stage.js';
import { normaliseText } from './normalise.js';

const stage = (text: string) => readSuicideStage(normaliseText(text))?.stage ?? null;

describe('readSuicideStage: the C-SSRS stage, whatever the method', () => {
  it('reads preparatory acts: two of them, or one beside a wish said at any time or silence now', () => {
    expect(stage("lol if I'm not in the group chat tomorrow it's cos I finally did the thing 🙃 notes written, cat's gone to my sister's.")).toBe(
      'preparatory',
    );
    expect(stage('我個friend啱啱喺IG story post咗張天台相寫住「bye everyone」，call佢又唔聽，佢上個月同我講過好想死')).toBe('preparatory');
    expect(stage("if you don't hear from me by monday, it means I went through with it. sorry")).toBe('preparatory');
    expect(stage('gave all my stuff away this week and wrote a goodbye letter to my kids. what helps with insomnia')).toBe('preparatory');
  });
  it('reads an interrupted act whose saving reversal is refused for next time', () => {
    expect(stage('我是社区护士，刚家访一个独居的抑郁症大爷，他说昨晚把煤气打开过又关上了，还说下次就不关了。')).toBe('interrupted');
    expect(stage("held the knife against my wrist for ages last night then put it back in the drawer. next time I won't put it back.")).toBe('interrupted');
  });
  it('reads a lethality question about the body with the means pointed at or the writer at an edge now', () => {
    expect(stage('加班到凌晨两点，现在站在公司28楼的窗户边上，其实心里挺平静的。就想问一下，从这么高摔下去会不会很疼')).toBe('meansAtHand');
    expect(stage('standing on my balcony on the 19th floor rn. how long would falling from here take, would I feel anything')).toBe('meansAtHand');
  });
  it('reads someone shut in by their own hand with something burning or a means', () => {
    expect(stage("my sis lock herself in the toilet with one of those charcoal bbq things, say don't disturb her. door locked")).toBe('inProgress');
    expect(stage('我女儿把自己反锁在卧室里，门缝里有烟味，她刚才喊了一句别管我')).toBe('inProgress');
  });
  it('reads a self-poison swallowed and regretted', () => {
    expect(stage('我剛剛喝了半瓶漂白水，現在有點後悔了，喉嚨跟胸口好痛，我應該喝牛奶嗎')).toBe('done');
  });
  it('leaves the look-alikes: a move, a last day at work, a festival, a window, a hangover, an accident, a climbing wall', () => {
    for (const t of [
      "moving to Canada next week! cat's gone to my sister's, notes written for the new tenant. tips for jet lag?",
      "Posted 'bye everyone' on the team chat since it's my last day at work. my back is killing me",
      "if I'm not in the group chat tomorrow it's because I'm at the festival with no signal lol",
      'finally did the thing and booked my colonoscopy! what is the bowel prep like?',
      "I opened the window then closed it because it was cold. next time I won't close it, my room gets stuffy",
      '昨晚煤气灶打开过又关上了，怕没关紧，下次不会忘记检查了。',
      '考试又没过，下次一定成功！最近熬夜熬得头疼',
      'drank way too much wine last night and really regret it, best hangover cure?',
      'I drank some diluted bleach by accident from an unlabelled bottle, regret not labelling it',
      'at the top of the climbing wall now with my daughter, would it hurt if the rope let us fall from this high?',
      'locked myself in the bathroom for a bit of peace with a candle and a bath bomb lol',
      'my teenager locked herself in her room after we argued about her phone, music on loud',
      '我有点恐高，站在阳台上从这么高往下看会不会头晕，这正常吗',
      "my nan said 'bye everyone, love you all' at her 80th and went to bed early",
      '儿子把自己反锁在房间里抽烟，怎么劝他戒烟',
      '女儿把自己反锁在房间，说发烧了不想见人',
      'my son locked himself in his room, smoking weed again I think, I can smell the smoke',
      'finally did the thing and quit my job, notes written for my replacement',
    ])
      expect(stage(t), t).toBeNull();
  });
  it('says whose stage it is', () => {
    expect(readSuicideStage(normaliseText('我现在在江边，从这里跳下去会不会很疼'))?.who).toBe('self');
    expect(readSuicideStage(normaliseText('my brother has locked himself in his car in the garage and the engine is running'))?.who).toBe('other');
  });
});
