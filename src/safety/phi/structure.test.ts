// Structure-aware detection (structure.ts, places.ts) through detectPhi: identifiers found by the slot a document
// puts them in. Phrasings written for these tests (not taken from any blind batch); each case lists the values that
// must be redacted, and the clinical look-alikes below must come out untouched.
import { describe, expect, it } from 'vitest';
import { detectPhi } from './index.js';
import { covered } from '../../../test/helpers/phi-covered.js';

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
  // A name set apart by spaces after a person word (forms, Hong Kong and Taiwan writing).
  ['現場由交通警 歐陽志明（警號 77120）處理', ['歐陽志明']],
  ['緊急聯絡人：女兒 梁何淑儀 9123 4567', ['梁何淑儀']],
  ['转介社工 蓝晓薇 跟进家访', ['蓝晓薇']],
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
  // Shapes added after the deid-3 first sight (written here, not copied from the batch)
  ['联系电话：１３９２２４４６６７１，请保持畅通', ['１３９２２４４６６７１']],
  ['Signed off by R. Castellanos, RN at 07:00.', ['R. Castellanos']],
  ['Member: ABERNATHY, Clara J.    Plan: PPO', ['ABERNATHY, Clara J.']],
  ['Subject 14: Soo-ah Kang   Visit 3', ['Soo-ah Kang']],
  ['Driver Ahmad Faiz bin Hassan, 41, was belted.', ['Ahmad Faiz bin Hassan']],
  ['Winifred Osei (goes by Winnie), 92, lives alone.', ['Winifred Osei', 'Winnie', '92']],
  ['由其外孙女贺佳宁代诉病史。', ['贺佳宁']],
  ['医生您好，我是朵朵她妈，孩子大名叶思琪。', ['朵朵', '叶思琪']],
  ['送检人：护士小柯', ['小柯']],
  ['患者：Tan, Mei Lin（陈美琳）  性别：女', ['Tan, Mei Lin', '陈美琳']],
  ['外卖骑手（饿了么蜂鸟）', ['饿了么蜂鸟']],
  ['系杭州市第一人民医院检验科技师，工号H2231', ['杭州市第一人民医院']],
  ['原告吴某与被告宁波海运物流有限公司劳动争议', ['宁波海运物流有限公司']],
  ['He works weekends at the Riverbend Poultry plant.', ['Riverbend Poultry']],
  ['Her son is in third grade at Maplewood Elementary School now.', ['Maplewood Elementary School']],
  ['HKID: K927361(5)', ['K927361(5)']],
  ['NRIC S8812345D; IC 880512-14-6623', ['880512-14-6623']],
  ['Docket 3:22-cv-00981-KLM filed', ['3:22-cv-00981-KLM']],
  ['Can I move it to Tuesday, June 4? Or on the 11th?', ['Tuesday, June 4', 'the 11th']],
  ['Form DOB: 03 15 1958', ['03 15 1958']],
  ['Please ring 0161 496 0000 or 07700 900123.', ['07700 900123']],
  ['Dexcom receiver (7HQ2LM) replaced', ['7HQ2LM']],
  ['住新疆伊犁哈萨克自治州伊宁县吉里于孜镇', ['新疆伊犁哈萨克自治州伊宁县吉里于孜镇']],
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
  'Potassium 5.2 mmol/L. Creatinine 88 µmol/L. Repeat on day 4 of the 2nd cycle.',
  '检查结果：胆红素偏高，嘱定期检查肝功能。',
  'Pioglitazone (Actos) and sitagliptin (Januvia) were continued.',
  '病人 高血压 二级，责任护士 上午 查房，医生 高度 怀疑，家属 要求 出院。',
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
