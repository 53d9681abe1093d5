// Organisations and places by their grammar, wherever a record puts them. Employers: a name that ends in an
// organisation word (…有限公司, …支行, …配送站, …修理厂, …Inc., …LLC, …Supply, …Buffet) in a workplace slot — a field
// whose label is a workplace (用人单位：, 原执业机构：, Employer:), "在…上班/做/当/任", an organisation right before
// an occupation ("…消防救援大队消防员"), or "<occupation> at/for/with …" in English. Places: a chain of two or more
// administrative units (江西省南昌市, 昆山市玉山镇), running on to the house number after an address label; English
// street lines with single-letter or upper-case names ("1200 K St NW", "415 W 3RD AVE"), upper-case "CITY ST 12345",
// "Town, ST", and a highway with its mile marker.
import type { PhiSpan } from '../../core/phi-types.js';
import { PROVINCES, SUFFIX } from './address.js';
import { NOT_EMPLOYER, ORG_SUFFIX_ZH, PLACE_NAME } from './employer.js';
import { COMMON_CAPITALISED, CREDENTIALS_EN } from './names-en-lists.js';
import { span } from './span.js';
import { SINGLE_SURNAMES } from './surnames.js';
import { chineseWords, insideWord } from '../../knowledge/chinese-words.js';

const H = '\\u4e00-\\u9fa5';
const ORG_END_ZH = `(?:${ORG_SUFFIX_ZH}|分部|服务部|配送站|服务站|加油站|项目部|事业部|营业部|煤矿|矿业|修理厂|门市部|工地|车队|支队|消防救援站|救援大队|药房|药店|合作社|养殖场|农场|林场|商行|餐馆|饭馆)`;
const ORG_ZH = `[${H}A-Za-z0-9（）()·]{2,24}?${ORG_END_ZH}`;
/** 在X上班 / 做 / 当 / 任 / 管理 / 开: the workplace of the person. */
const WORK_AT_ZH = new RegExp(`在(${ORG_ZH})(?=[${H}]{0,2}?(?:上班|工作|任职|打工|实习|供职|就职|从事|做|当|任|管理|开|负责|值班|送|跑))`, 'g');
/** A workplace field: 用人单位：…, 原执业机构：…, 派遣单位：…. The value runs to the end of the field. */
const WORK_FIELD_ZH =
  /(?:工作单位|用人单位|派遣单位|所在单位|就职单位|服务单位|在华单位|单位名称|执业机构|执业单位|执业地点|雇主|就职于|任职于|供职于|工作地点|工作场所|所在公司|公司名称|受检单位|体检单位|投保单位|学校|就读学校)[:：]\s*([^\n，,；;。　]{3,40}?)(?=[\n，,；;。　]|$)/g;
/** An organisation right before an occupation: "合肥市蜀山区消防救援大队消防员", "XX公司职员". */
const ORG_THEN_JOB_ZH = new RegExp(
  `(?<=^|[，,、：:\\s（(系])(${ORG_ZH})(?=(?:的)?(?:[\\u4e00-\\u9fa5]{1,4}(?:科|室|部|组|处|车间|中心))?(?:消防员|职员|员工|工人|司机|骑手|教师|老师|医生|护士|会计|保安|厨师|技师|工程师|经理|主管|店员|销售|文员|快递员|外卖员|民警|警察|干部|[\\u4e00-\\u9fa5]{0,2}(?:工|员|师|手)(?![\\u4e00-\\u9fa5])))`,
  'g',
);
const ORG_THEN_JOB_GATE =
  /工[，,。\s]|员[，,。\s]|师[，,。\s]|手[，,。\s]|消防员|职员|员工|工人|司机|骑手|教师|老师|医生|护士|会计|保安|厨师|技师|工程师|经理|主管|店员|销售|文员|快递员|外卖员|民警|警察|干部/;
/** An organisation in brackets after an occupation or workplace: "外卖骑手（美团众包）", "工地（中建三局）", "大学生（华东理工大学）". */
const JOB_THEN_ORG_ZH =
  /(?:骑手|司机|工人|员工|职工|工地|大学生|研究生|学生|护士|教师|老师|医生|工程师|程序员|快递员|外卖员|保安|厨师|店员|会计|职员|民工|农民工|上班|工作|打工|实习|就读|单位|公司)[（(]([^（()）\n]{2,20})[）)]/g;
/** A naming clause: the verb 姓 before a surname ("好像姓谢") or 叫 before 小/老/阿 or a surname ("叫小陈"), the verb a
 * word of its own (not 百姓, 贵姓, 尖叫); an organisation's name holds no such clause ("老百姓大药房" keeps its reading). */
