// Poisons by what the knowledge says about them, not by how a message words them: what each is called, how a person
// meets it, the amount or condition that makes it dangerous for a young child and for an adult, how long the quiet phase
// lasts and whether the first symptoms pass before the harm shows. A message told during the quiet phase reads
// reassuring ("现在好多了", "she seems fine", "不怎么疼") while the person needs care now — the knowledge, not the
// wording, says so. The table is meant to be COMPLETE for its closed domain: the poisons a poison centre names as
// dangerous at a small amount (the "one pill / one sip can kill a toddler" list), the common poisonous plants, fungi and
// animals of China and the English-speaking world, and the household and agricultural chemicals whose danger is not
// obvious from the first symptoms. Each row cites the Chinese disease knowledge graph entry it is read from
// (../shared/data/kb/disease-kg-zh, `gaishu_info.name`) or the toxicology reference where the graph is silent.
// Medicines dangerous at one tablet are the classes of ONE_PILL_CLASSES below (read by src/safety/triage/child-medicine.ts);
// paracetamol is summed by dose (paracetamol-products.ts); the everyday household corrosives, hydrocarbons, batteries
// and magnets are in src/safety/triage/substances.ts.

import type { SignClass } from './sign-classes.js';

export type ExposureRoute = 'swallowed' | 'skin';

/** What makes an exposure dangerous for one kind of person: any amount ('any': an emergency on exposure alone), a
 *  symptom ('symptom': an emergency once a symptom is told, urgent — poison control now — before), a count of units
 *  ({count}: an emergency at that many seeds/tablets or with a symptom, urgent below), or nothing this table reads
 *  ('none': an adult's own medicine, say, is read by the overdose reader). */
export type Danger = 'any' | 'symptom' | 'none' | { count: number };

export interface ToxicAgent {
  id: string;
  kind: 'fungus' | 'plant' | 'animal' | 'chemical' | 'medicine';
  /** Names as regex fragments: zh without word boundaries, en matched as whole words, both without case. */
  zh: readonly string[];
  en: readonly string[];
  /** A common name that is this agent only beside one of these ("蘑菇" is amatoxin risk only when wild or picked, "HF"
   *  is hydrofluoric acid only beside acid/rust/wheel cleaner): regex fragments, read in the same sentence. */
  qualifiers?: { zh: readonly string[]; en: readonly string[] };
  /** Names that carry the danger without a qualifier ("毒蘑菇", "death cap"). */
  named?: { zh: readonly string[]; en: readonly string[] };
  /** Names (or products) that are this agent made safe, never an exposure ("香菇", "制附子"): read as no mention. */
  safe?: { zh: readonly string[]; en: readonly string[] };
  routes: readonly ExposureRoute[];
  /** Hours from exposure to the serious phase; before it a person may feel well or better. */
  latentHours: readonly [number, number];
  /** The first symptoms pass for a while before organ damage (the amatoxin "false recovery", iron's quiet phase). */
  lull: boolean;
  /** 'delayed': the harm shows hours to days later, so "seems fine" is no reassurance — a finding no reader lowers;
   *  'prompt': the harm shows within hours and is told by its signs. */
  course: 'delayed' | 'prompt';
  /** The amount or condition that makes an exposure dangerous, for a young child (≤ 6 years) and for an adult. */
  amount: { child: Danger; adult: Danger };
  /** The body signs of this poison's own harm (read by the triage's one sign reader): told beside an exposure they make
   *  it an emergency whatever the amount told, and beside a USE of a skin-route poison (spraying it, mixing it) they are
   *  the exposure — an organophosphate sprayer who drools with tiny pupils is poisoned through the skin. */
  signs?: readonly SignClass[];
  danger: { zh: string; en: string };
  source: string;
}

