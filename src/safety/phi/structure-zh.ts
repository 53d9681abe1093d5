// Chinese slots for people: role-labelled fields, role nouns before a name, a name before its sex and age, signature
// lines, transliterated names with a middle dot, names before their identifiers, relations, self-introductions,
// nicknames, surname + title, bed numbers. Part of the structure-aware reader (structure.ts).
import type { PhiSpan } from '../../core/phi-types.js';
import { plausibleGiven } from './given-names.js';
import { isWord, type NameLexicon, STOP, surnameAt } from './names-zh.js';
import { span } from './span.js';

const HAN = /[\u4e00-\u9fa5]/;
const isHan = (c: string | undefined): boolean => c !== undefined && HAN.test(c);

// ---- Chinese ----------------------------------------------------------------------------------------------------

/** A label that names a person: ends in a role morpheme (…人, …者, …员, …师, 家属, 产妇, 患儿, 车主, 户名 …). */
export const PERSON_LABEL_ZH =
  /(?:居民|村民|市民|科|姓名|中文名|英文名|曾用名|名字|户名|签名|签字|人|者|员|师|医生|大夫|护士|士|属|妇|儿|长|主|工|生|友|妻|夫|父|母|子|女|孩|婴|官|事|家|专家|用户|学生|伴|亲|爷|奶|姐|哥|弟|妹|媳|婿|代表|联系|对象|本人)$/;
/** Labels that end like a role but hold something else. */
const NOT_PERSON_LABEL_ZH = /(?:出生|卫生|发生|性别|民族|职业|工种|工作|加工|人数|人次|人群|病人数|医生建议|主诉|户主关系|关系|电子|样本|因子|分子|孩子情况)$/;
/** Characters that end a label-like word but not a given name: "周建平：" is a speaker, "方案：" is a label. */
export const LABEL_END = /[辆牌证卡名号码期间址型别况果史断案式量法目称注位因级类龄族业物点项容数据果率价费额单表类程期限次室科区域源由则见议]$/;
const FIELD_ZH = /(?:^|[^\u4e00-\u9fa5])[ \t　]*([\u4e00-\u9fa5]{1,8})[ \t　]*[:：][ \t　]*/g;
/** Given names of Tibetan, Uyghur and other names that carry no Han surname ("扎西顿珠", "次仁", "阿依古丽"). */
const ETHNIC_NAME_START =
  /^(?:扎西|次仁|格桑|多吉|尼玛|达瓦|旦增|央金|卓玛|索朗|洛桑|平措|拉巴|边巴|普布|德吉|仁增|巴桑|阿依|热依|古丽|买买|艾力|阿不|阿卜|努尔|迪丽|帕提|吐尔|阿布|穆罕|依力|热合|麦麦)[\u4e00-\u9fa5]{0,4}/;
