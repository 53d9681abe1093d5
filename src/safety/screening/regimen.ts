// Is anyone on a medicine? A stop is harm only to someone taking the medicine: "no need to take a statin",
// "antibiotics are not needed", "eGFR < 30: stop metformin" answer a question about whether to begin one or about how
// a medicine is used in general, and nobody is taken off anything. The question tells which. Someone is on a
// medicine when the question says so (an ongoing intake, a prescription, asking to stop, replace or go on with it),
// or when it is about a person and does not ask whether to begin one. That exemption is for medicines one may well do
// without (a statin yet, antibiotics for a cold): an essential medicine, or one the question's condition requires, is
// harm to stop or to go without whether or not anyone takes it yet (stopsNothing). Pure; normalised (lower-case) text.
import { AF_AFTER_WORD, conditionWords, essentialByClassWord, essentialConditions, namedBy, requiredByEssentialCondition } from './essential-medicines.js';
import { alt } from './text.js';

/** An intake in progress or a regimen asked about: stopping, replacing, going on with, finishing it. */
const REGIMEN = alt([
  '(?:在|正在|一直|长期|已经|坚持|每天|每日|按时|规律)(?:在)?(?:吃|服|用|打|注射|使用)',
  '(?:吃|服|用|打)(?:了|着|过)',
  '(?:开了|开的|给(?:我|他|她|孩子|老人)?开|医生让(?:我|他|她)?(?:吃|服|用))',
  '(?:半|几|\\d+|[一二两三四五六七八九十]+)个?(?:月|年|周|星期|礼拜)(?:了|多)',
  '停|减药|减量|代替|替代|取代|换成|换用|改用|改吃',
  // "还要不要吃", "还需不需要用", "继续吃吗": going on with one — asked with 要不要 as much as with 要.
  '(?:还|继续|仍然?)(?:要不要|需不需要|用不用|该不该|需要|要|得|在)?(?:继续)?(?:吃|服|用|打)',
  "\\b(?:i'm|i am|i've been|i have been|he's|she's|he is|she is|been|currently|still|already|also|and|who) (?:on|taking|using|take|takes|use|uses)\\b",
  '\\b(?:i|he|she|we|they|mom|mum|dad|my \\w+) (?:take|takes|use|uses|took|started|am taking|is taking)\\b',
  '(?:^|[.,;:]\\s*)(?:taking|on) \\w+',
  '\\b(?:prescribed|gave|given|gives|put (?:me|him|her) on|started|starting|begun)\\b',
  '\\bfor \\d+ (?:days|weeks|months|years)\\b',
  // Asking to stop, go on with, taper or replace one, in any inflection ("need to be continued", "need tapering").
  '\\b(?:stop(?:s|ped|ping)?|quit(?:s|ting)?|come off|coming off|continu(?:e|es|ed|ing)|keep taking|still need|finish(?:es|ed|ing)?|taper(?:s|ed|ing)?|wean(?:s|ed|ing)?|replac(?:e|es|ed|ing)|swap(?:s|ped|ping)?|switch(?:es|ed|ing)?|instead of|alternative to|skip(?:s|ped|ping)?)\\b',
  '\\b(?:my|his|her|their) (?:meds|medications?|medicines?|pills|tablets|dose|inhaler|insulin|prescription)\\b',
  '\\d\\s*(?:mg|mcg|µg|毫克|微克|片|粒|units?|iu)(?![a-z])',
]);

/** The question is about a person: the asker, a relative, a patient. */
const PERSON = alt([
  "\\b(?:i|i'm|i've|me|my|we|our|he|she|his|her|him|they|son|daughter|child|baby|toddler|wife|husband|mom|mum|dad|father|mother|patient|friend)\\b",
  '我|他|她|孩子|宝宝|儿子|女儿|老公|老婆|爸|妈|爷爷|奶奶|外公|外婆|老人|家人|患者|病人|\\d+\\s*岁|[男女]\\s*[,，]?\\s*\\d+',
]);

/**
 * Asking whether to begin a medicine: "要不要开始吃二甲双胍", "一定要吃吗", "do I need antibiotics?", "should I start a
 * statin?" — not "还要吃吗" / "do I still need it" / "do I need to finish them" (those ask about one being taken).
 */
const START_ASKED = alt([
  '(?:要不要|需不需要|需要|一定要|必须|该不该|有必要|有没有必要|用不用|吃不吃)(?:开始)?(?:吃|服用?|用|打|上)',
  '\\b(?:do|does|would|will) (?:i|you|we|he|she|they|my \\w+) (?:really |actually )?need(?: to (?:start|take|go on|be on|begin|get))?\\b',
  '\\bshould (?:i|we|he|she|they|my \\w+) (?:start|take|go on|be on|begin|get)\\b',
  '\\b(?:is|are) \\w+ (?:needed|necessary|required)\\b',
]);

