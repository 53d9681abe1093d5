// English person fields read by the extent the form gives them (field-values-en.ts), through detectPhi. Lines written
// for these tests (not taken from any blind batch): each lists the names that must be redacted; the values below sit in
// the same layouts and must stay.
import { describe, expect, it } from 'vitest';
import { formNamesEn } from './field-values-en.js';
import { covered, touched } from '../../../test/helpers/phi-covered.js';

const NAMES: [string, string[]][] = [
  // A label naming a part of a name takes one word in any case.
  ['Family name: McQUARRIE   Given name: Torvald   DOB: 03/05/1971', ['McQUARRIE', 'Torvald']],
  ['Surname: ABERNETHY\nForename: Solveig\nSex: F', ['ABERNETHY', 'Solveig']],
  // An act staff sign for: a name closed by a role code, a gap or a line end; initials.
  ['Specimen collected by: Ysolde (HCA)  Time: 07:40', ['Ysolde']],
  ['Received by: Tamsyn K. (RN)  Passed to: Oriel (SN)', ['Tamsyn K.']],
  ['Disp: Ho CM   Chk: PQT', ['PQT']],
  ['Dictated: 02/03/25   Transcribed: rwk  |  Signed: —', ['rwk']],
  // Staff who sign with initials.
  ['Pharmacist: GHB        Tech: LMW', ['GHB', 'LMW']],
  // Review s33: initials after an act label with a person beside them — a bracketed name, a role code, another signer,
  // an office label; a known first name alone.
  ['Checked by: QV (Oriel Thwaite, pharmacist)\nPlan', ['QV']],
  ['Checked by: PQ (RN)\n', ['PQ']],
  ['Collected: 02/03/25 0810   Collector: ZW\nLab no 4471', ['ZW']],
  ['RPh: XKT', ['XKT']],
  ['Checked by: JT   Given by: Anna Price\n', ['JT', 'Anna Price']],
  ['Checked by: Alice\n', ['Alice']],
  // A role only a person fills at a visit.
  ['Clinician: Dr Obi   Scribe: Marisol\n\nCC: cough', ['Marisol']],
  ['Chaperone: Ingrid (HCA)', ['Ingrid']],
  ['Partner: Kwabena\nG2P1', ['Kwabena']],
  // An address line naming a person by a role code.
  ['From: Hettie (RN)  To: Caspian (charge RN)', ['Caspian']],
  // A dot leader for the colon; a printed label's name line with the date of birth after a gap.
  ['2   PATIENT NAME ............ OKAFOR, CHIDI E\n3   PATIENT DOB ............. 04 11 1988', ['OKAFOR, CHIDI E']],
  ["1. Insured's Name (Last, First, MI) .. GALLOWAY, PERPETUA, R", ['GALLOWAY, PERPETUA, R']],
  ['Rx# 5520931-01     Filled: 02/02/2025\nMORWENNA T PASCOE    DOB 09/12/1958\nTAKE 1 TABLET DAILY', ['MORWENNA T PASCOE']],
];

const KEPT: [string, string][] = [
  ['Initials: UNK\nDOB: unknown', 'UNK'],
  ['Nurse: BP 120/80', 'BP'],
  ['Pharmacist: Fultium\nPlan: continue', 'Fultium'],
  ['Nurse: Mirena\nFitted 2021', 'Mirena'],
  ['Social worker: Atkins\nPlan: continue', 'Atkins'],
  ['Interpreter: Bengali   Consent: verbal', 'Bengali'],
  ['Assistant: None\nWitness: Declined', 'None'],
  ['Surname: UNKNOWN   Forename: Baby', 'UNKNOWN'],
  ['Checked by: RN\n', 'RN'],
  ['Administered: Fortisip  twice daily', 'Fortisip'],
  ['To: ICU\nFrom: ED', 'ICU'],
  ['Surname: N/A', 'N/A'],
  ['Collector: Heparin   Tube: green', 'Heparin'],
  ['11  EMPLOYER NAME ........... BRIGHTWATER FOODS\n12  PLAN NAME ....... GOLD PPO', 'BRIGHTWATER FOODS'],
  ['PATIENT NAME ........ UNKNOWN, MALE', 'UNKNOWN, MALE'],
  ['CHEST PAIN    DOB unknown\nNO KNOWN ALLERGIES    Age 45', 'CHEST PAIN'],
  // Review s33 (S2): a code after an act label is a system, a test or a record with no person beside it.
  ['Glucose checked by: BM\nResult 4.2', 'BM'],
  ['Verified by: LIS\nPotassium 6.1 (critical)', 'LIS'],
  ['Checked by: POCT\nResult 5.1', 'POCT'],
  ['Witness: CCTV\n', 'CCTV'],
  ['Chk: BNF\n', 'BNF'],
  ['Performed by: TKA\n', 'TKA'],
  ['Checked by: HIV\n', 'HIV'],
  ['Checked by: MAR (Medication Administration Record)', 'MAR'],
  // Review s33 (S2): one capitalised word after an act label is a device or software without a person signal.
  ['Checked by: Omnicell\nCount correct', 'Omnicell'],
  ['Taken by: Dexcom\n', 'Dexcom'],
  ['Checked by: Accu-Chek\n', 'Accu-Chek'],
  ['Collector: Vacutainer\n', 'Vacutainer'],
  ['Dispensed by: Swisslog\n', 'Swisslog'],
  ['Chk: BM   Disp: Omnicell\n', 'BM'],
];

describe('form values (en)', () => {
  it.each(NAMES)('%s', (text, values) => {
    for (const v of values) expect(covered(text, v), v).toBe(true);
  });
  it.each(KEPT)('keeps %s', (text, value) => {
    expect(touched(text, value), value).toBe(false);
  });
  it('reads only where a form puts a field', () => {
    // Prose with a colon: the label does not open a line or follow a gap.
    expect(formNamesEn('The plan was checked by: Morwenna and the team agreed')).toEqual([]);
  });
});
