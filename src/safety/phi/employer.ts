// Employers where they identify a person: a named organisation after a workplace cue ("工作单位：杭州市第二中学",
// "在华为公司上班", "works at Acme Logistics Inc."). A generic workplace ("在一家公司上班", "在医院工作", "works at
// a hospital") identifies no one and stays.
import type { PhiSpan } from '../types.js';
import { COMMON_CAPITALISED } from './names-en-lists.js';
import { span } from './span.js';

export const ORG_SUFFIX_ZH =
  '有限责任公司|股份有限公司|有限公司|分公司|公司|集团|银行|分行|支行|医院|人民法院|法院|检察院|人民政府|政府|公安局|分局|税务局|海关|党校|居委会|村委会|街道办事处|军区|大队|中队|卫生院|卫生服务中心|诊所|学校|大学|学院|中学|小学|幼儿园|研究所|研究院|设计院|事务所|管理局|局|厂|中心|委员会|办事处|派出所|部队|车间|酒店|饭店|超市|商场|门店|工作室|出版社|报社|电视台|协会|学会|基金会';
const CUE_ZH = /(?:工作单位|单位名称|所在单位|就职单位|服务单位|雇主|就职于|任职于|供职于|工作于|受雇于|就读于|单位)(?:是|为|在)?[:：]?\s*/g;
// Greedy: the longest run that still ends in an organisation word ("招商银行深圳分行", not "招商银行").
const ORG_ZH = new RegExp(`^[\\u4e00-\\u9fa5A-Za-z0-9（）()·]{2,14}(?:${ORG_SUFFIX_ZH})`);
const WORK_IN_ZH = new RegExp(`在([\\u4e00-\\u9fa5A-Za-z0-9（）()·]{2,14}?(?:${ORG_SUFFIX_ZH}))(?:上班|工作|任职|打工|教书|实习|供职)`, 'g');
/** A named organisation: a place or number in it, a legal form, or a long proper name ("电器商场" is generic). */
const NAMED_ORG = /[市省县区第]|大学|集团|有限|股份|[A-Za-z0-9]|^[\u4e00-\u9fa5（）()·]{6,}$/;
const NOT_ORG = /[去到的说和或在]|咨询|下班|时候|然后|医生|检查|员工|正规/;
/** Not an identifying organisation: "一家公司", "某医院", "我们单位", "大医院". */
const GENERIC =
  /^(?:一家|一个|某|这家|那家|本|我们|我|他们|他|她|大|小|私营|私人|国企|外企|民营|国有|家|当地|附近|一所|县|市|省|区|乡|镇|社区|正规|三甲|公立|私立|其他|别的|另一家|同一家)/;

const ORG_SUFFIX_EN =
  'Inc\\.?|LLC|Ltd\\.?|Corp\\.?|Corporation|Company|Co\\.|Group|Bank|Hospital|Medical Center|Clinic|University|College|School|Academy|Institute|Technologies|Systems|Logistics|Foods|Partners|Associates|Labs?|Laboratories|Industries|Motors|Pharmaceuticals|Consulting|Solutions|Services|Manufacturing|Restaurant|Store|Market|Department|Police Department|Fire Department|Agency|Foundation';
const CUE_EN = new RegExp(
  `\\b(?:(?:teacher|nurse|engineer|manager|worker|employee|clerk|driver|cashier|technician|assistant|officer|accountant|developer|professor|lecturer|janitor|secretary|receptionist|mechanic|electrician|supervisor|analyst|consultant|intern) (?:at|for|with)|[Ww]ork(?:s|ed|ing)? (?:at|for)|[Ee]mployed (?:at|by)|[Ee]mployee of|[Jj]ob at|[Ee]mployer|[Oo]ccupation|[Ww]orkplace|[Cc]ompany)\\s*[:：]?\\s*(?:the\\s+)?((?:[A-Z][A-Za-z&'.-]*\\s+){0,4}(?:${ORG_SUFFIX_EN})|[A-Z][A-Za-z&'.-]+(?:\\s+[A-Z][A-Za-z&'.-]+){0,4})`,
  'g',
);

// "在华为上班", "在阿里巴巴工作": a proper name as the workplace, with no organisation word. Generic places, cities and
// provinces ("在家上班", "在工地工作", "在深圳工作") are not employers.
const WORK_AT_NAME =
  /(?:我|他|她|老公|老婆|丈夫|妻子|爱人|爸爸?|妈妈?|儿子|女儿|孩子|本人|目前|现在|一直)(?:现在|目前|一直|还)?在([\u4e00-\u9fa5]{2,8}?)(?:上班|工作|任职|实习)/g;