/** Where a name value ends: punctuation, a space, a bracket, a digit, the end, or a word records put after names. */
const NAME_END_ZH =
  /^(?:$|[\s　，,、。；;：:（(）)\]】|/\d“"”—-]|[男女]|先生|女士|同志|老师|医生|医师|护士|(?:手机|电话|联系|身份|证件|性别|年龄|工号|电邮|邮箱|住址|地址)|[的和与及在于因称说诉来去已曾仍将是也都就还又把被给让从向对到帮替陪送带]|术后|手术|入院|出院|住院|就诊|去世|死亡|授权|签字|同意|申请|确认|表示|声明|委托|取药|负责|发布|提供|家属|今年\d|反映|代述|代诉|接听|来复诊|来看)/;

/** A Chinese name at `at` (surname + one or two given characters, a traditional surname allowed), or 0. */
function zhNameAt(text: string, at: number, lexicon: NameLexicon | undefined, anyLabel: boolean, loose = false): number {
  const ethnic = ETHNIC_NAME_START.exec(text.slice(at, at + 8));
  if (ethnic) {
    for (let n = 2; n <= ethnic[0].length; n++) if (NAME_END_ZH.test(text.slice(at + n, at + n + 4)) && !isWord(text, at, n, 0, lexicon)) return n;
  }
  // 小吴 / 老周 in a slot ("记录人：护士小吴").
  if (anyLabel && (text[at] === '小' || text[at] === '老') && surnameAt(text, at + 1) === 1 && NAME_END_ZH.test(text.slice(at + 2, at + 6))) return 2;
  const common = surnameAt(text, at);
  const sn = common || slotSurname(text, at);
  // Outside a labelled field a rare surname character needs a given name that looks like one ("家长花磊", not "和宝宝").
  const needsModel = loose || (!anyLabel && !common);
  if (!anyLabel && !common && AMBIGUOUS_SURNAMES.has(text[at])) return 0;
  if (!sn) {
    // Ethnic names with a middle dot ("阿依古丽·买买提") after a naming label.
    const dot = /^[\u4e00-\u9fa5]{2,6}·[\u4e00-\u9fa5]{2,8}/.exec(text.slice(at, at + 16));
    return anyLabel && dot ? dot[0].length : 0;
  }
  for (const g of [2, 1]) {
    const given = text.slice(at + sn, at + sn + g);
    if (given.length !== g || ![...given].every((c) => isHan(c) && !STOP.has(c) && c !== '某')) continue;
    if (!anyLabel && /^[一二三四五六七八九十]+$/.test(given)) continue; // 初四, 周五: a date, not a name
    // Two given characters that both look like given-name characters hold even before a verb ("代患者葛振东取药"); a
    // given name from the model ends where a character follows that no given name uses ("其母吕慧反映").
    const next = text[at + sn + g];
    const modelEnd = plausibleGiven(given) && (g === 2 || !plausibleGiven(next ?? '')) && !loose;
    if (!NAME_END_ZH.test(text.slice(at + sn + g, at + sn + g + 4)) && !(g === 2 && !loose && plausibleGiven(given)) && !(g === 1 && modelEnd)) continue;
    if (needsModel && !plausibleGiven(given, true)) continue;
    if (isWord(text, at, sn + g, sn, lexicon)) continue;
    return sn + g;
  }
  return 0;
}

/** The Hundred Family Surnames and other frequent ones: in a structural slot (a role label, a role noun, before
 * sex and age) even surnames that are ordinary characters elsewhere (全, 花, 能, 从) read as surnames. */
const SLOT_SURNAMES = new Set(
  '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍郤璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公覃闫佟付兰岳冼练阳鄢涂揭操过扎次洛格达尼旦'.split(
    '',
  ),
);
export const slotSurname = (text: string, at: number): number =>
  surnameAt(text, at) || (SLOT_SURNAMES.has(text[at]) || TRADITIONAL_SURNAMES.includes(text[at]) ? 1 : 0);

/** Surnames that are everyday words ("和宝宝", "从小", "成功"): only in a labelled field. */
const AMBIGUOUS_SURNAMES = new Set(
  '和从成能都经常容通相那家应后于过操利强慎怀时向师国文东空查红游公乐平明安计伏谈干解应宗单诸左吉曲封富巫乌山谷车全班仰秋伊宫暴甘厉武景幸司印宿怀从咸籍能双闻党劳申扶通边尚农别充连向古易慎终居步都满广越隆融冷那简空毋沙养须丰关相后益公'.split(
    '',
  ),
);

const TRADITIONAL_SURNAMES = '陳張劉黃楊趙吳鄭許謝羅蕭葉蔣鄧馮韓鍾魏陸顧龔嚴賴錢孫傅盧蘇薛萬鄒閻賈譚範曾湯餘聶歐簡';

/** "受血者：沈佳慧", "家长：罗建勋", "参保人：常秋菊", "姓名：陳志偉"; and chat speakers "周建平：…" at a line start. */
export function zhFields(text: string, lexicon: NameLexicon | undefined, out: PhiSpan[]): void {
  FIELD_ZH.lastIndex = 0;
  for (const m of text.matchAll(FIELD_ZH)) {
    const label = m[1];
    const labelAt = (m.index ?? 0) + m[0].indexOf(label);
    const valueAt = (m.index ?? 0) + m[0].length;
    // The label itself may be a speaker's name at the start of a line ("周建平：妈今天…", "刘福来：昨天…").
    const lineStart = labelAt === 0 || /[\n]/.test(text[labelAt - 1] ?? '') || /^[\n]?[ \t　]*$/.test(text.slice(Math.max(0, labelAt - 3), labelAt));
    if (lineStart && label.length <= 4 && !LABEL_END.test(label) && !PERSON_LABEL_ZH.test(label)) {
      const n = zhNameAt(text, labelAt, lexicon, false, true);
      if (n === label.length) out.push(span('NAME', text, labelAt, labelAt + n));
    }
    // A label may carry a role prefix ("临床药师", "会诊专家", "家属（孙女）"): judge it by its end.
    if (!PERSON_LABEL_ZH.test(label) || NOT_PERSON_LABEL_ZH.test(label)) continue;
    const role = /^(?:护士长|护士|护师|医生|医师|药师|技师|主任|专家|老师)/.exec(text.slice(valueAt, valueAt + 3))?.[0].length ?? 0;
    if (role) {
      const r = zhNameAt(text, valueAt + role, lexicon, true);
      if (r) out.push(span('NAME', text, valueAt + role, valueAt + role + r));
    }
    const n = zhNameAt(text, valueAt, lexicon, true);
    const latin = n ? null : LATIN_NAME_VALUE.exec(text.slice(valueAt, valueAt + 40));
    if (latin) out.push(span('NAME', text, valueAt, valueAt + latin[0].length));
    if (n) out.push(span('NAME', text, valueAt, valueAt + n));
    // A name field holds a name whatever its surname (區志強, 麥嘉欣): its whole value, to the field's end.
    else if (NAME_FIELD_ZH.test(label) && !latin) {
      const v = NAME_FIELD_VALUE.exec(text.slice(valueAt, valueAt + 6));
      if (v) out.push(span('NAME', text, valueAt, valueAt + v[0].length));
    } else if (slotSurname(text, valueAt) === 1 && TITLE_AFTER_ZH.test(text.slice(valueAt + 1, valueAt + 4)))
      out.push(span('NAME', text, valueAt, valueAt + 1));
  }
}

/** Labels whose value is a person's name and nothing else. */
const NAME_FIELD_ZH = /(?:姓名|名字|户名|戶名|签名|簽名)$/;
const NAME_FIELD_VALUE = /^[\u4e00-\u9fff]{2,4}(?=[\s　（(，,；;。、/]|$)/;

/** A Latin name in a Chinese field: "患者：Wong, Ka Yan（黄嘉欣）", "姓名：KIM Min-jun". */
const LATIN_NAME_VALUE = /^[A-Z][A-Za-z'-]+(?:,?[ ][A-Z][A-Za-z'-]+){1,3}(?=[ ]?[（(]|[ 　]{1,}|\n|$|[，,；;])/;
const TITLE_AFTER_ZH = /^(?:先生|女士|小姐|医生|医师|大夫|老师|护士|阿姨|主任|教授|师傅|同志)/;

/** Role nouns that put a person's name right after them, without a colon: "村医次仁", "临床药师钟诗琪", "其父邵国强". */
const ROLE_ZH = new RegExp(
  '(?:村医|药师|医师|医生|护士|护师|技师|专家|干事|职工|员工|学生|患儿|患者|病人|伤者|死者|产妇|孕妇|新生儿|被鉴定人|被保险人|投保人|受益人|参保人|申请人|委托人|陪护人|家长|家属|' +
    '儿媳|女婿|闺女|儿子|女儿|外孙女|外孙子|孙女婿|孙媳妇|侄子|侄女|外甥女|外甥|其外孙女|其外孙|孙女|孙子|外孙|老伴|丈夫|妻子|爱人|妈妈|爸爸|其父|其母|其妻|其夫|其子|其女|其兄|其弟|其姐|其妹|父亲|母亲|哥哥|姐姐|弟弟|妹妹|兹有|本人|用户|研究者|报告人|' +
    '司机|骑手|教师|律师|警官|民警|同事|室友|邻居|朋友|同学|确认为|核实为|证实为|名叫|叫做|名为|大名|学名|本名|原告|被告|陪同|陪着|陪|由其|其孙子|其孙女|其儿媳|其女婿|科)(?:（[\\u4e00-\\u9fa5]{1,4}）)?[ 　]?',
  'g',
);

/** Role nouns also used in prose before other words ("医生商讨", "朋友圈"): the given name must look like one. */
const WEAK_ROLE_ZH = /^(?:陪|由其|科|医师|医生|护士|护师|技师|专家|同事|室友|邻居|朋友|同学|用户|教师|律师|司机|本人|家属|学生)/;

export function zhRoles(text: string, lexicon: NameLexicon | undefined, out: PhiSpan[]): void {
  ROLE_ZH.lastIndex = 0;
  for (const m of text.matchAll(ROLE_ZH)) {
    const at = (m.index ?? 0) + m[0].length;
    const n = zhNameAt(text, at, lexicon, false, WEAK_ROLE_ZH.test(m[0]));
    if (n) out.push(span('NAME', text, at, at + n));
  }
}

/** Person words of prose that a field label never ends with: 民警/警員, 保安, 太太. */
const PERSON_PROSE_END = /(?:警|保安|太太)$/;
/** A space (or several) between two Han runs: where a form or Hong Kong / Taiwan writing sets a value apart. */
const HAN_GAP = /(?<=[\u4e00-\u9fa5])[ \u3000]+(?=[\u4e00-\u9fa5])/g;

/**
 * A name set apart by spaces after a word naming a person: "警員 賴冠廷（警號…", "太太 何少芬 去年…", "里長 陳福來
 * 送回", "母 鄧周美華 02-…". Chinese prose puts no spaces between words, so a Han run standing alone between spaces
 * (or a space and a bracket, digit or punctuation) right after a person word (the role morpheme of PERSON_LABEL_ZH:
 * …员/…长/…警/…工/母/太…) is that person's name when it has a name's shape: a surname (a second surname allowed, as
 * married women in Hong Kong and Taiwan write it) and a given name of one or two characters, not a word.
 */
export function zhSetOffNames(text: string, lexicon: NameLexicon | undefined, out: PhiSpan[]): void {
  HAN_GAP.lastIndex = 0;
  for (const m of text.matchAll(HAN_GAP)) {
    const at = (m.index ?? 0) + m[0].length;
    const left = text.slice(hanRunBefore(text, m.index ?? 0, 8, null), m.index ?? 0);
    if (!left || !(PERSON_LABEL_ZH.test(left) || PERSON_PROSE_END.test(left)) || NOT_PERSON_LABEL_ZH.test(left) || LABEL_END.test(left)) continue;
    let end = at;
    while (end < text.length && isHan(text[end])) end++;
    const run = end - at;
    const sn = slotSurname(text, at);
    if (!sn || run < 2 || run > 4) continue;
    // A second surname before the given name (鄧周美華): the given name is what follows both.
    const double = run === 4 && sn === 1 && slotSurname(text, at + 1) === 1 ? 1 : 0;
    const given = text.slice(at + sn + double, end);
    // The spaces already bound the run; a one-character given name must still not be a function word (王 说).
    if (given.length < 1 || given.length > 2 || given.includes('某') || (given.length === 1 && STOP.has(given))) continue;
    if (isWord(text, at, run, sn, lexicon)) continue;
    out.push(span('NAME', text, at, end));
  }
}

/** "孟凡英，女，63岁", "8床　包文华　男　91岁", "邱天佑，男，7岁": a name before sex and age at a line or clause start. */
/** Sex between separators; the name is the Han run before it (found by looking back from this rarer anchor). */
const SEX_MARK = /[ \t　]*[，,、（( \t　][ \t　]*[男女](?:性)?[ \t　]*[，,、）) \t　]/g;
const RUN_EDGE = /[\n\t 　，,。；;：:（(】）)]/;

/** Start of the run of Han characters that ends at `end` (at most `max` long), or -1 when it is longer. */
export function hanRunBefore(text: string, end: number, max: number, edge: RegExp | null): number {
  let start = end;
  while (start > 0 && isHan(text[start - 1])) {
    start--;
    if (end - start > max) return edge ? -1 : start;
  }
  if (edge && start > 0 && !edge.test(text[start - 1]) && !/[ \t　]/.test(text[start - 1])) return -1;
  return start;
}

/** A signature line: "——郑丽华　158672310", "—— 王伟". */
const SIGNATURE_ZH = /(?:^|\n)[ \t　]*(?:——|—|--|－－)[ \t　]*(?=[\u4e00-\u9fa5])/g;

export function zhSignatures(text: string, lexicon: NameLexicon | undefined, out: PhiSpan[]): void {
  SIGNATURE_ZH.lastIndex = 0;
  for (const m of text.matchAll(SIGNATURE_ZH)) {
    const at = (m.index ?? 0) + m[0].length;
    const n = zhNameAt(text, at, lexicon, true);
    if (n) out.push(span('NAME', text, at, at + n));
  }
}

/** Transliterated and minority names with a middle dot ("阿依努尔·吐尔逊", "约翰·史密斯"), not eponymous diseases. */
const DOT_NAME = /[\u4e00-\u9fa5]{2,6}·[\u4e00-\u9fa5]{2,8}/g;
const EPONYM_AFTER = /^(?:综合征|综合症|病|症|氏|反射|征|试验|定律|分类|分级|评分|量表|手术|效应|现象|定律|三联|骨折|畸形|细胞|小体|溶液)/;

export function zhDotNames(text: string, lexicon: NameLexicon | undefined, out: PhiSpan[]): void {
  if (!text.includes('·')) return;
  DOT_NAME.lastIndex = 0;
  for (const m of text.matchAll(DOT_NAME)) {
    const at = m.index ?? 0;
    // The run before the dot may start with a cue ("患者阿依努尔"): keep the part after the longest role word.
    const lead = ROLE_PREFIX.exec(m[0])?.[0].length ?? 0;
    let end = at + m[0].length;
    while (end > at + lead + 3 && EPONYM_AFTER.test(text.slice(end))) end--;
    if (EPONYM_AFTER.test(text.slice(at + m[0].length)) || lexicon?.has(m[0])) continue;
    // A dot in prose joins phrases ("抗菌消炎·调理脾胃"): a name's parts hold no function or clinical characters and
    // end at a boundary.
    const name = m[0].slice(lead);
    if ([...name].some((c) => c !== '·' && (STOP.has(c) || PROSE_CHARS.has(c)))) continue;
    if (/[丸汤散膏方片丹饮剂液]$/.test(name)) continue; // a formula (大黄·虫丸), not a person
    if (isHan(text[at + m[0].length]) && !NAME_END_ZH.test(text.slice(at + m[0].length, at + m[0].length + 4))) continue;
    out.push(span('NAME', text, at + lead, at + m[0].length));
  }
}
const PROSE_CHARS = new Set('的了是在有和不吃能项间长胃调理消炎抗菌功效第一二三四五六七八九十好时吸收脾肝肾肺痛疼药治疗'.split(''));
const ROLE_PREFIX = /^(?:患者|患儿|病人|家属|姓名|产妇|孕妇|丈夫|妻子|儿子|女儿|医生|医师|护士|老师|学生|职工|本人)/;

export function zhDemographics(text: string, lexicon: NameLexicon | undefined, out: PhiSpan[]): void {
  SEX_MARK.lastIndex = 0;
  for (const s of text.matchAll(SEX_MARK)) {
    const end = s.index ?? 0;
    const at = hanRunBefore(text, end, 7, RUN_EDGE);
    if (at < 0 || end - at < 2) continue;
    const m = [text.slice(at, end), text.slice(at, end)];
    // The run may start with a cue ("患者全志勇", "兹有孔令辉"): try every start that leaves a 2–3 character name.
    for (let k = 0; k <= m[1].length - 2; k++) {
      const len = m[1].length - k;
      if (len > 3) continue;
      const sn = slotSurname(text, at + k);
      if (!sn || len - sn < 1) continue;
      const given = m[1].slice(k + sn);
      if ([...given].some((c) => STOP.has(c) || c === '某') || isWord(text, at + k, len, sn, lexicon)) continue;
      out.push(span('NAME', text, at + k, at + m[1].length));
      break;
    }
  }
}

/** A name before a bracket that holds its identifiers or age: "杨帆（工号…", "柴国庆（92岁", "林美華（台湾居民…". */
const BEFORE_PAREN_ZH = /[（(](?=工号|电话|手机|身份证|学号|护照|证件|执业|联系|\d{1,3}岁|[男女][，,、）)]|[\u4e00-\u9fa5]{0,8}(?:证|号码|居民))/g;
/** A Chinese name in brackets after a Latin one: "Linda Zhou（周琳达）". */
const AFTER_LATIN_ZH = /[A-Z][A-Za-z-]+,?[ ][A-Z][A-Za-z-]+[ ]?[（(]([\u4e00-\u9fa5]{2,4})[）)]/g;
/** A name before the speaker's relation to it: "林晓雯的妈妈", "我是小胖他爸". */
const NAME_THEN_RELATION =
  /(?:是|找|为|的)([\u4e00-\u9fa5]{2,3}?)(?:的|他|她)(?:妈妈|爸爸|妈|爸|家长|爷爷|奶奶|外婆|外公|姥姥|姥爷|姐姐|哥哥|老公|老婆|爱人|女儿|儿子|家属)/g;
const DOUBLED_NOT_NICK =
  /^(?:刚刚|常常|渐渐|慢慢|天天|偏偏|好好|往往|仅仅|稍稍|明明|悄悄|轻轻|静静|匆匆|纷纷|频频|屡屡|暗暗|久久|早早|晚晚|人人|个个|家家|妈妈|爸爸|爷爷|奶奶|姐姐|哥哥|弟弟|妹妹|叔叔|宝宝)$/;
/** "我是在美国读书的陶然，": a self-introduction ending in a name. */
const SELF_INTRO = /我是(?![一这那]?[个名位])[^，。,.！!？?\n]{1,16}的([\u4e00-\u9fa5]{2,3})(?=[，,。.！!])/g;
/** Nicknames after their cue: 小名“二柱”, 外号叫大刚. */
const NICKNAME_ZH = /(?:小名|乳名|外号|绰号|别名|化名)(?:叫|是|为)?[:：]?\s*[“"「‘]?([\u4e00-\u9fa5]{1,4}?)(?=[”"」’，,。；;\s]|$)/g;
/** A surname (any, in the wider list) and a title, after a clean edge: "钮晓庆先生", "习医生", "【预约成功】邹先生". */
const TITLE_ZH = /先生|女士|小姐|同志|医生|医师|大夫|老师|护士|阿姨|大爷|大妈|叔叔|主任|教授|姑娘|个管师|社工/g;
/** What stands right before a surname + title inside a longer run: a unit or role word, or a verb of handing over or
 * contacting ("胸痛中心唐医生", "主管医生谢医生", "交班予洪医师", "已联络陈姑娘"). */
const BEFORE_TITLED = /(?:中心|病房|病区|科室|[科房组部院区]|护士|医生|医师|主管|主治|予|与|和|跟|找|联系|联络|聯絡|通知|请|问|交给|转给|转介)$/;
const TITLE_EDGE = /[\n\s　：:，,。；;】\]）)“"]/;
/** A bed number without its label: "12床 王阿姨", "ICU 6床", "6病区12床". */
const BED = /(?<![\d.])(?:(?:ICU|CCU|NICU|PICU|EICU|MICU|SICU)[ -]?)?(?:\d{1,4}-)?\d{1,3}[ ]?(?:床|号床)(?![位旁边头单垫罩])/g;

