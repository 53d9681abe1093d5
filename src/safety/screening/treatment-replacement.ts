// A core treatment replaced by something that is not treatment: "vitamin C infusions and a juice protocol can be used
// instead of surgery and chemotherapy", "大蒜汁浸泡伤口可以代替打破伤风针". The folk-remedy list (lexicon.ts) names
// the remedies writers used before; this reads the shape instead — WHAT is replaced (surgery, chemotherapy, insulin,
// antibiotics, a vaccine, dialysis…) and WHETHER the replacer is itself treatment (another medicine, a procedure, a
// therapy, watchful waiting chosen by a clinician). A supplement, a food, a juice or an oil replacing a core
// treatment is flagged whatever its name. Pure; one flag per sentence at most.
import type { ContentFlag } from '../../core/content-flags.js';
import { findMedicineNames } from '../../knowledge/drugs.js';
import { claimedAndCautioned, LEGITIMATE_CONTEXT, NEGATED_BEFORE, WARNED } from './frames.js';
import { alt, trimSpan } from './text.js';

/** Treatments whose replacement by a non-treatment harms: procedures, disease-modifying and life-saving medicines. */
export const CORE_TREATMENT = alt(
  [
    '\\b(?:surgery|operation|chemo(?:therapy)?|radio(?:therapy)?|radiation(?: therapy)?|dialysis|transplant|insulin|antibiotics?|antivirals?|antiretrovirals?|(?:hiv|tb|anti-?tb) (?:medicines?|drugs?|treatment)|vaccines?|vaccinations?|immuni[sz]ations?|(?:tetanus|rabies|flu) (?:shots?|jabs?|injections?)|shots?|jabs?|blood thinners?|anticoagulants?|inhalers?|steroids?|chemo|prescri(?:bed|ption) (?:medicines?|medication|drugs?|tablets?)|(?:your|their|his|her) (?:medicines?|medication|treatment|tablets|pills))\\b',
    '手术',
    '化疗',
    '放疗',
    '透析',
    '移植',
    '胰岛素',
    '抗生素',
    '抗病毒药',
    '抗凝药',
    '疫苗',
    '打[^，。；]{0,4}针',
    '[^，。；]{0,4}针剂',
    '吸入剂',
    '激素',
    '(?:降压|降糖|降脂|抗癫痫|抗结核|抗抑郁)药',
    '西药',
    '(?:正规|药物|规范)治疗',
  ],
  'u',
);

/** The frame "A instead of / replaces / 代替 B": returns where B starts and the replacer side A. */
const REPLACE_FRAME = alt(
  [
    '\\b(?:instead of|in place of|rather than|as an alternative to|as a substitute for|replaces?|replacing|(?:can|could|may) replace|(?:can|could|may) be used instead of|works as well as|is as effective as|as good as)\\b',
    '(?:可以|可|能|能够|完全)?(?:代替|替代|取代)',
    '(?:效果)?(?:不亚于|胜过|比[^，。；]{0,16}(?:更好|还好|更有效))',
    // 'You can clear a kidney infection without antibiotics by taking oregano oil'.
    // Only with the replacer made explicit by 'by taking…': 'colds get better without antibiotics' is right.
    '\\bwithout\\b(?=[^.;]{0,40}\\bby (?:taking|using|drinking|eating|applying|rubbing|soaking))',
    // '…so you can avoid antibiotics altogether'.
    '\\b(?:so )?(?:you|they) can (?:avoid|skip|do without|forgo|go without)\\b',
  ],
  'u',
);

/** The replacer is treatment itself: a procedure, a therapy, a medicine class, monitoring chosen with a clinician. */
const TREATMENT_REPLACER = alt(
  [
    '\\b(?:surgery|surgical|procedure|operation|therapy|therapies|treatment|medication|medicine|drug|tablets?|injection|infusion of (?:insulin|antibiotics)|radiation|chemo\\w*|dialysis|transplant|surveillance|monitoring|watchful waiting|active surveillance|stent|ablation|laser|catheter|ostomy|pump|device|patch)\\b',
    '手术|治疗|药物|注射|胰岛素泵|监测|随访|支架|消融|激光|导管',
  ],
  'u',
);

