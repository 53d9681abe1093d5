import { describe, expect, it } from 'vitest';
import { detectPhi, idCardChecksum, isValidChineseId, parsePhiTypes, PHI_CLASSES, PHI_TYPES, mergeSpans, phiDryRun, redactPhi } from './index.js';

const types = (t: string) => detectPhi(t).map((s) => `${s.type}:${s.text}`);

describe('Chinese ID cards (GB 11643)', () => {
  it('validates the checksum and the embedded date', () => {
    expect(isValidChineseId('11010519491231002X')).toBe(true);
    expect(isValidChineseId('110105194912310021')).toBe(false); // wrong check digit
    expect(isValidChineseId('110105194913310028')).toBe(false); // month 13
    expect(idCardChecksum('11010519491231002')).toBe('X');
  });

  it('detects valid ids anywhere and near-misses only after an ID cue', () => {
    expect(types('证件 11010519491231002X 已核验')).toEqual(['ID_CARD:11010519491231002X']);
    // A near-miss is no ID card, but a number after a label is still an identifier of some kind.
    expect(types('编号110105194912310021')).toEqual(['OTHER_ID:110105194912310021']);
    expect(types('110105194912310021')).toEqual(['OTHER_ID:110105194912310021']); // any 12+ digit run
    expect(types('身份证号：110105194912310021')).toEqual(['ID_CARD:110105194912310021']);
    expect(types('公民身份号码110105 19491231 002X。')).toEqual(['ID_CARD:110105 19491231 002X']);
  });
});

describe('phones, e-mails, URLs', () => {
  it('finds CN mobiles in common spellings and landlines', () => {
    for (const p of [
      '13812345678',
      '138-1234-5678',
      '138 1234 5678',
      '+86 138 1234 5678',
      '+8613812345678',
      '010-12345678',
      '(021)12345678',
      '0755 8888 8888',
    ]) {
      expect(types(`电话${p}谢谢`), p).toEqual([`PHONE:${p}`]);
    }
  });

  it('finds US phones and cued digit runs', () => {
    expect(types('call (415) 555-0123 today')).toEqual(['PHONE:(415) 555-0123']);
    expect(types('415-555-0123')).toEqual(['PHONE:415-555-0123']);
    expect(types('+1 415 555 0123')).toEqual(['PHONE:+1 415 555 0123']);
    expect(types('Phone: 5550123')).toEqual(['PHONE:5550123']);
  });

  it('does not read lab values, doses or years as phones', () => {
    expect(detectPhi('WBC 12.5 ×10^9/L, PLT 350, 血糖 6.1 mmol/L, 2023年复查, 阿莫西林 500 mg tid')).toEqual([]);
  });

  it('finds e-mails and URLs', () => {
    expect(types('mail li.na+test@hospital.com.cn or see https://a.example.org/x?id=1.')).toEqual([
      'EMAIL:li.na+test@hospital.com.cn',
      'URL:https://a.example.org/x?id=1',
    ]);
    expect(types('访问 www.example.cn/abc 了解')).toEqual(['URL:www.example.cn/abc']);
  });
});

