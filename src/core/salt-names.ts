// The one list of salt words in medicines' names (#16/#18, session 23: option-names, clinical-names, drugs and
// medicine-mentions each kept a copy that had drifted apart). A base sold as a salt is the same molecule: the acid is
// written BEFORE the base in Chinese (盐酸左氧氟沙星), the cation AFTER it (苯妥英钠), an English salt word after it
// ("codeine phosphate", "amlodipine besylate"). Readers build their own patterns from these lists. Pure data.

/** Acids of a salt, written before the base in Chinese names (中国药品通用名称). */
export const SALT_ACIDS_ZH: readonly string[] = [
  '盐酸',
  '硫酸',
  '枸橼酸',
  '马来酸',
  '醋酸',
  '磷酸',
  '酒石酸',
  '琥珀酸',
  '富马酸',
  '甲磺酸',
  '苯磺酸',
  '氢溴酸',
  '乳酸',
  '门冬氨酸',
  '葡萄糖酸',
];

/**
 * Acids a base is sold as an ESTER of, written before the base like a salt's acid (丙酸氯倍他索 = clobetasol
 * propionate, 十一酸睾酮, 糠酸莫米松, 戊酸雌二醇, 癸酸氟奋乃静): the same active molecule released in the body. A list of
 * its own (not SALT_ACIDS_ZH): readers that strip salts from names keep these; the RL drug verifier reads a product
 * named with one as its base.
 */
export const ESTER_ACIDS_ZH: readonly string[] = [
  '二丙酸',
  '丙酸',
  '苯丙酸',
  '环戊丙酸',
  '丁酸',
  '戊酸',
  '新戊酸',
  '特戊酸',
  '己酸',
  '庚酸',
  '癸酸',
  '十一酸',
  '糠酸',
  '苯甲酸',
  '棕榈酸',
];

/** Cations of a salt, written after the base in Chinese names (苯妥英钠, 双氯芬酸钾, 阿托伐他汀钙). */
export const SALT_CATIONS_ZH: readonly string[] = ['钠', '钾', '钙'];

/** English salt words written after the base. */
export const SALT_WORDS_EN: readonly string[] = [
  'sodium',
  'potassium',
  'calcium',
  'hydrochloride',
  'hcl',
  'sulfate',
  'sulphate',
  'maleate',
  'citrate',
  'acetate',
  'phosphate',
  'tartrate',
  'succinate',
  'besylate',
  'mesylate',
  'fumarate',
  'hydrobromide',
  'estolate',
];

/**
 * Pure: a pattern for a salt part at a name's start or end (the acid before a base of at least two characters, the
 * cation or English salt word after one), with `extraEnd` words that may also close the name (a reader's form words).
 */
export function saltEdgePattern(extraEndZh: readonly string[] = [], extraEndEn: readonly string[] = []): RegExp {
  const zhEnd = [...SALT_CATIONS_ZH, ...extraEndZh].join('|');
  const enEnd = [...SALT_WORDS_EN, ...extraEndEn].join('|');
  return new RegExp(`^(?:${SALT_ACIDS_ZH.join('|')})(?=.{2,})|(?<=.{2,})(?:${zhEnd})$|\\s+(?:${enEnd})$`);
}

/**
 * Ions that pair with a salt but are not stripped from names (removing them would empty 硫酸镁 or "magnesium
 * sulfate"): with the lists above, what a salt's counterpart may be.
 */
const OTHER_IONS_EN: readonly string[] = ['chloride', 'magnesium', 'bicarbonate', 'carbonate', 'gluconate', 'lactate'];
const OTHER_IONS_ZH: readonly string[] = ['镁', '鎂', '鈉', '鉀', '鈣'];
const SALT_ONLY_RE = new RegExp(
  `^(?:${[...SALT_ACIDS_ZH, ...SALT_CATIONS_ZH, ...OTHER_IONS_ZH].join('|')})+$|^(?:\\s*\\b(?:${[...SALT_WORDS_EN, ...OTHER_IONS_EN].join('|')})\\b\\s*)+$`,
  'iu',
);

/**
 * Pure: `rest` (what is left of a name once its salt word goes) is itself only salt and ion words — the salt word was
 * the whole active part and must stay (门冬氨酸钾镁 is not 钾镁, 葡萄糖酸钙 not 葡萄糖酸, "potassium citrate" not
 * "citrate"). An empty rest counts too.
 */
export function saltOnly(rest: string): boolean {
  return !rest.trim() || SALT_ONLY_RE.test(rest.trim());
}

/** English salt words as one alternation (whole words), for readers that strip them with their own form words. */
export const SALT_WORDS_EN_SOURCE: string = SALT_WORDS_EN.join('|');
