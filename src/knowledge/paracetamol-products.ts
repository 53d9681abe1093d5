// Products that contain paracetamol (对乙酰氨基酚, acetaminophen), with the labelled amount per unit, so a reader can add
// up the same ingredient across the brands and combination cold remedies a person took together. Paracetamol is the
// one ingredient here because stacking it is common (a painkiller plus one or two cold remedies) and its limit is
// sharp: 4 g in 24 hours for an adult (BNF "Paracetamol"; NMPA label 对乙酰氨基酚片), over it a staggered overdose
// (TOXBASE / MHRA 2012: ≥ 75 mg/kg in 24 h needs assessment). Strengths are the labelled ones (说明书 / SmPC, cited per
// row); where a brand's variants differ, `mg` is the lowest (so a sum never over-states) or null when the variants are
// too far apart to guess (then only "contains paracetamol" is known).

export interface ParacetamolProduct {
  /** Names as written by people, zh and en, in lower case (matched without case); the longest is matched first. */
  names: readonly string[];
  /** Paracetamol per unit (a tablet, capsule, sachet or labelled dose), mg; null when the variants differ too much. */
  mg: number | null;
  /** A multi-ingredient remedy (a cold and flu product): beside any other paracetamol product it is a second one. A
   *  plain brand beside the generic name ("Tylenol (acetaminophen)") is the same medicine named twice. */
  combination: boolean;
  /** Paracetamol per mL of the product's liquid (a children's suspension or syrup), the lowest labelled strength; absent
   *  when it has no liquid or the liquids differ too much. A volume told ("60 ml of Calpol", "40毫升") is read with it. */
  mgPerMl?: number;
  /** The smallest bottle the liquid is sold in, mL: the size a level told without one ("it was 3/4 full, now 20 ml
   *  left") is read against — the reading that over-calls least. */
  bottleMl?: number;
  /** The largest bottle it is sold in, mL: a whole or half bottle told without a size may be this much, so a reading
   *  over the limit only at this size is a maybe (poison control now), not a reassurance. */
  bottleMlMax?: number;
  /** Where the strength comes from. */
  source: string;
}

// The limits (4 g a day; 75 mg/kg a day for a child) live with the other labelled maxima in
// src/safety/screening/dose-limits.ts.

/** The ingredient by its own names: strength unknown unless told; 300 mg is the lowest adult tablet (0.3 g, NMPA list;
 *  US 325 mg, UK 500 mg), so an untold strength never over-states. */
export const PARACETAMOL_GENERIC: ParacetamolProduct = {
  names: ['对乙酰氨基酚', '扑热息痛', 'paracetamol', 'acetaminophen', 'apap'],
  mg: 300,
  combination: false,
  mgPerMl: 24,
  source: 'lowest adult tablet: 对乙酰氨基酚片 0.3 g (NMPA); lowest liquid: infant suspension 120 mg/5 mL (BNFC)',
};

