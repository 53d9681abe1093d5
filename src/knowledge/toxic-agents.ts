// Poisons whose danger is hidden or delayed: what each is called, how a person meets it, how long the quiet phase lasts
// and whether the first symptoms pass before the harm shows. A message told during that phase reads reassuring ("现在好多
// 了", "she seems fine", "不怎么疼") while the person needs care now — the knowledge, not the wording, says so. Each row
// cites the Chinese disease knowledge graph entry it is read from (../shared/data/kb/disease-kg-zh, `gaishu_info.name`)
// or the toxicology reference where the graph is silent. Medicines are read elsewhere (drugs.ts, paracetamol-products.ts);
// the everyday household poisons (bleach, pesticides, button batteries) are in src/safety/triage/substances.ts.

export type ExposureRoute = 'swallowed' | 'skin';

export interface ToxicAgent {
  id: string;
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
  /** The first symptoms pass for a while before organ damage (the amatoxin "false recovery"). */
  lull: boolean;
  /** Emergency on exposure alone (lethal at small amounts, or the antidote works only early); otherwise emergency when
   *  a symptom is told or the one exposed is a young child, and urgent (poison control now) when neither. */
  anyAmount: boolean;
  danger: { zh: string; en: string };
  source: string;
}

export const TOXIC_AGENTS: readonly ToxicAgent[] = [
  {
    id: 'wild-mushroom',
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
    named: { zh: ['毒蘑菇', '毒蕈', '毒菌', '白毒伞', '毒鹅膏', '鹅膏'], en: ['death caps?', 'destroying angels?', 'amanitas?', 'poisonous mushrooms?'] },
    safe: {
      zh: ['香菇', '平菇', '金针菇', '杏鲍菇', '蟹味菇', '白玉菇', '口蘑', '双孢菇', '茶树菇', '木耳'],
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
    anyAmount: false,
    danger: {
      zh: '野生毒蘑菇（鹅膏类）中毒：吐泻常在进食6小时以后才出现，随后可有一段“假愈期”，肝肾损害在2～4天内出现',
      en: 'wild mushroom (amanita) poisoning: vomiting starts 6 hours or more after the meal, can seem to get better, and liver and kidney damage follows within 2–4 days',
    },
    source: 'disease-kg-zh 毒蕈中毒 (肝损害型: 潜伏期 15–30 h, 肠胃炎期, 假愈期, 内脏损害期)',
  },
  {
    id: 'hydrofluoric-acid',
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
    anyAmount: true,
    danger: {
      zh: '氢氟酸灼伤：起初可能只有红斑或不太疼，氟离子向深部侵蚀，几小时后剧痛、组织坏死，并可引起低血钙致心律失常',
      en: 'hydrofluoric acid: the skin can look normal and hurt little at first, then the fluoride eats deeper — pain hours later, tissue death, and low calcium that can stop the heart',
    },
    source: 'disease-kg-zh 化学烧伤 (氢氟酸烧伤: 创面起初可能只有红斑…向四周及深部组织侵蚀, 可伤及骨骼)',
  },
  {
    id: 'toxic-alcohol',
    zh: ['甲醇', '工业酒精', '假酒', '防冻液', '乙二醇', '玻璃水'],
    en: ['methanol', 'methyl alcohol', 'wood alcohol', 'antifreeze', 'ethylene glycol', 'screen ?wash', 'windscreen wash', 'de-?icer'],
    routes: ['swallowed'],
    latentHours: [8, 36],
    lull: true,
    anyAmount: true,
    danger: {
      zh: '甲醇/乙二醇中毒：起初像喝醉或没事，8～36小时后出现酸中毒、失明、肾衰竭，解毒越早越好',
      en: 'methanol or antifreeze: it feels like being drunk or nothing at first; acidosis, blindness and kidney failure follow 8–36 hours later, and the antidote works only early',
    },
    source: 'disease-kg-zh 甲醇中毒 (潜伏期8～36h, 中毒早期呈酒醉状态)',
  },
  {
    id: 'castor-bean',
    zh: ['蓖麻子', '蓖麻籽', '蓖麻豆'],
    en: ['castor beans?', 'castor seeds?', 'castor oil (?:plant )?seeds?', 'rosary peas?', 'jequirity beans?'],
    routes: ['swallowed'],
    latentHours: [3, 24],
    lull: false,
    anyAmount: true,
    danger: {
      zh: '蓖麻子（蓖麻毒素）中毒：症状多在3～24小时后才出现，小儿嚼食3～5颗即可致死',
      en: 'castor or rosary beans (ricin, abrin): symptoms can take 3–24 hours, and a few chewed seeds can kill a child',
    },
    source: 'disease-kg-zh 蓖麻子中毒 (多在食后3～24小时出现症状; 儿童食入3～5颗蓖麻子即可致死)',
  },
  {
    id: 'fish-gallbladder',
    zh: ['鱼胆'],
    en: ['fish gall ?bladders?', 'carp gall ?bladders?'],
    // A gallbladder broken while gutting the fish makes the flesh bitter; only the organ swallowed is the poisoning.
    safe: { zh: ['胆破', '胆(?:被)?弄破', '胆(?:被)?碰破', '破了', '肉(?:有点|很)?苦'], en: ['burst', 'broke', 'bitter'] },
    routes: ['swallowed'],
    latentHours: [1, 72],
    lull: false,
    anyAmount: true,
    danger: {
      zh: '鱼胆中毒：吐泻之后2～3天内出现肝肾衰竭，半个大鱼胆就可能超过中毒量',
      en: 'fish gallbladder: vomiting first, then liver and kidney failure within 2–3 days; half of a large one can be a toxic dose',
    },
    source: 'disease-kg-zh 鱼胆中毒 (多在服鱼胆后1～3小时发病…晚期为肝、肾功能损害; 大鱼胆即使半个也远远超过此量)',
  },
  {
    id: 'aconite',
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
    anyAmount: false,
    danger: {
      zh: '乌头类（草乌、川乌、生附子）中毒：口舌发麻之后可突发致命的心律失常',
      en: 'aconite (monkshood, 草乌/川乌): numbness of the mouth can be followed by sudden deadly heart rhythms',
    },
    source: 'disease-kg-zh 杀鼠剂中毒 (乌头 named among plant poisons); aconitine: TOXBASE',
  },
  {
    id: 'nitrite',
    // The salt itself (mistaken for table salt, or bought to die): 亚硝酸盐 in pickles is a food-safety question.
    zh: ['亚硝酸钠', '工业盐'],
    en: ['sodium nitrite'],
    routes: ['swallowed'],
    latentHours: [0, 3],
    lull: false,
    anyAmount: true,
    danger: {
      zh: '亚硝酸盐中毒（误当食盐）：口唇发紫、缺氧，可迅速昏迷、呼吸衰竭',
      en: 'nitrite (mistaken for salt): blue lips and oxygen starvation, which can lead quickly to coma and breathing failure',
    },
    source: 'disease-kg-zh 亚硝酸盐中毒 (意识丧失，惊厥，昏迷，呼吸衰竭甚至死亡)',
  },
];
