// Session 26 (#19): a frame (type 1 diabetes or insulin, a medicine started days ago, a basal insulin dose) plus the sign
// dangerous in THAT frame fires its rule; the frame alone, the sign alone, a past or asked episode, another person's or an
// animal's, a sign owed to something else, or a mix-up already met never does. Rows from bench/triage-s26-frames-probes.jsonl
// (blind batch ap014, ap027, ap078 are the class's misses at 133d421).
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { CONDITION_FRAME_RULES } from './condition-frames.js';
import type { ClinicalContext } from './clinical.js';
import { findModifiers } from './modifiers.js';
import { normaliseText } from './normalise.js';

const fired = (text: string): string[] => {
  const t = normaliseText(text);
  const c: ClinicalContext = { text: t, signs: new Set(), presentations: new Set(), modifiers: new Set(findModifiers(t).map((m) => m.id)), vitals: [] };
  return CONDITION_FRAME_RULES.filter((r) => r.test(c)).map((r) => r.id);
};

const FIRES: [string, string][] = [
  [
    'type1-ketoacidosis',
    "type 1 here. caught a stomach bug, vomiting since last night, didn't take my insulin cos I'm not eating, now breathing deep and heavy",
  ],
  ['type1-ketoacidosis', '我是1型糖尿病，昨天开始拉肚子吐，今天没打胰岛素，现在呼吸又深又快'],
  ['type1-ketoacidosis', '我個仔係一型糖尿病，今日嘔咗好多次，而家呼吸又深又快'],
  ['type1-ketoacidosis', "son is type 1, vomited 6 times since last night, now breathing deep and fast like he's been running"],
  ['type1-ketoacidosis', '女儿1型糖尿病，今天吐了好几次，呼吸又深又快，在家多喝水能缓过来吗'],
  ['new-drug-skin-detaching', 'started co-trimoxazole 5 days ago, mouth full of sores, skin peeling on my chest, feverish'],
  ['new-drug-skin-detaching', '上周开始吃别嘌醇，这两天嘴唇糜烂，眼睛充血，胸口皮肤发暗脱皮'],
  ['new-drug-skin-detaching', '醫生上週開了新的抗癲癇藥，這兩天嘴巴破很多洞，眼睛紅腫，背上皮膚起水泡'],
  ['rapid-insulin-for-basal', 'I accidentally injected 24 units of novorapid instead of my lantus at bedtime'],
  ['rapid-insulin-for-basal', '我爸本来睡前要打甘精胰岛素30个单位，刚才拿错笔，打成了门冬胰岛素（诺和锐）30个单位，已经准备睡了，也没吃东西，要紧吗'],
  ['rapid-insulin-for-basal', '阿爸瞓覺前應該打長效針，點知攞錯咗，打咗三十個單位嘅速效胰島素，佢仲未食嘢'],
  ['rapid-insulin-for-basal', 'I injected 26 units of novorapid instead of my lantus about an hour ago. What if I eat something now, will that be enough?'],
];

const SILENT: string[] = [
  // the frame or the sign alone, or a sign owed to something else
  'type 2 diabetic with a tummy bug, still taking my metformin and drinking fine, had diarrhoea twice',
  "I'm type 1, vomited once this morning after a dodgy kebab, took my insulin as usual, sugars are 7, feel fine now",
  'type 1 diabetic here, doing deep breathing exercises for anxiety - any tips?',
  '我在练习深呼吸放松，我有1型糖尿病',
  "I'm type 1 and my asthma is flaring, breathing fast and wheezy, coughed so hard I threw up",
  '1型糖尿病，今天跑步后呼吸很快，吐了一次，现在休息好了',
  'been throwing up all night with food poisoning and now breathing fast, I am panicking. not diabetic',
  // another person's, or an animal's
  "my dad is type 1 and he's fine. I've got food poisoning, throwing up and breathing fast because I'm panicking",
  "I'm type 1, my toddler has norovirus and has been vomiting and breathing fast, I'm fine",
  '我家猫有糖尿病在打胰岛素，今天吐了两次，呼吸有点快',
  // asked, or an earlier episode
  'What are the signs of DKA in type 1 - vomiting, deep breathing? My son was just diagnosed',
  "should I worry if a type 1 diabetic is vomiting and breathing fast? just asking for a leaflet I'm writing",
  'Last time my son (type 1) was vomiting and breathing fast it turned out to be DKA. Today he just has a cold and is eating fine',
  // skin and mucosa: one of them, explained, not after a new medicine, or asked
  'Started amoxicillin 2 days ago, now an itchy red rash on my arms, no blisters, mouth and eyes fine',
  'sunburn from the beach last week, skin on my back is peeling, lips a bit dry and sore',
  'Started a new antibiotic 3 days ago, my lips are chapped and peeling and the skin on my nose is peeling from blowing it',
  'my 2yo has blisters on his hands and feet and sores in his mouth, started calpol 2 days ago for the fever',
  'my daughter has chickenpox, started piriton yesterday, the spots are blistering all over her tummy and there are sores in her mouth',
  "Can lamotrigine cause mouth sores and skin peeling on your back? I started it 2 weeks ago and I'm worried",
  'I started lamotrigine 3 days ago. What should I watch for - skin peeling, mouth sores, red eyes?',
  '我奶奶十年前吃卡马西平得过史约综合征，全身脱皮，眼睛也红，现在好了',
  // insulin: the basal one given, asked, met since, or a question of kinds
  'I accidentally took my lantus instead of my novorapid with lunch, 8 units',
  'If I accidentally injected novorapid instead of lantus, what would happen?',
  'can I take novorapid instead of lantus tonight since I ran out of lantus?',
  'I accidentally took 2 units of novorapid instead of my lantus but I have just had dinner and feel fine',
  'I took novorapid instead of lantus yesterday by mistake, 20 units, but ate extra and was fine; what should I do today?',
  '甘精胰岛素和门冬胰岛素有什么区别',
  '我爸每天饭前打诺和锐8个单位，睡前打甘精16个单位，今天都照常打了',
];

