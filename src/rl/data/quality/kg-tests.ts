// Label checks for knowledge-graph test-ordering items: the gold must be examinations a clinician orders.
// Vital signs, bedside signs, vision, nutrients (脉搏, 视力, 维生素B1) are not tests, and category words (CT检查,
// 血液检查, 内镜检查) name no specific test: both are removed from the gold with provenance, and an item left with
// fewer than two specific tests is excluded.
import { parseIcdCode, type IcdCode } from '../../../knowledge/icd10.js';
import { normTerm } from '../../../knowledge/term-text.js';
import { imagingConcept } from '../../verifiers/test-concepts.js';
import { isKnownTestName } from '../../verifiers/test-order.js';
import type { RlItem } from '../item.js';
import { withCorrection, withFlag, type QualityCheck, type QualityContext } from './types.js';

const NON_TEST = [
  /^(脉搏|心率|呼吸|呼吸频率|体温|体温测量|血压|收缩压|舒张压|体重|身高|体位|视力|皮肤颜色|皮损|皮疹|肠鸣音|血管杂音|羊水量|基础代谢)$/u,
  /(叩诊|触诊|视诊)$/u,
  /^(压痛及反跳痛|呼吸运动检查|脑膜刺激征|胸部外部检查|胸部疾病体征检查|四肢与关节运动功能|颈部活动度检查|共济失调的检查|眼球及眼眶检查法)$/u,
  /^(维生素|叶酸|鱼肝油)/u,
  /^(浆细胞|有核红细胞|球形红细胞|狼疮细胞|一氧化碳|氧分压|血氧含量|5-?羟色胺)$/u,
  // Treatments and care listed among the examinations (体位引流 is postural drainage).
  /(引流|治疗|手术|疗法|护理|康复|饮食)$/u,
  // Bedside signs, observations and body parts (蓝多耳菲征, 粪便气味, 鼓膜).
  /征$/u,
  /(气味|颜色|外观|蠕动波)$/u,
  /^(鼓膜|外耳道|乳突|鼻腔|咽部|喉部|皮肤|指甲|舌苔)$/u,
];
/** "<region>检查" with no method named (外科检查, 关节检查, 鼻部检查) is a physical examination, not an order. */
const METHOD_RE =
  /(镜|超声|B超|彩超|CT|MRI|磁共振|造影|片|电图|试验|测定|培养|分析|活检|活组织|穿刺|扫描|显像|检测|涂片|计数|功能|染色|抗体|抗原|定量|测试|测听|图|视野|眼底|眼压|透视|病理|细胞|常规|生化|X线|PCR|DNA|RNA)/iu;
/** Routine panels: real tests, but no item is answerable from them alone (they fit almost every disease). */
const BASIC_PANEL = new Set(
  [
    '血常规',
    '尿常规',
    '便常规',
    '心电图',
    '血液生化六项检查',
    '大生化检查',
    '肝功能',
    '肾功能',
    '血细胞分析仪',
    '尿液分析',
    '白细胞计数(WBC)',
    '全血细胞计数',
    '白细胞分类计数',
    '血液电解质检查',
    '血清钙',
    '凝血时间',
    '出血时间',
    '血氧饱和度',
    '周围血白细胞计数及分类检验',
    '尿沉渣',
    '肾病类尿常规',
    '红细胞沉降率(ESR)',
    '血沉',
    'C反应蛋白',
    '血糖',
  ].map(normTerm),
);
const GENERIC = new Set(
  [
    'CT检查',
    'CT',
    'MRI',
    'MRI检查',
    '核磁共振成像(MRI)',
    '核磁共振',
    '血液检查',
    '造影检查',
    '内镜检查',
    '免疫学检测',
    '涂片',
    '肺部检查',
    '神经系统检查',
    '眼科检查',
    '妇科检查',
    '产科检查',
    '男科检查',
    '耳部检查',
    '乳腺检查',
    '大生化检查',
    '癌症普查',
    '感染免疫检测',
    '细菌学检验',
    '风湿病化验检查项目',
    'X线检查',
    'X线',
    'B超',
    '超声检查',
    '超声',
    '实验室检查',
    '体格检查',
    '影像学检查',
    '血管造影',
    'CT造影扫描',
    '体层摄影',
    '细菌感染免疫检测',
    '免疫病理检查',
    '皮肤病的物理检查',
    '神经系统核医学检查',
    '神经系统细胞学检查',
    '皮肤癌检测',
    '生化检查',
    'X线碘油造影',
    '造影',
    '血液检查项目',
    '免疫检查',
    '病理检查',
    '活组织检查',
    '活检',
    '放射性核素检查',
    '核医学检查',
    '血液生化检查',
  ].map(normTerm),
);

