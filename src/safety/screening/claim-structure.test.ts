import { describe, expect, it } from 'vitest';
import { contradicts, corroborates, readActs } from './claim-structure.js';

const one = (s: string, context = '') => {
  const acts = readActs(s, context);
  expect(acts.length).toBeGreaterThan(0);
  return acts[0];
};

describe('a treatment sentence read by its structure (issue #10, session 11)', () => {
  it('reads the direction of the act through negation, whatever the words', () => {
    expect(one("Don't give aspirin to a child under 16.").kind).toBe('withhold');
    expect(one('Aspirin should not be given to children because of Reye syndrome.').kind).toBe('withhold');
    expect(one('Do not stop taking warfarin without talking to your doctor.').kind).toBe('give');
    expect(one('Stop taking the lamotrigine.').kind).toBe('withhold');
    expect(one('You can double your dose of metformin.').kind).toBe('raise');
    expect(one('绝对不要给孩子吃阿司匹林。').kind).toBe('withhold');
  });

  it('names the medicine by one key across brands and languages, and reads population, condition and amounts', () => {
    const en = one('Never give aspirin to children.');
    const zh = one('儿童不要服用阿司匹林。');
    expect(en.objects).toEqual(zh.objects);
    expect(en.population).toEqual(['child']);
    expect(one('Take ibuprofen 400 mg three times a day.').amounts[0].mg).toBe(400);
    expect(one('If you get a rash, stop taking lamotrigine.').condition).toContain('rash');
    // The question names whom the sentence is for.
    expect(one('Aspirin can be given.', 'can my 11 year old take aspirin').population).toEqual(['child']);
  });

  it('reads nothing from a clause that names no medicine', () => {
    expect(readActs('Put butter on the burn.')).toEqual([]);
    expect(readActs('Stop taking your tablets.')).toEqual([]);
  });
});

describe('corroboration and contradiction between a held act and a trusted one', () => {
  const held = one("Don't give aspirin to a child under 16.");
  it('corroborates the same act on the same medicine for the same population, in other words or another language', () => {
    expect(corroborates(held, one('Aspirin should not be used in children and teenagers (Reye syndrome).'))).toBe(true);
    expect(corroborates(held, one('儿童禁用阿司匹林。'))).toBe(true);
  });

  it('does not corroborate another direction, another population, a narrower condition or a larger amount', () => {
    expect(corroborates(held, one('Aspirin can be given to children with Kawasaki disease.'))).toBe(false);
    expect(corroborates(held, one('Adults should not take aspirin every day.'))).toBe(false);
    const stop = one('Stop taking metformin.');
    expect(corroborates(stop, one('Stop taking metformin if you have severe vomiting.'))).toBe(false);
    expect(corroborates(one('Take ibuprofen 800 mg.'), one('Adults take ibuprofen 400 mg.'))).toBe(false);
    expect(corroborates(one('Take ibuprofen 200 mg.'), one('Take ibuprofen 400 mg.'))).toBe(true);
  });

  it('finds the trusted act that says the other way, for everyone or the same population', () => {
    const stop = one('You can stop taking your warfarin once you feel better.');
    expect(contradicts(stop, one('Do not stop taking warfarin unless your doctor tells you to.'))).toBe(true);
    expect(contradicts(stop, one('Keep taking warfarin.'))).toBe(true);
    // A warning for another population is not a contradiction.
    expect(contradicts(one('Take aspirin for the pain.'), one('Never give aspirin to children.'))).toBe(false);
  });
});