function namesPersonZh(v: string): boolean {
  return namingAt(v) >= 0;
}
/** Where the first naming clause of `v` begins (its 姓 or 叫), or -1. */
function namingAt(v: string): number {
  const words = chineseWords();
  for (let i = 0; i + 1 < v.length; i++) {
    if (v[i] !== '姓' && v[i] !== '叫') continue;
    const next = v[i + 1];
    if (!SURNAMES.has(next) && !(v[i] === '叫' && /[小老阿]/.test(next))) continue;
    if (!insideWord(v, i, words)) return i;
  }
  return -1;
}
const SURNAMES: ReadonlySet<string> = new Set(SINGLE_SURNAMES);
/** Parts of a naming bracket that are no workplace (s37 review fix). A badge or staff number: its number is kept as an
 * ID ("胸牌号N2317", "工号0217", "警号0451", "胸牌上1203号"). */
const BADGE_PART_ZH = /胸牌|胸卡|工牌|工号|警号|编号/;
const CODE_PART_ZH = /^[A-Za-z]*-?\d+号?$/;
/** A department of its own, no organisation word in it ("耳鼻喉科", "骨科的"; not "仁济医院急诊科"). */
const DEPT_PART_ZH = /科室?$/;
/** A remark on the person ("人挺好的", "态度很差", "个子不高"), no organisation word in it. */
const REMARK_PART_ZH = /(?:挺|很|特别|非常|比较|蛮)[\u4e00-\u9fa5]|[\u4e00-\u9fa5]不[\u4e00-\u9fa5]/;
/** What is left before a naming clause when it only hedges it ("好像姓谢", "可能是姓王的", "自称姓郑"). */
const HEDGE_PART_ZH = /^(?:好像|可能|大概|应该|似乎|据说|听说|自称|记得|我记得|只知道)?(?:是|说)?$/;
const ORG_END_RE_ZH = new RegExp(ORG_END_ZH);

/** The workplace parts of a JOB（…）bracket that also names its person (s37 review fix): split on ，/、/,/;, drop
 * the naming clause (keeping what stands before it in its part: "顺丰速运姓李的"), a badge (its number an OTHER_ID),
 * a bare department and a remark; every other part is an EMPLOYER as before s37. */
function namingBracketParts(text: string, at: number, v: string, out: PhiSpan[]): void {
  for (const seg of v.matchAll(/[^，,、；;]+/g)) {
    let w = seg[0];
    const n = namingAt(w);
    if (n >= 0) w = w.slice(0, n);
    const lead = w.length - w.trimStart().length;
    w = w.trim().replace(/的$/, '');
    const s0 = at + (seg.index ?? 0) + lead;
    if (w.length < 2 || HEDGE_PART_ZH.test(w)) continue;
    if (BADGE_PART_ZH.test(w) || CODE_PART_ZH.test(w)) {
      for (const c of w.matchAll(/[A-Za-z]*-?\d{2,}/g)) out.push(span('OTHER_ID', text, s0 + (c.index ?? 0), s0 + (c.index ?? 0) + c[0].length));
      continue;
    }
    if (!ORG_END_RE_ZH.test(w) && (DEPT_PART_ZH.test(w) || REMARK_PART_ZH.test(w))) continue;
    if (GENERIC_ZH.test(w) || /^(?:[一二三四五六七八九十\d]+|无|不详|兼职|全职|夜班|白班)/.test(w)) continue;
    out.push(span('EMPLOYER', text, s0, s0 + w.length));
  }
}
/** 在X打工/上班 with a proper name and no organisation word ("在东莞富士康打工"). */
const WORK_AT_PROPER_ZH = /在([\u4e00-\u9fa5A-Za-z]{2,8}?)(?:打工|上班|工作|实习)/g;
/** A Latin organisation after a Chinese workplace word: "学校是University of Michigan". */
const LATIN_ORG_ZH =
  /(?:学校|单位|公司|雇主|就读于|就职于|任职于|工作于)(?:是|为|[:：])?\s*([A-Z][A-Za-z&.'-]*(?:[ ](?:[A-Z][A-Za-z&.'-]*|of|and|the|for|de)){0,7})/g;
