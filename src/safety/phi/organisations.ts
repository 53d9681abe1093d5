// Chinese organisations read by their grammar, not by a list of names: an organisation is modifier words + a HEAD
// noun (公司, 集团, 厂, 小学, 书店, 市场…), its extent found by word boundaries (jieba, with the HMM for names the
// dictionary does not hold: 湘建|集团, 芦淞|服装城, 浦溪|完小), and it identifies a person only where a frame ties a
// person to it — a work or study verb or a post after it ("在长沙卷烟厂做了三十多年挡车工", "是市公交集团的司机",
// "在长沙县星沙一中教书"), or a workplace field or verb before it ("工作单位湖南省新华书店", "给湘建集团干了半辈子").
// The modifiers must name one organisation: a proper word (a place, a person's or an organisation's name, a word the
// dictionary does not know) or an ordinal ("第一"); "在建筑公司上班", "在一家公司上班", "上大学" name none. A
// treating hospital is not an employer: no 医院 head, and a school or university that goes on into a hospital's name
// ("XX大学附属医院") is left; nor is a maker of medicines ("云南白药集团生产的药", "哈药集团"): a name holding 药 is left.
// Unheaded: a run of proper words after 在/喺 before a shift or a post ("在上汽通用五菱做焊工", "在华为做软件测试",
// "喺港铁做车站助理") — organisation or abbreviation words only (a place alone is where, not who: "在北京做手术").
// Policy (issue #11): a named workplace or school identifies (Safe Harbor "any other unique identifying"); a kind of
// workplace ("一家工厂", "当地医院", "心内科") does not. Spans rank below every reading (index.ts FILL_RANK).
import type { PhiSpan } from '../types.js';
import { chineseCharTag, chineseTagged, type TaggedWord } from '../../knowledge/chinese-words.js';
import { NOT_EMPLOYER } from './employer.js';
import { zhGazetteerPlace } from './gazetteer.js';
import { span } from './span.js';

/** Heads of an organisation name, longest first where one ends another. */
const HEAD =
  /(?:有限责任公司|股份有限公司|有限公司|分公司|公司|集团|工厂|[^\s，。]厂|学校|小学|中学|完小|[一二三四五六七八九十]中|大学|学院|幼儿园|职校|技校|研究所|研究院|设计院|出版社|报社|电视台|书店|超市|商场|市场|服装城|电子城|建材城|商城|酒店|饭店|餐厅|银行|支行|分行|矿务局|[^\s，。]局|[一二三四五六七八九十]小|医院|卫生院|保健院|疾控中心)(?![\u4e00-\u9fff]?[长長])/g;
/** Word classes of proper words: person, place, organisation, other proper names, abbreviations, unknown words. */
const PROPER = /^(?:nr|nrt|nrfg|ns|nt|nz|j|x)$/;
/** Words of Han characters only: jieba tags punctuation and Latin runs "x" too. */
const HAN_WORD = /^[\u4e00-\u9fff]+$/;
/**
 * A proper word: tagged one by the dictionary, or a word it does not know ("x") that reads as a name — not made
 * of verbs only and holding no function, measure or number character ("能进|公司", "原在|武钢", "听个|医学院" are the
 * HMM gluing prose; "湘建", "安钢" are names).
 */
function proper(w: TaggedWord): boolean {
  if (!HAN_WORD.test(w.word) || !PROPER.test(w.tag)) return false;
  if (w.tag !== 'x') return true;
  const tags = [...w.word].map(chineseCharTag);
  return !tags.every((t) => /^v/.test(t)) && !tags.some((t) => /^(?:p|c|d|r|q|m|u[a-z]*)$/.test(t));
}
/** Word classes a modifier of an organisation may have: nouns of every kind, distinguishing words, idioms. */
const NOMINAL = /^(?:n|nr|nrt|nrfg|ns|nt|nz|j|ng|nl|b|l|s)$/;
/** A common noun that names a place by its administrative suffix (天心区, 长沙县, 马营镇, 市 alone; not two
 * characters — 社区, 小区, 城市 are kinds of place): read as a place. */
const PLACE_SHAPED = /[省市县区镇乡村]$/;
/** A place word: a place tag's or an administrative suffix's, or a place of the gazetteer the dictionary calls a
 * common noun (宝应|肉联厂). */
const placeWord = (w: TaggedWord): boolean => ((w.word.length === 1 || w.word.length >= 3) && PLACE_SHAPED.test(w.word)) || zhGazetteerPlace(w.word);
/** Kinds of a workplace written onto its head word: 公立医院, 人民医院, 社区医院, 实验小学. */
const GENERIC_KIND =
  /^(?:公立|私立|民营|国营|国有|社区|人民|中心|附属|专科|综合|妇幼|儿童|中医|中西医|口腔|眼科|精神|肿瘤|传染病|职业|技工|重点|普通|实验|外国语|师范|军队|部队|农村|乡村|城市|大型|小型)$/;
