// Identifiers by the shape of a field, not by a list of label words: any short label followed by a colon and a
// code-shaped value ("NHI: ZHK4827", "PPSN: 7294851KA", "OP No: DENT/24/06631", "eMedical ID: HAP 73920184"), an
// issuer acronym followed by a registration number ("MCNZ 48127", "NHI CBN3317"), Chinese document numbers
// ("醫字第041736號", "京卫执字第…号"), and named organisations by their structure: [place chain] + proper name +
// an organisation word that names a workplace, school or club ("成都市武侯区玉林小学", "阳光宝贝幼儿园",
// "Drumcondra Rovers AFC", "WKRX 98.3 FM"). Care settings (医院, Hospital) are left to the cue-based rules: a
// patient's hospital is not their employer.
import { chineseWordEntry } from '../../knowledge/chinese-words.js';
import type { PhiSpan } from '../types.js';
import { COMMON_CAPITALISED } from './names-en-lists.js';
import { span } from './span.js';

/** A code: letters and digits with inner separators, at least three digits, a letter or five digits. */
const CODE = `(?:[A-Z]{2,5}[ ])?[A-Za-z0-9](?:[A-Za-z0-9]|[-/.](?=[A-Za-z0-9]))*`;
const FIELD = new RegExp(
  String.raw`(?<![\p{L}\d])([A-Za-z][A-Za-z.'’/#-]*(?:[ ][A-Za-z][A-Za-z.'’/#-]*){0,3})[ \t]*[:：#][ \t]*(${CODE})(?![A-Za-z0-9])`,
  'gu',
);
/** Labels whose values are clinical, not identifying (codes, stages, doses, genotypes, times). */
const CLINICAL_LABEL =
  /(?:icd|cpt|snomed|loinc|diagnos|code|stage|grade|tnm|dose|dosage|strength|gene|genotype|allele|variant|mutation|strain|serotype|subtype|hla|time|date|dob|bp|pulse|hr|rr|temp|spo2|weight|height|bmi|result|value|level|ratio|score|count|version|ver|model|size|range|rate|step|phase|cycle|day|week|room|bed|ward|floor|age|ref range|units?)\.?$/i;
const UNIT_TAIL = /(?:mg|mcg|µg|ug|ml|mL|g|kg|mmol|mol|iu|IU|u|U|units?|cm|mm|h|hrs?|min|x|bpm|mmHg|kPa|L|l|dl|dL|%)$/;
const TNM = /^(?:[cpy]?T[0-4x][a-d]?N[0-3x][a-c]?M[01x]|[A-Z]\d{2}(?:\.\d{1,2})?)$/;

function codeShaped(value: string): boolean {
  const v = value.replace(/^[A-Z]{2,5} /, '');
  const digits = (value.match(/\d/g) ?? []).length;
  if (digits < 3 || value.length < 5 || value.length > 32) return false;
  if (TNM.test(v) || UNIT_TAIL.test(v) || /^\d+(?:\.\d+)?$/.test(v) || /^\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?$/.test(v)) return false;
  return /[A-Za-z]/.test(value) || /[/-]/.test(v) || digits >= 6;
}

/** Lab and clinical acronyms that take numbers ("ALT 1200", "CD4 350"): never an issuer. */
const LAB_ACRONYM =
  /^(?:WBC|RBC|PLT|HGB|HB|HCT|MCV|ALT|AST|GGT|ALP|LDH|CK|CKMB|BNP|NT|CRP|ESR|PCT|TSH|FT|AFP|CEA|CA|PSA|HBV|HCV|HIV|DNA|RNA|IU|CD|INR|PT|APTT|BUN|CR|EGFR|GFR|UA|TG|TC|LDL|HDL|FPG|OGTT|BP|HR|RR|SPO|FEV|FVC|PEF|EF|QT|QTC|PR|MMSE|MOCA|NIHSS|GCS|APGAR|VAS|NRS|ECOG|KPS|BMI|ICD|DSM|CPT|NDC|USP|FDA|EMA|WHO|COVID|SARS|MRSA|VRE|ESBL|TB|RPR|VDRL|ANA|RF|ACPA|IGG|IGM|IGE|IGA|SUV|HU|MRI|CT|PET|ECG|EKG|EEG|EMG|NCS|US)$/;
const ISSUER = /(?<![\p{L}\d])([A-Z]{2,5})[ ]((?:[A-Z]{1,4})?\d{4,12}[A-Z]?)(?![\p{L}\d.,]\d|[\p{L}\d])/gu;

const DOC_NUMBER_ZH = /(?:(?![证證号號码碼照])[\u4e00-\u9fa5]){1,3}字第?[（(]?[0-9A-Za-z]{3,20}[）)]?[号號]/g;

const ORG_WORK_ZH =
  '有限责任公司|股份有限公司|有限公司|分公司|公司|集团|小学|中学|幼儿园|托儿所|俱乐部|工作室|事务所|研究所|研究院|设计院|速运|快递|物流|超市|酒店|宾馆|餐厅|饭店|工厂|厂|门市部|商行|商店|车行|驾校|培训中心|培训学校';
