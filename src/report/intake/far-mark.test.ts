import { describe, expect, it } from 'vitest';
import { type Cell, cellWord } from '../../../test/helpers/page-words.js';
import { pageDocument, parseReportDocument } from './read-report.js';
import { checkPlausible, decidePoint } from './plausible.js';

const read = (rows: Cell[][]) =>
  parseReportDocument(
    pageDocument(
      't.jpg',
      rows.flatMap((cells, k) => cells.map((c) => cellWord(c, k))),
    ),
  ).results;
const row = (name: string, value: Cell, unit: string, range: string): Cell[] => [{ text: name, x: 20 }, value, { text: unit, x: 420 }, { text: range, x: 560 }];

describe('a glyph in the value word AND a value far past its own range (far-mark.ts)', () => {
  // report-texts-41 rt41-17 (first sight s40): "28.6 ↑" read "2861" beside 0-24, the word 29 px tall beside 22 px
  // digits, its last two characters doubted — shown as CK-MB 2861 high.
  it('withholds the misread word ("28.6 ↑" read "2861" beside 0-24)', () => {
    const r = read([row('CK-MB', { text: '2861', x: 240, tall: true, doubt: [2, 3], width: 16 * 5 }, 'U/L', '0-24')]);
    expect(r.find((x) => x.code === 'ckmb')).toMatchObject({ value: null, read: { status: 'unreadable' } });
  });
  it('withholds "4.71 ↑" read "4711" beside <3.40 (the arrow and the point together)', () => {
    const r = read([row('LDL Cholesterol', { text: '4711', x: 240, tall: true, doubt: [1, 2, 3], width: 16 * 5 }, 'mmol/L', '<3.40')]);
    expect(r.find((x) => x.code === 'ldl')).toMatchObject({ value: null, read: { status: 'unreadable' } });
  });
  it('keeps a real value far past a zero-based range when its word is of digit height (troponin T 1250 beside <14)', () => {
    const r = read([row('Troponin T', { text: '1250', x: 240 }, 'ng/L', '<14')]);
    expect(r.find((x) => x.code === 'ctnt')).toMatchObject({ value: 1250 });
  });
  it('keeps a tall word near its range (an arrow touching "11.1" beside 3.5-9.5: only the glyph, not the magnitude)', () => {
    const r = read([row('WBC', { text: '11.1', x: 240, tall: true, doubt: [0] }, '10^9/L', '3.5-9.5')]);
    expect(r.find((x) => x.code === 'wbc')?.value).not.toBeNull();
  });
  it('keeps a far value whose characters the glyph check did not doubt (CRP 185.6 beside <10.0, a tall box)', () => {
    const r = read([row('CRP', { text: '185.6', x: 240, tall: true }, 'mg/L', '<10.0')]);
    expect(r.find((x) => x.code === 'crp')).toMatchObject({ value: 185.6 });
  });
});

describe('a point put back by the range must bring the value back to it (plausible.ts REPOINT_REACH)', () => {
  const tg = (valueText: string, range: string, high: number) =>
    checkPlausible({ code: 'tg', value: Number(valueText), valueText, unit: 'mmol/L', range: { text: range, high, origin: 'report' } });
  it('does not point "2311" (TG "2.31 ↑") at 231.1 beside <1.7: the precision and the magnitude disagree', () => {
    expect(tg('2311', '<1.7', 1.7).kind).toBe('impossible');
  });
  it('still re-points a whole number whose point lands near its range ("48" potassium beside 3.5-5.5 → 4.8)', () => {
    const k = checkPlausible({ code: 'k', value: 48, valueText: '48', unit: 'mmol/L', range: { text: '3.5-5.5', low: 3.5, high: 5.5, origin: 'report' } });
    expect(k).toMatchObject({ kind: 'repointed', valueText: '4.8' });
  });
});

describe("a break inside the digits against the row's own two-sided range (plausible.ts decidePoint)", () => {
  // report-texts-41 rt41-11 (first sight s40): glucose "112 *" beside 70-99 mg/dL, a gap OCR saw after the first "1",
  // shown as 1.12 with a false critical-low.
  const glu = (valueText: string, low: number, high: number, atBreak: string) =>
    decidePoint({ code: 'glu', value: Number(valueText), valueText, unit: undefined, range: { text: `${low}-${high}`, low, high, origin: 'report' } }, atBreak);
  it('keeps "112" beside 70-99: the point at the break would put it a hundred times below its range', () => {
    expect(glu('112', 70, 99, '1.12').kind).toBe('plausible');
  });
  it('still takes the break when the number as read is far from its range ("56" beside 3.9-6.1 → 5.6)', () => {
    expect(glu('56', 3.9, 6.1, '5.6')).toMatchObject({ kind: 'repointed', valueText: '5.6' });
  });
});

