// Two form shapes of English records (session 26, issue #11): an upper-case month between a day and a four-digit year
// (dates.ts: "Visit date: 07 AUG 2024") and initials after a label that names them as initials (structure-en.ts
// labelledInitials, one reader with 姓名缩写). Phrasings written for this test, not taken from any blind batch.
import { describe, expect, it } from 'vitest';
import { covered, touched } from '../../../test/helpers/phi-covered.js';
import { detectPhi } from './index.js';

describe('an upper-case month between a day and a year is a date', () => {
  it.each([
    ['Consent signed 03 NOV 2023   Witness: yes', '03 NOV 2023'],
    ['DOB 22 SEP 1961', '22 SEP 1961'],
    ['ONSET DATE 30 JUN 2024 STOP DATE 04 JUL 2024', '04 JUL 2024'],
    ['Collected 09-JAN-2025 at the lab', '09-JAN-2025'],
  ])('%s', (text, value) => expect(covered(text, value, 1), JSON.stringify(detectPhi(text))).toBe(true));

  it.each([
    ['see MAR 24 hr totals', 'MAR 24'],
    ['OCT 300 um central thickness', 'OCT 300'],
    ['PATIENT MAY TAKE 2 TABS', 'MAY'],
    ['ordered 14 MAY 20 mg', 'MAY 20 mg'],
    ['DEC 25 MG DAILY', 'DEC 25 MG'],
    // A four-digit dose after an upper-case month is no year (MAR the administration record, DEC a decrease).
    ['On 1 MAY 2000 mg metformin', '1 MAY 2000'],
    ['12 DEC 2000 IU heparin', '12 DEC 2000'],
    ['口服 5 MAR 2000 mg', '5 MAR 2000'],
  ])('keeps %s', (text, value) => expect(touched(text, value), JSON.stringify(detectPhi(text))).toBe(false));
});

describe('upper-case units end a year only after an upper-case month (second review s26)', () => {
  it.each([
    ['Follow-up 4 Mar 24 MG clinic', '4 Mar 24'],
    ['Reviewed 12 Jan 24 ML', '12 Jan 24'],
    ['Admitted 12 Jan 24 KG ward', '12 Jan 24'],
  ])('%s', (text, value) => expect(covered(text, value, 1), JSON.stringify(detectPhi(text))).toBe(true));
});

describe('initials after a label that names them', () => {
  it.each([
    ['Subject initials: K-T-W\nDate of visit: pending', 'K-T-W'],
    ['Initials: JPL   Sex: M', 'JPL'],
    ['Chart audit (initials D-M-R), a 58-year-old man', 'D-M-R'],
    ['Participant initials: S.K.M.\nVisit 3 completed', 'S.K.M.'],
    ['姓名缩写：WJG，男，45岁', 'WJG'],
    ['Signed with initials JK.', 'JK'],
    ['Subject ID 014-003, initials TWH, randomised to arm B', 'TWH'],
  ])('%s', (text, value) => expect(covered(text, value, 1), JSON.stringify(detectPhi(text))).toBe(true));

  it.each([
    ['Initials: UNK\nDOB: unknown', 'UNK'],
    ['DATE   TIME   INITIALS\nBP 120/80 HR 72', 'BP'],
    ['Nurse initials: RN', 'RN'],
    ['initials: DNR status confirmed', 'DNR'],
    ['The initials HIV stand for a virus', 'HIV'],
    ['Witness initials: TBD', 'TBD'],
    ['Initials: CT done, no bleed', 'CT done'],
    // A row of column headings, prose about abbreviations and sign-off words are no initials field.
    ['DATE TIME INITIALS BP\n0800 120/80', 'BP'],
    ['MEDICATION DOSE ROUTE TIME INITIALS SIG\n', 'SIG'],
    ['I keep seeing the initials PSA.', 'PSA'],
    ['what do the initials ICU, CCU mean in the discharge letter', 'ICU'],
    ['initials HTN, DM2', 'HTN'],
    ['Initials: OK', 'OK'],
    ['Initials: NKDA', 'NKDA'],
    ['Witness Initials PRN', 'PRN'],
  ])('keeps %s', (text, value) => expect(touched(text, value), JSON.stringify(detectPhi(text))).toBe(false));
});