export const PARACETAMOL_PRODUCTS: readonly ParacetamolProduct[] = [
  PARACETAMOL_GENERIC,
  {
    names: ['泰诺林'],
    mg: 650,
    combination: false,
    mgPerMl: 32,
    bottleMl: 100,
    bottleMlMax: 100,
    source: '泰诺林 对乙酰氨基酚缓释片 label: 650 mg; 泰诺林 对乙酰氨基酚口服混悬液 label: 100 mL:3.2 g (drops are stronger)',
  },
  // Infant drops are the concentrated liquid (100 mg/mL, three times a suspension): a small bottle holds a toddler's
  // toxic dose, so the name decides the strength before the brand's suspension does.
  {
    names: [
      '泰诺林混悬滴剂',
      '泰诺林滴剂',
      '对乙酰氨基酚滴剂',
      '对乙酰氨基酚混悬滴剂',
      '扑热息痛滴剂',
      'infant paracetamol drops',
      'infants paracetamol drops',
      "infants' paracetamol drops",
      'paracetamol drops',
      'tylenol drops',
      'infant tylenol drops',
      'acetaminophen drops',
      'infant acetaminophen drops',
    ],
    mg: null,
    combination: false,
    mgPerMl: 100,
    bottleMl: 15,
    bottleMlMax: 30,
    source: '泰诺林 对乙酰氨基酚混悬滴剂 label: 15 mL:1.5 g (100 mg/mL); US infant concentrated drops 80 mg/0.8 mL',
  },
  { names: ['必理通', '必理痛', 'panadol'], mg: 500, combination: false, source: '必理通 / Panadol tablets label: 500 mg' },
  { names: ['百服宁'], mg: 500, combination: false, source: '百服宁 对乙酰氨基酚片 label: 0.5 g' },
  {
    names: ['calpol'],
    mg: null,
    combination: false,
    mgPerMl: 24,
    bottleMl: 60,
    bottleMlMax: 200,
    source: 'Calpol: 120 mg (Infant) or 250 mg (Six Plus) per 5 mL by age; bottles 60–200 mL',
  },
  // The older children's suspension, twice the infant strength.
  {
    names: ['calpol six plus', 'calpol sixplus', 'calpol 6+', 'calpol 6 plus', 'six plus calpol', 'calpol six+'],
    mg: null,
    combination: false,
    mgPerMl: 50,
    bottleMl: 80,
    bottleMlMax: 200,
    source: 'Calpol Six Plus suspension label: 250 mg/5 mL; bottles 80–200 mL',
  },
  {
    names: ['tylenol'],
    mg: 325,
    combination: false,
    mgPerMl: 32,
    bottleMl: 59,
    bottleMlMax: 118,
    source:
      "Tylenol Regular Strength label: 325 mg (Extra Strength 500 mg); Children's / Infants' Tylenol oral suspension 160 mg/5 mL in 2 and 4 fl oz bottles (59, 118 mL)",
  },
  // Combination cold and flu remedies.
  { names: ['泰诺', '酚麻美敏'], mg: 325, combination: true, source: '泰诺 酚麻美敏片 label: 对乙酰氨基酚 325 mg per tablet' },
  {
    names: ['白加黑', '氨麻美敏', '氨麻苯美'],
    mg: 325,
    combination: true,
    source: '白加黑 日片 氨麻美敏片 / 夜片 氨麻苯美片 label: 对乙酰氨基酚 325 mg per tablet',
  },
  {
    names: ['感康', '快克', '复方氨酚烷胺'],
    mg: 250,
    combination: true,
    source: '复方氨酚烷胺片/胶囊 (感康, 快克) label: 对乙酰氨基酚 250 mg per tablet/capsule',
  },
  { names: ['999感冒灵', '感冒灵'], mg: 200, combination: true, source: '感冒灵颗粒 label: 每袋 10 g 含对乙酰氨基酚 0.2 g' },
  { names: ['维c银翘片', '维c银翘'], mg: 105, combination: true, source: '维C银翘片 label: 每片含对乙酰氨基酚 105 mg' },
  { names: ['散利痛'], mg: 250, combination: true, source: '散利痛 复方对乙酰氨基酚片(Ⅱ) label: 250 mg' },
  { names: ['小儿氨酚黄那敏'], mg: 125, combination: true, source: '小儿氨酚黄那敏颗粒 label: 每袋含对乙酰氨基酚 125 mg' },
  { names: ['氨酚羟考酮'], mg: 325, combination: true, source: '氨酚羟考酮片 NMPA imported list: 对乙酰氨基酚 325 mg' },
  { names: ['co-codamol', 'cocodamol', 'co codamol'], mg: 500, combination: true, source: 'co-codamol 8/500, 15/500, 30/500 SmPC: 500 mg' },
  { names: ['lemsip max'], mg: 1000, combination: true, source: 'Lemsip Max Cold & Flu sachets label: 1000 mg' },
  { names: ['lemsip', 'beechams', 'theraflu'], mg: null, combination: true, source: 'variants differ (sachet, capsule, liquid)' },
  { names: ['nyquil', 'dayquil'], mg: 325, combination: true, source: 'Vicks NyQuil / DayQuil LiquiCaps label: 325 mg per capsule (liquid 650 mg per 30 mL)' },
  { names: ['excedrin'], mg: 250, combination: true, source: 'Excedrin Extra Strength label: 250 mg' },
  { names: ['percocet', 'norco'], mg: 325, combination: true, source: 'Percocet / Norco label: 325 mg' },
  { names: ['vicodin'], mg: 300, combination: true, source: 'Vicodin label: 300 mg' },
];
