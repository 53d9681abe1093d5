import { describe, expect, it } from 'vitest';
import { ONE_PILL_CLASSES, TOXIC_AGENTS } from '../../knowledge/toxic-agents.js';
import { triageDetail } from '../triage.js';
import { readLevelDrop } from './level-drop.js';
import { dangerLevel, readToxicExposures } from './toxic-exposure.js';

// Session 19 (triage #19, knowledge): the poison table made complete for its closed domain (the poison centres' "one
// pill / one sip can kill a toddler" list, the common poisonous plants, fungi and animals of China and the English-speaking
// world, household and agricultural chemicals), each with the amount that makes it dangerous for a child and an adult
// and whether its course is delayed; physical signs read as a part × a change (sign-grammar.ts); a bottle's level read
// as arithmetic (level-drop.ts). The probes below were written in /tmp/probes/triage-knowledge before the code was,
// in both languages with variants (traditional characters, brands, slang, word order); 3 left failing are listed in
// the session's report (a weird retraction, and two over-calls of older rules).

/** The brief's list of agents, each a name a message uses: every one must be read by the table or a one-pill class. */
const REQUIRED = [
  ['断肠草', '钩吻', 'gelsemium'],
  ['相思豆', '相思子', 'rosary pea'],
  ['夹竹桃', 'oleander'],
  ['曼陀罗', 'datura'],
  ['马钱子'],
  ['雷公藤'],
  ['乌头', '草乌'],
  ['苍耳子'],
  ['河豚', 'pufferfish'],
  ['白果', 'ginkgo nuts'],
  ['foxglove'],
  ['yew', '红豆杉'],
  ['蓖麻子', 'castor beans'],
  ['毒蘑菇', 'death cap'],
  ['百草枯', 'paraquat'],
  ['敌敌畏', 'organophosphate'],
  ['毒鼠强', 'tetramine'],
  ['brodifacoum', '溴敌隆'],
  ['camphor', '樟脑'],
  ['oil of wintergreen', '冬青油'],
  ['iron tablets', '硫酸亚铁'],
  ['樟脑丸', 'mothballs'],
  ['e-liquid', '烟油'],
  ['苦杏仁', 'apricot kernels'],
  ['防冻液', 'methanol'],
  ['氢氟酸'],
  ['亚硝酸钠'],
] as const;
const MEDICINES = [
  '氨氯地平',
  'diltiazem',
  'metoprolol',
  '格列齐特',
  'glipizide',
  'amitriptyline',
  '美沙酮',
  'buprenorphine',
  'fentanyl',
  'clonidine',
  'digoxin',
  '地高辛',
  'colchicine',
  '秋水仙碱',
  'hydroxychloroquine',
  '茶碱',
  'lomotil',
  'flecainide',
  '滴鼻净',
  'chlorpromazine',
];

describe('the poison table is complete for its closed domain', () => {
  it.each(REQUIRED.flat())('%s is an agent of the table', (name) => {
    const text = `my 2 year old ate some ${name} 孩子2岁吃了${name}`;
    expect(readToxicExposures(text).length).toBeGreaterThan(0);
  });
  it.each(MEDICINES)('%s is a one-pill class', (name) => {
    expect(Object.values(ONE_PILL_CLASSES).some((c) => c.en.test(name) || c.zh.test(name))).toBe(true);
  });
  it('every agent says who it endangers, how, how soon, and where that is read from', () => {
    for (const a of TOXIC_AGENTS) {
      expect(a.zh.length + a.en.length).toBeGreaterThan(0);
      expect(a.routes.length).toBeGreaterThan(0);
      expect(a.latentHours[0]).toBeLessThanOrEqual(a.latentHours[1]);
      expect(['delayed', 'prompt']).toContain(a.course);
      expect(a.amount.child).toBeDefined();
      expect(a.source.length).toBeGreaterThan(10);
    }
  });
  it('the amount decides: any, a symptom, a count', () => {
    expect(dangerLevel('any', false, Number.NaN)).toBe('emergency');
    expect(dangerLevel('symptom', false, Number.NaN)).toBe('urgent');
    expect(dangerLevel('symptom', true, Number.NaN)).toBe('emergency');
    expect(dangerLevel({ count: 10 }, false, 20)).toBe('emergency');
    expect(dangerLevel({ count: 10 }, true, 3)).toBe('urgent');
    expect(dangerLevel('none', true, 50)).toBeNull();
  });
});

