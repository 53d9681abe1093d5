// Examination names as concepts: an imaging test is a modality plus a body site, so 头颅CT, 颅脑CT平扫,
// "head CT" and "CT of the brain" are one test, while a bare modality (CT检查, "an MRI") names no specific test
// and a different site (胸部CT for 颅脑CT) is a different test. Non-imaging tests go through synonym sets.
// Pure and table-driven; the RL label-quality stage uses the same tables to clean gold lists.
import { foldWidth, normTerm } from '../../knowledge/term-text.js';

const SITES: [string, string[]][] = [
  [
    'head',
    [
      '头颅',
      '颅脑',
      '头部',
      '头颅部',
      '颅内',
      '脑部',
      '脑',
      '颅',
      'head',
      'brain',
      'cranial',
      'cranium',
      'skull',
      'intracranial',
      'cerebral',
      'cerebrovascular',
    ],
  ],
  ['chest', ['胸部', '胸', '肺部', '肺', 'chest', 'thorax', 'thoracic', 'lung', 'lungs', 'pulmonary']],
  ['abdomen', ['全腹', '腹部', '上腹部', '下腹部', '腹', 'abdomen', 'abdominal']],
  ['pelvis', ['盆腔', '骨盆', 'pelvic', 'pelvis']],
  ['neck', ['颈部', 'neck']],
  ['cspine', ['颈椎', 'cervical spine', 'c spine']],
  ['tspine', ['胸椎', 'thoracic spine']],
  ['lspine', ['腰椎', '腰骶椎', 'lumbar spine', 'lumbar', 'l spine']],
  ['spine', ['脊柱', '脊椎', '椎体', 'spine', 'spinal']],
  ['liver', ['肝胆胰脾', '肝胆', '肝脏', '肝', 'liver', 'hepatic', 'hepatobiliary']],
  ['gallbladder', ['胆囊', '胆道', 'gallbladder', 'biliary']],
  ['pancreas', ['胰腺', 'pancreas', 'pancreatic']],
  ['kidney', ['泌尿系', '尿路', '肾脏', '肾盂', '肾', 'renal', 'kidney', 'kidneys', 'urinary tract', 'kub']],
  ['heart', ['心脏', '心', 'cardiac', 'heart']],
  ['thyroid', ['甲状腺', 'thyroid']],
  ['breast', ['乳腺', '乳房', 'breast', 'mammary']],
  ['gyn', ['妇科', '子宫附件', '子宫', '附件', '经阴道', 'gynecologic', 'transvaginal', 'uterus', 'uterine']],
  ['obstetric', ['产科', '胎儿', 'obstetric', 'fetal']],
  ['sinus', ['鼻窦', 'sinus', 'sinuses', 'paranasal']],
  ['orbit', ['眼眶', '眼及眶区', '眼部', '眼球', 'orbit', 'orbital', 'ocular', 'eye']],
  ['ear', ['颞骨', '耳部', '内耳', 'temporal bone', 'inner ear']],
  ['joint', ['四肢的骨和关节', '骨关节', '关节', '四肢', 'joint', 'joints', 'extremity', 'limb', 'skeletal']],
  ['knee', ['膝关节', '膝', 'knee']],
  ['hip', ['髋关节', '髋', 'hip']],
  ['vessel', ['下肢血管', '下肢静脉', '血管', 'vascular', 'venous']],
  ['scrotum', ['阴囊', '睾丸', 'scrotal', 'testicular']],
  ['prostate', ['前列腺', 'prostate']],
  ['coronary', ['冠状动脉', '冠脉', 'coronary']],
  ['gi', ['上消化道', '胃肠道', '消化道', '胃肠', '食管', '十二指肠', '结肠', '小肠', '钡餐', '钡剂灌肠', 'gastrointestinal', 'barium', 'upper gi']],
  ['ent', ['耳鼻咽喉', '鼻咽', '咽喉', '喉部', 'nasopharynx', 'larynx']],
  ['bladder', ['膀胱', 'bladder']],
];

