import { describe, expect, it } from 'vitest';
import { getVerifier, isVerifierName, VERIFIER_NAMES } from './index.js';

describe('verifier registry', () => {
  it('returns rule verifiers by name and names the known ones on a miss', () => {
    const exam = getVerifier('exam') as unknown as (r: string, ref: { answer: string }, ctx: object) => { score: number };
    expect(exam('{"answer": "B"}', { answer: 'B' }, {}).score).toBe(1);
    expect(() => getVerifier('examm')).toThrow(/unknown verifier "examm"; known: exam, icd, drugJson, testOrder, numeric, format, length, repetition/);
    expect(() => getVerifier('openAnswer')).toThrow(/RL_UNKNOWN_VERIFIER|unknown verifier/);
  });

  it('lists model verifiers among the names weights may use', () => {
    expect(VERIFIER_NAMES).toEqual(expect.arrayContaining(['openAnswer', 'principles', 'honesty', 'helpfulness']));
    expect(isVerifierName('honesty')).toBe(true);
    expect(isVerifierName('bogus')).toBe(false);
  });
});