/** A party of a case or contract that is an organisation: "被告上海顺畅物流有限公司". */
const PARTY_ORG_ZH = new RegExp(
  `(?:被告|原告|甲方|乙方|申请人|被申请人|投保人|用人单位|雇主|与)(${ORG_ZH})(?=[^\\u4e00-\\u9fa5]|劳动|合同|纠纷|争议|一案|签订)`,
  'g',
);
/** An organisation on the line under a signature name ("许嘉怡\n深圳市南山区第二外国语学校 英语组"). */
const SIGNATURE_ORG_ZH = new RegExp(`(?:^|\\n)[\\u4e00-\\u9fa5]{2,4}[ \\t　]*\\n[ \\t　]*(${ORG_ZH})(?=[ \\t　]|\\n|$)`, 'g');
/** Not an identifying organisation. */
const GENERIC_ZH =
  /^(?:一家|一个|某|这家|那家|本|我们|我|他们|他|她|大|小|私营|私人|国企|外企|民营|国有|家|当地|附近|一所|正规|三甲|公立|私立|其他|别的|另一家|同一家|医院|公司|学校|工厂)/;
/** Characters of prose, not of an organisation's name ("同房后的7天去医院", "建议您到医院"). */
const NOT_ORG_CHARS_ZH = /[的去到与了是把被给让做看查您你我他她它这那哪如果建议应该最好必须可以及或前因需正些]/;
const NAMED_ZH = /[市省县区镇第]|大学|集团|有限|股份|银行|[A-Za-z0-9]|^[\u4e00-\u9fa5（）()·]{6,}$/;

const ORG_WORD_EN =
  'Limited|Growers|Ranch|Orchards|Packers|Builders|Movers|Cleaners|Brothers|Sons|Credit Union|Elementary|Preschool|Kindergarten|Horizons|Inc\\.?|LLC|LLP|L\\.L\\.C\\.|Ltd\\.?|Co\\.|Corp\\.?|Corporation|Company|Group|Bank|University|College|School|Academy|Institute|Center|Centre|Technologies|Systems|Logistics|Foods?|Partners|Associates|Laboratories|Labs|Industries|Motors|Pharmaceuticals|Consulting|Solutions|Services|Manufacturing|Restaurant|Store|Market|Agency|Foundation|Alliance|Supply|Supplies|Produce|Buffet|Roofing|Accounting|Lines|Freight|Trucking|Transport|Transit|Cab|Taxi|Construction|Contractors|Farms?|Dairy|Bakery|Cafe|Café|Diner|Grill|Salon|Shop|Works|Mill|Plant|Factory|Warehouse|Distribution|Express|Airlines?|Railroad|Energy|Mining|Steel|Press|Media|Studios?|Church|Temple|Ministries|Daycare|Nursery|Firm|Realty|Insurance|Motors|Auto|Garage|Plumbing|Electric|Landscaping|Cleaning|Janitorial|Security|Staffing|Packing|Packaging|Poultry|Meats|Seafood|Grocery|Pharmacy|Hotel|Inn|Resort|Casino|Club|Fitness|Die|Tool|Paper|Plastics|Chemicals|Textiles|Apparel|Furniture|Hardware|Lumber|Nursing Home|Home Care|Health System|Medical Group|Clinic|Hospital|Department|District|Authority|Commission|Council|Office|Bureau|Board';
const ORG_TOKEN = "(?:[A-Z][A-Za-z'’.]*(?:-[A-Z][A-Za-z'’.]*)?|&)";
/** The suffixes that close a firm's name ("Acme Supply, Inc.", "Baker & Hale LLP"): the one list, also what keeps an
 * upper-case surname from joining a firm (name-extent.ts). */
