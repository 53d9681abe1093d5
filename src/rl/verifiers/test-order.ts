// Test ordering: recommended examinations matched against gold synonym sets ("血常规|全血细胞计数|CBC"),
// with a built-in table of common synonyms; scored by F1 so ordering every test in the book does not pay.
import { sameByAtoms } from '../../knowledge/term-atoms.js';
import { normTerm } from '../../knowledge/term-text.js';
import { imagingConcept, isGenericTest, sameImaging } from './test-concepts.js';
import { extractAnswer, visibleAnswer } from './extract.js';
import { namesOf, round3, setMatch } from './set-match.js';
import type { RuleVerifier, Score } from './types.js';

export interface TestOrderReference {
  /** Gold examinations; each is a name or a synonym set (array, or names joined by "|"). */
  tests: (string | string[])[];
  strict?: boolean;
}

const SYNONYM_SETS: string[][] = [
  // Panels carry their components: ordering the panel orders the component (血常规 covers 白细胞计数).
  [
    '血常规',
    '全血细胞计数',
    '血细胞分析',
    '血细胞分析仪',
    '血液常规',
    '白细胞计数',
    '白细胞计数wbc',
    '白细胞分类计数',
    '周围血白细胞计数及分类检验',
    'cbc',
    'completebloodcount',
    'fullbloodcount',
    'fbc',
    'bloodroutine',
    'bloodcount',
    'wbccount',
    'whitebloodcellcount',
  ],
  ['尿常规', '尿液分析', '尿液常规', '尿沉渣', '肾病类尿常规', 'urinalysis', 'urineroutine', 'ua'],
  ['便常规', '粪便常规', '大便常规', '粪常规', '粪便显微镜检查', 'stoolroutine', 'stoolexamination', 'stooltest', 'fecalroutine'],
  ['便潜血', '大便潜血', '粪便潜血', '粪便隐血', '隐血试验', 'fecaloccultblood', 'fobt', 'occultblood'],
  [
    '肝功能',
    '肝功能检查',
    '肝功',
    '转氨酶',
    '谷丙转氨酶',
    '丙氨酸氨基转移酶',
    'alt',
    'lft',
    'lfts',
    'liverfunctiontest',
    'liverfunctiontests',
    'liverfunction',
    'liverenzymes',
  ],
  [
    '肾功能',
    '肾功能检查',
    '肾功',
    '血肌酐',
    '肌酐',
    '尿素氮',
    '血尿素氮',
    '血尿素氮bun',
    'bun',
    'creatinine',
    'serumcreatinine',
    'renalfunction',
    'kidneyfunctiontest',
    'renalfunctiontest',
    'renalfunctiontests',
    'kidneyfunction',
  ],
  [
    '电解质',
    '血电解质',
    '血液电解质检查',
    '二氧化碳结合力',
    'co2cp',
    'bicarbonate',
    'serumbicarbonate',
    '血钾',
    '血钠',
    '血氯',
    '血清钾',
    '血清钠',
    'electrolytes',
    'serumelectrolytes',
  ],
  ['血脂', '血脂四项', '血脂检查', '血清总胆固醇', '总胆固醇', '甘油三酯', 'lipidpanel', 'lipidprofile', 'lipids', 'cholesterol'],
  ['心电图', '常规心电图', '12导联心电图', 'ecg', 'ekg', 'electrocardiogram', 'electrocardiography', '12leadecg'],
  ['动态心电图', '动态心电图holter监测', 'holter', 'holtermonitoring', '24小时动态心电图'],
  ['c反应蛋白', 'crp', 'creactiveprotein'],
  ['血沉', '红细胞沉降率', '红细胞沉降率esr', 'esr', 'erythrocytesedimentationrate'],
  ['降钙素原', 'pct', 'procalcitonin'],
  ['糖化血红蛋白', 'hba1c', 'glycatedhemoglobin', 'a1c'],
  ['血糖', '空腹血糖', 'bloodglucose', 'fastingglucose', 'fastingbloodglucose', 'glucose'],
  ['口服葡萄糖耐量试验', '葡萄糖耐量试验', 'ogtt', 'oralglucosetolerancetest', 'glucosetolerancetest'],
  [
    '血气分析',
    '动脉血气',
    '动脉血气分析',
    '血液酸碱度ph',
    '血液酸碱度',
    '二氧化碳分压',
    '氧分压',
    '动脉血氧分压',
    '二氧化碳分压pco2pco2',
    'pco2',
    'pao2',
    'abg',
    'arterialbloodgas',
    'arterialbloodgases',
    'bloodgasanalysis',
    'bloodgas',
  ],
  [
    '甲状腺功能',
    '甲功',
    '甲状腺功能检查',
    '甲状腺素t4',
    '甲状腺素',
    '促甲状腺激素tsh',
    '促甲状腺激素',
    '三碘甲状腺原氨酸t3',
    'tsh',
    't3',
    't4',
    'ft3',
    'ft4',
    'thyroidfunction',
    'thyroidfunctiontest',
    'thyroidfunctiontests',
    'tft',
    'tfts',
  ],
  [
    '凝血功能',
    '凝血四项',
    '凝血功能检查',
    '凝血时间',
    '凝血酶时间',
    '出血时间',
    '凝血酶原时间',
    '凝血酶原时间pt',
    '部分凝血活酶时间',
    '活化部分凝血活酶时间',
    'aptt',
    'pt',
    'inr',
    'coagulation',
    'coagulationprofile',
    'coagulationstudies',
    'ptinr',
  ],
  ['d二聚体', 'ddimer'],
  ['脑钠肽', 'bnp', 'ntprobnp', 'nt-probnp', 'b型利钠肽', 'natriureticpeptide'],
  ['心肌酶', '心肌酶谱', 'cardiacenzymes'],
  ['肌钙蛋白', 'ctn', 'ctni', 'ctnt', 'troponin', 'cardiactroponin'],
  [
    '腰椎穿刺',
    '腰穿',
    '脑脊液检查',
    '脑脊液常规检验',
    '脑脊液常规检验csf',
    '脑脊液常规',
    '脑脊液蛋白',
    '脑脊液压力',
    'csfprotein',
    'lumbarpuncture',
    'csfanalysis',
    'spinaltap',
    'cerebrospinalfluid',
  ],
  [
    '骨髓穿刺',
    '骨髓象',
    '骨髓象分析',
    '骨髓各系细胞形态学检查',
    '骨髓细胞学',
    '骨髓检查',
    '骨髓穿刺活检',
    'bonemarrowaspiration',
    'bonemarrowbiopsy',
    'bonemarrowexamination',
  ],
  ['肺功能', '肺功能检查', '肺通气功能', 'pulmonaryfunctiontest', 'pulmonaryfunctiontests', 'pft', 'pfts', 'spirometry', 'lungfunctiontest'],
  ['脑电图', '脑电图检查', 'eeg', 'electroencephalogram', 'electroencephalography'],
  ['肌电图', '肌电图检查', 'emg', 'electromyography', 'electromyogram', '神经传导', 'nerveconduction'],
  ['胃镜', '胃镜检查', '上消化道内镜', '电子胃镜', '纤维胃镜', 'gastroscopy', 'egd', 'upperendoscopy', 'esophagogastroduodenoscopy'],
  ['肠镜', '结肠镜', '结肠镜检查', '电子结肠镜', '纤维结肠镜检查', 'colonoscopy'],
  ['支气管镜', '支气管镜检查', '纤维支气管镜', '纤维支气管镜检查', 'bronchoscopy'],
  ['膀胱镜', '膀胱镜检查', 'cystoscopy'],
  ['喉镜', '喉镜检查', '电子喉镜', 'laryngoscopy'],
  ['眼底检查', '眼底镜检查', '检眼镜检查', '检眼镜检查法', '眼底镜检查法', '眼底微血管检查', 'fundoscopy', 'funduscopy', 'ophthalmoscopy', 'fundusexamination'],
  ['眼底荧光血管造影', '荧光素眼底血管造影', 'ffa', 'fluoresceinangiography'],
  ['裂隙灯', '裂隙灯检查', 'slitlamp', 'slitlampexamination'],
  ['眼压', '眼压测定', '眼压测量', '眼压计测量法', 'tonometry', 'intraocularpressure'],
  ['视野检查', '视野', 'visualfield', 'visualfieldtest', 'perimetry'],
  ['听力检查', '纯音测听', '电测听', 'audiometry', 'hearingtest', 'puretoneaudiometry'],
  ['血培养', '血液细菌培养', 'bloodculture', 'bloodcultures'],
  [
    '痰培养',
    '痰液细菌培养',
    '痰细菌培养',
    '痰液病原体检查',
    '痰病原学检查',
    '痰病原体检查',
    '痰病原学',
    'sputumculture',
    'sputummicrobiology',
    'sputumgramstain',
  ],
  ['尿培养', '尿液细菌培养', '尿细菌培养', 'urineculture'],
  ['类风湿因子', '类风湿因子rf', 'rf', 'rheumatoidfactor'],
  ['抗核抗体', 'ana', 'antinuclearantibody', 'antinuclearantibodies'],
  ['血尿酸', '尿酸', 'uricacid', 'serumuricacid', 'serumurate'],
  ['骨密度', '骨密度测定', '骨密度检查', 'dxa', 'dexa', 'bonedensity', 'bonemineraldensity', 'bonedensitometry'],
  ['乙肝五项', '乙肝两对半', '乙肝血清标志物', 'hbvmarkers', 'hepatitisbserology'],
  ['甲胎蛋白', 'afp', 'alphafetoprotein'],
  ['癌胚抗原', 'cea', 'carcinoembryonicantigen'],
  ['前列腺特异抗原', 'psa', 'prostatespecificantigen'],
  ['结核菌素试验', '结核菌素试验otppd', 'ppd', 'ppd试验', 'tuberculinskintest', 'tst', 'mantoux'],
  ['痰涂片', '痰液细菌涂片检查', '痰抗酸染色', 'sputumsmear', 'sputumafb', 'afbsmear'],
  ['耳鼻咽拭子细菌培养', '咽拭子培养', '咽拭子', '鼻咽拭子', '咽培养', 'throatswabculture', 'throatculture', 'throatswab', 'nasopharyngealswab', 'swabculture'],
  [
    '血液生化六项检查',
    '血生化',
    '生化全项',
    '血液生化',
    '生化',
    'basicmetabolicpanel',
    'bmp',
    'comprehensivemetabolicpanel',
    'cmp',
    'serumchemistry',
    'bloodchemistry',
    'biochemistry',
  ],
  ['腹腔镜', '腹腔镜检查', '诊断性腹腔镜', 'laparoscopy', 'diagnosticlaparoscopy'],
  ['鼻咽部活组织检查', '鼻咽活检', '鼻咽部活检', 'nasopharyngealbiopsy'],
  ['鼻腔内镜检查', '鼻内镜', '鼻内镜检查', '鼻腔内镜', 'nasalendoscopy', 'nasendoscopy', 'nasalendoscopicexamination'],
  ['前鼻镜检查', '前鼻镜', 'anteriorrhinoscopy', 'rhinoscopy'],
  ['耳镜检查', '耳镜检查法', '耳镜', 'otoscopy', 'otoscopicexamination'],
  ['血氧饱和度', '血氧饱和度sao2', '脉搏血氧饱和度', '指脉氧', 'spo2', 'sao2', 'oxygensaturation', 'pulseoximetry'],
  ['胃肠道功能动力学检查', '胃肠动力检查', 'gimotilitystudy', 'motilitystudy', 'gastrointestinalmotility'],
  ['乙状结肠镜检查', '乙状结肠镜', 'sigmoidoscopy', 'flexiblesigmoidoscopy'],
  ['肺活检', '肺穿刺活检', '经皮肺穿刺活检', 'lungbiopsy'],
  ['肾活检', '肾穿刺活检', '肾脏切片', '肾穿刺', 'renalbiopsy', 'kidneybiopsy'],
  ['血氨', '血氨测定', 'ammonia', 'serumammonia', 'bloodammonia'],
  ['双合诊', '妇科双合诊', 'bimanualexamination', 'bimanualpelvicexamination'],
  ['皮内试验', '皮试', '皮肤点刺试验', 'intradermaltest', 'skintest', 'skinpricktest'],
  ['小肠镜检查', '小肠镜', '胶囊内镜', 'enteroscopy', 'capsuleendoscopy'],
  ['关节镜检查', '关节镜', 'arthroscopy'],
  ['胆道镜检查', '胆道镜', 'cholangioscopy'],
  ['纵隔镜检查', '纵隔镜', 'mediastinoscopy'],
  ['骨显像', '骨扫描', '全身骨扫描', '骨核素扫描', 'bonescan', 'bonescintigraphy'],
  ['血清钙', '血钙', 'calcium', 'serumcalcium'],
  ['血清磷', '血清磷pi', '血磷', 'phosphate', 'serumphosphate', 'phosphorus'],
  ['血清铁蛋白', '铁蛋白', 'ferritin', 'serumferritin'],
  ['甲状旁腺激素', 'pth', 'parathyroidhormone'],
  ['生长激素', 'gh', 'growthhormone'],
  ['胰岛素', '胰岛素测定', '血清胰岛素', 'insulin', 'seruminsulin', 'insulinlevel'],
  ['胃泌素', '血清胃泌素', 'gastrin', 'serumgastrin'],
  ['肾素活性', '肾素', '血浆肾素活性', 'plasmareninactivity', 'renin', 'pra'],
  ['染色体', '染色体检查', '染色体核型分析', '核型分析', 'karyotype', 'karyotyping', 'chromosomeanalysis'],
  ['酶联免疫吸附试验', 'elisa'],
  ['补体结合试验', 'complementfixationtest'],
  ['免疫电泳', '血清免疫电泳', 'immunoelectrophoresis'],
  ['角膜病灶刮片', '角膜刮片', 'cornealscraping'],
  ['中心静脉压测定', '中心静脉压', '中心静脉压测定cvp', 'cvp', 'centralvenouspressure'],
  ['肾图检查', '放射性核素肾图', '肾动态显像', '肾图', 'renogram', 'renalscintigraphy'],
  ['前庭功能检查', '前庭功能', 'vestibularfunctiontest', 'vestibulartesting'],
  ['色觉检查', '色觉', 'colorvisiontest', 'colourvision', 'ishiharatest'],
  ['耳蜗电图', 'electrocochleography', 'ecochg'],
  ['经食管超声心动图', '经食管超声心动图tee', '经食管超声', 'tee', 'transesophagealechocardiography', 'transesophagealechocardiogram', 'transesophagealecho'],
  ['直肠镜检查', '直肠镜', '肛门镜', '肛门镜检查', 'proctoscopy', 'anoscopy', 'rigidproctoscopy'],
  ['窦道及瘘管造影', '瘘管造影', '窦道造影', 'fistulography', 'fistulogram', 'sinography'],
  ['肌酐清除率', '内生肌酐清除率', 'creatinineclearance'],
  ['血清淀粉酶', '淀粉酶', '血淀粉酶', '尿淀粉酶', 'amylase', 'serumamylase'],
  ['胆红素', '总胆红素', '直接胆红素', '间接胆红素', '总胆红素tbilstb', 'bilirubin', 'totalbilirubin'],
  ['血红蛋白', 'hb', 'hgb', 'hemoglobin', 'haemoglobin'],
  ['血小板计数', '血小板', 'plt', 'plateletcount', 'platelets'],
  ['腹腔穿刺', '诊断性腹腔穿刺', '腹水检查', 'paracentesis', 'diagnosticparacentesis'],
  ['胸腔穿刺', '胸水检查', '胸腔积液检查', 'thoracentesis', 'pleuralfluidanalysis'],
  ['关节穿刺', '关节液检查', '关节滑液检查', 'arthrocentesis', 'synovialfluidanalysis', 'jointaspiration'],
  ['幽门螺杆菌检测', '呼气试验', '碳13尿素呼气试验', '碳14尿素呼气试验', '尿素呼气试验', 'ureabreathtest', 'hpylori', 'helicobacterpylori'],
  ['血清脂肪酶', '脂肪酶', 'lipase', 'serumlipase'],
  ['妊娠试验', '尿hcg', '血hcg', 'hcg', 'pregnancytest', 'betahcg'],
  ['白带常规', '阴道分泌物检查', 'vaginaldischargetest', 'wetmount'],
  ['直肠指检', '肛门指检', '直肠指诊', 'digitalrectalexamination', 'dre'],
  ['心肌核素显像', '心肌灌注显像', 'myocardialperfusionimaging', 'spect'],
  ['冠状动脉造影', '冠脉造影', 'coronaryangiography', 'cag'],
  ['静脉尿路造影', '静脉肾盂造影', 'ivu', 'ivp', 'intravenousurography', 'intravenouspyelography'],
];
const SYN_INDEX = new Map<string, number>();
SYNONYM_SETS.forEach((set, i) => set.forEach((s) => SYN_INDEX.set(normTerm(s), i)));

