import { describe, expect, it } from 'vitest';
import { memoRedact } from './logging.js';

describe('memoRedact', () => {
  it('returns the redactor’s result, running it once per distinct short string', () => {
    let calls = 0;
    const redact = (v: unknown) => {
      calls++;
      return typeof v === 'string' ? v.replace(/\d{11}/g, '[PHONE]') : v;
    };
    const m = memoRedact(redact, 2);
    expect(m('call 13800138000')).toBe('call [PHONE]');
    expect(m('call 13800138000')).toBe('call [PHONE]');
    expect(calls).toBe(1);
    // Bounded: the oldest entry goes when a new one arrives at the limit.
    m('a');
    m('b');
    m('call 13800138000');
    expect(calls).toBe(4);
    // Long strings and non-strings are not remembered.
    const long = `x${'y'.repeat(300)}`;
    m(long);
    m(long);
    expect(calls).toBe(6);
    expect(m(42)).toBe(42);
  });
});