describe('condition frames: frame × sign', () => {
  it.each(FIRES)('%s fires: %s', (id, text) => {
    expect(fired(text)).toEqual([id]);
  });
  it.each(SILENT)('silent: %s', (text) => {
    expect(fired(text)).toEqual([]);
  });
});

// Session 26 review of 4c89133a (bench/triage-s26-frames-review-probes.jsonl): through the product's triage call, so the
// wiring in analyse.ts is tested too. Each of these was raised to emergency by a frame row and is not one.
const FRAME_IDS = new Set<string>(CONDITION_FRAME_RULES.map((r) => r.id));
const frameReasons = (text: string): string[] => triageDetail(text, {}).reasons.filter((r) => FRAME_IDS.has(r));

const REVIEW_SILENT: string[] = [
  // a denial inside the sign's own span
  '我儿子1型糖尿病，吐了一次，呼吸不急，精神好',
  '我是1型糖尿病，呕吐了一次，呼吸不快也不深，血糖8',
  '我是1型糖尿病，今天吐了两次，呼吸没有很快，血糖9',
  '孩子是1型糖尿病，吐了，我看他呼吸不算快，要紧吗',
  '個女1型糖尿病，今朝嘔咗一次，呼吸唔急，食咗早餐',
  "Started amoxicillin 5 days ago. I have a rash that isn't blistering and my eyes are not red, just a mouth ulcer I get often",
  "Started new tablets 4 days ago, I've got a couple of mouth sores but the skin is not coming off or dusky",
  '我老公前几天开始吃新的降压药，嘴里长了溃疡，皮肤不脱皮也不起泡',
  // a mix-up caught before the dose went in
  'I almost injected novorapid instead of my lantus but noticed before I did it, 20 units still in the pen',
  'I nearly gave 20 units of humalog instead of lantus, caught it before injecting',
  '我拿错笔了，差点打成诺和锐，还没打，本来要打甘精20个单位',
  // an animal's
  'My guinea pig is on insulin, vomiting and breathing fast',
  'our hamster is diabetic on insulin, threw up and panting',
  // a cause given in the sign's clause, or better now
  '我是1型糖尿病，刚才坐车晕车吐了，呼吸急，现在下车休息好些了',
  'Started new medication 2 weeks ago. My skin on my back is peeling a little from eczema, and my eyes are red from allergies',
  '我上周开始吃新药，后背湿疹脱皮，眼睛有点红是因为熬夜',
];

const REVIEW_FIRES: [string, string][] = [
  // "eaten nothing" is no meal: the danger of the rapid dose is still ahead
  ['rapid-insulin-for-basal', 'took 25 units of novorapid instead of tresiba by mistake, eaten nothing, feeling fine for now'],
  // a real mix-up (the basal dose left out after it) still fires
  ['rapid-insulin-for-basal', '本来要打甘精胰岛素，结果打错了打成门冬胰岛素18个单位'],
  ['new-drug-skin-detaching', '我妈上周开始吃别嘌醇，现在身上起大水泡，嘴里也烂了，眼睛红'],
  ['type1-ketoacidosis', '我儿子1型糖尿病，今天吐了好几次，现在呼吸很深很快，人有点迷糊'],
];

describe('condition frames through triage (s26 review)', () => {
  it.each(REVIEW_SILENT)('no frame row: %s', (text) => {
    expect(frameReasons(text)).toEqual([]);
    expect(triageDetail(text, {}).level).not.toBe('emergency');
  });
  it.each(REVIEW_FIRES)('%s fires and is an emergency: %s', (id, text) => {
    expect(frameReasons(text)).toEqual([id]);
    expect(triageDetail(text, {}).level).toBe('emergency');
  });
});