export const TOXIC_AGENTS: readonly ToxicAgent[] = [
  {
    id: 'wild-mushroom',
    kind: 'fungus',
    zh: ['蘑菇', '菌子', '野生菌', '野菌', '菌菇', '蕈'],
    en: ['mushrooms?', 'fungi', 'fungus', 'toadstools?'],
    qualifiers: {
      zh: [
        '野生',
        '野(?=菌|蘑)',
        '自己采',
        '采的',
        '采来',
        '采了',
        '捡的',
        '捡来',
        '捡了',
        '摘的',
        '摘了',
        '山上',
        '山里',
        '林子',
        '树林',
        '树下',
        '路边',
        '草地',
        '院子',
        '草坪',
        '公园',
        '不认识',
      ],
      en: [
        'wild',
        'foraged',
        'foraging',
        // 'picked up' is bought as often as gathered ('picked up mushrooms at Tesco'): only 'picked' without 'up', or
        // 'picked up' off the ground.
        'picked(?! up\\b)',
        '(?:off|up from) (?:the|our|my|a) (?:ground|grass|lawn|floor|garden|path)',
        'found',
        'gathered',
        'from (?:the|our|my) (?:woods?|forest|garden|yard|lawn|park|field)',
        'growing (?:on|in|under|by|near)',
        '(?:on|in) (?:the|our|my|a) (?:lawn|grass|garden|yard|woods?|forest|park|field)',
        "(?:don'?t|didn'?t|not sure) (?:\\w+ ){0,3}(?:what|which) (?:kind|type|sort)",
      ],
    },
    // 野菇 (Taiwan) is a wild mushroom by its own name.
    named: {
      zh: ['毒蘑菇', '毒蕈', '毒菌', '白毒伞', '毒鹅膏', '鹅膏', '野菇', '野蘑菇', '野生菇'],
      en: ['death caps?', 'destroying angels?', 'amanitas?', 'poisonous mushrooms?'],
    },
    safe: {
      // Bought, not gathered: a shop, a market, a restaurant or a takeaway sells cultivated mushrooms.
      zh: [
        '香菇',
        '平菇',
        '金针菇',
        '杏鲍菇',
        '蟹味菇',
        '白玉菇',
        '口蘑',
        '双孢菇',
        '茶树菇',
        '木耳',
        '买的',
        '超市',
        '菜市场',
        '市场上',
        '饭店',
        '餐馆',
        '外卖',
      ],
      en: [
        'shop-bought',
        'store-bought',
        'supermarket',
        'tinned',
        'canned',
        'button mushrooms?',
        'magic mushrooms?',
        'shrooms',
        // A shop or a market is not foraging: 'at Tesco', 'at the farmers market', 'from the grocer'.
        "(?:at|from) (?:the |a |our |my )?(?:tesco|sainsbury'?s|asda|aldi|lidl|waitrose|morrisons|co-?op|costco|walmart|kroger|whole foods|trader joe'?s|shop|store|grocer'?s|grocery(?: store)?|greengrocer'?s|market|deli)",
        "farmers'? market",
      ],
    },
    routes: ['swallowed'],
    latentHours: [6, 24],
    lull: true,
    course: 'delayed',
    amount: { child: 'any', adult: 'symptom' },
    danger: {
      zh: '野生毒蘑菇（鹅膏类）中毒：吐泻常在进食6小时以后才出现，随后可有一段“假愈期”，肝肾损害在2～4天内出现',
      en: 'wild mushroom (amanita) poisoning: vomiting starts 6 hours or more after the meal, can seem to get better, and liver and kidney damage follows within 2–4 days',
    },
    source: 'disease-kg-zh 毒蕈中毒 (肝损害型: 潜伏期 15–30 h, 肠胃炎期, 假愈期, 内脏损害期)',
  },
  {
    id: 'hydrofluoric-acid',
    kind: 'chemical',
    zh: ['氢氟酸', '氟化氢', '含氟除锈', '氟酸'],
    en: ['hydrofluoric(?: acid)?', 'hydrogen fluoride', 'HF'],
    // 'HF' is heart failure far more often than the acid: the abbreviation alone needs the acid's sense — an acid,
    // rust-remover, wheel-cleaner or etching product named beside it, or the acid on the skin — never 'a glass of'
    // wine, 'lab' results or a bare 'acid' (reflux).
    qualifiers: {
      zh: [],
      en: [
        'HF acid',
        'acid (?:with|containing|contains) HF',
        'rust[- ]?(?:remover|stain remover|cleaner)',
        'wheel (?:cleaner|acid|brightener)',
        'brightener',
        'etch\\w*',
        '(?:on|onto) (?:my|his|her|their|your) (?:hands?|fingers?|fingertips?|fingernails?|skin|arms?)',
      ],
    },
    named: { zh: ['氢氟酸', '氟化氢', '含氟除锈', '氟酸'], en: ['hydrofluoric(?: acid)?', 'hydrogen fluoride'] },
    routes: ['skin', 'swallowed'],
    latentHours: [1, 24],
    lull: false,
    course: 'delayed',
    amount: { child: 'any', adult: 'any' },
    danger: {
      zh: '氢氟酸灼伤：起初可能只有红斑或不太疼，氟离子向深部侵蚀，几小时后剧痛、组织坏死，并可引起低血钙致心律失常',
      en: 'hydrofluoric acid: the skin can look normal and hurt little at first, then the fluoride eats deeper — pain hours later, tissue death, and low calcium that can stop the heart',
    },
    source: 'disease-kg-zh 化学烧伤 (氢氟酸烧伤: 创面起初可能只有红斑…向四周及深部组织侵蚀, 可伤及骨骼)',
  },
  {
    id: 'toxic-alcohol',
    kind: 'chemical',
    zh: ['甲醇', '工业酒精', '假酒', '防冻液', '乙二醇', '玻璃水', '变性酒精', '酒精灯燃料', '刹车油', '雨刮水', '雨刷精'],
    // Methylated spirits (meths, metho) hold methanol; screen wash and US washer fluid are mostly methanol.
    en: [
      'methanol',
      'methyl alcohol',
      'wood alcohol',
      'antifreeze',
      'ethylene glycol',
      'screen ?wash',
      'windscreen wash',
      'windshield washer fluid',
      'windshield wiper fluid',
      'washer fluid',
      'de-?icer',
      'methylated spirits?',
      'meths',
      'metho',
      'denatured alcohol',
      'brake fluid',
    ],
    routes: ['swallowed'],
    latentHours: [8, 36],
    lull: true,
    course: 'delayed',
    amount: { child: 'any', adult: 'any' },
    danger: {
      zh: '甲醇/乙二醇中毒：起初像喝醉或没事，8～36小时后出现酸中毒、失明、肾衰竭，解毒越早越好',
      en: 'methanol or antifreeze: it feels like being drunk or nothing at first; acidosis, blindness and kidney failure follow 8–36 hours later, and the antidote works only early',
    },
    source: 'disease-kg-zh 甲醇中毒 (潜伏期8～36h, 中毒早期呈酒醉状态)',
  },
  {
    id: 'castor-bean',
    kind: 'plant',
    zh: ['蓖麻子', '蓖麻籽', '蓖麻豆'],
    en: ['castor beans?', 'castor seeds?', 'castor oil (?:plant )?seeds?'],
    routes: ['swallowed'],
    latentHours: [3, 24],
    lull: false,
    course: 'delayed',
    amount: { child: 'any', adult: 'any' },
    danger: {
      zh: '蓖麻子（蓖麻毒素）中毒：症状多在3～24小时后才出现，小儿嚼食3～5颗即可致死',
      en: 'castor beans (ricin): symptoms can take 3–24 hours, and a few chewed seeds can kill a child',
    },
    source: 'disease-kg-zh 蓖麻子中毒 (多在食后3～24小时出现症状; 儿童食入3～5颗蓖麻子即可致死)',
  },
  {
    id: 'fish-gallbladder',
    kind: 'animal',
    zh: ['鱼胆'],
    en: ['fish gall ?bladders?', 'carp gall ?bladders?'],
    // A gallbladder broken while gutting the fish makes the flesh bitter; only the organ swallowed is the poisoning.
    safe: { zh: ['胆破', '胆(?:被)?弄破', '胆(?:被)?碰破', '破了', '肉(?:有点|很)?苦'], en: ['burst', 'broke', 'bitter'] },
    routes: ['swallowed'],
    latentHours: [1, 72],
    lull: false,
    course: 'delayed',
    amount: { child: 'any', adult: 'any' },
    danger: {
      zh: '鱼胆中毒：吐泻之后2～3天内出现肝肾衰竭，半个大鱼胆就可能超过中毒量',
      en: 'fish gallbladder: vomiting first, then liver and kidney failure within 2–3 days; half of a large one can be a toxic dose',
    },
    source: 'disease-kg-zh 鱼胆中毒 (多在服鱼胆后1～3小时发病…晚期为肝、肾功能损害; 大鱼胆即使半个也远远超过此量)',
  },
  {
    id: 'aconite',
    kind: 'plant',
    // 乌头 as a word, not inside 何首乌 followed by 头发 ('吃了三个月何首乌头发还是白的').
    zh: ['草乌', '川乌', '(?<!首)乌头(?!发)', '生附子', '雪上一枝蒿', '(?<![制白])附子(?!理中)'],
    // 附子 (unspecified) is an everyday prescribed herb: aconite only beside its own signs, a numb mouth or a racing heart.
    qualifiers: { zh: ['发麻', '麻木', '嘴(?:巴|唇)?(?:发)?麻', '舌头?(?:发)?麻', '心慌', '心跳'], en: [] },
    named: { zh: ['草乌', '川乌', '(?<!首)乌头(?!发)', '生附子', '雪上一枝蒿'], en: ['aconite', 'aconitum', 'monkshood', "wolf'?s ?bane"] },
    en: ['aconite', 'aconitum', 'monkshood', "wolf'?s ?bane"],
    safe: { zh: ['制附子', '附子理中', '制川乌', '制草乌'], en: [] },
    routes: ['swallowed'],
    latentHours: [0, 6],
    lull: false,
    course: 'delayed',
    amount: { child: 'any', adult: 'symptom' },
    danger: {
      zh: '乌头类（草乌、川乌、生附子）中毒：口舌发麻之后可突发致命的心律失常',
      en: 'aconite (monkshood, 草乌/川乌): numbness of the mouth can be followed by sudden deadly heart rhythms',
    },
    source: 'disease-kg-zh 杀鼠剂中毒 (乌头 named among plant poisons); aconitine: TOXBASE',
  },
  {
    id: 'nitrite',
    kind: 'chemical',
    // The salt itself (mistaken for table salt, or bought to die): 亚硝酸盐 in pickles is a food-safety question.
    zh: ['亚硝酸钠', '工业盐'],
    en: ['sodium nitrite'],
    routes: ['swallowed'],
    latentHours: [0, 3],
    lull: false,
    course: 'delayed',
    amount: { child: 'any', adult: 'any' },
    danger: {
      zh: '亚硝酸盐中毒（误当食盐）：口唇发紫、缺氧，可迅速昏迷、呼吸衰竭',
      en: 'nitrite (mistaken for salt): blue lips and oxygen starvation, which can lead quickly to coma and breathing failure',
    },
    source: 'disease-kg-zh 亚硝酸盐中毒 (意识丧失，惊厥，昏迷，呼吸衰竭甚至死亡)',
  },
  {
    id: 'abrus',
    kind: 'plant',
    // 相思豆 beads on bracelets and necklaces; never 红豆 (the adzuki bean of soups).
    zh: ['相思豆', '相思子', '鸡母珠', '美人豆'],
    en: ['rosary peas?', 'jequirity (?:beans?|peas?|seeds?)', "crab'?s eyes?", 'abrus'],
    routes: ['swallowed'],
    latentHours: [1, 72],
    lull: false,
    course: 'delayed',
    amount: { child: 'any', adult: 'any' },
    danger: {
      zh: '相思子（相思豆，含相思子毒蛋白）中毒：嚼碎一颗即可致命，症状可在数小时到数天后才出现',
      en: 'rosary pea (abrin): one chewed seed can kill, and symptoms can take hours to days',
    },
    source: 'abrin: TOXBASE / WHO poisonous plants (a chewed seed can be fatal; onset hours–days)',
  },
  {
    id: 'paraquat',
    kind: 'chemical',
    // 巴拉刈 / 巴拉草: paraquat's common names in Taiwan.
    zh: ['百草枯', '克芜踪', '对草快', '敌草快', '杀草快', '巴拉刈', '巴拉草'],
    en: ['paraquat', 'gramoxone', 'diquat'],
    routes: ['swallowed', 'skin'],
    latentHours: [24, 336],
    lull: true,
    course: 'delayed',
    amount: { child: 'any', adult: 'any' },
    danger: {
      zh: '百草枯（敌草快）中毒：喝一口即可致命，起初可能只有口咽烧灼、看起来没事，几天内出现肺纤维化和多器官衰竭，没有解毒药，越早处理越好',
      en: 'paraquat or diquat: one mouthful can kill; at first there may be only a burning mouth and the person seems well, then the lungs scar and organs fail over days — treatment works only early',
    },
    source: 'disease-kg-zh 农药中毒 / 除草剂; paraquat: TOXBASE (no antidote; lung fibrosis days–weeks)',
  },
  {
    id: 'organophosphate',
    kind: 'chemical',
    zh: [
      '有机磷',
      '敌敌畏',
      '(?<![快可])乐果',
      '氧化乐果',
      '甲胺磷',
      '对硫磷',
      '敌百虫',
      '毒死蜱',
      '辛硫磷',
      '马拉硫磷',
      '甲拌磷',
      '呋喃丹',
      '克百威',
      '涕灭威',
      '氨基甲酸酯',
      '灭多威',
    ],
    en: [
      'organophosphates?',
      'organophosphorus',
      'dichlorvos',
      'malathion',
      'parathion',
      'chlorpyrifos',
      'diazinon',
      'dimethoate',
      'carbamates?',
      'aldicarb',
      'carbofuran',
      'methomyl',
      'nerve agents?',
      // Spellings and products the TOXBASE entries list: chlorpyriphos (the British spelling), Dursban and Lorsban
      // (chlorpyrifos), Nuvan/Vapona (dichlorvos), Temik (aldicarb), Lannate (methomyl), Furadan (carbofuran), Sevin
      // (carbaryl), propoxur (Baygon), trichlorfon, phorate, fenthion.
      'chlorpyriphos',
      'dursban',
      'lorsban',
      'nuvan',
      'vapona',
      'temik',
      'lannate',
      'furadan',
      'carbaryl',
      'propoxur',
      'trichlorfon',
      'phorate',
      'fenthion',
    ],
    routes: ['swallowed', 'skin'],
    latentHours: [0, 12],
    lull: false,
    course: 'prompt',
    amount: { child: 'any', adult: 'any' },
    signs: ['cholinergic', 'breathing', 'collapse', 'confusion', 'seizure'],
    danger: {
      zh: '有机磷/氨基甲酸酯类农药中毒：流涎、出汗、瞳孔缩小、肌肉颤动，可迅速呼吸衰竭，皮肤沾染也会吸收中毒',
      en: 'organophosphate or carbamate pesticide: drooling, sweating, tiny pupils and twitching can turn quickly into breathing failure; it is absorbed through the skin too',
    },
    source: 'disease-kg-zh 有机磷农药中毒, 氨基甲酸酯类农药中毒',
  },
  {
    id: 'convulsant-rodenticide',
    kind: 'chemical',
    // 磷化锌 is a phosphide (the metal-phosphide row: phosphine gas in the stomach), not a convulsant.
    zh: ['毒鼠强', '四亚甲基二砜四胺', '没鼠命', '三步倒', '闻到死', '氟乙酰胺', '氟乙酸钠', '毒鼠硅', '士的宁', '番木鳖碱'],
    en: ['tetramine', 'tetramethylenedisulfotetramine', 'fluoroacetamide', 'sodium fluoroacetate', 'compound 1080', 'strychnine', 'bromethalin'],
    routes: ['swallowed'],
    latentHours: [0, 2],
    lull: false,
    course: 'prompt',
    amount: { child: 'any', adult: 'any' },
    danger: {
      zh: '毒鼠强/氟乙酰胺类鼠药中毒：极小剂量即可在数十分钟内引起反复抽搐、昏迷甚至死亡',
      en: 'convulsant rat poison (tetramine, fluoroacetate, strychnine, bromethalin): a tiny amount can cause repeated fits, coma and death within an hour',
    },
    source: 'disease-kg-zh 杀鼠剂中毒 (毒鼠强、氟乙酰胺: 中枢神经系统兴奋性杀鼠剂…惊厥); strychnine, bromethalin: TOXBASE',
  },
  {
    id: 'anticoagulant-rodenticide',
    kind: 'chemical',
    // Every anticoagulant bait by its common Chinese names (溴鼠灵 = 大隆 = brodifacoum, 灭鼠灵 = 杀鼠灵 = warfarin bait,
    // 杀鼠迷 = coumatetralyl, 鼠得克 = difenacoum) and the English-speaking world's lay names: a rat or mouse poison of a
    // shop is an anticoagulant (or bromethalin, the convulsant row) — an unnamed 老鼠药 is the unnamed-rodenticide row.
    zh: ['溴敌隆', '大隆', '溴鼠隆', '溴鼠灵', '敌鼠钠', '敌鼠', '杀鼠灵', '灭鼠灵', '杀鼠醚', '杀鼠迷', '鼠得克', '氯鼠酮', '抗凝血(?:类)?(?:灭)?鼠药'],
    en: [
      'brodifacoum',
      'bromadiolone',
      'difenacoum',
      'difethialone',
      'diphacinone',
      'chlorophacinone',
      'coumatetralyl',
      'superwarfarins?',
      // Shop baits by brand (brodifacoum / difenacoum / coumatetralyl products).
      'ratsak',
      'd-con',
      'klerat',
      'neosorexa',
      'racumin',
      'rat bait',
      'mouse bait',
      'rat poison',
      'mouse poison',
      'rodent poison',
      'rat pellets?',
      'poison pellets?',
      'bait blocks?',
      'bait stations?',
      'rodenticide',
    ],
    routes: ['swallowed'],
    latentHours: [24, 96],
    lull: false,
    course: 'delayed',
    // A toddler's single taste of bait is rarely dangerous; a deliberate or repeated swallow bleeds days later.
    amount: { child: 'symptom', adult: 'symptom' },
    danger: {
      zh: '抗凝血类鼠药（溴敌隆、大隆、敌鼠）中毒：服后3～4天才开始出血，需要查凝血并可能要用维生素K1',
      en: 'anticoagulant rat poison (brodifacoum, bromadiolone): bleeding starts 3–4 days later; clotting tests and vitamin K may be needed',
    },
    source: 'disease-kg-zh 敌鼠中毒; 杀鼠剂中毒 (人口服后3~4天才出现症状…维生素K1为特效解毒剂)',
  },
  {
    id: 'unnamed-rodenticide',
    kind: 'chemical',
    // A rat poison of unknown kind in China may be 毒鼠强 or 氟乙酰胺 (banned, still sold as 三步倒 and the like) — the
    // knowledge graph names them first among the rat poisons people swallow — so an unnamed one is read as the worst.
    zh: ['老鼠药', '耗子药', '鼠药', '灭鼠药', '杀鼠药', '毒鼠药', '灭鼠剂', '杀鼠剂', '毒饵', '鼠饵'],
    en: [],
    // A kind named beside it is that kind's row ('溴鼠灵毒饵' is an anticoagulant bait, '磷化锌鼠药' a phosphide).
    safe: {
      zh: [
        '溴敌隆',
        '大隆',
        '溴鼠',
        '敌鼠',
        '杀鼠灵',
        '灭鼠灵',
        '杀鼠醚',
        '杀鼠迷',
        '鼠得克',
        '氯鼠酮',
        '抗凝',
        '毒鼠强',
        '氟乙',
        '磷化',
        '黄磷',
        '磷膏',
        '氯醛糖',
      ],
      en: [],
    },
    routes: ['swallowed'],
    latentHours: [0, 96],
    lull: false,
    course: 'prompt',
    amount: { child: 'any', adult: 'any' },
    danger: {
      zh: '不知道成分的老鼠药：可能是毒鼠强、氟乙酰胺一类，极小量即可在短时间内抽搐、昏迷；也可能是抗凝血类，几天后才出血',
      en: 'a rat poison of unknown kind: it may be a convulsant (tetramine, fluoroacetate) that causes fits within the hour, or an anticoagulant that bleeds days later',
    },
    source: 'disease-kg-zh 杀鼠剂中毒 (误食杀鼠剂或毒饵是儿童杀鼠剂中毒的最主要方式; 毒鼠强、氟乙酰胺 among the common kinds)',
  },
  {
    id: 'yellow-phosphorus',
    kind: 'chemical',
    // Yellow (white) phosphorus rat pastes (Ratol, 3 % P4 — the commonest rodenticide swallowed in India) and old matches.
    zh: ['黄磷', '白磷', '磷膏', '含磷(?:的)?(?:鼠药|灭鼠药|毒饵|鼠饵)'],
    en: [
      'yellow phosphorus',
      'white phosphorus',
      'ratol',
      'ratol paste',
      'rat paste',
      'rat killer paste',
      'rodent paste',
      'phosphorus paste',
      'phosphorus rat poison',
    ],
    routes: ['swallowed'],
    latentHours: [24, 72],
    lull: true,
    course: 'delayed',
    amount: { child: 'any', adult: 'any' },
    danger: {
      zh: '黄磷（白磷、磷膏类鼠药）中毒：成人60～100毫克即可致死，吐泻之后可有1～3天“好转期”，随后出现肝、肾、心衰竭',
      en: 'yellow phosphorus (rat paste such as Ratol): 60–100 mg can kill an adult; after the first vomiting there can be 1–3 days that look like recovery, then liver, kidney and heart failure',
    },
    source: 'disease-kg-zh 磷中毒 / 无机磷中毒 (黄磷…成人的最小致死量约为60～100mg; 部分病人可在1～3日的症状好转后出现吸收中毒的症状)',
  },
  {
    id: 'metal-phosphide',
    kind: 'chemical',
    // Grain fumigant tablets (磷化铝, celphos/phostoxin/quickphos, "rice tablets") and zinc phosphide rat bait: the stomach
    // acid releases phosphine — shock and heart failure within hours, no antidote.
    zh: ['磷化铝', '磷化锌', '磷化钙', '磷化镁', '磷化氢', '熏蒸片', '粮食熏蒸剂', '熏蒸剂'],
    en: [
      'aluminium phosphide',
      'aluminum phosphide',
      'zinc phosphide',
      'magnesium phosphide',
      'calcium phosphide',
      'phosphine',
      'celphos',
      'phostoxin',
      'quickphos',
      'fumitoxin',
      'sulphas',
      'rice tablet',
      'wheat pill',
      'grain fumigant',
    ],
    routes: ['swallowed'],
    latentHours: [0, 6],
    lull: false,
    course: 'prompt',
    amount: { child: 'any', adult: 'any' },
    danger: {
      zh: '磷化铝/磷化锌（粮食熏蒸片、磷化锌鼠药）中毒：遇胃酸放出磷化氢，数小时内可休克、心律失常、肺水肿，没有解毒药',
      en: 'aluminium or zinc phosphide (grain fumigant tablets, some rat baits): stomach acid releases phosphine — shock, heart rhythm failure and fluid on the lungs within hours, with no antidote',
    },
    source: 'disease-kg-zh 无机磷中毒 / 杀鼠剂中毒 (磷化锌…产生磷化氢…较快发生肺水肿; 致死量约为40mg/kg); aluminium phosphide: TOXBASE',
  },
  {
    id: 'alpha-chloralose',
    kind: 'chemical',
    // The mouse poison of UK and European shops (4 % alphachloralose grain or paste): a small child's handful sedates,
    // cools and can fit.
    zh: ['α-?氯醛糖', 'a-?氯醛糖', '阿尔法氯醛糖', '氯醛糖'],
    en: ['alpha-?chloralose', 'alphachloralose', 'chloralose'],
    routes: ['swallowed'],
    latentHours: [0, 3],
    lull: false,
    course: 'prompt',
    amount: { child: 'any', adult: 'symptom' },
    danger: {
      zh: '氯醛糖类鼠药：小儿误服后1～2小时内可嗜睡、体温下降、抽搐甚至昏迷',
      en: 'alphachloralose mouse poison: within 1–2 hours a small child can become drowsy, cold, twitch or fit, or fall unconscious',
    },
    source: 'alphachloralose: TOXBASE / NPIS (children: drowsiness, hypothermia, myoclonus and seizures within 1–2 h)',
  },
  {
    id: 'glyphosate',
    kind: 'chemical',
    // Glyphosate with its surfactant: a swallow of the concentrate burns the gut and drops the blood pressure; a sip of a
    // ready-to-use spray rarely does — so a symptom decides.
    zh: ['草甘膦', '草甘磷', '农达', '镇草宁'],
    en: ['glyphosate', 'roundup', 'roundup weedkiller'],
    routes: ['swallowed'],
    latentHours: [0, 24],
    lull: false,
    course: 'prompt',
    amount: { child: 'symptom', adult: 'symptom' },
    danger: {
      zh: '草甘膦（农达）除草剂：喝下浓缩液可灼伤消化道、血压下降、肾功能衰竭',
      en: 'glyphosate weedkiller (Roundup): a swallow of the concentrate can burn the gut, drop the blood pressure and stop the kidneys',
    },
    source: 'disease-kg-zh 农药中毒 (除草剂); glyphosate-surfactant: TOXBASE (GI corrosion, hypotension, renal failure after concentrate)',
  },
  {
    id: 'gelsemium',
    kind: 'plant',
    zh: ['断肠草', '钩吻', '胡蔓藤', '大茶药', '烂肠草'],
    en: ['gelsemium', 'heartbreak grass', '(?:yellow|carolina) jessamine', 'yellow jasmine'],
    routes: ['swallowed'],
    latentHours: [0, 4],
    lull: false,
    course: 'prompt',
    amount: { child: 'any', adult: 'any' },
    danger: {
      zh: '断肠草（钩吻）中毒：头晕、眼睑下垂、复视、吞咽困难，可迅速呼吸麻痹，是我国最常见的致死性植物中毒之一，常被误当野菜或草药',
      en: 'gelsemium (heartbreak grass, 断肠草): dizziness, drooping eyelids, double vision and trouble swallowing can lead quickly to breathing paralysis',
    },
    source: 'gelsemium: China CDC plant-poisoning guidance (钩吻 mistaken for wild herbs; respiratory paralysis)',
  },
  {
    id: 'cardiac-glycoside-plant',
    kind: 'plant',
    zh: ['夹竹桃', '黄花夹竹桃', '毛地黄', '洋地黄(?:叶|花)', '铃兰', '羊角拗', '海杧果'],
    en: ['oleanders?', 'foxgloves?', 'digitalis (?:leaves|plant|flowers?)', 'lily of the valley', 'sea mango', 'suicide tree'],
    routes: ['swallowed'],
    latentHours: [1, 12],
    lull: false,
    course: 'prompt',
    amount: { child: 'any', adult: 'any' },
    danger: {
      zh: '含强心苷植物（夹竹桃、毛地黄、铃兰）中毒：恶心呕吐、视物发黄、心跳变慢或紊乱，可致命',
      en: 'a cardiac-glycoside plant (oleander, foxglove, lily of the valley): vomiting, yellow vision and a slow or irregular heartbeat that can kill',
    },
    source: 'cardiac glycoside plants: TOXBASE (oleander, foxglove, lily of the valley — digoxin-like toxicity)',
  },
  {
    id: 'yew',
    kind: 'plant',
    zh: ['红豆杉', '紫杉', '东北红豆杉', '曼地亚红豆杉'],
    en: ['yews?', 'taxus'],
    // The red flesh around the seed is harmless; the chewed seed, needles and leaves (红豆杉 tea) are not.
    routes: ['swallowed'],
    latentHours: [0, 4],
    lull: false,
    course: 'prompt',
    amount: { child: 'any', adult: 'any' },
    danger: {
      zh: '红豆杉（紫杉）中毒：叶、枝和种子含紫杉碱，泡水或嚼食可在数小时内引起致命的心律失常',
      en: 'yew: needles, leaves and chewed seeds hold taxine, which can stop the heart within hours',
    },
    source: 'taxine: TOXBASE (yew ingestion — bradycardia, ventricular arrhythmia, death)',
  },
  {
    id: 'anticholinergic-plant',
    kind: 'plant',
    zh: ['曼陀罗', '洋金花', '颠茄', '天仙子', '莨菪', '山茄子'],
    en: ['datura', 'jimson ?weed', "angel'?s trumpets?", 'thorn ?apples?', 'deadly nightshade', 'belladonna', 'henbane'],
    routes: ['swallowed'],
    latentHours: [0, 4],
    lull: false,
    course: 'prompt',
    amount: { child: 'any', adult: 'symptom' },
    danger: {
      zh: '曼陀罗/颠茄类植物中毒：口干、皮肤潮红、心跳快、瞳孔散大、说胡话、烦躁，可抽搐昏迷',
      en: 'datura or deadly nightshade: dry mouth, flushed skin, racing heart, big pupils and delirium that can turn into fits and coma',
    },
    source: 'disease-kg-zh 中枢神经兴奋药中毒 / 阿托品类; datura: TOXBASE',
  },
  {
    id: 'nux-vomica',
    kind: 'plant',
    zh: ['马钱子', '番木鳖', '士的宁', '马前子'],
    en: ['nux vomica', 'strychnos'],
    routes: ['swallowed'],
    latentHours: [0, 2],
    lull: false,
    course: 'prompt',
    amount: { child: 'any', adult: 'any' },
    danger: {
      zh: '马钱子（士的宁）中毒：10～30分钟内可出现全身强直性抽搐，小儿尤其敏感',
      en: 'nux vomica (strychnine): whole-body rigid spasms within 10–30 minutes; children are especially sensitive',
    },
    source: 'disease-kg-zh 士的宁中毒 (马钱子…10~30分钟出现症状，全身强直性痉挛)',
  },
  {
    id: 'tripterygium',
    kind: 'plant',
    zh: ['雷公藤', '昆明山海棠', '黄藤根'],
    en: ['thunder god vine', 'tripterygium'],
    // The prescribed tablet (雷公藤多苷片) taken as directed is a treatment, not an exposure.
    safe: { zh: ['多苷', '多甙', '雷公藤片'], en: ['tablets?'] },
    routes: ['swallowed'],
    latentHours: [2, 72],
    lull: false,
    course: 'delayed',
    amount: { child: 'any', adult: 'symptom' },
    danger: {
      zh: '雷公藤（根、叶、自煎药酒）中毒：吐泻之后可出现心肌损害、休克和急性肾衰竭，常在1～3天内加重',
      en: 'thunder god vine (root or homemade brew): vomiting and diarrhoea, then heart damage, shock and kidney failure over 1–3 days',
    },
    source: 'tripterygium wilfordii poisoning: Chinese toxicology case series (cardiotoxicity, AKI within days)',
  },
  {
    id: 'xanthium',
    kind: 'plant',
    zh: ['苍耳子', '苍耳', '老苍子'],
    en: ['cocklebur', 'xanthium'],
    routes: ['swallowed'],
    latentHours: [4, 72],
    lull: false,
    course: 'delayed',
    amount: { child: 'any', adult: 'symptom' },
    danger: {
      zh: '苍耳子中毒：潜伏期多为2～3天，快者4小时，呕吐、腹痛后可出现肝损害、低血糖、抽搐和昏迷',
      en: 'cocklebur seeds: after a latent period of hours to 2–3 days, vomiting and belly pain, then liver damage, low sugar, fits and coma',
    },
    source: 'disease-kg-zh 苍耳中毒 (中毒的潜伏期…一般为2～3天，快者4小时…小儿)',
  },
  {
    id: 'pufferfish',
    kind: 'animal',
    zh: ['河豚', '河鲀', '鲀鱼', '气泡鱼', '鸡抱鱼'],
    en: ['puffer ?fish', 'fugu', 'blowfish', 'tetrodotoxin'],
    routes: ['swallowed'],
    latentHours: [0, 6],
    lull: false,
    course: 'prompt',
    amount: { child: 'any', adult: 'symptom' },
    danger: {
      zh: '河豚（河豚毒素）中毒：口唇舌头发麻、四肢无力，可在数小时内呼吸麻痹，没有解毒药',
      en: 'pufferfish (tetrodotoxin): numb lips and tongue, weak limbs, then breathing paralysis within hours; there is no antidote',
    },
    source: 'disease-kg-zh 神经型食物中毒 / 河豚毒素; tetrodotoxin: TOXBASE',
  },
  {
    id: 'ginkgo-seed',
    kind: 'plant',
    zh: ['白果', '银杏果', '银杏仁', '银杏种子', '银杏的果'],
    en: ['ginkgo (?:nuts?|seeds?|fruits?)', 'gingko (?:nuts?|seeds?)'],
    routes: ['swallowed'],
    latentHours: [1, 12],
    lull: false,
    course: 'prompt',
    amount: { child: { count: 10 }, adult: 'none' },
    danger: {
      zh: '白果（银杏果）中毒：一般中毒量为10～50颗，多见于儿童，1～12小时内出现呕吐、烦躁、抽搐',
      en: 'ginkgo seeds: 10–50 are a toxic amount, mostly in children; vomiting, agitation and fits within 1–12 hours',
    },
    source: 'disease-kg-zh 银杏中毒 (一般中毒剂量为10-50颗，中毒症状发生在进食白果后1-12小时…本病多见于儿童)',
  },
  {
    id: 'cyanogenic-kernel',
    kind: 'plant',
    zh: ['苦杏仁', '生杏仁', '杏核仁', '桃仁', '生木薯', '枇杷仁', '李子仁'],
    en: ['bitter almonds?', 'apricot (?:kernels?|pits?|seeds?|stones?)', 'raw cassava', 'peach (?:kernels?|pits?)'],
    routes: ['swallowed'],
    latentHours: [0, 6],
    lull: false,
    course: 'prompt',
    amount: { child: { count: 5 }, adult: { count: 30 } },
    danger: {
      zh: '苦杏仁、桃仁、生木薯等含氰苷，生吃较多可致氰化物中毒：头晕、呕吐、呼吸困难、抽搐，小儿数颗即可中毒',
      en: 'bitter almonds, apricot kernels or raw cassava release cyanide: dizziness, vomiting, breathlessness and fits; a few kernels can poison a child',
    },
    source: 'disease-kg-zh 氰化物中毒 / 含氰苷植物 (苦杏仁: 小儿10～20粒、成人40～60粒可致死)',
  },
  {
    id: 'camphor',
    kind: 'chemical',
    zh: ['樟脑(?!丸)', '樟脑油', '樟脑酊', '樟脑精'],
    en: ['camphor', 'camphorated oil'],
    routes: ['swallowed'],
    latentHours: [0, 2],
    lull: false,
    course: 'prompt',
    amount: { child: 'any', adult: 'symptom' },
    danger: {
      zh: '樟脑中毒：小儿吃下一小口即可在1～2小时内突然抽搐',
      en: 'camphor: a small mouthful can make a child fit suddenly within 1–2 hours',
    },
    source: 'camphor: poison-centre "one swallow can kill a toddler" list (Michael & Sztajnkrycer 2004)',
  },
  {
    id: 'naphthalene',
    kind: 'chemical',
    zh: ['樟脑丸', '卫生球', '臭丸', '臭樟脑', '萘丸', '对二氯苯', '防蛀丸'],
    en: ['moth ?balls?', 'naphthalene', 'moth crystals', 'paradichlorobenzene'],
    routes: ['swallowed'],
    latentHours: [6, 72],
    lull: false,
    course: 'delayed',
    amount: { child: 'any', adult: 'symptom' },
    danger: {
      zh: '樟脑丸（萘）中毒：可在1～3天后出现溶血、黑褐色尿和贫血，蚕豆病（G6PD缺乏）的孩子更重',
      en: 'mothballs (naphthalene): red cells can break down 1–3 days later (dark urine, pallor), worse in a child with G6PD deficiency',
    },
    source: 'naphthalene: TOXBASE (haemolysis 24–72 h, G6PD)',
  },
  {
    id: 'methyl-salicylate',
    kind: 'chemical',
    zh: ['冬青油', '冬绿油', '水杨酸甲酯', '白花油', '红花油', '驱风油', '正骨水', '万花油'],
    en: ['oil of wintergreen', 'wintergreen oil', 'methyl salicylate', 'deep heat', 'tiger balm oil', 'liniment'],
    routes: ['swallowed'],
    latentHours: [1, 12],
    lull: false,
    course: 'prompt',
    amount: { child: 'any', adult: 'symptom' },
    danger: {
      zh: '冬青油（水杨酸甲酯）等外用油中毒：小儿喝4毫升即可致死，出现呕吐、呼吸快、耳鸣、抽搐',
      en: 'oil of wintergreen (methyl salicylate) and similar rubs: one teaspoon can kill a child — vomiting, fast breathing, ringing ears and fits',
    },
    source: 'disease-kg-zh 水杨酸类中毒 (小儿内服冬绿油的致死量约为4ml)',
  },
  {
    id: 'nicotine-liquid',
    kind: 'chemical',
    zh: ['烟油', '电子烟油', '尼古丁液', '尼古丁贴', '烟弹液', '尼古丁溶液', '电子烟液'],
    // Base forms: name-forms.ts writes 'liquid nicotine', 'juice from the vape', 'nicotine-based liquid'.
    // 'e-liquid' is written e liquid, eliquid; a nicotine salt is a 'nic salt'; a refill for the vape is its liquid.
    en: [
      'e-liquid',
      'e-juice',
      'vape juice',
      'vape refill',
      'vape pod refill',
      'nic salt',
      'nic shot',
      'nicotine shot',
      'vape liquid',
      'vape oil',
      // The e-cigarette's own words: e-cig liquid, e-cigarette refill, refill liquid for the vape.
      'e-cig liquid',
      'e-cig juice',
      'e-cig refill',
      'e-cig refill liquid',
      'e-cigarette liquid',
      'e-cigarette refill',
      'vape refill liquid',
      'nicotine liquid',
      'nicotine juice',
      'nicotine pouch',
      'nicotine patch',
      'nicotine salt',
      'nicotine gum',
      'nicotine lozenge',
    ],
    routes: ['swallowed', 'skin'],
    latentHours: [0, 2],
    lull: false,
    course: 'prompt',
    amount: { child: 'any', adult: 'symptom' },
    signs: ['gi', 'seizure', 'collapse', 'breathing', 'confusion'],
    danger: {
      zh: '电子烟油（尼古丁）中毒：小儿舔一口或吞一点即可呕吐、抽搐、呼吸抑制',
      en: 'liquid nicotine: a lick or a sip can make a child vomit, fit or stop breathing',
    },
    source: 'nicotine: AAPCC / TOXBASE (e-liquid ingestion in children)',
  },
  {
    id: 'fentanyl-patch',
    kind: 'medicine',
    // A fentanyl patch chewed, sucked or swallowed releases days of opioid at once — deadly for an adult as for a child.
    // The vowels are written loosely (fentynal, fentanil: the commonest misspellings).
    zh: ['芬太尼(?:透皮)?贴', '多瑞吉'],
    en: ['fent[aeiouy]n[aeiouy]l (?:patch(?:es)?|film|lozenge|lollipop)', 'duragesic', 'durogesic'],
    routes: ['swallowed'],
    latentHours: [0, 12],
    lull: false,
    course: 'prompt',
    amount: { child: 'any', adult: 'any' },
    danger: {
      zh: '嚼、含或吞下芬太尼贴片：贴片里几天的阿片剂量一下子释放，可在数分钟到数小时内呼吸停止',
      en: 'a fentanyl patch chewed, sucked or swallowed releases days of opioid at once: breathing can stop within minutes to hours',
    },
    source: 'TOXBASE fentanyl (transdermal patch ingestion — naloxone, prolonged observation)',
  },
  {
    id: 'nicotine-device',
    kind: 'chemical',
    // The device or pod that holds the liquid: a child who chews or licks one has the liquid; an adult using one is
    // vaping, not an exposure (amount 'none').
    zh: ['烟弹', '电子烟', '小烟弹', '雾化弹', '尼古丁袋', '尼古丁口含袋', '口含烟'],
    en: [
      'juul',
      'juul pod',
      'vape pod',
      'vape cartridge',
      'vape pen',
      'vape',
      'elf ?bar',
      'lost mary',
      'geek bar',
      'zyn',
      'zyn pouch',
      'snus',
      'disposable vape',
    ],
    routes: ['swallowed'],
    latentHours: [0, 2],
    lull: false,
    course: 'prompt',
    amount: { child: 'any', adult: 'none' },
    danger: {
      zh: '电子烟、烟弹或尼古丁口含袋被小孩咬破、舔或含住：里面的尼古丁可让幼儿很快呕吐、抽搐、呼吸抑制',
      en: 'a vape, pod or nicotine pouch chewed, licked or sucked by a child: the nicotine in it can make a toddler vomit, fit or stop breathing within an hour',
    },
    source: 'nicotine: AAPCC / TOXBASE (e-cigarette cartridges and nicotine pouches in children)',
  },
  {
    id: 'iron',
    kind: 'medicine',
    zh: [
      '硫酸亚铁',
      '富马酸亚铁',
      '琥珀酸亚铁',
      '葡萄糖酸亚铁',
      '多糖铁',
      '右旋糖酐铁',
      '补铁(?:药|片|剂)',
      '铁剂',
      '亚铁',
      '孕妇(?:复合)?维生素',
      '孕期(?:复合)?维生素',
      '孕妇多维',
      '含铁(?:的)?(?:复合)?维生素',
      '维生素[^，。]{0,4}含铁',
      '爱乐维',
      '玛特纳',
    ],
    en: [
      'iron (?:tablets?|pills?|supplements?|capsules?)',
      'ferrous (?:sulph|sulf|fumar|glucon)ate',
      'feosol',
      'ferrograd',
      // Pregnancy multivitamins hold 27–60 mg of iron a tablet: the commonest source of a toddler's iron poisoning.
      'prenatal vitamin',
      'prenatal vitamins',
      'prenatal',
      'pregnancy vitamin',
      'pregnancy multivitamin',
      'elevit',
      'pregnacare',
      'vitamins? with iron',
      'multivitamins? with iron',
    ],
    // The child's own prescribed dose is a treatment.
    safe: { zh: ['医生开', '开的', '按医嘱', '每天', '每日', '疗程'], en: ['prescribed', 'usual', 'daily', 'dose', 'as directed'] },
    routes: ['swallowed'],
    latentHours: [6, 48],
    lull: true,
    course: 'delayed',
    // An adult's own iron as prescribed is a treatment; a toddler's handful is the classic fatal childhood poisoning.
    amount: { child: { count: 3 }, adult: 'none' },
    danger: {
      zh: '铁剂中毒：吐泻之后可有一段“好转期”，6～48小时后出现休克、肝衰竭，幼儿误服十几粒即可致死',
      en: 'iron tablets: vomiting first, then a quiet phase that looks like recovery, then shock and liver failure 6–48 hours later; a dozen adult tablets can kill a toddler',
    },
    source: 'disease-kg-zh 铁中毒 (幼婴可因内服硫酸亚铁40mg～1.5g发生严重中毒…10～15粒亚铁丸中毒致死)',
  },
  {
    id: 'glufosinate',
    kind: 'chemical',
    // Glufosinate (草铵膦), the herbicide sold to replace paraquat: after a quiet phase of hours, fits, coma and
    // breathing failure (up to 1–2 days after the swallow) — a swallow of the concentrate is an emergency at once.
    zh: ['草铵膦', '草丁膦', '保试达'],
    en: ['glufosinate', 'glufosinate-ammonium', 'basta herbicide', 'liberty herbicide', 'finale weedkiller'],
    routes: ['swallowed'],
    latentHours: [4, 60],
    lull: true,
    course: 'delayed',
    amount: { child: 'any', adult: 'any' },
    signs: ['collapse', 'confusion', 'seizure', 'breathing'],
    danger: {
      zh: '草铵膦除草剂中毒：喝下后可有几小时到一两天“看起来没事”，之后突然抽搐、昏迷、呼吸停止',
      en: 'glufosinate weedkiller: after hours to a day or two of seeming well, sudden fits, coma and stopped breathing',
    },
    source: 'TOXBASE glufosinate-ammonium (delayed CNS toxicity: convulsions, coma, respiratory arrest up to 48 h; observe ≥ 24–48 h)',
  },
  {
    id: 'metaldehyde',
    kind: 'chemical',
    // Metaldehyde slug and snail bait (四聚乙醛, 蜗牛敌): fits and a high temperature within hours in a child who eats
    // the pellets. Slug pellets unnamed are the next row (most sold in the UK since 2022 are ferric phosphate).
    zh: ['四聚乙醛', '蜗牛敌', '密达', '灭蜗灵', '多聚乙醛'],
    en: ['metaldehyde', 'metaldehyde pellets?', 'metaldehyde slug pellets?'],
    routes: ['swallowed'],
    latentHours: [1, 3],
    lull: false,
    course: 'prompt',
    amount: { child: 'any', adult: 'symptom' },
    signs: ['seizure', 'collapse', 'confusion', 'gi', 'tremor'],
    danger: {
      zh: '四聚乙醛（杀蜗牛药）中毒：数小时内可出现抽搐、高热、意识不清，小孩吃几粒就可能中毒',
      en: 'metaldehyde slug bait: within hours fits, a high temperature and drowsiness — a few pellets can poison a child',
    },
    source: 'TOXBASE metaldehyde (children: vomiting, ataxia, convulsions, hyperthermia within 1–3 h)',
  },
  {
    id: 'slug-pellets',
    kind: 'chemical',
    // Slug or snail pellets whose poison is not named: metaldehyde or ferric phosphate — poison control now, an
    // emergency once a sign of metaldehyde shows.
    zh: ['杀螺剂', '蜗牛药', '杀蜗牛药', '蜗牛诱饵', '杀蜗剂', '灭螺药'],
    en: ['slug pellets?', 'slug bait', 'snail pellets?', 'snail bait', 'slug killer', 'snail killer'],
    routes: ['swallowed'],
    latentHours: [1, 3],
    lull: false,
    course: 'prompt',
    amount: { child: 'symptom', adult: 'symptom' },
    signs: ['seizure', 'collapse', 'confusion', 'gi', 'tremor'],
    danger: {
      zh: '杀蜗牛药（可能含四聚乙醛）：小孩误食后需要问中毒热线，出现呕吐、走路不稳或抽搐立即急诊',
      en: 'slug or snail pellets (they may be metaldehyde): call poison control; vomiting, unsteadiness or a fit means an emergency',
    },
    source: 'TOXBASE metaldehyde / ferric phosphate molluscicides',
  },
  {
    id: 'tobacco',
    kind: 'chemical',
    // A cigarette or its end eaten by a small child: the nicotine in one cigarette can make a toddler vomit, pale and
    // drowsy within an hour; most eat less and only vomit — poison control now, an emergency with signs.
    zh: ['烟头', '烟蒂', '烟屁股', '香烟', '卷烟', '烟丝', '嚼烟'],
    en: [
      'cigarette butts?',
      'cigarette ends?',
      'cig butts?',
      'fag ends?',
      'dog ends?',
      'cigarettes?',
      'cigar',
      'cigars',
      'tobacco',
      'chewing tobacco',
      'rolling tobacco',
    ],
    routes: ['swallowed'],
    latentHours: [0, 2],
    lull: false,
    course: 'prompt',
    amount: { child: 'symptom', adult: 'none' },
    signs: ['gi', 'seizure', 'collapse', 'breathing', 'confusion'],
    danger: {
      zh: '小孩吃了烟头或香烟：尼古丁可在一小时内引起呕吐、面色苍白、嗜睡，严重时抽搐',
      en: 'a cigarette or cigarette end eaten by a child: the nicotine can cause vomiting, pallor and drowsiness within an hour, fits when it is more',
    },
    source: 'TOXBASE tobacco (children: ≥ 1 cigarette or ≥ 3 butts → assessment; vomiting, pallor, drowsiness, seizures)',
  },
  {
    id: 'unnamed-pesticide',
    kind: 'chemical',
    // A farm pesticide swallowed without its name: in China mostly an organophosphate or paraquat — read as the worst of
    // its kind until named; sprayed, it is an organophosphate's cholinergic signs that tell the poisoning.
    zh: ['农药'],
    en: ['pesticides?', 'crop sprays?', 'farm chemicals?', 'agricultural chemicals?'],
    safe: { zh: ['残留', '蔬菜', '水果', '洗菜'], en: ['residues?', 'unwashed', 'vegetables?', 'fruit', 'organic', 'salad'] },
    routes: ['swallowed', 'skin'],
    latentHours: [0, 12],
    lull: false,
    course: 'prompt',
    amount: { child: 'any', adult: 'any' },
    signs: ['cholinergic', 'breathing', 'collapse', 'confusion', 'seizure'],
    danger: {
      zh: '农药中毒（名称不明时按有机磷或百草枯处理）：流涎、出汗、瞳孔缩小、呼吸困难可很快危及生命',
      en: 'a pesticide poisoning whose name is not known (treated as an organophosphate or paraquat until it is): drooling, sweating, tiny pupils and breathlessness can turn life-threatening quickly',
    },
    source: 'disease-kg-zh 农药中毒; WHO pesticide self-poisoning (organophosphates and paraquat the commonest in Asia)',
  },
];