/** Not treatment even when a medicine-shaped word is near: foods, supplements, juices, oils, teas, herbs, diets. */
const NON_TREATMENT = alt(
  [
    '\\b(?:salves?|pastes?|poultices?|capsules? of|cranberr\\w*|vitamins?|minerals?|supplements?|juices?|juicing|smoothies?|teas?|oils?|extracts?|herbs?|herbal|diet|diets|fasting|detox|cleanse|garlic|ginger|turmeric|honey|vinegar|cinnamon|colloidal|homeopath\\w*|essential|crystals?|prayer|meditation|foods?|water|saline soak|salt water|baking soda)\\b',
    '孢子粉|灵芝|煎水|维生素|保健品|营养品|果汁|蔬菜汁|汁|茶|油|精油|提取物|草药|偏方|土方|秘方|食疗|饮食|断食|排毒|大蒜|生姜|蜂蜜|醋|盐水|苏打|艾灸|拔罐|刮痧|按摩|气功|祷告|冥想|泡脚',
  ],
  'u',
);

/**
 * Flags for one sentence: a core treatment replaced (or called matched) by a replacer that is no treatment — a
 * supplement, a food, a juice, a home soak — not framed as a warning, a myth or a clinician's choice.
 */
export function treatmentReplacement(sentence: string): ContentFlag[] {
  // A question ('辟谣：喝芹菜汁能代替降压药？') asks; it advises nothing.
  if (/[?？]\s*$/u.test(sentence)) return [];
  const frame = REPLACE_FRAME.exec(sentence);
  if ((!frame || frame.index === undefined) && !/与其[^，。；]{1,20}[，,]?\s*不如/u.test(sentence)) return [];
  const at = frame?.index ?? sentence.indexOf('与其');
  const frameText = frame?.[0] ?? '';
  if (WARNED.test(sentence) || LEGITIMATE_CONTEXT.test(sentence)) return [];
  if (NEGATED_BEFORE.test(sentence.slice(0, at).slice(-14))) return [];
  // A replacement a product claims, cautioned against (声称可以「代替西药」的产品请特别小心): session 44.
  if (frame && claimedAndCautioned(sentence, at)) return [];
  // "与其化疗，不如喝孢子粉": the replaced first, the replacer after 不如.
  const ratherThan = /与其([^，。；]{1,20})[，,]?\s*不如(.+)$/u.exec(sentence);
  let before = sentence.slice(0, at);
  let after = sentence.slice(at + frameText.length);
  if (ratherThan) [after, before] = [ratherThan[1], ratherThan[2]];
  // "Instead of surgery, applying a black salve …": the frame opens the sentence, the replacer follows the replaced.
  else if (before.replace(/[\s\p{P}]/gu, '').length < 3) {
    const cut = after.search(/[,，]/u);
    if (cut > 0) [after, before] = [after.slice(0, cut), after.slice(cut + 1)];
  }
  // "A instead of B" / "A 代替 B": B after the frame; "B can be replaced by A" is rare in this form and left out.
  const replaced = CORE_TREATMENT.exec(after);
  if (!replaced) return [];
  // The replacer may follow the replaced treatment ('without antibiotics by taking oregano oil drops').
  if (!NON_TREATMENT.test(before)) before = after.slice(replaced.index + replaced[0].length);
  // The replacer must be named as a food, supplement or home practice, and not beside a treatment ('hormone therapy
  // with a low-fat diet instead of surgery' names treatment); a bare unknown replacer is left to the other rules.
  if (!NON_TREATMENT.test(before)) return [];
  if (TREATMENT_REPLACER.test(before) || findMedicineNames(before).some((m) => !NON_TREATMENT.test(m))) return [];
  return [{ code: 'replace-treatment', span: trimSpan(sentence), reason: `${replaced[0].trim()} replaced by no treatment` }];
}