/** The question says someone is taking a medicine, or is about a person and does not ask whether to begin one. */
export function onMedication(question: string): boolean {
  if (REGIMEN.test(question)) return true;
  return PERSON.test(question) && !START_ASKED.test(question);
}

/**
 * Medicines nobody who has their indication may do without, so "no need" / "you can stop" is harm whether or not the
 * asker already takes one: anticoagulants and post-stent antiplatelets, antiepileptics, insulin, asthma controllers,
 * antiretrovirals, transplant immunosuppressants, thyroid hormone and antithyroid drugs, long-term steroids. Names the
 * knowledge tables may not carry; a medicine essential to the question's condition is decided by the tables
 * (essential-medicines.ts), whatever its name.
 */
const ESSENTIAL_MEDICINE = alt([
  '\\b(?:anti-?coagulants?|blood[- ]thinners?|warfarin|coumadin|jantoven|apixaban|eliquis|rivaroxaban|xarelto|dabigatran|pradaxa|edoxaban|(?:low[- ]molecular[- ]weight )?heparin|enoxaparin|lovenox|clopidogrel|plavix|ticagrelor|brilinta|prasugrel)\\b',
  '抗凝|华法林|利伐沙班|拜瑞妥|阿哌沙班|艾乐妥|达比加群|泰毕全|艾多沙班|肝素|氯吡格雷|波立维|替格瑞洛|倍林达',
  '\\b(?:anti-?epileptics?|anti-?seizure|anti-?convulsants?|(?:epilepsy|seizure) (?:drugs?|medications?|medicines?|meds|pills?|tablets?)|levetiracetam|keppra|valpro(?:ate|ic acid)|depakote|carbamazepine|tegretol|phenytoin|dilantin|lamotrigine|lamictal|oxcarbazepine|phenobarbital)\\b',
  '抗癫痫|抗惊厥|癫痫药|丙戊酸|德巴金|卡马西平|苯妥英|拉莫三嗪|左乙拉西坦|开浦兰|奥卡西平|苯巴比妥',
  '\\binsulins?\\b|胰岛素',
  '\\b(?:(?:controller|preventer|preventative|preventive|steroid|corticosteroid) inhalers?|inhaled (?:cortico)?steroids?|budesonide|fluticasone|beclomethasone|symbicort|advair|seretide|flovent|pulmicort|qvar)\\b',
  '(?:激素|控制|预防)(?:类)?(?:的)?吸入剂|吸入(?:性)?(?:糖皮质)?激素|布地奈德|氟替卡松|倍氯米松|信必可|舒利迭|普米克',
  '\\b(?:anti-?retrovirals?|arvs?|(?:hiv|aids) (?:medications?|medicines?|drugs?|treatment|pills?|meds)|dolutegravir|biktarvy|tenofovir|efavirenz)\\b',
  '抗逆转录病毒|艾滋病?(?:的)?药|抗艾滋',
  '\\b(?:immunosuppressants?|anti-?rejection (?:drugs?|medications?|medicines?|meds|pills?)|tacrolimus|prograf|cyclosporine|ciclosporin|mycophenolate|cellcept|sirolimus)\\b',
  '免疫抑制剂|抗排异|抗排斥|他克莫司|环孢素|吗替麦考酚酯|骁悉|西罗莫司',
  '\\b(?:levothyroxine|synthroid|thyroxine|eltroxin|thyroid (?:hormones?|medications?|medicines?|pills?|tablets?)|anti-?thyroid|methimazole|carbimazole|propylthiouracil|fludrocortisone)\\b',
  '优甲乐|雷替斯|左甲状腺素|甲状腺素|甲巯咪唑|他巴唑|丙硫氧嘧啶|抗甲状腺药|氟氢可的松',
  '\\b(?:long[- ]term|daily|maintenance|replacement) (?:oral )?(?:steroids?|corticosteroids?|prednis(?:one|olone)|hydrocortisone)\\b',
  '长期(?:服用|吃|用)?(?:的)?(?:激素|泼尼松|强的松)',
]);

const ESSENTIAL_GLOBAL = new RegExp(ESSENTIAL_MEDICINE.source, 'gu');
/**
 * The essential medicines named in a clause, by this list's own names (brands the knowledge tables lack: Symbicort,
 * Advair, 信必可): the stop readers find them as they find the vital medicines (pure; normalised text).
 */
export function essentialMedicineMentions(clause: string): RegExpMatchArray[] {
  return [...clause.matchAll(ESSENTIAL_GLOBAL)];
}

