// Red flags that a risk modifier adds to a presentation. The same complaint needs a different first question for a
// different patient: a new headache at 67 must be asked the signs of giant-cell arteritis (sight can be lost within
// days), at 30 it need not; any period problem in a woman who could be pregnant is first a question of pregnancy. A
// complaint entry or a triage presentation lists the red flags of the complaint; these screens list what the patient's
// age, sex or state adds to it, so they apply to every wording of the complaint the recognisers know. Pure: the case
// as read in, the questions out.
import { LIFELONG } from '../safety/triage/arteritis.js';
import type { PresentationId } from '../safety/triage/presentations.js';
import { BODILY, MIND } from './discriminators.js';
import { TREATMENT_CAUTIONS } from './treatment-cautions.js';
import type { CaseFacts, ConsultLang } from './types.js';

/** What a screen reads: the complaint as recognised, the presentations and complaint entries found, the facts. */
export interface RiskContext {
  text: string;
  presentations: readonly PresentationId[];
  complaints: readonly string[];
  facts: CaseFacts;
}

export interface RiskScreen {
  id: string;
  /** Source of the rule (guidance that names the modifier). */
  source: string;
  applies: (c: RiskContext) => boolean;
  ask: Record<ConsultLang, string>;
  /** A question already chosen that names these signs asks this screen: it is not asked twice. */
  covered: RegExp;
}

/** A period, named in any of the ways the complaint entries and lay words name it. */
const PERIODS = /月经|例假|大姨妈|经期|\bperiods?\b|\bmenstrua\w*/i;

/** Weeks after a birth: the mother's own complaint ("生完孩子两周", "had my baby 10 days ago", "since the birth"). */
const AFTER_BIRTH =
  /生完(?:孩子|宝宝)|产后|坐月子|剖腹产后|顺产后|\b(?:postpartum|post-natal|postnatal|had (?:my|the|our) baby|gave birth|since the birth|after (?:the|my) (?:birth|c-section|caesarean|delivery))\b/i;

const ZH_DIGIT: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 几: 3 };
const EN_NUMBER: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, few: 3 };

/**
 * The birth is at most `weeks` weeks ago, as said ("生完孩子两周", "坐月子", "had my baby 10 days ago", "gave birth 3 weeks
 * ago"); a time in months or none said is not within it (the serious illnesses of the postnatal period come in its
 * first weeks; a mother four months on is asked her complaint's own questions).
 */
function withinWeeksOfBirth(text: string, weeks: number): boolean {
  if (!AFTER_BIRTH.test(text)) return false;
  if (/月子/.test(text)) return true;
  const zh = /(?:生完(?:孩子|宝宝)?|产后|生了)[^，。]{0,3}?(\d+|[一两二三四五六七八九十几]+)\s*(天|周|个?星期|个?礼拜)/.exec(text);
  if (zh) {
    const n = /^\d+$/.test(zh[1]) ? Number(zh[1]) : (ZH_DIGIT[zh[1]] ?? Number.NaN);
    return zh[2] === '天' ? n <= weeks * 7 : n <= weeks;
  }
  const en = /\b(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|few)\s+(days?|weeks?)\s+(?:ago|old|since|postpartum|after)\b/i.exec(text);
  if (en) {
    const n = /^\d+$/.test(en[1]) ? Number(en[1]) : (EN_NUMBER[en[1].toLowerCase()] ?? Number.NaN);
    return /^day/i.test(en[2]) ? n <= weeks * 7 : n <= weeks;
  }
  return false;
}

