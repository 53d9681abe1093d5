// A caught span named by its form (place-types.ts). Spans written for these tests: only the label changes.
import { describe, expect, it } from 'vitest';
import { retypePlaces } from './place-types.js';
import type { PhiSpan } from '../types.js';

const at = (text: string, type: PhiSpan['type'], value: string): PhiSpan => {
  const start = text.indexOf(value);
  return { type, start, end: start + value.length, text: value };
};

describe('place types', () => {
  it('names a road read as a person a road', () => {
    const t = 'She was found near Marsh Hollow Pkwy at 6 am.';
    expect(retypePlaces(t, [at(t, 'NAME', 'Marsh Hollow Pkwy')])[0].type).toBe('ADDRESS');
  });
  it('keeps a person whose name holds a road word after a title, and names on Lane or Way', () => {
    const t = 'Dr Street saw Penny Lane and Sarah Way.';
    const spans = [at(t, 'NAME', 'Dr Street'), at(t, 'NAME', 'Penny Lane'), at(t, 'NAME', 'Sarah Way')];
    expect(retypePlaces(t, spans).map((s) => s.type)).toEqual(['NAME', 'NAME', 'NAME']);
  });
  it('names a postcode straight after an address a part of it, and leaves a plate elsewhere', () => {
    const t = '14 Orchard Row, Tupelo, MS 38801. Plate MS 38802 seen later.';
    const spans = [at(t, 'ADDRESS', '14 Orchard Row, Tupelo'), at(t, 'PLATE', 'MS 38801'), at(t, 'PLATE', 'MS 38802')];
    expect(retypePlaces(t, spans).map((s) => s.type)).toEqual(['ADDRESS', 'ADDRESS', 'PLATE']);
  });
});