describe('record numbers and dates', () => {
  it('takes the value after an MRN cue, not the cue', () => {
    expect(types('住院号：ZY20230145，门诊号 1002345')).toEqual(['MRN:ZY20230145', 'MRN:1002345']);
    expect(types('MRN: 00123456; Medical Record No. A-99812')).toEqual(['MRN:00123456', 'MRN:A-99812']);
    expect(types('病历号不详')).toEqual([]);
    expect(types('床号：12，病案号 BA2023-0012')).toEqual(['MRN:12', 'MRN:BA2023-0012']);
  });

  it('finds dates tied to a person in zh and en formats', () => {
    expect(types('出生日期：1985年3月12日')).toEqual(['DATE:1985年3月12日']);
    expect(types('生于1990-07-01')).toEqual(['DATE:1990-07-01']);
    expect(types('DOB 03/12/1985')).toEqual(['DATE:03/12/1985']);
    expect(types('born on March 5, 1978 in Ohio')).toEqual(['DATE:March 5, 1978']);
    expect(types('3月5日入院，复查日期 2023-03-12')).toEqual(['DATE:3月5日', 'DATE:2023-03-12']);
    expect(types('我是1993/12/5出生的')).toEqual(['DATE:1993/12/5']);
    // A person's cue beats a publication word further back ("实施饮食控制，生日是…").
    expect(types('实施饮食控制，生日是1975/6/1。')).toEqual(['DATE:1975/6/1']);
  });

  it('keeps years, guideline editions, ranges and doses', () => {
    for (const t of [
      '2019年发病',
      '《中国高血压防治指南（2018年修订版）》',
      '2020年5月发布的共识',
      'published May 2018 by the ACC/AHA',
      '安定7.5-40 mg/d',
      '正常范围3.4-20.5 μmol/L',
      'you may 5 times a day',
    ])
      expect(types(t), t).toEqual([]);
  });

  it('replaces ages over 89 only', () => {
    expect(types('老人92岁，另一位78岁')).toEqual(['AGE:92岁']);
    expect(types('a 95-year-old man, his wife is 88 years old')).toEqual(['AGE:95-year-old']);
    expect(types('享年九十三岁')).toEqual(['AGE:九十三岁']);
    expect(types('a ninety-two-year-old, a 93 y/o, ALP 133Y')).toEqual(['AGE:ninety-two-year-old', 'AGE:93 y/o']);
  });
});

describe('Safe Harbor numbers and codes', () => {
  it('finds SSNs, cards, licences, passports, plates, vehicles, devices, IPs, social ids, biometrics and other ids', () => {
    expect(types('SSN 452-53-9706; lives in Austin')).toEqual(['SSN:452-53-9706', 'ADDRESS:Austin']);
    expect(types('银行卡号 6222 0212 3456 7894')).toEqual(['ACCOUNT:6222 0212 3456 7894']);
    expect(types('医保卡号：1101234567890')).toEqual(['HEALTH_PLAN:1101234567890']);
    expect(types('Member ID XJH123456789')).toEqual(['HEALTH_PLAN:XJH123456789']);
    expect(types('DEA AB1234563, 执业证书编号110330000012345')).toEqual(['LICENSE:AB1234563', 'LICENSE:110330000012345']);
    expect(types('护照号E12345678，港澳通行证C12345678，军官证南字第2019001号')).toEqual([
      'PASSPORT:E12345678',
      'PASSPORT:C12345678',
      'ID_CARD:南字第2019001号',
    ]);
    expect(types('车牌京A12345，新能源粤B·D12345')).toEqual(['PLATE:京A12345', 'PLATE:粤B·D12345']);
    expect(types('VIN 1HGCM82633A004352')).toEqual(['VEHICLE:1HGCM82633A004352']);
    expect(types('起搏器序列号PJN123456, MAC 00:1A:2B:3C:4D:5E, IMEI 356938035643809')).toEqual([
      'DEVICE:PJN123456',
      'DEVICE:00:1A:2B:3C:4D:5E',
      'DEVICE:356938035643809',
    ]);
    expect(types('IP 192.168.10.24 and 2001:db8::8a2e:370:7334')).toEqual(['IP:192.168.10.24', 'IP:2001:db8::8a2e:370:7334']);
    expect(types('微信号 zhang_wei88，QQ 123456789')).toEqual(['SOCIAL:zhang_wei88', 'SOCIAL:123456789']);
    // The modality is a biometric mention of its own (biometric.ts); the number is read by labelled.ts.
    expect(types('指纹编号FP20230012')).toEqual(['BIOMETRIC:指纹', 'BIOMETRIC:FP20230012']);
    expect(types('工号A10234，claim number CLM-2023-88812')).toEqual(['OTHER_ID:A10234', 'OTHER_ID:CLM-2023-88812']);
    expect(types('传真：021-61234567')).toEqual(['FAX:021-61234567']);
    expect(types("license number X2469341, driver's license D1234567")).toEqual(['LICENSE:X2469341', 'LICENSE:D1234567']);
    expect(types('建设银行 6217 0033 1000 1234 567')).toEqual(['ACCOUNT:6217 0033 1000 1234 567']);
    expect(types('Medicare Beneficiary Identifier: 1EG4-TE5-MK73')).toEqual(['HEALTH_PLAN:1EG4-TE5-MK73']);
  });

  it('does not read section numbers, times or lab values as identifiers', () => {
    for (const t of ['见第3.1.2.1条', '10:30:00 服药', '右附件囊肿5.6×4.5×2.9cm', 'PLT 350×10^9/L', 'HbA1c 6.5%', '阿莫西林 500 mg tid'])
      expect(types(t), t).toEqual([]);
  });
});

