import { describe, expect, it } from 'vitest';
import { doseFormName, readByPlainForm } from './dose-form-word.js';
import { namesWithoutPage } from './no-page.js';

// Questions from the batches (q-6 … q-40) and the s40 review's probes; none is needed for the rule, each shows a case.
describe('a name read by its 片/贴 ending, read by the word it ends in', () => {
  it('only names without a drug-stem ending are read here', () => {
    expect(readByPlainForm('氨氯地平片')).toBe(false);
    expect(readByPlainForm('小孩吃薯片')).toBe(true);
    expect(readByPlainForm('布洛芬')).toBe(false);
  });
  it('an everyday two-character word (薯片, 照片, 切片, 钙片) is no medicine: its core is one character', () => {
    expect(doseFormName('小孩吃薯片太多会上火吗', '小孩吃薯片')).toBeUndefined();
    expect(doseFormName('化验单照片发你了，肌酐偏高是肾不好吗', '化验单照片')).toBeUndefined();
    expect(doseFormName('我爸PSA 6.2，医生建议做切片，一定要做吗', '生建议做切片')).toBeUndefined();
    expect(doseFormName('我还天天吃钙片喝豆浆，有影响吗', '还天天吃钙片')).toBeUndefined();
  });
  it('a patch of rash or an X-ray (a count or a lone 片 outside a dose frame) names no medicine', () => {
    expect(doseFormName('湿疹和荨麻疹怎么区分？宝宝身上一片一片的', '身上一片一片')).toBeUndefined();
    expect(doseFormName('身上老起风疹块，一抓一大片，过一会又自己消了', '一抓一大片')).toBeUndefined();
    expect(doseFormName('抓了就连成一片，几个小时又自己消了', '就连成一片')).toBeUndefined();
    expect(doseFormName('拍了片子说骨头没事', '拍了片')).toBeUndefined();
    expect(doseFormName('颧骨那儿长了一片褐色的斑', '那儿长了一片')).toBeUndefined();
    expect(doseFormName('胸口那一片还是火烧一样痛', '胸口那一片')).toBeUndefined();
  });
  it('a count with no evidence of a patch is kept as read: a dose is said in too many ways (s40 review S1)', () => {
    expect(doseFormName('佐匹克隆早晚各一片可以吗', '隆早晚各一片')).toBe('隆早晚各一片');
    expect(doseFormName('坦洛新早上空腹一片行吗', '早上空腹一片')).toBe('早上空腹一片');
    expect(doseFormName('思诺思最多一片', '诺思最多一片')).toBe('诺思最多一片');
    expect(doseFormName('安眠药一片不够能加吗', '安眠药一片')).toBe('安眠药一片');
    expect(doseFormName('3岁孩子偷吃了奶奶一片氨氯地平5mg', '奶奶一片')).toBe('奶奶一片');
  });
  it('a dose keeps the name as read, so a medicine caught only through its dose keeps its warning (s40 review S1)', () => {
    expect(doseFormName('唑吡坦每晚一片能长期吃吗', '吡坦每晚一片')).toBe('吡坦每晚一片');
    expect(doseFormName('他达拉非每次半片有效吗', '拉非每次半片')).toBe('拉非每次半片');
    expect(doseFormName('右佐匹克隆吃了半年了，每晚一片，会上瘾吗', '每晚一片')).toBe('每晚一片');
    expect(doseFormName('思诺思一片不管用，能不能吃两片', '思诺思一片')).toBe('思诺思一片');
    expect(doseFormName('吃短效避孕药第二周漏了一片', '二周漏了一片')).toBe('二周漏了一片');
    expect(doseFormName('肚子一胀就来两片', '一胀就来两片')).toBe('一胀就来两片');
  });
  it('a medicine word keeps its name; leading function words are cut; a salt after its acid stays', () => {
    expect(doseFormName('牛黄解毒片孕妇能吃吗', '牛黄解毒片')).toBe('牛黄解毒片');
    expect(doseFormName('三七片和阿司匹林能一起吃吗', '三七片')).toBe('三七片');
    expect(doseFormName('这个会变肝硬化吗 吃什么护肝片有用', '什么护肝片')).toBe('护肝片');
    expect(doseFormName('喂奶期间可以吃左甲状腺素钠片吗', '甲状腺素钠片')).toBe('甲状腺素钠片');
  });
  it('the no-page note reads names through it (same on chat and search)', () => {
    expect(namesWithoutPage('小孩吃薯片太多会上火吗', [])).toEqual([]);
    expect(namesWithoutPage('宝宝屁股红了一大片，换尿不湿的时候一擦就哭', [])).toEqual([]);
    expect(namesWithoutPage('唑吡坦每晚一片能长期吃吗', [])).not.toEqual([]);
    expect(namesWithoutPage('孩子高烧三天，烧一退身上就起了一片红疹子，是幼儿急疹吗？', [])).toEqual([]);
  });
  it('a brand lozenge and a count after 这/那 or a place word with a medicine named earlier keep the note (s41 review S1)', () => {
    for (const q of [
      '西瓜霜含片一天可以含几片？孕妇能用吗',
      '金嗓子喉片吃多了会怎么样',
      '思诺思这种一片能掰成两半吃吗',
      '速效救心丸那一片含多久起效',
      '右佐匹克隆，我那边还有一片，今晚能吃吗',
      '降压药我身上就带着一片，头晕能先吃吗',
    ])
      expect(namesWithoutPage(q, [])).not.toEqual([]);
  });
});
