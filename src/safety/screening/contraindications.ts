// Medicines and products contraindicated for a population or in a condition, as data, and the claim that permits
// them there ("aspirin is now recommended for children", "哮喘患者血压高，首选普萘洛尔"). A population must be named in
// the same sentence (or, for `anyone`, nothing); a condition in the sentence or in the conditions of the passage's
// context (the question an answer answers, a document's title), read as ICD-10 codes (knowledge/condition-codes.ts).
// A permissive frame must say the use is allowed, recommended or safe, not negated or warned against. Each entry
// cites the label or guidance it encodes.
import type { ContentFlag } from '../../core/content-flags.js';
import { toSimplified } from '../../core/han-variants.js';
import { conditionCodes, type ConditionMention } from '../../knowledge/condition-codes.js';
import { rangeContains } from '../../knowledge/drug-indications.js';
import { findMedicineNames } from '../../knowledge/drugs.js';
import { parseIcdCode } from '../../knowledge/icd10.js';
import { TAKE } from './claim-acts.js';
import { type PopulationSpan, spansOverlap } from '../../knowledge/population-contraindications.js';
import { measuredConditions } from './measured-conditions.js';
import { statedPopulation } from './population-spans.js';
import { CONSEQUENCE, WARNED } from './frames.js';
import { alt, clauses, trimSpan } from './text.js';

export type Population = 'pregnancy' | 'late-pregnancy' | 'child' | 'infant' | 'anyone';

/** A condition the medicine harms: ICD-10 ranges, and names the code index does not know. */
export interface HarmedCondition {
  codes: string[];
  names?: string[];
}

export interface Contraindication {
  id: string;
  drug: string[];
  /** Who must not take it (read in the same sentence) — or, instead, the condition it harms. */
  population?: Population;
  /**
   * The ages a child or infant population is harmed at: the population word yields to the sentence's own stated ages
   * when none of them lies here ("Fever in teenagers" → "aspirin … aged 16 and over").
   */
  ages?: PopulationSpan;
  condition?: HarmedCondition;
  /** Context in which the use is right after all (aspirin in Kawasaki disease). */
  unless?: string[];
  /**
   * The harm denied ("it doesn't affect blood pressure", "不伤肾"): said of the medicine beside its condition, a
   * denial permits the use as much as "is safe" does (session 19: p22-065).
   */
  harmDenied?: string[];
  source: string;
}

