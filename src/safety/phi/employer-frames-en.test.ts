// English employers read from a record's frame (employer-frames-en.ts). Lines written for these tests (not taken from
// any blind batch): the employer must be found whole; qualifications, grades, medicines and no-workplace values stay.
import { describe, expect, it } from 'vitest';
import { detectEmployerFramesEn } from './employer-frames-en.js';

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
