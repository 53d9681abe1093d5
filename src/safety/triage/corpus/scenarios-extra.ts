// More frames, written after reading blind batch E's misses and false alarms as clinical concepts (never its texts):
// same-day (urgent) infections and injuries, reassured or resolved symptoms (routine), planning questions about a
// known condition, and the emergencies E showed were missing (blocked airway, spinal injury after a fall or crash,
// open fractures, large burns, psychosis with a weapon, flesh-eating infection, heat stroke, seizure clusters).
import type { Scenario } from './scenario.js';

const E = (presentation: string, who: Scenario['who'], texts: string[]): Scenario => ({ presentation, level: 'emergency', who, texts });
const U = (presentation: string, who: Scenario['who'], texts: string[]): Scenario => ({ presentation, level: 'urgent', who, texts });
const R = (presentation: string, who: Scenario['who'], texts: string[]): Scenario => ({ presentation, level: 'routine', who, texts });

export const EN_EXTRA: readonly Scenario[] = [
  E('airway', 'any', [
    "{S} {has} a fever and can't swallow anything, not even spit, {he} {is} drooling and {his} voice sounds muffled",
    '{his} throat is so swollen {he} {cant} swallow saliva and {his} breathing makes a high pitched noise',
    '{S} {has} a high temp, is leaning forward drooling and breathing noisily',
  ]),
  E('injury', 'any', [
    '{S} fell about 3 metres off scaffolding onto {his} back, {his} neck hurts and {his} legs are tingling',
    '{S} was knocked off {his} bike by a car, {he} {says} {his} neck hurts and {he} {cant} feel {his} feet',
    'motorbike crash, {his} back is killing {him} and {his} legs feel numb',
    "{S} fell off the roof, lying still, can't move {his} legs",
  ]),
  E('injury', 'any', [
    '{S} fell and there is bone poking through the skin of {his} leg',
    '{his} arm is broken and I can see the bone',
    'open wound on {his} shin after the crash, bone sticking out',
  ]),
  E('injury', 'any', [
    'boiling water spilled over {his} chest and belly, the skin is peeling off in sheets',
    '{S} got burnt by hot oil over a big area of {his} arm and back, some patches look white and leathery',
    '{S} {has} a scald covering most of {his} leg with big blisters',
  ]),
  E('mentalHealth', 'adult', [
    '{S} {keeps} saying the neighbours are after {him}, hears voices telling {him} to kill, and is walking around with a kitchen knife',
    "{S} is paranoid, hasn't slept for days and is threatening to stab {his} brother",
  ]),
  E('infection', 'adult+', [
    'small cut on {his} leg two days ago, now the pain is way worse than it looks, the skin is going purple with blisters and {he} {has} a fever',
    '{his} wound is spreading fast, dusky purple skin, blisters, {he} {feels} terrible and feverish',
  ]),
  E('environmental', 'adult+', [
    '{S} {was} working outside in the heat, now {his} skin is burning hot and dry, {he} stopped sweating and is talking nonsense',
    '{S} collapsed at the festival in the heat, very hot to touch and had a fit',
  ]),
  E('seizure', 'any', [
    '{S} {keeps} having seizures one after another without waking up in between',
    "third fit this morning and {he} hasn't come round between them",
  ]),
  E('breathlessness', 'adult+', [
    '{S} {cant} lie flat tonight, {he} {has} to sit up to breathe and is coughing up pink frothy spit',
    '{S} {is} on dialysis and skipped a session, now {he} gets breathless as soon as {he} lies down',
  ]),
  E('pregnancy', 'adult', [
    'my period is 2 weeks late and the test was positive, now sharp pain low on one side, a little bleeding and my shoulder tip hurts',
    "about 7 weeks pregnant, one-sided cramping, spotting and I feel like I'm going to faint",
  ]),
  E('metabolic', 'any', [
    'type 1 diabetic, meter reads HI, ketones 3.5, vomiting and breathing fast and deep',
    '{his} breath smells fruity, {he} {is} vomiting and {his} sugar is over 25',
  ]),
  E(
    'paediatric',
    ['infant', 'child'],
    [
      '{S} {keeps} screaming in bouts and drawing {his} knees up, pale and floppy in between, now a red jelly-like poo',
      '{S} {has} had no wet nappy for 12 hours, no tears when crying, sunken eyes and is very sleepy',
      '{S} {is} grunting with each breath and {his} nostrils are flaring',
      '{S} swallowed a button battery from the remote',
    ],
  ),
  E(
    'abdominalPain',
    ['elderly'],
    ['{S} suddenly {has} terrible pain in {his} lower back and tummy, {he} {is} pale and sweaty and feels faint, {he} {has} an aneurysm they were watching'],
  ),
  E('chestPain', 'adult', [
    'sudden ripping pain in {his} chest going through to the back, worst pain ever',
    'since this morning {S} {has} felt exhausted with a pressure between {his} shoulder blades, breathless walking across the room and nauseous',
  ]),
  E('environmental', 'any', [
    '{S} was pulled out of the lake after going under, {he} {is} coughing and drowsy',
    'found {him} on the floor of a freezing flat, cold to touch, mumbling and not shivering any more',
  ]),
  E('bleeding', 'adult', ['{S} just vomited a large amount of bright red blood and looks pale']),
  E('environmental', 'adult', ['{S} got a shock from a mains socket and was thrown back, now {his} heart is racing']),
  E('neuroDeficit', ['elderly', 'adult'], ["{S} woke up and {his} right arm and leg won't work properly, {his} leg is dragging"]),
  U('infection', 'adult', [
    'burning when peeing for 2 days and now a temperature of 38.2 with an ache in {his} side, eating and drinking ok',
    'tonsils have white spots, fever 39 for two days, paracetamol brings it down, can swallow drinks',
    '{S} {is} on carbimazole and now {has} a sore throat and fever',
    'red hot painful lump in {his} breast 3 weeks after giving birth with a fever',
    '{his} testicle slowly got sore and swollen over two days, stings when peeing, mild fever',
  ]),
  U(
    'paediatric',
    ['child'],
    [
      '{S} {has} had a fever for 5 days, 38.9 today, still drinking and playing a bit between doses, no rash',
      "{S} {has} hand foot and mouth, mouth ulcers so sore {he} won't drink much, fewer wees today but alert",
    ],
  ),
  U('abdominalPain', 'adult', [
    'stomach bug, vomited 6 times since yesterday, keeping small sips down, peeing less than usual',
    'usual kidney stone pain again, my normal painkiller is controlling it, no fever',
  ]),
  U('injury', 'any', [
    '{S} fell on an outstretched hand, wrist swollen and tender at the base of the thumb, fingers move fine',
    'deep cut on {his} finger, bleeding stopped with pressure but it gapes open',
    'dog bite on {his} hand, a few punctures, bleeding stopped, dog is vaccinated',
  ]),
  U('breathlessness', 'adult', [
    'long train journey, now {his} calf is swollen and sore, no breathlessness or chest pain',
    'COPD flare, more green phlegm, a bit more breathless than usual but managing, sats 92 which is {his} normal',
  ]),
  U('mentalHealth', 'adult', [
    'I keep thinking everyone would be better off without me, but I have no plan and my partner is here with me, I just need to talk to someone',
    "I cut my arm last night, it's shallow and stopped bleeding, I wasn't trying to die, I'm safe now",
    "found a few old scratches on my teenager's arm, she says she doesn't want to die, just feels overwhelmed",
  ]),
  U('neuroDeficit', 'adult', ["woke up with one side of my face drooping and I can't close that eye or wrinkle my forehead, arms, legs and speech are normal"]),
  U('bleeding', 'adult+', [
    'on warfarin, had a nosebleed for 15 minutes that stopped with pinching, feel fine',
    'a few drops of bright red blood after a painful poo, I take aspirin, not dizzy, stool colour normal',
  ]),
  U('renal', 'adult', ["on dialysis and I can't feel the buzz in my fistula this morning, no pain, next session tomorrow"]),
  R(
    'paediatric',
    ['child'],
    [
      '{S} had a fever of 39, came down with ibuprofen, now {he} {is} playing and eating normally, no rash',
      '{S} had a low fever after jabs yesterday, gone today, feeding and sleeping normally',
    ],
  ),
  R('pregnancy', ['pregnant'], ['first pregnancy, when should I start to feel the baby move?', 'how many kicks a day is normal at 28 weeks?']),
  R('bleeding', 'adult', ['{S} {is} on warfarin, what INR is normal and can {he} eat spinach?', 'which foods affect warfarin?']),
  R('renal', 'adult', ['on dialysis three times a week, which fruits are lowest in potassium?', 'what should dialysis patients avoid eating?']),
  R('injury', 'adult', [
    "bumped my head on a cupboard an hour ago, small lump, didn't black out, no vomiting, not on blood thinners",
    'hit my head on the door frame, small bump, no dizziness, not taking any blood thinners',
  ]),
  R('mentalHealth', 'adult', [
    'feeling a bit down after a breakup, sleeping ok, no thoughts of hurting myself, how to cope?',
    'stressed about exams, any tips to relax?',
  ]),
  R('environmental', 'adult', ['how do I stop carbon monoxide poisoning from a wood stove?', 'is a CO alarm worth it with a gas boiler?']),
  R('metabolic', 'adult', [
    'what are the symptoms of diabetic ketoacidosis? I just got diagnosed and want to know',
    'what should I do if my sugar goes low at night? asking to be prepared',
  ]),
];

