// Names without a cue word, read from their slot (name-slots.ts). Sentences written for this test (not from a blind
// batch).
import { describe, expect, it } from 'vitest';
import { covered } from '../../../test/helpers/phi-covered.js';
import { detectPhi } from './index.js';
import { detectNameSlots, personSlotsZh } from './name-slots.js';

const FOUND: [string, ...string[]][] = [
  ['钥匙放在刘阿姨那里了', '刘阿姨'],
  ['年级组长何老师打来电话', '何老师'],
  ['已移交巡警马警官处理', '马警官'],
  ['由隔壁周婶帮忙买菜', '周婶'],
  ['病人姓名：黃志偉（WONG CHI WAI）　性別：男', '黃志偉', 'WONG CHI WAI'],
  ['08:02 淑芬 外婆今天吃不下\n08:05 建宏 我下午過去\n08:09 淑芬 好，帶保溫杯', '淑芬', '建宏'],
  ['3/5/2024 21:10 - Ah Boy: mum ok?\n3/5/2024 21:12 - Ah Boy: call me', 'Ah Boy'],
  ['Beloved mother of Tui and Hemi, Mereana and Pita, and Ngaio.', 'Tui', 'Hemi', 'Mereana', 'Pita', 'Ngaio'],
  ['抄送：孙建国、李秀英和赵志强', '孙建国', '李秀英', '赵志强'],
  ['哀子　黃志明　黃志強\n孝女　黃美玲', '黃志明', '黃志強', '黃美玲'],
  ['由女儿郑丽华陪同就诊。丽华诉母亲夜间咳嗽加重', '郑丽华', '丽华'],
  ['致：心内科 高建平主任\n患者王某', '高建平主任'],
  ['阿布都主任：您好！\n现转诊患者一名', '阿布都主任'],
  ['ngozi: she is awake now\nemeka: thank God\nngozi: doctor says tomorrow\nemeka: ngozi call me', 'ngozi', 'emeka'],
  ['Next of kin: two sons. Chidubem lives in Enugu; Obinna works offshore.', 'Chidubem', 'Obinna'],
  ['Zdzisław Nowak ("Zed") died peacefully.', 'Zed'],
  ['Insured: MENDOZA, CARLITO R.    Age: 58', 'MENDOZA, CARLITO R.'],
  ['姓名（护照）：TRAN VAN MINH　国籍：越南', 'TRAN VAN MINH'],
  ['She leaves her sons Rhys (Ffion) and Owain (Sioned).', 'Rhys', 'Owain'],
  ['入院背景：韦老早年丧偶。韦老今日精神可', '韦老'],
];

const KEPT: string[] = [
  '副主任医师查房，值班医生交班',
  '她的语文老师和历史老师',
  '我的表哥和师姐来看我',
  '心率 08:30 82次/分\n血压 09:30 130/80',
  '转诊医生：\n随访医生：',
  'note: fasting from midnight\nplan: repeat bloods\nnote: consent signed',
  'Metformin was stopped. Insulin will be started.',
  'Emergency contact: ICU NURSE STATION  ext 2210',
  '古老的方法，老人和老年人都适用',
  'Treat it like mother Nature intended.',
];

describe('names read from their slot', () => {
  it.each(FOUND)('%s', (text, ...values) => {
    for (const v of values) expect(covered(text, v), `${v} in ${JSON.stringify(detectPhi(text))}`).toBe(true);
  });

  it.each(KEPT)('no name in: %s', (text) => {
    expect(detectNameSlots(text, undefined, () => false)).toEqual([]);
  });
});

// A surname in a person's slot read by word boundaries (personSlotsZh): the surname is a word of its own (no dictionary
// word holds or opens at it) before a title, alone after a role or in a duty field, or after 姓.
const SLOT_FOUND: [string, string][] = [
  ['昨天药房窗口韦医生说明天再来', '韦医生'],
  ['刚才冉医生打电话来问结果', '冉医生'],
  ['后来曾主任看了片子说不用手术', '曾主任'],
  ['夜里巡房的护士葛（工号N2210）给我换了药', '葛'],
  ['跟值班护士龚说了好几次', '龚'],
  ['复核：谭　发药：—', '谭'],
  ['接诊的那个医生姓薛，戴眼镜', '薛'],
  ['一个姓阎的护工晚上来帮忙', '阎'],
  ['去年冬天舅妈跟老伴老钟搬去了乡下', '老钟'],
  ['车间里都叫他小谭，人很勤快', '小谭'],
  ['早上保洁员老葛发现后打了120', '老葛'],
  ['老廖本人表示不想再化疗', '老廖'],
];
const SLOT_KEPT: string[] = [
  '值班护士说明天再换药',
  '全科医生建议复查血常规',
  '她去看中医师开了几副药',
  '老百姓说这种病不用治',
  '我说等医生谈。她没回',
  '建议您就诊于医生，进行检查',
  '公卫医生上门随访',
  '请问您贵姓？',
  '最近炖汤老喝不完',
  '姓名：　　性别：',
  '护士：是，已执行',
  '最近听老师说孩子上课走神',
  '从小黄疸就比别人重',
  '价格叫得老高，一针七百',
  '韭菜切成小段，豆芽洗净',
  '孩子在幼儿园上小班',
  '家里请了保姆小时工',
];