describe('own probes written first: emergencies in both languages', () => {
  it.each([
    "My 2yo got into grandma's pill organiser and swallowed one of her diltiazem tablets",
    '孙子18个月，把外婆的一片格列齐特吃了',
    "my toddler chewed on a fentanyl patch she found in nan's bin",
    '3歲女兒誤吞了一顆爺爺的可樂定',
    'my 20 month old drank from my cup of methadone, maybe a mouthful',
    '儿子两岁，吃了几粒我妈的阿米替林',
    "my daughter (3) ate some of my iron tablets, about 8 of them, she's been sick twice",
    '宝宝一岁半，把我的硫酸亚铁吃了十几片',
    'my 4 year old drank some of the oil of wintergreen from the cupboard',
    '孩子2岁，喝了一口冬青油',
    '宝宝把樟脑丸咬了一口吃下去了，一岁多',
    'my 2 year old swallowed a coin battery from the car key fob',
    '孩子三岁，吞了两颗磁力珠',
    'my son (3) bit into a laundry pod and swallowed some of the liquid, now coughing',
    '宝宝把洗衣凝珠咬破了，吃进去一些，一直咳',
    'toddler drank some lamp oil and is now coughing and breathing fast',
    '女儿两岁喝了一口煤油，现在一直咳嗽',
    '我爸把秋水仙碱一次吃了10片，说关节太疼了',
    '我老公喝了百草枯，就一小口，现在说没事',
    '我爸打农药的时候喝了一口敌敌畏',
    '孩子误吃了毒鼠强',
    '全家人都头痛恶心，家里烧煤炉取暖，门窗关着',
    '我妈上山挖野菜，误吃了钩吻，现在头晕，眼睛睁不开',
    '孩子嚼了一颗相思子',
    '我奶奶用夹竹桃叶子煮水喝了，现在心慌恶心',
    'ate some leaves from a foxglove thinking it was comfrey, now nauseous and everything looks yellow',
    'my son chewed some yew berries with the seeds in the park',
    '我吃了曼陀罗的种子，现在口干、心跳很快、说胡话',
    '用马钱子泡酒喝了一杯，现在脖子发紧，肌肉抽',
    '吃了雷公藤煎的药，上吐下泻，尿也少了',
    '孩子吃了一把苍耳子，现在呕吐',
    '我们自己做河豚吃了，现在嘴唇和舌头发麻',
    '3岁孩子吃了二十多颗白果，现在呕吐烦躁',
    'made tea from oleander leaves by mistake, now vomiting and my pulse feels slow',
    'my kid chewed a bead from a rosary pea necklace',
    "my 4 year old drank from the Calpol 6+ bottle — it was about two-thirds full (it's a 100ml bottle), now there's maybe 10ml left",
    '宝宝2岁，泰诺林滴剂瓶子是满的，15毫升，现在只剩3毫升了',
    'my husband swallowed a mouthful of antifreeze from a drinks bottle in the garage',
    '孩子两岁，把奶奶的倍他乐克吃了一片',
    "my 3 yo swallowed one of grandpa's propranolol",
    "my 3 year old ate one of my mum's glipizide — she's sleepy now",
    '一岁半孩子喝了爸爸的美沙酮口服液',
    'my toddler took one of my oxy 10s off the table',
    'stung by a wasp 10 min ago and now my voice is hoarse and my throat feels tight',
    '被马蜂蛰了，嗓子发紧，说话声音都变了',
    '孩子被蜜蜂蛰了以后说喉咙痒，声音有点哑',
    "My heart is pounding so hard I can't get a word out and I feel faint",
    '心跳得特别快，快得话都说不出来了，眼前发黑',
    "Grandpa was out in the snow, he's cold to touch, drowsy and mumbling",
    '老人在外面冻了一晚上，身上冰凉，迷迷糊糊说话含糊不清',
    "32 weeks and I haven't felt her kick since yesterday evening",
    '怀孕30周了，今天一整天几乎没有胎动',
    "I'm 34 weeks, baby's movements have slowed right down today",
    '懷孕35週，寶寶今天好像都不怎麼踢我了',
    'after the bee sting her lips swelled up and she sounds croaky',
    "38 weeks pregnant, baby hasn't moved all morning and I've drunk cold water and lay on my side",
  ])('%s → emergency', (text) => {
    expect(triageDetail(text).level).toBe('emergency');
  });
  it.each(['糖尿病十年，脚趾头发黑溃烂，还有臭味', "my diabetic dad's toe has gone black and smells"])('%s → at least urgent', (text) => {
    expect(triageDetail(text).level).not.toBe('routine');
  });
});

