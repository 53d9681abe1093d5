// English names after a title (names-en.ts): a first name that is also an English word (Hope, Grace, Will) is the
// person a courtesy title names; a street's "Dr", a date and a non-name after it are not. Sentences written for this
// test (session 28, not from a blind batch).
import { describe, expect, it } from 'vitest';
import { covered, touched } from '../../../test/helpers/phi-covered.js';
import { detectEnglishNames } from './names-en.js';

const FOUND: [string, string][] = [
  ['GP: Dr Hope, Meadowbank Surgery', 'Hope'],
  ['Night registrar: Dr Hope.\nReviewed at 2100.', 'Hope'],
  ['Referred by rheumatologist Dr Hope (yes that is her real name).', 'Hope'],
  ['Class teacher: Mrs. Hope\nStudent reports headaches', 'Hope'],
  ['Copy to Mr Will, practice manager', 'Will'],
  ['Wound reviewed on the ward round (Dr Faith)', 'Faith'],
  ['Dear Dr Hope, thank you for seeing this man.', 'Hope'],
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

/** A lower-case word after the title's word name goes on as the word's verb or modal sense, a capitalised word that
 * is an English word is no surname, and a capitalised word before "Dr." makes a street (review s28, probes
 * n08/t03/t04/t06/t10/t01/t02; each was read as a name by 42afdfe8). */
const VERB_AFTER_TITLE: [string, string][] = [
  ['Dr Will see you now, please take a seat.', 'Will'],
  ['Dr Will be here at 10.', 'Will'],
  ['Dr Will review the results tomorrow.', 'Will'],
  ['Dr May need to adjust the dose.', 'May'],
  ['The Dr Will call you back.', 'Will'],
  ['Your Dr Will Want To Know About These Symptoms', 'Will'],
  ['Oak Dr. Will reopen on Monday after roadworks.', 'Will'],
  ['Clinic moved to Parkview Dr. May cause delays.', 'May'],
  ['Mrs Hope to attend clinic.', 'Hope'],
];

describe('English word names after a title need a second sign', () => {
  it.each(VERB_AFTER_TITLE)('keeps the word in %s', (text, word) => {
    expect(touched(text, word)).toBe(false);
  });
  it('reads no street\'s "Dr." as a title, and a role before "Dr." as a title', () => {
    expect(detectEnglishNames('Clinic moved to Parkview Dr. May.')).toEqual([]);
    expect(detectEnglishNames('Seen by Rheumatologist Dr. Hope.').map((s) => s.text)).toEqual(['Hope']);
  });
  it('reads a list of months after a title as one span or none, never a span opening on a comma', () => {
    for (const s of detectEnglishNames('Dr May, June and July rotas.')) expect(s.text.startsWith(',')).toBe(false);
    expect(detectEnglishNames('Dr May, June and July rotas.')).toEqual([]);
  });
});