describe('surnames read by their place among words', () => {
  it.each(SLOT_FOUND)('%s', (text, value) => {
    expect(covered(text, value), `${value} in ${JSON.stringify(detectPhi(text))}`).toBe(true);
  });

  it.each(SLOT_KEPT)('no name in: %s', (text) => {
    expect(personSlotsZh(text)).toEqual([]);
    expect(detectPhi(text).filter((s) => s.type === 'NAME')).toEqual([]);
  });

  // s38: traditional text is read on its full simplified folding, so the dictionary's word boundaries hold there too.
  it('reads traditional text on its folding: a surname before a title, no word read as a name', () => {
    for (const text of ['建議已送各處方醫師參考', '轉介社康護士家訪一次', '值班醫生說明天再複查血常規。', '中醫師開了七帖中藥。'])
      expect(detectPhi(text).filter((s) => s.type === 'NAME')).toEqual([]);
    for (const [text, value] of [
      ['主治醫師為蕭醫師，今日門診未查房。', '蕭'],
      ['朋友推薦陳醫師但掛不到號', '陳'],
      ['我阿媽話想搵返上次嗰個梁姑娘幫佢換藥。', '梁'],
      ['昨天門診的鄭醫師說要再抽血。', '鄭'],
    ])
      expect(covered(text, value), value).toBe(true);
  });

  // Review s38 (S2): a character that is a surname only after folding (週 week, 鐘 clock), and Cantonese 仲 ("still").
  it('reads no surname that exists only on the folding, nor Cantonese 仲', () => {
    for (const text of ['術後第2週醫師評估傷口癒合良好。', '等咗半個鐘醫生先嚟。', '醫生仲講要戒煙戒酒。'])
      expect(detectPhi(text).filter((s) => s.type === 'NAME')).toEqual([]);
    for (const [text, value] of [
      ['術後第2週鍾醫師評估傷口癒合良好。', '鍾'],
      ['轉介周醫生跟進。', '周'],
    ])
      expect(covered(text, value), value).toBe(true);
  });

  it('reads a folded surname only where the text before it closes a word (s38: 社|康护士 is the community nurse)', () => {
    expect(personSlotsZh('转介社康护士家访一次', undefined, true)).toEqual([]);
    expect(personSlotsZh('社区蔡医生说要复查', undefined, true).map((s) => s.text)).toEqual(['蔡医生']);
    expect(personSlotsZh('急呼刘主任来会诊', undefined, true).map((s) => s.text)).toEqual(['刘主任']);
    // Simplified text keeps the older reading.
    expect(personSlotsZh('我加了管床吴医生的微信').map((s) => s.text)).toEqual(['吴医生']);
  });

  it('fills only text no other reader claimed: 小白医生 stays one name', () => {
    const text = '就是那个戴眼镜的小白医生，人挺好';
    expect(covered(text, '小白医生')).toBe(true);
  });
});

describe('a full name found once is the same name where only its given name was read', () => {
  it.each([['患者：龚雨桐　女　35岁\n诊断：高血压\n配送信息：收件人龚雨桐　13957066612'], ['接种人：冼子墨\n2023-01-05　左上臂　　　冼子墨\n乙肝疫苗']])(
    '%s',
    (text) => {
      const names = detectPhi(text).filter((s) => s.type === 'NAME');
      expect(names.length).toBe(2);
      expect(
        names.every((s) => s.text.length === 3),
        JSON.stringify(names),
      ).toBe(true);
    },
  );
});

// s37: a surname + title the dictionary lists as a person word (陈医生, 刘阿姨: tag nr) is the same person slot; a
// frequent one is a brand or a shop (康师傅, 李先生 noodles) and stays.
describe('a surname + title that the dictionary lists as one word', () => {
  it.each([
    ['朋友推荐陈医生但挂不上号', '陈医生'],
    ['出院后刘阿姨每天来帮忙', '刘阿姨'],
    ['今天早上李医生跟我说可以出院了', '李医生'],
  ])('%s', (text, value) => {
    expect(personSlotsZh(text).some((s) => s.text === value)).toBe(true);
  });
  it.each([
    ['晚上吃了康师傅泡面', '康师傅'],
    ['楼下新开了一家李先生牛肉面', '李先生'],
  ])('%s keeps %s', (text, value) => {
    expect(personSlotsZh(text).some((s) => s.text.includes(value[0]))).toBe(false);
  });
});