/** Whether a name is in one of the examination synonym sets (a known, specific test). */
export function isKnownTestName(name: string): boolean {
  return SYN_INDEX.has(normTerm(name));
}

const expandCache = new Map<string, string[]>();

/** expand(), memoised per gold entry (the same gold lists are scored for every rollout). */
function expandCached(gold: string | string[]): string[] {
  const key = Array.isArray(gold) ? gold.join('\u0001') : gold;
  let out = expandCache.get(key);
  if (!out) {
    if (expandCache.size >= 50_000) expandCache.clear();
    out = expand(gold);
    expandCache.set(key, out);
  }
  return out;
}

const rawCache = new Map<string, string[]>();

/** A gold entry's names as written, each also without and as its bracketed part ("抗核抗体（ANA）" → 抗核抗体, ANA). */
function rawFormsCached(gold: string | string[]): string[] {
  const key = Array.isArray(gold) ? gold.join('\u0001') : gold;
  let out = rawCache.get(key);
  if (!out) {
    if (rawCache.size >= 50_000) rawCache.clear();
    out = [...new Set((Array.isArray(gold) ? gold : gold.split('|')).flatMap((n) => predForms(n)))];
    rawCache.set(key, out);
  }
  return out;
}

function expand(gold: string | string[]): string[] {
  const names = (Array.isArray(gold) ? gold : gold.split('|')).map(normTerm).filter(Boolean);
  const out = new Set(names);
  for (const n of names) {
    const i = SYN_INDEX.get(n);
    if (i !== undefined) for (const s of SYNONYM_SETS[i]) out.add(normTerm(s));
    // "腹部超声" contains the set member "超声": also accept "腹部彩超", "腹部b超" …
    for (const [member, set] of SYN_INDEX) {
      if (member.length < 2 || member === n || !/[\u4e00-\u9fff]/.test(member) || !n.includes(member)) continue;
      for (const other of SYNONYM_SETS[set]) out.add(n.replace(member, normTerm(other)));
    }
  }
  return [...out];
}

