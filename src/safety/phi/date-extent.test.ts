// The timestamp as one identifier (date-extent.ts). Texts written for this test, not taken from a blind batch.
import { describe, expect, it } from 'vitest';
import { covered } from '../../../test/helpers/phi-covered.js';
import { extendDates, recordTimes } from './date-extent.js';
import { detectPhi } from './index.js';

describe('a date grows over the time written with it', () => {
  it.each([
    ['收治时间：2023-09-04 16:52，由家属陪同', '2023-09-04 16:52'],
    ['记录于2023年2月8日 07时05分，值班护士', '2023年2月8日 07时05分'],
    ['复查定于5月9日（周四）下午2:30-4:00，请空腹', '5月9日（周四）下午2:30-4:00'],
    ['家属诉6月3日晚在家中跌倒', '6月3日晚'],
    ['事发于2022年7月1日21时许，路人报警', '2022年7月1日21时许'],
    ['Note filed Thu 6/13/24 10:05 PM by the night team', 'Thu 6/13/24 10:05 PM'],
    ['Seen 18 Feb 2025, 08:40 in the walk-in clinic', '18 Feb 2025, 08:40'],
    ['Fall occurred 01-07-2023 at approx. 3:20 am near the bed', '01-07-2023 at approx. 3:20 am'],
    ['last dose was 22:10 on 5/2/24 per the MAR', '22:10 on 5/2/24'],
    ['Collected 2024-01-09T06:15:00, resulted later', '2024-01-09T06:15:00'],
    // A clock glued to a Chinese day, a day after a list item's number, a clock after 'Jun 4', an entry's colon after
    // the stamp, a one-letter pm, a numeric zone (session 25).
    ['护理记录：3月8日14:20患者诉头晕，予卧床', '3月8日14:20'],
    ['出院医嘱：1.低盐饮食；2.4月9日上午门诊复查', '4月9日上午'],
    ['Admitted Jun 4 11:20 pm via ED', 'Jun 4 11:20 pm'],
    ['F/U 07/12 09:30: labs drawn', '07/12 09:30'],
    ['Called back 10/3 4:15p re: refill', '10/3 4:15p'],
    ['Date: Tue, 4 Jun 2024 07:31:02 -0500', 'Tue, 4 Jun 2024 07:31:02 -0500'],
  ])('%s', (text, value) => {
    expect(covered(text, value, 1), JSON.stringify(detectPhi(text))).toBe(true);
  });

  it('leaves what follows a date alone when it is no time', () => {
    const text = '2023-09-04 12 mg daily, 3月5日 10片';
    const grown = extendDates(text, [
      { type: 'DATE', start: 0, end: 10, text: '2023-09-04' },
      { type: 'DATE', start: 25, end: 29, text: '3月5日' },
    ]);
    expect(grown).toEqual([]);
  });

  it('a count, a dose or a value beside a month and day is no clock', () => {
    const text = 'Last dose May 5 10 mg. Sept 3, 7 patients seen. 体重下降2.3公斤，已服药2.5个月，每日3次';
    // Not one character of them redacted.
    for (const v of ['10 mg', '7 patients', '2.3公斤', '2.5个月', '3次']) expect(covered(text, v, 1e-9), v).toBe(false);
  });
});

describe('the clock times of a dated record', () => {
  it('a time alone is redacted when the record dates a day', () => {
    const text = '入院日期：2023年4月2日\n护理记录：02:40 患者诉胸闷，03:15 复测血压，凌晨4点多入睡';
    for (const v of ['02:40', '03:15', '凌晨4点多']) expect(covered(text, v), v).toBe(true);
    const en = 'Admitted 4/2/2023. Pain reassessed at 14:20, PRN given 3:05 pm.';
    for (const v of ['14:20', '3:05 pm']) expect(covered(en, v), v).toBe(true);
  });

  it('a text without a dated day keeps its clock times', () => {
    for (const t of ['每天早上7:00服药，晚上21:30测血压', 'take it at 8:00 and again at 20:00', '2023年体检正常，每天6:30起床'])
      expect(recordTimes(t, detectPhi(t))).toEqual([]);
  });

  it('a titre or a dilution is no time', () => {
    const text = 'Admitted 4/2/2023. ANA positive 1:40, adrenaline 1:10 000 prepared.';
    expect(covered(text, '1:40')).toBe(false);
    expect(covered(text, '1:10')).toBe(false);
  });
});
