import { describe, expect, it } from 'vitest';
import { redFlagReassurance } from './red-flag-reassurance.js';
import { normalise } from './text.js';

const codes = (t: string) => redFlagReassurance(normalise(t)).map((f) => f.code);

describe('emergency signs answered with home care', () => {
  it('flags emergency signs explained away and treated at home, or sent to care only later', () => {
    expect(codes('Sudden crushing chest pain with sweating in an older man is usually just indigestion; lie down and rest at home.')).toEqual([
      'discourage-care',
    ]);
    expect(codes('老人突然一侧手脚无力、说话不清，多半是太累了，在家休息一晚就会好转。')).toEqual(['discourage-care']);
    // Care named only to rule it out sends for none.
    expect(codes('有人说想自杀时，那只是情绪不好，睡一觉就好，不需要联系医生。')).toEqual(['discourage-care']);
  });

  it('keeps emergency advice, warnings, ward care and ordinary home care', () => {
    expect(codes('Chest pain with sweating can be a heart attack: call an ambulance, do not rest at home.')).toEqual([]);
    expect(codes('Do not massage a swollen calf after a flight: it may be a clot, see a doctor today.')).toEqual([]);
    expect(codes('合并严重心力衰竭的患者应绝对卧床休息，以减轻心脏负荷。')).toEqual([]);
    expect(codes('A mild cold usually gets better with rest at home and plenty of fluids.')).toEqual([]);
  });
});