const ORG_ZH = new RegExp(
  `(?<=^|[\\s，。；：:、（(“"【\\]】]|在|于|是|为|到)(?:[\\u4e00-\\u9fa5]{2,4}?(?:省|市|区|县|镇))*[\\u4e00-\\u9fa5A-Za-z0-9]{2,10}?(?:${ORG_WORK_ZH})(?![产品家])`,
  'gm',
);
/** Openers of generic or described organisations ("一家公司", "大型超市", "我们幼儿园"). */
const GENERIC_ZH =
  /^(?:一家|一个|一所|某|这家|那家|这个|那个|本|我们|我|他们|他|她|大型|小型|私营|私人|国企|外企|民营|国有|当地|附近|县|市|省|区|乡|镇|其他|别的|同一|在|去|到|从|是|的|和|家)/;
const NOT_ORG_ZH =
  /[的了去到说和或在是要把被让给对我你他她们进上年月天周前后时段个能会想]|可以|选择|采取|然后|医生|检查|员工|正规|孩子|宝宝|附近|药物|一款|一般/;

const ORG_WORK_EN =
  'Club|AFC|FC|GAA|RFC|CC|Ltd\\.?|Limited|Inc\\.?|LLC|Plc|PLC|Pty|Sdn Bhd|Bhd|Corp\\.?|Logistics|Freight|Transport|Haulage|Construction|Builders|Engineering|Motors|Foods|Farms|Dairy|Bakery|Salon|Studio|Academy|Radio|Café|Cafe|Restaurant|Hotel|Supermarket|Society|Association|Union|Trust|Partners|Associates|Holdings|Industries|Manufacturing|Security|Cleaning|Plumbing|Electrical|Processing|Packaging|Trading|Enterprises';
const ORG_EN = new RegExp(`(?<![\\p{L}\\d])((?:\\p{Lu}[\\p{L}'’&-]*[ ]){1,4})(?:${ORG_WORK_EN})(?![\\p{L}])`, 'gu');
const STATION_EN = /(?<![\p{L}\d])[KWC][A-Z]{2,3}[ ]\d{2,3}(?:\.\d)?[ ]?FM\b/gu;

/**
 * An issuer acronym and its registration number ("MCNZ 48127", "NHI CBN3317") where no other rule found anything:
 * run after the merge, so a known label ("DEA AB1234563", "MRN 4471239", "ZIP 02139") keeps its own reading.
 */
export function issuerNumbers(text: string, found: readonly PhiSpan[]): PhiSpan[] {
  const out: PhiSpan[] = [];
  if (!/[A-Z]{2}[ ]\S*\d{4}/.test(text)) return out;
  ISSUER.lastIndex = 0;
  for (const m of text.matchAll(ISSUER)) {
    if (LAB_ACRONYM.test(m[1]) || /^[A-Z]{2}$/.test(m[1])) continue;
    // A number alone needs five digits or a letter in it ("MMC 48213", "NHI CBN3317"), not a count ("HbA 1234").
    if (!/[A-Z]/.test(m[2]) && m[2].length < 5) continue;
    const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 6);
    if (/^\s*(?:mg|ml|iu|u\b|units?|copies|cells|\/)/i.test(after)) continue;
    const start = m.index ?? 0;
    if (found.some((f) => f.start < start + m[0].length && start < f.end)) continue;
    out.push(span('LICENSE', text, start, start + m[0].length));
  }
  return out;
}

/** Occupations: the organisation named right before one is the person's workplace or school ("顺丰速运快递员"). */
const OCCUPATION_ZH =
  '快递员|驾驶员|司机|工程师|程序员|员工|职员|店员|经理|主管|教师|工人|临时工|会计|销售|文员|保安|厨师|服务员|送餐员|外卖员|骑手|技术员|操作工|普工|设计师|律师|记者|编辑|教练|队员|球员|实习生|志愿者|社工|保洁员|收银员|导购|客服|助理|秘书|行政|主任|处长|科长|院长|校长|董事长|总经理';