/** A medicine named only as medicine ("药", "your medications", "treatment"): the question says which. */
const GENERIC_MEDICINE =
  /^(?:\s|\b(?:your|his|her|their|the|all|of|any|this|that|these|it|them|regular|daily|usual|prescribed|prescription|medications?|medicines?|meds|pills|tablets|drugs?|treatments?|therapy)\b|所有|全部|一切|长期|正在|平时|常规|医生开|处方|吃|服用|用|的|药物?|治疗)*$/u;

/**
 * Conditions that require an essential medicine, with that medicine ("inhaler", "steroids" count with asthma). A
 * question showing one is about someone the medicine is for, however it asks; latent TB or a Hashimoto's result
 * with normal thyroid tests are no such condition. The conditions the essential-medicine kinds also name take their
 * words from that one table (essential-medicines.ts conditionWords), with what this list reads besides (the spelt-out
 * diagnoses, DKA); no two of the joined alternatives match at the same place, so their order changes no match.
 */
const REQUIRING: readonly { condition: RegExp; medicine: RegExp }[] = [
  {
    condition: new RegExp(
      [
        conditionWords('anticoagulation').source,
        '\\b(?:atrial fibrillation|deep vein thrombosis|pulmonary embol\\w*)\\b',
        AF_AFTER_WORD.source,
        '肺动脉栓塞',
      ].join('|'),
      'u',
    ),
    medicine: /anti-?coagul|blood[- ]thinner|抗凝/u,
  },
  { condition: /\bstents?\b|支架/u, medicine: /anti-?platelet|aspirin|抗血小板|阿司匹林/u },
  // Secondary prevention after a heart attack, a bypass or an ischaemic stroke: antiplatelets, statins, and after a
  // heart attack beta blockers and ACE inhibitors (ESC 2023 ACS, AHA/ASA 2021 secondary stroke prevention).
  {
    condition:
      /\b(?:heart attacks?|myocardial infarction|(?:n?stemi|acs)\b|acute coronary syndrome|coronary (?:artery )?bypass|cabg)|心梗|心肌梗[死塞]|急性冠脉综合征|冠脉搭桥|搭桥术/u,
    medicine:
      /anti-?platelet|aspirin|statin|beta[- ]?blocker|β(?:-| )?blocker|ace[- ]?inhibitor|\barb\b|\w+(?:olol|pril|sartan|statin)\b|抗血小板|阿司匹林|他汀|[βb]受体阻滞剂|倍他乐克|美托洛尔|比索洛尔|卡维地洛|普利|沙坦/u,
  },
  {
    condition: /\b(?:ischa?emic stroke|(?:mini[- ])?strokes? caused by a clot|transient ischa?emic attack|tia)\b|脑梗|脑梗死|缺血性(?:脑)?卒中|短暂性脑缺血/u,
    medicine: /anti-?platelet|aspirin|statin|clopidogrel|\w+statin\b|抗血小板|阿司匹林|他汀|氯吡格雷/u,
  },
  // A systemic steroid taken three weeks or longer: stopping it at once risks adrenal crisis; it is tapered.
  {
    condition:
      /\b(?:(?:[3-9]|[1-9]\d+|three|four|five|six|seven|eight|nine|ten|twelve|several|many) weeks?|(?:\d+|a|one|two|three|six|few|several|many) (?:months?|years?)(?![- ]olds?\b| ago\b)|long[- ]term)\b[^.?!]{0,40}\b(?:steroids?|prednis\w*|hydrocortisone|dexamethasone|methylprednisolone)|\b(?:steroids?|prednis\w*|hydrocortisone|dexamethasone|methylprednisolone)\b[^.?!]{0,40}\b(?:(?:[3-9]|[1-9]\d+|three|four|five|six|seven|eight|nine|ten|twelve|several|many) weeks?|(?:\d+|a|one|two|three|six|few|several|many) (?:months?|years?)(?![- ]olds?\b| ago\b))\b|(?:(?:[3-9]|[1-9]\d|[三四五六七八九十几])(?:个)?(?:周|星期|礼拜)|(?:\d+|[一二两三四五六七八九十半几]+)(?:个)?(?:月|年)(?![大份前])|长期)[^。？！]{0,20}(?:激素|泼尼松|强的松|地塞米松|甲泼尼龙|氢化可的松)|(?:激素|泼尼松|强的松|地塞米松|甲泼尼龙|氢化可的松)[^。？！]{0,20}(?:(?:[3-9]|[1-9]\d|[三四五六七八九十几])(?:个)?(?:周|星期|礼拜)|(?:\d+|[一二两三四五六七八九十半几]+)(?:个)?(?:月|年)(?![大份前]))/u,
    medicine: /steroid|prednis|hydrocortisone|dexamethasone|methylpred|激素|泼尼松|强的松|地塞米松|甲泼尼龙|氢化可的松/u,
  },
  { condition: /\b(?:epilepsy|epileptic|seizure disorder)\b|癫痫|羊角风/u, medicine: /seizure|epilep|convuls|癫痫|惊厥/u },
  { condition: new RegExp(`${conditionWords('type-1-diabetes').source}|\\bdka\\b|酮症酸中毒`, 'u'), medicine: /insulin|胰岛素/u },
  { condition: /\b(?:asthma\w*|copd)\b|哮喘|慢阻肺/u, medicine: /inhaler|steroid|吸入|激素/u },
  { condition: /\bhiv\b|艾滋|\baids\b/u, medicine: /anti-?viral|抗病毒/u },
  { condition: conditionWords('transplant'), medicine: /anti-?rejection|immun|抗排|免疫/u },
  { condition: conditionWords('adrenal'), medicine: /steroid|prednis|hydrocortisone|激素|泼尼松|强的松|氢化可的松/u },
  { condition: /\b(?:hypothyroid\w*|underactive thyroid|thyroidectomy)\b|甲减|甲状腺功能减退|甲状腺(?:全)?切除/u, medicine: /thyro|甲状腺/u },
  { condition: /\b(?:hyperthyroid\w*|overactive thyroid|graves)\b|甲亢|甲状腺功能亢进/u, medicine: /thyro|甲状腺|甲巯咪唑|他巴唑|丙硫氧嘧啶/u },
  {
    condition: /(?<!latent )\b(?:tuberculosis|tb)\b|(?<!潜伏(?:性)?)(?:肺)?结核病?(?!菌素)/u,
    medicine: /\btb\b|tubercul|isoniazid|rifamp|结核|抗痨|异烟肼|利福平/u,
  },
];