export const FIRM_SUFFIX_EN = String.raw`Inc\.?|LLC|LLP|PLLC|Ltd\.?|Co\.|Corp\.?|PC`;
const ORG_EN = `${ORG_TOKEN}(?:[ ](?:${ORG_TOKEN}|of|and|the|for|de)){0,7}(?:,?[ ](?:${FIRM_SUFFIX_EN}))?`;
/** Workplace words a few words before "at/for/with X": "works nights at the Tyson Foods plant", "ID E0048817 at Boeing". */
const WORK_NEAR_EN = new RegExp(
  `\\b(?:works?|worked|working|employed|[Ee]mployee|job|shifts?|hired|badge)\\b[^.;\\n]{1,30}?\\b(?:at|for|with)[ ](?:the[ ])?(${ORG_EN})`,
  'g',
);
/** An organisation in brackets after a school or workplace word, after a credential, or after a job title bar. */
const ORG_AFTER_EN = new RegExp(
  `(?:\\b(?:[Pp]reschool|[Ss]chool|[Dd]aycare|[Ee]mployer|[Ww]orkplace|[Jj]ob|[Cc]ompany)[ ]\\(|,[ ](?:${CREDENTIALS_EN.join('|')}),[ ]|[A-Za-z][ ]\\|[ ])(${ORG_EN})`,
  'g',
);
/** A school after "at": "first grade at Lincoln Elementary School". */
const SCHOOL_AT_EN = /\bat[ ](?:the[ ])?((?:[A-Z][A-Za-z'’.-]*[ ]){1,5}(?:School|Academy|College|University|Elementary|Preschool|Kindergarten|Daycare))\b/g;
/** "<occupation> at X", "works for X, "drives for X", "v. X" (a claim against an employer), "Employer: X". */
const WORK_AT_EN = new RegExp(
  `(?:\\b(?:[a-z]{2,}(?:er|or|ist|ian|ant|ent|man|woman)|cook|clerk|nurse|aide|tech|chef|staff|guard|hand|maid|picker|packer|teacher|driver|operator|paralegal|machinist|worker|employee|intern|volunteer|manager|owner|assistant|associate)s?[ ](?:at|for|with)[ ]|\\b(?:works?|worked|working|employed|job|drives|drove|volunteers?|volunteered|volunteering|teaches|taught|hired|full[ -]time|part[ -]time|shifts?|weeks|months|years)[ ](?:at|for|with|by)[ ]|\\bv\\.[ ])(?:the[ ])?(${ORG_EN})`,
  'g',
);
const WORK_FIELD_EN =
  /\b(?:[Ee]mployer|Company|Workplace|Place of employment|Employed by|Organi[sz]ation|Business|School|Preschool|Daycare)\b[^:：\n]{0,30}?[:：]\s*([^\n;|]{2,60}?)(?=\s{2,}|\n|;|\||$)/g;
const ORG_SUFFIX_RE = new RegExp(`(?:^|[ ,])(?:${ORG_WORD_EN})$`);
/** English determiners (articles and possessives) that open a noun phrase: no organisation's first word, and what
 * makes a role noun a phrase a name in apposition renames (person-slots-en.ts). */
export const DETERMINERS_EN: readonly string[] = ['The', 'A', 'An', 'My', 'Our', 'Your', 'His', 'Her', 'Their'];
const NOT_ORG_START_EN = new RegExp(
  `^(?:${DETERMINERS_EN.join('|')}|This|That|Home|Night|Day|Local|Least|Most|All|Some|Work|Risk|Times?|First|Last|Each|Every|No|Dr|Mr|Mrs|Ms|Miss|Prof)$`,
);

function employers(text: string, out: PhiSpan[]): void {
  if (/[\u4e00-\u9fa5]/.test(text)) {
    const res = [/在/.test(text) ? WORK_AT_ZH : null, ORG_THEN_JOB_GATE.test(text) ? ORG_THEN_JOB_ZH : null, /[:：]/.test(text) ? WORK_FIELD_ZH : null];
    for (const re of [PARTY_ORG_ZH, SIGNATURE_ORG_ZH]) {
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) {
        // The earliest cue may open a longer run ("原告沈丽华与被告…公司"): the organisation follows the last cue.
        const lead = /^.*(?:被告|原告|甲方|乙方|与)/.exec(m[1])?.[0].length ?? 0;
        const v = m[1].slice(lead);
        if (v.length < 4 || GENERIC_ZH.test(v) || NOT_ORG_CHARS_ZH.test(v) || !NAMED_ZH.test(v)) continue;
        const at = (m.index ?? 0) + m[0].lastIndexOf(m[1]) + lead;
        out.push({ ...span('EMPLOYER', text, at, at + v.length), rank: 4 } as PhiSpan);
      }
    }
    for (const re of [JOB_THEN_ORG_ZH, LATIN_ORG_ZH]) {
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) {
        const v = m[1].replace(/[ .]+$/, '');
        if (GENERIC_ZH.test(v) || /^(?:[一二三四五六七八九十\d]+|无|不详|兼职|全职|夜班|白班)/.test(v) || (re === LATIN_ORG_ZH && v.split(' ').length < 2))
          continue;
        // A bracket that names its person ("值班护士（好像姓谢）", "护士（工号…，叫小陈）") tells who, not where: the person
        // reading (name-slots.ts, 姓 + surname) takes it (s37).
        const at = (m.index ?? 0) + m[0].lastIndexOf(m[1]);
        // s37 review fix: the bracket may ALSO hold the workplace ("司机（顺丰速运，姓李）", "学生（复旦大学，姓孙）"): only the
        // naming part (and a badge number, a department, a "…的" remark) steps aside; every other part stays an EMPLOYER
        // as before s37. The whole bracket is skipped only when nothing else is left ("好像姓谢", "胸牌号N2317，姓贾").
        if (re === JOB_THEN_ORG_ZH && namesPersonZh(v)) {
          namingBracketParts(text, at, v, out);
          continue;
        }
        out.push(span('EMPLOYER', text, at, at + v.length));
      }
    }
    if (text.includes('在')) {
      WORK_AT_PROPER_ZH.lastIndex = 0;
      for (const m of text.matchAll(WORK_AT_PROPER_ZH)) {
        // Without an organisation word only "<city><name>" reads as a workplace ("东莞富士康"), not "在面对工作".
        if (!PLACE_NAME.test(m[1]) && !/[A-Za-z]/.test(m[1])) continue;
        const rest = m[1].replace(PLACE_NAME, '');
        if (
          rest.length < 2 ||
          NOT_EMPLOYER.test(rest) ||
          NOT_ORG_CHARS_ZH.test(m[1]) ||
          GENERIC_ZH.test(rest) ||
          /[市省县区镇村里上下中边外内方面店馆场库矿厂房室部所园校站地处家]$/.test(m[1])
        )
          continue;
        if (/预防|日常|正常|生活|临床|平时|这个|那个|整个|同事|因为|可以|一个|经常|主要|工地|外地|外面|老家|本地|当地/.test(m[1])) continue;
        const at = (m.index ?? 0) + 1;
        out.push(span('EMPLOYER', text, at, at + m[1].length));
      }
    }
    for (const re of res) {
      if (!re) continue;
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) {
        let v = m[1].trim();
        if (re === WORK_FIELD_ZH && /^(?:无|不详|个体|自由职业|退休|务农|学生|待业|无业)/.test(v)) continue;
        if (re !== WORK_FIELD_ZH && (GENERIC_ZH.test(v) || !NAMED_ZH.test(v) || NOT_ORG_CHARS_ZH.test(v))) continue;
        if (/^(?:医院|诊所|卫生院|门诊)/.test(text.slice((m.index ?? 0) + m[0].length))) continue;
        // A hospital or clinic after 在 is where care was given ("在县人民医院做了HIV检查"), unless one works there.
        if (
          re === WORK_AT_ZH &&
          /(?:医院|诊所|卫生院|门诊|门诊部|中心)$/.test(v) &&
          !/^[\u4e00-\u9fa5]{0,2}?(?:上班|工作|任职|实习|供职|就职|值班)/.test(text.slice((m.index ?? 0) + m[0].length))
        )
          continue;
        v = v.replace(/[：:]$/, '');
        const lead = re === ORG_THEN_JOB_ZH && /^[系是为]/.test(v) ? 1 : 0;
        v = v.slice(lead);
        const at = (m.index ?? 0) + m[0].indexOf(m[1]) + lead;
        out.push(span('EMPLOYER', text, at, at + v.length));
      }
    }
  }
  if (!/[A-Z][a-z]/.test(text)) return;
  WORK_AT_EN.lastIndex = 0;
  for (const m of text.matchAll(WORK_AT_EN)) {
    let v = m[1].replace(/[ ](?:of|and|the|for|de|&)$/, '').replace(/[.,]$/, (x) => (/(?:Inc|Ltd|Corp|Co)\.$/.test(m[1]) ? x : ''));
    // A name ends at a full stop, unless the stop belongs to Co./Inc./Ltd./Corp. ("Metro Yellow Cab Co. His cab").
    const cut = m[1].split(' ');
    const stop = cut.findIndex((w) => /\.$/.test(w) && !/^(?:St|Mt|Ft|Ste)\.$/.test(w));
    if (stop >= 0 && stop < cut.length - 1)
      v = cut
        .slice(0, stop + 1)
        .join(' ')
        .replace(/(?<!\b(?:Inc|Ltd|Corp|Co))\.$/, '');
    const words = v.split(' ');
    if (NOT_ORG_START_EN.test(words[0])) continue;
    // Without an organisation word a name needs two words and a work verb ("works at Lone Star Freight").
    if (!ORG_SUFFIX_RE.test(v) && (words.length < 2 || !/^(?:works?|worked|working|employed|drives|drove|v\.)/.test(m[0]))) continue;
    v = v.trim();
    const at = (m.index ?? 0) + m[0].lastIndexOf(m[1]);
    out.push(span('EMPLOYER', text, at, at + v.length));
  }
  for (const re of [WORK_NEAR_EN, ORG_AFTER_EN, SCHOOL_AT_EN]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const cut = m[1].split(' ');
      const stop = cut.findIndex((w) => /\.$/.test(w) && !/^(?:St|Mt|Ft|Ste)\.$/.test(w));
      let v = stop >= 0 && stop < cut.length - 1 ? cut.slice(0, stop + 1).join(' ') : m[1];
      v = v.replace(/[ ](?:of|and|the|for|de|&)$/, '').replace(/(?<!\b(?:Inc|Ltd|Corp|Co))[.,]$/, '');
      const words = v.split(' ');
      if (NOT_ORG_START_EN.test(words[0]) || COMMON_CAPITALISED.has(v)) continue;
      if (re === WORK_NEAR_EN && !ORG_SUFFIX_RE.test(v) && words.length < 2) continue;
      if (re === ORG_AFTER_EN && !ORG_SUFFIX_RE.test(v) && !/\($/.test(m[0].slice(0, m[0].length - m[1].length))) continue;
      const at = (m.index ?? 0) + m[0].lastIndexOf(m[1]);
      out.push(span('EMPLOYER', text, at, at + v.length));
    }
  }
  WORK_FIELD_EN.lastIndex = 0;
  for (const m of text.matchAll(WORK_FIELD_EN)) {
    const v = m[1].trim();
    if (/^(?:none|n\/a|unemployed|retired|self|student|disabled|unknown)\b/i.test(v)) continue;
    const at = (m.index ?? 0) + m[0].lastIndexOf(m[1]);
    out.push(span('EMPLOYER', text, at, at + v.length));
  }
}