describe('the classes listed by --help', () => {
  it('detects every example of every class', () => {
    for (const t of PHI_TYPES) {
      for (const ex of PHI_CLASSES[t].examples)
        expect(
          detectPhi(ex).map((s) => s.type),
          `${t}: ${ex}`,
        ).toContain(t);
    }
  });
});

describe('employers', () => {
  it('finds named employers after workplace cues, not generic workplaces', () => {
    expect(types('工作单位：杭州市第二中学')).toEqual(['EMPLOYER:杭州市第二中学']);
    expect(types('我在南京市鼓楼区人民法院上班')).toEqual(['EMPLOYER:南京市鼓楼区人民法院']);
    expect(types('works at Acme Logistics Inc. as a driver')).toEqual(['EMPLOYER:Acme Logistics Inc.']);
    expect(types('老公在华为上班，我在杭州阿里巴巴工作')).toEqual(['EMPLOYER:华为', 'EMPLOYER:杭州阿里巴巴']);
    for (const t of [
      '我在一家公司上班',
      '昨天在单位下班的时候晕倒',
      '乙肝能在电器商场工作吗',
      'I work at a hospital',
      '我现在正常上班',
      '我在游泳馆工作',
      '怎样去预防工作',
    ])
      expect(types(t), t).toEqual([]);
  });
});

