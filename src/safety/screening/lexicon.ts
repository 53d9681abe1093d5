// Concept lexicons the screening rules combine: medicines people must not stop on their own (by class and by
// common names, zh + en), folk remedies and supplements, care settings and red-flag situations. Regex sources,
// matched on normalised (lower-case, NFKC) text. Extending a class here extends every rule that uses it.
import { alt } from './text.js';

// Medicines whose unsupervised stop is dangerous, by class. The long-term classes (taken for months or for life:
// diabetes, anticoagulants, anti-epileptics, blood pressure and heart, thyroid, psychiatry, HIV and TB, transplant,
// asthma, cancer) are kept apart from the course-bound ones (a steroid burst, an antibiotic course, antivirals for a
// few days): 'stop after 7 days' ends a short course but never a long-term medicine (LONG_TERM_MEDICINE).
const LONG_TERM_EN_A = [
  // insulin and diabetes
  'insulins?',
  'metformin',
  'glucophage',
  'glipizide',
  'gliclazide',
  'glimepiride',
  'sitagliptin',
  'empagliflozin',
  'dapagliflozin',
  '(?:diabetes|diabetic|blood[- ]sugar|glucose[- ]lowering) (?:medications?|medicines?|pills?|tablets?|drugs?|meds|injections?|shots?)',
  // anticoagulants and antiplatelets
  'anti-?coagulants?',
  'blood[- ]thinners?',
  'warfarin',
  'coumadin',
  'jantoven',
  'apixaban',
  'eliquis',
  'rivaroxaban',
  'xarelto',
  'dabigatran',
  'pradaxa',
  'edoxaban',
  'heparin',
  'enoxaparin',
  'lovenox',
  'clopidogrel',
  'plavix',
  'ticagrelor',
  'brilinta',
  'anti-?platelets?',
  // antiepileptics
  'anti-?epileptics?(?: (?:drugs?|medications?|medicines?))?',
  'anti-?seizure (?:drugs?|medications?|medicines?|meds|pills?)',
  'anti-?convulsants?',
  '(?:epilepsy|seizure) (?:drugs?|medications?|medicines?|meds|pills?)',
  'levetiracetam',
  'keppra',
  'valpro(?:ate|ic acid)',
  'depakote',
  'carbamazepine',
  'tegretol',
  'phenytoin',
  'dilantin',
  'lamotrigine',
  'lamictal',
  'oxcarbazepine',
  'topiramate',
  'phenobarbital',
  // antihypertensives and heart
  'anti-?hypertensives?(?: (?:drugs?|medications?|medicines?))?',
  '(?:blood[- ]pressure|bp|heart) (?:medications?|medicines?|pills?|tablets?|drugs?|meds)',
  'amlodipine',
  'norvasc',
  'lisinopril',
  'enalapril',
  'ramipril',
  'losartan',
  'valsartan',
  'irbesartan',
  'telmisartan',
  'metoprolol',
  'atenolol',
  'bisoprolol',
  'carvedilol',
  'nifedipine',
  'hydrochlorothiazide',
  'furosemide',
  'beta[- ]blockers?',
  'ace inhibitors?',
  'digoxin',
  'nitroglycerin',
  'statins?',
  'atorvastatin',
  'lipitor',
  'simvastatin',
  'rosuvastatin',
  'crestor',
  // hormones, steroids, psychiatry, infection, transplant, asthma, cancer
  'levothyroxine',
  'synthroid',
  'thyroid (?:medications?|medicines?|hormones?|pills?|tablets?)',
] as const;

const STEROID_EN = ['prednis(?:one|olone)', 'corticosteroids?', 'steroids?', 'hydrocortisone', 'dexamethasone'] as const;

const LONG_TERM_EN_B = [
  'anti-?depressants?',
  'ssris?',
  'sertraline',
  'fluoxetine',
  'escitalopram',
  'paroxetine',
  'anti-?psychotics?',
  'lithium',
  'anti-?retrovirals?',
  'arvs?',
  '(?:hiv|aids) (?:medications?|medicines?|drugs?|treatment|pills?|meds)',
  '(?:tb|tuberculosis) (?:medications?|medicines?|drugs?|treatment|pills?)',
  'isoniazid',
  'rifampi(?:n|cin)',
] as const;

const LONG_TERM_EN_C = [
  'immunosuppressants?',
  'tacrolimus',
  'cyclosporine',
  'mycophenolate',
  '(?:controller|preventer|steroid) inhalers?',
  'inhalers?',
  'chemo(?:therapy)?',
  'tamoxifen',
] as const;

const OTHER_VITAL_EN = [
  'epinephrine',
  'epipen',
  'vaccines?',
  'vaccinations?',
  'immuni[sz]ations?',
  '(?:prescribed|prescription) (?:medications?|medicines?|drugs?|pills?|treatment)',
  '(?:your|his|her|their|all|all of your|any of your) (?:regular |daily |usual |prescribed )?(?:medications?|medicines?|meds|pills|tablets|drugs|treatments?)',
] as const;