/** Medicines dangerous to a toddler at one tablet, one patch or one sip (the poison centres' "one pill can kill" list:
 *  Bar-Oz et al. 2004, Michael & Sztajnkrycer 2004), by class: each read by its stems (Latin), its Chinese names or
 *  endings, and the canonical names in the knowledge base's alias table whose brands count too (src/knowledge/drugs.ts).
 *  Read by src/safety/triage/child-medicine.ts: a young child × one of these swallowed is an emergency whatever the count. */
export const ONE_PILL_CLASSES: Readonly<Record<string, { en: RegExp; zh: RegExp; canonical: RegExp }>> = {
  'calcium-channel blocker': {
    en: /\b\w+dipines?\b|\b(?:verapamil|diltiazem)\b/i,
    zh: /[\p{Script=Han}]{1,4}地平|维拉帕米|地尔硫[卓䓬]/u,
    canonical: /地平$|^维拉帕米$|^地尔硫/u,
  },
  'beta-blocker': {
    en: /\b\w{2,}(?:olol|alol)s?\b|\bcarvedilol\b/i,
    zh: /[\p{Script=Han}]{1,4}洛尔/u,
    canonical: /洛尔$/u,
  },
  sulfonylurea: {
    en: /\b(?:glipizide|gliclazide|glimepiride|glibenclamide|glyburide|gliquidone|tolbutamide|chlorpropamide)\b/i,
    zh: /(?<![西吡达恩卡利])格列(?:美脲|齐特|吡嗪|本脲|喹酮|波脲)|优降糖/u,
    canonical: /^格列(?:美脲|齐特|吡嗪|本脲|喹酮|波脲)$/u,
  },
  opioid: {
    // Patches, films and the daily methadone drink too: one used fentanyl patch sucked, one buprenorphine film, one sip.
    en: /\b(?:tramadol|codeine|oxycodone|oxycontin|oxys?|morphine|methadone|buprenorphine|bupe|suboxone|subutex|zubsolv|fent[aeiouy]n[aeiouy]l|duragesic|hydrocodone|hydromorphone|dilaudid|tapentadol|percocet|vicodin|norco|co-codamol|purple drank|opioids?|opiates?)\b/i,
    zh: /曲马多|可待因|羟考酮|奥施康定|吗啡|美沙酮|丁丙诺啡|芬太尼|氢可酮|氢吗啡酮|他喷他多|氨酚待因|阿片|止咳水/u,
    canonical: /^(?:曲马多|可待因|羟考酮|吗啡|美沙酮|丁丙诺啡|芬太尼)$/u,
  },
  tricyclic: {
    en: /\b(?:amitriptyline|nortriptyline|imipramine|clomipramine|desipramine|doxepin|dosulepin|dothiepin|trimipramine|lofepramine)\b/i,
    zh: /阿米替林|去甲替林|丙米嗪|氯米帕明|多塞平|多虑平|度硫平/u,
    canonical: /^(?:阿米替林|去甲替林|丙米嗪|氯米帕明|多塞平)$/u,
  },
  clonidine: { en: /\b(?:clonidine|catapres)\b/i, zh: /可乐定/u, canonical: /^可乐定$/u },
  // Cardiac and other narrow-margin medicines on the same list.
  digoxin: { en: /\b(?:digoxin|lanoxin|digitoxin)\b/i, zh: /地高辛|洋地黄毒苷|西地兰/u, canonical: /^地高辛$/u },
  colchicine: { en: /\b(?:colchicine|colcrys|mitigare)\b/i, zh: /秋水仙碱|秋水仙素/u, canonical: /^秋水仙碱$/u },
  'class-Ic antiarrhythmic': {
    en: /\b(?:flecainide|tambocor|propafenone|rythmol|disopyramide)\b/i,
    zh: /氟卡尼|普罗帕酮|心律平|丙吡胺/u,
    canonical: /^(?:氟卡尼|普罗帕酮)$/u,
  },
  antimalarial: {
    en: /\b(?:chloroquine|hydroxychloroquine|plaquenil|quinine|primaquine|mefloquine)\b/i,
    zh: /羟氯喹|氯喹|奎宁|伯氨喹|甲氟喹/u,
    canonical: /^(?:羟氯喹|氯喹|奎宁)$/u,
  },
  theophylline: { en: /\b(?:theophylline|aminophylline|uniphyllin)\b/i, zh: /茶碱/u, canonical: /茶碱$/u },
  diphenoxylate: { en: /\b(?:diphenoxylate|lomotil|co-phenotrope)\b/i, zh: /地芬诺酯/u, canonical: /地芬诺酯/u },
  phenothiazine: {
    en: /\b(?:chlorpromazine|thioridazine|prochlorperazine|largactil)\b/i,
    zh: /氯丙嗪|硫利达嗪|异丙嗪|冬眠灵/u,
    canonical: /^(?:氯丙嗪|异丙嗪)$/u,
  },
  // Nasal and eye decongestant drops swallowed (滴鼻净): coma and a slow heart in a toddler from a few millilitres.
  imidazoline: {
    en: /\b(?:naphazoline|oxymetazoline|xylometazoline|tetrahydrozoline|tetryzoline|visine|afrin|otrivine?|clear eyes)\b/i,
    zh: /滴鼻净|萘甲唑啉|羟甲唑啉|赛洛唑啉|四氢唑啉|鼻炎滴剂|呋麻滴鼻/u,
    canonical: /唑啉$/u,
  },
  bupropion: { en: /\b(?:bupropion|wellbutrin|zyban)\b/i, zh: /安非他酮/u, canonical: /^安非他酮$/u },
  'blood-pressure or diabetes tablets': {
    en: /\b(?:(?:blood ?pressure|bp|heart|diabetes|diabetic|sugar|blood sugar) (?:pills?|tablets?|meds|medicines?|medications?)|sugar tablets?)\b/i,
    zh: /降压药|降糖药|降血压的?药|降血糖的?药|心脏病?的?药|糖尿病的?药|高血压的?药/u,
    canonical: /(?!)/u,
  },
};