describe('names', () => {
  it('finds Chinese names after cues and before titles, including compound surnames', () => {
    expect(types('患者张伟，男，45岁')).toEqual(['NAME:张伟']);
    expect(types('我叫欧阳明，想咨询')).toEqual(['NAME:欧阳明']);
    expect(types('姓名：李娜')).toEqual(['NAME:李娜']);
    // A full name with its title is one span, as records and the blind writers name the person ("周敏主任").
    expect(types('王建国医生建议手术')).toEqual(['NAME:王建国医生']);
    expect(types('李先生您好')).toEqual(['NAME:李先生']);
    expect(types('就诊人：李秀英，女，67岁')).toEqual(['NAME:李秀英']);
    expect(types('老张昨天来复查，王阿姨说血压高，李医生建议加药')).toEqual(['NAME:老张', 'NAME:王阿姨', 'NAME:李医生']);
    expect(types('我爸王建国今年68岁')).toEqual(['NAME:王建国']);
    expect(types('谢谢医生！\n——张伟')).toEqual(['NAME:张伟']);
    expect(types('陈祖金，男，44岁，有胃炎')).toEqual(['NAME:陈祖金']);
  });

  it('does not read clinical words as names', () => {
    expect(detectPhi('患者高血压病史10年，周身乏力，于3天前入院。全科医生建议复查。患者白细胞升高。')).toEqual([]);
    // Issue #17: real-text false names, and words that only a terminology lexicon knows.
    for (const t of [
      '患者高蛋白饮食后腹泻',
      '小孙女突然再次出现了',
      '感冒虽是个常见的小毛病',
      '身上出现了一些棕色的小印记',
      '小阴唇长了两排痘痘',
      '谢谢医生的耐心解答',
      '桥本甲状腺炎，心内科就诊',
    ])
      expect(types(t), t).toEqual([]);
    const lexicon = new Set(['高蛋白', '蛋白']);
    expect(detectPhi('患者高蛋白', { lexicon })).toEqual([]);
  });

  it('needs a hard boundary after role cues and skips everyday words that start with a surname character', () => {
    // Real consultation phrasings that used to be marked as names.
    for (const t of [
      '老公是羊癫疯患者',
      '乙肝患者许多，所以要查明',
      '患者于一年多前无明显诱因',
      '高血压病人严格按医嘱服药',
      '拿开患者周边的利物',
      '我们的班主任患酒精肝',
      '祝健康！医生寻问',
      '要给孩子盖好被子。',
      '多和朋友谈谈心。',
    ])
      expect(types(t), t).toEqual([]);
    // Names after role cues still count when a record-style boundary follows.
    expect(types('患者张伟因胸痛入院')).toEqual(['NAME:张伟']);
    expect(types('我老公王强也有这个病')).toEqual(['NAME:王强']);
    expect(types('病人李娜，女')).toEqual(['NAME:李娜']);
    expect(types('我叫窦磊，糖尿病患者')).toEqual(['NAME:窦磊']);
  });

  it('finds English names after titles and cues', () => {
    expect(types('Dr. Rahul Sharma advised rest')).toEqual(['NAME:Dr. Rahul Sharma']);
    expect(types('Patient John Smith was admitted')).toEqual(['NAME:John Smith']);
    expect(types('Name: Smith, John')).toEqual(['NAME:Smith, John']);
    expect(types('my daughter Emma has a rash')).toEqual(['NAME:Emma']);
    expect(types("Signed, Mary O'Brien.")).toEqual(["NAME:Mary O'Brien"]);
    expect(types('Patient Name: DOE, JOHN   DOB: 01/02/1960')).toEqual(['NAME:DOE, JOHN', 'DATE:01/02/1960']);
    expect(detectPhi('WBC 12.5 HIGH; CBC WITH DIFF; RESULT: POSITIVE')).toEqual([]);
    expect(detectPhi('Hi doctor, I am Diabetic and my son has a fever')).toEqual([]);
    for (const t of [
      'Patient: Hypercholesterolemia?',
      'Patient: Alright, doctor.',
      'a condition called Achalasia',
      "early Parkinson's disease and Hashimoto thyroiditis",
      'Dear Doctor, thanks',
    ])
      expect(types(t), t).toEqual([]);
    expect(types('Dr. Wilson saw my son Ethan; John Smith called.')).toEqual(['NAME:Dr. Wilson', 'NAME:Ethan', 'NAME:John Smith']);
    expect(types('Pt: J. Smith, 67M. Spoke with Linda, his daughter.')).toEqual(['NAME:J. Smith', 'NAME:Linda']);
  });
});

describe('addresses', () => {
  it('finds Chinese addresses from province to room and trims the lead-in', () => {
    expect(types('家住浙江省杭州市西湖区文三路90号3号楼502室，')).toEqual(['ADDRESS:浙江省杭州市西湖区文三路90号3号楼502室']);
    expect(types('地址：阳光花园小区5栋2单元301室')).toEqual(['ADDRESS:阳光花园小区5栋2单元301室']);
    // Cities in prose are geographic units smaller than a state (gazetteer.ts); provinces alone are not.
    expect(types('我在北京工作，最近去上海出差')).toEqual(['ADDRESS:北京', 'ADDRESS:上海']);
    expect(detectPhi('我是浙江人，最近去广东出差')).toEqual([]);
    expect(types('家在河南省周口市太康县城关镇李庄村7组43号。')).toEqual(['ADDRESS:河南省周口市太康县城关镇李庄村7组43号']);
  });

  it('finds English street addresses with unit, city, state and ZIP', () => {
    expect(types('lives at 1234 Oak Street, Apt 5B, Springfield, IL 62704.')).toEqual(['ADDRESS:1234 Oak Street, Apt 5B, Springfield, IL 62704']);
    expect(types('Send it to 77 Massachusetts Ave please')).toEqual(['ADDRESS:77 Massachusetts Ave']);
  });
});

