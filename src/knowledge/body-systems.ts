// Organ systems of condition codes and body-site words, Chinese and English: what a text is ABOUT at the level a
// reader of a question and its answer would compare ("ear" and "plantar fasciitis" are different subjects, "knee" and
// "osteoarthritis" one). Systems are the organ-system ICD-10 chapters of icd-chapters.ts (a condition's code gives
// its chapter); the chapters grouped by cause — infections, neoplasms, pregnancy, symptoms, injuries, health services
// — are no system: a question telling of a fever or a pregnancy may be answered about any organ.
import { type ConditionCodes, conditionCodes } from './condition-codes.js';
import { chapterOf, MULTI_SYSTEM_CHAPTERS } from './icd-chapters.js';

/** An organ-system key: the id of an ICD-10 chapter (icd-chapters.ts) that is one organ system ('VII' eye, 'XI' digestive). */
export type BodySystem = string;

/** The organ-system chapter of an ICD-10 code or range, or undefined for the chapters grouped by cause. */
export function systemOfCode(code: string): BodySystem | undefined {
  const c = chapterOf(code);
  return c && !MULTI_SYSTEM_CHAPTERS.has(c.id) ? c.id : undefined;
}

// Body sites by system. Chinese words are two characters or more (一字 such as 心, 肾, 尿 sit inside 心情, 肾虚, 尿酸);
// English words are whole words. Only sites that belong to one system: "head", "chest", "abdomen", "back of the
// neck" hold several and are left out.
const SITES: Record<BodySystem, string> = {
  VII: '眼睛|眼球|眼睑|眼皮|视力|视网膜|角膜|结膜|眼压|eye|eyes|eyelid|eyelids|vision|retina|cornea|conjunctiva',
  VIII: '耳朵|耳道|耳膜|鼓膜|听力|耳鸣|中耳|ear|ears|eardrum|hearing|tinnitus',
  XIII: '膝盖|膝关节|髋关节|肩关节|肩膀|肩周|腰椎|颈椎|脊柱|脚跟|足跟|脚后跟|足底|跟腱|肌腱|韧带|骨质|knee|knees|hip joint|shoulder|shoulders|spine|heel|heels|tendon|ligament|plantar',
  XIV: '乳腺|乳房|乳头|月经|经期|子宫|卵巢|阴道|宫颈|外阴|前列腺|膀胱|尿道|肾脏|睾丸|breast|breasts|nipple|menstrual|menstruation|uterus|ovary|ovaries|vagina|vaginal|cervix|prostate|bladder|urethra|kidney|kidneys|testicle|testicles',
  IV: '甲状腺|胰岛素|血糖|thyroid|insulin|blood sugar|blood glucose',
  XI: '胃部|胃痛|肠道|肝脏|胆囊|胰腺|食管|食道|大便|肛门|牙齿|牙龈|口腔|stomach|bowel|bowels|intestine|intestines|liver|gallbladder|pancreas|esophagus|oesophagus|stool|stools|anus|rectum|tooth|teeth|gums',
  X: '肺部|支气管|鼻子|鼻腔|咽喉|喉咙|扁桃体|lung|lungs|bronchi|nose|nasal|throat|tonsils|sinuses',
  IX: '心脏|血压|血管|静脉|动脉|heart|blood pressure|veins|arteries|artery',
  XII: '皮肤|皮疹|头皮|skin|scalp',
  VI: '神经|大脑|脑部|nerve|nerves|brain',
};

const SITE_RE = new Map<BodySystem, RegExp>(
  Object.entries(SITES).map(([k, v]) => {
    const words = v.split('|');
    const han = words.filter((w) => /\p{Script=Han}/u.test(w));
    const latin = words.filter((w) => !/\p{Script=Han}/u.test(w));
    return [k, new RegExp(`${han.join('|')}|\\b(?:${latin.join('|')})\\b`, 'giu')];
  }),
);

/** How often the text names each system: conditions by their codes (`conditions`: the index to read them with), body
 *  sites by their words. */
export function systemMentions(text: string, conditions: ConditionCodes = conditionCodes()): Map<BodySystem, number> {
  const out = siteMentions(text);
  for (const m of conditions.find(text)) {
    const s = systemOfCode(m.code);
    if (s !== undefined) out.set(s, (out.get(s) ?? 0) + 1);
  }
  return out;
}

/** How often the text names each system's body sites (words only, no conditions). */
export function siteMentions(text: string): Map<BodySystem, number> {
  const out = new Map<BodySystem, number>();
  for (const [s, re] of SITE_RE) for (const _ of text.matchAll(re)) out.set(s, (out.get(s) ?? 0) + 1);
  return out;
}
