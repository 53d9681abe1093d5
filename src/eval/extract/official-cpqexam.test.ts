import { describe, expect, it } from 'vitest';
import { extractOfficialAnswer } from './official-cpqexam.js';
import { OFFICIAL_CASES } from './official-cpqexam.cases.js';
import { pySortChars, pyStrip } from './python-compat.js';

describe('extractOfficialAnswer (port of the official CPQExam evaluate.py)', () => {
  for (const c of OFFICIAL_CASES) {
    it(`${c.name}: ${JSON.stringify(c.predStr).slice(0, 60)} → "${c.prediction}"${c.crash ? ' (official script aborts)' : ''}`, () => {
      const r = extractOfficialAnswer(c.predStr);
      expect(r.prediction).toBe(c.prediction);
      expect(r.how === 'crash').toBe(Boolean(c.crash));
    });
  }

  it('keeps the paragraph rule: the last paragraph only when it mentions json', () => {
    expect(extractOfficialAnswer('{"answer": "A"}\n\n{"answer": "B"}').prediction).toBe('A');
    expect(extractOfficialAnswer('{"answer": "A"}\n\njson: {"answer": "B"}').prediction).toBe('B');
  });

  it('reports how the answer was found', () => {
    expect(extractOfficialAnswer('{"answer": "A"}').how).toBe('json-object');
    expect(extractOfficialAnswer('[{"answer": "A"}]').how).toBe('json-list');
    expect(extractOfficialAnswer('{"answer": "AB').how).toBe('regex-open');
    expect(extractOfficialAnswer('答案 B').how).toBe('no-json');
    expect(extractOfficialAnswer('{"x": 1}').how).toBe('missing-key');
  });
});

describe('python-compat', () => {
  it('strips like str.strip(): U+3000 and U+001F go, U+FEFF stays', () => {
    expect(pyStrip('\u3000\u001f A \n')).toBe('A');
    expect(pyStrip('\ufeffA')).toBe('\ufeffA');
  });
  it('sorts by code point', () => {
    expect(pySortChars('C，A/')).toBe('/AC，');
  });
});