const ADMIN_UNIT = `[${H}]{1,6}?(?:自治州|自治县|特别行政区|自治区|省|市|州|盟|地区|区|县|旗|镇|乡|街道|村|社区|屯|嘎查)`;
/** Two or more administrative units in a row, optionally led by a province name without its 省. */
const ADMIN_CHAIN = new RegExp(`(?:(?:${PROVINCES})(?=[${H}]{1,8}?(?:市|州|盟|地区|区|县)))?(?:${ADMIN_UNIT}){2,6}`, 'g');
const ADDRESS_LABEL = /(?:地址|住址|住所|居住地|户籍地|参保地|就医地|所在地|出生地|籍贯|位置|地点|住|家在|配送至|送至|寄至|寄往|发往|来自)[:：]?\s*$/;
const ADDRESS_TAIL = new RegExp(`^[${H}A-Za-z0-9\\-－#号栋幢座单元室楼层附与交叉口（）()]{1,40}`);
const NOT_PLACE_ZH = /[科病医院诊疗药]|^(?:农村|城市|城区|市区|郊区|山区|县城|乡村|社区|地区|城镇|乡镇)/;

const PROSE_IN_PLACE = /[和为的是在与及或从到去我你他她其各每个等]|所有|给予|防止|检查|控制|主要|高发/;
const INSTITUTION_AFTER = /^[\u4e00-\u9fa5]{0,6}?(?:医院|人民|中医|卫生|疾控|妇幼|诊所|卫健|计生|保健|医学|大学|学院|中学|小学|政府|法院|公安)/;

