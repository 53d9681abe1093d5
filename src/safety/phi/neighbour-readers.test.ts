// Identifiers read by their neighbours (session 17): chat lines by their export layout (speaker-lines.ts), a name's
// capitals and sign-off initials (index.ts repeatedNames), English given names before a Chinese surname
// (mixed-names.ts), dates by what stands beside them (date-neighbours.ts), places before a post-locative and a
// locality before a known city (gazetteer.ts). Phrasings written for these tests, not copied from any blind batch;
// each reader's look-alikes (clinical text that must stay) are listed beside it.
import { describe, expect, it } from 'vitest';
import { covered } from '../../../test/helpers/phi-covered.js';
import { detectDateNeighbours } from './date-neighbours.js';
import { detectPhi } from './index.js';
import { detectMixedNames } from './mixed-names.js';

const CASES: [string, string[]][] = [
  // chat exports: an app tag before the time, an alias in brackets, a gap-separated display name, capitals
  ['[WhatsApp] 3/2/2025 21:10 - Kit仔: 阿爸又話胸口痛\n[WhatsApp] 3/2/2025 21:12 - Dr Lam: 即刻去急症室\n[WhatsApp] 3/2/2025 21:15 - Kit仔: 好', ['Kit仔']],
  ['小敏(陈敏)：医生您好，我妈今天又头晕了\n王医生：血压多少？\n小敏(陈敏)：160/100\n王医生：先吃药', ['小敏']],
  ['2025.03.02 星期日\n10:01 外婆的孙女 晓琳  医生早安 外婆血糖好高\n10:03 卫教师  饭前还是饭后？\n10:05 外婆的孙女 晓琳  饭后两小时 290', ['晓琳']],
  ['NURSE: Who is speaking?\nBRENDA: His wife, Brenda.\nNURSE: Is he breathing?\nBRENDA: Yes, barely.', ['BRENDA']],
  // a name in capitals elsewhere; initials of a three-part name where a sign-off puts them
  ['Patient: Ifeoma Chukwuemeka\nNOK notified.\nCHUKWUEMEKA, IFEOMA — wristband checked', ['CHUKWUEMEKA']],
  ['Signed: T. O. Adeyinka (RN)\n02:00 obs stable. TOA\n04:00 turned, sacrum intact. TOA', ['TOA']],
  // English given name + Chinese surname
  ['项目联系人：Kevin 林（电话另告）', ['Kevin 林']],
  ['随访护士 Grace 钟晓 已电话通知家属。', ['Grace', '钟晓']],
  // dates by their neighbours
  ['11-03 07:45  患者诉胸闷，予吸氧', ['11-03 07:45']],
  ['随访日期：2023 / 11 / 05', ['2023 / 11 / 05']],
  ['DOB ..... 07 | 14 | 1979', ['07 | 14 | 1979']],
  ['Cosigned R. Patel 22MAR24', ['22MAR24']],
  ['He was admitted 5/8 after a fall at home.', ['5/8']],
  ['奶奶这个礼拜三（5/8）透析完又肿了', ['5/8']],
  ['孩子23号开始拉肚子，一天五六次', ['23号']],
  ['上个月（7号）做的胃镜', ['7号']],
  ['她11月底开始咳嗽', ['11月底']],
  // places: a bare prefecture before a post-locative, after 迁居; a locality before a known city
  ['女儿嫁到外地，住在喀什那边', ['喀什']],
  ['1998年迁居株洲，务农。', ['株洲']],
  ['beloved aunt of Kilbrittain, Cork and the late Seán', ['Kilbrittain']],
  ['the late Mrs Nora Keane, Dromtarriffe, Cork, peacefully', ['Dromtarriffe']],
];

describe('neighbour readers through detectPhi', () => {
  for (const [text, values] of CASES) {
    it(`redacts ${values.join(', ')}`, () => {
      for (const v of values) expect(covered(text, v), `${v} in ${text}`).toBe(true);
    });
  }
});