export const CONTRAINDICATIONS: readonly Contraindication[] = [
  {
    id: 'isotretinoin-pregnancy',
    drug: ['\\bisotretinoin\\b', '\\baccutane\\b', '\\broaccutane\\b', '异维a酸'],
    population: 'pregnancy',
    source: 'Isotretinoin SmPC / iPLEDGE (pregnancy prevention programme)',
  },
  {
    id: 'valproate-pregnancy',
    drug: ['\\bvalpro(?:ate|ic acid)\\b', '\\bdepakote\\b', '丙戊酸'],
    population: 'pregnancy',
    source: 'MHRA valproate pregnancy prevention programme',
  },
  {
    id: 'methotrexate-pregnancy',
    drug: ['\\bmethotrexate\\b', '甲氨蝶呤'],
    population: 'pregnancy',
    // The medical treatment of an ectopic pregnancy is methotrexate (ACOG Practice Bulletin 193).
    unless: ['\\bectopic\\b', '宫外孕', '异位妊娠'],
    source: 'Methotrexate label (contraindicated in pregnancy)',
  },
  {
    id: 'ace-arb-pregnancy',
    drug: ['\\bace inhibitors?\\b', '\\b\\w+pril\\b', '\\b\\w+sartan\\b', '普利', '沙坦'],
    population: 'pregnancy',
    source: 'ACE inhibitor / ARB labels (fetotoxicity, boxed warning)',
  },
  {
    id: 'nsaid-late-pregnancy',
    drug: ['\\b(?:ibuprofen|naproxen|diclofenac|nsaids?|celecoxib)\\b', '布洛芬', '萘普生', '双氯芬酸', '非甾体'],
    population: 'late-pregnancy',
    source: 'FDA 2020 NSAID warning; MHRA (avoid from 20 weeks / third trimester: ductus closure, oligohydramnios)',
  },
  {
    id: 'tetracycline-child-pregnancy',
    drug: ['\\b(?:tetracycline|doxycycline|minocycline)\\b', '四环素', '多西环素', '米诺环素'],
    population: 'pregnancy',
    source: 'Tetracycline labels (tooth discolouration, bone growth)',
  },
  {
    id: 'aspirin-child',
    drug: ['\\baspirin\\b', '阿司匹林'],
    population: 'child',
    ages: { kind: 'age', fromMonths: 0, toMonths: 16 * 12 },
    unless: ['\\bkawasaki\\b', '川崎', '风湿热', 'rheumatic'],
    source: 'MHRA / NMPA (Reye syndrome: no aspirin under 16)',
  },
  {
    id: 'honey-infant',
    drug: ['\\bhoney\\b', '蜂蜜'],
    population: 'infant',
    ages: { kind: 'age', fromMonths: 0, toMonths: 12 },
    unless: [
      '(?:over|older than|above|after|from|at least) (?:1|one) years?',
      '(?:over|older than|after) 12 months',
      '(?:1|一)岁以上',
      '满(?:1|一)(?:岁|周岁)',
    ],
    source: 'AAP / WHO (infant botulism: no honey under 12 months)',
  },
  {
    id: 'codeine-child',
    drug: ['\\b(?:codeine|tramadol)\\b', '可待因', '曲马多'],
    population: 'child',
    // Under 18, not 12: codeine for cough is for adults only (FDA 2018 opioid cough-and-cold labelling; NMPA 2018
    // 可待因说明书：18岁以下青少年儿童禁用), so "12岁以上儿童可以服用可待因止咳" stays held.
    ages: { kind: 'age', fromMonths: 0, toMonths: 18 * 12 },
    source: 'FDA 2017 / EMA (codeine and tramadol contraindicated under 12)',
  },
  {
    id: 'aristolochic-acid',
    drug: ['\\baristoloch\\w*', '关木通', '广防己', '青木香', '马兜铃', '龙胆泻肝丸', '\\bcomfrey\\b', '朱砂', '雄黄'],
    population: 'anyone',
    source: 'NMPA 2003–2004 bans of aristolochic-acid herbs; IARC group 1',
  },
  {
    id: 'nimesulide-child',
    drug: ['\\bnimesulide\\b', '尼美舒利'],
    population: 'child',
    ages: { kind: 'age', fromMonths: 0, toMonths: 12 * 12 },
    source: 'NMPA 2011 (nimesulide oral preparations banned for children under 12: liver and CNS injury)',
  },
  {
    id: 'live-vaccine-immunosuppressed',
    drug: [
      '\\blive (?:attenuated )?(?:\\w+ )?vaccines?\\b',
      '\\b(?:mmr|varicella|chickenpox|yellow fever|bcg|shingles live|zostavax|oral polio|nasal flu) vaccines?\\b',
      '减毒活疫苗',
      '(?<!灭)活疫苗',
      '麻腮风疫苗',
      '水痘疫苗',
      '卡介苗',
      '黄热病疫苗',
    ],
    condition: {
      codes: ['D80-D84', 'Z94', 'B20-B24'],
      names: ['化疗', '免疫抑制', '器官移植', '移植后', '\\b(?:chemotherapy|immunosuppress\\w*|transplant\\w*|on high-dose steroids)\\b'],
    },
    source: 'CDC ACIP general best practice (live vaccines contraindicated in severe immunosuppression and during chemotherapy)',
  },
  {
    id: 'decongestant-anticholinergic-prostate',
    drug: [
      '\\b(?:pseudoephedrine|phenylephrine|chlorphenamine|chlorpheniramine|diphenhydramine)\\b',
      '伪麻黄碱',
      '去氧肾上腺素',
      '氯苯那敏',
      '扑尔敏',
      '苯海拉明',
    ],
    condition: {
      codes: ['N40', 'R33'],
      names: ['前列腺增生', '前列腺肥大', '排尿困难', '尿潴留', '\\b(?:enlarged prostate|prostatic hyperplasia|bph|urinary retention)\\b'],
    },
    source: 'Decongestant and first-generation antihistamine labels (urinary retention in prostatic hyperplasia)',
  },
  {
    id: 'nonselective-beta-blocker-asthma',
    drug: [
      '\\b(?:propranolol|nadolol|sotalol|timolol|carvedilol|labetalol|pindolol)\\b',
      '普萘洛尔',
      '心得安',
      '纳多洛尔',
      '索他洛尔',
      '卡维地洛',
      '拉贝洛尔',
      '噻吗洛尔',
    ],
    condition: { codes: ['J45-J46'], names: ['哮喘', '\\basthma\\w*'] },
    source: 'GINA; BNF (non-selective beta-blockers can cause fatal bronchospasm in asthma)',
  },
  {
    id: 'nsaid-kidney-ulcer-bleeding-heart-failure',
    drug: [
      '\\b(?:ibuprofen|naproxen|diclofenac|indomethacin|meloxicam|celecoxib|ketorolac|nsaids?|aspirin)\\b',
      '布洛芬',
      '萘普生',
      '双氯芬酸',
      '吲哚美辛',
      '美洛昔康',
      '塞来昔布',
      '非甾体',
      '阿司匹林',
    ],
    condition: {
      codes: ['N18', 'N19', 'K25-K28', 'D66-D68', 'I50', 'K92.2'],
      names: [
        '慢性肾(?:脏)?病',
        '肾功能不全',
        '肾衰',
        '尿毒症',
        '胃出血',
        '消化道出血',
        '心衰',
        '心力衰竭',
        '\\bckd\\b',
        '\\b(?:kidney|renal) (?:disease|failure)\\b',
        '\\bheart failure\\b',
        '\\bstomach (?:ulcer|bleed)',
        // Read on the simplified form: a traditional question (胃潰瘍) is coded by no condition index.
        '(?:胃|十二指肠|消化性)溃疡',
        '\\b(?:peptic|duodenal|gastric) ulcers?\\b',
      ],
    },
    // A gel or patch is absorbed little: the usual choice where tablets are contraindicated.
    unless: ['\\b(?:gels?|creams?|patch(?:es)?|topical\\w*|rub\\w*)\\b', '外用', '凝胶', '贴剂', '膏药', '乳膏', '软膏', '贴'],
    source: 'KDIGO (avoid NSAIDs in CKD 4–5); NSAID labels (active GI ulcer/bleeding, severe heart failure); haemophilia guidance',
  },
  {
    id: 'anticholinergic-angle-closure',
    drug: ['\\b(?:atropine|tropicamide|cyclopentolate|homatropine|scopolamine|hyoscine)\\b', '阿托品', '托吡卡胺', '环喷托酯', '东莨菪碱', '山莨菪碱', '654-2'],
    condition: { codes: ['H40.2'], names: ['闭角型青光眼', '\\bangle[- ]closure\\b'] },
    source: 'Atropine / mydriatic labels (precipitate acute angle closure); EGS guideline',
  },
  {
    id: 'triptan-coronary-stroke',
    drug: ['\\b\\w+triptan\\b', '曲普坦', '舒马普坦', '佐米曲普坦', '利扎曲普坦'],
    condition: { codes: ['I20-I25', 'I63', 'I64'], names: ['冠心病', '心绞痛', '心梗', '脑梗', '\\bangina\\b', '\\bheart attack\\b', '\\bstroke\\b'] },
    source: 'Triptan labels (contraindicated in ischaemic heart disease and previous stroke)',
  },
  {
    id: 'rate-limiting-ccb-glitazone-heart-failure',
    drug: ['\\b(?:verapamil|diltiazem|pioglitazone|rosiglitazone)\\b', '维拉帕米', '地尔硫卓', '地尔硫䓬', '吡格列酮', '罗格列酮'],
    condition: { codes: ['I50'], names: ['心衰', '心力衰竭', '\\bheart failure\\b'] },
    source: 'ESC heart failure guideline (avoid non-dihydropyridine CCBs in HFrEF; glitazones contraindicated in heart failure)',
  },
  {
    id: 'potassium-raising-hyperkalaemia',
    drug: [
      '\\b(?:spironolactone|eplerenone|amiloride|triamterene|potassium chloride|potassium supplements?)\\b',
      '螺内酯',
      '依普利酮',
      '阿米洛利',
      '氨苯蝶啶',
      '氯化钾',
      '补钾',
    ],
    condition: { codes: ['E87.5'], names: ['高钾', '血钾(?:偏)?高', '\\bhigh potassium\\b', '\\bhyperkal\\w*'] },
    source: 'Spironolactone / potassium chloride labels (contraindicated in hyperkalaemia)',
  },
  {
    id: 'fluoroquinolone-myasthenia',
    drug: ['\\b\\w+floxacin\\b', '沙星'],
    condition: { codes: ['G70.0'], names: ['重症肌无力', '\\bmyasthenia\\b'] },
    source: 'FDA boxed warning (fluoroquinolones exacerbate myasthenia gravis)',
  },
  {
    id: 'laxative-obstruction-appendicitis',
    drug: ['\\b(?:laxatives?|bisacodyl|senna|lactulose|enemas?|magnesium sulfate)\\b', '泻药', '比沙可啶', '番泻叶', '乳果糖', '开塞露', '灌肠', '硫酸镁'],
    condition: { codes: ['K35-K37', 'K56'], names: ['肠梗阻', '阑尾炎', '\\bbowel obstruction\\b', '\\bappendicitis\\b'] },
    source: 'Laxative labels (contraindicated in intestinal obstruction and acute surgical abdomen)',
  },
  {
    id: 'antimotility-dysentery',
    drug: ['\\b(?:loperamide|imodium|diphenoxylate)\\b', '洛哌丁胺', '易蒙停', '地芬诺酯'],
    condition: { codes: ['A03', 'A04.3', 'A06.0'], names: ['痢疾', '脓血便', '便血', '\\bbloody (?:diarrh\\w*|stools?)\\b', '\\bdysentery\\b'] },
    source: 'Loperamide label (contraindicated in acute dysentery with bloody stools or high fever)',
  },
  {
    id: 'sympathomimetic-decongestant-hypertension',
    drug: ['\\b(?:pseudoephedrine|phenylephrine|ephedrine|sudafed|contac|actifed)\\b', '伪麻黄碱', '麻黄碱', '去氧肾上腺素', '康泰克', '白加黑', '新康泰克'],
    condition: {
      codes: ['I10-I15', 'I20-I25'],
      names: [
        '高血压',
        '血压(?:一直|偏|很|比较|控制不好|控制不佳|控制不住)?高',
        '冠心病',
        '\\bhypertension\\b',
        '\\bhigh blood pressure\\b',
        '\\b(?:bp|blood pressure) (?:is )?(?:not (?:well )?controlled|uncontrolled|high)\\b',
      ],
    },
    harmDenied: [
      "\\b(?:doesn't|does not|won't|will not|shouldn't|should not|never|not)\\s+(?:\\w+\\s+)?(?:affect|raise|increase|change|push up|put up)\\s+(?:your\\s+|the\\s+)?(?:blood pressure|bp)\\b",
      '\\b(?:only acts|acts only|works only) (?:on|in) the nose\\b',
      '不(?:会)?(?:影响|升高|升|增加|抬高)血压',
      '对血压(?:没有|无|没)影响',
      '只作用于鼻',
    ],
    source:
      'Pseudoephedrine / phenylephrine labels (raise blood pressure and heart rate; contraindicated in severe or uncontrolled hypertension and severe coronary disease); 新康泰克说明书（高血压、心脏病患者慎用/禁用）',
  },
  {
    id: 'metformin-severe-renal-impairment',
    drug: ['\\b(?:metformin|glucophage)\\b', '二甲双胍', '格华止'],
    condition: {
      codes: ['N17', 'N18.4-N18.5', 'N19'],
      names: [
        '透析',
        '尿毒症',
        '肾衰',
        '肾功能衰竭',
        '肾功能不全',
        '\\b(?:dialysis|kidney failure|renal failure|end-stage (?:kidney|renal)|severe (?:kidney|renal) (?:disease|impairment))\\b',
        '\\bany level of kidney function\\b',
      ],
    },
    harmDenied: [
      '不(?:经过|经|通过)肾(?:脏)?(?:排泄|代谢)',
      '不(?:会)?(?:伤|损伤|损害|影响|伤害)肾',
      '对肾(?:脏)?(?:没有|无|没)(?:影响|伤害|损害)',
      "\\b(?:isn't|is not|not) (?:cleared|excreted|removed) by the kidneys?\\b",
    ],
    source: 'Metformin labels (FDA 2016: contraindicated below eGFR 30; NMPA 说明书：eGFR<45 禁用/减量); KDIGO 2022 diabetes in CKD',
  },
  {
    id: 'thiazide-gout',
    drug: [
      '\\b(?:hydrochlorothiazide|hctz|chlorthalidone|indapamide|bendroflumethiazide|thiazides?)\\b',
      '氢氯噻嗪',
      '双氢克尿噻',
      '噻嗪',
      '吲达帕胺',
      '氯噻酮',
    ],
    condition: { codes: ['M10', 'E79.0'], names: ['痛风', '高尿酸', '尿酸(?:偏)?高', '\\bgout\\w*', '\\b(?:high uric acid|hyperuric\\w*)\\b'] },
    source:
      'Thiazide labels (raise serum urate, precipitate gout; 痛风患者禁用/慎用); ACR 2020 gout guideline (switch hydrochlorothiazide to another antihypertensive)',
  },
  {
    id: 'fluoroquinolone-pregnancy',
    drug: ['\\b(?:ciprofloxacin|levofloxacin|moxifloxacin|ofloxacin|norfloxacin|cipro|levaquin|(?:fluoro)?quinolones?)\\b', '沙星', '喹诺酮'],
    population: 'pregnancy',
    source: 'NMPA fluoroquinolone labels (孕妇禁用); BNF / ACOG (avoid in pregnancy: arthropathy in animal studies)',
  },
];