/** Windows around 省/市 (every chain holds one): the lazy chain pattern is slow to try at every position. */
function* chainMatches(text: string): Generator<RegExpMatchArray> {
  let from = -1;
  let to = -1;
  const flush = function* (): Generator<RegExpMatchArray> {
    ADMIN_CHAIN.lastIndex = 0;
    for (const m of text.slice(from, to).matchAll(ADMIN_CHAIN)) {
      m.index = (m.index ?? 0) + from;
      yield m;
    }
  };
  const anchor = /[省市盟州]/g;
  for (const x of text.matchAll(anchor)) {
    const i = x.index ?? 0;
    const a = Math.max(0, i - 14);
    const b = Math.min(text.length, i + 40);
    if (a <= to) to = b;
    else {
      if (to > from) yield* flush();
      from = a;
      to = b;
    }
  }
  if (to > from) yield* flush();
}

function chains(text: string, out: PhiSpan[]): void {
  for (const m of chainMatches(text)) {
    let at = m.index ?? 0;
    let v = m[0];
    // The lazy first unit may have swallowed the words before the place ("家住浙江省…", "我去天津市…").
    const lead = new RegExp(`^[${H}]{1,4}?(?=${PROVINCES})`).exec(v)?.[0] ?? /^(?:家住在?|住在|居住在?|位于|来自|我去|去|到|至|在|住)/.exec(v)?.[0] ?? '';
    if (lead && lead.length < v.length - 3) {
      at += lead.length;
      v = v.slice(lead.length);
    }
    if (NOT_PLACE_ZH.test(v) || PROSE_IN_PLACE.test(v)) continue;
    // A chain starts at a province, a city or a county ("江西省南昌市", "昆山市玉山镇"), not at "…地区城市".
    if (!new RegExp(`^(?:${PROVINCES})|^[${H}]{1,6}?(?:省|市|自治区|州|盟|县)`).test(v) || !/[省市盟州]/.test(v)) continue;
    // The place of a named institution ("宁波市江北区人民医院", "广州军区总医院") locates the institution, not a person.
    if (INSTITUTION_AFTER.test(text.slice(at + v.length, at + v.length + 10)) || /军区$/.test(v)) continue;
    if (ADDRESS_LABEL.test(text.slice(Math.max(0, at - 8), at))) {
      // The rest of the address field, cut after its last number, building or street word.
      const tail = ADDRESS_TAIL.exec(text.slice(at + v.length))?.[0] ?? '';
      const cut = tail.search(/[0-9号室栋幢座单元楼层口村组路街巷里苑园弄](?!.*[0-9号室栋幢座单元楼层口村组路街巷里苑园弄])/);
      v += cut >= 0 ? tail.slice(0, cut + 1) : '';
    }
    out.push(span('ADDRESS', text, at, at + v.length));
  }
}