function same(pred: string, syn: string): boolean {
  if (pred === syn) return true;
  // "腹部彩超" names "彩超"; short Latin tokens (ct, mri) must match whole.
  if (syn.length >= 2 && /[\u4e00-\u9fff]/.test(syn)) return pred.includes(syn) || (pred.length >= 3 && syn.includes(pred));
  return syn.length >= 2 && containsWord(pred, syn);
}

/**
 * One predicted test names one gold test. Imaging is compared as modality + site (头颅CT = 颅脑CT检查 = head CT;
 * 胸部CT ≠ 颅脑CT); a bare modality or category word (CT检查, 血液检查) names no specific test and matches only an
 * equally bare gold; everything else through the synonym sets and name containment.
 */
function matchesOne(pred: string, goldNames: string[], goldConcept: string | null): boolean {
  const pc = imagingConcept(pred);
  const p = normTerm(pred);
  // A named synonym set decides first (经食管超声心动图 = TEE, though both read as heart ultrasound).
  const ps = SYN_INDEX.get(p);
  if (ps !== undefined && goldNames.some((g) => SYN_INDEX.get(g) === ps)) return true;
  if (pc && goldConcept) return goldConcept.startsWith('|') ? pc.endsWith(goldConcept) : sameImaging(pc, goldConcept);
  if (pc || goldConcept || isGenericTest(pred)) return goldNames.some((syn) => p === syn);
  return goldNames.some((syn) => same(p, syn));
}

