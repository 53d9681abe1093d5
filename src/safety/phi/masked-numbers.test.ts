// Numbers partly masked by a system, and national phone numbers with their trunk 0, read by their shape (s34), through
// detectPhi. Lines written for these tests (not taken from any blind batch): each lists the values that must be
// redacted; the values below take near shapes and must stay.
import { describe, expect, it } from 'vitest';
import { maskedNumberType } from './masked-numbers.js';
import { detectPhones } from './phone.js';
import { covered, touched } from '../../../test/helpers/phi-covered.js';

const FOUND: [string, string[]][] = [
  // Masked numbers: a mobile as apps show it, an SSN on a form copy, a card on a receipt, an Aadhaar.
  ['预约人：宁女士　联系方式：159****2087（已隐藏）', ['159****2087']],
  ['SSN: XXX-XX-5092   DOB: 1961-08-14', ['XXX-XX-5092']],
  ['Amount charged to MasterCard **** **** **** 6031 on arrival', ['**** **** **** 6031']],
  ['退款至工行卡 6212 26** **** 0958，三个工作日内到账', ['6212 26** **** 0958']],
  ['Paid by card ************2290, receipt emailed', ['************2290']],
  ['Aadhaar (mother): xxxx xxxx 3816', ['xxxx xxxx 3816']],
  // National numbers dialled with a trunk 0: AU, NZ, IE, MY landlines and a TW mobile, with or without a label.
  ['Referred back to Dr Mahuta, 09 438 2071, for review', ['09 438 2071']],
  ['Bundaberg Family Medical · 07 4153 9920 · Bourbong St', ['07 4153 9920']],
  ['Clinic, 021 490 6688 after 2pm', ['021 490 6688']],
  ['Klinik Kesihatan, 04-261 3300 sambungan 12', ['04-261 3300']],
  ['女兒 0958-662-301 晚上才接得到', ['0958-662-301']],
  ['Enquiries 03 9387 1152 ext 340', ['03 9387 1152 ext 340']],
  // The last digits of a card told after its network or an account word.
  ['Refund issued 11/03/25, Mastercard ending 7719', ['7719']],
  ['fees debited from acct ending 5580 monthly', ['5580']],
  // A payment address without a domain.
  ['Consultation fee by UPI: rakesh.iyer92@oksbi', ['rakesh.iyer92@oksbi']],
  ['send to 9884012273@ybl pls', ['9884012273@ybl']],
];

const KEPT: [string, string][] = [
  ['Significant: p<0.001*** for the treatment arm', '0.001***'],
  ['Grid 2x3 and magnification x400 on the slide', '2x3'],
  ['Markdown **4** bullet stays', '4'],
  ['WBC 12.4 x10^9/L, Hb 104 g/L', '12.4'],
  ['Doses given 01 02 23 and 14 02 23', '01 02 23'],
  ['Home monitor: Merlin@home transmits nightly', 'Merlin@home'],
  ['insulin@qhs, BP@rest 128/76', 'insulin@qhs'],
  ['His visa ending in 2026 worries him', '2026'],
  ['Allergy *** 1000 mg *** flagged', '1000'],
  ['*** 2000 *** units given', '2000'],
  ['Shift ending 1930, handover given', '1930'],
];

describe('masked numbers, trunk-dialled phones, card tails, payment addresses', () => {
  it.each(FOUND)('%s', (text, values) => {
    for (const v of values) expect(covered(text, v), v).toBe(true);
  });
  it.each(KEPT)('keeps %s', (text, value) => {
    expect(touched(text, value), value).toBe(false);
  });
  it('reads no schedule of 24-hour times as a trunk-dialled phone', () => {
    // (Another reader, shapes.ts's twelve-digit rule, still redacts this line: a known limit, s34 notes.)
    expect(detectPhones('Obs due 0800 1200 1600 2000, then 4-hourly')).toEqual([]);
    expect(detectPhones('Doses 0600-1400-2200 daily')).toEqual([]);
  });
  it('types a masked number by its shape', () => {
    expect(maskedNumberType('138****6620')).toBe('PHONE');
    expect(maskedNumberType('xxx-xx-3318')).toBe('SSN');
    expect(maskedNumberType('6228 48** **** 5517')).toBe('ACCOUNT');
    expect(maskedNumberType('****4417')).toBe('OTHER_ID');
    expect(maskedNumberType('x1000000')).toBeNull();
    expect(maskedNumberType('10x10x100')).toBeNull();
  });
});

