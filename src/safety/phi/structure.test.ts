// Structure-aware detection (structure.ts, places.ts) through detectPhi: identifiers found by the slot a document
// puts them in. Phrasings written for these tests (not taken from any blind batch); each case lists the values that
// must be redacted, and the clinical look-alikes below must come out untouched.
import { describe, expect, it } from 'vitest';
import { detectPhi } from './index.js';

const covered = (text: string, value: string): boolean => {
  const at = text.indexOf(value);
  if (at < 0) throw new Error(`test value ${value} not in ${text}`);
  const spans = detectPhi(text);
  let n = 0;
  for (let i = at; i < at + value.length; i++) if (spans.some((s) => s.start <= i && i < s.end)) n++;
  return n / value.length >= 0.9;
};

const CASES: [string, string[]][] = [
  // Chinese: role-labelled fields, role nouns, demographics, brackets, signatures, speakers, titles
  ['输血记录\n受血者：甘雨菲　血型：A型', ['甘雨菲']],
  ['理赔材料\n被保险人：韩子墨，证件类型：居民身份证', ['韩子墨']],
  ['家长：蔺长河\n联系电话见档案', ['蔺长河']],
  ['门诊日志\n卓嘉树，男，37岁，咳嗽2周。', ['卓嘉树']],
  ['兹有钱立平，女，45岁，因腰痛休息一周。', ['钱立平']],
  ['夜班：\n9床　郎振华　男　86岁', ['郎振华', '9床']],
  ['随访：村医格桑负责送药上门。', ['格桑']],
  ['患者阿依努尔·吐尔逊，女，33岁', ['阿依努尔·吐尔逊']],
  ['值班护士芮欣然（工号N3301）已交接', ['芮欣然', 'N3301']],
  ['Amy Wong（王美仪），女，40岁', ['王美仪']],
  ['孩子小名“豆豆”，怕打针。', ['豆豆']],
  ['谢谢您的耐心解答！\n——乔玉兰　139 0011 2233', ['乔玉兰']],
  ['【复诊提醒】裴先生，您预约的门诊在周三上午。', ['裴']],
  ['其父岳建业术后恢复顺利。', ['岳建业']],
  ['参保地：四川省绵阳市涪城区\n就医地：北京市海淀区', ['四川省绵阳市涪城区', '北京市海淀区']],
  ['配送至河南省洛阳市西工区中州路128号3单元502', ['河南省洛阳市西工区中州路128号3单元502']],
  ['患者在中铁十局济南分公司开挖掘机，长期接触粉尘。', ['中铁十局济南分公司']],
  ['用人单位：宁波港通码头装卸有限公司\n岗位：叉车司机', ['宁波港通码头装卸有限公司']],
  ['案号（2023）京0105民初第1234号，鉴定意见如下', ['（2023）京0105民初第1234号']],
  ['家属在抖音（账号ml_zhang2019）发了视频', ['ml_zhang2019']],
  ['微博上@小橘子不吃药 发帖求助', ['@小橘子不吃药']],
  ['台湾居民来往大陆通行证07781234，有效期至2030年', ['07781234']],
  // English: fields, roles, positions, vocatives, credentials, organisations, places, ages, plates, handles, ids
  ['INTAKE\nClaimant: Priscilla Oyelaran   Claim #: 77', ['Priscilla Oyelaran']],
  ['Visit ended. Witness: Ignatius Folau. Next visit in two weeks.', ['Ignatius Folau']],
  ['Escorted by attorney Marguerite Ellsworth to the interview room.', ['Marguerite Ellsworth']],
  ['Thelma Radcliffe, 96, admitted from home with a fall.', ['Thelma Radcliffe', '96']],
  ['Handed over to Bea, RN, at 19:00.', ['Bea']],
  ['Signed,\nQuentin Abernathy, PharmD', ['Quentin Abernathy']],
  ['RX# 5518802\nOKAFOR, CHINEDU\n77 E 2ND ST, FARGO ND 58102', ['OKAFOR, CHINEDU', '77 E 2ND ST, FARGO ND 58102']],
  ['She is a line cook at Golden Lotus Bistro & Grill on weekends.', ['Golden Lotus Bistro & Grill']],
  ['He drives for Prairie Wind Freight Lines out of Omaha.', ['Prairie Wind Freight Lines']],
  ['Mailing address: 900 Q St NW, Suite 12, Washington, DC 20001', ['900 Q St NW, Suite 12, Washington, DC 20001']],
  ['Crash on I-80 near mile marker 112, Laramie, WY', ['I-80 near mile marker 112', 'Laramie, WY']],
  ['Her grandfather, Anselm Brookfield, is 93 and lives alone.', ['Anselm Brookfield', '93']],
  ['Tow truck plate KJV 4410 left the lot.', ['KJV 4410']],
  ['Messaged on Discord user frostbyte_77 about the meetup.', ['frostbyte_77']],
  ['Posted on her page @lily.bakes.2009 last week.', ['@lily.bakes.2009']],
  ['Study subject NRX-0091 completed the visit.', ['NRX-0091']],
  ['Palm vein template PVT-2210-88 enrolled at the kiosk.', ['PVT-2210-88']],
  ['CDL OK 99120345, restricted to intrastate.', ['OK 99120345']],
  ['Infant Baby Boy Nakamura (MRN 4410922) in NICU.', ['Nakamura']],
  ['Parents Ikenna and Ngozi Eze were at the bedside.', ['Ikenna', 'Ngozi Eze']],
];

/** Clinical text that must stay: eponyms, drugs, departments, lab values with units, guideline years, ages ≤ 89. */
const CLEAN = [
  '患者男，67岁，帕金森病5年，服用多巴丝肼片125mg tid。',
  '桥本甲状腺炎，TSH 8.2 mIU/L，左甲状腺素钠25μg qd。',
  '心内科会诊：建议阿托伐他汀20mg qn，复查血脂。',
  '参照《中国2型糖尿病防治指南（2020年版）》，HbA1c目标<7%。',
  '孕妇和胎儿的健康都很重要，患者常常感到焦虑。',
  '总IgE的正常值范围是0-100IU/ml。',
  'CYP2C19 poor metabolizer; consider prasugrel per 2021 ACC/AHA guideline.',
  'Parkinson disease, on carbidopa-levodopa 25/100 three times daily.',
  'Finally, we may repeat the CBC. Afterwards, you can eat normally.',
  'Started Loestrin Fe (norethindrone) and Black Cohosh for hot flashes.',
  'Heart rate was 95, saturation 92% on room air; patient is 78 years old.',
  'Referred to Cardiology Clinic at Mercy General for echo.',
  'c.68_69delAG variant in BRCA1, HER2 negative, Ki-67 20%.',
];

describe('structure-aware detection', () => {
  for (const [text, values] of CASES) {
    it(`redacts ${values.join(', ')}`, () => {
      for (const v of values) expect(covered(text, v), `${v} in ${text} → ${JSON.stringify(detectPhi(text))}`).toBe(true);
    });
  }
  it('keeps clinical look-alikes', () => {
    for (const t of CLEAN) expect(detectPhi(t), t).toEqual([]);
  });
});
