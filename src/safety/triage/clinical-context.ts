// Clinical rules that read the situation around a symptom rather than the symptom's own wording:
// - exposures (exposure.ts): carbon monoxide from a burning fuel in a closed space; poisoning by a narrow-margin
//   medicine taken as prescribed (lithium, digoxin, theophylline, antiepileptics, methotrexate, colchicine, opioids,
//   sulfonylureas, amiodarone) once a precipitant or its toxicity signs appear;
// - risk context for a clot in the lung: a recent journey, operation, birth, plaster cast, hormones, cancer or an
//   earlier clot, beside breathlessness, pain on breathing in or coughed blood, with a sudden onset, a fast pulse or
//   low oxygen (Wells-style: the context is what makes the same breathlessness an emergency);
// - haematological crises: sickle cell disease with chest symptoms, fever or neurological signs (acute chest
//   syndrome, sepsis, stroke); a bleeding disorder with a head injury or a bleed that will not stop; fever without a
//   working spleen (overwhelming post-splenectomy infection).
import type { ClinicalContext, ClinicalRule } from './clinical.js';
import { affirmed, clinicalRule } from './clinical.js';
import { readCarbonMonoxide, readToxicity } from './exposure.js';

// --- Risk context for a clot ----------------------------------------------------------------------------------
/** A recent journey: a long flight or drive, or just back from somewhere. */
const JOURNEY =
  /(?:长途|长时间|十几个小时|\d{1,2}\s*(?:多)?个?小时)[^，。]{0,6}(?:飞机|航班|火车|坐车|开车|飞行|大巴)|(?:飞机|航班)[^，。]{0,6}(?:十几个小时|\d{1,2}\s*(?:多)?个?小时)|(?:刚|才|前(?:天|几天))?(?:从[^，。]{1,10})?(?:回国|出差回来|旅游回来|旅行回来|飞回来|坐飞机回来)|\b(?:long[- ]haul|\d{1,2}[- ]?(?:hour|hr)s? (?:flight|drive|journey|bus|train))\b|\b(?:got|came|flew|arrived|just) (?:back|home) (?:from|off)\b|\bjust back from\b|\breturned (?:home )?from\b|\b(?:flight|flew) (?:back )?(?:from|home)\b|\bafter (?:a|the|my|our) (?:long )?(?:flight|trip|journey|drive)\b/i;
/** Plaster, a boot, bed rest. */
const IMMOBILE =
  /打(?:了)?石膏|石膏|支具|卧床|躺了?[^，。]{0,4}(?:好几天|几天|一周|一个星期|很久)|\b(?:cast|plaster|moon boot|walking boot|bed ?(?:bound|rest|ridden)|laid up|immobil\w*|on crutches)\b/i;
/** Hormones, cancer, an earlier clot. */
const CLOT_BACKGROUND =
  /避孕药|激素替代|雌激素|癌|肿瘤|化疗|(?:以前|之前|曾经|得过)[^，。]{0,6}血栓|\b(?:the pill|contraceptive pill|combined pill|hrt|oestrogen|estrogen|cancer|chemo\w*|tumou?r)\b|\b(?:had|history of|previous) (?:a )?(?:dvt|clot|blood clot|pe|pulmonary embol\w*)\b/i;
const BREATH_ON_INSPIRATION =
  /(?:吸气|深呼吸|呼吸)[^，。]{0,4}(?:痛|疼|刺痛)|\b(?:hurts?|pain|sharp|stabbing)\b[^.]{0,40}\b(?:breathe in|breathing in|deep breath|take a breath|when i breathe)\b/i;

function clotRiskContext(c: ClinicalContext): boolean {
  return (
    c.modifiers.has('recentSurgery') ||
    c.modifiers.has('postpartum') ||
    c.modifiers.has('pregnant') ||
    c.signs.has('clotRisk') ||
    affirmed(JOURNEY, c.text) ||
    affirmed(IMMOBILE, c.text) ||
    affirmed(CLOT_BACKGROUND, c.text)
  );
}
const fastOrLowOxygen = (c: ClinicalContext) => c.vitals.some((v) => v.id === 'fast-hr' || v.id === 'extreme-hr' || v.id === 'hypoxia' || v.id === 'low-spo2');

