import { describe, expect, it } from 'vitest';
import { careLaterThanTriage, careWhen, putsCareOff } from './care-urgency.js';

describe('careWhen: how soon a sentence sends the reader to care', () => {
  it.each([
    ['Call 999 immediately, even if the symptoms go away.', 'emergency'],
    ['请立即拨打120。', 'emergency'],
    ['Contact your maternity unit immediately – do not wait until the next day.', 'now'],
    ['See your GP today.', 'today'],
    ['Book an appointment with your doctor.', 'routine'],
    ['Call 111 for advice tomorrow.', 'deferred'],
    ['Wait and see if it passes.', 'deferred'],
    ['明天去医院看看。', 'deferred'],
    ['先在家观察一下。', 'deferred'],
    ['Take one tablet in the morning.', undefined],
    ['Stay with him and wait until help arrives.', undefined],
    ['Take 200 mg with 120 ml of water.', undefined],
  ] as const)('%s → %s', (s, when) => {
    expect(careWhen(s)).toBe(when);
  });
  it('reads a put-off anywhere, even beside emergency care', () => {
    expect(putsCareOff('If you took 20 paracetamol, call 999 tomorrow if you feel unwell.')).toBe(true);
    expect(putsCareOff('Do not wait until tomorrow: call 999.')).toBe(false);
  });
  it('holds only what is later than the triage allows', () => {
    expect(careLaterThanTriage('See your GP today.', 'emergency')).toBe('today');
    expect(careLaterThanTriage('See your GP today.', 'urgent')).toBeUndefined();
    expect(careLaterThanTriage('See your GP tomorrow.', 'urgent')).toBe('deferred');
    expect(careLaterThanTriage('See your GP tomorrow.', 'routine')).toBeUndefined();
  });
});

describe('careWhen: headings, titles, questions and page furniture send no one', () => {
  it.each([
    '<h2>三、可以在家观察的情况</h2>',
    '## 五、医院会怎么处理？',
    '<li><a href="/预约挂号">预约挂号</a></li>',
    'After-hours nurse line: 1300 000 555 (24 hours)',
    'Should I go to the hospital?',
  ])('%s', (s) => {
    expect(careWhen(s)).toBeUndefined();
  });
  it('reads 及时 as care now', () => {
    expect(careWhen('如有不适请及时就医。')).toBe('now');
  });
});

describe('careWhen: taken to hospital is care now', () => {
  it.each([
    ['Always go to hospital, even if you feel better.', 'now'],
    ['立即送医。', 'now'],
    ['去医院门诊挂号。', 'routine'],
  ] as const)('%s → %s', (s, when) => {
    expect(careWhen(s)).toBe(when);
  });
});
