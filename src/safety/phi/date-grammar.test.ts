// Dates in words (date-grammar.ts), through the whole detector. Texts written for this test, not taken from a blind batch.
import { describe, expect, it } from 'vitest';
import { covered } from '../../../test/helpers/phi-covered.js';
import { detectDateGrammar } from './date-grammar.js';
import { detectPhi } from './index.js';

// Read as in a dated record, so the relative readings are on too.
const dates = (text: string) => detectDateGrammar(text, true).map((s) => s.text);

describe('a date in words is a date', () => {
  it.each([
    ['患者下下周六上午来复查肝功能', '下下周六上午'],
    ['他上个礼拜三开始发烧', '上个礼拜三'],
    ['前年腊月二十三在老家摔倒，之后一直腰痛', '前年腊月二十三'],
    ['孩子大年初五晚上吃坏了肚子', '大年初五晚上'],
    ['农历三月初八是她的生日', '农历三月初八'],
    ['母亲说九月十二那天开始咳嗽', '九月十二'],
    ['2017年秋天确诊糖尿病', '2017年秋天'],
    ['明年国庆前要做第二次手术', '明年国庆'],
    ['过完年就一直乏力', '过完年'],
    ['就诊日期：2024年3月5日。大前天夜里突然胸痛', '大前天夜里'],
    ['今年的五月份在外院做过胃镜', '今年的五月份'],
    ['Seen 4/11/2023. She fell the day before yesterday while gardening.', 'the day before yesterday'],
    ['Symptoms began next Thanksgiving? No — last Thanksgiving, at her sister’s.', 'last Thanksgiving'],
    ['Admitted early Wednesday morning with chest pain.', 'early Wednesday morning'],
    ['Diagnosed in the autumn of 2016 after a screening scan.', 'autumn of 2016'],
    ['Dressing changed on Thurs. by the district nurse.', 'Thurs.'],
    ['Was well until around Labor Day.', 'Labor Day'],
    ['Symptoms started during October and settled by mid-December.', 'October'],
    ['Symptoms started during October and settled by mid-December.', 'mid-December'],
    ['Stayed in hospital Aug 3-9, 2022 for pancreatitis.', 'Aug 3-9, 2022'],
    ['DOB 03/ 11/1961, allergic to penicillin', '03/ 11/1961'],
    ['Fall 2020 relapse after a quiet Spring 2019.', 'Fall 2020'],
    ['休假起止日期：3.14—3.28，已批', '3.14'],
    ['休假起止日期：3.14—3.28，已批', '3.28'],
    ['Leave dates 4/2 to 4/16 approved.', '4/16'],
    ['Seen 5/1/2024. She had a rough Sunday evening and a late Friday night call.', 'late Friday night'],
    ['2024年5月2日随访：下个月复查胃镜', '下个月'],
    ['Call logged 2024-05-02 14:20:33 EST by the nurse', '2024-05-02 14:20:33 EST'],
    ['第二，5/6那天的账单有误', '5/6'],
    ['Wound looked better at the last visit 4/7 per the nurse.', '4/7'],
    ['Seen 2/2/2024. Took 2 tablets of ibuprofen on Sunday for the headache.', 'Sunday'],
  ])('%s', (text, value) => {
    expect(covered(text, value), JSON.stringify(detectPhi(text))).toBe(true);
  });
});

describe('what only looks like a date stays', () => {
  it.each([
    ['阿仑膦酸钠 70mg 每周一次，晨起空腹'],
    ['化疗两周一疗程，共六个疗程'],
    ['伤口四周一圈红肿'],
    ['请提前天数预约'],
    ['先天性与后天性心脏病的鉴别'],
    ['神志清明，对答切题'],
    ['小年轻熬夜多'],
    ['吃元宵容易噎着'],
    ['重阴则癫、重阳则狂'],
    ['门诊周一至周五开放'],
    ['今天上午血压偏高，今晚再测'],
    ['This fall caused a hip fracture.'],
    ['May cause drowsiness; the patient may march in place.'],
    ['He plays Sunday league football and goes to church on Sundays.'],
    ['Takes methotrexate every Monday.'],
    ['Symptoms for 3 days ago-ish; pain 6/10 today.'],
    ['Check levels in the winter when flares are common.'],
    ['History of Christmas disease (factor IX deficiency), Christmas factor 2 %.'],
    ['参考范围 3.5—5.5 mmol/L'],
    ['Stenting in May-Thurner syndrome; donations to the March of Dimes.'],
    ['Warfarin 2.5 mg on Monday and Friday, 5 mg other days.'],
    ['甲氨蝶呤 7.5mg 周一服，叶酸 5mg 周二服'],
    ['Clinic runs Monday to Friday, weekends closed.'],
    ['Potassium went from 3.5 to 5.5 overnight.'],
    ['上个月经期推迟一周'],
  ])('%s', (text) => {
    expect(dates(text)).toEqual([]);
  });

  it('a word date never cuts a name or an address it overlaps', () => {
    for (const [text, whole] of [
      ['联系人：柴国庆，电话见下', '柴国庆'],
      ['住在长沙五一广场附近', '五一广场'],
    ] as const) {
      const spans = detectPhi(text);
      expect(covered(text, whole, 1), JSON.stringify(spans)).toBe(true);
      expect(
        spans.some((s) => s.type === 'DATE' && whole.includes(s.text)),
        JSON.stringify(spans),
      ).toBe(false);
    }
  });

  it('a meal after a word date is not its part of the day', () => {
    const text = '10月3日复诊。昨天晚饭后血糖9.4';
    expect(
      detectPhi(text)
        .filter((s) => s.type === 'DATE')
        .map((s) => s.text),
    ).toEqual(['10月3日', '昨天']);
  });

  it('a relative day is a date only in a record that dates a day', () => {
    for (const text of ['昨天晚上开始发烧，明早再量', 'The pain started yesterday; review tomorrow.']) {
      expect(detectPhi(text), text).toEqual([]);
      expect(detectDateGrammar(text, true).length, text).toBe(2);
    }
  });
});

describe('session-12 review: schedules, habits and eponyms are no dates', () => {
  const redacted = (s: string) => detectPhi(s).map((x) => x.text);
  it('a list of weekdays is a schedule', () => {
    expect(redacted('HD Tuesday/Thursday/Saturday at the unit.')).toEqual([]);
    expect(redacted('Hemodialysis on Monday, Wednesday and Friday.')).toEqual([]);
    expect(redacted('Dialysis Monday Wednesday Friday')).toEqual([]);
  });
  it('a habit and an eponym stay; a single weekday of an event is still a date', () => {
    expect(redacted('worse on Monday mornings at work')).toEqual([]);
    expect(redacted('Saturday night palsy of the left radial nerve')).toEqual([]);
    expect(redacted('Christmas tree pattern on the back')).toEqual([]);
    expect(redacted('Monday morning fever in cotton workers')).toEqual([]);
    expect(redacted('She fell on Friday and came in on Saturday.')).toEqual(['Friday', 'Saturday']);
  });
});
