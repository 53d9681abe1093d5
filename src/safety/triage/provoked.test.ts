import { describe, expect, it } from 'vitest';
import { triage, triageDetail } from '../triage.js';
import { readProvoked } from './provoked.js';

describe('a symptom read by its mechanical trigger (provoked.ts)', () => {
  it('chest tight on coughing with stairs and walking fine is no chest-pain call', () => {
    const t = 'flu last week, now my chest gets tight when i cough hard, worse lying down. i can climb stairs fine and not short of breath. normal?';
    expect(readProvoked(t)).toContain('chest-on-cough');
    expect(triage(t).reasons).not.toContain('chest-pain');
    expect(triage('咳嗽好几天了，咳的时候胸口有点疼，上楼走路都没问题，也不发烧').reasons).not.toContain('chest-pain');
  });
  it('a limb that tingles after a posture held and settles on moving is no stroke call', () => {
    const t = '上班坐久了左腿就发麻，站起来走几步就好了，腰也有点酸';
    expect(readProvoked(t)).toContain('limb-on-posture');
    expect(triage(t).level).not.toBe('emergency');
  });
  it('without what clears it, or with another deficit, the reading is as before', () => {
    expect(readProvoked('chest tight when i cough and now even at rest, sweating')).toEqual([]);
    expect(triage('my chest feels tight and heavy when i cough, going into my left arm, sweating').level).toBe('emergency');
    expect(triage('坐久了右腿发麻，站起来就好了，可是刚才说话也说不清楚，嘴有点歪').level).toBe('emergency');
  });
  it("the provoked reading is its own clause's: weakness told elsewhere keeps the stroke call", () => {
    for (const t of [
      '蹲久了左脚发麻，站起来走几步就好了，不过从中午开始左边手和腿都没劲，拿筷子都费劲',
      '翘二郎腿右腿发麻，站起来就好了。可是下午开始右边胳膊跟腿一直抬不起来',
      'my left foot goes numb after sitting cross-legged and it goes away when i stand up, but since lunch my left arm is weak and i keep dropping my cup',
    ]) {
      expect(readProvoked(t), t).toContain('limb-on-posture');
      expect(triage(t).level, t).toBe('emergency');
    }
    // The provoked clause alone stays what it was.
    expect(triage('蹲久了左脚发麻，站起来走几步就好了').level).not.toBe('emergency');
  });
  it('the provoked reading covers only its own words, with or without punctuation between them and the rest', () => {
    for (const t of [
      '坐久了右腿发麻起来活动一下就好了可是今天早上起来右手拿不住筷子',
      '坐久了 右腿发麻 起来活动一下就好了 后来右边胳膊一直没劲',
      'my right leg tingles after sitting for an hour and goes away when i walk but since breakfast my right arm has felt really weak',
    ]) {
      expect(readProvoked(t), t).toContain('limb-on-posture');
      expect(triage(t).level, t).toBe('emergency');
    }
    // A side's limb weak with a few words between is the sign; a negation among them is not.
    expect(triage('his right leg has been weak since this morning').level).toBe('emergency');
    expect(triageDetail('my left hand is not weak, just sore after typing').signs.map((h) => h.sign)).not.toContain('armWeak');
  });
});

describe('signs read as said', () => {
  it('a negated auxiliary right before the verb negates it; one further clause does not', () => {
    expect(triage("heart raced after coffee for ten minutes then settled, didn't faint, no chest pain").reasons).not.toContain('fainting');
    expect(triage("I didn't realise my dad had passed out in the garden until I found him, he is awake now but confused").level).toBe('emergency');
  });
  it('a limp is a gait, "gone limp" is a state', () => {
    const signs = (t: string) => triageDetail(t).signs.map((h) => h.sign);
    expect(signs('twisted my knee at football 4 days ago, walking with a slight limp, swelling going down')).not.toContain('lethargy');
    expect(signs('my 2 year old has a fever of 39.5 and has gone limp')).toContain('lethargy');
    expect(triage('my 2 year old has a fever of 39.5 and has gone limp, hardly responding').level).toBe('emergency');
    // A state however it is joined; the noun of a gait however it is qualified.
    for (const t of ["my toddler's limp and burning up", 'baby is hot and limp tonight', 'he is pale, sweaty, limp']) expect(signs(t), t).toContain('lethargy');
    for (const t of ['he has a bad limp since the tackle', 'limp on her right leg after the trampoline']) expect(signs(t), t).not.toContain('lethargy');
    // Going limp is the state whatever follows it; a limp of a walk stays a gait.
    for (const t of ['my feverish toddler went limp on my lap', 'the baby goes limp when we try to feed him', 'she turned limp while I was holding her'])
      expect(signs(t), t).toContain('lethargy');
    for (const t of ['he walks with a limp when he runs', 'she has been limping on her left foot']) expect(signs(t), t).not.toContain('lethargy');
  });
  it('a headache "splitting" says how bad, not how fast: a thunderclap needs the onset', () => {
    expect(triage('昨晚聚会喝多了，今天头疼得要裂开，吐了一次好点了').reasons).not.toContain('thunderclap-headache');
    expect(triage('刚才突然一下子头疼得要裂开，这辈子没这么疼过').level).toBe('emergency');
  });
});
