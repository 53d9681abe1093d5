// The parts beside an English-script address (address-parts-en.ts), through detectPhi. Lines written for these tests
// (not taken from any blind batch): each address must be redacted whole; the lines below it must keep their numbers.
import { describe, expect, it } from 'vitest';
import { detectPhi } from './index.js';
import { covered } from '../../../test/helpers/phi-covered.js';

const ADDRESSES: [string, string][] = [
  ['Address: C-27, Mayur Vihar, New Delhi 110091\nPhone on file', 'C-27, Mayur Vihar, New Delhi 110091'],
  ['Address: H.No. 6-2-118/4, Lakdikapul, Hyderabad 500004.', 'H.No. 6-2-118/4, Lakdikapul, Hyderabad 500004'],
  ['Office: 4th Floor, 18 Temple Row, Birmingham B2 5HG', '4th Floor, 18 Temple Row, Birmingham B2 5HG'],
  ['Shop 7, 45 Enmore Rd, Newtown NSW 2042', 'Shop 7, 45 Enmore Rd, Newtown NSW 2042'],
  ['Addr: D-310, Sector 21, Noida, UP', 'D-310, Sector 21, Noida'],
  ['Address: 14, 5th Cross, Jayanagar, Bengaluru 560041', '14, 5th Cross, Jayanagar, Bengaluru 560041'],
  ['Blk 505 Tampines St 52 #07-221\nSingapore 520505', 'Blk 505 Tampines St 52 #07-221'],
  ['To:\n9 Larch Grove\nHeaton\nBolton BL1 5PR\n', '9 Larch Grove\nHeaton\nBolton BL1 5PR'],
  // s44: a lettered flat or a "#" house before the locality wherever it stands, the ordinal cross road between them, an
  // Australian shop before the street number.
  ['Ghar D-207, Mayur Vihar, New Delhi 110091 aa jao', 'D-207, Mayur Vihar, New Delhi 110091'],
  ['Shanti Clinic, #58, 6th Cross, Jayanagar, Bengaluru - 560041\nPh', '#58, 6th Cross, Jayanagar, Bengaluru - 560041'],
  ['Chemist: Shop 2/88 Beamish St Campsie NSW 2194  Ph 9787 0000', 'Shop 2/88 Beamish St Campsie NSW 2194'],
];

describe('English address parts', () => {
  it.each(ADDRESSES)('%s', (text, value) => {
    expect(covered(text, value, 1), value).toBe(true);
  });
  it('leaves scores, beds and doses beside a place', () => {
    const addresses = (t: string) => detectPhi(t).filter((s) => s.type === 'ADDRESS');
    expect(addresses('BP 120, Ashford clinic reviewed her.')).toEqual([]);
    expect(addresses('Score: 12, Dublin criteria not met')).toEqual([]);
    expect(detectPhi('Bed 12, Ward 4B').some((s) => s.type === 'ADDRESS')).toBe(false);
    // s44: a vertebral level before a town is no lettered house number.
    const t = 'Disc bulge L-4, Pune Maharashtra; fused C-7, Mumbai team';
    for (const level of ['L-4', 'C-7'])
      expect(
        detectPhi(t).some((s) => s.start <= t.indexOf(level) && t.indexOf(level) < s.end),
        level,
      ).toBe(false);
  });
});

describe('review s31: no clock time, result, stage or day joins an address', () => {
  const red = (t: string) =>
    detectPhi(t)
      .filter((s) => s.type === 'ADDRESS')
      .map((s) => s.text);
  it.each([
    ['Arrived at 1030, 14 Oak St resident, found by neighbour', '1030'],
    ['Hb: 98, Ferritin 12, B12 180', '98'],
    ['Lives in Leeds, Stage 3 CKD, eGFR 48', '3'],
    ['Transport booked to 22 Baker Street Tuesday 1400.', '1400'],
  ])('%s', (text, kept) => {
    expect(red(text).some((a) => a.includes(kept))).toBe(false);
  });
});

describe('second review s31: a name and a phone number after an address are not a town and postcode', () => {
  it('k02: the name is still a name, so its later mention is redacted (as at START)', () => {
    const text = 'Address: Flat 5, Block C, Wah Fu Estate, Aberdeen. Son CHAN Tai Man 6123 4567. Tai Man visits daily.';
    const later = text.lastIndexOf('Tai Man');
    expect(detectPhi(text).some((s) => s.start <= later && s.end >= later + 'Tai'.length)).toBe(true);
  });
  it.each([
    ['Address: 3 Ryan St, Marrickville 2204', 'Marrickville 2204'],
    ['Address: 40 Beach Rd, Maroochydore 4558', 'Maroochydore 4558'],
  ])('a town whose name starts like a month still reads (%s)', (text, value) => {
    expect(covered(text, value, 1), value).toBe(true);
  });
});

describe('s43: a flat written after the street with no comma, and a Hong Kong room and floor', () => {
  it.each([
    ['PATIENT ADDRESS: 1190 W ELM RD APT 14   CITY: MESA', '1190 W ELM RD APT 14'],
    ['Home: 52 Larch Ave unit 3B, Dayton OH 45402', '52 Larch Ave unit 3B'],
    ['Clinic\nRoom 905, 9/F, Wing On House, 71 Des Voeux Road, Central\nTel 2522 0000', 'Room 905, 9/F, Wing On House, 71 Des Voeux Road'],
  ])('%s', (text, value) => {
    expect(covered(text, value, 1), JSON.stringify(detectPhi(text))).toBe(true);
  });
  it.each([['Lives at 40 Bay St unit manager', 'unit manager']])('keeps a unit word with no number: %s', (text, word) => {
    const at = text.indexOf(word);
    expect(detectPhi(text).filter((s) => s.type === 'ADDRESS' && s.start < at + word.length && at < s.end)).toEqual([]);
  });
});
