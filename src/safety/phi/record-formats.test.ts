// Identifiers that records carry by their format rather than by a cue word: DICOM headers (dicom.ts), numbers read
// out digit by digit (reading.ts), quoted nicknames inside names (structure-en.ts), surname-only sign-offs
// (frames.ts), login and date columns (table-columns.ts), workplaces with where they stand (places.ts), numbers read out
// in English or spread one character apart (compact-readings.ts). Texts written for this test (not from a blind batch).
import { describe, expect, it } from 'vitest';
import { covered } from '../../../test/helpers/phi-covered.js';
import { detectDicom } from './dicom.js';
import { detectPhi } from './index.js';
import { spokenDigits } from './reading.js';
import { detectTableColumns } from './table-columns.js';
import { compactView } from './compact-readings.js';

describe('DICOM headers', () => {
  const KEYED = 'PatientID=Q00987123  PatientName=XU^HAORAN  PatientBirthDate=19800217\n  InstitutionName=[略]  KVP=110';
  const TAGGED = `(0010,0010) PatientName          ROSS^ELAINE
(0010,1010) PatientAge           051Y
(0010,1010) PatientAge           094Y
(0008,0090) PN [HALE^ORIN]   #  10, 1 ReferringPhysicianName
(0008,0080) InstitutionName      [removed]
(0018,0050) SliceThickness       1.0`;

  it('reads the de-identification profile attributes by keyword and by tag', () => {
    const found = [...detectDicom(KEYED), ...detectDicom(TAGGED)].map((s) => `${s.type}:${s.text}`);
    expect(found).toEqual(expect.arrayContaining(['MRN:Q00987123', 'NAME:XU^HAORAN', 'DATE:19800217', 'NAME:ROSS^ELAINE', 'AGE:094Y', 'NAME:HALE^ORIN']));
  });

  it('keeps placeholders, ages under 90 and technical attributes', () => {
    const found = [...detectDicom(KEYED), ...detectDicom(TAGGED)].map((s) => s.text);
    for (const kept of ['[略]', '略', '051Y', 'removed', '1.0', '110']) expect(found).not.toContain(kept);
  });
  it('an empty or unclosed bracket is no value, an unclosed one keeps its value', () => {
    expect(detectDicom('(0010,0020) LO [\n(0010,0010) PN [ ]\nPatientID=[')).toEqual([]);
    expect(detectDicom('(0010,0020) LO [K55012').map((s) => s.text)).toEqual(['K55012']);
  });
});

describe('numbers read out digit by digit', () => {
  it('reads Chinese digit strings as digits, one for one', () => {
    expect(spokenDigits('病案号是三八二零零六一')).toBe('病案号是3820061');
    expect(spokenDigits('手机一五九 二二零七 六六八三')).toBe('手机159 2207 6683');
  });

  it('leaves counted numbers and short runs', () => {
    for (const t of ['二十三床，六十七岁', '一三六，呃', '第一二三组']) expect(spokenDigits(t)).toBe(t);
  });

  it('finds the record number and phone read out', () => {
    const text = '呃，病案号是三八二零零六一，家属手机一五九 二二零七 六六八三';
    expect(covered(text, '三八二零零六一')).toBe(true);
    expect(covered(text, '一五九 二二零七 六六八三')).toBe(true);
  });
});

describe('names and sign-offs by their shape', () => {
  it.each([
    ['Pt: Marisol "Mari" Quintero-Lane   DOB 03/04/1951', 'Marisol "Mari" Quintero-Lane'],
    ['14:05 | Desmond "Dez" Okafor (S2211)', 'Desmond "Dez" Okafor'],
    ['经办人：阮        复核：', '阮'],
    ['送检医师:蔺   临床诊断:肺炎', '蔺'],
  ])('%s', (text, value) => {
    expect(covered(text, value), JSON.stringify(detectPhi(text))).toBe(true);
  });

  it('a quoted word that is no nickname, and a one-character value that is no surname, stay', () => {
    expect(detectPhi('The "Big" Apple marathon').filter((s) => s.type === 'NAME')).toEqual([]);
    expect(detectPhi('性别：男   民族：汉\n单位：元\n').filter((s) => s.type === 'NAME')).toEqual([]);
  });
});