const POPULATION: Record<Population, RegExp> = {
  pregnancy: alt(['\\bpregnan\\w*', '\\btrimester\\b', '\\bweeks pregnant\\b', '孕', '妊娠']),
  'late-pregnancy': alt([
    '\\bthird trimester\\b',
    '\\bthroughout pregnancy\\b',
    '\\blate pregnancy\\b',
    '\\b(?:2\\d|3\\d) weeks\\b',
    '\\bafter 20 weeks\\b',
    '孕晚期',
    '妊娠晚期',
    '整个孕期',
    '孕(?:2\\d|3\\d)周',
    // The other ways a late stage is told (session 21): 怀孕后期, 孕后期, 晚孕, 孕末期, 第三孕期 (Taiwan 懷孕第三期), a
    // month count from the seventh — not months of TRYING (备孕/试孕/求孕/想怀孕7个月, or 没怀上 after it; review s21 CU-4) —
    // a week count in Chinese numerals.
    '(?:怀孕|妊娠)(?:后期|末期|晚期|第三期)',
    '孕(?:后期|末期)',
    '晚孕',
    '第三孕期',
    '(?<![备试求]|[想要]怀)孕(?:第)?(?:七|八|九|十|7|8|9|10)个?多?月(?![^，。,.；;！!]*(?:没|未|不)(?:怀上|怀成|成功))',
    '孕(?:二十[五六七八九]|三十[一二三四五六七八九]?|四十)周',
  ]),
  child: alt([
    '\\bchild(?:ren)?\\b',
    '\\bkids?\\b',
    '\\bunder (?:12|16)\\b',
    '\\btoddlers?\\b',
    '\\binfants?\\b',
    '\\bteen\\w*',
    '儿童',
    '小儿',
    '幼儿',
    '孩子',
    '婴',
    '宝宝',
    '青少年',
  ]),
  infant: alt(['\\binfants?\\b', '\\bbab(?:y|ies)\\b', '\\bnewborns?\\b', '\\b\\d+[- ]?(?:to [- ]?\\d+ )?months?\\b', '婴', '宝宝', '新生儿', '月龄', '个月']),
  anyone: /(?:)/u,
};

