import { describe, expect, it } from 'vitest';
import { TOXIC_AGENTS } from '../../knowledge/toxic-agents.js';
import { triageDetail } from '../triage.js';
import { readToxicExposures } from './toxic-exposure.js';

// Session 18 (triage #19): poisons whose danger is delayed or hidden read routine at first sight in s17 (a wild
// mushroom meal that "got better", hydrofluoric acid that hurt only hours later). The agents come from a knowledge table
// (src/knowledge/toxic-agents.ts, each row citing its disease-KG entry); the probes below were written before the reader.
describe('an exposure to a delayed- or hidden-danger poison', () => {
  it.each([
    ['前天晚上吃了自己采的蘑菇 第二天早上开始拉肚子吐 现在不吐了 感觉好点了 还用去医院吗', 'wild-mushroom'],
    ['在云南吃了野生菌 过了8个小时才开始吐 现在好多了', 'wild-mushroom'],
    ['我爸昨天吃了山上捡的菌子 今天上吐下泻', 'wild-mushroom'],
    ['we picked mushrooms in the woods and had them for dinner saturday. I was sick all sunday but today I feel much better, just tired', 'wild-mushroom'],
    ['ate some foraged mushrooms about 10 hours ago and now vomiting and diarrhoea', 'wild-mushroom'],
    ['my 4yo ate a couple of mushrooms growing on our lawn about an hour ago, seems totally fine, do we need to do anything?', 'wild-mushroom'],
    ["just curious really, my dad ate mushrooms he picked on his walk yesterday and was sick all night, he's fine now, is that normal?", 'wild-mushroom'],
    ['工作时手上沾了一点氢氟酸 当时没感觉 晚上手指疼得厉害', 'hydrofluoric-acid'],
    ['got hydrofluoric acid on my fingers at work this morning, washed it off, now hours later the pain is unbearable', 'hydrofluoric-acid'],
    ['splashed some wheel cleaner with HF in it on my hand, nothing to see but the pain keeps getting worse', 'hydrofluoric-acid'],
    ['用洗轮毂的酸（含氢氟酸）手上溅到了一点 冲了水 现在不怎么疼 明天再去医院可以吗', 'hydrofluoric-acid'],
    [
      'hypothetically if someone had splashed hydrofluoric acid on their hand an hour ago and it only stings a bit, do they need the ER? asking for me',
      'hydrofluoric-acid',
    ],
    ['昨晚喝了半斤散装白酒 朋友说可能是假酒 现在眼睛看东西模糊', 'toxic-alcohol'],
    ['老公喝了工友带的散装酒 工友说是工业酒精兑的 现在还好 就是头有点晕', 'toxic-alcohol'],
    ["lol so I drank a bit of screenwash by accident thinking it was my water bottle, tastes gross but i'm fine", 'toxic-alcohol'],
    ['孩子吃了几颗蓖麻子 现在看着没事', 'castor-bean'],
    ['我儿子三岁 在奶奶家嚼了两颗蓖麻子 吐出来了 现在玩得好好的 应该没事吧', 'castor-bean'],
    ['my son (5) chewed some castor beans from the garden', 'castor-bean'],
    ['我妈听说能明目 生吞了一个草鱼胆 现在有点恶心', 'fish-gallbladder'],
    ['my mum swallowed a raw carp gallbladder because she read it helps eyesight, now vomiting', 'fish-gallbladder'],
    ['喝了自己泡的草乌药酒 嘴巴发麻 心慌', 'aconite'],
  ])('%s → emergency (%s)', (text, agent) => {
    expect(readToxicExposures(text).map((e) => e.agent.id)).toContain(agent);
    const d = triageDetail(text);
    expect(d.level).toBe('emergency');
    expect(d.reasons).toContain(`delayed-poison-${agent}`);
  });

  // Named, asked about, bought in a shop, denied, an animal's, a story's, long past or treated: no exposure read.
  it.each([
    ['超市买的香菇炒肉 吃完有点胀气'],
    ['吃了平菇会过敏吗'],
    ['野生菌怎么做才安全？哪些能吃'],
    ['吃野生菌会中毒吗 我下个月想去云南旅游'],
    ['氢氟酸为什么能腐蚀玻璃 化学课的问题'],
    ['工厂里用氢氟酸要戴什么手套'],
    ['what mushrooms are safe to forage in the UK?'],
    ['we had shop-bought mushrooms in a risotto last night, bit of an upset tummy today'],
    ['is antifreeze poisonous to cats? we keep some in the garage'],
    ['years ago I got really sick from a bad mushroom, now I am scared of eating any mushrooms, is that a phobia?'],
    ['电视剧里有人喝防冻液 真的会死吗'],
    ['does glass etching cream with hydrofluoric acid need special gloves?'],
    ['我吃了鸡枞菌 是在菜市场买的 很好吃 可以多吃吗'],
    ['the kids want to go mushroom picking this weekend, any tips to keep them safe?'],
    ['我家狗吃了院子里的蘑菇 吐了两次'],
    ['我们在山上采了一篮蘑菇 还没吃 怎么分辨有没有毒'],
    ['附子理中丸吃了三天 有点上火 嘴里起泡'],
    ['杀鱼的时候鱼胆破了 吃了鱼 肉有点苦 要紧吗'],
    ['化学实验课老师说氢氟酸不能碰 我们都没碰 就是闻到味道有点刺鼻'],
    ['HF patients should limit fluids, my dad has HF and drank 3 litres today, is that bad?'],
    ['新闻里说有人喝了假酒失明了 假酒和真酒怎么区分'],
    ['腌菜放久了亚硝酸盐会超标吗 我昨天吃了一些 有点胃疼'],
    ['got a drop of hydrofluoric acid on my glove in the lab, glove was intact, skin not touched, do I need to do anything?'],
    ['上个月吃野生菌中毒住院了 现在治好出院了 想问问多久复查一次肝功能'],
    ['I ate some castor oil for constipation yesterday and have had diarrhoea all day'],
    ['小时候吃过毒蘑菇 现在一看到蘑菇就怕 正常吗'],
    ['川乌草乌能不能泡酒 听说有毒'],
    ['ate some wild garlic I foraged in the woods, tastes great, can I freeze it?'],
    ['spilled antifreeze on my hands topping up the car, washed off with soap, any risk?'],
  ])('%s → no exposure read', (text) => {
    expect(readToxicExposures(text)).toEqual([]);
  });

  it('an adult who ate wild mushrooms and feels well is urgent (poison control now), not routine', () => {
    // (The English 'ate … wild mushrooms' is already an emergency by the older poisoning sign; the Chinese is read here only.)
    const d = triageDetail('我中午吃了在公园采的蘑菇 现在没什么症状 要担心吗');
    expect(d.level).toBe('urgent');
    expect(d.reasons).toContain('possible-poison-wild-mushroom');
  });

  it('every agent cites its source and has a latent span', () => {
    for (const a of TOXIC_AGENTS) {
      expect(a.source.length).toBeGreaterThan(10);
      expect(a.latentHours[0]).toBeLessThanOrEqual(a.latentHours[1]);
      expect(a.zh.length + a.en.length).toBeGreaterThan(0);
    }
  });
});