export function zhExtras(text: string, lexicon: NameLexicon | undefined, out: PhiSpan[]): void {
  BEFORE_PAREN_ZH.lastIndex = 0;
  for (const p of text.matchAll(BEFORE_PAREN_ZH)) {
    const end = p.index ?? 0;
    const at = hanRunBefore(text, end, 6, null);
    if (end - at < 2) continue;
    const m = [text.slice(at, end), text.slice(at, end)];
    for (let k = 0; k <= m[1].length - 2; k++) {
      const n = zhNameAt(text, at + k, lexicon, false, k === 0 && at > 0 && isHan(text[at - 1]));
      if (n === m[1].length - k) {
        out.push(span('NAME', text, at + k, at + k + n));
        break;
      }
    }
  }
  for (const re of [AFTER_LATIN_ZH, NICKNAME_ZH]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const at = (m.index ?? 0) + m[0].length - m[1].length - (re === AFTER_LATIN_ZH ? 1 : 0);
      const start = re === AFTER_LATIN_ZH ? (m.index ?? 0) + m[0].indexOf(m[1]) : at;
      if (lexicon?.has(m[1])) continue;
      out.push(span('NAME', text, start, start + m[1].length));
    }
  }
  for (const re of [NAME_THEN_RELATION, SELF_INTRO]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const at = (m.index ?? 0) + m[0].indexOf(m[1], re === SELF_INTRO ? m[0].length - m[1].length : 1);
      const sn = slotSurname(text, at);
      const nick =
        re === NAME_THEN_RELATION && (/^[小阿]/.test(m[1]) || /^(.)\1$/.test(m[1])) && !/^(?:小孩|小朋友|小宝宝?|小儿|小姑娘|小伙子?|小家伙)/.test(m[1]);
      if (re === NAME_THEN_RELATION && /^[小阿]/.test(m[1]) && !nick) continue;
      if (nick && /^(.)\1$/.test(m[1]) && DOUBLED_NOT_NICK.test(m[1])) continue;
      if (!nick && (!sn || AMBIGUOUS_SURNAMES.has(text[at]) || isWord(text, at, m[1].length, sn, lexicon))) continue;
      out.push(span('NAME', text, at, at + m[1].length));
    }
  }
  TITLE_ZH.lastIndex = 0;
  for (const t of text.matchAll(TITLE_ZH)) {
    const end = t.index ?? 0;
    let at = hanRunBefore(text, end, 3, TITLE_EDGE);
    // Inside a longer run, a surname right before the title after a unit, a role or a hand-over verb.
    if (at < 0 && BEFORE_TITLED.test(text.slice(Math.max(0, end - 5), end - 1))) at = end - 1;
    if (at < 0 || at === end) continue;
    const m = [text.slice(at, end), text.slice(at, end)];
    const sn = slotSurname(text, at);
    if (!sn || AMBIGUOUS_SURNAMES.has(text[at])) continue;
    const given = m[1].slice(sn);
    if (given && (!plausibleGiven(given, true) || isWord(text, at, m[1].length, sn, lexicon))) continue;
    if (!given && sn !== m[1].length) continue;
    // A surname alone is called by its title ("唐医生", "陈姑娘"): the pair is the name; a full name stands without it.
    out.push(span('NAME', text, at, at + m[1].length + (given ? 0 : t[0].length)));
  }
  BED.lastIndex = 0;
  for (const m of text.matchAll(BED)) out.push(span('MRN', text, m.index ?? 0, (m.index ?? 0) + m[0].length));
}