/** A complaint new to the patient ("never really get headaches", "isn't like me", "以前从不头疼"). */
const NEW_TO_ME =
  /以前(?:从来)?(?:不|没)|从来(?:不|没)|很少(?:头疼|头痛)|\b(?:never (?:really |usually |normally )?(?:get|got|had|have|used to get)|(?:isn'?t|is not|not) like me|not normal for me|unusual for me|new (?:kind of |type of |sort of )?headaches?)\b/i;

/** An anticoagulant or antiplatelet, by class or name (the names that patients say). */
const BLOOD_THINNER =
  /抗凝|华法林|利伐沙班|阿哌沙班|达比加群|氯吡格雷|\b(?:blood thinners?|anticoagulants?|warfarin|apixaban|eliquis|rivaroxaban|xarelto|edoxaban|dabigatran|pradaxa|clopidogrel)\b/i;
/** Diabetes or its treatment named in the message. */
const DIABETES = /糖尿病|胰岛素|二甲双胍|\b(?:diabetes|diabetic|type [12]|insulin|metformin|gliclazide)\b/i;
/** Chemotherapy or a medicine that suppresses immunity. */
const IMMUNOSUPPRESSED =
  /化疗|免疫抑制|甲氨蝶呤|激素[^，。]{0,4}(?:很久|长期)|长期(?:吃|用)激素|\b(?:chemo\w*|immunosuppress\w*|methotrexate|azathioprine|biologics?|on (?:long-term )?steroids|prednisolone|transplant)\b/i;

/** Known asthma or its inhalers ("my blue inhaler", "ventolin", "哮喘", "喷沙丁胺醇"). */
const ASTHMA = /哮喘|沙丁胺醇|万托林|喷雾剂|\b(?:asthma\w*|inhalers?|puffers?|ventolin|salbutamol|reliever|symbicort|seretide)\b/i;

/** Asthma asked about, not known ("这是哮喘吗", "could it be asthma?"): no diagnosis to grade. */
const ASTHMA_ASKED = /(?:是不是|是|会不会是)哮喘|哮喘吗|\b(?:is (?:it|this|that)|could (?:it|this|that) be|might (?:it|this) be|maybe) asthma\b/gi;

const HEADACHE_WORDS = /头(?:痛|疼)|脑袋(?:痛|疼)|\bhead ?aches?\b|\bhead (?:hurts|pain)\b/i;

/** Pregnancy is possible: not a man, not known not pregnant (after the menopause), of an age that can conceive. */
const couldConceive = (f: CaseFacts): boolean =>
  f.sex !== 'male' && f.pregnant !== true && f.pregnant !== false && (f.age === undefined || (f.age >= 12 && f.age <= 55));

/**
 * A problem of the skin, a nail or a wound on the foot (not a sprain or a pain in the joint): where diabetes or poor
 * circulation may be, a foot problem is first a question of them — an infection or a break in the skin there needs
 * care within a day, and a fungal nail's treatment changes with them.
 */
const FOOT_SKIN =
  /(?:脚|足|趾)[^，。？?]{0,6}(?:甲|指甲|皮|鸡眼|老茧|茧子|水泡|水疱|伤口|破|溃|烂|裂|疣|脚气|癣|红肿|化脓)|灰指甲|甲癣|脚气|嵌甲|甲沟炎|\b(?:toe ?nails?|ingrown|athlete'?s foot|verrucas?|bunion|corns?|callus\w*|fungal nails?|nail fungus)\b|\b(?:foot|feet|toes?|heels?|soles?)\b[^.?!]{0,30}\b(?:nails?|blisters?|sores?|cuts?|wounds?|ulcers?|cracks?|cracked|peeling|fungus|fungal|infected|pus)\b|\b(?:nails?|blisters?|sores?|cuts?|wounds?|ulcers?|cracks?|cracked|peeling|fungus|fungal|infected|pus)\b[^.?!]{0,30}\b(?:foot|feet|toes?|heels?|soles?)\b/i;

/** Contact lenses worn (the modifier) and an eye that is red, sore, painful or blurred (the presentation). */
const CONTACT_LENS = /隐形眼镜|美瞳|角膜塑形|OK镜|\b(?:contact lens\w*|contacts wearer|wear(?:ing)? contacts|(?:my|in|out|the) contacts|lenses)\b/i;
const SORE_EYE =
  /眼[^，。？?]{0,6}(?:红|疼|痛|模糊|怕光|磨|流泪|分泌物)|\beyes?\b[^.?!]{0,30}\b(?:red|sore|pain\w*|hurts?|blurr\w*|light|gritty|watering|sticky)\b|\b(?:red|sore|painful|blurry|gritty|sticky)\b[^.?!]{0,20}\beyes?\b/i;

export const RISK_SCREENS: readonly RiskScreen[] = [
  {
    id: 'giantCellArteritis',
    source: 'NICE CKS Headache – assessment (new headache over 50); BSR guideline on giant cell arteritis 2020',
    applies: (c) =>
      c.facts.age !== undefined && c.facts.age >= 50 && (c.presentations.includes('headache') || HEADACHE_WORDS.test(c.text)) && !LIFELONG.test(c.text),
    ask: {
      zh: '有没有咀嚼时下巴疼、头皮一碰就疼（比如梳头时），或看东西模糊、重影、一阵看不见？',
      en: 'Any jaw pain when chewing, a tender scalp (for example when combing your hair), or blurred, double or lost vision?',
    },
    covered: /下巴|头皮|\bjaw\b|\bscalp\b/i,
  },
  {
    // The same screen when the age is not said but the headache is new to the patient ("never really get headaches",
    // "以前从不头疼"): asked on condition of the age, as the triage asks pregnancy on condition ("如果在怀孕…").
    id: 'giantCellArteritisIfOlder',
    source: 'NICE CKS Headache – assessment (new headache over 50); BSR guideline on giant cell arteritis 2020',
    applies: (c) => c.facts.age === undefined && (c.presentations.includes('headache') || HEADACHE_WORDS.test(c.text)) && NEW_TO_ME.test(c.text),
    ask: {
      zh: '如果年过50：有没有咀嚼时下巴疼、头皮一碰就疼（比如梳头时），或看东西模糊、重影、一阵看不见？',
      en: 'If you are over 50: any jaw pain when chewing, a tender scalp (for example when combing your hair), or blurred, double or lost vision?',
    },
    covered: /下巴|头皮|\bjaw\b|\bscalp\b/i,
  },
  {
    id: 'pregnancyPossible',
    source: 'NICE CKS Amenorrhoea, Menorrhagia, Dysmenorrhoea: exclude pregnancy first in a woman who could be pregnant',
    applies: (c) => PERIODS.test(c.text) && couldConceive(c.facts),
    ask: {
      zh: '有没有可能怀孕（最近有没有没避孕的同房，验过孕吗）？',
      en: 'Could you be pregnant (any unprotected sex recently, or have you done a test)?',
    },
    covered: /怀孕|验孕|pregnan/i,
  },
  {
    id: 'upperGiOver55',
    source: 'NICE NG12 Suspected cancer 1.2.7 (dyspepsia, reflux or upper abdominal pain at 55 and over)',
    applies: (c) =>
      c.facts.age !== undefined &&
      c.facts.age >= 55 &&
      (c.complaints.includes('heartburn') ||
        /胃(?:疼|痛|胀|不舒服)|消化不良|\bindigestion\b|\bstomach (?:pain|ache)\b|\bupper (?:belly|abdominal|tummy) pain\b/i.test(c.text)),
    ask: {
      zh: '有没有吞咽困难、体重下降，或反复呕吐？',
      en: 'Any trouble swallowing, weight loss, or vomiting that keeps coming back?',
    },
    covered: /吞咽|\bswallow/i,
  },
  {
    id: 'afterBirth',
    source: 'NICE NG194 Postnatal care 1.2 (symptoms and signs of serious illness in the woman after the birth)',
    applies: (c) =>
      withinWeeksOfBirth(c.text, 6) &&
      !(MIND.test(c.text) && !BODILY.test(c.text)) &&
      !/\b(?:my|our|the) (?:baby|son|daughter|little one)\b[^.?!]{0,20}\b(?:has|is|keeps|won'?t)\b|(?:宝宝|孩子)(?:一直|老是|有点|总是)?(?:发烧|咳|吐|拉)/i.test(
        c.text,
      ),
    ask: {
      zh: '生完孩子后有没有发烧、恶露变多或有臭味、一条腿肿痛，或胸痛气短？',
      en: 'Since the birth, any fever, heavier or smelly bleeding, one painful swollen leg, or chest pain or breathlessness?',
    },
    covered: /恶露|腿肿|\bsmelly\b|\bswollen leg\b/i,
  },
  {
    id: 'itchInPregnancy',
    source: 'RCOG Green-top 43 / NICE CKS Itch in pregnancy (intrahepatic cholestasis of pregnancy)',
    applies: (c) => c.facts.pregnant === true && /痒|\bitch\w*/i.test(c.text),
    ask: {
      zh: '是不是手心脚心最痒、夜里更重、但没有皮疹？有没有尿色变深、大便发白或皮肤眼睛发黄？',
      en: 'Is the itch worst on the palms and soles, worse at night, without a rash? Any dark urine, pale stools or yellow skin or eyes?',
    },
    covered: /手心脚心|palms and soles/i,
  },
  {
    id: 'ovarianOver50',
    source: 'NICE NG12 Suspected cancer 1.5.5 (persistent bloating, early fullness, pelvic pain or urinary urgency in a woman of 50 or over)',
    applies: (c) =>
      c.facts.sex !== 'male' &&
      c.facts.age !== undefined &&
      c.facts.age >= 50 &&
      /腹胀|肚子胀|胀气|\bbloat\w*|\bswollen (?:belly|tummy|stomach)\b/i.test(c.text) &&
      (c.facts.sex === 'female' || /女|她|妈|奶奶|外婆|姥姥|\b(?:she|her|mum|mom|mother|wife|woman)\b/i.test(c.text)),
    ask: {
      zh: '腹胀是不是几乎天天都有，还有吃一点就饱、下腹或盆腔疼、尿急尿频？',
      en: 'Is the bloating there most days, with feeling full quickly, pain low in the tummy or pelvis, or needing to pass urine more often?',
    },
    covered: /吃一点就饱|feeling full quickly|full (?:very )?quickly/i,
  },
  {
    id: 'contactLensEye',
    source:
      'NICE CKS Red eye (a contact lens wearer with a painful red eye: same-day ophthalmology, microbial keratitis); College of Optometrists CMG Microbial keratitis',
    applies: (c) => CONTACT_LENS.test(c.text) && SORE_EYE.test(c.text),
    ask: {
      zh: '有没有戴着隐形眼镜睡觉、游泳或洗澡？眼睛疼不疼、怕不怕光、视力有没有下降？（戴隐形眼镜的人眼睛红疼，当天就要看眼科）',
      en: 'Have you slept, swum or showered in your lenses? Is the eye painful, sensitive to light, or is your vision reduced? (A painful red eye in a lens wearer needs an eye check today.)',
    },
    covered: /隐形眼镜|\blenses\b/i,
  },
  {
    id: 'footDiabetesRisk',
    source:
      'NICE NG19 Diabetic foot problems 1.3 (ulcer, infection or ischaemia: same-day referral); NICE CKS Fungal nail infection (diabetes, peripheral arterial disease, immunosuppression)',
    applies: (c) => FOOT_SKIN.test(c.text),
    ask: {
      zh: '有没有糖尿病、腿脚血液循环不好，或脚发麻没感觉？周围有没有红肿发热、流脓或皮肤破溃？',
      en: 'Do you have diabetes or poor circulation, or any numbness in your feet? Any redness, warmth, swelling, pus or broken skin around it?',
    },
    covered: /糖尿病|\bdiabet/i,
  },
  {
    id: 'onBloodThinner',
    source: 'NICE CKS Anticoagulation – oral (bleeding and head injury on an anticoagulant); NICE NG232 Head injury 1.4',
    applies: (c) =>
      BLOOD_THINNER.test(c.text) &&
      /淤青|青紫|出血|流血|便血|黑便|尿血|摔|磕|撞|鼻血|\b(?:bruis\w*|bleed\w*|blood|fell|fall\w*|knock\w*|bump\w*|hit my head|nosebleeds?)\b/i.test(c.text),
    ask: {
      zh: '有没有碰到头或摔倒、大便发黑或带血、尿里有血、流血止不住？最近一次查凝血（INR）是什么时候？',
      en: 'Any knock to the head or a fall, black or bloody stools, blood in the urine, or bleeding that will not stop? When was your last INR or blood check?',
    },
    covered: /INR|凝血|\bblack or bloody stools\b/i,
  },
  {
    id: 'diabetesSickDay',
    source: 'NICE NG17 / NG28 and Diabetes UK sick-day rules (vomiting or infection in diabetes: ketones, fluids, sugars)',
    applies: (c) =>
      (c.facts.chronic.some((x) => /糖尿病|diabetes/i.test(x)) || DIABETES.test(c.text)) &&
      /吐|拉肚子|腹泻|发烧|发热|感冒|感染|\b(?:vomit\w*|being sick|throwing up|diarrh\w*|fever|temperature|flu|infection|bug)\b/i.test(c.text),
    ask: {
      zh: '血糖现在多少，有没有持续超过15、测到酮体？能喝得进水吗，有没有呼吸深快、犯困？',
      en: 'What are your sugars now — over 15 or any ketones? Can you keep fluids down? Any deep fast breathing or drowsiness?',
    },
    covered: /酮|ketone/i,
  },
  {
    id: 'immunosuppressedFever',
    source: 'NICE NG151 Neutropenic sepsis (fever after chemotherapy); NICE NG51 Sepsis (immunosuppression)',
    applies: (c) =>
      IMMUNOSUPPRESSED.test(c.text) &&
      /发烧|发热|寒战|发冷|感染|\b(?:fever\w*|temperature|temp|shiver\w*|shak(?:y|ing)|chills|infection|unwell)\b/i.test(c.text),
    ask: {
      zh: '现在量体温有没有到38度？有没有寒战发抖、呼吸快、头晕要晕倒，或置管处红肿疼痛？',
      en: 'Is your temperature 38 °C or more (check it now)? Any shivering fits, fast breathing, feeling faint, or a sore red line or port site?',
    },
    covered: /体温|temperature/i,
  },
  {
    id: 'asthmaControl',
    source: 'BTS/SIGN 158 British guideline on the management of asthma (assessing an exacerbation: speech, reliever use, night waking, peak flow)',
    applies: (c) => ASTHMA.test(c.text.replace(ASTHMA_ASKED, ' ')) && /胸闷|喘|气短|咳|憋|\b(?:chest|tight\w*|wheez\w*|breath\w*|cough\w*)\b/i.test(c.text),
    ask: {
      zh: '能不能一口气说完整句话？急救喷雾管不到4小时、或越用越不管用？夜里有没有憋醒？峰流速比平时最好时低多少？',
      en: 'Can you speak in full sentences? Is the reliever lasting less than 4 hours or not helping? Any waking at night? How is your peak flow against your best?',
    },
    covered: /峰流速|peak flow|full sentences|整句话/i,
  },
];

/** Every screen the policy applies: what the patient adds (above), then what a treatment asked for adds. */
export const ALL_RISK_SCREENS: readonly RiskScreen[] = [...RISK_SCREENS, ...TREATMENT_CAUTIONS];

/** The risk screens this case opens, less those a question already chosen or asked covers. */
export function riskScreens(c: RiskContext, lang: ConsultLang, chosen: readonly string[]): string[] {
  const said = chosen.join('\n');
  return ALL_RISK_SCREENS.filter((s) => s.applies(c) && !s.covered.test(said)).map((s) => s.ask[lang]);
}
