// Label dose limits for common medicines (adult single / daily maximum in mg; paediatric per-kg limits), with
// the names they go by in Chinese and English. Figures are the usual label maxima (prescription strength where
// it exists), so a dose above them is outside every label, not merely above the OTC pack.

export interface DoseLimit {
  id: string;
  /** Regex sources for the drug's names (normalised, lower-case text). */
  names: string[];
  /** Adult maximum single dose, mg. */
  single: number;
  /** Adult maximum per 24 h, mg. */
  daily: number;
  /** Child maximum single dose, mg/kg. */
  perKgSingle?: number;
  /** Child maximum per 24 h, mg/kg. */
  perKgDaily?: number;
  /** Doses in units rather than mg (insulin): any fixed self-chosen figure is judged by the dose-change rule instead. */
  unitsOnly?: boolean;
  /** Taken once a week (low-dose methotrexate): a daily schedule is a fatal error whatever the amount. */
  weeklyOnly?: boolean;
  /**
   * The self-care (over-the-counter) label's adult single / daily maximum in mg, where it is lower than the prescription
   * maximum above: what the advice gate's table confirmation (dose-check.ts labelConfirmsDose) may confirm without a
   * prescriber. Ibuprofen 800 mg is a prescription dose; the pack says 400 mg, 1200 mg a day.
   */
  selfCareSingle?: number;
  selfCareDaily?: number;
  /** Most administrations in 24 h (OTC analgesics: every 4–6 h at most). */
  maxDosesPerDay?: number;
  /** Daily maximum in international units (vitamins A and D), adult and child (under 12). */
  dailyIU?: number;
  childDailyIU?: number;
  /** Daily maximum in IU for an infant (under 1 year). */
  infantDailyIU?: number;
}

