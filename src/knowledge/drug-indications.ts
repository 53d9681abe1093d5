// Drug indications by therapeutic class, as ICD-10 ranges: which diseases a generic drug is used for. The RL
// label-quality stage checks knowledge-graph drug labels against it (a website's product listing is not a
// treatment) and the drug scorer uses it to tell a clinically right alternative from a wrong drug. Deliberately
// coarse (class → chapter blocks) and conservative: a drug absent from the table is "unknown", never "indicated".
import { type IcdCode, parseIcdCode } from './icd10.js';

export interface DrugClass {
  id: string;
  /** Canonical generic names (drugKey form: no salt, no dosage form). */
  drugs: string[];
  /** ICD-10 ranges "A00-B99", single categories "K35", or subcategories "N39.0". */
  indications: string[];
  /** Ranges the class is not for even inside `indications` (fluoroquinolones cause C. difficile colitis). */
  not?: string[];
}

const BACTERIAL = [
  'A00-A09',
  'A20-A28',
  'A32-A49',
  'A50-A64',
  'A65-A79',
  'G00',
  'G04.2',
  'G06',
  'H00-H01',
  'H04.3',
  'H05.0',
  'H10',
  'H16',
  'H60',
  'H65-H67',
  'H70',
  'I00-I02',
  'I30',
  'I33',
  'J01-J06',
  'J13-J18',
  'J20-J22',
  'J32',
  'J36',
  'J39.0',
  'J39.1',
  'J40-J42',
  'J44.0',
  'J44.1',
  'J47',
  'J85-J86',
  'K04.7',
  'K05',
  'K11.3',
  'K12.2',
  'K35-K37',
  'K57',
  'K61',
  'K63.0',
  'K65',
  'K75.0',
  'K80-K83',
  'K25-K27',
  'K29',
  'L00-L08',
  'M00-M01',
  'M46.2',
  'M46.3',
  'M46.5',
  'M86',
  'N10-N12',
  'N13.6',
  'N15.1',
  'N30.0',
  'N30.8',
  'N30.9',
  'N34',
  'N39.0',
  'N41',
  'N45',
  'N49',
  'N61',
  'N70-N77',
  'O23',
  'O85-O86',
  'O91',
  'P36',
  'P38',
  'P39',
  'T79.3',
  'T81.4',
];