export const ZH_EXTRA: readonly Scenario[] = [
  E('airway', 'any', [
    '{S}发高烧，连口水都咽不下去，一直流口水，说话声音闷闷的',
    '{S}嗓子肿得吞不下口水，喘气有呼噜呼噜的怪声',
    '{S}发烧，坐着往前趴，流口水，呼吸有响声',
  ]),
  E('injury', 'any', [
    '{S}从三米高的脚手架上摔下来，后背着地，脖子疼，两条腿发麻',
    '{S}骑电动车被汽车撞了，说脖子疼，脚没知觉',
    '{S}从房顶掉下来，躺着不敢动，腿动不了',
  ]),
  E('injury', 'any', ['{S}摔倒了，腿上骨头戳出来了', '{S}胳膊摔断了，能看到骨头', '车祸后{ta}小腿有个大口子，骨头露出来了']),
  E('injury', 'any', ['开水浇到{S}胸口和肚子上，皮一碰就掉', '{S}被热油烫了一大片，胳膊和后背，有的地方发白发硬', '{S}大腿大面积烫伤，起了很多大水泡']),
  E('mentalHealth', 'adult', ['{S}老说邻居要害他，说有声音让他去砍人，现在拿着菜刀在屋里转', '{S}好几天不睡觉，疑神疑鬼，扬言要拿刀捅人']),
  E('infection', 'adult+', [
    '{S}前两天腿上划了个小口子，现在疼得跟伤口不成比例，周围皮肤发紫起水泡，还发烧',
    '{S}伤口周围红肿扩散很快，皮肤紫黑起泡，人发烧没精神',
  ]),
  E('environmental', 'adult+', ['{S}在工地上晒了一天，身上烫得吓人，不出汗了，说胡话', '{S}在高温下干活晕倒，身上滚烫，还抽了一下']),
  E('seizure', 'any', ['{S}有癫痫，今天一直抽，抽完还没醒又接着抽', '{S}一上午抽了三次，中间都没醒过来']),
  E('breathlessness', 'adult+', ['{S}晚上躺不下，一躺就憋，咳粉红色泡沫痰', '{S}是透析病人，这周少透了一次，现在躺下就喘']),
  E('pregnancy', 'adult', ['月经推迟两周，验孕两道杠，今天一侧小肚子突然剧痛，有点出血，肩膀尖也疼', '怀孕七周左右，一边下腹绞痛，见红，头晕要晕倒']),
  E('metabolic', 'any', ['一型糖尿病，血糖仪显示HI，尿酮4+，一直吐，喘气又深又快', '{S}嘴里有烂苹果味，一直吐，血糖二十多']),
  E(
    'paediatric',
    ['infant', 'child'],
    [
      '{S}一阵一阵地哭闹，腿往肚子上缩，中间脸色发白没精神，还拉了果酱样大便',
      '{S}十几个小时没尿了，哭没眼泪，眼窝凹陷，特别蔫',
      '{S}喘气哼哼的，鼻翼一扇一扇，肋骨下面往里凹',
      '{S}把遥控器里的纽扣电池吞了',
    ],
  ),
  E('abdominalPain', ['elderly'], ['{S}突然腰和肚子剧痛，脸色苍白出冷汗，说要晕，他有腹主动脉瘤在观察']),
  E('chestPain', 'adult', ['{S}突然胸口撕裂样剧痛，一直痛到后背', '{S}从早上开始累得要命，两个肩胛骨中间压着疼，走几步就喘，还恶心']),
  E('environmental', 'any', ['{S}掉进河里捞上来了，一直咳，昏昏沉沉的', '{S}倒在冰冷的屋里，浑身冰凉，嘟嘟囔囔，已经不打颤了']),
  E('bleeding', 'adult', ['{S}刚才吐了一大口鲜血，脸色发白']),
  E('environmental', 'adult', ['{S}修插座被电打了一下弹开了，现在心慌']),
  E('neuroDeficit', ['elderly', 'adult'], ['{S}早上起来右边胳膊和腿不听使唤，走路拖着腿']),
  U('infection', 'adult', [
    '尿频尿急尿痛两天，今天发烧38度，腰有点酸，吃喝正常',
    '发烧39度两天，扁桃体有白点，吃退烧药能退，能喝水',
    '{S}在吃甲巯咪唑，这两天嗓子疼发烧',
    '生完孩子三周，一边乳房红肿热痛有硬块，发烧38.5',
    '{S}一边蛋蛋两天慢慢肿痛，尿尿有点烧，低烧',
  ]),
  U('paediatric', ['child'], ['{S}发烧第五天了，今天还是39度，吃退烧药能退，精神还行，没出疹子', '{S}手足口病，嘴里疼不愿意喝水，今天尿少了点，精神还可以']),
  U('abdominalPain', 'adult', ['吃坏肚子，一天拉了七八次，低烧，能喝水，尿少了点', '老毛病肾结石又疼了，吃平时的止痛药能控制，不发烧']),
  U('injury', 'any', [
    '{S}摔倒手撑地，手腕肿了，大拇指根部压着疼，手指能动',
    '{S}切菜把手指划了个深口子，按压后不流血了，但口子张着',
    '{S}被狗咬了手，几个牙印，不流血了，狗打过疫苗',
  ]),
  U('breathlessness', 'adult', ['坐了十几个小时火车，左边小腿肿痛，比右边粗，不喘也不胸疼', '{S}慢阻肺，这几天痰多变黄，比平时喘一点，血氧91，平时也就92左右']),
  U('mentalHealth', 'adult', [
    '老觉得没有我大家会更好，但没有计划，也不会做傻事，男朋友在身边，就想找人聊聊',
    '昨晚划了手臂，口子不深已经止血了，不是想死，就是这样发泄，现在安全',
    '女儿手臂上有几道划痕，已经结痂，她说不想死就是心里难受',
  ]),
  U('neuroDeficit', 'adult', ['早上起来右边脸歪了，右眼闭不上，额头也皱不了，手脚说话都正常']),
  U('bleeding', 'adult+', ['吃华法林，流鼻血十五分钟捏住止住了，人没事', '吃着阿司匹林，大便完滴几滴鲜血，肛门疼，不头晕，大便颜色正常']),
  U('renal', 'adult', ['透析病人，今天早上摸内瘘没有震颤了，不疼，明天才透析']),
  R('paediatric', ['child'], ['{S}发烧39度，吃了退烧药退到37度多，现在在玩，能吃能喝，没有皮疹', '{S}打完疫苗低烧，今天退了，吃奶睡觉都正常']),
  R('pregnancy', ['pregnant'], ['头胎，一般怀孕多少周能感觉到胎动', '孕28周每天胎动多少次算正常']),
  R('bleeding', 'adult', ['{S}吃华法林，INR多少算正常，能吃菠菜吗', '吃华法林要忌口哪些食物']),
  R('renal', 'adult', ['透析病人能吃什么水果，怕血钾高', '透析患者饮食要注意什么']),
  R('injury', 'adult', ['头撞到柜门上，起了个小包，没晕没吐，不吃抗凝药', '头磕了门框，有个小包，不头晕，没吃抗凝药']),
  R('mentalHealth', 'adult', ['失恋了心情不好，睡眠还行，没有想伤害自己，怎么调节', '考试压力大，怎么放松']),
  R('environmental', 'adult', ['冬天用煤炉取暖，怎么防止煤气中毒', '燃气热水器要不要装一氧化碳报警器']),
  R('metabolic', 'adult', ['听说糖尿病酮症酸中毒很危险，有哪些症状', '晚上低血糖了该怎么办，提前了解一下']),
];