/** Sites that stand for each other on a scan (an abdominal CT images the liver, a knee film is a joint film). */
const SITE_COVERS: Record<string, string[]> = {
  abdomen: ['liver', 'gallbladder', 'pancreas', 'kidney', 'gi'],
  joint: ['knee', 'hip'],
  spine: ['cspine', 'tspine', 'lspine'],
  chest: ['heart'],
  // A barium study of the gut in general covers a meal (upper GI) and an enema (colon); the two are not the same.
  gi: ['upper-gi', 'colon'],
};

/** Two imaging concepts name the same test: same modality, and the same site or one covering the other. */
export function sameImaging(a: string, b: string): boolean {
  if (a === b) return true;
  const [sa, ma] = a.split('|');
  const [sb, mb] = b.split('|');
  if (ma !== mb || !sa || !sb) return false;
  return (SITE_COVERS[sa] ?? []).includes(sb) || (SITE_COVERS[sb] ?? []).includes(sa);
}

const MODALITIES: [string, string[]][] = [
  ['cta', ['ct血管造影', 'ct血管成像', 'cta', 'ct angiography', 'ct angiogram']],
  ['mra', ['磁共振血管成像', '磁共振血管造影', 'mr血管造影', 'mra', 'mr angiography', 'mr angiogram', 'magnetic resonance angiography']],
  ['ct', ['计算机断层扫描', '计算机断层', 'ct', 'computed tomography', 'cat scan']],
  ['mri', ['核磁共振成像', '核磁共振', '磁共振成像', '磁共振', '核磁', 'mri', 'mr', 'magnetic resonance imaging', 'magnetic resonance']],
  ['us', ['彩色多普勒超声', '多普勒超声', '超声', '彩超', 'b超', 'b型超声', 'ultrasonography', 'ultrasound', 'sonography', 'sonogram', 'doppler', 'duplex']],
  [
    'xray',
    [
      'x线平片',
      'x线片',
      'x线',
      'x光片',
      'x光',
      '平片',
      '摄片',
      '透视',
      'dr',
      'x ray',
      'xray',
      'radiograph',
      'radiography',
      'plain film',
      'film',
      'fluoroscopy',
      // Barium studies are fluoroscopic X-ray studies of the gut (食管钡餐透视 = barium swallow).
      '钡餐',
      '吞钡',
      '钡剂',
      'esophagram',
      'oesophagram',
      'barium swallow',
      'barium series',
      'barium meal',
      'barium enema',
      'barium study',
    ],
  ],
  ['angio', ['血管造影', '造影', 'angiography', 'angiogram']],
  ['pet', ['petct', 'pet', '正电子发射']],
];

// Words read as a modality-and-site pair on their own.
const WHOLE: Record<string, string> = {
  胸片: 'chest|xray',
  胸透: 'chest|xray',
  cxr: 'chest|xray',
  chestxray: 'chest|xray',
  chestfilm: 'chest|xray',
  超声心动图: 'heart|us',
  心脏彩超: 'heart|us',
  心动超声: 'heart|us',
  钼靶: 'breast|xray',
  钼靶x线检查: 'breast|xray',
  echo: 'heart|us',
  echocardiography: 'heart|us',
  echocardiogram: 'heart|us',
  transthoracicechocardiography: 'heart|us',
  tte: 'heart|us',
  mammography: 'breast|xray',
  颅底片: 'head|xray',
  头颅平片: 'head|xray',
  skullxray: 'head|xray',
  mammogram: 'breast|xray',
  多普勒超声心动图: 'heart|us',
  二维超声心动图: 'heart|us',
};

const HAN_RE = /[\u4e00-\u9fff]/;

interface Alias {
  key: string;
  han: boolean;
  text: string;
  re?: RegExp;
}

function aliasesOf(table: [string, string[]][]): Alias[] {
  return table
    .flatMap(([key, list]) =>
      list.map((a): Alias => {
        const text = a.toLowerCase();
        const han = HAN_RE.test(text);
        // Latin aliases match whole words ("ct" in "head ct", not in "ectopic").
        return han ? { key, han, text: text.replace(/ /g, '') } : { key, han, text, re: new RegExp(`(?:^|[^a-z])${text.replace(/ /g, ' ?')}(?:$|[^a-z])`) };
      }),
    )
    .sort((a, b) => b.text.length - a.text.length);
}
const SITE_ALIASES = aliasesOf(SITES);
const MODALITY_ALIASES = aliasesOf(MODALITIES);

