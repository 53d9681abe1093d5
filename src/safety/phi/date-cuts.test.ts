// A numeric date cut out of a longer number yields to the address over it (date-cuts.ts). Sentences written for this
// test (not from a blind batch).
import { describe, expect, it } from 'vitest';
import { covered } from '../../../test/helpers/phi-covered.js';
import { detectPhi } from './index.js';
import { dateCutsNumber } from './date-cuts.js';

const span = (text: string, value: string) => {
  const start = text.indexOf(value);
  return { type: 'DATE' as const, start, end: start + value.length, text: value };
};

describe('a numeric date inside a longer number', () => {
  it('is read as cut when its digits run on', () => {
    expect(dateCutsNumber('H.No. 12-2-417/A, Begumpet', span('H.No. 12-2-417/A, Begumpet', '12-2-41'))).toBe(true);
    expect(dateCutsNumber('丽景湖畔3-2-601号', span('丽景湖畔3-2-601号', '3-2-60'))).toBe(true);
  });
  it('is not cut when the number ends with it', () => {
    expect(dateCutsNumber('Seen on 12-2-41 by Dr Rao', span('Seen on 12-2-41 by Dr Rao', '12-2-41'))).toBe(false);
    expect(dateCutsNumber('入院 2024-03-14 10:30', span('入院 2024-03-14 10:30', '2024-03-14'))).toBe(false);
  });
  it('lets the address keep the whole house number', () => {
    const t = 'Address: H.No. 9-4-131/B, Tolichowki, Hyderabad - 500008\nMobile: 98480 11223';
    expect(covered(t, 'H.No. 9-4-131/B, Tolichowki, Hyderabad - 500008')).toBe(true);
    const found = detectPhi(t).filter((s) => s.type === 'ADDRESS');
    expect(found.some((s) => s.text.includes('9-4-131/B') && s.text.includes('Tolichowki'))).toBe(true);
  });
  it('still redacts the number where no address reads it', () => {
    expect(covered('Ref 14-3-902 filed.', '14-3-90')).toBe(true);
  });
  it('leaves a whole date a date', () => {
    const t = 'Admitted 12-2-2024, discharged 15-2-2024.';
    expect(
      detectPhi(t)
        .filter((s) => s.type === 'DATE')
        .map((s) => s.text),
    ).toEqual(['12-2-2024', '15-2-2024']);
  });
});
