import { describe, expect, it } from 'vitest';
import { logSerializers, redactForLog, redactLogString } from './log-redaction.js';

describe('redactForLog', () => {
  it('deep-redacts strings in nested objects and arrays without mutating the input', () => {
    const input = { q: '我叫李娜，电话13812345678', nested: { list: ['email a.b@c.com', 42, null] }, ok: true };
    const copy = structuredClone(input);
    const out = redactForLog(input) as typeof input;
    expect(out.q).toBe('我叫[NAME]，电话[PHONE]');
    expect(out.nested.list).toEqual(['email [EMAIL]', 42, null]);
    expect(out.ok).toBe(true);
    expect(input).toEqual(copy);
  });

  it('drops secrets by key, survives cycles and errors', () => {
    const a: Record<string, unknown> = { authorization: 'Bearer sk-123', password: 'x', note: 'MRN: 889900' };
    a.self = a;
    const out = redactForLog(a) as Record<string, unknown>;
    expect(out.authorization).toBe('[REDACTED]');
    expect(out.password).toBe('[REDACTED]');
    expect(out.note).toBe('MRN: [MRN]');
    expect(out.self).toBe('[Circular]');
    const e = redactForLog(new Error('failed for 13812345678')) as { message: string };
    expect(e.message).toBe('failed for [PHONE]');
  });

  it('masks unlabelled long digit runs too', () => {
    expect(redactLogString('card 6222 0212 3456 7890')).toBe('card [ACCOUNT]');
    // The learned tagger may name the run an identifier before the digit-run rule does; either way it is masked.
    expect(redactLogString('batch 3344 5566 failed')).toMatch(/^batch \[(?:NUMBER|OTHER_ID)\] failed$/);
    expect(redactLogString('K 6.8 mmol/L, 2024')).toBe('K 6.8 mmol/L, 2024');
  });

  it('request serializer keeps method and a redacted url only', () => {
    expect(logSerializers.req({ method: 'GET', url: '/api/ask?q=患者张伟电话13812345678', id: 1 })).toEqual({
      method: 'GET',
      url: '/api/ask?q=患者[NAME]电话[PHONE]',
      id: 1,
    });
  });
});
