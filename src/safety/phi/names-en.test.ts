// English names after a title (names-en.ts): a first name that is also an English word (Hope, Grace, Will) is the
// person a courtesy title names; a street's "Dr", a date and a non-name after it are not. Sentences written for this
// test (session 28, not from a blind batch).
import { describe, expect, it } from 'vitest';
import { covered, touched } from '../../../test/helpers/phi-covered.js';
import { detectEnglishNames } from './names-en.js';

const FOUND: [string, string][] = [
  ['GP: Dr Hope, Meadowbank Surgery', 'Hope'],
  ['Night registrar Dr Hope reviewed at 2100.', 'Hope'],
  ['Referred by rheumatologist Dr Hope (yes that is her real name).', 'Hope'],
  ['Class teacher: Mrs. Hope\nStudent reports headaches', 'Hope'],
  ['Copy to Mr Will, practice manager', 'Will'],
  ['Dr Faith reviewed the wound on the ward round', 'Faith'],
];

describe('English names after a title', () => {
  it.each(FOUND)('reads the name in %s', (text, name) => {
    expect(covered(text, name), name).toBe(true);
  });
  it('takes a surname after the word name, and no number or non-name after it', () => {
    expect(detectEnglishNames('Seen by Dr Hope Okafor today').map((s) => s.text)).toEqual(['Hope Okafor']);
    expect(detectEnglishNames('Dr May 5 follow-up booked')).toEqual([]);
    expect(detectEnglishNames('Seen at 12 Rose Dr Hope Valley')).toEqual([]);
  });
  it('keeps the word where no courtesy title stands before it', () => {
    expect(touched('Nurse: Hope this helps', 'Hope')).toBe(false);
    expect(touched('Carer: Hope to visit on Sunday', 'Hope')).toBe(false);
  });
});