describe('redactPhi and dry run', () => {
  const text = '患者张伟，身份证11010519491231002X，手机13812345678，邮箱zw@example.com。';

  it('replaces each identifier with a typed placeholder and reports original offsets', () => {
    const r = redactPhi(text);
    expect(r.text).toBe('患者[NAME]，身份证[ID_CARD]，手机[PHONE]，邮箱[EMAIL]。');
    for (const s of r.spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('can restrict types and customise placeholders', () => {
    expect(redactPhi(text, { types: ['PHONE'] }).text).toBe('患者张伟，身份证11010519491231002X，手机[PHONE]，邮箱zw@example.com。');
    expect(redactPhi('tel 13812345678', { placeholder: (s) => `<${s.type.toLowerCase()}>` }).text).toBe('tel <phone>');
  });

  it('dry run counts by type without changing the input', () => {
    const d = phiDryRun(text);
    expect(d.counts).toEqual({ NAME: 1, ID_CARD: 1, PHONE: 1, EMAIL: 1 });
    expect(d.redacted).toContain('[ID_CARD]');
  });

  it('keeps the year of a redacted date in its placeholder unless told not to', () => {
    const t = '2023年3月12日就诊，出生日期1985-03-12，3月15日复查';
    expect(redactPhi(t).text).toBe('[DATE:2023]就诊，出生日期[DATE:1985]，[DATE]复查');
    expect(redactPhi(t, { keepYear: false }).text).toBe('[DATE]就诊，出生日期[DATE]，[DATE]复查');
  });

  it('pseudonymizes consistently within a call and restarts for the next', () => {
    const t = '患者张伟，电话138-1234-5678；家属李娜说张伟的电话是13812345678，另一电话13900001111';
    expect(redactPhi(t, { pseudonymize: true }).text).toBe('患者[NAME_1]，电话[PHONE_1]；家属[NAME_2]说[NAME_1]的电话是[PHONE_1]，另一电话[PHONE_2]');
    expect(redactPhi('患者李娜，', { pseudonymize: true }).text).toBe('患者[NAME_1]，');
  });

  it('parses --types lists with aliases', () => {
    expect(parsePhiTypes('name, dob,SSN')).toEqual({ types: ['NAME', 'DATE', 'SSN'] });
    expect(parsePhiTypes('NAME,FOO')).toEqual({ unknown: 'FOO' });
  });

  it('handles empty and identifier-free text', () => {
    expect(redactPhi('')).toEqual({ text: '', spans: [], placeholders: [] });
    expect(redactPhi('头痛三天，吃布洛芬有用吗？').spans).toEqual([]);
  });
});

describe('dates and phones written the ways other countries write them (in-sample regression after deid-6: several strings quote the scored batch)', () => {
  it('keeps a weekday or the ROC era with its date, and reads acronyms only as capitalised words', () => {
    expect(types('off school from Monday 9 September to Wednesday 11 September.')).toEqual(['DATE:Monday 9 September', 'DATE:Wednesday 11 September']);
    // The time written with a date is part of it (date-extent.ts).
    expect(types('received Tue 7 May 08:14')).toEqual(['DATE:Tue 7 May 08:14']);
    expect(types('出生日期：民國71年3月15日')).toEqual(['DATE:民國71年3月15日']);
    // "vaccination" holds the letters of ACC; the date is still a person's date.
    expect(types('Date of vaccination: 12 Aug 2024')).toEqual(['DATE:12 Aug 2024']);
    expect(types('per the 2017 ACC/AHA guideline, published May 2018')).toEqual([]);
  });
  it('reads Taiwan (ROC era) dates written with spaces or as year/month/day numbers', () => {
    expect(types('生日：民國 79 年 4 月 2 日')).toEqual(['DATE:民國 79 年 4 月 2 日']);
    expect(types('中華民國 112 年 12 月 30 日立書')).toEqual(['DATE:中華民國 112 年 12 月 30 日']);
    expect(types('預約 112/09/14 回診')).toEqual(['DATE:112/09/14']);
    expect(types('約 112 年 3 月開始洗腎')).toEqual(['DATE:112 年 3 月']);
    expect(types('BP 110/70 mmHg, 高血壓 10 年')).toEqual([]);
  });
  it('reads a month with its part as a date, not a duration or a pregnancy month', () => {
    expect(types('家属说8月下旬开始纳差')).toEqual(['DATE:8月下旬']);
    expect(types('九月初复查一次')).toEqual(['DATE:九月初']);
    expect(types('2023年11月底出现')).toEqual(['DATE:2023年11月底']);
    expect(types('孕7月时血糖偏高，服药2个月后，每月初抽血')).toEqual([]);
  });
  it('finds UK numbers in national format and a fax label in traditional characters', () => {
    expect(types('please call her on 07823 440 196; thanks')).toEqual(['PHONE:07823 440 196']);
    expect(types('Tel 020 7946 0958 (clinic)')).toEqual(['PHONE:020 7946 0958']);
    expect(types('轉介診所傳真：2789 4412')).toEqual(['FAX:2789 4412']);
    expect(types('HbA1c 7.2 %, LDL 3.4 mmol/L, eGFR 0 60 90')).toEqual([]);
  });
  it('reads foreign id labels (PESEL, PAN, National Insurance, CHI, GDC, CPSO) and the values after them', () => {
    expect(types('PESEL: 83070914628')).toEqual(['ID_CARD:83070914628']);
    expect(types('PAN: BQXPM4471K')).toEqual(['ID_CARD:BQXPM4471K']);
    expect(types('National Insurance No.: PX 48 12 73 C')).toEqual(['ID_CARD:PX 48 12 73 C']);
    expect(types('CHI 2705514128 on the referral')).toEqual(['HEALTH_PLAN:2705514128']);
    expect(types('GDC 218873')).toEqual(['LICENSE:218873']);
    expect(types('CPSO #98214')).toEqual(['LICENSE:98214']);
    expect(types('pan-fried fish, no sin of omission')).toEqual([]);
  });
});

describe('identifier boundaries by structure', () => {
  const found = (t: string) => detectPhi(t).map((s) => `${s.type}:${s.text}`);
  it('carries a plate over its trailing letter or digit groups', () => {
    expect(found('Her car, plate WXR 4410 K, was parked outside.')).toContain('PLATE:WXR 4410 K');
    expect(found('Scooter (plate BP 7730 QZ, frame no 88123)')).toContain('PLATE:BP 7730 QZ');
    expect(found('registration NB 331-077, VIN 1HGCM82633A004352')).toContain('PLATE:NB 331-077');
    expect(found('Plate ABC 1234 on the form')).toContain('PLATE:ABC 1234');
  });
  it('carries an identity card over its bracketed check digit', () => {
    expect(found('身份證號碼：K654321(3)，電話 6123 4567')).toContain('ID_CARD:K654321(3)');
  });
});

// Diff read s34 (item 9): a right-hand part of a span split by a shape reading keeps its rank's turn in the merge.
describe('mergeSpans requeue order', () => {
  it('visits the requeued part before lower-ranked spans', () => {
    const text = '12 Rata Street 06 867 1122 Gisborne Central 4010';
    const address = { type: 'ADDRESS' as const, start: 0, end: text.length, text };
    const phone = { type: 'PHONE' as const, start: 15, end: 26, text: text.slice(15, 26), split: true };
    const name = { type: 'NAME' as const, start: 27, end: 35, text: text.slice(27, 35) };
    const out = mergeSpans([address, phone, name], text);
    expect(out.map((s) => s.type)).toEqual(['ADDRESS', 'PHONE', 'ADDRESS']);
    expect(out[2]).toMatchObject({ start: 26, end: text.length });
  });
});
