import { describe, expect, it } from 'vitest';
import { scanSigns, scriptNeed } from '../triage.js';

describe('scriptNeed: which script every match of a sign pattern must contain', () => {
  it.each([
    ['胸(?:口|部)[^，。]{0,10}?(?:疼|痛)', 'han'],
    ['(?:很)?痛|胸口', 'han'],
    ['\\bchest (?:pain|tight)', 'latin'],
    ['(?:胸|chest) pain', 'latin'],
    ['\\d+次|发烧', 'han'],
    ['\\d+|发烧', 'any'],
    ['(?:3[89]|4[0-2])(?:\\.\\d)?\\s*(?:度|℃|°)', 'any'],
    ['[胸]痛', 'han'],
    ['(?:胸)?\\d+', 'any'],
    ['\\u4e00\\d', 'any'],
  ])('%s → %s', (source, need) => {
    expect(scriptNeed(source)).toBe(need);
  });

  it('a message in one script still finds signs written in the other (mixed messages scan both)', () => {
    expect(scanSigns('我胸口疼 and short of breath').hits.map((h) => h.sign)).toEqual(expect.arrayContaining(['chestPain']));
    expect(scanSigns('38.5 度').hits.map((h) => h.sign)).toContain('fever');
  });
});
