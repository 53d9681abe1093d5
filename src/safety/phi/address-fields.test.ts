// A place field's value read by the extent the form gives it (address-fields.ts), through detectPhi. Lines written for
// these tests (not taken from any blind batch): each lists the places that must be redacted; the values below sit in
// the same layouts and must stay.
import { describe, expect, it } from 'vitest';
import { detectAddressFields } from './address-fields.js';
import { covered, touched } from '../../../test/helpers/phi-covered.js';

const FOUND: [string, string[]][] = [
  ['Suburb: Wattle Grove   Postcode: 2173', ['Wattle Grove']],
  ['County: Tippecanoe\nUsual occupation: farmer', ['Tippecanoe']],
  ['ADDRESS: 18 KESTREL WAY   CITY: MOUNT VERNON   STATE: WA', ['MOUNT VERNON']],
  ['Residence: Bexley; Town of birth: Dungarvan', ['Bexley']],
  ['Place of birth: Ballarat\nSex: F', ['Ballarat']],
  ['住址：土城　電話：（略）', ['土城']],
  ['现住址：龙华区观澜街道新田社区\n联系人：女儿', ['龙华区观澜街道新田社区']],
  ['籍贯：江西瑞金　民族：汉', ['江西瑞金']],
  // A unit's label takes its name even when the name is English words.
  ['Town: Sandy Bay\nGP: Dr Rowe', ['Sandy Bay']],
  // s44: a form's field number before the label, "city or town", a birthplace's city, and an upper-case row of fields
  // with no colon.
  ['7b. CITY OR TOWN: Chillicothe     7c. COUNTY: Ross     7d. STATE: Ohio', ['Chillicothe', 'Ross']],
  ['City/Town of birth: Flagstaff    County: Coconino', ['Flagstaff', 'Coconino']],
  ['  1840 PRESTON RD  CITY PLANO  STATE TX  ZIP 75093', ['PLANO']],
  ['   CITY Worcester   STATE MA   ZIP CODE 01605', ['Worcester']],
];

const KEPT: [string, string][] = [
  ['Address: Unknown\nNOK: none', 'Unknown'],
  ['Residence: lives alone with two cats', 'lives alone'],
  ['Place of birth: Waikato Hospital, Delivery Suite', 'Waikato Hospital'],
  ['Location: left lower quadrant, 3 cm', 'left lower quadrant'],
  ['State: Victoria   Country: Australia', 'Victoria'],
  ['籍贯：湖南　民族：汉', '湖南'],
  ['户籍地址：同现住址', '同现住址'],
  ['家庭住址：不详（拒绝提供）', '不详'],
  ['Residence: Nursing Home\nMobility: frame', 'Nursing Home'],
  ['Residence: Own Home   Lives with: wife', 'Own Home'],
  ['地址：见病历首页', '见病历首页'],
  ['住址：已核实', '已核实'],
  // s44: an upper-case heading is no row of fields.
  ['CITY HEIGHTS CLINIC\nReferral letter', 'HEIGHTS CLINIC'],
  ['Tel 555 0101  CITY CENTRE PHARMACY  Fax 555 0102', 'CENTRE PHARMACY'],
  ['邮箱地址：ward7@example.org', 'ward7@example.org'],
];

describe('place fields', () => {
  it.each(FOUND)('%s', (text, values) => {
    for (const v of values) expect(covered(text, v), v).toBe(true);
  });
  it.each(KEPT)('keeps %s', (text, value) => {
    expect(touched(text, value) && detectAddressFields(text).some((s) => s.text.includes(value)), value).toBe(false);
  });
});
