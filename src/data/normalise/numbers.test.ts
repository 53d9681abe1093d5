// Property: normalisation never changes a number, unit or dose. Every number-bearing span (value, exponent, unit)
// read from the raw text equals the one read from the normalised text — over every record of the shared corpora and
// knowledge sources, and over seeded random strings built from the characters that used to break it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_DATA } from '../../../test/helpers/shared-data.js';
import { readInputs } from '../readers/index.js';
import { corpusInputs } from '../testing/corpora.js';
import { seededInts } from '../../core/hash.js';
import { compileBoilerplate, DEFAULT_BOILERPLATE, removeSignoffs } from './boilerplate.js';
import { numberSpans, spanKey } from './number-spans.js';
import { repairMojibake } from './mojibake.js';
import { normaliseDetailed, normaliseOptions, normaliseText } from './step.js';

const o = normaliseOptions.parse({});
const pats = compileBoilerplate(DEFAULT_BOILERPLATE);
const keys = (s: string): string[] => numberSpans(s).map(spanKey);

/** Spans of the raw text must reappear after normalising, except those on lines removed whole as boilerplate. */
function violation(input: string): string | null {
  // Mojibake's "numbers" are byte artefacts; the property holds for the text the bytes really say.
  const raw = repairMojibake(input);
  const { text, removedLines } = normaliseDetailed(input, o, pats);
  const before = keys(raw);
  const after = keys(text);
  if (removedLines.length === 0) return before.join('|') === after.join('|') ? null : `${before.join('|')} ≠ ${after.join('|')}`;
  const gone = removedLines.flatMap(keys);
  const left = [...before];
  for (const g of gone) {
    const i = left.indexOf(g);
    if (i >= 0) left.splice(i, 1);
  }
  return [...left].sort().join('|') === [...after].sort().join('|') ? null : `${left.join('|')} ≠ ${after.join('|')}`;
}

describe('normalisation keeps every number, unit and dose', () => {
  it('the reported defects', () => {
    expect(normaliseText('②25%患者出现①1岁以下', o, pats)).toBe('(2)25%患者出现(1)1岁以下');
    expect(normaliseText('白细胞计数 3.5～9.5×10⁹/L，体表面积1.73 m²', o, pats)).toBe('白细胞计数 3.5～9.5×10^9/L，体表面积1.73 m^2');
    expect(normaliseText('Dose 1½ tablets; area 2㎡; ⒈5 mg', o, pats)).toBe('Dose 1 1/2 tablets; area 2m^2; (1)5 mg');
    for (const s of ['②25%患者', '①1岁', '10⁹/L', 'm²', '1½片', '3～5天']) expect(violation(s)).toBeNull();
  });

  it('repairs GB18030 text mis-decoded as Latin-1 (disease KG) and leaves real Latin-1 alone', () => {
    expect(repairMojibake('2¡¢±ÜÃâÎüÈë·Û³¾ºÍÒ»ÇÐÓÐ¶¾»ò´Ì¼¤ÐÔÆøÌå¡£')).toBe('2、避免吸入粉尘和一切有毒或刺激性气体。');
    expect(repairMojibake('Ménière’s disease, café au lait spots, 37.5°C')).toBe('Ménière’s disease, café au lait spots, 37.5°C');
    expect(normaliseText('直径<10mm为微腺瘤，<b>直径</b>>10mm为大腺瘤', o, pats)).toBe('直径<10mm为微腺瘤，直径>10mm为大腺瘤');
  });

  it('sign-off removal never reaches clinical text', () => {
    expect(removeSignoffs('Hi. Thanks for your query, you should take ibuprofen 400 mg twice daily.')).toBe(
      'Hi. Thanks for your query, you should take ibuprofen 400 mg twice daily.',
    );
    expect(removeSignoffs('Thanks for your query. Take care.')).toBe('');
    expect(removeSignoffs('Rest and drink fluids. Hope this helps. Take care.')).toBe('Rest and drink fluids.');
    expect(removeSignoffs('建议服用布洛芬。感谢您的咨询，祝您早日康复！')).toBe('建议服用布洛芬。');
    expect(removeSignoffs('感谢您的咨询，布洛芬每次400mg')).toBe('感谢您的咨询，布洛芬每次400mg');
  });

  it('seeded random strings over the troublesome characters', () => {
    const alphabet = [...'0123456789０１２３.．%％～~-/ mgLl²³⁹⁻¹⁰①②③⑩⒈⒉½¼㎡㎎℃×患者岁片，。 ', 'mg', 'mmol/L', '10', '\u3000', '<b>', '&nbsp;', 'ｍｇ'];
    const rnd = seededInts(7, 40_000);
    let k = 0;
    for (let n = 0; n < 2000; n++) {
      const len = 3 + (rnd[k++] % 20);
      let s = '';
      for (let j = 0; j < len; j++) s += alphabet[rnd[k++ % rnd.length] % alphabet.length];
      expect(violation(s), JSON.stringify(s)).toBeNull();
    }
  });

  it('every record of the six corpora and the two knowledge sources', async () => {
    const inputs = corpusInputs(SHARED_DATA);
    // One of the four KG files keeps the test under a minute on two shared cores (the bench reads all four).
    inputs['disease-kg'] = { ...inputs['disease-kg'], path: join(SHARED_DATA, 'kb', 'disease-kg-zh', 'medical_0.json') };
    let records = 0;
    let spans = 0;
    const bad: string[] = [];
    for (const [name, spec] of Object.entries(inputs)) {
      for await (const r of readInputs([spec], '/')) {
        records++;
        for (const t of r.messages ? r.messages.map((m) => m.content) : [r.text]) {
          spans += numberSpans(t).length;
          const v = violation(t);
          if (v && bad.length < 5) bad.push(`${name} ${r.id}: ${v}`);
        }
      }
    }
    expect(bad).toEqual([]);
    expect(records).toBeGreaterThan(25_000);
    expect(spans).toBeGreaterThan(50_000);
  });
});
