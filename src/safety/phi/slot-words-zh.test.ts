// The slot wins over the dictionary (slot-words-zh.ts, review s21 D0/D4): a Chinese word that is also a given name is the
// person in a kinship, naming, self-introduction, demographic or sign-off slot; each row has a twin where the same word
// is the sentence's own (a season, an adjective, a holiday, a medicine). Rows from /tmp/probes/deid-s22, written first.
import { describe, expect, it } from 'vitest';
import { touched } from '../../../test/helpers/phi-covered.js';
import { peopleNamed } from './given-name-model.js';
import { detectPhi } from './index.js';
import { slotWordReading } from './slot-words-zh.js';

function covered(text: string, part: string): boolean {
  const spans = detectPhi(text).filter((s) => s.type === 'NAME');
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1))
    for (let k = 0; k < part.length; k++) if (!spans.some((s) => s.start <= at + k && at + k < s.end)) return false;
  return true;
}
const untouched = (text: string, part: string) => !touched(text, part);

describe('a given name that is also a word, in a person’s slot', () => {
  it.each([
    ['我是夏天，今年28岁，最近总是失眠。', '夏天'],
    ['我老公建国，昨晚胸痛，出了一身冷汗。', '建国'],
    ['我儿子夏天发烧了，38度5。', '夏天'],
    ['家属：儿子夏天（电话13800138000）', '夏天'],
    ['我嫂子叫文静，不爱说话，最近情绪低落。', '文静'],
    ['我姐姐叫静，一直头晕。', '静'],
    ['夏天，男，7岁，咳嗽3天。', '夏天'],
    ['谢谢医生，春燕', '春燕'],
    ['谢谢！\n建国', '建国'],
    ['我兒子夏天發燒了三天。', '夏天'],
    ['我老公建華昨晚胸口痛。', '建華'],
    ['我表妹雨涵，16岁，痛经很厉害。', '雨涵'],
    ['我嫂子春花上个月做了剖腹产。', '春花'],
    // review s22 D2: a demonstrative + number + time unit after the season is the clause's time, so the season is the person
    ['我儿子夏天这两天发烧，咳嗽有痰。', '夏天'],
    ['我儿子夏天这几天一直拉肚子。', '夏天'],
    // review s22 D2: a size or order prefix on a kin noun (大儿子, 小女儿, 二姐) is still the kin slot
    ['我大儿子建国，今年40岁，糖尿病。', '建国'],
    ['我小女儿春花上个月做了剖腹产。', '春花'],
    ['我二姐建华昨晚胸口痛。', '建华'],
  ])('%s → %s', (text, name) => expect(covered(text, name), JSON.stringify(detectPhi(text))).toBe(true));
  it.each([
    ['我是夏天开始失眠的，今年28岁。', '夏天'],
    ['我儿子夏天容易中暑，冬天不会。', '夏天'],
    ['我儿子夏天容易中暑，冬天不会。', '冬天'],
    ['我嫂子很文静，不爱说话，最近情绪低落。', '文静'],
    ['谢谢医生，春天来了我再复查。', '春天'],
    ['我妈妈健康状况一直不好。', '健康'],
    ['我爸爸平时血压高。', '平时'],
    ['我儿子明天要手术。', '明天'],
    ['我妈妈冬天手脚冰凉。', '冬天'],
    ['乳腺癌患者术后的饮食要忌嘴。', '术后'],
    ['现在表妹成年了，想做手术。', '成年'],
    ['邻家孩子父母都很正常。', '父母'],
    ['我姐姐叫醒我，说头晕。', '醒'],
    // review s22 D1: a season + event clause that something else makes a time (以后, a second season, a count, 过)
    ['我儿子夏天去海边玩了以后耳朵疼。', '夏天'],
    ['我女儿夏天出了很多痱子，冬天就好了。', '夏天'],
    ['我儿子冬天得了两次肺炎。', '冬天'],
    ['我妈妈秋天摔过一跤，现在腰还痛。', '秋天'],
    ['我儿子夏天一直咳嗽。', '夏天'],
    ['我大儿子夏天容易中暑。', '夏天'],
  ])('%s keeps %s', (text, word) => expect(untouched(text, word), JSON.stringify(detectPhi(text))).toBe(true));
});

describe('a medicine’s name after a kin noun is a person where the clause makes it one', () => {
  it.each([
    ['我女儿美林今天吃了一片药。', '美林'],
    ['我女儿美林一天到晚哭。', '美林'],
    ['我女儿美林吃了布洛芬没退烧。', '美林'],
    ['我儿子泰诺片刻不离手机。', '泰诺'],
  ])('%s → %s', (text, name) => expect(covered(text, name), JSON.stringify(detectPhi(text))).toBe(true));
  it.each([
    ['我儿子泰诺片吃了两片。', '泰诺'],
    ['我女儿美林吃了两次还是烧。', '美林'],
    ['我老公阿司匹林吃了十年。', '阿司匹林'],
  ])('%s keeps %s', (text, word) => expect(untouched(text, word), JSON.stringify(detectPhi(text))).toBe(true));
});

describe('the readings from data', () => {
  it('counts people by their given name in the dictionary’s person entries', () => {
    expect(peopleNamed('建国')).toBeGreaterThanOrEqual(5);
    expect(peopleNamed('身体')).toBe(0);
  });
  it('reads the slot’s word by its class, not its frequency', () => {
    expect(slotWordReading('建国', 'kin')).toBe('name');
    expect(slotWordReading('今天', 'kin')).toBe('word');
    expect(slotWordReading('夏天', 'kin')).toBe('season');
    expect(slotWordReading('夏天', 'naming')).toBe('name');
    expect(slotWordReading('健康', 'kin')).toBe('word');
    expect(slotWordReading('父母', 'naming')).toBe('word');
  });
});

describe('an employer told with a job in Chinese prose (review s21 D4)', () => {
  it.each([
    ['我在字节跳动当产品经理，经常加班胃痛。', '字节跳动'],
    ['她在阿里巴巴做程序员，颈椎不好。', '阿里巴巴'],
    ['我在腾讯当项目经理', '腾讯'],
  ])('%s → %s', (text, name) =>
    expect(
      detectPhi(text).some((s) => s.type === 'EMPLOYER' && s.text === name),
      JSON.stringify(detectPhi(text)),
    ).toBe(true),
  );
  it.each([
    ['我在字节跳动当产品经理，经常加班胃痛。', '产品经理'],
    ['我在医院当护士长，经常夜班。', '医院'],
    ['我在家里做饭，手烫伤了。', '家里'],
  ])('%s keeps %s', (text, word) => expect(untouched(text, word), JSON.stringify(detectPhi(text))).toBe(true));
});