function prep(name: string): { spaced: string; compact: string } {
  const spaced = foldWidth(name)
    .toLowerCase()
    .replace(/[^a-z0-9\u4e00-\u9fff]+/g, ' ')
    .trim();
  return { spaced, compact: spaced.replace(/ /g, '') };
}

function find(p: { spaced: string; compact: string }, aliases: Alias[]): Alias | undefined {
  return aliases.find((a) => (a.han ? p.compact.includes(a.text) : a.re!.test(p.spaced)));
}

// Rollouts repeat the same test names: concepts are memoised (bounded, cleared when full).
const conceptCache = new Map<string, string | null>();
const CACHE_MAX = 50_000;

/** "site|modality" for an imaging test ("|ct" when the site is missing), null for anything else. */
export function imagingConcept(name: string): string | null {
  const hit = conceptCache.get(name);
  if (hit !== undefined) return hit;
  if (conceptCache.size >= CACHE_MAX) conceptCache.clear();
  const c = computeConcept(name);
  conceptCache.set(name, c);
  return c;
}

function computeConcept(name: string): string | null {
  const p = prep(name);
  const bare = p.compact.replace(/(检查|扫描|平扫|增强|成像)+$/u, '');
  const whole = WHOLE[bare] ?? WHOLE[p.compact];
  if (whole) return whole;
  const m = find(p, MODALITY_ALIASES);
  if (!m) return null;
  // The site is looked for with the modality word taken out (心脏彩超: 彩超 is the modality, 心脏 the site).
  const rest = m.han
    ? { spaced: p.spaced.replace(m.text, ' '), compact: p.compact.replace(m.text, ' ') }
    : { spaced: p.spaced.replace(m.re!, ' '), compact: p.compact };
  const site = find(rest, SITE_ALIASES) ?? (m.key === 'xray' ? find(p, BARIUM_SITE_ALIASES) : undefined);
  return `${site?.key ?? ''}|${m.key}`;
}

// A barium study names its site by its kind: a meal or swallow images the upper gut, an enema the colon
// (胃钡餐造影 ≠ 钡剂灌肠, though both are barium X-ray studies of the gut).
const BARIUM_SITE_ALIASES = aliasesOf([
  ['upper-gi', ['钡餐', '吞钡', '食管钡', 'barium meal', 'barium swallow', 'esophagram', 'oesophagram', 'upper gi series']],
  ['colon', ['钡剂灌肠', '钡灌肠', '灌肠造影', 'barium enema', 'contrast enema']],
]);

/** Words that say how an image is taken, not of what (left out when looking for an unread site word). */
const IMAGING_FILLER_RE = /(检查法|检查|扫描|平扫|增强|成像|摄影|摄片|照片|片子|片|光|线|图像|显像|诊断|疾病的)/gu;

/**
 * An imaging name whose site word the vocabulary does not know (口腔X光片检查 reads as a bare X-ray, though it names
 * the mouth): Chinese characters are left once the modality and filler words are taken out. Such a name is no
 * generic "X-ray" that any X-ray answers.
 */
export function hasUnreadSite(name: string): boolean {
  return unreadSiteWords(name) !== null;
}

/**
 * The unread site words of such a name (跟骨 of 跟骨X线片), null when it has none. Two unread names are one test only
 * when they name the same words: 距骨X线片 is no 跟骨X线片 (s38: both read as a bare X-ray and were paid as one).
 */
export function unreadSiteWords(name: string): string | null {
  const c = imagingConcept(name);
  if (!c?.startsWith('|')) return null;
  let rest = prep(name).compact;
  for (const a of MODALITY_ALIASES) if (a.han) rest = rest.split(a.text).join('');
  rest = rest.replace(IMAGING_FILLER_RE, '').replace(/[^\u4e00-\u9fff]/gu, '');
  return rest.length >= 2 ? rest : null;
}