/**
 * One predicted test names one gold test, read in every form it is written: as given, without a bracketed
 * abbreviation or qualifier ("Complete blood count (CBC)", "肺功能测定（PFT）"), the bracket alone, in Chinese
 * words for English ones ("Serum zinc level" → 血清锌), and with generic words taken out on both sides
 * (肺组织活检 = 肺活检, 血清磷（Pi） = 血磷).
 */
function matches(pred: string, goldNames: string[], goldConcept: string | null, goldRaw: string[]): boolean {
  const forms = predForms(pred);
  if (forms.some((f) => matchesOne(f, goldNames, goldConcept))) return true;
  // Read as atoms of the bilingual test vocabulary (site, modality, analyte, specimen, manoeuvre), in any word
  // order and either language: "CT of bones, joints and soft tissue" = 骨关节及软组织CT检查, 屈腕试验 = "wrist flexion test".
  if (forms.some((f) => goldRaw.some((g) => sameByAtoms(f, g)))) return true;
  // Cores: generic words out; only non-imaging names (imaging is decided by modality and site above).
  if (goldConcept) return false;
  const golds = goldNames.map(coreOf).filter((g) => g.length >= 2);
  return forms.some((f) => {
    if (imagingConcept(f) || isGenericTest(f)) return false;
    const c = coreOf(f);
    return c.length >= 2 && golds.some((g) => g === c || (HAN_CHAR.test(g) && c.length >= 3 && g.length >= 3 && (g.includes(c) || c.includes(g))));
  });
}