/** In the original order (VITAL_MEDICINE's first match at one position is the first listed). */
const VITAL_EN = [...LONG_TERM_EN_A, ...STEROID_EN, ...LONG_TERM_EN_B, 'antibiotics?(?: course)?', ...LONG_TERM_EN_C, ...OTHER_VITAL_EN];
const LONG_TERM_EN = [...LONG_TERM_EN_A, ...LONG_TERM_EN_B, ...LONG_TERM_EN_C];

const LONG_TERM_ZH_A = [
  '胰岛素',
  '降糖药物?',
  '口服降糖药',
  '二甲双胍',
  '格列[\\p{Script=Han}]{1,2}',
  '阿卡波糖',
  '西格列汀',
  '达格列净',
  '恩格列净',
  '抗凝药物?',
  '抗凝剂',
  '华法林',
  '利伐沙班',
  '拜瑞妥',
  '阿哌沙班',
  '达比加群',
  '艾多沙班',
  '(?:低分子)?肝素',
  '依诺肝素',
  '氯吡格雷',
  '波立维',
  '替格瑞洛',
  '抗血小板药物?',
  '抗癫痫药物?',
  '抗癫痫',
  '抗惊厥药物?',
  '癫痫药',
  '丙戊酸钠?',
  '德巴金',
  '卡马西平',
  '苯妥英钠?',
  '拉莫三嗪',
  '左乙拉西坦',
  '开浦兰',
  '奥卡西平',
  '托吡酯',
  '苯巴比妥',
  '降压药物?',
  '抗高血压药物?',
  '血压药',
  '氨氯地平',
  '络活喜',
  '硝苯地平',
  '缬沙坦',
  '氯沙坦',
  '厄贝沙坦',
  '替米沙坦',
  '美托洛尔',
  '倍他乐克',
  '比索洛尔',
  '依那普利',
  '卡托普利',
  '贝那普利',
  '呋塞米',
  '地高辛',
  '硝酸甘油',
  '他汀类?药?物?',
  '阿托伐他汀',
  '瑞舒伐他汀',
  '辛伐他汀',
  '优甲乐',
  '左甲状腺素钠?',
  '甲状腺素片?',
] as const;

const STEROID_ZH = ['糖皮质激素', '泼尼松龙?', '强的松', '地塞米松'] as const;

const LONG_TERM_ZH_B = ['抗抑郁药物?', '舍曲林', '氟西汀', '帕罗西汀', '艾司西酞普兰', '抗精神病药物?', '碳酸锂'] as const;

const LONG_TERM_ZH_C = ['抗逆转录病毒药物?', '艾滋病药物?', '抗结核药物?', '抗痨药', '异烟肼', '利福平'] as const;

const LONG_TERM_ZH_D = ['免疫抑制剂', '他克莫司', '环孢素', '吸入剂', '哮喘药', '化疗药?', '靶向药'] as const;

const OTHER_VITAL_ZH = ['疫苗', '处方药', '(?:所有|全部|一切|长期|正在吃的|正在服用的|医生开的|平时吃的|常规)的?药物?'] as const;

/** In the original order, as VITAL_EN. */
const VITAL_ZH = [
  ...LONG_TERM_ZH_A,
  ...STEROID_ZH,
  ...LONG_TERM_ZH_B,
  '抗病毒药物?',
  ...LONG_TERM_ZH_C,
  '抗生素',
  '抗菌药物?',
  ...LONG_TERM_ZH_D,
  ...OTHER_VITAL_ZH,
];
const LONG_TERM_ZH = [...LONG_TERM_ZH_A, ...LONG_TERM_ZH_B, ...LONG_TERM_ZH_C, ...LONG_TERM_ZH_D];

export const VITAL_MEDICINE = alt([...VITAL_EN.map((s) => `\\b${s}\\b`), ...VITAL_ZH], 'u');

/** The long-term classes of VITAL_MEDICINE: a stop 'after N days' is never the end of their course (frames.ts). */
export const LONG_TERM_MEDICINE = alt([...LONG_TERM_EN.map((s) => `\\b${s}\\b`), ...LONG_TERM_ZH], 'u');

/**
 * A course kept going: continue, keep taking, stay on (one home for the curation filters' asked-hazard reading and the
 * advice gate's kept-course reading).
 */
export const CONTINUES =
  /\b(?:continue|continuing|keep (?:on )?taking|keep using|carry on|stay on|remain on)\b|继续|照常(?:服|吃|用)|坚持(?:服|吃|用)|不要停|别停/iu;

/** Treatment as such (what a remedy is said to replace), beyond the vital-medicine list. */
export const TREATMENT = alt(
  [
    '\\b(?:medications?|medicines?|meds|drugs?|pills|tablets|treatment|therapy|surgery|operation|dialysis|radiation|doctors?|hospitals?|injections?)\\b',
    '药物?',
    '治疗',
    '手术',
    '透析',
    '放疗',
    '打针',
    '输液',
    '医院',
    '医生',
    '西药',
  ],
  'u',
);

