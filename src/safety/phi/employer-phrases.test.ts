// Employers named by the phrase that introduces them (employer-phrases.ts): one-word brands and acronyms after a
// work cue are redacted; clinicians' hospitals, eponyms after "with", numbered parties and kinds of worker are not.
// Sentences written for this test (not from a blind batch).
import { describe, expect, it } from 'vitest';
import { covered } from '../../../test/helpers/phi-covered.js';
import { detectPhi } from './index.js';
import { detectEmployerPhrases } from './employer-phrases.js';

const FOUND: [string, string][] = [
  ['Her son works at Costco most weekends.', 'Costco'],
  ['He spent 22 years at Unilever before retiring.', 'Unilever'],
  ['Currently delivers for Deliveroo on a scooter.', 'Deliveroo'],
  ['A second-year undergraduate at UCT, lives in residence.', 'UCT'],
  ['Retired as Finance Director of Dangote Cement in 2015.', 'Dangote Cement'],
  ['Previously with Qantas as cabin crew.', 'Qantas'],
  ['She is a Network Rail employee.', 'Network Rail'],
  ['Cashier at Aldi, night shifts.', 'Aldi'],
  ['女儿在苏州园区的富士康电子厂上班', '富士康电子厂'],
  ['患者系四川大学在读研究生', '四川大学'],
  ['1998年转业至舟山港务局，任调度员', '舟山港务局'],
  ['女婿在昆山开发区管委会工作', '昆山开发区管委会'],
  ['他在京东跑干线，周末才回家', '京东'],
  ['她明早还要回台積電上班', '台積電'],
  ['Her daughter works with Standard Bank in Durban.', 'Standard Bank'],
];

const NOT_EMPLOYERS: string[] = [
  'The cardiologist at Groote Schuur reviewed the echo.',
  'A patient with Crohn disease, significant for Graves.',
  'An outstanding warrant for Driver 2 was found.',
  'Social worker: seen today.',
  'He works at night and sleeps at Christmas.',
  'I work with Dr Naidoo on Tuesdays.',
  '我明天在家上班，今天下班早',
];

describe('employers named by their phrase', () => {
  it.each(FOUND)('%s', (text, value) => {
    expect(covered(text, value), JSON.stringify(detectPhi(text))).toBe(true);
    expect(detectEmployerPhrases(text).some((s) => s.text === value)).toBe(true);
  });

  it.each(NOT_EMPLOYERS)('no employer in: %s', (text) => {
    expect(detectEmployerPhrases(text)).toEqual([]);
  });
});
