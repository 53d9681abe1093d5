import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { familyHistoryClaims } from './family-history.js';

const claimed = (text: string): string[] => familyHistoryClaims(text).map((c) => text.slice(c.start, c.end).trim());

describe('familyHistoryClaims: a blood relative’s condition told as history, the writer asking their own risk', () => {
  it('claims the relative’s clauses, one per person', () => {
    expect(claimed('My dad had a heart attack at 52 and his brother at 49. Im 38, fit, no symptoms. Should I get anything checked?')).toEqual([
      'My dad had a heart attack at 52',
      'his brother at 49',
    ]);
    expect(claimed('我妈和外婆都是乳腺癌，我30岁，需要做基因检测吗？去哪做')).toEqual(['我妈和外婆都是乳腺癌']);
    expect(claimed('我外婆和我妈都得过乳腺癌 我32 要不要去查基因')).toEqual(['我外婆和我妈都得过乳腺癌']);
  });

  it('claims nothing without the writer’s own risk question', () => {
    expect(claimed('My dad had a heart attack at 52. What are the warning signs?')).toEqual([]);
    expect(claimed('我爸75岁，胸口痛得厉害，需要去医院检查吗')).toEqual([]);
    expect(claimed('My dad had a heart attack at 52, should I get him checked?')).toEqual([]);
  });

  it('claims no clause told now or recently, none naming the writer, none of a friend or a spouse', () => {
    expect(claimed('My dad just had a heart attack at 52, should I get checked too?')).toEqual([]);
    expect(claimed('我妈刚刚中风了，我要不要也去做个检查，会遗传吗')).toEqual([]);
    expect(claimed('my mum had a stroke at 60 and I have a droopy face, is it genetic?')).toEqual(['my mum had a stroke at 60']);
    expect(claimed('My husband had a heart attack at 50. Should I get checked?')).toEqual([]);
    expect(claimed('My dad passed out at 3pm, should I get checked?')).toEqual([]);
  });
});

describe('triage with a family history', () => {
  it('a relative’s past diagnosis beside the writer’s screening question is routine', () => {
    for (const text of [
      'My dad had a heart attack at 52 and his brother at 49. Im 38, fit, no symptoms. Should I get anything checked?',
      '我妈和外婆都是乳腺癌，我30岁，需要做基因检测吗？去哪做',
      'My older brother had a heart attack at 44, he’s fine now. I’m 41 and fit. Should I have my cholesterol tested?',
    ])
      expect(triageDetail(text).level, text).toBe('routine');
  });

  it('keeps every emergency told beside it: the writer’s own signs, a relative’s event now', () => {
    for (const text of [
      'My dad had a heart attack at 52. Now I’m 38 and I’ve had crushing chest pain for an hour and I’m sweating. Should I get checked?',
      '我爸50岁心梗走的，我现在胸口压着疼，出冷汗，半个小时了，要不要去查一下',
      'my mum had a stroke at 60 and my face has gone droopy on one side and my arm is weak. is it genetic?',
      'grandad died of an aneurysm at 58. I’ve got the worst headache of my life came on suddenly 20 mins ago, should I get checked?',
      'My dad just had a heart attack at 52, should I get checked too? He’s in the ambulance',
      '我外婆是脑出血走的，我刚才突然头痛得像要炸开，吐了两次，需要做什么检查',
    ])
      expect(triageDetail(text).level, text).toBe('emergency');
  });
});