describe('own look-alikes and adversarial probes stay below emergency', () => {
  it.each([
    'Is oleander poisonous to dogs? We have one in the garden.',
    "What's the safe dose of Calpol for a 2 year old?",
    '我每天吃氨氯地平5mg，可以和柚子一起吃吗',
    '我儿子3岁，吃了一片维生素C咀嚼片，没事吧',
    'I take metoprolol for my heart, my 3 year old has a cold, what can I give her?',
    '炒白果一次吃几颗比较合适？',
    '做河豚需要什么资质？',
    '我们家买的樟脑丸放衣柜里对孩子有害吗',
    'Stung by a bee, arm is swollen and itchy, voice is normal, breathing fine',
    "I'm 18 weeks and haven't felt the baby move yet, is that normal?",
    '怀孕16周，还没感觉到胎动正常吗',
    'After my run my heart was pounding for a minute, then settled',
    '冬天手脚冰凉怎么调理',
    'HF patient here, can I drink coffee?',
    "My son's school project is on foxgloves — are they poisonous?",
    '附子理中丸可以长期吃吗',
    '我爸有糖尿病，脚有点干裂，用什么润肤',
    'can I put a button battery in the freezer to recharge it?',
    '我在吃雷公藤多苷片治类风湿，需要查肝功能吗',
    'my wife took her normal amlodipine twice by mistake today, feels fine',
    'my grandson is two and I keep my digoxin in a locked box — is that enough?',
    '给孩子吃了退烧药，体温还是38.5',
    "my baby kicks less at night, 36 weeks, but he's moving lots right now",
    'Grandma feels cold all the time, is it her thyroid?',
    'Is lamp oil safe to use indoors?',
    '孩子2岁，玩了一下磁铁，没吞',
    '我家在用煤气热水器，怎么预防一氧化碳中毒',
    '我吃了两颗白果，有点苦，正常吗',
    'my 2 year old ate a bit of my vitamin D gummy',
    '女儿3岁，吃了一口我的润唇膏',
    '孩子吃了一片益生菌，会不会有问题',
    'oleander hedge in the garden, my son touched the leaves, is he ok?',
    '我在吃地高辛，今天忘了吃要不要补',
    "my 3 year old asked what colchicine is after seeing grandad's pills",
    '红豆杉盆栽放卧室有害吗',
    '红豆汤小孩能喝吗',
    '相思豆手链戴着安全吗',
    '吃了杏仁露，肚子有点胀',
    '孩子吃了几颗白果炒的菜，有点拉肚子',
    '我吃了两颗白果，有点恶心',
    '河豚在日本餐厅吃过，很好吃，有什么注意的',
    'my grandma uses Tiger Balm oil on her knees, my 2 year old touched it',
    '宝宝摸了樟脑丸，洗手了',
    'Can mothballs hurt my toddler if she sleeps in a room that smells of them?',
    "Calpol bottle was half full last week, now it's empty, I gave him his doses over the week",
    '泰诺林滴剂是新的，用了一个月，现在还剩3毫升',
    "my 2yo's eyes are red, I put two drops of Visine in her eyes",
    '孩子鼻塞，用了滴鼻净，可以用几天',
    'My 4 year old takes iron drops prescribed by the GP, she had her dose',
    '我被蜜蜂蛰了，声音没变，喉咙也不紧',
    "after the wasp sting I was worried my throat would close but it's fine",
    'my heart races when I drink coffee, and I talk fast',
    '每次见到喜欢的人就心跳加速，话都说不出来',
    '手脚冰凉，晚上睡不好，白天犯困',
    "my hands are ice cold and I'm so sleepy at work",
    '怀孕30周，晚上胎动特别多，影响睡觉',
    "I'm 28 weeks, how many kicks should I feel in a day?",
    '30 weeks, baby kicks a lot but less than in my first pregnancy',
    'my diabetic mum has a black toenail from tight shoes',
    '糖尿病人脚上长了个鸡眼，能自己修吗',
    "Type 2 diabetic, can I use athlete's foot cream on my toes?",
    '我吃了夹竹桃？没有，是看错了，是桃花',
    '狗吃了白果，吐了',
    'The kids were playing with conkers and yew berries in the park — I made sure none ate any',
    '电视剧里有人用断肠草毒死人，真的有这么毒吗',
    'How much colchicine is too much? I take 0.5mg twice a day for gout',
    '雷公藤多苷片吃了三个月，最近有点恶心',
    'my son (4) had his usual iron tablet with breakfast',
    '被蚊子叮了，嘴唇有点干',
  ])('%s → not emergency', (text) => {
    expect(triageDetail(text).level).not.toBe('emergency');
  });
});

