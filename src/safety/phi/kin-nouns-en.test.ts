// A person slot beats the brand reading where the predicate is a person's, and a clinical word after a kin noun stays
// (review s21 D1/D4/D5; rows from /tmp/probes/deid-s22, written before the code, each with a twin).
import { describe, expect, it } from 'vitest';
import { touched } from '../../../test/helpers/phi-covered.js';
import { detectPhi } from './index.js';

const covered = (text: string, part: string) => {
  const at = text.indexOf(part);
  return [...part].every((c, k) => /\s/.test(c) || detectPhi(text).some((s) => s.type === 'NAME' && s.start <= at + k && at + k < s.end));
};
const untouched = (text: string, part: string) => !touched(text, part);

describe('a brand after a kinship noun', () => {
  it.each([
    ['My daughter Valium went to school today with a fever.', 'Valium'],
    ['My son Tylenol fell off his bike and hit his head.', 'Tylenol'],
    ['My nephew Advil started kindergarten and keeps coughing.', 'Advil'],
    ['My son Motrin keeps crying at night.', 'Motrin'],
    ['my nephew Lyrica has a cold', 'Lyrica'],
  ])('%s → %s is a person', (text, name) => expect(covered(text, name), JSON.stringify(detectPhi(text))).toBe(true));
  it.each([
    ['My daughter took Valium before school today.', 'Valium'],
    ['My son Tylenol dose was 5 ml after he hit his head.', 'Tylenol'],
    ['My daughter Advil helps with the pain.', 'Advil'],
    ['My husband Diazepam and Tramadol.', 'Diazepam'],
    ['My husband Diazepam and Tramadol.', 'Tramadol'],
    ['My dad Valium isn’t helping anymore.', 'Valium'],
  ])('%s keeps %s', (text, word) => expect(untouched(text, word), JSON.stringify(detectPhi(text))).toBe(true));
});

describe('a disease after a kinship noun', () => {
  it.each([
    ['My father Parkinson’s has got worse.', 'Parkinson’s'],
    ["My father Parkinson's has got worse.", "Parkinson's"],
    ["My wife Crohn's flared again.", "Crohn's"],
    ["My mother has Graves' disease and my father Crohn's.", "Crohn's"],
  ])('%s keeps %s', (text, word) => expect(untouched(text, word), JSON.stringify(detectPhi(text))).toBe(true));
  it('a title keeps an eponym a surname', () => expect(covered('Dr. Parkinson’s clinic called.', 'Parkinson')).toBe(true));
});