/** Length of the head that ends a word (公司 of 有限公司 is read whole: 有限公司). */
function headLength(word: string): number {
  let len = 0;
  for (const m of word.matchAll(HEAD)) if ((m.index ?? 0) + m[0].length === word.length) len = m[0].length;
  return len || 2;
}
/** Kinds of workplace that a place alone does not make one workplace. */
const BARE_HEAD = /^(?:公司|工厂|厂|学校|超市|商场|市场|酒店|饭店|餐厅|单位|集团|医院|卫生院)$/;
/** Leads that make the organisation any one: "本市", "当地", "一家", "某", "我们". */
const GENERIC_LEAD =
  /^(?:本市|本县|本地|本省|我市|我县|该市|当地|附近|一家|一所|一个|这家|那家|这个|那个|某|某某|我们|他们|大型|小型|国营|私营|民营|国有|私立|公立|重点|普通)$/;
/** A frame after the name that ties a person to it: work, study, a post, a workmate (same clause, a few words on). */
const WORK_AFTER =
  /^[^，。；;！!？?\n]{0,8}?(?:上班|上[早中晚夜三]班|工作|打工|干活|(?:做|当|干)了?[^，。；;！!？?\n]{0,6}?(?:工|员|师|助理|测试|会计|保安|司机|生意|买卖|年)|干了|任职|任教|教书|经营|搬货|值班|实习|就读|读书|上学|退休|的(?:[\u4e00-\u9fff]{0,4})(?:司机|老师|员工|职工|工人|学生|同学|同事|领导|老板|保安|会计|经理|职员|档口|工友|校长|厂长|师傅|技术员|工程师|干部))/;
/** A tenure after the name ("在南宁糖厂烧锅炉十几年") is a worker's, unless a client's verb comes first ("在招商银行贷了
 *二十年款", "存了三年定期", "买了十年的保险", "住了三年院"). */
const TENURE = /^([^，。；;！!？?\n]{0,8}?)[\d一二三四五六七八九十几多半]+年/;
const CLIENT_VERB = /[买購购贷存取借办辦看住治查吃用租]/;
/** A frame before the name: a workplace field or an employment verb. */
const WORK_BEFORE = /(?:单位|单位名称|雇主|就职于|任职于|供职于|受雇于|毕业于|就读于|调入|调到|调至|入职)[是为:：]?[ 　]*$|给$/;
/** The name goes on into a treating hospital's ("…大学附属第一医院", "…医学院附属医院"). */
const INTO_HOSPITAL = /^[\u4e00-\u9fff]{0,6}?(?:附|医院|卫生院|门诊|诊所)/;
/** A hospital is where a patient is treated; it is a workplace only for one who holds a post or a shift there, said
 * right after it after 在 and closing the clause ("在株洲市中心医院做护士，", "在…卫生院上夜班") — not "做了手术", not
 * "做人工关节置换", not "工作的医生" (a clinician's hospital is where the patient is treated). */
const HOSPITAL = /(?:医院|卫生院|保健院|疾控中心)$/;
const POST_AFTER =
  /^(?:(?:做|当)[\u4e00-\u9fff]{0,4}?(?:护士|护工|保洁|保安|员|师|工|代表|助理)(?=$|[，,。.；;！!？?\s、的])|上班|上[早中晚夜白三]班|值班|实习|打工)/;
/** A numbered school ("芙蓉|三小", "玉潭|一中"): its number names it, whatever word comes before. */
const NUMBERED_SCHOOL = /^[一二三四五六七八九十][中小]$/;
/** A maker's product after the name ("…集团生产的药"). */
const PRODUCT_AFTER = /^(?:生产|出品|制造|研制|研发|出的|的(?:药|产品|疫苗|试剂|奶粉))/;