// --- Haematology ----------------------------------------------------------------------------------------------
const FEVER =
  /发烧|发热|高烧|烧到|寒战|打摆子|\bfever\w*|\bfebrile\b|\brigou?rs?\b|\bshivering\b|(?<![\d.])(?:3[89]|4[0-2])(?:\.\d)?\s*(?:度|°|℃|c\b|degrees)|\btemp(?:erature)?\b[^.]{0,12}(?<![\d.])(?:3[89]|4[0-2])(?:\.\d)?(?![\d])/i;
const CHEST_OR_BREATH =
  /胸(?:口)?(?:痛|疼|闷)|喘不上气|气短|气促|呼吸困难|\bchest (?:pain|hurts?|tight\w*)\b|\bbreathless\w*|\bshort of breath\b|\bcan'?t (?:catch (?:my|his|her) )?breath\b/i;
const PRIAPISM =
  /阴茎[^，。]{0,6}(?:勃起|硬)[^，。]{0,6}(?:不消|不下去|几个小时|\d+\s*个?小时)|\bpriapism\b|\berection (?:\w+ ){0,4}(?:won'?t go|not going|for (?:\d+|two|three|four) hours)\b/i;
const HEAD_BUMP =
  /(?:撞|磕|碰|摔)[^，。]{0,4}(?:头|脑袋|后脑)|头[^，。]{0,3}(?:撞|磕|碰)|\b(?:hit|bumped|banged|knocked|struck) (?:\w+ ){0,2}head\b|\bhead (?:injury|bump|knock)\b|\bfell and hit\b/i;
const BLEED_WONT_STOP =
  /(?:血|出血|流血)[^，。]{0,6}(?:止不住|不止|停不下来|一直流)|止不住[^，。]{0,3}血|\bbleed\w* (?:\w+ ){0,3}(?:won'?t|will not|doesn'?t|isn'?t) stop\w*|\bcan'?t stop (?:the )?bleed\w*|\bstill bleeding\b/i;
const JOINT_BLEED =
  /(?:关节|膝盖|膝|肘|脚踝|踝)[^，。]{0,6}(?:肿|胀|热|积血)|\b(?:knee|elbow|ankle|joint|hip)\b[^.]{0,20}\b(?:swollen|swelling|hot|tight|bleed\w*)\b/i;
const INTERNAL_BLOOD = /吐血|呕血|黑便|便血|\bvomit\w* (?:up )?blood\b|\bblack (?:stools?|poo)\b|\bblood in (?:the |his |her |my )?(?:stool|poo|vomit)\b/i;
const URINARY =
  /尿痛|尿频|尿急|小便[^，。]{0,4}(?:痛|疼|烧|灼)|尿尿[^，。]{0,4}(?:痛|疼)|\b(?:burn\w*|sting\w*|hurts?|pain\w*) (?:\w+ ){0,2}(?:pee|peeing|wee|weeing|urinat\w*)\b|\bdysuria\b|\buti\b|\bwater infection\b|\bbladder infection\b/i;
const LOIN =
  /腰(?:痛|疼|酸)|后腰|肾区|(?:左|右)?(?:侧)?腰(?:部|眼)|\b(?:lower back|flank|loin|side of (?:my|his|her) back|back (?:pain|aches?|hurts?))\b|\b(?:back|side)\b[^.]{0,12}\b(?:aches?|hurts?|pain)\b/i;
const STROKE_SIGNS = ['armWeak', 'speech', 'faceDroop', 'visionLoss', 'confusion', 'unconscious'] as const;

export const CONTEXT_RULES: readonly ClinicalRule[] = [
  clinicalRule(
    'carbon-monoxide-exposure',
    'emergency',
    '疑似一氧化碳中毒（在密闭空间里烧炭、用燃气或发电机后出现头痛、恶心、头晕或晕倒）',
    'possible carbon monoxide poisoning (a fuel burning in a closed space, then headache, nausea, dizziness or fainting)',
    '立即打开门窗、离开房间到空气新鲜处，关掉火源；立即呼叫急救。',
    'Open doors and windows, get everyone out into fresh air and turn the source off if safe; call an ambulance now.',
    (c) => readCarbonMonoxide(c.text) !== null,
  ),
  clinicalRule(
    'medicine-toxicity',
    'emergency',
    '疑似药物中毒（长期服用的治疗窗窄的药物出现中毒表现，如锂盐、地高辛、茶碱）',
    'possible poisoning by a regular medicine with a narrow safe range (lithium, digoxin, theophylline and similar)',
    '暂停下一次服药，带上药盒，立即去急诊查血药浓度。',
    'Do not take the next dose; bring the medicine with you and go to an emergency department now for a blood level.',
    (c) => readToxicity(c.text) !== null,
  ),
  clinicalRule(
    'clot-risk-breathlessness',
    'emergency',
    '疑似肺栓塞（近期长途旅行、手术、分娩、石膏固定或服用激素后突然气短、吸气胸痛或咯血）',
    'possible blood clot in the lung (sudden breathlessness, pain on breathing in or coughed blood after a journey, operation, birth, cast or hormones)',
    '保持坐位休息，不要走动；立即呼叫急救。',
    'Sit and rest, do not walk about, and call an ambulance now.',
    (c) => {
      const breath = c.signs.has('dyspnea') || c.signs.has('severeDyspnea');
      const pleuritic = c.signs.has('pleuritic') || affirmed(BREATH_ON_INSPIRATION, c.text);
      const blood = c.signs.has('hemoptysis');
      if (!(breath || pleuritic || blood)) return false;
      if (!clotRiskContext(c)) return false;
      const discriminators = [c.signs.has('suddenOnset'), fastOrLowOxygen(c), blood, pleuritic, c.signs.has('legClot'), c.signs.has('syncope')].filter(
        Boolean,
      ).length;
      return breath ? discriminators >= 1 : discriminators >= 2;
    },
    true,
  ),
  clinicalRule(
    'sickle-cell-crisis',
    'emergency',
    '镰状细胞病出现胸痛气短、发烧或神经症状（急性胸部综合征、感染或卒中风险）',
    'sickle cell disease with chest pain or breathlessness, fever, or stroke signs (acute chest syndrome, infection, stroke)',
    '立即去急诊，告诉医生你有镰状细胞病；不要在家等待。',
    'Go to an emergency department now and say you have sickle cell disease; do not wait at home.',
    (c) =>
      c.modifiers.has('sickleCell') &&
      (affirmed(CHEST_OR_BREATH, c.text) ||
        c.signs.has('dyspnea') ||
        affirmed(FEVER, c.text) ||
        affirmed(PRIAPISM, c.text) ||
        STROKE_SIGNS.some((s) => c.signs.has(s))),
  ),
  clinicalRule(
    'bleeding-disorder-bleed',
    'emergency',
    '出血性疾病（血友病、血小板很低等）伴头部外伤、出血不止、关节出血或消化道出血',
    'a bleeding disorder (haemophilia, very low platelets) with a head injury, bleeding that will not stop, a joint bleed or blood from the gut',
    '带上凝血因子或治疗卡，立即去急诊；有头部外伤即使现在没有症状也要去。',
    'Take your factor or treatment card and go to an emergency department now; after a head injury go even if you feel fine.',
    (c) =>
      c.modifiers.has('bleedingDisorder') &&
      (affirmed(HEAD_BUMP, c.text) ||
        c.signs.has('headInjury') ||
        affirmed(BLEED_WONT_STOP, c.text) ||
        affirmed(INTERNAL_BLOOD, c.text) ||
        affirmed(JOINT_BLEED, c.text)),
  ),
  clinicalRule(
    'upper-urinary-infection',
    'urgent',
    '发烧伴尿路症状和腰痛（疑似肾盂肾炎）',
    'fever with urinary symptoms and back or side pain (possible kidney infection)',
    '今天就去看医生（需要抗生素，可能要验尿验血）；如出现意识模糊、呼吸急促、皮肤发花或不能喝水，立即呼叫急救。',
    'See a doctor today (antibiotics, urine and blood tests); call an ambulance if confusion, fast breathing, mottled skin or being unable to keep fluids down appear.',
    (c) => affirmed(FEVER, c.text) && affirmed(URINARY, c.text) && affirmed(LOIN, c.text),
  ),
  clinicalRule(
    'asplenic-fever',
    'emergency',
    '脾切除（或无脾）的人发烧（可能迅速发展为严重感染）',
    'fever in someone without a working spleen (infection can become overwhelming within hours)',
    '立即去急诊，告诉医生没有脾脏；如有备用抗生素，现在就服用。',
    'Go to an emergency department now and say there is no spleen; take your standby antibiotics now if you have them.',
    (c) => c.modifiers.has('asplenic') && affirmed(FEVER, c.text),
  ),
];