// Session-41 review (S1): a point refused because it leaves a value > 10× its range must not take a critical-high
// alarm with it (troponin I "2.48 ↑" beside 0.00-0.04 read "248": START showed 2.48 critical-high).
describe('an impossible reading that is critical keeps its alarm', () => {
  it('troponin I read 248 beside 0.00-0.04 with a doubted edge is withheld with its critical-high "please check", not silently unreadable', () => {
    const w = (c: Cell) => cellWord(c, 0);
    const d = parseReportDocument(pageDocument('t.jpg', row('Troponin I', { text: '248', x: 240, doubt: [2] }, 'ng/mL', '0.00-0.04').map(w)));
    expect(d.results.find((x) => x.code === 'ctni')?.value).toBeNull();
    expect(d.skipped.find((s) => s.check?.code === 'ctni')?.check?.flag).toBe('critical-high');
  });
});

// Session-41 review (S2) and session 42: the far re-point is refused only where a glyph was read into the word. A word
// of its row's digit height with no doubted edge lost its point alone, and a zero-based marker's real value soars far
// past its range (troponin I "2.48", PCT "23.11", D-dimer "12.60" read without their points).
describe('a far re-point is refused whatever the word shows (review s42: a clean word far past its range is as often a real whole number)', () => {
  const one = (name: string, value: Cell, unit: string, range: string) =>
    parseReportDocument(
      pageDocument(
        't.jpg',
        row(name, value, unit, range).map((c) => cellWord(c, 0)),
      ),
    );
  // Review s42 (S1): the release is off — a clean word far past its range may be a real whole number above the
  // table's ceiling (AFP 24310 beside 0.00-8.78 → 243.10) or carry another precision than its range (12.60 beside 0-0.5
  // → 126.0). The lost-point class stays withheld (critical ones keep their alarm).
  it('keeps the refusal on a clean word: troponin I "248" beside 0.00-0.04 is withheld with its critical-high alarm', () => {
    const d = one('Troponin I', { text: '248', x: 240 }, 'ng/mL', '0.00-0.04');
    expect(d.results.find((x) => x.code === 'ctni')?.value).toBeNull();
    expect(d.skipped.find((s) => s.check?.code === 'ctni')?.check?.flag).toBe('critical-high');
  });
  it('never shows a real whole number above the ceiling re-pointed: AFP "24310" beside 0.00-8.78, IL-6 "8420" beside 0.0-7.0', () => {
    expect(one('AFP', { text: '24310', x: 240 }, 'ng/mL', '0.00-8.78').results.find((x) => x.code === 'afp')?.valueText).not.toBe('243.10');
    expect(one('IL-6', { text: '8420', x: 240 }, 'pg/mL', '0.0-7.0').results.find((x) => x.code === 'il6')?.valueText).not.toBe('842.0');
    expect(one('Procalcitonin', { text: '2311', x: 240 }, 'ng/mL', '0.00-0.05').results.find((x) => x.code === 'pct')?.value).toBeNull();
    expect(one('D-dimer', { text: '1260', x: 240 }, 'mg/L FEU', '0-0.5').results.find((x) => x.code === 'ddimer')?.valueText).not.toBe('126.0');
  });
  it('still refuses the point where a mark was read in: "2.31 ↑" read "2311" with its last character doubted, or a tall word', () => {
    expect(one('Triglycerides', { text: '2311', x: 240, doubt: [3] }, 'mmol/L', '0.00-1.70').results.find((x) => x.code === 'tg')?.value).toBeNull();
    expect(one('Procalcitonin', { text: '2311', x: 240, tall: true }, 'ng/mL', '0.00-0.05').results.find((x) => x.code === 'pct')?.value).toBeNull();
    expect(one('Procalcitonin', { text: '1231', x: 240, doubt: [0] }, 'ng/mL', '0.00-0.05').results.find((x) => x.code === 'pct')?.value).toBeNull();
  });
  it('keeps the refusal on a flagging page whose far row prints no flag of its own (its mark may be inside the word)', () => {
    const rows = [
      [
        { text: 'Triglycerides', x: 20 },
        { text: '2311', x: 240 },
        { text: 'mmol/L', x: 420 },
        { text: '0.00-1.70', x: 560 },
      ],
      [
        { text: 'Cholesterol', x: 20 },
        { text: '6.12', x: 240 },
        { text: 'H', x: 330 },
        { text: 'mmol/L', x: 420 },
        { text: '0.00-5.20', x: 560 },
      ],
    ];
    const d = parseReportDocument(
      pageDocument(
        't.jpg',
        rows.flatMap((cells, k) => cells.map((c) => cellWord(c, k))),
      ),
    );
    expect(d.results.find((x) => x.code === 'tg')?.value).toBeNull();
    expect(d.results.find((x) => x.code === 'tc')?.value).toBe(6.12);
  });
  it('a word whose boxes cannot tell keeps the refusal (no per-character confidences)', () => {
    const words = row('Procalcitonin', { text: '2311', x: 240 }, 'ng/mL', '0.00-0.05').map((c) => ({ ...cellWord(c, 0), chars: undefined }));
    expect(parseReportDocument(pageDocument('t.jpg', words)).results.find((x) => x.code === 'pct')?.value).toBeNull();
  });
});