describe('login and date columns', () => {
  const AUDIT = `time | user | action
03/11 09:02 | kbrennan4 (K. Brennan) | chart view
03/11 09:40 | system | backup
03/12 10:15 | dr_vasquez | note signed`;
  const MEDS = `# | Medication | Last taken | Comment
1 | amlodipine 5 mg | 6/14 AM | ok
2 | metformin 500 mg | 6/13 | with food`;

  it('reads user names under a login header, not ordinary words', () => {
    const found = detectTableColumns(AUDIT).map((s) => `${s.type}:${s.text}`);
    expect(found).toEqual(expect.arrayContaining(['OTHER_ID:kbrennan4', 'NAME:K. Brennan', 'OTHER_ID:dr_vasquez', 'DATE:03/11', 'DATE:03/12']));
    expect(found).not.toContain('OTHER_ID:system');
  });

  it('types a column by its values when every cell is a day and month', () => {
    const found = detectTableColumns(MEDS).map((s) => `${s.type}:${s.text}`);
    expect(found).toEqual(['DATE:6/14', 'DATE:6/13']);
    expect(detectTableColumns('a | b | c\n1 | 6/14 | x\n2 | 3/4 tab | y')).toEqual([]);
  });
});

describe('a workplace and where it stands', () => {
  it.each([
    ['She works weekends at the Safeway on Harlow St. Referred by GP.', 'Safeway on Harlow St'],
    ['works at Home Depot on Tolliver, supervisor', 'Home Depot on Tolliver'],
  ])('%s', (text, value) => {
    expect(detectPhi(text).map((s) => `${s.type}:${s.text}`)).toContain(`EMPLOYER:${value}`);
  });

  it('a weekday or an ordinary word after "on" is no place', () => {
    const spans = detectPhi('works at Tesco on Saturdays and at Walmart on Baseline.').map((s) => s.text);
    expect(spans).not.toContain('Tesco on Saturdays');
    expect(spans.some((t) => t.includes('Baseline'))).toBe(false);
  });
});

describe('numbers read out in words or spread apart', () => {
  it.each([
    ['patient Ida Marsh comma NHS number six one two double four nine eight three oh seven full stop', 'six one two double four nine eight three oh seven'],
    ['call her on oh seven seven one two three four five six nine nine', 'oh seven seven one two three four five six nine nine'],
    ['Ward 6  hosp no R 2 2 0 4 5 1 8\n  plan', 'R 2 2 0 4 5 1 8'],
  ])('%s', (text, value) => {
    expect(covered(text, value), JSON.stringify(detectPhi(text))).toBe(true);
  });

  it('compacts the run with a map back to the original characters', () => {
    const v = compactView('no: two four six eight one three five and more');
    if (!v) throw new Error('no view');
    expect(v.text).toBe('no: 2468135 and more');
    expect(v.runs).toEqual([{ start: 4, end: 37, readOut: true }]);
    expect(v.from[4]).toBe(4);
    expect(v.to[10]).toBe(37);
  });

  it('reads every line holding a run in one view, each mapped back to its own line', () => {
    const text = 'hosp no R 2 2 0 4 5 1 8\nplan: fluids overnight\ncall her on oh seven seven one two three four five six nine nine';
    const v = compactView(text);
    if (!v) throw new Error('no view');
    expect(v.text).toBe('hosp no R2204518\ncall her on 07712345699');
    expect(v.runs).toHaveLength(2);
    expect(v.from[v.text.indexOf('\n')]).toBe(text.lastIndexOf('\n'));
    expect(covered(text, 'R 2 2 0 4 5 1 8')).toBe(true);
    expect(covered(text, 'oh seven seven one two three four five six nine nine')).toBe(true);
    expect(covered(text, 'fluids')).toBe(false);
  });

  it('a few counted words or a short list are no number', () => {
    expect(compactView('took one or two tablets, then three or four')).toBeNull();
    expect(detectPhi('steps 1 2 3 4 were done; grade 2 of 4')).toEqual([]);
  });

  it('digit words with no identifier cue and no phone shape are counting, not a number', () => {
    for (const t of ['one two three four five six seven', 'the child counted one two three four five six seven eight aloud']) expect(detectPhi(t)).toEqual([]);
    const cued = 'her reference is five one two two eight four nine';
    expect(covered(cued, 'five one two two eight four nine'), JSON.stringify(detectPhi(cued))).toBe(true);
  });
});

