// Towns in apposition after a clinician, a facility or a numbered site (apposed-places-en.ts), through detectPhi.
// Sentences written for these tests (not taken from any blind batch): each town must be redacted; the specialties,
// roles, languages, conditions and institutions in the same positions must stay.
import { describe, expect, it } from 'vitest';
import { detectApposedPlacesEn } from './apposed-places-en.js';
import { detectPhi } from './index.js';
import { englishWord } from '../../knowledge/english-words.js';
import { covered, touched } from '../../../test/helpers/phi-covered.js';

const TOWNS: [string, string][] = [
  ['Your GP: Dr Miriam Oyelaran, Tadworth\nSpecialist: Mr K Banerjee', 'Tadworth'],
  ['Copy to: Dr. Owen Pryce (Caerphilly)   Ref: 22/118', 'Caerphilly'],
  ['Place of delivery: Thanet Hospital, Broadstairs\nMode: SVD', 'Broadstairs'],
  ['Signed for Elmwood Medical Practice, Stourbridge', 'Stourbridge'],
  ['Issued by: District Hospital, Kottarakkara, Kollam, Kerala\nSeal', 'Kottarakkara, Kollam'],
  ['Trial HF-22 (Site 031, Blacktown)\nVisit 3', 'Blacktown'],
  ['Screening log — Site 207 (Wollongong) — week 4', 'Wollongong'],
];

const KEPT: [string, string][] = [
  ['Reviewed with Dr Ahmed Farouk, Cardiology.', 'Cardiology'],
  ['Referred to Dr Lee Chan (Derm) for the rash.', 'Derm'],
  ['Seen by Dr Priya Nair, Consultant\nPlan: MRI', 'Consultant'],
  ['Discussed with Dr Owen Pryce (Paeds) today.', 'Paeds'],
  ['Chat with Dr Ravi Menon (Endocrinology)\n8:02 pm', 'Endocrinology'],
  ['She cares for her husband Dewi (Alzheimer’s) at home.', 'Alzheimer’s'],
  ['GP: Dr Farida Qureshi, Hollybank Surgery\nDiagnosis: fracture', 'Hollybank Surgery'],
  ['To: Chest Pain Clinic, Leeds General Infirmary\nDear Colleague', 'Leeds General Infirmary'],
  ['Seen at St Mary’s Hospital, Emergency Department.', 'Emergency Department'],
  ['Dr Tom Hale, MRCP\nRegistrar', 'MRCP'],
];

describe('a town in apposition', () => {
  it.each(TOWNS)('%s', (text, value) => {
    expect(covered(text, value, 1), value).toBe(true);
  });
  it.each(KEPT)('keeps %s', (text, value) => {
    expect(touched(text, value), value).toBe(false);
  });
  it('reads only a known town in brackets after a person named without a title', () => {
    const words = { ordinary: englishWord, clinical: () => false, knownTown: (w: string) => w === 'Leicester' };
    const text = 'Interpreter: Halima Yusuf (Somali); son Idris Yusuf (Leicester).';
    const names = ['Halima Yusuf', 'Idris Yusuf'].map((n) => ({ type: 'NAME' as const, start: text.indexOf(n), end: text.indexOf(n) + n.length, text: n }));
    expect(detectApposedPlacesEn(text, names, words).map((s) => s.text)).toEqual(['Leicester']);
  });
  it("leaves a bracket between a titled person's name parts to the name (review s44: the surname was released)", () => {
    for (const [text, surname] of [
      ['Ms Nguyen (Lan) Hill reviewed the wound.', 'Hill'],
      ['Mrs Kaur (Jas) Hall, 52F', 'Hall'],
    ]) {
      expect(covered(text, surname, 1), surname).toBe(true);
    }
  });
  it('types the town as an address', () => {
    const text = 'Your GP: Dr Miriam Oyelaran, Tadworth\nSpecialist: Mr K Banerjee';
    const at = text.indexOf('Tadworth');
    expect(detectPhi(text).find((s) => s.start <= at && at < s.end)?.type).toBe('ADDRESS');
  });
});
