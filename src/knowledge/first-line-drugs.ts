// First-line drug treatment by ICD-10 code: for a disease group, the drugs (generic names) or drug classes
// (ids of drug-indications.ts) that standard teaching and guidelines name as its treatment — not every drug
// "indicated" somewhere in its chapter block. The class table says where a class is used at all (coarse, for
// the scorer and for distractors); this table says what treats a disease, so a knowledge-graph drug keyed as
// the answer to "which drug treats X" must be on it. Groups treated mainly by surgery or drainage (abscesses,
// syringomyelia), by supportive care (acute respiratory failure, viral bronchitis) or topically where the graph
// lists systemic products (keratitis, otitis externa), and cholangitis (drainage first) are absent on purpose: no key is better than a weak key.
import { DRUG_CLASSES, rangeContains } from './drug-indications.js';
import { mostSpecific } from './first-line-tests.js';
import type { IcdCode } from './icd10.js';

export interface FirstLineDrugEntry {
  /** ICD-10 WHO codes: a category range, one category or a subcategory. */
  codes: string;
  group: string;
  /** Canonical generic names (the drug lexicon's canonical form), preferred first. */
  drugs?: readonly string[];
  /** Whole classes of drug-indications.ts that are first-line here (all NSAIDs for ankylosing spondylitis). */
  classes?: readonly string[];
}

const PPI = ['奥美拉唑', '兰索拉唑', '泮托拉唑', '雷贝拉唑', '埃索美拉唑'];
const GLUCOCORTICOID = ['泼尼松', '泼尼松龙', '甲泼尼龙'];
const CAP_ANTIBIOTICS = ['阿莫西林', '阿莫西林克拉维酸钾', '头孢曲松', '头孢呋辛', '头孢噻肟', '左氧氟沙星', '莫西沙星', '阿奇霉素', '青霉素'];
const BILIARY_ANTIBIOTICS = ['头孢曲松', '头孢哌酮舒巴坦', '哌拉西林他唑巴坦', '头孢呋辛', '左氧氟沙星', '环丙沙星', '甲硝唑'];
const B12 = ['维生素b12', '氰钴胺', '甲钴胺', '腺苷钴胺', '羟钴胺'];