const HAN_CHAR = /[\u4e00-\u9fff]/;
/** Words that name no analyte or method: a test's core is what is left ("血清锌测定" → 锌 … "肺组织活检" → 肺活检). */
const GENERIC_PART = /(检查法|检查|测定|检测|检验|化验|试验|测试|水平|含量|浓度|组织|血清|血浆|全血|的|定量|分析|项目)/gu;
function coreOf(name: string): string {
  return normTerm(name).replace(GENERIC_PART, '');
}

const formCache = new Map<string, string[]>();
function predForms(pred: string): string[] {
  let out = formCache.get(pred);
  if (out) return out;
  if (formCache.size >= 50_000) formCache.clear();
  const set = new Set<string>([pred]);
  const bare = pred.replace(/\s*[(（][^()（）]*[)）]\s*/g, ' ').trim();
  if (bare) set.add(bare);
  for (const m of pred.matchAll(/[(（]([^()（）]{2,})[)）]/g)) set.add(m[1].trim());
  for (const f of [...set]) {
    const zh = englishToChinese(f);
    if (zh) set.add(zh);
  }
  out = [...set];
  formCache.set(pred, out);
  return out;
}

// English words of examinations in Chinese, longest first; a name translates only when every word does (so an
// unknown word never yields a shorter, wrong test).
const EN_ZH: [string, string][] = [
  ['complete blood count', '血常规'],
  ['full blood count', '血常规'],
  ['blood routine', '血常规'],
  ['stool routine examination', '便常规'],
  ['stool routine', '便常规'],
  ['routine stool', '便常规'],
  ['urine routine', '尿常规'],
  ['pulmonary function test', '肺功能检查'],
  ['lung function test', '肺功能检查'],
  ['pulmonary function', '肺功能'],
  ['exocrine function', '外分泌功能'],
  ['liver function', '肝功能'],
  ['renal function', '肾功能'],
  ['kidney function', '肾功能'],
  ['thyroid function', '甲状腺功能'],
  ['upper gi endoscopy', '胃镜'],
  ['upper endoscopy', '胃镜'],
  ['gastroscopy', '胃镜'],
  ['colonoscopy', '肠镜'],
  ['sigmoidoscopy', '乙状结肠镜检查'],
  ['bronchoscopy', '支气管镜检查'],
  ['cystoscopy', '膀胱镜'],
  ['laparoscopy', '腹腔镜'],
  ['hysteroscopy', '宫腔镜'],
  ['otoscopy', '耳镜检查'],
  ['slit lamp biomicroscopy', '裂隙灯'],
  ['slit lamp examination', '裂隙灯'],
  ['slit lamp', '裂隙灯'],
  ['fundus examination', '眼底检查'],
  ['fundoscopy', '眼底检查'],
  ['ophthalmoscopy', '眼底检查'],
  ['fundus fluorescein angiography', '眼底荧光血管造影'],
  ['visual field testing', '视野检查'],
  ['visual field test', '视野检查'],
  ['perimetry', '视野检查'],
  ['electrocardiogram', '心电图'],
  ['electroencephalogram', '脑电图'],
  ['electromyography', '肌电图'],
  ['evoked potentials', '诱发电位'],
  ['audiometry', '听力检查'],
  ['hearing test', '听力检查'],
  ['bone marrow aspiration', '骨髓穿刺'],
  ['lumbar puncture', '腰椎穿刺'],
  ['paracentesis', '腹腔穿刺'],
  ['trace element', '微量元素'],
  ['fecal fat', '粪便脂肪'],
  ['stool fat', '粪便脂肪'],
  ['fecal occult blood', '便潜血'],
  ['blood gas', '血气分析'],
  ['arterial blood gas', '血气分析'],
  ['bone density', '骨密度'],
  ['tuberculin skin test', '结核菌素试验'],
  ['culture', '培养'],
  ['smear', '涂片'],
  ['biopsy', '活检'],
  ['serum', '血清'],
  ['plasma', '血浆'],
  ['blood', '血'],
  ['urine', '尿'],
  ['urinary', '尿'],
  ['stool', '便'],
  ['fecal', '粪便'],
  ['sputum', '痰'],
  ['cerebrospinal fluid', '脑脊液'],
  ['csf', '脑脊液'],
  ['zinc', '锌'],
  ['copper', '铜'],
  ['iron', '铁'],
  ['calcium', '钙'],
  ['phosphorus', '磷'],
  ['phosphate', '磷'],
  ['potassium', '钾'],
  ['sodium', '钠'],
  ['magnesium', '镁'],
  ['glucose', '糖'],
  ['lipase', '脂肪酶'],
  ['amylase', '淀粉酶'],
  ['fungal', '真菌'],
  ['bacterial', '细菌'],
  ['lung', '肺'],
  ['liver', '肝'],
  ['renal', '肾'],
  ['kidney', '肾'],
  ['pancreatic', '胰腺'],
  ['level', ''],
  ['levels', ''],
  ['test', ''],
  ['tests', ''],
  ['testing', ''],
  ['panel', ''],
  ['screen', ''],
  ['examination', ''],
  ['exam', ''],
  ['assay', ''],
  ['measurement', ''],
  ['analysis', '分析'],
  ['of', ''],
  ['the', ''],
  ['for', ''],
  ['and', ''],
];
const EN_ZH_SORTED = [...EN_ZH].sort((a, b) => b[0].length - a[0].length);