/** The modifiers before the head word `h`: nominal words leftwards, then trimmed to start at a proper or place word. */
function modifiersStart(words: TaggedWord[], h: number): number | null {
  // A numbered school is named by its number and the word right before it ("芙蓉|三小", "实验|二小").
  if (NUMBERED_SCHOOL.test(words[h].word)) {
    const w = words[h - 1];
    return w && HAN_WORD.test(w.word) && /^(?:n[a-z]*|j|x|vn)$/.test(w.tag) && !GENERIC_LEAD.test(w.word) ? h - 1 : null;
  }
  let i = h;
  let chars = words[h].word.length;
  while (i > 0) {
    const w = words[i - 1];
    // A single character the HMM cut off a name keeps its neighbour's role ("鑫|达|建筑工程有限公司").
    const glued = w.word.length === 1 && i >= 2 && words[i - 2].word.length === 1 && proper(words[i - 2]);
    // A one-character adjective is part of a name between its proper word and the head ("高桥|大|市场").
    const adjective = w.word.length === 1 && w.tag === 'a';
    if (
      !HAN_WORD.test(w.word) ||
      !(NOMINAL.test(w.tag) || proper(w) || adjective || /^第[一二三四五六七八九十\d]+$/.test(w.word) || glued) ||
      chars + w.word.length > 16
    )
      break;
    chars += w.word.length;
    i--;
  }
  // Leading common nouns (单位, 患者) and generic leads are the sentence's, not the name's.
  while (i < h && (GENERIC_LEAD.test(words[i].word) || !(proper(words[i]) || placeWord(words[i]) || /^第/.test(words[i].word)))) i++;
  // A place before a bare kind of workplace is where, not which ("深圳|工厂", "北京|公司"); with a trade or a name
  // between, or a head word of its own ("长沙|卷烟厂", "湖南省|新华书店"), it names one.
  if (BARE_HEAD.test(words[h].word) && words.slice(i, h).every((w) => placeWord(w) || w.tag === 'ns')) return null;
  // A head word the dictionary calls an organisation names one only with a word of its own before the head
  // ("湖南师范|大学", "中国|银行"), not a kind ("公立|医院", "人民|医院").
  const own = words[h].word.slice(0, words[h].word.length - headLength(words[h].word));
  const namedHead = /^(?:nt|nz)$/.test(words[h].tag) && own.length >= 2 && !GENERIC_KIND.test(own);
  const named = words.slice(i, h).some((w) => proper(w) || placeWord(w) || /^第/.test(w.word)) || namedHead;
  return named ? i : null;
}

function headed(text: string, out: PhiSpan[]): void {
  for (const m of text.matchAll(HEAD)) {
    const end = (m.index ?? 0) + m[0].length;
    const from = Math.max(0, end - 24);
    const after = text.slice(end, end + 16);
    const hospital = HOSPITAL.test(m[0]);
    if ((!hospital && INTO_HOSPITAL.test(after)) || PRODUCT_AFTER.test(after)) continue;
    // A few characters past the head, so the segmenter sees whether the head closes a word ("做|局部", "厂长").
    const words = chineseTagged(text.slice(from, end + 3));
    const h = words.findIndex((w) => w.start + w.word.length === end - from);
    if (h < 0) continue;
    const i = modifiersStart(words, h);
    if (i === null) continue;
    const start = from + words[i].start;
    const name = text.slice(start, end);
    if (name.includes('药') || name.length < 3 || NOT_EMPLOYER.test(name)) continue;
    if (hospital) {
      if (POST_AFTER.test(after) && /在$/.test(text.slice(Math.max(0, start - 1), start))) out.push(span('EMPLOYER', text, start, end));
      continue;
    }
    const tenure = TENURE.exec(after);
    const framed = WORK_AFTER.test(after) || (tenure !== null && !CLIENT_VERB.test(tenure[1])) || WORK_BEFORE.test(text.slice(Math.max(0, start - 8), start));
    if (!framed) continue;
    out.push(span('EMPLOYER', text, start, end));
  }
}

/** 在/喺 + a run of proper words + a shift or a post: the unheaded workplace. */
const UNHEADED =
  /(?:在|喺)([\u4e00-\u9fff]{2,10}?)(?=(?:那边|那里|这边)?(?:上[早中晚夜白三]?班|打工|任职|(?:做|当)[\u4e00-\u9fff]{0,4}?(?:工|员|师|助理|测试|会计|保安|司机|老师|机务|质检|销售|收银|保洁|客服|文员|财务|行政|后勤)(?=$|[，,。.；;！!？?\s、的])))/g;

const SITE = /^(?:园区|总部|基地|分部|厂区|门店|车间|工地|仓库|办公室|大楼)$/;

function unheaded(text: string, out: PhiSpan[]): void {
  for (const m of text.matchAll(UNHEADED)) {
    // "在长沙的中联重科上班": the organisation is what follows the last 的.
    const run = m[1].slice(m[1].lastIndexOf('的') + 1);
    const words = chineseTagged(run);
    // A site of the organisation after its name is where, not who ("华为|松山湖|园区" → 华为).
    while (words.length > 1 && (words[words.length - 1].tag === 'ns' || SITE.test(words[words.length - 1].word))) words.pop();
    // Every word proper, and one an organisation's or an abbreviation ("上汽|通用五菱", "华为"), not a place alone.
    if (!words.length || !words.every(proper) || !words.some((w) => /^(?:nt|nz|j|x)$/.test(w.tag) || (w.tag === 'nr' && w.word.length >= 2))) continue;
    const start = (m.index ?? 0) + 1 + m[1].length - run.length;
    const last = words[words.length - 1];
    // A kind of workplace the employer reader lists (国企, 幼儿园, 学校) names none.
    if (NOT_EMPLOYER.test(run.slice(0, last.start + last.word.length))) continue;
    out.push(span('EMPLOYER', text, start, start + last.start + last.word.length));
  }
}

export function detectOrganisationsZh(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  if (!/[\u4e00-\u9fff]/.test(text)) return out;
  headed(text, out);
  unheaded(text, out);
  return out;
}