// Review s34 (S1 before the fix): a shape reading inside an address cut the address short, and a card tail after
// "ending in:" or two spaces was left. The address keeps its parts on both sides of the number.
describe('a shape reading inside an address or after a spaced cue', () => {
  it.each([
    ['Home: 7 Rata St, 06 867 1122, Gisborne 4010', ['06 867 1122', 'Gisborne 4010']],
    ['Card ending in: 4417 was charged', ['4417']],
    ['paid with the card ending in  4417', ['4417']],
  ])('%s', (text, values) => {
    for (const v of values) expect(covered(text, v), v).toBe(true);
  });
});

// Diff read s34: a prescription's shorthand is no payment address.
describe('dosing shorthand after an @', () => {
  it.each(['zopiclone@nocte', 'Lantus 20u@nocte', 'paracetamol 1g@qds', 'Keppra@tds'])('keeps %s', (t) => {
    expect(touched(`Discharge meds: ${t}, review in 2 weeks`, t)).toBe(false);
  });
});

// s35: stars AROUND a value are emphasis (a critical value must reach the model); a mask stands IN PLACE of digits.
// Lines written for these tests, not taken from any batch.
describe('emphasis around a clinical value is no mask', () => {
  it.each([
    ['Troponin ***1250*** ng/L, repeat at 3 h', '1250'],
    ['WBC ***25000*** on the repeat film', '25000'],
    ['Platelets ***8000*** - transfuse now', '8000'],
    ['Dose: ***1000*** mg IV over 15 min', '1000'],
    ['Heparin ***25000 units*** in 500 mL', '25000'],
    ['Cr ＊＊＊1203＊＊＊ µmol/L today', '1203'],
    ['Troponin ***1250 ng/L*** at 02:10', '1250'],
    ['Platelets ***8000/µL*** - transfuse', '8000'],
    ['Sodium **1320** x10 lab error?', '1320'],
    ['Troponin ***>25000*** ng/L, call cardiology', '25000'],
    ['Lipid ***312*** high, Platelets ****8000****', '312'],
    ['血钾 ***6.8*** mmol/L，肌钙蛋白 ***1250*** ng/L', '1250'],
    ['6月3号复查 ***1250*** ng/L', '1250'],
  ])('keeps %s', (text, value) => {
    expect(touched(text, value), value).toBe(false);
  });
  it.each([
    // Masks in place of digits, on one side or in the middle: still read.
    ['SSN ***-**-6612 on file', ['***-**-6612']],
    ['客户手机 138****5621 已验证', ['138****5621']],
    ['Card ****4417 and ****5521 declined', ['****4417', '****5521']],
    // An identifier's label before stars on both sides: a mask.
    ['Card: ***4417*** declined', ['***4417***']],
    ['Mobile ***5621*** (hidden)', ['***5621***']],
    ['Card ending ***4417*** declined', ['***4417***']],
    ['手机号 ***5621*** 已隐藏', ['***5621***']],
    // A long number in emphasis with no unit is read as the code it looks like.
    ['Ref ***4471203*** for this admission', ['4471203']],
    // s35 (2): letters and stars mixed in one mask; masks at the end of the number.
    ['SSN: ***-xx-4417 per the scanned form', ['***-xx-4417']],
    ['Tel 13812345*** (partly hidden)', ['13812345***']],
    ['SSN 123-45-**** on file', ['123-45-****']],
  ])('%s', (text, values) => {
    for (const v of values) expect(covered(text, v), v).toBe(true);
  });
  it('types the new shapes', () => {
    expect(maskedNumberType('***-xx-4417')).toBe('SSN');
    expect(maskedNumberType('13812345***')).toBe('PHONE');
    expect(maskedNumberType('138-1234-****')).toBe('PHONE');
    // Significance stars after a short number, a magnification, letters after digits: none.
    expect(maskedNumberType('001***')).toBeNull();
    expect(maskedNumberType('1234xxx')).toBeNull();
    expect(maskedNumberType('12x4***')).toBeNull();
  });
  it('keeps significance stars after a decimal', () => {
    expect(touched('Effect p<0.0001*** in arm B', '0.0001***')).toBe(false);
  });
});