/** The Chinese for an English test name when every word is known, else null. */
export function englishToChinese(name: string): string | null {
  let t = name
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!/[a-z]/.test(t) || HAN_CHAR.test(name)) return null;
  let out = '';
  while (t) {
    const hit = EN_ZH_SORTED.find(([en]) => t === en || t.startsWith(`${en} `));
    if (!hit) return null;
    out += hit[1];
    t = t.slice(hit[0].length).trim();
  }
  return out || null;
}

const isAsciiLetter = (c: number) => c >= 97 && c <= 122;
/** `needle` inside `hay` with no Latin letter on either side (no RegExp built per call). */
function containsWord(hay: string, needle: string): boolean {
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    const before = i === 0 ? 0 : hay.charCodeAt(i - 1);
    const after = i + needle.length >= hay.length ? 0 : hay.charCodeAt(i + needle.length);
    if (!isAsciiLetter(before) && !isAsciiLetter(after)) return true;
  }
  return false;
}

const JSON_KEYS = ['tests', 'examinations', 'exams', 'investigations', '检查', '检查项目', 'answer'] as const;

/** Does this free-text fragment name an examination we know a synonym set for? */
function namesKnownTest(s: string): boolean {
  if (imagingConcept(s)) return true;
  const n = normTerm(s);
  for (const member of SYN_INDEX.keys()) if (member.length >= 2 && (/[\u4e00-\u9fff]/.test(member) ? n.includes(member) : containsWord(n, member))) return true;
  return false;
}