export const DRUG_CLASSES: DrugClass[] = [
  {
    id: 'fluoroquinolone',
    drugs: ['左氧氟沙星', '诺氟沙星', '氧氟沙星', '环丙沙星', '莫西沙星', '依诺沙星', '帕珠沙星', '洛美沙星', '培氟沙星'],
    indications: BACTERIAL,
    not: ['A04.7', 'I00-I02', 'P36', 'P38', 'P39', 'O23', 'A50-A53'],
  },
  {
    id: 'beta-lactam-aminoglycoside-other-antibacterial',
    drugs: [
      '头孢氨苄',
      '头孢唑林',
      '头孢呋辛',
      '头孢曲松',
      '头孢克肟',
      '头孢泊肟酯',
      '头孢哌酮舒巴坦',
      '头孢他啶',
      '头孢拉定',
      '头孢克洛',
      '头孢地尼',
      '阿莫西林',
      '氨苄西林',
      '青霉素',
      '青霉素v',
      '苄星青霉素',
      '阿莫西林克拉维酸钾',
      '哌拉西林他唑巴坦',
      '美罗培南',
      '亚胺培南西司他丁',
      '仑氨西林',
      '磷霉素',
      '氯霉素',
      '妥布霉素',
      '庆大霉素',
      '阿米卡星',
      '核糖霉素',
      '复方磺胺甲噁唑',
      '呋喃妥因',
      '利奈唑胺',
    ],
    indications: BACTERIAL,
    not: ['A04.7'],
  },
  {
    // Oral macrolides and tetracyclines: not for endocarditis, sepsis, meningitis, osteomyelitis or syphilis of the CNS.
    id: 'macrolide-tetracycline-lincosamide',
    drugs: [
      '阿奇霉素',
      '红霉素',
      '依托红霉素',
      '琥乙红霉素',
      '罗红霉素',
      '克拉霉素',
      '乙酰螺旋霉素',
      '麦迪霉素',
      '克林霉素',
      '克林霉素棕榈酸酯',
      '多西环素',
      '米诺环素',
      '美他环素',
    ],
    // Acne and rosacea: oral doxycycline, minocycline or a macrolide for the inflammatory forms (first-line-drugs.ts L70).
    indications: [...BACTERIAL, 'A48.1', 'A70-A74', 'A30', 'L70', 'L71'],
    not: ['A04.7', 'I33', 'A40-A41', 'G00', 'G06', 'A48.0', 'A52', 'K75.0', 'J85-J86'],
  },
  {
    id: 'nitroimidazole',
    drugs: ['甲硝唑', '替硝唑', '奥硝唑'],
    indications: [
      'A04.7',
      'A06',
      'A07',
      'A59',
      'B60',
      'K05',
      'K25-K27',
      'K29',
      'K35-K37',
      'K57',
      'K61',
      'K65',
      'K75.0',
      'N70-N77',
      'O85',
      'L08',
      'J85',
      'T81.4',
      'L71',
    ],
  },
  {
    id: 'glycopeptide',
    drugs: ['万古霉素', '去甲万古霉素', '非达霉素', '替考拉宁'],
    indications: ['A04.7', 'A40-A41', 'G00', 'I33', 'J15', 'M00', 'M86', 'L00-L08', 'T81.4'],
  },
  {
    id: 'antitubercular',
    drugs: ['异烟肼', '利福平', '利福喷丁', '吡嗪酰胺', '乙胺丁醇', '链霉素', '利福布汀'],
    indications: ['A15-A19', 'A30-A31', 'O98.0', 'P37.0'],
  },
  {
    id: 'antifungal',
    drugs: ['氟康唑', '伊曲康唑', '克霉唑', '特比萘芬', '两性霉素b', '伏立康唑', '制霉菌素', '酮康唑', '咪康唑'],
    indications: ['B35-B49', 'N76', 'N77', 'H60.3'],
  },
  {
    id: 'anti-herpes',
    drugs: ['阿昔洛韦', '伐昔洛韦', '更昔洛韦', '泛昔洛韦', '喷昔洛韦'],
    indications: ['A60', 'B00-B02', 'B25', 'B27', 'G05.1', 'H16.0', 'H16.1'],
  },
  { id: 'anti-influenza', drugs: ['奥司他韦', '扎那米韦', '帕拉米韦', '玛巴洛沙韦'], indications: ['J09-J11'] },
  {
    id: 'anti-hepatitis',
    drugs: ['阿德福韦酯', '恩替卡韦', '拉米夫定', '替诺福韦', '替比夫定', '干扰素', '重组人干扰素αa', '重组人干扰素αb', '索磷布韦'],
    indications: ['B16-B19', 'K73-K74'],
  },
  {
    id: 'anthelmintic',
    drugs: ['阿苯达唑', '甲苯咪唑', '吡喹酮', '伊维菌素', '乙胺嗪', '氯喹', '青蒿素', '蒿甲醚'],
    indications: ['B50-B54', 'B65-B83', 'B88', 'J82'],
  },
  {
    id: 'acid-suppression',
    drugs: ['奥美拉唑', '泮托拉唑', '兰索拉唑', '雷贝拉唑', '埃索美拉唑', '雷尼替丁', '法莫替丁', '西咪替丁', '铝碳酸镁', '枸橼酸铋钾', '复方铝酸铋'],
    indications: ['K20-K31', 'K92.0-K92.2', 'E16.4'],
  },
  {
    id: 'diuretic',
    drugs: ['呋塞米', '布美他尼', '托拉塞米', '氢氯噻嗪', '螺内酯', '吲达帕胺', '阿米洛利', '氨苯蝶啶'],
    indications: ['I10-I15', 'I50', 'J81', 'K70.3', 'K74', 'K76.6', 'K76.7', 'N00-N08', 'N17-N19', 'R18', 'R60', 'E26', 'E83.5', 'I27', 'O14'],
  },
  {
    id: 'antihypertensive',
    drugs: [
      '氨氯地平',
      '硝苯地平',
      '尼群地平',
      '非洛地平',
      '缬沙坦',
      '厄贝沙坦',
      '氯沙坦',
      '卡托普利',
      '依那普利',
      '贝那普利',
      '培哚普利',
      '美托洛尔',
      '比索洛尔',
      '阿替洛尔',
      '普萘洛尔',
      '拉贝洛尔',
      '卡维地洛',
      '硝普钠',
      '乌拉地尔',
      '哌唑嗪',
    ],
    indications: ['I10-I15', 'I20-I25', 'I47-I49', 'I50', 'I42', 'O10-O16', 'N08', 'E10.2', 'E11.2', 'E14.2', 'N18', 'I73.0', 'G43', 'E05', 'I85', 'I71'],
  },
  { id: 'nitrate', drugs: ['硝酸甘油', '单硝酸异山梨酯', '硝酸异山梨酯'], indications: ['I20-I25', 'I50'] },
  { id: 'antiarrhythmic', drugs: ['胺碘酮', '普罗帕酮', '地高辛', '维拉帕米', '利多卡因', '美西律'], indications: ['I47-I49', 'I50', 'I42'] },
  {
    id: 'antiplatelet',
    drugs: ['阿司匹林', '氯吡格雷', '替格瑞洛', '西洛他唑', '沙格雷酯', '吲哚布芬'],
    indications: ['I20-I25', 'I63-I69', 'G45', 'I70-I74', 'I77.6', 'M30.3', 'D75.1', 'D47.3', 'O14'],
  },
  { id: 'dipyridamole', drugs: ['双嘧达莫'], indications: ['I63-I69', 'G45', 'I74', 'I70.2', 'I73.9'] },
  {
    id: 'anticoagulant-thrombolytic',
    drugs: ['华法林', '肝素', '低分子肝素', '依诺肝素', '利伐沙班', '达比加群酯', '尿激酶', '阿替普酶', '链激酶'],
    indications: ['I21-I22', 'I26', 'I48', 'I63', 'I74', 'I80-I82', 'G08', 'D68.5', 'D68.6', 'D65'],
  },
  {
    id: 'statin',
    drugs: ['阿托伐他汀', '瑞舒伐他汀', '辛伐他汀', '普伐他汀', '洛伐他汀', '非诺贝特', '依折麦布'],
    indications: ['E78', 'I20-I25', 'I63-I69', 'I70', 'G45'],
  },
  {
    id: 'antidiabetic',
    // Oral agents are wrong for ketoacidosis / lactic acidosis (metformin causes the latter) and are not the
    // treatment of a diabetic foot.
    drugs: ['二甲双胍', '格列美脲', '格列齐特', '格列吡嗪', '阿卡波糖', '西格列汀', '沙格列汀', '瑞格列奈', '吡格列酮', '达格列净', '恩格列净', '利拉鲁肽'],
    indications: ['E10-E14', 'O24', 'E28.2', 'R73'],
    not: ['E10.0-E10.1', 'E11.0-E11.1', 'E12.0-E12.1', 'E13.0-E13.1', 'E14.0-E14.1', 'E10.5', 'E11.5', 'E14.5', 'O24.3', 'O24.4'],
  },
  // SGLT2 inhibitors protect the kidney and the failing heart with or without diabetes (KDIGO 2024, ESC 2023).
  { id: 'sglt2-inhibitor', drugs: ['达格列净', '恩格列净', '卡格列净'], indications: ['E11', 'N00-N08', 'N18', 'I50'] },
  { id: 'insulin', drugs: ['胰岛素', '甘精胰岛素', '门冬胰岛素', '赖脯胰岛素'], indications: ['E10-E14', 'O24', 'E87.5'] },
  { id: 'thyroid-hormone', drugs: ['左甲状腺素', '甲状腺片'], indications: ['E00-E04', 'E06.3', 'E89.0', 'C73'] },
  { id: 'antithyroid', drugs: ['甲巯咪唑', '丙硫氧嘧啶'], indications: ['E05'] },
  {
    id: 'systemic-corticosteroid',
    drugs: ['泼尼松', '泼尼松龙', '甲泼尼龙', '甲泼尼龙琥珀酸', '氢化可的松', '地塞米松', '地塞米松磷酸', '可的松', '倍他米松'],
    indications: [
      'C81-C96',
      'D59',
      'D61',
      'D69.3',
      'D80-D89',
      'E27',
      'G35-G37',
      'G61.0',
      'G70',
      'G93.6',
      'H15',
      'H20',
      'H30',
      'H46',
      'J30',
      'J44',
      'J45-J46',
      'J67',
      'J70',
      'J84',
      'K50-K51',
      'K75.4',
      'L10-L14',
      'L20-L30',
      'L40',
      'L43',
      'L51',
      'L93',
      'M05-M14',
      'M30-M36',
      'M45',
      'N00-N08',
      'T78',
      'I01',
      'I40',
      'E05.0',
      'E06.1',
      'A39',
      'P22',
    ],
    // Adrenal-medulla hyperfunction (phaeochromocytoma, E27.5) is in the adrenal block but treated with alpha-blockers.
    not: ['E27.5'],
  },
  {
    id: 'topical-corticosteroid',
    drugs: ['丙酸氯倍他索', '哈西奈德', '糠酸莫米松', '丁酸氢化可的松', '曲安奈德', '卤米松', '倍氯米松'],
    indications: ['L20-L30', 'L40', 'L43', 'L90', 'L93', 'L63', 'L80', 'J30', 'J45'],
  },
  {
    id: 'immunosuppressant',
    drugs: ['硫唑嘌呤', '甲氨蝶呤', '环孢素', '他克莫司', '吗替麦考酚酯', '来氟米特', '羟氯喹', '雷公藤多苷', '雷公藤多甙', '柳氮磺吡啶', '环磷酰胺'],
    indications: [
      'M05-M14',
      'M30-M36',
      'M45',
      'K50-K51',
      'K75.4',
      'K74.3',
      'L10-L14',
      'L40',
      'L93',
      'N00-N08',
      'D59',
      'D61',
      'D69.3',
      'G35',
      'G70',
      'T86',
      'H20',
    ],
  },
  {
    id: 'antineoplastic',
    drugs: [
      '顺铂',
      '卡铂',
      '奥沙利铂',
      '平阳霉素',
      '博来霉素',
      '长春新碱',
      '长春地辛',
      '氟尿嘧啶',
      '吉西他滨',
      '培美曲塞二',
      '培美曲塞',
      '异环磷酰胺',
      '环磷酰胺',
      '复方环磷酰胺',
      '甲氨蝶呤',
      '司莫司汀',
      '替莫唑胺',
      '替尼泊苷',
      '依托泊苷',
      '羟基脲',
      '苯丁酸氮芥',
      '巯嘌呤',
      '放线菌素d',
      '尿嘧啶替加氟',
      '替加氟',
      '卡培他滨',
      '紫杉醇',
      '多西他赛',
      '多柔比星',
      '表柔比星',
      '阿糖胞苷',
      '伊马替尼',
      '吉非替尼',
      '他莫昔芬',
      '来曲唑',
      '阿那曲唑',
      '氨磷汀',
      '乌苯美司',
      '重组人白介素2ⅰ',
      '重组人白介素2',
      '氟尿嘧啶植入剂',
      '甲地孕酮',
      '曲妥珠单抗',
      '利妥昔单抗',
      '贝伐珠单抗',
    ],
    indications: ['C00-D09', 'D37-D48', 'D18', 'D76'],
  },
  {
    // Paracetamol and the aspirin–paracetamol ester treat pain and fever, not the inflammation of a gout flare
    // (salicylates even raise urate), so they have their own class without gout.
    id: 'paracetamol-salicylate-analgesic',
    drugs: ['对乙酰氨基酚', '贝诺酯'],
    indications: ['M00-M25', 'M40-M54', 'M60-M79', 'R50-R52', 'G43-G44', 'N94.4-N94.6', 'J00-J11', 'K08.8', 'S00-T14', 'Q25.0', 'I30', 'H66'],
    not: ['M10'],
  },
  {
    id: 'nsaid-analgesic',
    drugs: [
      '布洛芬',
      '双氯芬酸',
      '双氯芬酸二乙胺',
      '酮洛芬',
      '萘丁美酮',
      '塞来昔布',
      '尼美舒利',
      '吲哚美辛',
      '依托芬那酯',
      '氨糖美辛',
      '洛索洛芬',
      '美洛昔康',
      '萘普生',
      '依托考昔',
    ],
    indications: ['M00-M25', 'M40-M54', 'M60-M79', 'R50-R52', 'G43-G44', 'N94.4-N94.6', 'J00-J11', 'K08.8', 'S00-T14', 'Q25.0', 'M10', 'I30', 'H66'],
  },
  {
    // Intramuscular adrenaline is the first-line treatment of anaphylaxis (WHO/WAO, Resuscitation Council UK 2021) and
    // the drug of cardiac arrest; the same codes as first-line-drugs.ts's anaphylaxis rows.
    id: 'adrenaline-anaphylaxis',
    drugs: ['肾上腺素'],
    indications: ['T78.0', 'T78.2', 'T80.5', 'T88.6', 'I46'],
  },
  {
    id: 'antihistamine',
    drugs: ['氯雷他定', '西替利嗪', '左西替利嗪', '氯苯那敏', '酮替芬', '异丙嗪', '苯海拉明', '依巴斯汀', '咪唑斯汀', '地氯雷他定'],
    indications: ['J30', 'J45', 'L20-L30', 'L50', 'L56', 'T78', 'H10.1', 'H10.4', 'T80.6', 'T63'],
  },
  {
    id: 'respiratory',
    drugs: ['氨茶碱', '茶碱', '多索茶碱', '沙丁胺醇', '特布他林', '噻托溴铵', '噻托溴铵粉雾剂', '异丙托溴铵', '布地奈德', '沙美特罗替卡松', '孟鲁司特'],
    indications: ['J44-J46', 'J40-J42', 'J20-J21', 'J30', 'J98.0', 'P22', 'P27'],
  },
  {
    id: 'mucolytic-antitussive',
    drugs: ['氨溴索', '氨溴索葡萄糖', '溴己新', '羧甲司坦', '乙酰半胱氨酸', '喷托维林', '喷托维林氯化铵', '右美沙芬', '可待因'],
    indications: ['J00-J22', 'J40-J47', 'J84', 'J98', 'P22.0', 'A37', 'J68', 'T59'],
  },
  {
    id: 'antiepileptic',
    drugs: ['苯妥英', '卡马西平', '奥卡西平', '丙戊酸钠', '丙戊酸', '左乙拉西坦', '苯巴比妥', '拉莫三嗪', '托吡酯', '地西泮', '氯硝西泮'],
    indications: ['G40-G41', 'R56', 'F31', 'G50.0', 'P90', 'F41', 'F10.3', 'F10.4', 'G43', 'G25', 'G24'],
  },
  { id: 'cholinesterase-inhibitor', drugs: ['溴吡斯的明', '新斯的明', '多奈哌齐'], indications: ['G70', 'G73.1', 'K56.0', 'R33', 'F00-F03', 'G30'] },
  {
    id: 'antispasticity',
    drugs: ['巴氯芬', '乙哌立松', '替扎尼定'],
    indications: ['G35', 'G80-G83', 'G95', 'S14', 'S24', 'S34', 'M62.4', 'M62.8', 'M54', 'T91.3', 'I69', 'G11'],
  },
  { id: 'botulinum-toxin', drugs: ['a型肉毒毒素'], indications: ['G24', 'G51.3', 'G80', 'G43', 'H49-H50', 'L74.5', 'N31', 'N32', 'K22.0', 'I69', 'R25.2'] },
  {
    id: 'b-vitamins',
    drugs: ['维生素b', '维生素b1', '维生素b12', '维生素b6', '甲钴胺', '腺苷钴胺', '呋喃硫胺', '叶酸'],
    indications: ['G51.0', 'G51.8', 'G56-G64', 'D51-D53', 'E51-E53', 'E10.4', 'E11.4', 'E14.4', 'O99.0', 'F10.6', 'E72'],
  },
  { id: 'osmotic-dehydration', drugs: ['甘露醇', '甘油果糖'], indications: ['G93.5', 'G93.6', 'S06', 'I61-I62', 'I63', 'H40', 'G03', 'G00', 'A17'] },
  { id: 'glaucoma', drugs: ['拉坦前列素', '溴莫尼定', '噻吗洛尔', '毛果芸香碱', '布林佐胺', '卡替洛尔', '曲伏前列素'], indications: ['H40-H42', 'Q15.0'] },
  { id: 'progestogen', drugs: ['黄体酮', '甲羟孕酮', '地屈孕酮'], indications: ['N91-N95', 'N97', 'N80', 'N85.0', 'E28', 'O20', 'O26.2', 'O60', 'C54'] },
  {
    id: 'bone',
    drugs: ['鲑降钙素', '鲑鱼降钙素', '鲑鱼降钙素喷鼻剂', '阿仑膦酸', '唑来膦酸', '骨化三醇', '阿法骨化醇'],
    indications: ['M80-M82', 'M88', 'E83.5', 'C79.5', 'E55', 'N25.0', 'E20', 'M85'],
  },
  {
    id: 'somatostatin',
    drugs: ['奥曲肽', '奥曲肽微球', '生长抑素'],
    indications: ['E22.0', 'K85-K86', 'I85', 'K92.0-K92.2', 'E34.0', 'K31.8', 'K63.8', 'E16.1'],
  },
  {
    id: 'haemostatic',
    drugs: ['氨甲环酸', '氨甲苯酸', '酚磺乙胺', '卡络磺', '维生素k1', '维生素k', '凝血酶', '巴曲酶'],
    indications: ['D66-D69', 'N92', 'N93', 'K92', 'R04', 'R58', 'O72', 'O46', 'P53', 'P52', 'I61', 'I60', 'S06', 'K25-K28'],
  },
  { id: 'iron', drugs: ['硫酸亚铁', '琥珀酸亚铁', '蔗糖铁', '多糖铁复合物', '右旋糖酐铁'], indications: ['D50', 'O99.0', 'N18', 'D63.8'] },
  { id: 'calcium', drugs: ['醋酸钙', '碳酸钙', '葡萄糖酸钙', '钙'], indications: ['E55', 'E58', 'E83.5', 'M80-M81', 'N18', 'N25.8', 'E20', 'P71', 'R29.0'] },
  { id: 'potassium', drugs: ['氯化钾', '枸橼酸钾', '门冬氨酸钾镁'], indications: ['E87.6', 'N25.8', 'I47-I49'] },
  { id: 'zinc', drugs: ['葡萄糖酸锌', '硫酸锌', '甘草锌'], indications: ['E60', 'L10-L14', 'K12', 'E83.2'] },
  { id: 'glucosamine', drugs: ['氨基葡萄糖'], indications: ['M15-M19'] },
  { id: 'hormone-other', drugs: ['重组人生长激素'], indications: ['E23.0', 'E34.3', 'Q96', 'N18', 'T30-T32'] },
  { id: 'desmopressin', drugs: ['去氨加压素'], indications: ['E23.2', 'N39.4', 'R32', 'D66-D68'] },
  { id: 'androgen', drugs: ['甲睾酮', '十一酸睾酮'], indications: ['E23.0', 'E29', 'E89.5', 'Q98', 'D61'] },
  {
    id: 'opioid-antagonist-stimulant',
    drugs: ['纳洛酮', '纳洛酮舌下', '尼可刹米', '多沙普仑', '洛贝林'],
    indications: ['T40', 'T42', 'T51', 'R06.8', 'J96', 'P28', 'G47.3'],
  },
  { id: 'albumin', drugs: ['人血白蛋白'], indications: ['E88.0', 'K74', 'K76.7', 'N04', 'R57', 'T31', 'T79.4', 'R18'] },
  {
    id: 'probiotic',
    drugs: ['枯草杆菌二联活菌', '双歧杆菌三联活菌', '地衣芽孢杆菌', '复合乳酸菌', '蒙脱石', '洛哌丁胺'],
    indications: ['A00-A09', 'K52', 'K58', 'K59.1', 'K63.8', 'K90'],
  },
  {
    id: 'antispasmodic',
    drugs: ['阿托品', '消旋山莨菪碱', '山莨菪碱', '颠茄', '溴丙胺太林', '屈他维林', '曲美布汀', '匹维溴铵'],
    indications: ['K25-K31', 'K58', 'K80-K83', 'N20-N23', 'R10', 'T60', 'K59', 'I49.5', 'R00.1'],
  },
  {
    id: 'antiemetic-prokinetic',
    drugs: ['甲氧氯普胺', '多潘立酮', '莫沙必利', '昂丹司琼', '格拉司琼'],
    indications: ['K21', 'K30', 'K31', 'R11', 'O21', 'T45.1', 'K59'],
  },
  {
    id: 'urology',
    drugs: ['黄酮哌酯', '坦索罗辛', '非那雄胺', '托特罗定', '丙哌维林', '奥昔布宁', '特拉唑嗪'],
    indications: ['N30', 'N31', 'N32', 'N39.4', 'N40', 'N41', 'N20-N23', 'R32', 'R33'],
  },
  {
    id: 'hepatoprotective',
    drugs: ['多烯磷脂酰胆碱', '水飞蓟宾', '还原型谷胱甘肽', '谷胱甘肽', '异甘草酸镁', '熊去氧胆酸', '丁二磺酸腺苷蛋氨酸', '甘草酸二铵'],
    indications: ['K70-K77', 'B15-B19', 'K80-K83', 'O26.6', 'K71', 'T50'],
  },
  {
    id: 'psychiatric',
    drugs: ['舍曲林', '艾司西酞普兰', '帕罗西汀', '氟西汀', '文拉法辛', '阿普唑仑', '劳拉西泮', '奥氮平', '利培酮', '喹硫平', '氟哌啶醇', '碳酸锂', '硫必利'],
    indications: ['F20-F48', 'F50-F51', 'F90-F98', 'G47.0', 'F00-F03', 'F10', 'G25', 'G24'],
  },
  {
    id: 'antiparkinson-dementia',
    drugs: ['左旋多巴', '多巴丝肼', '卡左双多巴', '普拉克索', '司来吉兰', '金刚烷胺', '苯海索', '美金刚', '多奈哌齐'],
    indications: ['G20-G26', 'F00-F03', 'G30-G31', 'G25.8'],
  },
  { id: 'gout', drugs: ['别嘌醇', '非布司他', '秋水仙碱', '苯溴马隆'], indications: ['M10', 'E79.0', 'N20.0', 'M11', 'M35.2', 'E85.0'] },
  // Vaginal forms treat vulvovaginal infections only (not pulmonary candidiasis).
  { id: 'vaginal-antifungal', drugs: ['克霉唑阴道', '咪康唑阴道', '制霉菌素阴道'], indications: ['B37.3', 'N76', 'N77'] },
];