export const DOSE_LIMITS: readonly DoseLimit[] = [
  {
    id: 'paracetamol',
    names: ['paracetamol', 'acetaminophen', 'tylenol', 'panadol', '对乙酰氨基酚', '扑热息痛', '泰诺林?', '必理通', '百服宁'],
    single: 1000,
    daily: 4000,
    perKgSingle: 15,
    perKgDaily: 75,
    maxDosesPerDay: 6,
  },
  {
    id: 'ibuprofen',
    names: ['ibuprofen', 'advil', 'motrin', 'nurofen', '布洛芬', '芬必得', '美林'],
    single: 800,
    daily: 3200,
    selfCareSingle: 400,
    selfCareDaily: 1200,
    perKgSingle: 10,
    perKgDaily: 40,
    maxDosesPerDay: 6,
  },
  { id: 'aspirin', names: ['aspirin', '阿司匹林', '乙酰水杨酸'], single: 1000, daily: 4000, perKgSingle: 15, perKgDaily: 60 },
  // Self-care: naproxen sodium 220 mg, two for the first dose, three a day.
  {
    id: 'naproxen',
    names: ['naproxen', 'aleve', '萘普生'],
    single: 1000,
    daily: 1500,
    perKgSingle: 10,
    perKgDaily: 20,
    selfCareSingle: 440,
    selfCareDaily: 660,
  },
  { id: 'diclofenac', names: ['diclofenac', 'voltaren', '双氯芬酸钠?', '扶他林'], single: 75, daily: 150 },
  { id: 'warfarin', names: ['warfarin', 'coumadin', 'jantoven', '华法林'], single: 10, daily: 10 },
  // Daily: the UK SmPC / BNF maximum (3 g in divided doses); the US label stops at 2550 mg — the higher label is the bound.
  { id: 'metformin', names: ['metformin', 'glucophage', '二甲双胍', '格华止'], single: 2000, daily: 3000, perKgDaily: 50 },
  { id: 'amlodipine', names: ['amlodipine', 'norvasc', '氨氯地平', '络活喜'], single: 10, daily: 10 },
  { id: 'atorvastatin', names: ['atorvastatin', 'lipitor', '阿托伐他汀', '立普妥'], single: 80, daily: 80 },
  { id: 'simvastatin', names: ['simvastatin', 'zocor', '辛伐他汀'], single: 80, daily: 80 },
  { id: 'loratadine', names: ['loratadine', 'claritin', '氯雷他定', '开瑞坦'], single: 10, daily: 10 },
  { id: 'cetirizine', names: ['cetirizine', 'zyrtec', '西替利嗪'], single: 10, daily: 20 },
  { id: 'diphenhydramine', names: ['diphenhydramine', 'benadryl', '苯海拉明'], single: 50, daily: 300, perKgDaily: 5 },
  { id: 'amoxicillin', names: ['amoxicillin', 'amoxil', '阿莫西林'], single: 1000, daily: 4000, perKgSingle: 45, perKgDaily: 100 },
  { id: 'metoprolol', names: ['metoprolol', 'lopressor', 'toprol', '美托洛尔', '倍他乐克'], single: 200, daily: 400 },
  { id: 'lisinopril', names: ['lisinopril', '赖诺普利'], single: 80, daily: 80 },
  { id: 'losartan', names: ['losartan', 'cozaar', '氯沙坦'], single: 100, daily: 100 },
  { id: 'nifedipine', names: ['nifedipine', '硝苯地平'], single: 90, daily: 120 },
  { id: 'levothyroxine', names: ['levothyroxine', 'synthroid', 'l-thyroxine', '左甲状腺素钠?', '优甲乐'], single: 0.3, daily: 0.3, perKgDaily: 0.015 },
  { id: 'digoxin', names: ['digoxin', '地高辛'], single: 0.5, daily: 0.5 },
  { id: 'omeprazole', names: ['omeprazole', 'prilosec', '奥美拉唑'], single: 80, daily: 120 },
  { id: 'prednisone', names: ['prednisone', '泼尼松', '强的松'], single: 80, daily: 80, perKgDaily: 2 },
  { id: 'clopidogrel', names: ['clopidogrel', 'plavix', '氯吡格雷', '波立维'], single: 600, daily: 600 },
  { id: 'colchicine', names: ['colchicine', '秋水仙碱'], single: 1.2, daily: 1.8 },
  { id: 'loperamide', names: ['loperamide', 'imodium', '洛哌丁胺', '易蒙停'], single: 4, daily: 16 },
  { id: 'dextromethorphan', names: ['dextromethorphan', '右美沙芬'], single: 30, daily: 120 },
  { id: 'insulin', names: ['insulin', '胰岛素'], single: Infinity, daily: Infinity, unitsOnly: true },
  // Low-dose methotrexate for RA/psoriasis is weekly (BNF, NMPA label; daily dosing errors are an ISMP top alert).
  { id: 'methotrexate', names: ['methotrexate', 'trexall', 'otrexup', '甲氨蝶呤', '氨甲蝶呤', 'mtx'], single: 25, daily: 25, weeklyOnly: true },
  // Upper intake levels: EFSA/IOM vitamin D 4000 IU/day adults (10000 IU treatment ceiling), 1000 IU infants; vitamin A 10000 IU.
  {
    id: 'vitamin-d',
    names: ['vitamin d3?', 'cholecalciferol', 'colecalciferol', '维生素d3?', '维d'],
    single: Infinity,
    daily: Infinity,
    dailyIU: 10000,
    childDailyIU: 2000,
    // EFSA/IOM upper level for infants 0–12 months: 1000 IU (25 µg) a day.
    infantDailyIU: 1000,
  },
  { id: 'vitamin-a', names: ['vitamin a', 'retinol', '维生素a'], single: Infinity, daily: Infinity, dailyIU: 10000, childDailyIU: 3000 },
  // Opioids and others with narrow margins (FDA labels / BNF adult maxima).
  { id: 'tramadol', names: ['tramadol', 'ultram', '曲马多'], single: 100, daily: 400 },
  { id: 'codeine', names: ['codeine', '可待因'], single: 60, daily: 240 },
  { id: 'allopurinol', names: ['allopurinol', 'zyloprim', '别嘌醇', '别嘌呤醇'], single: 900, daily: 900 },
  { id: 'carbamazepine', names: ['carbamazepine', 'tegretol', '卡马西平'], single: 800, daily: 1600 },
  { id: 'metoclopramide', names: ['metoclopramide', 'reglan', '甲氧氯普胺', '胃复安'], single: 10, daily: 30 },
  { id: 'chlorphenamine', names: ['chlorphenamine', 'chlorpheniramine', '氯苯那敏', '扑尔敏'], single: 4, daily: 24 },
  { id: 'pseudoephedrine', names: ['pseudoephedrine', 'sudafed', '伪麻黄碱'], single: 120, daily: 240 },
  { id: 'oseltamivir', names: ['oseltamivir', 'tamiflu', '奥司他韦', '达菲'], single: 75, daily: 150 },
  { id: 'lithium', names: ['lithium carbonate', '碳酸锂'], single: 1200, daily: 2400 },
  // Anticoagulants (SmPC maxima incl. loading phases), emergency drugs with per-kg doses (Resuscitation Council UK,
  // APLS), opioids for naive patients (WHO cancer pain guideline starting ranges).
  { id: 'rivaroxaban', names: ['rivaroxaban', 'xarelto', '利伐沙班', '拜瑞妥'], single: 20, daily: 30 },
  { id: 'apixaban', names: ['apixaban', 'eliquis', '阿哌沙班'], single: 10, daily: 20 },
  { id: 'dabigatran', names: ['dabigatran', 'pradaxa', '达比加群'], single: 150, daily: 300 },
  { id: 'adrenaline', names: ['adrenaline', 'epinephrine', 'epipen', '肾上腺素'], single: 0.5, daily: Infinity, perKgSingle: 0.01 },
  { id: 'diazepam', names: ['diazepam', 'valium', '地西泮', '安定'], single: 20, daily: 40, perKgSingle: 0.5 },
  { id: 'midazolam', names: ['midazolam', '咪达唑仑'], single: 10, daily: Infinity, perKgSingle: 0.5 },
  { id: 'lorazepam', names: ['lorazepam', 'ativan', '劳拉西泮'], single: 4, daily: 10, perKgSingle: 0.1 },
  { id: 'morphine', names: ['morphine', '吗啡'], single: 60, daily: Infinity, perKgSingle: 0.5 },
  { id: 'montelukast', names: ['montelukast', 'singulair', '孟鲁司特'], single: 10, daily: 10 },
  // Session 6: common chronic and outpatient medicines at their label adult maxima (FDA labels / BNF), paediatric
  // per-kg maxima where a child dose is usual (iron as elemental iron: 6 mg/kg/day treatment maximum, WHO/BNFc).
  { id: 'iron', names: ['elemental iron', '元素铁'], single: 200, daily: 240, perKgDaily: 6 },
  { id: 'levetiracetam', names: ['levetiracetam', 'keppra', '左乙拉西坦', '开浦兰'], single: 1500, daily: 3000, perKgDaily: 60 },
  { id: 'valproate', names: ['valproate', 'valproic acid', 'sodium valproate', 'depakote', '丙戊酸钠?', '德巴金'], single: 2100, daily: 4200, perKgDaily: 60 },
  { id: 'gabapentin', names: ['gabapentin', 'neurontin', '加巴喷丁'], single: 1200, daily: 3600 },
  { id: 'pregabalin', names: ['pregabalin', 'lyrica', '普瑞巴林'], single: 300, daily: 600 },
  { id: 'sertraline', names: ['sertraline', 'zoloft', '舍曲林', '左洛复'], single: 200, daily: 200 },
  { id: 'fluoxetine', names: ['fluoxetine', 'prozac', '氟西汀', '百忧解'], single: 80, daily: 80 },
  { id: 'citalopram', names: ['citalopram', 'celexa', '西酞普兰'], single: 40, daily: 40 },
  { id: 'escitalopram', names: ['escitalopram', 'lexapro', '艾司西酞普兰', '来士普'], single: 20, daily: 20 },
  { id: 'paroxetine', names: ['paroxetine', 'paxil', 'seroxat', '帕罗西汀', '赛乐特'], single: 60, daily: 60 },
  { id: 'amitriptyline', names: ['amitriptyline', 'elavil', '阿米替林'], single: 150, daily: 300 },
  { id: 'quetiapine', names: ['quetiapine', 'seroquel', '喹硫平', '思瑞康'], single: 800, daily: 800 },
  { id: 'olanzapine', names: ['olanzapine', 'zyprexa', '奥氮平', '再普乐'], single: 20, daily: 20 },
  { id: 'zolpidem', names: ['zolpidem', 'ambien', 'stilnox', '唑吡坦', '思诺思'], single: 10, daily: 10 },
  { id: 'alprazolam', names: ['alprazolam', 'xanax', '阿普唑仑'], single: 4, daily: 10 },
  { id: 'spironolactone', names: ['spironolactone', 'aldactone', '螺内酯', '安体舒通'], single: 400, daily: 400 },
  { id: 'enalapril', names: ['enalapril', 'vasotec', '依那普利'], single: 40, daily: 40 },
  { id: 'ramipril', names: ['ramipril', 'altace', '雷米普利'], single: 10, daily: 10 },
  { id: 'valsartan', names: ['valsartan', 'diovan', '缬沙坦'], single: 320, daily: 320 },
  { id: 'bisoprolol', names: ['bisoprolol', 'concor', '比索洛尔', '康忻'], single: 20, daily: 20 },
  { id: 'rosuvastatin', names: ['rosuvastatin', 'crestor', '瑞舒伐他汀'], single: 40, daily: 40 },
  { id: 'glimepiride', names: ['glimepiride', 'amaryl', '格列美脲', '亚莫利'], single: 8, daily: 8 },
  { id: 'gliclazide', names: ['gliclazide', 'diamicron', '格列齐特', '达美康'], single: 160, daily: 320 },
  { id: 'sitagliptin', names: ['sitagliptin', 'januvia', '西格列汀', '捷诺维'], single: 100, daily: 100 },
  { id: 'empagliflozin', names: ['empagliflozin', 'jardiance', '恩格列净'], single: 25, daily: 25 },
  { id: 'dapagliflozin', names: ['dapagliflozin', 'farxiga', 'forxiga', '达格列净', '安达唐'], single: 10, daily: 10 },
  { id: 'famotidine', names: ['famotidine', 'pepcid', '法莫替丁'], single: 40, daily: 80 },
  { id: 'domperidone', names: ['domperidone', 'motilium', '多潘立酮', '吗丁啉'], single: 10, daily: 30 },
  { id: 'ondansetron', names: ['ondansetron', 'zofran', '昂丹司琼'], single: 16, daily: 32, perKgSingle: 0.15 },
  { id: 'ciprofloxacin', names: ['ciprofloxacin', 'cipro', '环丙沙星'], single: 750, daily: 1500 },
  { id: 'levofloxacin', names: ['levofloxacin', 'levaquin', '左氧氟沙星', '可乐必妥'], single: 750, daily: 750 },
  { id: 'cefalexin', names: ['cefalexin', 'cephalexin', 'keflex', '头孢氨苄'], single: 1000, daily: 4000, perKgDaily: 100 },
  { id: 'clarithromycin', names: ['clarithromycin', 'biaxin', 'klacid', '克拉霉素'], single: 500, daily: 1000, perKgDaily: 15 },
  { id: 'doxycycline', names: ['doxycycline', 'vibramycin', '多西环素', '强力霉素'], single: 200, daily: 200 },
  { id: 'metronidazole', names: ['metronidazole', 'flagyl', '甲硝唑', '灭滴灵'], single: 2000, daily: 4000 },
  { id: 'fluconazole', names: ['fluconazole', 'diflucan', '氟康唑', '大扶康'], single: 800, daily: 800 },
  { id: 'aciclovir', names: ['aciclovir', 'acyclovir', 'zovirax', '阿昔洛韦'], single: 800, daily: 4000 },
  { id: 'sildenafil', names: ['sildenafil', 'viagra', '西地那非', '万艾可'], single: 100, daily: 100 },
  { id: 'tadalafil', names: ['tadalafil', 'cialis', '他达拉非', '希爱力'], single: 20, daily: 20 },
  { id: 'tamsulosin', names: ['tamsulosin', 'flomax', '坦索罗辛', '坦洛新', '哈乐'], single: 0.8, daily: 0.8 },
  { id: 'hydrochlorothiazide', names: ['hydrochlorothiazide', '氢氯噻嗪', '双氢克尿噻'], single: 100, daily: 100 },
  // Clonidine for ADHD/sleep in children: 5 µg/kg per dose at most (BNFc); adult 0.3 mg per dose, 2.4 mg a day.
  { id: 'clonidine', names: ['clonidine', 'catapres', 'kapvay', '可乐定'], single: 0.3, daily: 2.4, perKgSingle: 0.005 },
  { id: 'baclofen', names: ['baclofen', 'lioresal', '巴氯芬'], single: 25, daily: 100 },
];
