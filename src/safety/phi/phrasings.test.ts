// Identifier phrasings as records, forms, chats and signatures write them, in both languages: every listed value must
// be redacted (≥ 90 % of its characters) and nothing else in the sentence may be. Written by the detector's author
// after the first bench run (in-sample regression set; first-sight figures come from blind batches only).
import { describe, expect, it } from 'vitest';
import { detectPhi } from './index.js';

const CASES: [string, ...string[]][] = [
 ['患者姓名：欧阳晓峰 性别：男 年龄：93岁', '欧阳晓峰', '93岁'],
 ['家属：刘女士（患者女儿），联系电话 13912345678', '刘女士', '13912345678'],
 ['主治医师：钱立群  记录时间：2024-03-05 14:20', '钱立群', '2024-03-05'],
 ['我妈叫孙桂芝，今年七十多了', '孙桂芝'],
 ['我老婆林小红最近老是头晕', '林小红'],
 ['王大爷家住朝阳区望京西园三区312号楼', '王大爷', '朝阳区望京西园三区312号楼'],
 ['张伟（男，38岁）主诉胸痛', '张伟'],
 ['我是赵敏，孩子叫周子墨，今年5岁', '赵敏', '周子墨'],
 ['宝宝名字叫李沐阳', '李沐阳'],
 ['感谢胡主任和护士长刘梅', '胡主任', '刘梅'],
 ['署名：患者家属 陈建华', '陈建华'],
 ['此致\n敬礼\n病人家属：马国强\n2023年11月2日', '马国强', '2023年11月2日'],
 ['患者于2023年10月8日入院，10月15日出院', '2023年10月8日', '10月15日'],
 ['出生年月：1931年2月', '1931年2月'],
 ['身份证号码：330106 19850312 1234', '330106 19850312 1234'],
 ['联系地址：广东省广州市天河区体育西路103号维多利广场B座2801', '广东省广州市天河区体育西路103号维多利广场B座2801'],
 ['家住江苏省苏州市吴中区木渎镇金山路8号', '江苏省苏州市吴中区木渎镇金山路8号'],
 ['老家是安徽阜阳临泉县的', '安徽阜阳临泉县'],
 ['住在成都市武侯区', '成都市武侯区'],
 ['邮编：310012', '310012'],
 ['手机：139 1234 5678，微信同号', '139 1234 5678'],
 ['微信：wxid_8k2j3h4g5', 'wxid_8k2j3h4g5'],
 ['加我vx：doctor_li2020', 'doctor_li2020'],
 ['QQ：35218876', '35218876'],
 ['社保卡号 P12345678', 'P12345678'],
 ['新农合证号：340121199001011234', '340121199001011234'],
 ['建设银行 6217 0033 1000 1234 567', '6217 0033 1000 1234 567'],
 ['支付宝账号 zhangwei@163.com', 'zhangwei@163.com'],
 ['医师执业证书编码：110110000123456', '110110000123456'],
 ['驾驶证：370102198001011234', '370102198001011234'],
 ['护照号码 G12345678', 'G12345678'],
 ['港澳通行证号码：C01234567', 'C01234567'],
 ['军官证号：军字第0234567号', '军字第0234567号'],
 ['车牌号为沪A·8K2N9', '沪A·8K2N9'],
 ['新能源车牌京AD12345', '京AD12345'],
 ['车辆识别码：LSVNV2182E2123456', 'LSVNV2182E2123456'],
 ['胰岛素泵序列号：MMT-1780-NG12345', 'MMT-1780-NG12345'],
 ['血糖仪编号 SN:GM2023A0188', 'GM2023A0188'],
 ['起搏器型号Medtronic Adapta ADDR01，序列号PJN612345H', 'PJN612345H'],
 ['访问地址 http://10.12.3.45:8080/his/login', 'http://10.12.3.45:8080/his/login'],
 ['服务器IP：172.16.0.12', '172.16.0.12'],
 ['指纹识别编号：FPR-00123', 'FPR-00123'],
 ['人脸识别ID 8f3a9c2e71', '8f3a9c2e71'],
 ['工作单位：中国石化北京燕山分公司', '中国石化北京燕山分公司'],
 ['我在杭州阿里巴巴工作', '阿里巴巴'],
 ['门诊号：MZ-2024-001234；住院号：2024005678；床号：12床', 'MZ-2024-001234', '2024005678', '12床'],
 ['ID：88234571', '88234571'],
 ['学生证号 2019210345', '2019210345'],
 ['档案编号：HZ-0098123', 'HZ-0098123'],
 ['享年96岁', '96岁'],
 ['九十二岁的老奶奶', '九十二岁'],
 ['Patient: John A. Doe, 67 y/o male, MRN 4471239', 'John A. Doe', '4471239'],
 ['Pt name: Garcia, Maria  DOB: 4/7/1952', 'Garcia, Maria', '4/7/1952'],
 ['Seen by Dr. Emily Chen on 03/14/2024.', 'Emily Chen', '03/14/2024'],
 ['Hi, I am Kevin, 34M, from Denver, Colorado', 'Kevin', 'Denver'],
 ['My wife, Sarah Connor, was admitted on Jan. 3rd, 2023 and discharged Jan 9', 'Sarah Connor', 'Jan. 3rd, 2023', 'Jan 9'],
 ['-- Dr. Rajesh Kumar, MD', 'Rajesh Kumar'],
 ['Thanks,\nMike', 'Mike'],
 ['Best regards,\nJennifer Lopez-Hale\nCardiology Associates', 'Jennifer Lopez-Hale'],
 ['Address: 742 Evergreen Terrace, Springfield, OR 97403', '742 Evergreen Terrace, Springfield, OR 97403'],
 ['I live in Cook County, Illinois', 'Cook County'],
 ['We are in Brooklyn, NY 11201', 'Brooklyn, NY 11201'],
 ['phone (617) 555-0198 ext. 23', '(617) 555-0198 ext. 23'],
 ['fax: 617-555-0199', '617-555-0199'],
 ['SSN: 123-45-6789', '123-45-6789'],
 ['social security no. 078 05 1120', '078 05 1120'],
 ['Medicare Beneficiary Identifier: 1EG4-TE5-MK73', '1EG4-TE5-MK73'],
 ['BCBS member # XYZ123456789', 'XYZ123456789'],
 ['Acct: 000123456789', '000123456789'],
 ['Visa 4111 1111 1111 1111', '4111 1111 1111 1111'],
 ["Driver's License: D1234567 (CA)", 'D1234567'],
 ['NPI: 1234567893', '1234567893'],
 ['Passport No. X12345678', 'X12345678'],
 ['VIN: 1FTFW1ET5DFC10312', '1FTFW1ET5DFC10312'],
 ['License plate: 8XYZ123 (California)', '8XYZ123'],
 ['Pacemaker: Medtronic, serial PJN123456H', 'PJN123456H'],
 ['insulin pump S/N: NG1234567H', 'NG1234567H'],
 ['https://mychart.example.org/patient/88123', 'https://mychart.example.org/patient/88123'],
 ['IP address 203.0.113.45', '203.0.113.45'],
 ['fe80::1ff:fe23:4567:890a', 'fe80::1ff:fe23:4567:890a'],
 ['retinal scan ID RS-449812', 'RS-449812'],
 ['Twitter @janedoe_md', '@janedoe_md'],
 ['Works at Boeing as an engineer', 'Boeing'],
 ['employed by Walmart Inc.', 'Walmart Inc.'],
 ['Employee ID: E-20931', 'E-20931'],
 ['a 92 yo woman', '92 yo'],
 ['aged 97', '97'],
 ['DOB 1930-02-11, age 94', '1930-02-11', '94'],
 ['Date of death: 12/25/2023', '12/25/2023'],
 ['Spoke with Linda, his daughter, who said he fell.', 'Linda'],
 ['Tom said the pain started yesterday.', 'Tom'],
 ["I took Emma's temperature", 'Emma'],
 ['My husband and I went to see Dr. Patel.', 'Patel'],
 ['入院记录\n姓名：赵丽华　性别：女　年龄：56岁　民族：汉族\n职业：教师　工作单位：成都市第七中学\n住址：四川省成都市锦江区春熙路街道红星路三段35号\n联系电话：028-86123456\n入院时间：2023-07-12 09:30\n病史陈述者：患者本人', '赵丽华', '成都市第七中学', '四川省成都市锦江区春熙路街道红星路三段35号', '028-86123456', '2023-07-12'],
 ['主治医师：孙文斌 住院医师：李想', '孙文斌', '李想'],
 ['就诊卡号：0012345678 科别：心内科', '0012345678'],
 ['标本编号：20230712-0456 送检医生：王刚', '20230712-0456', '王刚'],
 ['医生你好，我是刘敏的家属，她今年91岁了', '刘敏', '91岁'],
 ['我家在河北省保定市莲池区东关大街128号院3号楼2单元501', '河北省保定市莲池区东关大街128号院3号楼2单元501'],
 ['床位：15床，住院号Z202301', '15床', 'Z202301'],
 ['PATIENT: HERNANDEZ, MARIA L.\nDOB: 07/22/1948\nMRN: 00458812\nADMIT DATE: 03/02/2024\nATTENDING: Robert Chen, MD\nADDRESS: 1420 W Lake St, Minneapolis, MN 55408\nPHONE: (612) 555-0147\nINSURANCE: Medicare #1EG4-TE5-MK72\nEMERGENCY CONTACT: Luis Hernandez (son) 612-555-0199',
   'HERNANDEZ, MARIA L.', '07/22/1948', '00458812', '03/02/2024', 'Robert Chen', '1420 W Lake St, Minneapolis, MN 55408', '(612) 555-0147', '1EG4-TE5-MK72', 'Luis Hernandez', '612-555-0199'],
 ["Hi doc, I'm Jessica (32F). My husband Mark has had a cough. We live in Tulsa.", 'Jessica', 'Mark', 'Tulsa'],
 ['I work at Target and my 94 yr old grandma lives with us since June 3rd', 'Target', '94 yr old', 'June 3rd'],
 ['Apt. 3B, 250 Park Ave S, New York, NY 10003', 'Apt. 3B, 250 Park Ave S, New York, NY 10003'],
 ['seen 12-Mar-2023 and 03/2023', '12-Mar-2023', '03/2023'],
 ['Texas plate ABC-1234; Dexcom transmitter SN 8G4K2L; voice sample ID VS-3321', 'ABC-1234', '8G4K2L', 'VS-3321'],
 ['IG: @jess_runs, my TikTok is jessk92', '@jess_runs', 'jessk92'],
 ['Nurse Kelly and Dr. O\'Neil', 'Kelly', "O'Neil"],
 ['高龄95，享年九十七岁', '95', '九十七岁'],
 ['老公在华为上班，我在一家私企', '华为'],
 ['我女儿小雨今年三岁，儿子叫乐乐', '小雨', '乐乐'],
 ['Patient is a 45-year-old man named Carlos Ruiz. His wife, Mary, and Jane (daughter) came along.', 'Carlos Ruiz', 'Mary', 'Jane'],
 ['Thanks, Jen', 'Jen'],
];