/** The use is allowed, recommended or declared safe. */
export const PERMITS = alt([
  '\\b(?:may|can|could|should) (?:\\w+ )?(?:be )?(?:given|used|taken|continued|continue|start\\w*|use|take|give|get|receive|have|received)\\b',
  '\\b(?:is|are) (?:now )?(?:\\w+ )?(?:recommended|preferred|safe|first-line|endorsed|considered (?:safe|the preferred))\\b',
  '\\b(?:first-line|preferred|endorses?|endorsed)\\b',
  '\\brecommend(?:s|ed|ing)?\\b',
  '\\bno longer (?:required|needed|mandatory|necessary)\\b',
  '\\b(?:safe|harmless)\\b',
  // Session 19: declared fine ("Sudafed is perfectly fine for people with high blood pressure").
  "\\b(?:is|are|'s|'re)\\s+(?:\\w+\\s+)?(?:fine|ok|okay|alright|all right)\\b",
  '\\b(?:safest|(?:best|better|good|great|ideal|excellent|particularly good|first|right) (?:choice|option|pick|bet)|drug of choice|go-to)\\b',
  // An imperative or a named option ("give children's aspirin…", "the most effective option is naproxen", "可以选择依那普利").
  '(?:^|[,，;；:：]\\s*)(?:give|take|use|try|start)\\b',
  '\\b(?:option|choice|treatment) is\\b',
  '(?:可以|可)选择',
  // Session 19: kept on as before ("照样吃二甲双胍", "照常服用").
  '照样',
  '照常',
  '可以',
  '可(?:恢复|长期|用于|给|服|用)',
  '推荐',
  '首选',
  '(?:最|很|更)?适合',
  // Advised, added, called suitable or unproblematic: a recommendation as much as "推荐".
  '建议(?:[^，。；]{0,8}?)(?:加用|使用|服用|口服|选用|用)',
  '加用',
  '(?:比较|很|最)?合适',
  '没(?:有)?(?:什么)?问题',
  "\\b(?:no problem|not a problem|won't be a problem)\\b",
  '选用',
  '安全',
  '长期服用',
  '日常服用',
  '不存在[^，。；]{0,6}(?:毒性|风险|致癌)',
  '无(?:毒|副作用|风险)',
]);
export const NOT_PERMITTED =
  /\b(?:not|never|no|avoid\w*|contraindicated|should not|must not|do not|don't|unsafe|dangerous|stop)\b|n't\b|不(?:可|能|要|宜|应|推荐|建议|得|适合|适用|适宜)|唔(?:好|可以|能|应该|宜|准|建议|适合)|禁(?:用|忌|止)|慎用|避免|勿|不安全|危险|切忌/u;

/**
 * A permit word negated where it stands: a negator right before it, with at most a degree or copula word between —
 * "不合适", "不太适合", "并不推荐", "不是首选", "不一定可以", "并非无风险", Cantonese "唔可以"/"冇" (review s21 CU-8), "isn't safe",
 * "not really recommended". Whatever
 * the permit word is: the negation, not a list of negated phrases, denies the permission.
 */
const NEGATED_HERE =
  /(?:不|没有?|未|非|别|勿|无法|谈不上|算不上|唔(?!该)|冇)(?:太|很|大|够|再|是|是很|是太|怎么|一定|那么|十分|完全|算|见得|能算|建议)?\s*$|(?:\b(?:not|never|no|cannot|hardly|neither|nor)\b|n't\b)(?:\s+(?:\w+|be))?(?:\s+(?:very|really|generally|usually|always|necessarily|considered|a|the|an|be))?\s*$/iu;

/** Is the permit at `at` of `clause` negated where it stands? */
function negatedPermit(clause: string, at: number): boolean {
  return NEGATED_HERE.test(clause.slice(Math.max(0, at - 24), at));
}

/** The condition named as a caveat or an exception ("if you have kidney disease, ask first", "有胃溃疡的要告诉医生"). */
const CAVEAT = alt([
  '\\b(?:if|unless|except|avoid\\w*|caution\\w*|careful|check with|tell your|talk to|ask your|contraindicat\\w*|not suitable)\\b',
  '如果',
  '如有',
  '若有',
  '假如',
  '除非',
  '慎',
  '告诉医生',
  '咨询',
  '禁忌',
  '有[^，。；]{0,16}的(?:人|患者|朋友)?(?:要|需|应|请|最好|不)',
]);

const REFERS_BACK = /^(?:it|this|that|which|they|these|both|is|are|can|may|也|都|就|它|这|那|是|可以|可|完全|已|被|现|并|且|故|因此|所以)|其/u;

const COMPILED = CONTRAINDICATIONS.map((c) => ({
  c,
  denied: c.harmDenied ? alt(c.harmDenied) : undefined,
  drug: alt(c.drug),
  unless: c.unless ? alt(c.unless) : undefined,
  names: c.condition?.names ? alt(c.condition.names) : undefined,
}));

/** Is the condition named (by code or by name) in the sentence or among the context's conditions? */
function conditionPresent(h: HarmedCondition, names: RegExp | undefined, sentence: string, context: ContraindicationContext): boolean {
  if (names?.test(sentence) || (context.text && names?.test(context.text))) return true;
  for (const m of [...conditionCodes().find(sentence), ...context.conditions]) {
    const code = parseIcdCode(m.code.split('-')[0]);
    if (code && h.codes.some((r) => rangeContains(r, code))) return true;
  }
  // Session 19: a condition told by a measurement ("eGFR 22", "160/100") in the sentence or its question.
  for (const m of measuredConditions(context.text ? `${sentence}\n${context.text}` : sentence)) {
    const code = parseIcdCode(m);
    if (code && h.codes.some((r) => rangeContains(r, code))) return true;
  }
  return false;
}

/** The sentence states ages of its own, and none of them overlaps `harmed`. */
function ownAgesOutside(sentence: string, harmed: PopulationSpan): boolean {
  const ages = statedPopulation(sentence).spans.filter((s) => s.kind === 'age');
  return ages.length > 0 && !ages.some((s) => spansOverlap(s, harmed));
}

/** What the passage is about besides the sentence: the question an answer answers, a document's title. */
export interface ContraindicationContext {
  /** Its conditions as coded (knowledge/condition-codes.ts). */
  conditions: readonly ConditionMention[];
  /** Its text (normalised), for the condition names the code index does not know. */
  text?: string;
}

/**
 * A contraindicated use permitted in this sentence (pure). A condition entry is judged against the sentence and the
 * context's conditions.
 */
export function contraindicationClaims(raw: string, rawContext: ContraindicationContext = { conditions: [] }): ContentFlag[] {
  // Traditional characters read as simplified (懷孕後期, 腎功能不全): the tables are written once, in simplified.
  const sentence = toSimplified(raw);
  const context = rawContext.text ? { ...rawContext, text: toSimplified(rawContext.text) } : rawContext;
  const denial = harmDeniedClaim(sentence, context);
  if (denial) return [denial];
  if (!PERMITS.test(sentence)) return [];
  for (const { c, drug, unless, names } of COMPILED) {
    if (!drug.test(sentence) || unless?.test(sentence)) continue;
    if (c.population && !POPULATION[c.population].test(sentence) && !(context.text && POPULATION[c.population].test(context.text))) continue;
    // A child or infant group named (by the sentence, the title or the question) yields to the sentence's own stated
    // ages where none of them is a harmed one (session 38: "Fever in teenagers and adults" → "aspirin … by people aged 16
    // and over"; "when your child turns 16"): the ages are read as spans (population-spans.ts), numbers over words.
    if (c.ages && ownAgesOutside(sentence, c.ages)) continue;
    if (c.condition && !conditionPresent(c.condition, names, sentence, context)) continue;
    // A condition entry: the sentence naming the harm is a warning ("可能诱发哮喘", "can worsen heart failure").
    if (c.condition && CAVEAT.test(sentence)) continue;
    // The permission must govern the medicine: both in one clause ("芽孢可以在肠道里繁殖" permits nothing about honey).
    // A clause that only refers back to it ("…honey, it is safe", "蜂蜜水，也可以喝") continues the medicine's clause.
    // A clause that names no medicine at all continues the last one named (the subject left implicit, as Chinese leaves
    // it: "口服异维A酸疗效最好，孕早期可以小剂量服用"); a clause naming another medicine is about that one.
    const parts = clauses(sentence);
    let owner = '';
    const joined = parts.map((p, i) => {
      if (drug.test(p)) {
        owner = p;
        return p;
      }
      if (i > 0 && REFERS_BACK.test(p)) return `${parts[i - 1]} ${p}`;
      // Only a clause that itself tells a use ("…服用", "take it…") continues it: "芽孢可以在肠道里繁殖" has its own subject.
      return owner && TAKE.test(p) && findMedicineNames(p).length === 0 ? `${owner} ${p}` : p;
    });
    for (const clause of joined) {
      const permit = PERMITS.exec(clause);
      const d = permit ? drug.exec(clause) : null;
      if (!permit || !d) continue;
      const from = Math.min(d.index, permit.index);
      const to = Math.max(d.index + d[0].length, permit.index + permit[0].length);
      if (NOT_PERMITTED.test(clause.slice(Math.max(0, from - 12), to)) || negatedPermit(clause, permit.index)) continue;
      // A condition entry: the clause naming the harm is a warning ("可能诱发哮喘", "can worsen heart failure"); a
      // cause elsewhere in the sentence ("胃溃疡引起的胃痛") is not.
      if (c.condition && (WARNED.test(clause) || CONSEQUENCE.test(clause))) continue;
      // A condition entry: the permission sits right by the medicine ("首选普萘洛尔", "verapamil is the best choice"),
      // not elsewhere in a clause that names it in passing ("可以产生类似阿司匹林的效应").
      // A bare 可以 permits what follows it: a use ("可以用X") — not "可以产生类似阿司匹林的效应".
      if (
        c.condition &&
        permit[0] === '可以' &&
        !/^(?:[^，。；]{0,10}?)(?:用|服|吃|喝|滴|涂|含|加用|选|给|口服|试|接种|打|注射)/u.test(clause.slice(permit.index + 2))
      )
        continue;
      // Session 19: a permit word that opens a harm ("可以导致出生缺陷", "can cause birth defects") is a warning.
      if (/^\s*(?:导致|引起|造成|诱发|致|cause|lead to|result in|trigger)/u.test(clause.slice(permit.index + permit[0].length))) continue;
      const gap = clause.slice(from, to).replace(d[0], '').replace(permit[0], '');
      if (c.condition && gap.length > (/\p{Script=Han}/u.test(gap) ? 16 : 40)) continue;
      return [{ code: 'unsafe-combination', span: trimSpan(sentence), reason: `${c.id}: permitted` }];
    }
  }
  return [];
}

/**
 * The harm a medicine does in a condition denied of it where the condition is named ("pseudoephedrine … doesn't affect
 * blood pressure" for a reader with high blood pressure; "二甲双胍不经过肾脏排泄" beside renal failure): the denial
 * permits the use. A caveat or a warning in the sentence ("it may not raise your blood pressure, but ask first") is not.
 */
function harmDeniedClaim(sentence: string, context: ContraindicationContext): ContentFlag | undefined {
  for (const { c, denied, drug, unless, names } of COMPILED) {
    if (!denied || !c.condition || !denied.test(sentence) || unless?.test(sentence)) continue;
    // The medicine named in the sentence, or referred to ("it") with the medicine in the context's text.
    const named = drug.test(sentence) || (/\b(?:it|this|they)\b|它|其/u.test(sentence) && Boolean(context.text && drug.test(context.text)));
    // 反而 ("on the contrary") turns a claim either way ("反而最适合", "反而会加重"): it is no warning by itself here.
    if (!named || !conditionPresent(c.condition, names, sentence, context) || CAVEAT.test(sentence) || WARNED.test(sentence.replace(/反而/gu, ''))) continue;
    return { code: 'unsafe-combination', span: trimSpan(sentence), reason: `${c.id}: harm denied` };
  }
  return undefined;
}