/** A bare modality or category word that names no specific test. */
export function isGenericTest(name: string): boolean {
  const c = imagingConcept(name);
  if (c) return c.startsWith('|');
  return GENERIC_WORDS.has(normTerm(name));
}

const GENERIC_WORDS = new Set(
  [
    '血液检查',
    '造影检查',
    '内镜检查',
    '内镜',
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
    '实验室检查',
    '体格检查',
    '影像学检查',
    '体层摄影',
    '细菌感染免疫检测',
    '免疫病理检查',
    '皮肤病的物理检查',
    '神经系统核医学检查',
    '神经系统细胞学检查',
    '皮肤癌检测',
    '生化检查',
    '免疫检查',
    '病理检查',
    '活组织检查',
    '活检',
    '放射性核素检查',
    '核医学检查',
    '血液生化检查',
    '化验',
    '抽血',
    '影像检查',
    '检查',
    'bloodtest',
    'bloodtests',
    'labs',
    'laboratorytests',
    'imaging',
    'scan',
    'physicalexamination',
    'biopsy',
  ].map(normTerm),
);

/** The body regions a scan of several regions is named by (胸腹部CT, "CT chest, abdomen and pelvis"). */
const REGIONS: ReadonlySet<string> = new Set(['head', 'neck', 'chest', 'abdomen', 'pelvis']);
/**
 * An organ's scan lies inside one region, as SITE_COVERS already reads it (a liver CT is an abdominal CT) — except the
 * gut, which runs through the chest and the abdomen (食管 of 经食管超声心动图 is no abdominal site).
 */
const REGION_OF: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(SITE_COVERS)
    .filter(([region]) => REGIONS.has(region))
    .flatMap(([region, organs]) => organs.filter((o) => o !== 'gi').map((o) => [o, region])),
);

const REGION_CHAR: Readonly<Record<string, string>> = { 头: '头部', 颈: '颈部', 胸: '胸部', 腹: '腹部', 盆: '盆腔' };

/**
 * Every body region an imaging name names (#18, s39): the site reader above keeps ONE site per name, so 胸腹部CT read as
 * the abdomen's and a plain abdominal CT was paid for it. Here every site word is read, longest first and each place in
 * the name once, and an organ counts as its region (肝 → abdomen). A spine written by its segments (胸腰椎) names the
 * spine, not the chest. Empty for a name that is no imaging test or names no region.
 */
export function bodyRegions(name: string): ReadonlySet<string> {
  const out = new Set<string>();
  const c = imagingConcept(name);
  if (!c) return out;
  let { spaced, compact } = prep(name);
  // 胸腰椎, 颈胸椎: the characters before 椎 are its segments (each read as the segment's own word, 胸椎, 腰椎).
  compact = compact.replace(/([颈胸腰骶]{2,})椎/gu, (_, segs: string) => [...segs].map((s) => `${s}椎`).join(' '));
  // 头颈部, 胸腹部, 腹盆腔: one character per region, the last one's 部/腔 shared by all.
  compact = compact.replace(/([头颈胸腹盆]{2,})(?:部|腔)?/gu, (_, regs: string) => [...regs].map((r) => REGION_CHAR[r]).join(' '));
  for (const m of MODALITY_ALIASES) if (m.han) compact = compact.split(m.text).join(' ');
  for (const a of SITE_ALIASES) {
    if (a.han) {
      if (!compact.includes(a.text)) continue;
      compact = compact.split(a.text).join(' ');
    } else {
      const re = new RegExp(a.re!.source, 'g');
      if (!re.test(spaced)) continue;
      spaced = spaced.replace(re, ' ');
    }
    const region = REGIONS.has(a.key) ? a.key : REGION_OF[a.key];
    if (region) out.add(region);
  }
  // A name read whole (胸片, echo) names its one site.
  if (out.size === 0) {
    const site = c.split('|')[0];
    const region = REGIONS.has(site) ? site : REGION_OF[site];
    if (region) out.add(region);
  }
  return out;
}
