import { describe, expect, it } from 'vitest';
import { describesDanger } from './described-danger.js';
import { encouragedAct } from './negator-scope.js';

describe('encouragedAct: what a negator governs', () => {
  it.each([
    ["don't be afraid to stop your statin on your own", 'stop your statin on your own'],
    ['never feel guilty about stopping your antidepressant', 'stop your antidepressant'],
    ["don't hesitate to call your gp", 'call your gp'],
    ['do not wait to call 999', 'call 999'],
    ['不要害怕自行停掉降压药', '自行停掉降压药'],
    ['千万别犹豫，去医院', '，去医院'],
  ])('a hesitation governed: %s', (c, act) => {
    expect(encouragedAct(c)).toBe(act);
  });
  it.each(['do not stop your statin on your own', 'never reduce the dose yourself', '不要自行停药', '唔好自己停藥', "don't be alarmed if you feel dizzy"])(
    'a plain prohibition (or no act after a hesitation) is no encouragement: %s',
    (c) => {
      expect(encouragedAct(c)).toBeUndefined();
    },
  );
});

describe('describesDanger: the question describes a symptom, a procedure, a pregnancy or a second medicine', () => {
  it.each([
    'my mum is on lithium and has had bad diarrhoea and shakes for 3 days, keep giving it?',
    'hip replacement next month, do i need to stop clopidogrel?',
    'just found out im pregnant, i take isotretinoin, keep going?',
    'the gp gave me clarithromycin and i am on simvastatin, keep both?',
    '牙龈有时会流一点血，可以先停几天吗',
    '下周做肠镜，华法林要停吗',
  ])('described: %s', (q) => {
    expect(describesDanger(q)).toBe(true);
  });
  it.each([
    'no fits for a year, can i stop my epilepsy tablets',
    '吃了几个月降压药，头不晕了，可以停吗',
    'pain-free for months, can i stop',
    'thyroid bloods normal, can i stop levothyroxine',
  ])('a symptom taken back by a negator, or none: %s', (q) => {
    expect(describesDanger(q)).toBe(false);
  });
});