export type TestEntryKind = 'test' | 'non-test' | 'generic';

export function classifyTestEntry(name: string): TestEntryKind {
  const n = name.trim();
  if (NON_TEST.some((re) => re.test(n))) return 'non-test';
  if (GENERIC.has(normTerm(n))) return 'generic';
  if (/(检查|检查法)$/u.test(n) && !METHOD_RE.test(n.replace(/(检查|检查法)$/u, '')) && !isKnownTestName(n)) return 'generic';
  return 'test';
}

/** Fewest specific tests a kept item needs, and fewest beyond the routine panels. */
export const MIN_TESTS = 2;
export const MIN_TARGETED_TESTS = 2;

// Body sites an imaging test may target for a disease, by ICD-10 range (chapters whose diseases sit in one
// region). Imaging of another region (颅脑CT for a salivary-gland cancer) is not part of the work-up.
const PLAUSIBLE_SITES: [string, string[]][] = [
  ['I60-I69', ['head', 'neck', 'vessel', 'heart', 'chest']],
  ['I00-I59', ['heart', 'chest', 'coronary', 'vessel', 'abdomen', 'neck']],
  ['I70-I99', ['vessel', 'heart', 'chest', 'abdomen', 'head', 'neck', 'joint', 'liver', 'gi']],
  ['J00-J39', ['sinus', 'ent', 'neck', 'chest', 'head']],
  ['J40-J99', ['chest', 'heart', 'neck']],
  ['K00-K14', ['head', 'neck', 'ent']],
  ['K20-K31', ['gi', 'abdomen', 'chest']],
  ['K35-K93', ['abdomen', 'gi', 'liver', 'gallbladder', 'pancreas', 'pelvis', 'kidney', 'chest']],
  ['N00-N39', ['kidney', 'bladder', 'abdomen', 'pelvis', 'prostate']],
  ['N40-N53', ['prostate', 'scrotum', 'pelvis', 'bladder', 'kidney', 'abdomen']],
  ['N60-N65', ['breast', 'chest']],
  ['N70-N99', ['gyn', 'pelvis', 'abdomen', 'kidney', 'bladder']],
  ['O00-O99', ['obstetric', 'gyn', 'pelvis', 'abdomen']],
  ['H00-H59', ['orbit', 'head']],
  ['H60-H95', ['ear', 'head', 'ent']],
  ['G00-G47', ['head', 'spine', 'cspine', 'tspine', 'lspine', 'neck', 'vessel']],
  ['G50-G99', ['head', 'spine', 'cspine', 'tspine', 'lspine', 'neck', 'joint', 'knee', 'hip', 'chest']],
  ['F00-F99', ['head']],
  ['S00-S09', ['head', 'orbit', 'ear', 'sinus']],
  ['S10-S19', ['neck', 'cspine', 'spine']],
  ['S20-S29', ['chest', 'tspine', 'spine', 'heart']],
  ['S30-S39', ['abdomen', 'pelvis', 'lspine', 'spine', 'kidney', 'bladder', 'liver', 'gi']],
  ['S40-S99', ['joint', 'knee', 'hip', 'vessel']],
];

/** The name says how the test is done (镜, 超声, CT, 造影, 培养, 测定 …) or is a known specific test. */
export function namesTestMethod(name: string): boolean {
  return METHOD_RE.test(name) || isKnownTestName(name);
}

/** Imaging of a body region the disease with this code sits in (颅脑CT for a stroke). */
export function isOnSiteImaging(name: string, code: IcdCode): boolean {
  const sites = plausibleSites(code);
  const site = imagingConcept(name)?.split('|')[0];
  return !!sites && !!site && sites.includes(site);
}