export const verifyTestOrder: RuleVerifier<TestOrderReference> = (response, ref, ctx): Score => {
  const gold = ref.tests.map(expandCached);
  const ex = extractAnswer(response, null, { strictFormat: ref.strict ? 'json' : undefined, jsonKeys: JSON_KEYS });
  let items: string[];
  let formatOk = false;
  if (ex.via === 'json' && ex.json) {
    const key = JSON_KEYS.find((k) => k in ex.json!);
    items = namesOf(key ? ex.json[key] : []);
    formatOk = true;
    if (ex.conflict) return { score: 0, reason: 'conflicting-answers', acc: false, formatOk };
  } else if (ex.via === 'tag' && ex.answer) {
    items = namesOf(ex.answer);
    formatOk = true;
  } else {
    if (ref.strict) return { score: 0, reason: 'no-json-answer', acc: false, formatOk: false };
    const v = visibleAnswer(response) ?? '';
    const pieces = namesOf(v.length > 3000 ? v.slice(-3000) : v).flatMap((s) => s.split(/[和及与]|\band\b/));
    // With the examination dictionary: its matches plus fragments naming a known test (not every clause of prose).
    if (ctx.checks) {
      const found = ctx.checks.find(v.length > 3000 ? v.slice(-3000) : v);
      const extra = pieces.filter((p) => namesKnownTest(p) && !found.some((f) => normTerm(p).includes(f)));
      items = [...found, ...extra];
    } else items = pieces;
  }
  // Raw names are kept (deduplicated by their normalised form): English test names need their word breaks.
  const byKey = new Map<string, string>();
  for (const s of items) {
    const raw = s.replace(/^\d+[.、)]\s*/, '').trim();
    const k = normTerm(raw);
    // A name is at most 40 characters without its bracketed gloss ("Anorectal manometry (anorectal motor function test)").
    const bare = normTerm(raw.replace(/\s*[(（][^()（）]*[)）]/g, ''));
    if (k.length >= 2 && bare.length <= 40 && !byKey.has(k)) byKey.set(k, raw);
  }
  const pred = [...byKey.values()];
  if (pred.length === 0) return { score: 0, reason: 'no-tests', acc: false, formatOk };
  const goldConcepts = ref.tests.map((t) => imagingConcept(Array.isArray(t) ? t[0] : t.split('|')[0]));
  const goldRaw = ref.tests.map(rawFormsCached);
  const m = setMatch(pred, gold.length, (p, g) => matches(p, gold[g], goldConcepts[g], goldRaw[g]));
  const exact = m.matchedGold === gold.length && m.precision === 1;
  return { score: round3(m.f1), reason: exact ? 'exact' : `p=${round3(m.precision)} r=${round3(m.recall)}`, acc: exact, pred: pred.join(','), formatOk };
};