const ORG_BEFORE_JOB = new RegExp(
  `(?<=^|[\\s，。；：:、（(]|系|是|为|為|任|當|当)([\\u4e00-\\u9fa5A-Za-z]{2,8})(?:${OCCUPATION_ZH})(?=[\\s，。；;、,（(]|$)`,
  'gm',
);
/** "被华中科技大学录取", "（多伦多大学录取）": the school that admitted a person. */
const ADMITTED_BY =
  /(?<=^|[\s，。；：:、（(]|被|获|獲|系|是|在|于|於)([\u4e00-\u9fa5A-Za-z]{2,12}(?:大学|大學|学院|學院|书院|書院|中学|中學|小学|小學))(?:录取|錄取|就读|就讀|毕业|畢業|读书|讀書|上学|上學|大[一二三四五]|研[一二三]|[一二三四五六]年级|学生|學生)/g;
const SCHOOL_CLASS = /([\u4e00-\u9fa5]{2,8}?(?:书院|書院|中学|中學|小学|小學|学校|學校))(?:[初高]?[中一二三四五六]{1,2}[年班级級]?|[一二三四五六]年级)/g;
const NOT_ORG_JOB =
  /[我你他她们的了在是和与就也都还又很最太要会能想做当作]|这|那|一名|一个|一位|成为|作为|其他|哪|什么|兼职|全职|专职|普通|主治|值班|责任|住院|实习|夜班|白班|退休|离休|离职|在职|下岗|失业|无业|自由|原|前任|曾/;

/** The organisation starts after the last link word in the run ("黄一鸣系|浙江大学", "说孙子被|华中科技大学"). */
const LINK_ZH = /^.*[系是为為任当當在于於被获獲说說到去从從]/;

function jobOrganisations(text: string, out: PhiSpan[]): void {
  ORG_BEFORE_JOB.lastIndex = 0;
  for (const m of text.matchAll(ORG_BEFORE_JOB)) {
    const cut = LINK_ZH.exec(m[1])?.[0].length ?? 0;
    const org = m[1].slice(cut);
    if (NOT_ORG_JOB.test(org) || GENERIC_ZH.test(org) || org.length < 2) continue;
    // An ordinary word before a job title modifies it ("当产品经理", "项目经理", "技术员"): only a brand, an organisation
    // or a place word (腾讯经理, 顺丰速运快递员), or a run no dictionary holds, names a workplace.
    const entry = chineseWordEntry(org);
    if (entry && !/^(?:nz|nt|nrt|nr|nrfg|ns)$/.test(entry.tag)) continue;
    // Job words themselves ("主任医师", "高级工程师") are not organisations.
    if (/^(?:高级|中级|初级|副|主|正|资深|首席|专业|职业|注册|执业|见习|特级|一级|二级|三级)/.test(org)) continue;
    const start = (m.index ?? 0) + cut;
    out.push(span('EMPLOYER', text, start, start + org.length));
  }
  for (const re of [ADMITTED_BY, SCHOOL_CLASS]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const org = m[1].slice(LINK_ZH.exec(m[1].slice(0, -2))?.[0].length ?? 0);
      if (NOT_ORG_JOB.test(org) || GENERIC_ZH.test(org)) continue;
      const start = (m.index ?? 0) + m[0].indexOf(m[1]) + m[1].length - org.length;
      out.push(span('EMPLOYER', text, start, start + org.length));
    }
  }
}

export function detectCodeValues(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  if (/[A-Za-z]/.test(text) && /\d/.test(text)) {
    FIELD.lastIndex = 0;
    for (const m of text.matchAll(FIELD)) {
      if (CLINICAL_LABEL.test(m[1].trim()) || !codeShaped(m[2])) continue;
      // Scientific notation ("1.48E+09") is a quantity.
      if (/^\d+\.\d+E$/i.test(m[2]) || /^[+-]\d/.test(text.slice((m.index ?? 0) + m[0].length))) continue;
      const start = (m.index ?? 0) + m[0].length - m[2].length;
      out.push(span('OTHER_ID', text, start, start + m[2].length));
    }
    STATION_EN.lastIndex = 0;
    for (const m of text.matchAll(STATION_EN)) out.push(span('EMPLOYER', text, m.index ?? 0, (m.index ?? 0) + m[0].length));
  }
  if (/[A-Z]/.test(text)) {
    ORG_EN.lastIndex = 0;
    for (const m of text.matchAll(ORG_EN)) {
      const words = m[1].trim().split(' ');
      // Drop leading common words ("The", "At", "Worked") and require a proper word left.
      let i = 0;
      while (i < words.length && COMMON_CAPITALISED.has(words[i])) i++;
      if (i === words.length) continue;
      const offset = words.slice(0, i).reduce((n, w) => n + w.length + 1, 0);
      out.push(span('EMPLOYER', text, (m.index ?? 0) + offset, (m.index ?? 0) + m[0].length));
    }
  }
  if (/[\u4e00-\u9fa5]/.test(text)) {
    DOC_NUMBER_ZH.lastIndex = 0;
    for (const m of text.matchAll(DOC_NUMBER_ZH)) {
      // The issuer prefix starts after a colon or label ("证书字号：医字第…号").
      const cut = Math.max(m[0].lastIndexOf('：'), m[0].lastIndexOf(':')) + 1;
      out.push(span('LICENSE', text, (m.index ?? 0) + cut, (m.index ?? 0) + m[0].length));
    }
    jobOrganisations(text, out);
    ORG_ZH.lastIndex = 0;
    for (let m = ORG_ZH.exec(text); m; m = ORG_ZH.exec(text)) {
      const v = m[0];
      const start = m.index;
      // Rejected from here: try again from the next character ("我是|成都市…小学").
      const reject = GENERIC_ZH.test(v) || NOT_ORG_ZH.test(v) || (!/[市省县区镇]|有限|股份|集团|[A-Za-z0-9]/.test(v) && v.length < 6);
      if (reject) {
        ORG_ZH.lastIndex = start + 1;
        continue;
      }
      out.push(span('EMPLOYER', text, start, start + v.length));
    }
  }
  return out;
}