/** A routine panel (blood/urine routine, ECG, chemistry): a real test that fits almost every disease. */
export function isRoutinePanel(name: string): boolean {
  return BASIC_PANEL.has(normTerm(name));
}

/** Imaging of a body region unrelated to a disease with this code (颅脑CT for a salivary-gland cancer). */
export function isOffSiteImaging(name: string, code: IcdCode): boolean {
  const sites = plausibleSites(code);
  const site = imagingConcept(name)?.split('|')[0];
  return !!sites && !!site && !sites.includes(site);
}

function plausibleSites(code: IcdCode): string[] | undefined {
  for (const [range, sites] of PLAUSIBLE_SITES) {
    const [lo, hi] = range.split('-');
    if (code.category >= lo && code.category <= hi) return sites;
  }
  return undefined;
}

function checkOne(item: RlItem, ctx: QualityContext): RlItem {
  const gold = (item.ground_truth as (string | string[])[]).map((t) => (Array.isArray(t) ? t : String(t)));
  const disease = String(item.meta.disease ?? '');
  const hit = ctx.icd?.resolveName(disease);
  const code = hit ? parseIcdCode(hit.entry.code.raw) : null;
  const sites = code ? plausibleSites(code) : undefined;
  const offSite = (t: string) => {
    const c = imagingConcept(t);
    const site = c?.split('|')[0];
    return !!sites && !!site && !sites.includes(site);
  };
  const kinds = gold.map((t) => (offSite(Array.isArray(t) ? t[0] : t) ? 'off-site' : classifyTestEntry(Array.isArray(t) ? t[0] : t)));
  const keep = gold.filter((_, i) => kinds[i] === 'test');
  let out = item;
  const nonTests = gold.filter((_, i) => kinds[i] === 'non-test');
  const generic = gold.filter((_, i) => kinds[i] === 'generic');
  const off = gold.filter((_, i) => kinds[i] === 'off-site');
  if (off.length) out = withFlag(out, 'test-site-mismatch', 0.8, `${off.join('、')}: imaging of a region unrelated to ${disease} (${code?.raw})`);
  if (nonTests.length) out = withFlag(out, 'non-test-removed', 1, nonTests.join('、'));
  if (generic.length) out = withFlag(out, 'generic-test-removed', 1, generic.join('、'));
  if (keep.length < gold.length)
    out = withCorrection(out, keep, 'kg-tests', `removed ${[...nonTests, ...generic, ...off].join('、')}: not a specific test for ${disease}`);
  if (keep.length < MIN_TESTS) out = withFlag(out, 'too-few-tests', 0, `${keep.length} specific test(s) left`);
  else {
    const targeted = keep.filter((t) => !BASIC_PANEL.has(normTerm(Array.isArray(t) ? t[0] : t))).length;
    if (targeted < MIN_TARGETED_TESTS)
      out = withFlag(out, 'too-few-tests', 0.3, `${targeted} test(s) beyond routine panels (blood/urine routine, ECG, chemistry)`);
  }
  return out;
}

/** A gold list shared by this many diseases is the site's template for a body region, not a work-up. */
export const SHARED_TESTS_MAX = 3;

function run(items: RlItem[], ctx: QualityContext): RlItem[] {
  const isKg = (it: RlItem) => it.task === 'test_order' && it.source === 'disease-kg-zh';
  const checked = items.map((it) => (isKg(it) ? checkOne(it, ctx) : it));
  const key = (it: RlItem) =>
    (it.ground_truth as unknown[])
      .map((t) => normTerm(String(t)))
      .sort()
      .join('|');
  const shared = new Map<string, number>();
  for (const it of checked) if (isKg(it)) shared.set(key(it), (shared.get(key(it)) ?? 0) + 1);
  return checked.map((it) => {
    const n = isKg(it) ? (shared.get(key(it)) ?? 1) : 1;
    return n >= SHARED_TESTS_MAX ? withFlag(it, 'shared-gold-list', 0.3, `the same test list is the gold of ${n} diseases`) : it;
  });
}

export const kgTestsCheck: QualityCheck = { name: 'kg-tests', run };
