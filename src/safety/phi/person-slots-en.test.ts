// English person slots (person-slots-en.ts): a capitalised word after a role noun or before a bracketed role is a
// name; headings, job titles, languages, abbreviations and organisations are not. Sentences written for this test
// (not from a blind batch).
import { describe, expect, it } from 'vitest';
import { covered, touched } from '../../../test/helpers/phi-covered.js';
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

/** A first name that is also a word (Grace, Jade, Will, Hope) in a role slot, and the same words in their other sense
 * (session 28; written for this test). */
const WORD_NAMES: [string, string][] = [
  ['I was told by a nurse, Jade, that he could go home', 'Jade'],
  ['The nurse, Grace, was kind and explained everything.', 'Grace'],
  ['a student nurse, Amber, mentioned the rash', 'Amber'],
  ['Supervisor: Will Hatcher', 'Will Hatcher'],
  ['Repositioned 2-hourly by HCA Ivy. Skin intact.', 'Ivy'],
  ['Partner: Bill\nObstetric history: G2P1', 'Bill'],
  ['Nurse: Hope  Plan: discharge', 'Hope'],
  ['Registrar: Hope,  no further imaging needed', 'Hope'],
  ['03/03 0200 AIN Grace: up wandering, redirected.', 'Grace'],
  ['The midwife, Amber, checked the baby.', 'Amber'],
  ['Chaplain: Grace   Visit: 20 min', 'Grace'],
];
const WORD_SENSE_KEPT: string[] = [
  'Nurse: Will call back tomorrow',
  'RN Grace period for refills is 7 days',
  'Carer: Hope to visit on Sunday',
  'Nurse: May need a second cannula',
  'The nurse, however, said it was fine',
  'The nurse, Frank and kind, explained the plan',
  'the nurse, Will you call me back?',
  'Partner: Supportive\nObstetric history: G2P1',
  'HCA Summer rota attached',
  'AIN Will review pressure areas at 1400',
  'Nurse: Rose to 38.5 overnight',
  'Our pharmacist, Boots, said the stock is out',
];

describe('English person slots: names that are also words', () => {
  it.each(WORD_NAMES)('reads the name in %s', (text, name) => {
    expect(covered(text, name), name).toBe(true);
  });
  it.each(WORD_SENSE_KEPT)('reads no name in %s', (text) => {
    expect(personSlotsEn(text)).toEqual([]);
  });
});

/** Things in a role field, or a word name's ordinary sense closed by a comma, a dash, a slash or a bracket: START
 * kept every one, 42afdfe8 read each as a name (review s28, its 44 regressions; exact inputs). Products, formula
 * milks, devices, scales and statuses close a field's line as a name would, so only a known first name or a word name
 * its person-only slot closes may end a field there. */
const THING_IN_FIELD: [string, string][] = [
  ['Dietitian: Nutramigen\nCMPA suspected', 'Nutramigen'],
  ['Dietitian: Neocate  Feeds: 150 ml/kg', 'Neocate'],
  ['Dietitian: Aptamil\nFeeds: 6 per day', 'Aptamil'],
  ['Dietitian: Infatrini\n', 'Infatrini'],
  ['Dietitian: Fortisip  twice daily', 'Fortisip'],
  ['Dietitian: Calogen\nPlan: continue', 'Calogen'],
  ['Pharmacist: Fultium\nPharmacist: Adcal', 'Fultium'],
  ['Dermatologist: Doublebase\nDermatologist: Dermol', 'Doublebase'],
  ['Triage nurse: Amber\nNEWS 5', 'Amber'],
  ['Social worker: Amber\nPlan: continue', 'Amber'],
  ['Dietitian: Olive, rapeseed or sunflower oil only.', 'Olive'],
  ['Pharmacist: May, rarely, cause drowsiness.', 'May'],
  ['Pharmacist: May - contact us if rash develops.', 'May'],
  ['Physio: Mark (with tape) the start point.', 'Mark'],
  ['Nurse: Will / can phone back Monday.', 'Will'],
  ['Carer: Summer, autumn and winter visits only.', 'Summer'],
  ['Physio: Chase, then repeat in 2 weeks.', 'Chase'],
  ['Physio: Zimmer\nOT: perching stool', 'Zimmer'],
  ['Social worker: Zimmer\nPlan: continue', 'Zimmer'],
  ['Cardiologist: Holter\nPlan: 24h tape', 'Holter'],
  ['Physio: Heimlich\nPlan: continue', 'Heimlich'],
  ['Dietitian: Kegel\nPlan: continue', 'Kegel'],
  ['Social worker: Atkins\nPlan: continue', 'Atkins'],
  ['Physio: Otago\nOT: Kylie', 'Otago'],
  ['Dietitian: Pilates\nPlan: continue', 'Pilates'],
  ['Therapist: Hydrotherapy\nPhysio: Pilates\n', 'Pilates'],
  ['Physio: Tinetti\nPlan: continue', 'Tinetti'],
  ['Dietitian: Waterlow\nPlan: continue', 'Waterlow'],
  ['Social worker: Braden\nPlan: continue', 'Braden'],
  ['Dietitian: Epworth\nPlan: continue', 'Epworth'],
  ['Social worker: Attended\nPlan: continue', 'Attended'],
  ['Social worker: Happy\nPlan: continue', 'Happy'],
  ['Social worker: Discharged\nPlan: continue', 'Discharged'],
  ['Key worker: Pending\nSocial worker: Allocated\n', 'Allocated'],
  ['My pharmacist, Lloyds, delivers on Fridays.', 'Lloyds'],
  ['My physio, Bupa, covers 6 sessions.', 'Bupa'],
];

describe('English person slots: things in a role field stay', () => {
  it.each(THING_IN_FIELD)('keeps %s', (text, word) => {
    expect(touched(text, word)).toBe(false);
  });
});