/** The medicine a stop flag stops: its reason's "stop × warfarin (…)", else the sentence flagged. */
function stoppedMedicine(flag: { span: string; reason: string }): string {
  const named = /×\s*(.+?)(?:\s+\((?:from context|listed for [^)]*|[\w-]+)\))?$/u.exec(flag.reason);
  return (named?.[1] ?? flag.span).toLowerCase();
}

/**
 * A stop — "you can stop it", "no need to take it" — of a medicine nobody may do without when they have its
 * indication: an essential medicine, or one the question's condition requires (named as such, or only as "medicine",
 * "药"). Harm whether or not anyone takes it yet (pure; `question` normalised).
 */
export function essentialStop(question: string, medicine: string): boolean {
  const m = medicine.toLowerCase();
  if (ESSENTIAL_MEDICINE.test(m) || essentialByClassWord(m)) return true;
  return (GENERIC_MEDICINE.test(m) && ESSENTIAL_MEDICINE.test(question)) || requiredByCondition(question, m);
}

/** The question names a condition that requires `medicine` (or names it only as "medicine", "药"). */
export function requiredByCondition(question: string, medicine: string): boolean {
  const m = medicine.toLowerCase();
  const generic = GENERIC_MEDICINE.test(m);
  // The conditions of the essential kind decide by the knowledge tables: topiramate for epilepsy, Lixiana for AF,
  // levodopa for Parkinson's (essential-medicines.ts); the rest (stents, stroke, a long steroid course, TB) here.
  if ((generic && essentialConditions(question).length > 0) || requiredByEssentialCondition(question, m)) return true;
  return REQUIRING.some((r) => namedBy(r.condition, question) && (generic || r.medicine.test(m)));
}

/**
 * A stop in an answer that stops nothing: nobody in the question takes a medicine, and the medicine is one that may well
 * be done without (a statin yet, antibiotics for a cold), asked about in general or as whether to begin it. An
 * essential medicine, or one the question's condition requires, is stopped whoever the question is about; only a
 * general dosing fact ("eGFR < 30: stop apixaban" to "how is apixaban dosed in kidney disease?") stops nothing
 * (pure; `question` normalised).
 */
export function stopsNothing(question: string, flag: { span: string; reason: string }): boolean {
  if (onMedication(question)) return false;
  if (!essentialStop(question, stoppedMedicine(flag))) return true;
  // An essential medicine's stop is harm whoever the question is about ("支架术后氯吡格雷要吃多久？" names nobody) —
  // unless it is a general dosing fact: nobody named, no start asked, the question about dose or organ function.
  return !PERSON.test(question) && !START_ASKED.test(question) && DOSING_ASKED.test(question);
}

/** A question about how a medicine is dosed: a dose, its adjustment, kidney or liver function, clearance. */
const DOSING_ASKED =
  /\b(?:dos(?:e|es|ed|ing|age|ages)|renal|kidney function|kidney disease|hepatic|liver (?:function|disease|impairment)|crcl|e?gfr|creatinine|clearance|dialysis)\b|剂量|用量|用法|肾功能|肾功能不全|肝功能|肌酐|清除率|透析/u;