describe("a bottle's level read as arithmetic", () => {
  it.each([
    ['the bottle was about 3/4 full, now maybe 20ml left', 80, 40],
    ['it was half full (a 100ml bottle) and now it is empty', undefined, 50],
    ['瓶子是满的，15毫升，现在只剩3毫升了', undefined, 12],
    ['原来还有一半，现在空了', 100, 50],
    // A strength's "per 5 ml" is no bottle size.
    ['Calpol (120mg/5ml) bottle was half full, now 10ml left', 60, 20],
  ] as const)('%s → %s mL bottle, %s mL drunk', (text, pack, ml) => {
    expect(readLevelDrop(text, pack)?.ml).toBeCloseTo(ml, 5);
  });
  it.each([['it is half full'], ['now 20 ml left'], ['was full, still full']])('%s → no drop', (text) => {
    expect(readLevelDrop(text, 100)).toBeNull();
  });
});

// Review s18 S5/S6 and the consult review's openings read too low, with own variants.
describe('whose dose, whose medicine, how the baby is', () => {
  it.each([
    ["I've been taking 2 x 500mg paracetamol three times a day for a week for toothache. My son (7) has the same cold."],
    ['我每天吃三次扑热息痛，每次两片500毫克，吃了五天了，我儿子6岁也感冒了'],
    ['宝宝发烧，吃了一次布洛芬，现在38.5'],
    ['my son (4) had his amoxicillin'],
  ])("%s → not emergency (an adult's own dose; a child's own medicine)", (text) => {
    expect(triageDetail(text).level).not.toBe('emergency');
  });
  it.each([['儿子3岁了，把我的舍曲林吃了两片'], ['女儿3岁吃了奶奶的一片阿托伐他汀']])("%s → at least urgent (an adult's named medicine)", (text) => {
    expect(triageDetail(text).level).not.toBe('routine');
  });
  it.each([
    ['宝宝一岁半 10公斤 刚才趁我做饭把两瓶泰诺林混悬滴剂都喝光了 一瓶15ml的'],
    ["I'm 28 weeks pregnant and the baby has been a lot quieter today"],
    ['我吃了乌头鸡，是饭店做的，现在嘴麻心慌'],
  ])('%s → emergency', (text) => {
    expect(triageDetail(text).level).toBe('emergency');
  });
});

// Consult replies over-called by the first racing-heart reading (consult-cases-7/8/10/15 dispositions): a denied
// palpitation or blackout, a blackout on standing, palpitations on stairs are no collapse with a racing heart.
describe('a racing heart with collapse signs is read in one place, not denied, not postural', () => {
  it.each([
    ["My dad's had two falls. He gets dizzy when he stands up quickly; doesn't remember blacking out. No chest pain or palpitations."],
    ['最近老是累，站起来眼前发黑，爬楼心慌。'],
    ['最近爬楼梯就心慌气短，总觉得累。没有晕倒过。'],
  ])('%s → not emergency', (text) => {
    expect(triageDetail(text).reasons).not.toContain('racing-heart-with-collapse-signs');
  });
});