const SUFFIX_BOTH = `${SUFFIX}|${SUFFIX.toUpperCase()}`;
const STREET_EN = new RegExp(
  `\\b\\d{1,6}[A-Z]?[ ](?:[NSEW]\\.?[ ])?(?:(?:[A-Z][A-Za-z'’]*|\\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH))[ ]){1,4}(?:${SUFFIX_BOTH})\\b\\.?(?:[ ](?:[NSEW]{1,2}|NE|NW|SE|SW)\\b)?(?:[ ]\\d{1,5}\\b)?`,
  'g',
);
const STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';
const UPPER_CITY_ZIP = new RegExp(`\\b[A-Z]{3,}(?:[ ][A-Z]{3,})?,?[ ](?:${STATES})[ ]\\d{5}(?:-\\d{4})?\\b`, 'g');
/** Without a ZIP, codes that are also credentials or words ("Kumar, MD", "Lee, PA", "OK", "IN") do not make a town. */
const TOWN_STATES = STATES.split('|')
  .filter((c) => !['MD', 'PA', 'DO', 'OR', 'ME', 'IN', 'OK', 'OH', 'HI', 'MA', 'MS', 'DE', 'ID', 'CO', 'AL', 'LA', 'NP', 'RN', 'MT'].includes(c))
  .join('|');
const TOWN_STATE = new RegExp(`\\b[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?,[ ](?:${TOWN_STATES}|MT(?=\\n|$))\\b(?![a-z])`, 'g');
const MILE_MARKER = /\b(?:I|US|SR|Route|Hwy|Highway|Interstate)[- ]?\d{1,3}\b[^.\n]{0,12}?\bmile (?:marker|post) \d{1,4}\b/g;

/** A whole address line that ends in a state and ZIP: "908 Calle Ocho, Apt 12, Miami, FL 33135". */
const ADDRESS_LINE_EN = new RegExp(`(?:^|\\n)[ \\t]*\\d{1,6}[ ][A-Z][^\\n]{3,70}?,?[ ](?:${STATES})[ ]\\d{5}(?:-\\d{4})?(?=[ \\t]*(?:\\n|$))`, 'g');
/** UK postcodes with their town: "Birmingham B11 1RA", "Leeds LS2 9PF". */
const UK_POSTCODE = /\b(?:[A-Z][a-z]+[ ,]+)?[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}\b/g;
/** An address field or a residence phrase runs to the end of its line or sentence when it holds a number or a comma. */
const ADDRESS_FIELD_EN =
  /(?:\b(?:[Aa]ddress|[Hh]ome address|[Mm]ailing address|[Rr]esidence|[Hh]ome)[ \t]*[:：][ \t]*|\b(?:[Ll]ives|[Ll]iving|[Rr]esides|[Rr]esiding|[Ss]taying) (?:alone )?at[ ])([^\n;]{6,90}?)(?=\.(?:\s|$)|;|\n|[ ]{2,}|$)/g;

function streets(text: string, out: PhiSpan[]): void {
  for (const re of [STREET_EN, UPPER_CITY_ZIP, TOWN_STATE, MILE_MARKER, UK_POSTCODE, ADDRESS_LINE_EN]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      if (re === TOWN_STATE && COMMON_CAPITALISED.has(m[0].split(/[ ,]/)[0])) continue;
      const lead = /^\s*/.exec(m[0])?.[0].length ?? 0;
      out.push(span('ADDRESS', text, (m.index ?? 0) + lead, (m.index ?? 0) + m[0].length));
    }
  }
}

