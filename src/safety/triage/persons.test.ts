import { describe, expect, it } from 'vitest';
import { personsNamed, signCarriers } from './persons.js';

const SIGN = /fever|rash|发烧/gi;
const PERSON = /(\bshe\b|\bbaby\b|宝宝|他)|(\bI\b|\bmy\b(?! baby)|我)/gi;
const BREAK = /[，,。!?\n]|\.(?=\s)/;

describe('signCarriers (persons.ts, was carrier.ts): the last person named before a sign in its clause carries it', () => {
  it('reads the writer, another person or no one, sign by sign', () => {
    expect(signCarriers('my baby has a fever', SIGN, PERSON, BREAK)).toEqual(['other']);
    expect(signCarriers('I have a rash', SIGN, PERSON, BREAK)).toEqual(['writer']);
    expect(signCarriers('fever since this morning', SIGN, PERSON, BREAK)).toEqual(['unsaid']);
    expect(signCarriers('我在家带宝宝玩，他发烧两天了', SIGN, PERSON, BREAK)).toEqual(['other']);
  });

  it('a clause break ends who was named: the next clause starts unsaid', () => {
    expect(signCarriers('she was fine. rash today, and I have a fever', SIGN, PERSON, BREAK)).toEqual(['unsaid', 'writer']);
    // A full stop inside a number is no break.
    expect(signCarriers('she is 38.5 with a fever', SIGN, PERSON, BREAK)).toEqual(['other']);
  });
});

describe('one reader of whose a finding is: the persons named (review s11a, #12)', () => {
  it('a relative by their tie is someone else, the writer is the writer, in order', () => {
    const person = /(\bmy (?:son|daughter)\b|我女儿)|(\bI\b|\bmy\b|我)/gi;
    expect(personsNamed('my daughter says I worry too much about my knee', person)).toEqual(['other', 'writer', 'writer']);
    expect(personsNamed('我女儿发烧了', person)).toEqual(['other']);
  });
});
