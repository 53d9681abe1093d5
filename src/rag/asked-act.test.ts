import { describe, expect, it } from 'vitest';
import { affirmsAct, askedActTerms, namesAskedAct } from './asked-act.js';
import { createAdviceGate, holdSourceAdvice } from './advice-gate.js';
import type { PackagedSource } from './package-sources.js';

// Session 31 (#10): own wordings, written for this reading (no batch sentence), one uploaded page at authority A.
const upload = (text: string): PackagedSource => ({
  n: 1,
  text,
  truncated: false,
  hit: { id: 'd1#1', docId: 'd1', title: 'Home tips', section: '', source: 'uploads', authority: 'A', lang: 'en', score: 1, text },
});
const held = (text: string, question: string) => {
  const src = upload(text);
  return holdSourceAdvice(createAdviceGate([src], { question }), [src]).length > 0;
};

describe('askedActTerms: the act a question asks permission, safety or need for', () => {
  it('reads the act after the frame or the product before a verdict, without the people or the frame', () => {
    expect(askedActTerms('can I put mothballs in my son’s wardrobe?')).toEqual(expect.arrayContaining(['mothball', 'wardrobe']));
    expect(askedActTerms('Is a heat pad okay on my numb feet?')).toEqual(expect.arrayContaining(['heat', 'pad']));
    expect(askedActTerms('我家宝宝能不能用驱蚊手环？')).toEqual(expect.arrayContaining(['驱蚊', '手环']));
    expect(askedActTerms('my 6 year old has a cough, can we give him honey?')).toEqual(['honey']);
    expect(askedActTerms('what causes gout?')).toEqual([]);
    expect(askedActTerms('Do I have to finish my penicillin course if my sore throat is better?')).toEqual(['finish', 'penicillin', 'course']);
  });
  it('says yes only where the verdict is not negated', () => {
    expect(affirmsAct('mothballs are fine for children with g6pd deficiency')).toBe(true);
    expect(affirmsAct('衣柜里照样可以放')).toBe(true);
    expect(affirmsAct('mothballs are not safe for children with g6pd deficiency')).toBe(false);
    expect(affirmsAct('不可以放在衣柜里')).toBe(false);
    expect(affirmsAct('可能引起溶血')).toBe(false);
    expect(affirmsAct('它的回答只能作为参考')).toBe(false);
  });
  it('names the act by a hyphened word’s parts', () => {
    expect(namesAskedAct('codeine-based syrups', ['codeine'])).toBe(true);
    expect(namesAskedAct('a warm bath', ['codeine'])).toBe(false);
  });
});

describe('the advice gate holds a yes to the asked act, whatever its object is called', () => {
  it('holds an upload’s permission for the very thing asked', () => {
    for (const [q, s] of [
      ['can I put mothballs in my G6PD son’s wardrobe?', 'Mothballs in the wardrobe are fine for children with G6PD deficiency as long as they are wrapped.'],
      ['我家宝宝有蚕豆病，能不能用樟脑丸？', '蚕豆病宝宝的房间照样可以放樟脑丸，只要别让他拿到嘴里。'],
      ['Is a heat pad okay on my numb feet?', 'A heat pad is perfectly safe on numb feet, even overnight.'],
    ])
      expect(held(s, q), s).toBe(true);
  });
  it('leaves a refusal or a description of the asked act as before', () => {
    for (const [q, s] of [
      ['can I put mothballs in my G6PD son’s wardrobe?', 'Mothballs are not safe for children with G6PD deficiency.'],
      ['can I put mothballs in my G6PD son’s wardrobe?', 'Mothballs give off naphthalene vapour.'],
      ['我家宝宝有蚕豆病，能不能用樟脑丸？', '樟脑丸的主要成分是萘。'],
    ])
      expect(held(s, q), s).toBe(false);
  });
});

// Review s31 (S1): a yes to seeking help is the safety the gate exists for, never a treatment to hold; a clinician
// named without an act of seeking them (a "doctors say" frame) leaves the yes standing.
describe('a yes to seeking help is not a held treatment', () => {
  it.each([
    "It's fine to call Samaritans on 116 123 any time",
    'You are allowed to call your local crisis team yourself',
    'It is right to go back to your GP if you are not improving',
    'Hands-only CPR is fine for anyone to do',
    '任何人都可以使用AED',
    '可以直接去急症室',
  ])('%s', (clause) => expect(affirmsAct(clause)).toBe(false));
  it.each([
    'It is fine to skip A&E and use cinnamon tea',
    'Doctors agree it is fine to stop insulin',
    'Your doctor will say it is safe to stop your tablets',
    '不用去医院，可以在家用臭丸',
  ])('still a yes: %s', (clause) => expect(affirmsAct(clause)).toBe(true));
});

describe('help words are whole words and whole numbers', () => {
  it.each(['codeine-based cough syrups are suitable for children aged 2 to 12 according to the paediatric guidance', 'a dose of 1200 mg is fine for adults'])(
    'still a yes: %s',
    (clause) => expect(affirmsAct(clause)).toBe(true),
  );
});
