// The vocabulary of poisons that are not medicines, by class, and of swallowing one by mistake: one home for the
// clinical ingestion rules (clinical-danger.ts, clinical-more.ts) and the self-harm reader (self-harm-reader.ts),
// which read the same substances for different questions (how dangerous; was it on purpose). Medicines are read
// elsewhere (ingestion.ts, from the knowledge base's alias table).

export type SubstanceClass = 'caustic' | 'hydrocarbon' | 'pesticide' | 'toxicAlcohol' | 'battery' | 'magnets';

/** Names as regex fragments: zh without word boundaries, en wrapped in \b…\b by the builders below. */
export const SUBSTANCES: Record<SubstanceClass, { zh: readonly string[]; en: readonly string[] }> = {
  caustic: {
    zh: [
      '通渠',
      '疏通剂',
      '管道疏通',
      '渠王',
      '洗碗(?:机)?(?:块|粉|球|片|凝珠)',
      '洗衣(?:凝珠|球|珠|液)',
      '洁厕',
      '漂白',
      '除垢',
      '去油',
      '烤箱清洁',
      '火碱',
      '烧碱',
      '强酸',
      '强碱',
      '硫酸',
      '盐酸',
      '消毒水',
      '消毒液',
      '84消毒',
      '清洁剂',
      '清洗剂',
      '洗涤剂',
      '洗洁精',
    ],
    en: [
      '(?:drain|oven|toilet|bowl) cleaner',
      'dishwasher (?:tablets?|pods?|powder|detergent)',
      '(?:laundry|detergent) (?:pods?|capsules?|tabs?)',
      'bleach',
      'caustic',
      'lye',
      'descaler',
      'limescale remover',
    ],
  },
  hydrocarbon: {
    zh: ['汽油', '煤油', '柴油', '灯油', '松节油'],
    en: ['petrol', 'gasoline', 'kerosene', 'paraffin', 'lamp oil', 'lighter fluid', 'white spirit', 'turpentine'],
  },
  pesticide: {
    zh: ['农药', '百草枯', '敌敌畏', '敌草快', '草甘膦', '老鼠药', '鼠药', '杀虫剂', '除草剂', '打药用的'],
    en: ['pesticides?', 'weed ?killer', 'rat poison', 'insecticides?', 'slug pellets', 'paraquat', 'diquat'],
  },
  toxicAlcohol: { zh: ['防冻液', '甲醇', '工业酒精'], en: ['antifreeze', 'methanol', 'windscreen wash'] },
  battery: { zh: ['纽扣电池', '电池'], en: ['button batter\\w*', '(?:coin|lithium) (?:cell|batter\\w*)'] },
  magnets: { zh: ['磁铁', '磁珠', '磁力珠', '磁力球', '巴克球'], en: ['magnets?', 'magnetic (?:balls|beads)', 'buckyballs'] },
};

/** One alternation (no flags) of the names in these classes, zh and en. */
export function substanceSource(classes: readonly SubstanceClass[], langs: readonly ('zh' | 'en')[] = ['zh', 'en']): string {
  const parts: string[] = [];
  for (const c of classes) {
    if (langs.includes('zh')) parts.push(...SUBSTANCES[c].zh);
    if (langs.includes('en')) parts.push(...SUBSTANCES[c].en.map((w) => `\\b${w}\\b`));
  }
  return `(?:${parts.join('|')})`;
}

/** Each class as one case-insensitive regex (the clinical rule reads which class was swallowed). */
export const SUBSTANCE_CLASSES: Record<SubstanceClass, RegExp> = Object.fromEntries(
  (Object.keys(SUBSTANCES) as SubstanceClass[]).map((c) => [c, new RegExp(substanceSource([c]), 'i')]),
) as Record<SubstanceClass, RegExp>;

/** What people drink on purpose to poison themselves (the self-harm reader's poison slot). */
export const SELF_POISON_CLASSES: readonly SubstanceClass[] = ['pesticide', 'caustic', 'toxicAlcohol'];

/** Swallowed by mistake: an accident (a poisoning emergency by the clinical rules), not self-harm. */
export const BY_MISTAKE =
  /误(?:喝|吃|服|食)|喝错|吃错|拿错|不小心|当成|以为是|弄错|搞错|\b(?:by mistake|accident(?:al(?:ly)?)?|thought it was|thinking it was|mistook|turned out to be)\b/i;
