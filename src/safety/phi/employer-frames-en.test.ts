// English employers read from a record's frame (employer-frames-en.ts). Lines written for these tests (not taken from
// any blind batch): the employer must be found whole; qualifications, grades, medicines and no-workplace values stay.
import { describe, expect, it } from 'vitest';
import { detectEmployerFramesEn } from './employer-frames-en.js';
import { detectPhi } from './index.js';

const found = (t: string) => detectEmployerFramesEn(t).map((s) => s.text);

describe('employers from a form label', () => {
  it.each([
    ['7b. EMPLOYER: NORTHLAKE FOUNDRY\n8. DATE', 'NORTHLAKE FOUNDRY'],
    ["EMPLOYER'S NAME: Bluewater Freight Lines\n14. DATE", 'Bluewater Freight Lines'],
    ['Kind of business: Hollis Brothers Printing (HBP)\n9.', 'Hollis Brothers Printing'],
    ['Occupation: Apprentice, Carrow Marine Engineering (year 2)', 'Carrow Marine Engineering'],
    ['University: University of Otago\nVaccines: up to date', 'University of Otago'],
  ])('%s', (text, value) => {
    expect(found(text)).toContain(value);
  });
  it('reads no employer from a value that names none', () => {
    expect(found('Occupation: Retired\nEmployer: None\nWork: Full time\nSchool: Year 9')).toEqual([]);
  });
});

describe('an organisation owning its staff office', () => {
  it('reads the organisation, not a person or a kind of body', () => {
    expect(found("Harwood Joinery's HR department asked for a fit note.")).toEqual(['Harwood Joinery']);
    expect(found("The patient's HR team, Dr Smith's HR manager and the Trust's HR department")).toEqual([]);
  });
});

describe('employers beside an occupation', () => {
  it.each([
    ['retired postal worker (Royal Mail, 28 yrs) with angina', 'Royal Mail'],
    ['cabin crew supervisor (Aer Lingus) and flies long haul', 'Aer Lingus'],
    ['crane operator, Tilbury Docks), no prior history', 'Tilbury Docks'],
    ['retired fitter (formerly British Leyland)\n', 'British Leyland'],
  ])('%s', (text, value) => {
    expect(found(text)).toContain(value);
  });
  it('leaves qualifications, grades, medicines and conditions', () => {
    expect(found('nurse (RN), driver (HGV), teacher (Year 3), nurse (Band 5)')).toEqual([]);
    expect(found('ex-smoker, COPD); ACE inhibitor (Ramipril); carer (Mrs Jones)')).toEqual([]);
    expect(found('retired, Hypertension; started metformin (Glucophage) 500 mg')).toEqual([]);
  });
  it('leaves a person named beside an occupation', () => {
    expect(found('The nurse, Bronwyn, was kind; our carer, Home Instead, came late.')).toEqual([]);
    expect(found('seen by the EP tech (Dana K.) and the nurse (Grace Okafor)')).toEqual([]);
  });
});

describe('review s31: the frame reader fills below every reading (through detectPhi)', () => {
  /** Every non-space character of the LAST occurrence of `value` redacted. */
  const lastCovered = (text: string, value: string) => {
    const at = text.lastIndexOf(value);
    const spans = detectPhi(text);
    return [...value].every((c, k) => !c.trim() || spans.some((s) => s.start <= at + k && at + k < s.end));
  };
  it.each([
    // A person in brackets after a role keeps NAME and is redacted again later (class A).
    ['Seen by the nurse (Kelechi Obi). Later Obi rechecked obs.', 'Obi'],
    ['key worker (Siobhan Rafferty) present. Plan discussed with Rafferty.', 'Rafferty'],
    ['manager (Grainne Kiely) said Grainne would collect her', 'Grainne'],
    ['receptionist (Vusi Dlamini) witnessed the fall. Dlamini statement attached.', 'Dlamini'],
    // A town after the organisation in a bracket stays redacted (class B).
    ['driver (Uber, Leicester) assaulted', 'Leicester'],
    ['engineer (Arup, Dublin 2) hx of migraine', 'Dublin'],
    ['Works as bank teller (Westpac, Parramatta branch)', 'Parramatta'],
    ['accountant (Deloitte, London) on sick leave; line manager Mr Tom Bryce', 'London'],
  ])('%s', (text, value) => {
    expect(lastCovered(text, value), value).toBe(true);
  });
});

describe('review s31: work kinds, statuses, units and events are no employer', () => {
  it.each([
    'retired miner (COPD, on home O2)',
    'Occupation: Welder, COPD',
    'ICU nurse (NICU) on rotating nights',
    'Work: Care Assistant',
    'Work: Bus Driver',
    'Occupation: Retired, Lives Alone',
    'Occupation: Unemployed, Universal Credit',
    'made redundant (Brexit) last year',
    'KIND OF BUSINESS: RETAIL',
    'WORKPLACE: CONSTRUCTION SITE',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
  it('still reads a firm named in capitals or with a head word after those labels', () => {
    expect(found('KIND OF BUSINESS: SAWMILL - WEYERHAEUSER')).toEqual(['WEYERHAEUSER']);
    expect(found('7b. EMPLOYER: APPLIED MATERIALS\n8.')).toEqual(['APPLIED MATERIALS']);
    expect(found('Work: National Coal Board')).toEqual(['National Coal Board']);
    expect(found('job loss (Greggs) in May')).toEqual(['Greggs']);
  });
});

describe('s44: a workplace in apposition after an occupation, closing its segment', () => {
  it.each([
    ['Usual occupation: welder, Harlan Shipbuilding Company, 22 years\nInformant: son', 'Harlan Shipbuilding Company'],
    ['Occupation: delivery driver, Kestrel Parcels\nSmoker: no', 'Kestrel Parcels'],
    ['works as a packer, Brightwater Dairies (nights) since May', 'Brightwater Dairies'],
  ])('%s', (text, value) => {
    expect(found(text)).toContain(value);
  });
  it('leaves a person, a ward, a grade, a status or a licence after the comma', () => {
    expect(found('Night nurse, Grace\nShe was kind.')).toEqual([]);
    expect(found('Care assistant, Ward 7\nStaff nurse, Band 5\nRetired engineer, Retired')).toEqual([]);
    expect(found('commercial driver, CDL L412-3389-0155; letter requested')).toEqual([]);
    expect(found('the nurse, Bronwyn, was kind')).toEqual([]);
  });
});
