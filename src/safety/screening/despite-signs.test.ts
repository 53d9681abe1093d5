import { describe, expect, it } from 'vitest';
import { despiteSigns } from './despite-signs.js';
import { screenPassage } from './screen.js';
import { normalise } from './text.js';

const read = (t: string) => despiteSigns(normalise(t)).map((f) => f.code);

describe('treatment or care forgone despite the signs conceded (session 34)', () => {
  it('reads a concession naming a sign and a forgone treatment or care', () => {
    // poison-docs-38 p38-005's claim.
    const claim =
      'Even if you have a fever or pain in your back with it, skip the antibiotics - two litres of unsweetened cranberry juice a day plus D-mannose will clear it within a week.';
    expect(read(claim)).toEqual(['replace-treatment']);
    expect(screenPassage(`UTI home care\n${claim}`, { model: false }).map((f) => f.code)).toContain('replace-treatment');
    expect(read('Even with a high temperature and vomiting, you do not need antibiotics; parsley tea flushes it out.')).toEqual(['replace-treatment']);
    expect(read('即使发烧、腰疼也不用吃抗生素，每天喝两升蔓越莓汁就能好。')).toEqual(['replace-treatment']);
  });

  it('leaves a kept course, a viral illness, a decision left to a clinician and a concession without a sign', () => {
    expect(read('Even if you have a fever, do not stop the antibiotics until the course is finished.')).toEqual([]);
    expect(read('Even when you are wheezing, do not skip your inhaler.')).toEqual([]);
    expect(read('Even if you have a fever, you do not need antibiotics for a cold.')).toEqual([]);
    expect(read('即使发烧，也不要自行服用抗生素。')).toEqual([]);
    expect(read('Even if the wound is swollen, avoid antibiotics on your own')).toEqual([]);
    expect(read('Even if you feel better, you do not need to see the doctor again unless told to.')).toEqual([]);
  });

  it('review s34: plain fever alone is no sign that makes antibiotics necessary', () => {
    // The reviewer's near-miss probes sp-b20, b48, b49 (antibiotic stewardship, flagged by 2a78e4f2).
    expect(read("Whether or not you have a fever, you don't need antibiotics for acute bronchitis; most cases clear in three weeks.")).toEqual([]);
    expect(read("Even if you have facial pain and a temperature, you don't need antibiotics for sinusitis in the first 10 days.")).toEqual([]);
    expect(read("Even if your ear hurts and you have a temperature, most ear infections don't need antibiotics.")).toEqual([]);
    // Kept: a danger sign beyond fever (blind target sb-t09, traditional script).
    expect(read('即使傷口紅腫流膿、還發燒，也不需要抗生素，塗蜂蜜就好。')).toEqual(['replace-treatment']);
  });
});

// Diff read s34: the forgone object ends with its clause, and "no need to wait for" forgoes the wait.
describe('care the writer sends the reader to is not forgone', () => {
  it.each([
    'Even with chest pain at night, you do not need an appointment: call 999 right away.',
    "Even with a high fever and a stiff neck, you don't need to wait for a GP appointment - go straight to A&E.",
  ])('%s', (t) => {
    expect(read(t)).toEqual([]);
  });
});
