import { describe, expect, it } from 'vitest';
import { parseLabReport } from './parse.js';
import { readSerialHead } from './serial-columns.js';
import { SERIAL_PROBES } from './serial-order.probes.js';

// Each probe is read as pasted text and as a photo's text (units may be misread): the current column either way.
describe('cumulative tables: the current collection read from every stamp line (serial-order.probes.ts)', () => {
  for (const p of SERIAL_PROBES)
    for (const unitsMayBeMisread of [false, true])
      it(`${p.id} (${p.kind}${unitsMayBeMisread ? ', photo' : ''}) ${p.code} = ${p.value ?? 'not read'}`, () => {
        const rows = parseLabReport(p.text, { unitsMayBeMisread }).results.filter((r) => r.code === p.code);
        expect(rows.map((r) => r.valueText)).toEqual(p.value === null ? [] : [p.value]);
        // A withheld row is unflagged and unreadable; a read one is shown as read.
        for (const r of rows) expect(r.read?.status === 'unreadable').toBe(p.withheld === true);
      });
});

describe('readSerialHead', () => {
  it('adds a clock line to dates printed without times, so one day is ordered by its clocks', () => {
    const t = readSerialHead(['          03/14/25    03/14/25    03/13/25    Reference', '          09:40 *     06:35       23:50'], 0);
    expect(t?.latest).toBe(0);
    expect(t?.bodyStart).toBe(2);
  });
  it('leaves the current column undecided when the clocks cannot order a tie (session 34: never the rightmost by place)', () => {
    const t = readSerialHead(['          03/14/25    03/14/25    Reference', '          09:40       09:40'], 0);
    expect(t?.columns).toHaveLength(2);
    expect(t?.latest).toBeUndefined();
  });
  it('reads a head whose title a photo spaced apart (参 考 区间)', () => {
    const t = readSerialHead(['项目        单位       参 考 区间    03-01      03-08     03-15     03-22'], 0);
    expect(t?.columns).toHaveLength(4);
    expect(t?.latest).toBe(3);
  });
  it('does not take a starred short value for a stamp', () => {
    expect(readSerialHead(['                *6.1        *5.9'], 0)).toBeUndefined();
  });
});