/** Texts whose identifiers are absent: nothing may be redacted. */
const CLEAN = ['孩子小便发黄，宝宝小腿抽筋，儿子小时候', 'a medication named Lipitor', '我是1956年出生的，今年68了', 'HBV-DNA 12345 IU/ml, DNA检测阴性', '我在一家私企上班', '右附件巧克力囊肿5.6×4.5×2.9cm', 'Patient: Thank you, doctor.'];

describe('identifier phrasings (zh and en)', () => {
  it('redacts every listed value and nothing else', () => {
    const problems: string[] = [];
    for (const [text, ...values] of CASES) {
      const spans = detectPhi(text);
      const mask = new Uint8Array(text.length);
      for (const s of spans) mask.fill(1, s.start, s.end);
      const ranges = values.map((v) => {
        const at = text.indexOf(v);
        if (at < 0) throw new Error(`${v} not in ${text}`);
        return [at, at + v.length] as const;
      });
      for (const [i, [a, b]] of ranges.entries()) {
        let n = 0;
        for (let k = a; k < b; k++) n += mask[k];
        if (n / (b - a) < 0.9) problems.push(`missed ${values[i]} in ${text}`);
      }
      for (const s of spans) if (!ranges.some(([a, b]) => s.start < b && a < s.end)) problems.push(`extra ${s.type}:${s.text} in ${text}`);
    }
    expect(problems).toEqual([]);
  });

  it('leaves identifier-free look-alikes alone', () => {
    for (const t of CLEAN) expect(detectPhi(t), t).toEqual([]);
  });
});