export const FIRST_LINE_DRUGS: readonly FirstLineDrugEntry[] = [
  // Infections (bacterial, with a guideline regimen the drug belongs to).
  { codes: 'J02.0', group: 'streptococcal pharyngitis', drugs: ['青霉素', '青霉素v钾', '苄星青霉素', '阿莫西林'] },
  { codes: 'J01', group: 'acute bacterial sinusitis', drugs: ['阿莫西林', '阿莫西林克拉维酸钾'] },
  { codes: 'J13-J15', group: 'bacterial pneumonia', drugs: CAP_ANTIBIOTICS },
  { codes: 'A48.1', group: "legionnaires' disease", drugs: ['阿奇霉素', '左氧氟沙星', '莫西沙星', '克拉霉素', '红霉素'] },
  { codes: 'A15-A19', group: 'tuberculosis', drugs: ['异烟肼', '利福平', '吡嗪酰胺', '乙胺丁醇'] },
  { codes: 'A59', group: 'trichomoniasis', drugs: ['甲硝唑', '替硝唑'] },
  { codes: 'A06-A07', group: 'amoebiasis, giardiasis', drugs: ['甲硝唑', '替硝唑'] },
  // Worms and flukes (strongyloidiasis, treated with ivermectin, is not here).
  { codes: 'B76', group: 'hookworm disease', drugs: ['阿苯达唑', '甲苯咪唑'] },
  { codes: 'B77.0', group: 'ascariasis with intestinal complications', drugs: ['阿苯达唑', '甲苯咪唑'] },
  { codes: 'B77.9', group: 'ascariasis', drugs: ['阿苯达唑', '甲苯咪唑'] },
  { codes: 'B79-B80', group: 'trichuriasis, enterobiasis', drugs: ['阿苯达唑', '甲苯咪唑'] },
  { codes: 'B65-B66', group: 'schistosomiasis, other fluke infections', drugs: ['吡喹酮'] },
  { codes: 'B68', group: 'taeniasis', drugs: ['吡喹酮', '氯硝柳胺'] },
  { codes: 'B00', group: 'herpes simplex', drugs: ['阿昔洛韦', '伐昔洛韦', '泛昔洛韦'] },
  { codes: 'B02', group: 'zoster', drugs: ['阿昔洛韦', '伐昔洛韦', '泛昔洛韦'] },
  { codes: 'B18.0-B18.1', group: 'chronic hepatitis B', drugs: ['恩替卡韦', '替诺福韦', '丙酚替诺福韦'] },
  // Nail and scalp ringworm need a systemic drug; elsewhere a topical azole or terbinafine.
  { codes: 'B35.0', group: 'tinea capitis', drugs: ['灰黄霉素', '特比萘芬'] },
  { codes: 'B35.1', group: 'onychomycosis', drugs: ['特比萘芬', '伊曲康唑'] },
  { codes: 'B35.2-B35.9', group: 'other dermatophytosis', drugs: ['特比萘芬', '克霉唑', '咪康唑', '联苯苄唑', '酮康唑'] },
  { codes: 'B86', group: 'scabies', drugs: ['扑灭司林', '硫磺', '伊维菌素'] },
  { codes: 'J18.1', group: 'lobar pneumonia', drugs: CAP_ANTIBIOTICS },
  { codes: 'K81.0', group: 'acute cholecystitis', drugs: BILIARY_ANTIBIOTICS },
  { codes: 'N30.0', group: 'acute cystitis', drugs: ['呋喃妥因', '磷霉素', '磷霉素氨丁三醇', '复方磺胺甲噁唑', '匹美西林', '头孢氨苄'] },
  {
    codes: 'N70-N73',
    group: 'pelvic inflammatory disease, endometritis',
    // Cephalosporin + doxycycline (+ metronidazole) or clindamycin + gentamicin; a fluoroquinolone alone lacks anaerobe
    // cover and is no longer first-line.
    drugs: ['头孢曲松', '头孢西丁', '多西环素', '甲硝唑', '克林霉素', '庆大霉素'],
  },
  // Respiratory.
  { codes: 'J45-J46', group: 'asthma', drugs: ['布地奈德', '氟替卡松', '倍氯米松', '沙美特罗替卡松', '布地奈德福莫特罗', '沙丁胺醇', '特布他林', '孟鲁司特'] },
  { codes: 'J43-J44', group: 'COPD and emphysema', drugs: ['噻托溴铵', '噻托溴铵粉雾剂', '异丙托溴铵', '沙丁胺醇', '沙美特罗替卡松', '布地奈德福莫特罗'] },
  {
    codes: 'J30.1-J30.4',
    group: 'allergic rhinitis',
    drugs: ['氯雷他定', '地氯雷他定', '西替利嗪', '左西替利嗪', '依巴斯汀', '布地奈德', '糠酸莫米松', '氟替卡松'],
  },
  // Digestive.
  { codes: 'K21', group: 'reflux disease', drugs: PPI },
  { codes: 'K25-K28', group: 'peptic and stress ulcer', drugs: [...PPI, '法莫替丁', '雷尼替丁'] },
  { codes: 'K51', group: 'ulcerative colitis', drugs: ['美沙拉嗪', '柳氮磺吡啶', '巴柳氮', '奥沙拉嗪', ...GLUCOCORTICOID] },
  { codes: 'K58', group: 'irritable bowel syndrome', drugs: ['匹维溴铵', '曲美布汀', '奥替溴铵'] },
  { codes: 'K59.0', group: 'constipation', drugs: ['聚乙二醇', '乳果糖', '欧车前'] },
  { codes: 'K50', group: "Crohn's disease", drugs: ['布地奈德', ...GLUCOCORTICOID, '硫唑嘌呤', '英夫利西单抗', '阿达木单抗'] },
  // Kidney.
  { codes: 'N01', group: 'rapidly progressive glomerulonephritis', drugs: ['甲泼尼龙', '泼尼松', '环磷酰胺', '利妥昔单抗'] },
  { codes: 'M32.1', group: 'lupus nephritis and organ involvement', drugs: ['吗替麦考酚酯', '环磷酰胺', ...GLUCOCORTICOID, '羟氯喹'] },
  { codes: 'N31', group: 'neurogenic bladder (overactive)', drugs: ['奥昔布宁', '托特罗定', '索利那新', '曲司氯铵'] },
  // Endocrine and nutrition.
  { codes: 'E03', group: 'hypothyroidism', drugs: ['左甲状腺素'] },
  { codes: 'E05', group: 'hyperthyroidism', drugs: ['甲巯咪唑', '丙硫氧嘧啶', '普萘洛尔'] },
  // Diabetes without complications only: a foot ulcer or nephropathy is treated for the complication, not by any
  // glucose-lowering drug.
  { codes: 'E10.9', group: 'type 1 diabetes', classes: ['insulin'] },
  { codes: 'E11.9', group: 'type 2 diabetes', drugs: ['二甲双胍'], classes: ['antidiabetic', 'insulin'] },
  { codes: 'E14.9', group: 'diabetes mellitus', drugs: ['二甲双胍'], classes: ['antidiabetic', 'insulin'] },
  { codes: 'E23.2', group: 'diabetes insipidus', drugs: ['去氨加压素'] },
  // Hydrocortisone (with fludrocortisone) is the replacement; prednisolone lacks mineralocorticoid effect.
  { codes: 'E27.1-E27.4', group: 'adrenal insufficiency', drugs: ['氢化可的松', '醋酸可的松', '氟氢可的松'] },
  { codes: 'E51.1', group: 'beriberi', drugs: ['维生素b1'] },
  { codes: 'E55.0', group: 'rickets', drugs: ['维生素d', '维生素d3', '维生素d2', '骨化三醇'] },
  { codes: 'E87.6', group: 'hypokalaemia', drugs: ['氯化钾', '枸橼酸钾'] },
  // Statins for raised cholesterol; a fibrate where triglycerides alone are raised.
  { codes: 'E78.0', group: 'hypercholesterolaemia', drugs: ['阿托伐他汀', '瑞舒伐他汀', '辛伐他汀', '普伐他汀', '匹伐他汀'] },
  { codes: 'E78.1', group: 'hypertriglyceridaemia', drugs: ['非诺贝特', '苯扎贝特', '吉非罗齐'] },
  { codes: 'E78.2-E78.5', group: 'mixed and other hyperlipidaemia', drugs: ['阿托伐他汀', '瑞舒伐他汀', '辛伐他汀', '普伐他汀', '匹伐他汀'] },
  // NSAIDs first; a glucocorticoid only when they fail or the pain is severe.
  { codes: 'E06.1', group: 'subacute thyroiditis', drugs: ['布洛芬', '阿司匹林', '塞来昔布', '泼尼松'] },
  // Blood.
  { codes: 'D50', group: 'iron-deficiency anaemia', classes: ['iron'] },
  { codes: 'D51', group: 'vitamin B12 deficiency anaemia', drugs: B12 },
  { codes: 'D52', group: 'folate deficiency anaemia', drugs: ['叶酸'] },
  { codes: 'D53.1', group: 'megaloblastic anaemia', drugs: ['叶酸', ...B12] },
  // Immunosuppression is the mainstay; androgens are adjunctive.
  { codes: 'D61', group: 'aplastic anaemia', drugs: ['环孢素', '抗胸腺细胞球蛋白', '艾曲泊帕'] },
  { codes: 'D69.3', group: 'immune thrombocytopenia', drugs: ['泼尼松', '地塞米松', '静注人免疫球蛋白', '艾曲泊帕', '重组人血小板生成素'] },
  { codes: 'D66-D67', group: 'haemophilia', drugs: ['人凝血因子viii', '重组人凝血因子viii', '人凝血因子ix', '凝血酶原复合物'] },
  { codes: 'D68.0', group: 'von Willebrand disease', drugs: ['去氨加压素', '人凝血因子viii'] },
  // Nervous system.
  { codes: 'G20', group: "Parkinson's disease", drugs: ['左旋多巴', '多巴丝肼', '卡比多巴', '普拉克索', '罗匹尼罗', '司来吉兰', '雷沙吉兰'] },
  { codes: 'G35', group: 'multiple sclerosis', drugs: ['甲泼尼龙', '干扰素β', '特立氟胺', '芬戈莫德', '西尼莫德'] },
  { codes: 'G40-G41', group: 'epilepsy', drugs: ['丙戊酸', '左乙拉西坦', '卡马西平', '拉莫三嗪', '奥卡西平'] },
  { codes: 'G45', group: 'transient ischaemic attack', drugs: ['阿司匹林', '氯吡格雷', '阿托伐他汀'] },
  { codes: 'G51.0', group: 'facial palsy', drugs: ['泼尼松', '泼尼松龙'] },
  { codes: 'G51.8', group: 'facial neuritis', drugs: ['泼尼松', '泼尼松龙'] },
  { codes: 'G43', group: 'migraine (acute attack)', drugs: ['舒马普坦', '佐米曲普坦', '利扎曲普坦', '布洛芬', '对乙酰氨基酚', '阿司匹林', '萘普生'] },
  { codes: 'G44.2', group: 'tension-type headache', drugs: ['布洛芬', '对乙酰氨基酚', '阿司匹林', '萘普生'] },
  // Mental disorders: the first-line classes of the Chinese and NICE guidelines.
  { codes: 'F32-F33', group: 'depressive episode', drugs: ['舍曲林', '艾司西酞普兰', '西酞普兰', '氟西汀', '帕罗西汀', '氟伏沙明', '文拉法辛', '度洛西汀'] },
  { codes: 'F41.1', group: 'generalised anxiety disorder', drugs: ['艾司西酞普兰', '帕罗西汀', '舍曲林', '文拉法辛', '度洛西汀'] },
  { codes: 'F20', group: 'schizophrenia', drugs: ['利培酮', '奥氮平', '阿立哌唑', '喹硫平', '齐拉西酮', '帕利哌酮'] },
  // Circulation.
  {
    codes: 'I10',
    group: 'essential hypertension',
    drugs: ['氨氯地平', '硝苯地平', '依那普利', '贝那普利', '培哚普利', '缬沙坦', '氯沙坦', '厄贝沙坦', '替米沙坦', '氢氯噻嗪', '吲达帕胺'],
  },
  { codes: 'I20', group: 'angina', drugs: ['硝酸甘油', '阿司匹林', '美托洛尔', '比索洛尔', '单硝酸异山梨酯', '阿托伐他汀'] },
  { codes: 'I50', group: 'heart failure', drugs: ['呋塞米', '螺内酯', '美托洛尔', '比索洛尔', '卡维地洛', '依那普利', '沙库巴曲缬沙坦', '达格列净'] },
  { codes: 'I73.0', group: "Raynaud's syndrome", drugs: ['硝苯地平', '氨氯地平'] },
  // Musculoskeletal and connective tissue.
  { codes: 'M05-M06', group: 'rheumatoid arthritis', drugs: ['甲氨蝶呤', '来氟米特', '柳氮磺吡啶', '羟氯喹'] },
  { codes: 'M10', group: 'gout', drugs: ['秋水仙碱', '别嘌醇', '非布司他', '苯溴马隆'], classes: ['nsaid-analgesic'] },
  { codes: 'M30.0', group: 'polyarteritis nodosa', drugs: ['泼尼松', '甲泼尼龙', '泼尼松龙', '环磷酰胺'] },
  { codes: 'M33', group: 'dermatomyositis, polymyositis', drugs: [...GLUCOCORTICOID, '甲氨蝶呤', '硫唑嘌呤'] },
  { codes: 'M45', group: 'ankylosing spondylitis', classes: ['nsaid-analgesic'] },
  { codes: 'M77.0-M77.1', group: 'epicondylitis', classes: ['nsaid-analgesic'] },
  { codes: 'M15-M19', group: 'osteoarthritis', drugs: ['双氯芬酸', '布洛芬', '塞来昔布', '对乙酰氨基酚', '依托考昔', '萘普生'] },
  { codes: 'M54.3-M54.5', group: 'sciatica, low back pain', drugs: ['布洛芬', '双氯芬酸', '萘普生', '塞来昔布', '依托考昔', '美洛昔康'] },
  // Bisphosphonates treat it; calcium and vitamin D are the background, not the treatment.
  { codes: 'M80-M81', group: 'osteoporosis', drugs: ['阿仑膦酸钠', '利塞膦酸钠', '唑来膦酸', '伊班膦酸钠'] },
  // Genitourinary.
  { codes: 'N40', group: 'prostatic hyperplasia', drugs: ['坦索罗辛', '多沙唑嗪', '特拉唑嗪', '阿夫唑嗪', '赛洛多辛', '非那雄胺', '度他雄胺'] },
  { codes: 'N94.4-N94.6', group: 'dysmenorrhoea', drugs: ['布洛芬', '萘普生', '双氯芬酸', '吲哚美辛'] },
  // Skin.
  { codes: 'L43', group: 'lichen planus', classes: ['topical-corticosteroid'] },
  { codes: 'L93.0', group: 'discoid lupus', drugs: ['羟氯喹'], classes: ['topical-corticosteroid'] },
  { codes: 'L12', group: 'pemphigoid', drugs: [...GLUCOCORTICOID, '氨苯砜'], classes: ['topical-corticosteroid'] },
  { codes: 'L50', group: 'urticaria', drugs: ['氯雷他定', '地氯雷他定', '西替利嗪', '左西替利嗪', '依巴斯汀', '非索非那定', '咪唑斯汀'] },
  { codes: 'L20', group: 'atopic dermatitis', drugs: ['他克莫司', '吡美莫司'], classes: ['topical-corticosteroid'] },
  { codes: 'L40', group: 'psoriasis', drugs: ['卡泊三醇'], classes: ['topical-corticosteroid'] },
  { codes: 'L70', group: 'acne', drugs: ['阿达帕林', '维a酸', '过氧苯甲酰', '克林霉素', '多西环素', '米诺环素'] },
  { codes: 'L01', group: 'impetigo', drugs: ['莫匹罗星', '夫西地酸'] },
  // Anaphylaxis: intramuscular adrenaline first; antihistamines and corticosteroids are adjuncts only (WHO/WAO
  // anaphylaxis guidance, Resuscitation Council UK 2021).
  { codes: 'T78.2', group: 'anaphylactic shock', drugs: ['肾上腺素'] },
  { codes: 'T88.6', group: 'anaphylactic shock due to a drug', drugs: ['肾上腺素'] },
  { codes: 'T80.5', group: 'anaphylactic shock due to serum', drugs: ['肾上腺素'] },
  // Eye.
  { codes: 'H20', group: 'iridocyclitis', drugs: ['泼尼松龙', '地塞米松', '阿托品', '托吡卡胺'] },
  { codes: 'H40.4', group: 'glaucoma secondary to inflammation (Posner–Schlossman)', drugs: ['泼尼松龙', '地塞米松'], classes: ['glaucoma'] },
  { codes: 'H40.1-H40.2', group: 'primary glaucoma', classes: ['glaucoma'] },
];

/** The first-line treatment entry for a code (the narrowest entry covering it). */
export function firstLineDrugEntry(code: IcdCode): FirstLineDrugEntry | undefined {
  return mostSpecific(FIRST_LINE_DRUGS.filter((e) => rangeContains(e.codes, code)));
}

/** Canonical drug names of an entry, in order of preference (listed drugs, then the named classes' drugs). */
export function firstLineDrugs(entry: FirstLineDrugEntry, canonical: (name: string) => string = (s) => s): string[] {
  const fromClasses = (entry.classes ?? []).flatMap((id) => DRUG_CLASSES.find((c) => c.id === id)?.drugs ?? []);
  return [...new Set([...(entry.drugs ?? []), ...fromClasses].map(canonical))];
}
