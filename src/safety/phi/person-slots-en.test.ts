// English person slots (person-slots-en.ts): a capitalised word after a role noun or before a bracketed role is a
// name; headings, job titles, languages, abbreviations and organisations are not. Sentences written for this test
// (not from a blind batch).
import { describe, expect, it } from 'vitest';
import { covered } from '../../../test/helpers/phi-covered.js';
import { personSlotsEn } from './person-slots-en.js';

const FOUND: [string, ...string[]][] = [
  ['Paged nephrologist Adeyemi at 0310, awaiting call back.', 'Adeyemi'],
  ['Night sitter Marisol stayed until 0600.', 'Marisol'],
  ['Handed over to evening RN Priya Raman at 1900.', 'Priya Raman'],
  ['Follow-up owner: Okonkwo / Lindqvist.', 'Okonkwo', 'Lindqvist'],
  ['Wound care reviewed with podiatrist Haruki before discharge.', 'Haruki'],
  ['Attendees: Yusuf (charge RN), Delphine (SW).', 'Yusuf', 'Delphine'],
  ['Seen by chaplain Fr. Ignatius this afternoon.', 'Ignatius'],
  ['Stays with stepdaughter Wairimu on weekends.', 'Wairimu'],
  ['Spoke with case worker Rusty, who agreed to visit.', 'Rusty'],
  ['Called charge nurse Oyelaran regarding the bed, and night sitter Kowalczyk while she was awake.', 'Oyelaran', 'Kowalczyk'],
  ['The dietitian Oluwaseun will phone on Monday. Oluwaseun prefers mornings.', 'Oluwaseun'],
];

const KEPT: string[] = [
  'Nurse Practitioner Notes: reviewed by the team.',
  'Consult to physician Assistant service placed.',
  'SW Consult ordered; PT Re-eval / Progress Note due Friday.',
  'Interpreter: Tigrinya needed for the family meeting.',
  'Officer: Ofc. badge number on file.',
  "Nurse: I'll call the pharmacy tomorrow.",
  'Referred to MD Anderson Cancer Center for a second opinion.',
  'Relationship: son   Birthdate: on file',
  'Seen by the nurse Monday and the doctor Tuesday.',
  'Dr A. Smith, Consultant Cardio logist',
  'PT Eval completed. OT Eval: ADLs.',
  'RN Hgb 9.2 at 0600.',
  'Health worker Ebola exposure reported to the unit.',
  'Meds: Keppra (nurse gives), Januvia (daughter fills the box).',
  'Follow-up with the therapist Zoom call on Friday; the doula Birth plan attached.',
];

/** Review s14 (deid.md items 1–13): a medicine, a test, a score, a device or a diet after a role noun. */
const REVIEW_KEPT: string[] = [
  'Psychiatrist: Sertraline increased to 100 mg.',
  'Oncologist: Herceptin held for low EF.',
  'Oncologist Keytruda cycle 3 given.',
  'Endocrinologist Humalog sliding scale adjusted.',
  'Nephrologist: Kayexalate given for K 6.1.',
  'psychiatrist Abilify 5 mg added',
  'the neurologist Keppra level was low',
  'Gastroenterologist Nexium switched to Pepcid.',
  'Cardiologist Holter monitor arranged.',
  'Nurse: Glasgow 14, pupils equal.',
  'Ophthalmologist Snellen 6/9 both eyes.',
  'ophthalmologist Ishihara plates normal',
  'Radiologist Bosniak 2 cyst noted.',
  'Anesthesiologist Mallampati 3.',
  'Dermatologist: Mohs surgery scheduled.',
  'dietitian Atkins diet discussed',
  'Discussed with pharmacist Warfarin dosing schedule.',
  'Psychiatrist: Sertraline, Abilify continued.',
];

describe('English person slots', () => {
  it('reads a name before a conjunction of time or topic', () => {
    const text = 'Called charge nurse Oyelaran regarding the bed, and night sitter Kowalczyk while she was awake.';
    expect(personSlotsEn(text).map((s) => s.text)).toEqual(['Oyelaran', 'Kowalczyk']);
  });
  it.each(REVIEW_KEPT)('reads no name in %s (review s14)', (text) => {
    expect(personSlotsEn(text)).toEqual([]);
  });
  it.each(FOUND)('reads the names in %s', (text, ...names) => {
    for (const n of names) expect(covered(text, n), n).toBe(true);
  });
  it('reads no medicine after a name as the next member of a list', () => {
    expect(personSlotsEn('Handed to nurse Oksana, Keppra held tonight.').map((s) => s.text)).toEqual(['Oksana']);
  });
  it.each(KEPT)('reads no name in %s', (text) => {
    expect(personSlotsEn(text)).toEqual([]);
  });
});
