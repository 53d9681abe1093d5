// Chinese workplaces named without an organisation word — a brand or an abbreviation ("腾讯", "顺丰", "港鐵",
// "饿了么") — read from the slot a workplace stands in (places.ts needs an organisation word or a city before the
// name): a workplace field, even a two-character value and a label followed by spaces ("工作单位 上汽大众"); an
// employment verb ("雇主为…", "任職於…", "受雇于…"); a shift frame ("我在比亚迪上早班", "我在顺丰请不了假",
// "喺港鐵返緊夜更", "在深圳美团做配送员", "在拼多多做客服": a post of the closed set of occupations); a brand right before a gig or service occupation ("饿了么骑手", "九巴車長").
import type { PhiSpan } from '../types.js';
import { chineseWordEntry } from '../../knowledge/chinese-words.js';
import { span } from './span.js';

const VALUE = '[\\u4e00-\\u9fffA-Za-z0-9&·]';
/** Prose, not a name: a value holding one of these is a clause ("在面对工作", "在家里上班"). */
const FUNCTION = /[我你他她它们們的了这這那哪家里裡是在有和与與把被给給让讓也都就还還很太会會能要想去来來到上下中内外前后後时時候天年月日点點]/;
/** Before an occupation a brand may hold 了 or 么 ("饿了么"): only pronouns and particles rule it out there. */
const PRONOUN = /[我你他她它们們的是在和与與这這那]/;
/** Values that are kinds of work, not a workplace. */
const GENERIC =
  /^(?:无|無|不详|不詳|个体|個體|自由职业|退休|务农|務農|学生|學生|待业|無業|无业|外卖|外賣|快递|快遞|网约车|網約車|出租车|出租車|货车|貨車|公交|私家|兼职|兼職|全职|全職|专职|工地|工厂|工廠|公司|单位|單位|医院|醫院|学校|學校|本地|当地|當地|附近|夜班|白班|早班|正常|照常|按时|按時|准时|準時|继续|繼續|一直|现在|現在)$/;

const FIELD = new RegExp(
  `(?:工作单位|工作單位|聘用单位|聘用單位|受聘单位|受聘單位|受聘机构|受聘機構|用人单位|用人單位|雇主|僱主|就职单位|就職單位|单位名称|單位名稱)(?:[:：][ 　]*|[ 　]+)(${VALUE}{2,16}?)(?=[\\n，,；;。　 （()）/]|$)`,
  'g',
);
const VERB = new RegExp(
  `(?:雇主[为為是]|任职于|任職于|任職於|任职|任職|就职于|就職于|就職於|供职于|供職于|供職於|受雇于|受僱于|受僱於|受雇於|受聘于|受聘於)[ 　]?(${VALUE}{2,10}?)(?=[\\n，,；;。　 （()）]|女工|工人|职员|職員|员工|員工|的|做|当|當|担任|擔任|$)`,
  'g',
);
const SHIFT = new RegExp(
  `(?<![现現正还還实實存所自好内])(?:在|喺)(${VALUE}{2,6}?)(?=上[早中晚夜]?班|请[不了]{0,2}假|請[不了]{0,2}假|(?:做|当|當|干|幹)(?:[\\u4e00-\\u9fff]{0,3}[员員工师師]|[\\u4e00-\\u9fff]{0,3}(?:经理|經理|主管|总监|總監|专员|專員|助理)|客服|销售|銷售|运营|運營|前台|收银|收銀|财务|財務|人事|行政|主播|设计|設計|编辑|編輯|记者|記者|店长|店長|主管|经理|經理|总监|總監|开发|開發|保安|保洁|保潔|司机|司機|会计|會計|骑手|騎手)|返紧|返緊|返(?:夜更|早更|工|班)|加班|轮夜班|輪夜班|打工|跑外卖|送外卖)`,
  'g',
);
/** 在X工作: the frame holds a workplace noun as often as a brand ("在银行工作", "在服装厂工作"), so X is an employer only
 * when it reads as a brand: a dictionary word of a brand's or an organisation's class (腾讯: nz, 华为, 阿里巴巴), or a word no
 * dictionary holds that ends in no generic workplace head (字节跳动; not 服装厂, 县医院). */
const WORK_AT = new RegExp(`(?<![现現正还還实實存所自好内])(?:在|喺)(${VALUE}{2,6}?)(?=工作)`, 'g');
const WORKPLACE_HEAD = /[厂廠店场場局所院校站队隊部处處室馆館行司园園社地区區县縣市镇鎮村楼樓房间間门門科组組线線堂车車]$/;
/** A dictionary word of a brand's or an organisation's class (腾讯 nz, 阿里巴巴 nrt). */
const brandWord = (v: string): boolean => /^(?:nz|nt|nrt)$/.test(chineseWordEntry(v)?.tag ?? '');
function brandLike(v: string): boolean {
  const entry = chineseWordEntry(v);
  if (entry) return /^(?:nz|nt|nrt|nr)$/.test(entry.tag);
  return /^[\u4e00-\u9fff]{2,6}$/.test(v) && !WORKPLACE_HEAD.test(v) && !chineseWordEntry(v.slice(0, 2))?.tag.startsWith('ns');
}
const BEFORE_JOB = new RegExp(
  `(?<=^|[，,。；;：:\\s、（(])(${VALUE}{2,5}?)(?=骑手|騎手|配送员|配送員|快递员|快遞員|外卖员|外賣員|车长|車長|莊荷|荷官|收银员|收銀員|店员|店員)`,
  'g',
);

export function detectBrandEmployers(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  if (!/[\u4e00-\u9fff]/.test(text)) return out;
  for (const re of [FIELD, VERB, SHIFT, BEFORE_JOB, WORK_AT]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const v = m[1];
      if (GENERIC.test(v) || /^\d+$/.test(v)) continue;
      // A brand the dictionary knows may hold a function character (阿里巴巴: 里).
      if (re === BEFORE_JOB ? PRONOUN.test(v) : re !== FIELD && FUNCTION.test(v) && !brandWord(v)) continue;
      if (re === WORK_AT && !brandLike(v)) continue;
      const at = (m.index ?? 0) + m[0].length - v.length;
      out.push(span('EMPLOYER', text, at, at + v.length));
    }
  }
  return out;
}