function parseRange(r: string): [string, string] {
  const [a, b = a] = r.split('-');
  return [a.toUpperCase(), b.toUpperCase()];
}

/** Does the range (category or subcategory bounds) contain the code? */
export function rangeContains(range: string, code: IcdCode): boolean {
  const [lo, hi] = parseRange(range);
  const key = (bound: string) => (bound.includes('.') ? code.sub.toUpperCase() : code.category);
  return key(lo) >= lo && key(hi) <= hi;
}

/** A single subcategory ("E89.0"), not a category or a range. */
const singleSub = (r: string) => r.includes('.') && !r.includes('-');
const codeInRange = (code: string, range: string) => {
  const c = parseIcdCode(code);
  return c !== null && rangeContains(range, c);
};

/**
 * Do two ranges as the tables write them ("I47-I49", "E89.0", "B20-B24") share a code? Category-level overlap, refined
 * when either names a single subcategory.
 */
export function rangesOverlap(a: string, b: string): boolean {
  const [alo, ahi] = parseRange(a);
  const [blo, bhi] = parseRange(b);
  const cat = (bound: string) => bound.slice(0, 3);
  if (cat(ahi) < cat(blo) || cat(bhi) < cat(alo)) return false;
  if (singleSub(a) && singleSub(b)) return a.toUpperCase() === b.toUpperCase();
  if (singleSub(a)) return codeInRange(a, b);
  if (singleSub(b)) return codeInRange(b, a);
  return true;
}

export type IndicationStatus = 'indicated' | 'not-indicated' | 'unknown';

export interface DrugIndications {
  /** The classes a canonical generic belongs to (empty when the table does not know it). */
  classesOf(canonical: string): readonly DrugClass[];
  /** Whether the drug is used for the disease with this code, by the table. */
  status(canonical: string, code: IcdCode): IndicationStatus;
}

export function createDrugIndications(classes: readonly DrugClass[] = DRUG_CLASSES, canonical: (name: string) => string = (s) => s): DrugIndications {
  const byDrug = new Map<string, DrugClass[]>();
  for (const c of classes) {
    for (const d of c.drugs) {
      const k = canonical(d);
      const list = byDrug.get(k) ?? [];
      if (!list.includes(c)) list.push(c);
      byDrug.set(k, list);
    }
  }
  return {
    classesOf: (name) => byDrug.get(name) ?? [],
    status(name, code) {
      const list = byDrug.get(name);
      if (!list?.length) return 'unknown';
      const ok = list.some((c) => c.indications.some((r) => rangeContains(r, code)) && !(c.not ?? []).some((r) => rangeContains(r, code)));
      return ok ? 'indicated' : 'not-indicated';
    },
  };
}