// Review s35 (S1): stars around a number stay a mask unless the text gives clinical evidence (a unit after it, a lab's
// or a dose's name before it); masks at the end read only on a grouped number, a mobile's shape or after a label.
// The reviewer's probe lines (bench/deid-s35-review-probes.jsonl).
describe('review s35: emphasis needs clinical evidence', () => {
  it.each([
    ['SSN last4 ***6612*** verified by phone.', '6612'],
    ['她说银行卡最后四位是 ***8832***，麻烦核对。', '8832'],
    ['The card ended with ***8832*** per the receipt.', '8832'],
    ['Please call her back at ***5621*** after 5.', '5621'],
    ['患者编码 ***448812***，转入ICU。', '448812'],
    ['加我微信 ***5621*** 发检查单。', '5621'],
    ['佢尾數 ***5621***，你認住。', '5621'],
    ['Zip ***94110***, lives alone, no stairs.', '94110'],
    ['邮编 ***518000***，快递寄报告。', '518000'],
    ['Portal PIN ***4417*** was shared in chat by mistake.', '4417'],
    ['His WeChat is ***881230*** if you need him.', '881230'],
    // A capital pair or a short word that a lab alias spells is no lab name here.
    ['San Francisco, CA ***94110***', '94110'],
    ['PT ***448812*** admitted overnight', '448812'],
    ['She got ***5621*** from the front desk', '5621'],
  ])('redacts %s', (text, value) => {
    expect(covered(text, value), value).toBe(true);
  });
  it.each([
    ['WBC 25000*** (critical) — call the registrar now.', '25000'],
    ['CK 12000*** U/L, rhabdo likely.', '12000'],
    ['Platelets 450000*** (reactive), recheck in 1 wk', '450000'],
    ['LDH 12500*** — haemolysis?', '12500'],
    ['WBC count: ***25000*** on the repeat film', '25000'],
    ['White blood cell count ***25000*** on the repeat film', '25000'],
    ['Platelets 450 000*** (reactive)', '450 000'],
  ])('keeps %s', (text, value) => {
    expect(touched(text, value), value).toBe(false);
  });
});

// Review fix 2 (s35 diff read H2, M1, M3): a country code or a card's groups before a masked group are the number's
// own; a one-letter "unit" that opens an abbreviation or an initial is no unit; a capital-pair lab name (CK, TG)
// standing alone before its starred count is a lab name, CA and PT still not.
describe('review s35 diff read: masked numbers with groups, one-letter units, capital-pair labs', () => {
  it.each([
    ["Daughter's mobile +86 139****1234 (WeChat same)", ['139****1234']],
    ["Patient's daughter reachable on +86 139****1234 after 6pm.", ['139****1234']],
    ['家属联系电话 +86 138****6620，请回电。', ['138****6620']],
    ['Emergency contact 0086 138****6620', ['138****6620']],
    ['Paid with card 6222 0212****1234 on 3 Dec.', ['6222 0212****1234']],
    ['储蓄卡 6222 0212****1234 已绑定', ['6222 0212****1234']],
    ['Billing: ****4417 U.S. Bank, exp 09/27', ['****4417']],
    ['Card on file ****4417 U.S. Bank', ['****4417']],
    ['Refund to account ****55821 L. Chen', ['****55821']],
    ['San Francisco, CA ***94110***', ['94110']],
    ['PT ***448812*** admitted overnight', ['448812']],
    ['CA ***94110***', ['94110']],
    ['PT ***44881***', ['44881']],
    // A capital pair before a value its analyte cannot have: ferritin's SF before a zip, sodium's NA.
    ['SF ***94110***', ['94110']],
    ['NA ***12345***', ['12345']],
  ])('%s', (text, values) => {
    for (const v of values) expect(covered(text, v), v).toBe(true);
  });
  it.each([
    ['CK ***12000*** this morning, rhabdo workup.', '12000'],
    ['Na 140, TG ***1200*** fasting', '1200'],
    ['CK 12000*** U/L, rhabdo likely.', '12000'],
    ['Insulin ***2000 u daily', '2000'],
    ['Give ***1000 g*** total', '1000'],
  ])('keeps %s', (text, value) => {
    expect(touched(text, value), value).toBe(false);
  });
  it('types a masked number after its country code or a card group', () => {
    expect(maskedNumberType('86 139****1234')).toBe('OTHER_ID');
    expect(maskedNumberType('6222 0212****1234')).toBe('ACCOUNT');
    expect(maskedNumberType('12x4***')).toBeNull();
  });
});