export const NOT_EMPLOYER =
  /^(?:家|家里|外地|外面|外省|外企|国企|私企|工地|工厂|厂里|学校|医院|银行|公司|单位|国外|本地|当地|老家|农村|城里|市里|县里|乡下|超市|餐厅|饭店|商场|部队|机关|办公室|车间|矿上|矿井|船上|海上|大学|中学|小学|幼儿园|政府|企业|实验室|电脑前|室内|室外|户外|野外|夜班|白班|一线|基层|高温|电子厂|服装厂|网吧|酒店|工作室|那边|这边|那里|这里|北方|南方|沿海|城市|外地打工|[一这那某本][\u4e00-\u9fa5]*)$/;
export const PLACE_NAME =
  /^(?:北京|上海|天津|重庆|广州|深圳|杭州|南京|武汉|成都|西安|长沙|郑州|济南|青岛|沈阳|大连|哈尔滨|长春|石家庄|太原|合肥|南昌|福州|厦门|昆明|贵阳|南宁|海口|兰州|西宁|银川|乌鲁木齐|拉萨|呼和浩特|苏州|无锡|宁波|温州|东莞|佛山|珠海|香港|澳门|台湾|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆|国外|美国|日本|韩国|英国|德国|法国|澳洲|加拿大|新加坡)/;

/** Every employer rule needs one of these words (a cheap gate for the many texts without any). */
const GATE = /上班|工作|任职|实习|打工|教书|单位|职于|雇主|就读|供职|受雇|[A-Z][a-z]/;

export function detectEmployers(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  if (!GATE.test(text)) return out;
  if (/[\u4e00-\u9fa5]/.test(text)) {
    CUE_ZH.lastIndex = 0;
    for (const m of text.matchAll(CUE_ZH)) {
      const at = (m.index ?? 0) + m[0].length;
      const org = ORG_ZH.exec(text.slice(at, at + 32));
      if (!org || GENERIC.test(org[0]) || NOT_ORG.test(org[0])) continue;
      if (!/[:：]/.test(m[0]) && !NAMED_ORG.test(org[0])) continue;
      // A bare "单位" is a common word ("在单位下班"): only as a form label with a colon.
      if (/^单位/.test(m[0]) && !/[:：]/.test(m[0])) continue;
      out.push(span('EMPLOYER', text, at, at + org[0].length));
    }
    WORK_AT_NAME.lastIndex = 0;
    for (const m of text.matchAll(WORK_AT_NAME)) {
      const org = m[1];
      // "杭州阿里巴巴": a place prefix is part of the name; what follows it must be a name on its own.
      const rest = org.replace(PLACE_NAME, '');
      if (rest.length < 2 || NOT_EMPLOYER.test(rest) || NOT_ORG.test(org) || /[市省县区镇村里上下中边外内方面店馆场库矿厂房室部所园校站地处]$/.test(org))
        continue;
      if (/预防|日常|正常|生活|临床|平时|这个|那个|整个|同事|因为|可以|一个|经常|主要/.test(org)) continue;
      if (new RegExp(`(?:${ORG_SUFFIX_ZH})$`).test(org)) continue; // the suffix rule below reads these
      const start = (m.index ?? 0) + m[0].lastIndexOf(org);
      out.push(span('EMPLOYER', text, start, start + org.length));
    }
    WORK_IN_ZH.lastIndex = 0;
    for (const m of text.matchAll(WORK_IN_ZH)) {
      if (GENERIC.test(m[1]) || NOT_ORG.test(m[1]) || !NAMED_ORG.test(m[1])) continue;
      const start = (m.index ?? 0) + 1;
      out.push(span('EMPLOYER', text, start, start + m[1].length));
    }
  }
  CUE_EN.lastIndex = 0;
  for (const m of text.matchAll(CUE_EN)) {
    const org = m[1].trim().replace(/[.,]$/, (x) => (/(?:Inc|Ltd|Corp|Co)\.$/.test(m[1].trim()) ? x : ''));
    // A bare capitalised word after "works at" needs an organisation suffix or at least two words ("Acme Logistics").
    if (!new RegExp(`(?:${ORG_SUFFIX_EN})$`).test(org) && org.split(/\s+/).length < 2 && (COMMON_CAPITALISED.has(org) || !/^(?:work|employ|job)/i.test(m[0])))
      continue;
    if (/^(?:The|A|An|My|Our|Your|His|Her|Their|This|That|Home|Night|Day|Local|Hospital|Clinic|School)$/.test(org.split(/\s+/)[0])) continue;
    const start = (m.index ?? 0) + m[0].indexOf(m[1]);
    out.push(span('EMPLOYER', text, start, start + org.length));
  }
  return out;
}