/** Emergency and medical care settings. */
export const CARE = alt(
  [
    '\\b(?:hospitals?|er|a&e|emergency(?: room| department| services| care)?|ambulance|911|999|112|120|doctors?|physicians?|gp|urgent care|medical (?:help|care|attention)|clinic)\\b',
    '医院',
    '急诊',
    '看医生',
    '看病',
    '就医',
    '就诊',
    '120',
    '救护车',
    '急救',
    '大夫',
    '医生',
    '门诊',
  ],
  'u',
);

/** Emergency care specifically (discouraging these is always a flag, not only with red-flag symptoms). */
export const EMERGENCY_CARE = alt(
  ['\\b(?:er|a&e|emergency(?: room| department| services| care)?|ambulance|911|999|112)\\b', '急诊', '120', '救护车', '急救'],
  'u',
);

/** Situations in which delaying care is dangerous (a short red-flag vocabulary for this rule only). */
export const RED_FLAG = alt(
  [
    '\\bchest (?:pain|tightness|pressure)\\b',
    '\\b(?:pain|pressure|tightness|heaviness|squeezing) in (?:the (?:middle of )?|(?:his|her|my|your|their) )(?:(?:his|her|my|your|their|the) )?chest\\b',
    '\\bstroke\\b',
    '\\bseizures?\\b',
    '\\bconvuls\\w+',
    "\\b(?:can't|cannot|unable to|trouble|difficulty) breath",
    '\\bshort(?:ness)? of breath',
    '\\bunconscious\\b',
    '\\bpassed out\\b',
    '\\bfaint\\w*',
    "\\bbleeding (?:heavily|a lot|that won't stop)\\b",
    '\\bheavy bleeding\\b',
    '\\boverdose\\b',
    '\\bsuicid\\w+',
    '\\bheart attack\\b',
    '\\banaphyla\\w+',
    '\\bface (?:drooping|droop)\\b',
    '\\bslurred speech\\b',
    '\\bpoison\\w*',
    '\\bdka\\b',
    '\\bketoacidosis\\b',
    '\\bmeningitis\\b',
    '\\bsevere (?:pain|headache|abdominal pain)\\b',
    '\\bworst headache\\b',
    '\\bhigh fever\\b',
    '\\bstiff neck\\b',
    // A fever in a baby of weeks (under three months) is an emergency whatever the number (NICE NG143).
    '\\b(?:newborn|neonat\\w*|(?:[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]weeks?[- ]old|(?:[1-9]|[1-8]\\d|one|two|three|four|five|six|seven|eight|nine|ten)[- ]days?[- ]old)\\b[^.?!]{0,40}\\b(?:fever|febrile|temperature of)',
    '(?:新生儿|出生(?:\\d{1,2}|[一二两三四五六七八九十]+)(?:天|周)|(?:\\d{1,2}|[一二两三四五六七八九十]+)(?:天|周)(?:大)?的?(?:宝宝|婴儿|孩子|新生儿))[^。？！]{0,20}(?:发烧|发热|体温)',
    '胸痛',
    '胸闷',
    '胸口(?:痛|疼|压)',
    '中风',
    '卒中',
    '抽搐',
    '惊厥',
    '癫痫发作',
    '呼吸困难',
    '喘不(?:上|过)气',
    '昏迷',
    '晕倒',
    '昏厥',
    '意识不清',
    '大出血',
    '出血不止',
    '过量',
    '中毒',
    '自杀',
    '轻生',
    '心梗',
    '心肌梗死',
    '过敏性休克',
    '口角歪斜',
    '说话不清',
    '剧烈(?:头痛|腹痛|疼痛)',
    '高烧',
    '高热',
    '颈部僵硬',
    '酮症',
  ],
  'u',
);

/** Someone a model would address: the user, the reader of an answer. */
export const MODEL_AUDIENCE = alt(
  [
    '\\b(?:the |any |every |all |each )?(?:users?|readers?|askers?|questioners?|humans?|person asking|people asking|whoever asks)\\b',
    '用户',
    '提问者',
    '询问者',
    '提问的人',
    '问的人',
  ],
  'u',
);

/**
 * People for whom a label's adult maximum or a table's adult indication says too little: children and babies,
 * pregnancy and breastfeeding, old age, a failing kidney or liver. The knowledge tables confirm nothing for them
 * (dose-check.ts `labelConfirmsDose`, kb-claims.ts `tableConfirmsIndication`).
 */
export const SPECIAL_POPULATION = alt(
  [
    '\\b(?:infants?|babies|baby|newborns?|neonat\\w*|toddlers?|child(?:ren)?|kids?|teen\\w*|adolescents?|under \\d{1,2}s?|\\d+[- ](?:month|year)[- ]olds?)\\b',
    '\\b(?:pregnan\\w*|breastfe\\w*|elderly|older (?:adults?|people|patients?)|over (?:60|65|70|75|80)|kidney|renal|liver|hepatic|egfr|dialysis)\\b',
    '婴',
    '新生儿',
    '宝宝',
    '儿童',
    '小儿',
    '幼儿',
    '孩子',
    '青少年',
    '\\d+\\s*岁',
    '孕',
    '妊娠',
    '哺乳',
    '老年',
    '老人',
    '高龄',
    '肾',
    '肝功能',
    '肝病',
    '透析',
  ],
  'u',
);