describe('a day and month without a cue', () => {
  it('is a date in prose', () => {
    const text = 'Seen at last visit 6/21, bloods booked 6/28; review 14/9.';
    for (const v of ['6/21', '6/28', '14/9']) expect(covered(text, v), JSON.stringify(detectPhi(text))).toBe(true);
  });

  it('is no date as a ratio, a duration, a combined dose or a house number', () => {
    for (const t of [
      'power 4/5 in the left arm',
      'pain 7/10 at rest',
      'amlodipine/atorvastatin 10/20 mg',
      'cough for 2/12',
      'antibiotics 5/7 then',
      '3/4 of patients',
    ])
      expect(detectPhi(t).filter((s) => s.type === 'DATE')).toEqual([]);
  });
});

describe('partial numbers and DNA profiles', () => {
  it.each([
    ['Dr Ansah (F1, bleep 3307) reviewed', '3307', 'PHONE'],
    ['Staff nurse, Band 6   Ext 5126\nWitness:', '5126', 'PHONE'],
    ['ring him at x4-3391 after six', 'x4-3391', 'PHONE'],
    ['有事打分机6620找我', '6620', 'PHONE'],
    ['家属手机尾号8813已通知', '8813', 'PHONE'],
    ['身份证号码只记得尾号2290', '2290', 'ID_CARD'],
    ['Profile: D8S1179 12,14; D21S11 28,30; D7S820 9,11; CSF1PO 10,12', 'D8S1179 12,14; D21S11 28,30; D7S820 9,11; CSF1PO 10,12', 'BIOMETRIC'],
  ])('%s', (text, value, type) => {
    expect(detectPhi(text).map((s) => `${s.type}:${s.text}`)).toContain(`${type}:${value}`);
  });

  it('leaves magnifications, page numbers and a locus named in prose', () => {
    for (const t of ['seen at x200 and x40', 'see page 245', 'the D5S818 locus was informative', 'ext 12 of the form']) expect(detectPhi(t)).toEqual([]);
  });
});

describe('a score written over its total', () => {
  it('is no date, with the score word anywhere earlier in the clause', () => {
    for (const t of [
      'Glasgow coma scale on the ward 10/15, pupils reactive',
      'She scored 12/15 on the recall test',
      'GCS went from 8/15 to 12/15 by evening',
      'MMSE 22/30, MoCA today 19/30',
      'PHQ-9 was 11/27 and the GAD-7 came to 9/21',
      'visual acuity right eye 6/9, left 6/18',
      'GCS 7/15',
    ])
      expect(
        detectPhi(t).filter((s) => s.type === 'DATE' && /^\d{1,2}\/\d{1,2}$/.test(s.text)),
        t,
      ).toEqual([]);
  });

  it('a date cue still makes it a date', () => {
    for (const [t, v] of [
      ['Seen 8/15 in the memory clinic', '8/15'],
      ['Pain clinic follow-up on 4/11', '4/11'],
      ['discharged 2/11/2025 after review', '2/11/2025'],
      ['GCS 9/15 recorded 09/15 14:10', '09/15'],
    ])
      expect(covered(t, v), JSON.stringify(detectPhi(t))).toBe(true);
  });

  it('a day and month over a score total with no score word stays a date (a leaked date is worse than a masked score)', () => {
    for (const [t, v] of [
      ['bloods 4/30, repeat potassium then', '4/30'],
      ['came back in 3/15 with the same cough', '3/15'],
      ['fall at home 6/21, no head injury', '6/21'],
    ])
      expect(covered(t, v), JSON.stringify(detectPhi(t))).toBe(true);
  });
});
