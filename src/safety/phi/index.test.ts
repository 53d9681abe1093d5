import { describe, expect, it } from 'vitest';
import { detectPhi, idCardChecksum, isValidChineseId, phiDryRun, redactPhi } from './index.js';

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
    expect(types('编号110105194912310021')).toEqual([]);
    expect(types('身份证号：110105194912310021')).toEqual(['ID_CARD:110105194912310021']);
    expect(types('公民身份号码110105 19491231 002X。')).toEqual(['ID_CARD:110105 19491231 002X']);
  });
});

describe('phones, e-mails, URLs', () => {
  it('finds CN mobiles in common spellings and landlines', () => {
    for (const p of ['13812345678', '138-1234-5678', '138 1234 5678', '+86 138 1234 5678', '+8613812345678', '010-12345678', '(021)12345678', '0755 8888 8888']) {
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
    expect(detectPhi('WBC 12.5 ×10^9/L, PLT 350, 血糖 6.1 mmol/L, 2023年3月复查, 阿莫西林 500 mg tid')).toEqual([]);
  });

  it('finds e-mails and URLs', () => {
    expect(types('mail li.na+test@hospital.com.cn or see https://a.example.org/x?id=1.')).toEqual([
      'EMAIL:li.na+test@hospital.com.cn',
      'URL:https://a.example.org/x?id=1',
    ]);
    expect(types('访问 www.example.cn/abc 了解')).toEqual(['URL:www.example.cn/abc']);
  });
});

describe('record numbers and dates of birth', () => {
  it('takes the value after an MRN cue, not the cue', () => {
    expect(types('住院号：ZY20230145，门诊号 1002345')).toEqual(['MRN:ZY20230145', 'MRN:1002345']);
    expect(types('MRN: 00123456; Medical Record No. A-99812')).toEqual(['MRN:00123456', 'MRN:A-99812']);
    expect(types('病历号不详')).toEqual([]);
  });

  it('finds birth dates in zh and en formats', () => {
    expect(types('出生日期：1985年3月12日')).toEqual(['DOB:1985年3月12日']);
    expect(types('生于1990-07-01')).toEqual(['DOB:1990-07-01']);
    expect(types('DOB 03/12/1985')).toEqual(['DOB:03/12/1985']);
    expect(types('born on March 5, 1978 in Ohio')).toEqual(['DOB:March 5, 1978']);
    expect(types('复查日期 2023-03-12')).toEqual([]);
    expect(types('我是1993/12/5出生的')).toEqual(['DOB:1993/12/5']);
  });
});

describe('names', () => {
  it('finds Chinese names after cues and before titles, including compound surnames', () => {
    expect(types('患者张伟，男，45岁')).toEqual(['NAME:张伟']);
    expect(types('我叫欧阳明，想咨询')).toEqual(['NAME:欧阳明']);
    expect(types('姓名：李娜')).toEqual(['NAME:李娜']);
    expect(types('王建国医生建议手术')).toEqual(['NAME:王建国']);
    expect(types('李先生您好')).toEqual(['NAME:李']);
  });

  it('does not read clinical words as names', () => {
    expect(detectPhi('患者高血压病史10年，周身乏力，于3天前入院。全科医生建议复查。患者白细胞升高。')).toEqual([]);
  });

  it('needs a hard boundary after role cues and skips everyday words that start with a surname character', () => {
    // Real consultation phrasings that used to be marked as names.
    for (const t of ['老公是羊癫疯患者', '乙肝患者许多，所以要查明', '患者于一年多前无明显诱因', '高血压病人严格按医嘱服药', '拿开患者周边的利物', '我们的班主任患酒精肝', '祝健康！医生寻问', '要给孩子盖好被子。', '多和朋友谈谈心。'])
      expect(types(t), t).toEqual([]);
    // Names after role cues still count when a record-style boundary follows.
    expect(types('患者张伟因胸痛入院')).toEqual(['NAME:张伟']);
    expect(types('我老公王强也有这个病')).toEqual(['NAME:王强']);
    expect(types('病人李娜，女')).toEqual(['NAME:李娜']);
    expect(types('我叫窦磊，糖尿病患者')).toEqual(['NAME:窦磊']);
  });

  it('finds English names after titles and cues', () => {
    expect(types('Dr. Rahul Sharma advised rest')).toEqual(['NAME:Rahul Sharma']);
    expect(types('Patient John Smith was admitted')).toEqual(['NAME:John Smith']);
    expect(types('Name: Smith, John')).toEqual(['NAME:Smith, John']);
    expect(types('my daughter Emma has a rash')).toEqual(['NAME:Emma']);
    expect(types("Signed, Mary O'Brien.")).toEqual(["NAME:Mary O'Brien"]);
    expect(types('Patient Name: DOE, JOHN   DOB: 01/02/1960')).toEqual(['NAME:DOE, JOHN', 'DOB:01/02/1960']);
    expect(detectPhi('WBC 12.5 HIGH; CBC WITH DIFF; RESULT: POSITIVE')).toEqual([]);
    expect(detectPhi('Hi doctor, I am Diabetic and my son has a fever')).toEqual([]);
  });
});

describe('addresses', () => {
  it('finds Chinese addresses from province to room and trims the lead-in', () => {
    expect(types('家住浙江省杭州市西湖区文三路90号3号楼502室，')).toEqual(['ADDRESS:浙江省杭州市西湖区文三路90号3号楼502室']);
    expect(types('地址：阳光花园小区5栋2单元301室')).toEqual(['ADDRESS:阳光花园小区5栋2单元301室']);
    expect(detectPhi('我在北京工作，最近去上海出差')).toEqual([]);
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

  it('optionally redacts every full date, keeping birth dates typed as DOB', () => {
    const t = '2023年3月12日就诊，出生日期1985-03-12，03/15/2024复查';
    expect(redactPhi(t).text).toBe('2023年3月12日就诊，出生日期[DOB]，03/15/2024复查');
    expect(redactPhi(t, { dates: true }).text).toBe('[DATE]就诊，出生日期[DOB]，[DATE]复查');
  });

  it('handles empty and identifier-free text', () => {
    expect(redactPhi('')).toEqual({ text: '', spans: [] });
    expect(redactPhi('头痛三天，吃布洛芬有用吗？').spans).toEqual([]);
  });
});