/** Clinical text shaped like the above that must stay: nothing of it is redacted as the listed type. */
const KEPT: [string, string][] = [
  // chats and time-stamped records
  ['08:00 体温  36.8\n12:00 体温  37.2\n16:00 体温  38.1', 'NAME'],
  ['Nurse: any chest pain?\nPatient: no\nNurse: any fever?\nPatient: no', 'NAME'],
  ['Caller: my dad collapsed\nAgent: is he breathing?\nCaller: yes', 'NAME'],
  ['[Telegram] 3/2/2025 21:10 - 患者: 头痛\n[Telegram] 3/2/2025 21:12 - 医生: 量血压', 'NAME'],
  // initials and capitals that are clinical abbreviations
  ['ECG: sinus rhythm. CXR clear. ABG pending.\nPR 2-hrly. GCS 15.', 'NAME'],
  // English words before a Chinese word
  ['请联系 Amber 个管师', 'NAME'],
  ['May 高血压控制不佳', 'NAME'],
  ['Ever 是一种药吗', 'NAME'],
  ['CT 王 字征阳性', 'NAME'],
  // numbers by 号 that are things, scores and doses
  ['住3号楼2单元', 'DATE'],
  ['16号床患者夜间烦躁', 'DATE'],
  ['坐7号线到医院', 'DATE'],
  ['到2号诊室候诊', 'DATE'],
  ['排队叫到第15号', 'DATE'],
  ['玉林北路3号附1号', 'DATE'],
  ['reported 3/10 pain at rest', 'DATE'],
  ['taken 1/2 tab at night', 'DATE'],
  ['BP 120 / 80 / 60 lying, sitting, standing', 'DATE'],
  ['GCS 13/15, pupils equal', 'DATE'],
  ['3个月中有两次发热', 'DATE'],
  ['Dose: 10-12 units before meals', 'DATE'],
  ['Hb 12-14 09:30 repeat', 'DATE'],
  ['血糖 5-7 12:00 复测', 'DATE'],
  ['穿刺针16号开始进针', 'DATE'],
  ['换5号电池后血糖仪正常', 'DATE'],
  ['21号染色体三体', 'DATE'],
  // places: post-locatives after words that are not places, hospitals named after a place
  ['医生那边说没事', 'ADDRESS'],
  ['公司那边不给假', 'ADDRESS'],
  ['华西那边做的手术', 'ADDRESS'],
  ['在柳州市人民医院住院', 'ADDRESS'],
  ['Parkinson, Boston criteria were met', 'ADDRESS'],
  ['Priya Raman, MD, PA-C', 'ADDRESS'],
  ['Ghana, Nigeria and Kenya report cases', 'ADDRESS'],
  ['Metformin, Aspirin, Atorvastatin', 'ADDRESS'],
];

describe('look-alikes stay', () => {
  for (const [text, type] of KEPT) {
    it(`keeps ${JSON.stringify(text)} free of ${type}`, () => {
      expect(
        detectPhi(text)
          .filter((s) => s.type === type)
          .map((s) => s.text),
      ).toEqual([]);
    });
  }
});

describe('capitals and initials spread only where a name is', () => {
  it('keeps a blood count that spells a name’s initials and a capitalised English word read as a name', () => {
    for (const [text, word] of [
      ['Woman: Fatima Begum Chaudhry\nBloods today: FBC, G&S, ferritin.', 'FBC'],
      ['Seen by Dr Ruth Lee. HOSPICE referral discussed. Plan: DNACPR.', 'HOSPICE'],
    ]) {
      expect(covered(text, word, 0.01), `${word} in ${text}`).toBe(false);
    }
  });
});

describe('readers alone', () => {
  it('mixed names need a known first name and a surname closed by a pause', () => {
    expect(detectMixedNames('CRC：Lucy 许（136）').map((s) => s.text)).toEqual(['Lucy 许']);
    expect(detectMixedNames('Leo 潘生开的药').map((s) => s.text)).toEqual([]);
  });

  it('a day by 号 needs time or an event after it', () => {
    expect(detectDateNeighbours('28号开始发烧').map((s) => s.text)).toEqual(['28号']);
    expect(detectDateNeighbours('28号病房').map((s) => s.text)).toEqual([]);
  });
});