export function detectPlacesAndEmployers(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  if (!text) return out;
  if (/ddress|esiden|Home|ives|iving|resid|staying/.test(text)) {
    ADDRESS_FIELD_EN.lastIndex = 0;
    for (const m of text.matchAll(ADDRESS_FIELD_EN)) {
      // The address ends before the clause that follows it ("… Hexham NE46 3QD with her son").
      const v = m[1].replace(/[ ,]+(?:with|and|who|since|where|until|because|alone|together)\b.*$/, '').replace(/[ ,]+$/, '');
      // "lives at home with her son" is no address: the value needs a number and a comma-separated place.
      if (!/\d/.test(v) || !/,/.test(v)) continue;
      const at = (m.index ?? 0) + m[0].lastIndexOf(m[1]);
      out.push(span('ADDRESS', text, at, at + v.length));
    }
  }
  employers(text, out);
  if (/[\u4e00-\u9fa5]/.test(text)) chains(text, out);
  if (/\d/.test(text) && /[A-Z]/.test(text)) streets(text, out);
  else if (/[A-Z][a-z]+, [A-Z]{2}\b/.test(text)) streets(text, out);
  return out;
}

/** Address pieces of one line joined: "1200 K St NW" + ", Suite 610, " + "Washington, DC 20005". */
const JOINABLE_GAP = /^[ ,]*(?:(?:Suite|Ste|Apt|Unit|Fl|Floor|Rm|Room|#)\.?[ ]?#?[\w-]+[ ,]*|\d{1,6}[ ,]+)?[ ,]*$/;
export function joinAddresses(text: string, spans: PhiSpan[]): PhiSpan[] {
  const out: PhiSpan[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (
      last &&
      last.type === 'ADDRESS' &&
      s.type === 'ADDRESS' &&
      s.start >= last.end &&
      s.start - last.end <= 24 &&
      JOINABLE_GAP.test(text.slice(last.end, s.start))
    ) {
      out[out.length - 1] = { ...last, end: s.end, text: text.slice(last.start, s.end) };
    } else out.push(s);
  }
  return out;
}

/** A workplace named with where it stands is one identifier: "the Safeway on Gurley St", "Amazon warehouse off Route
 * 9", "Fenwick's, 12 High Street". The employer found grows over a facility word, "on/off/in/at" or a comma, and the
 * address found after it — or, with no address found, over one to three capitalised place words that end in a street
 * word or a route number, or a single word that is no ordinary English word ("Whataburger on Culebra"); never over a
 * weekday or a month ("Tesco on Saturdays"). */
const WORKPLACE_LINK =
  /^(?:[ ](?:warehouse|store|shop|branch|plant|site|depot|factory|office|outlet|restaurant|cafe|caf\u00e9|clinic|yard))?(?:[ ](?:on|off|in|at)[ ](?:the[ ])?|,[ ])/;
const WORKPLACE_PLACE =
  /^(\p{Lu}[\p{L}'’-]+(?:[ ]\p{Lu}[\p{L}'’-]+){0,2})((?:[ ](?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|Lane|Ln|Dr|Drive|Way|Pkwy|Parkway|Hwy|Highway|Pike|Square|Sq)\.?|[ ]\d{1,3}[A-Z]?)(?![\p{L}\d]))?/u;
const TIME_WORD =
  /^(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?s?$|^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Christmas|Easter|Weekends?)$/;

export function joinWorkplaces(text: string, spans: PhiSpan[], ordinaryWord: (w: string) => boolean): PhiSpan[] {
  if (!spans.some((s) => s.type === 'EMPLOYER')) return spans;
  const out: PhiSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const e = spans[i];
    if (e.type !== 'EMPLOYER') {
      out.push(e);
      continue;
    }
    const link = WORKPLACE_LINK.exec(text.slice(e.end, e.end + 24));
    let end = e.end;
    let skip = i;
    if (link) {
      const at = e.end + link[0].length;
      const next = spans[i + 1];
      if (next && next.type === 'ADDRESS' && next.start === at) {
        end = next.end;
        skip = i + 1;
      } else if (!link[0].startsWith(',')) {
        const place = WORKPLACE_PLACE.exec(text.slice(at, at + 60));
        const words = place?.[1].split(' ') ?? [];
        const named = place && !words.some((w) => TIME_WORD.test(w)) && (place[2] || (words.length === 1 && !ordinaryWord(words[0].toLowerCase())));
        if (place && named) {
          end = at + place[0].length;
          while (spans[skip + 1] && spans[skip + 1].start < end) skip++;
        }
      }
    }
    out.push(end === e.end ? e : { ...e, end, text: text.slice(e.start, end) });
    i = skip;
  }
  return out;
}
