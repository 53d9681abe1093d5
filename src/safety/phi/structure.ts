// Structure-aware detection: identifiers found by WHERE a document puts them, not by a phrase list. Records, forms,
// letters and chats have slots for people and numbers: a field "<label>：<value>" whose label names a role
// (受血者：, 被保险人：, Claimant:, Decedent:), a chat speaker at the start of a line ("周建平：…"), a role noun right
// before a name ("村医次仁", "attorney Carla Vance"), a name followed by its demographics or credentials
// ("孟凡英，女，63岁", "Dorothy Klein, 91,", "Leah Kaufman, DDS"), a lone name line above an address in a letter,
// a code-shaped token (letters, digits and hyphens) or a long number in an identifier context, a document number
// ("甬公交鉴委〔2024〕第086号"), an @handle or user name. The value must still look like what the slot holds (a
// surname and a short given name, capitalised words that are not clinical or common words, a token with digits),
// and clinical words never qualify (the caller's terminology lexicon, clinical word shapes, eponyms).
import type { PhiSpan, PhiType } from '../../core/phi-types.js';
import { COMMON_CAPITALISED, EPONYMS, FIRST_NAMES } from './names-en-lists.js';
import { plausibleGiven } from './given-names.js';
import { isWord, type NameLexicon, STOP, surnameAt } from './names-zh.js';
import { span } from './span.js';

const HAN = /[\u4e00-\u9fa5]/;
const isHan = (c: string | undefined): boolean => c !== undefined && HAN.test(c);

// ---- Chinese ----------------------------------------------------------------------------------------------------

/** A label that names a person: ends in a role morpheme (…人, …者, …员, …师, 家属, 产妇, 患儿, 车主, 户名 …). */
const PERSON_LABEL_ZH =
  /(?:居民|村民|市民|科|姓名|中文名|英文名|曾用名|名字|户名|签名|签字|人|者|员|师|医生|大夫|护士|士|属|妇|儿|长|主|工|生|友|妻|夫|父|母|子|女|孩|婴|官|事|家|专家|用户|学生|伴|亲|爷|奶|姐|哥|弟|妹|媳|婿|代表|联系|对象|本人)$/;
/** Labels that end like a role but hold something else. */
const NOT_PERSON_LABEL_ZH = /(?:出生|卫生|发生|性别|民族|职业|工种|工作|加工|人数|人次|人群|病人数|医生建议|主诉|户主关系|关系|电子|样本|因子|分子|孩子情况)$/;
/** Characters that end a label-like word but not a given name: "周建平：" is a speaker, "方案：" is a label. */
const LABEL_END = /[辆牌证卡名号码期间址型别况果史断案式量法目称注位因级类龄族业物点项容数据果率价费额单表类程期限次室科区域源由则见议]$/;
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
const slotSurname = (text: string, at: number): number =>
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

/** "孟凡英，女，63岁", "8床　包文华　男　91岁", "邱天佑，男，7岁": a name before sex and age at a line or clause start. */
/** Sex between separators; the name is the Han run before it (found by looking back from this rarer anchor). */
const SEX_MARK = /[ \t　]*[，,、（( \t　][ \t　]*[男女](?:性)?[ \t　]*[，,、）) \t　]/g;
const RUN_EDGE = /[\n\t 　，,。；;：:（(】）)]/;

/** Start of the run of Han characters that ends at `end` (at most `max` long), or -1 when it is longer. */
function hanRunBefore(text: string, end: number, max: number, edge: RegExp | null): number {
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

function zhDotNames(text: string, lexicon: NameLexicon | undefined, out: PhiSpan[]): void {
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
const TITLE_ZH = /先生|女士|小姐|同志|医生|医师|大夫|老师|护士|阿姨|大爷|大妈|叔叔|主任|教授/g;
const TITLE_EDGE = /[\n\s　：:，,。；;】\]）)“"]/;
const INITIALS_ZH = /(?:姓名缩写|名字缩写|缩写|拼音首字母)[:：]?\s*([A-Z]{2,4})(?![A-Za-z])/g;
/** A bed number without its label: "12床 王阿姨", "ICU 6床", "6病区12床". */
const BED = /(?<![\d.])(?:(?:ICU|CCU|NICU|PICU|EICU)[ ]?)?(?:\d{1,4}-)?\d{1,3}[ ]?(?:床|号床)(?![位旁边头单垫罩])/g;

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
  for (const re of [AFTER_LATIN_ZH, NICKNAME_ZH, INITIALS_ZH]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const at = (m.index ?? 0) + m[0].length - m[1].length - (re === AFTER_LATIN_ZH ? 1 : 0);
      const start = re === AFTER_LATIN_ZH ? (m.index ?? 0) + m[0].indexOf(m[1]) : at;
      if (re !== INITIALS_ZH && lexicon?.has(m[1])) continue;
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
    const at = hanRunBefore(text, end, 3, TITLE_EDGE);
    if (at < 0 || at === end) continue;
    const m = [text.slice(at, end), text.slice(at, end)];
    const sn = slotSurname(text, at);
    if (!sn || AMBIGUOUS_SURNAMES.has(text[at])) continue;
    const given = m[1].slice(sn);
    if (given && (!plausibleGiven(given, true) || isWord(text, at, m[1].length, sn, lexicon))) continue;
    if (!given && sn !== m[1].length) continue;
    out.push(span('NAME', text, at, at + m[1].length));
  }
  BED.lastIndex = 0;
  for (const m of text.matchAll(BED)) out.push(span('MRN', text, m.index ?? 0, (m.index ?? 0) + m[0].length));
}

// ---- English ----------------------------------------------------------------------------------------------------

const NAME_WORD = "(?:Mc|Mac|O'|O’|D'|Di|De|La|Le|Van|Von|St\\.\\s?)?\\p{Lu}[\\p{Ll}'’]+(?:-\\p{L}[\\p{Ll}'’]+)?";
const UPPER_WORD = "\\p{Lu}{2,}(?:[-'’]\\p{Lu}{2,})?";
const INITIAL = '\\p{Lu}\\.';
/** Words of one name are on one line: a space (never a line break) between them. */
const SP = '[ \\u00a0]';
const NAME_SEQ = `(?:${INITIAL}${SP}?)?${NAME_WORD}(?:${SP}(?:${INITIAL}${SP})?${NAME_WORD}){0,3}`;
const CLINICAL_SHAPE =
  /(?:emia|aemia|itis|osis|oma|ectomy|otomy|ostomy|plasty|pathy|algia|uria|rrhea|pnea|ology|ologist|scopy|graphy|gram|azole|mab|nib|pril|sartan|statin|olol|dipine|mycin|cillin|cycline|floxacin|vir|tidine|prazole|formin|parin|semide|sone|olone|ism|tion|sion|ment|ness|syndrome|disease|virus)$/i;

/** A word that can be part of a person's name here: not common, not clinical, not an eponym, not a lexicon word. */
export function nameWord(w: string, lexicon?: NameLexicon): boolean {
  const x = w.replace(/[.,]$/, '').replace(/['’]s$/, '');
  if (/^\p{Lu}\.?$/u.test(x)) return true;
  if (COMMON_CAPITALISED.has(x) || EPONYMS.has(x) || NOT_NAME_EN.has(x)) return false;
  if (FIRST_NAMES.has(x)) return true;
  if (x.length >= 6 && CLINICAL_SHAPE.test(x)) return false;
  if (x.length >= 10 && /(?:ia|ae|us|um|al)$/.test(x)) return false;
  if (/^\p{Lu}{2,}$/u.test(x) && x.length <= 4) return false;
  return !lexicon || !(lexicon.has(x.toLowerCase()) || lexicon.has(x));
}

/** Capitalised words that open or fill labels and clauses but are never names in a record. */
const NOT_NAME_EN = new Set(
  (
    'Topical Product Products Each Oral Ophthalmic Otic Nasal Injection Injectable Tablet Tablets Capsule Cream Ointment Solution Suspension Spray Drops Gel Lotion Patch Powder Syrup Extract Preparation ' +
    'Dr Mr Mrs Ms Mx Miss Prof Sir Madam Rev Fr Sr Jr Capt Sgt Lt Col Gen Maj Cpl Pvt ' +
    'Patient Pt Name Date Time Age Sex Male Female Unknown None Denies Negative Positive Normal Stable Yes No Not Reason Plan Assessment ' +
    'Diagnosis Impression Findings Results Result Status Type Total Left Right Bilateral Follow Return Discharge Admit Admission Transfer ' +
    'Signed Reviewed Approved Pending Completed Declined Refused Verified Confirmed Notified Present Absent Deceased Alive Home Self ' +
    'Mother Father Parent Parents Son Daughter Wife Husband Sister Brother Spouse Guardian Friend Neighbor Neighbour Caregiver Resident ' +
    'Driver Attorney Counselor Counsellor Participant Member Veteran Rider Inmate Donor Collector Applicant Claimant Employee Candidate ' +
    'Examinee Athlete Dentist Nurse Physician Doctor Surgeon Adjuster Custodian Decedent Insured Subscriber Student Teacher Officer ' +
    'Subject User Client Customer Visitor Witness Interpreter Chaplain Pharmacist Therapist Technician Paramedic Deputy Sergeant ' +
    'Room Bed Unit Floor Ward Clinic Hospital Center Centre Department Service Services Program Office Street Road Avenue Suite ' +
    'Emergency Urgent Primary Care Medical Health Mental Behavioral Dental Vision Hearing Social Work Worker Case Manager Team Group ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August September October November December ' +
    'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Today Tomorrow Yesterday Tonight Morning Evening Night ' +
    'North South East West Northern Southern Eastern Western Upper Lower Central County City State Federal National American United ' +
    'Please Thank Thanks Dear Hi Hello Regards Sincerely Best Re Fwd Subject Attn Note Notes Summary Report Letter Form Request ' +
    'Insurance Plan Policy Claim Account Billing Payment Invoice Statement Balance Copay Deductible Coverage Prior Authorization ' +
    'Medicare Medicaid Tricare Aetna Cigna Humana Kaiser Blue Cross Shield UnitedHealthcare Anthem BCBS HMO PPO EPO ' +
    'Tylenol Advil Motrin Aspirin Insulin Lasix Coumadin Eliquis Xarelto Plavix Zoloft Prozac Xanax Ativan Norco Percocet ' +
    'English Spanish Chinese Mandarin Cantonese French German Arabic Russian Vietnamese Korean Japanese Hindi Portuguese ' +
    'The This That These Those There Here Then When Where What Which While With Without From Into Onto Over Under After Before During ' +
    'And Or But If As At By For In Of On To Up So No Nor Yet All Any Each Every Some Most More Less Other Another Such Same'
  ).split(/\s+/),
);

/** A label whose value is not a person (places, things, clinical content). */
const NOT_PERSON_LABEL_EN =
  /(?:diagnos|location|reason|plan|drug|medication|department|facility|hospital|clinic|employer|company|address|insur|payer|status|procedure|finding|assessment|impression|vehicle|program|service|site|city|state|country|county|school|pharmacy|lab\b|study|protocol|title|unit|ward|specialt|result|test|exam|event|incident|type|category|item|product|device|make|model|brand|route|frequency|dose|allerg|history|complaint|disposition|destination|plate|occupation|job|position|language|religion|race|ethnicity|nationality|sex|gender|organization|agency|team|group|carrier|network|tier|level|grade|stage|class|code|team|course|campus|branch|plan|network|street|road|county|town|region)s?\s*$/i;

const FIELD_EN = new RegExp(`(?:^|\\n|\\t| {2,}|[;|•]|[.!?)] )[ \\t]*([A-Z][A-Za-z0-9/'’(), -]{1,34}?)[ \\t]*[:：][ \\t]*(?:${INITIAL}\\s?)?(?=\\p{Lu})`, 'gu');
const VALUE_EN = new RegExp(
  `^(?:(?:${UPPER_WORD}|${NAME_WORD}),${SP}?(?:${UPPER_WORD}|${NAME_WORD})(?:${SP}(?:${UPPER_WORD}|${NAME_WORD}))?(?:${SP}\\p{Lu}\\.?(?![\\p{L}]))?|${NAME_SEQ}|${UPPER_WORD}(?:${SP}${UPPER_WORD}){1,3})`,
  'u',
);
/** What may follow a name: the end of the line, punctuation, two spaces, a bracket, a credential or a number. */
const AFTER_NAME_EN =
  /^(?:$|\s*\n|\s{2,}|\s*[,;(（)\]|–—]|\.(?:\s|$)|\s+(?:-|and|who|was|is|has|had|will|said|called|reports?|notified|confirmed|verified|signed|\d))/;

/** Surnames that are also ordinary words: a name after a first name ("Lisa Park", "Hyun-woo Park", "Tom Young"). */
export const SURNAME_WORDS = new Set(
  'Park Young King Brown Green White Black Rose Long Hall Wood Bell Lee Price Rice Cook Page Hunter Mason Walker Baker Turner Parker Carter Cooper Ward Fox Gray Grey Stone Lane Hill Wells Banks Love Bishop Church Frost Golden Moon Snow Strong Sweet Bright Summers Winter Day Knight Marsh Moore Field Ford Rich Bush Reed Shaw Nash Cross Chase Grant Hope West North South Best Rock Sharp Hale Lord Pope Dean Lake Bond Swift Wise Little Small Short Head Little Stewart Miller Fisher Hunter Porter Potter Glass Wolf Lamb Bird Crane Drake Peacock Nightingale Temple Chapel Palmer Pilgrim Major Friend Guest Good Goodman Freeman Newman Noble'.split(
    ' ',
  ),
);

function trimWords(raw: string, lexicon?: NameLexicon): string {
  const words = raw.split(/\s+/);
  let n = 0;
  while (n < words.length && (nameWord(words[n], lexicon) || (n > 0 && SURNAME_WORDS.has(words[n].replace(/[.,]$/, ''))))) n++;
  return words.slice(0, n).join(' ');
}

/** Field values: "Claimant: Jasmine Patel", "Decedent: Walter Emmett Grayson   Age: 98", "ESPINOZA, RAMON". */
export function enFields(text: string, lexicon: NameLexicon | undefined, out: PhiSpan[]): void {
  FIELD_EN.lastIndex = 0;
  for (const m of text.matchAll(FIELD_EN)) {
    const label = m[1].trim();
    if (NOT_PERSON_LABEL_EN.test(label)) continue;
    const at = (m.index ?? 0) + m[0].length;
    const v = VALUE_EN.exec(text.slice(at, at + 60));
    if (!v) continue;
    const raw = v[0];
    const upperLastFirst = /^\p{Lu}{2,}.*,/u.test(raw);
    const value = upperLastFirst || /,/.test(raw) ? raw : trimWords(raw, lexicon);
    const words = value.split(/[\s,]+/).filter((w) => w && !/^\p{Lu}\.$/u.test(w));
    if (!words.length) continue;
    if (/,/.test(value) && !words.every((w) => nameWord(w.charAt(0) + w.slice(1).toLowerCase(), lexicon))) continue;
    // One word is a name only after a role label that is a person and when it is a known first name or surname-like.
    if (words.length < 2 && !(FIRST_NAMES.has(words[0]) && PERSON_LABEL_EN.test(label))) continue;
    if (/^\p{Lu}{2,}(?:\s\p{Lu}{2,})+$/u.test(value) && !/(?:name|patient|member|insured|claimant)/i.test(label)) continue;
    if (!AFTER_NAME_EN.test(text.slice(at + value.length, at + value.length + 8))) continue;
    out.push(span('NAME', text, at, at + value.length));
  }
}

/** Role nouns a person's name follows in prose: "attorney Carla Vance", "Son Glenn", "Service member Tyrell Holcomb". */
const ROLE_WORDS_EN =
  'patient|pt|resident|son|daughter|wife|husband|spouse|partner|mother|father|mom|mum|dad|parents?|sister|brother|sibling|granddaughter|grandson|grandchild|' +
  'grandmother|grandfather|grandma|grandpa|niece|nephew|aunt|uncle|cousin|neighbou?r|friend|roommate|boyfriend|girlfriend|fianc[eé]e?|guardian|caregiver|' +
  'driver|attorney|lawyer|counsel(?:l?or)?|participant|member|veteran|rider|inmate|donor|collector|applicant|claimant|employee|candidate|examinee|athlete|' +
  'dentist|nurse|physician|doctor|surgeon|adjuster|custodian|decedent|insured|subscriber|student|teacher|coach|officer|deputy|trooper|detective|agent|' +
  'technician|tech|therapist|pharmacist|paramedic|EMT|chaplain|interpreter|translator|witness|visitor|tenant|landlord|owner|manager|supervisor|coworker|' +
  'co-worker|colleague|client|infant|baby|boy|girl|child|toddler|teen|teenager|juror|defendant|plaintiff|victim|recipient|provider|midwife|doula|' +
  'aide|sitter|nanny|volunteer|pastor|priest|rabbi|imam|CPT|SGT|Sgt|Capt|Lt|Cpl|Pvt|SPC|PFC|Maj|Col|Gen|Staff|mentor|tutor|principal|counselor|advocate|' +
  'case manager|social worker|home aide|met with|spoke with|helped|excuse|accompanied by|brought in by|seen by|referred by|per|cc|attn';
/** Case-insensitive first letter only: the name after the role must keep its own capitals (no `i` flag). */
const firstAnyCase = (alts: string): string =>
  alts
    .split('|')
    .map((a) => (/^[a-z]/i.test(a) ? `[${a[0].toLowerCase()}${a[0].toUpperCase()}]${a.slice(1)}` : a))
    .join('|');
const ROLE_EN = new RegExp(`\\b(?:${firstAnyCase(ROLE_WORDS_EN)})\\s+(${NAME_SEQ})`, 'gu');
const PERSON_LABEL_EN = new RegExp(`(?:${ROLE_WORDS_EN}|name|contact|signed|by|from|to|re|attn|dear)\\s*$`, 'i');

export function enRoles(text: string, lexicon: NameLexicon | undefined, out: PhiSpan[]): void {
  ROLE_EN.lastIndex = 0;
  for (const m of text.matchAll(ROLE_EN)) {
    const raw = m[1];
    const at = (m.index ?? 0) + m[0].length - raw.length;
    const value = trimWords(raw, lexicon);
    if (!value) continue;
    const words = value.split(/\s+/).filter((w) => !/^\p{Lu}\.$/u.test(w));
    if (!words.length) continue;
    // A single word after a lower-case role ("son Glenn") or a known first name; "patient Parkinson" never (eponym).
    if (words.length === 1) {
      const role = m[0].slice(0, m[0].length - raw.length).trim();
      const cased =
        /^[a-z]/.test(role) ||
        /^(?:Son|Daughter|Wife|Husband|Sister|Brother|Mother|Father|Mom|Dad|Neighbou?r|Friend|Driver|Nurse|Granddaughter|Grandson|Parents?)$/.test(role);
      if (!cased && !FIRST_NAMES.has(words[0])) continue;
      if (
        !AFTER_NAME_EN.test(text.slice(at + value.length, at + value.length + 8)) &&
        !/^[\s]+[a-z]/.test(text.slice(at + value.length, at + value.length + 3))
      )
        continue;
    }
    out.push(span('NAME', text, at, at + value.length));
  }
}

/** "Dorothy Klein, 91, …", "Leah Kaufman, DDS", "(Marcus Webb)", a lone name line above an address or a date. */
const NAME_THEN = new RegExp(
  `(?<![\\p{L}])(${NAME_WORD}(?:${SP}(?:${INITIAL}${SP})?${NAME_WORD}){1,3})(?=(?:[ ]\\([^()\\n]{1,30}\\))?,\\s*(?:\\d{1,3}\\s*(?:,|y|yo|years?|-year|M\\b|F\\b|male|female|man|woman)|age\\s\\d|(?:MD|DO|RN|LPN|NP|PA-C|PA|DDS|DMD|PharmD|RPh|PhD|MSW|LCSW|LPC|RHIA|RHIT|MS|MA|CGC|CNM|CRNA|EMT|APRN|FNP|DNP|MPH|OD|DPM|DC|PT|OT|SLP|RD|CNA|MA|Esq)\\b))`,
  'gu',
);
const LONE_LINE_EN = new RegExp(
  `(?:^|\\n)[ \\t]*(?:[—–-]+\\s*)?(${NAME_WORD}(?:${SP}(?:${INITIAL}${SP})?${NAME_WORD}){1,3})[ \\t]*(?=\\n\\s*(?:\\d|P\\.?O\\.?|Apt|Suite|[A-Z][a-z]+,\\s[A-Z]{2}\\b)|$)`,
  'gu',
);
/** Vocatives and self-introductions: "Reminder: Jacob, you have…", "hey its Tasha,", "male, Curtis Ybarra, c/o". */
const VOCATIVE_EN = new RegExp(
  `(?:(?<=^|[:.!?]\\s|\\n)(${NAME_WORD}),\\s(?=you\\b|your\\b|please\\b|we\\b|this is\\b)|\\b(?:it'?s|it’s|this is|I'?m|I’m|I am|my name is|[Mm]ale,|[Ff]emale,|[Mm]an,|[Ww]oman,|[Bb]oy,|[Gg]irl,)\\s(${NAME_WORD}(?:${SP}${NAME_WORD}){0,2})(?=[,.!;]|\\s\\(|\\s(?:here|from|and|c\\/o|with|who)\\b))`,
  'gu',
);
/** One name word before a credential: "Handing off to Kim, RN." */
const ONE_BEFORE_CREDENTIAL = new RegExp(
  `\\b(?:to|with|by|from|and|per|cc|ask|call|page)\\s(${NAME_WORD}),\\s(?:RN|MD|DO|NP|PA|PA-C|LPN|CNA|RT|PT|OT|SW|LCSW|PharmD|DDS)\\b`,
  'gu',
);
/** Upper-case names: a lone "ESPINOZA, RAMON" line (labels, pharmacy labels), "DR. K. MORITA". */
const UPPER_LAST_FIRST_LINE =
  /(?:^|\n)[ \t]*([A-Z]{2,}(?:[-'][A-Z]{2,})?,[ ]?(?:[A-Z]{2,}|[A-Z][a-z]+)(?:[ ][A-Z]\.?|[ ][A-Z]{2,}|[ ][A-Z][a-z]+)?)[ \t]*(?=\n|$|[ ]+\d{1,3}[ ]?[MF]\b|[ ]{2,})/g;
const UPPER_TITLED = /\b(?:DR|MR|MRS|MS|PROF)\.?[ ]((?:[A-Z]\.[ ]?){0,2}[A-Z]{2,}(?:[-'][A-Z]{2,})?(?:[ ][A-Z]{2,})?)(?![a-z])/g;
/** An initial and a surname is a person ("M. Oyelaran, RN", "handover from RN K. Mbeki", "user B. Wright"). */
const INITIAL_SURNAME = new RegExp(`(?<![\\p{L}\\p{N}./])\\p{Lu}\\.[ ]?(?:\\p{Lu}\\.[ ]?)?${NAME_WORD}(?![\\p{L}])`, 'gu');
/** A nickname in brackets after a name: "Raymond Tillman (Ray)", "Edith Granger (goes by Edie)". */
const NICKNAME_EN = new RegExp(`(?<=\\p{Ll}[ ])\\((?:goes by|aka|a\\.k\\.a\\.|called|prefers|nickname:?|known as)?[ ]?(${NAME_WORD})\\)`, 'gu');
/** Newborns are named by the mother's surname: "Baby Girl Okoye", "Baby Boy Chen". */
const NEWBORN = new RegExp(`\\b[Bb]aby[ ](?:[Gg]irl|[Bb]oy)[ ](${NAME_WORD})`, 'gu');

const ENMORE_GATE =
  /, (?:you|your|please|we|this)\b|it'?s |it’s |this is |I'?m |I’m |I am |my name|(?:male|man|boy|girl), |, (?:RN|MD|DO|NP|PA|LPN|CNA|RT|PT|OT|SW|LCSW|PharmD|DDS)\b|[Bb]aby [GgBb]/;

export function enMore(text: string, lexicon: NameLexicon | undefined, out: PhiSpan[]): void {
  INITIAL_SURNAME.lastIndex = 0;
  for (const m of text.matchAll(INITIAL_SURNAME)) {
    const surname = m[0].replace(/^(?:\p{Lu}\.[ ]?)+/u, '');
    // "5.2 mmol/L. Creatinine": a unit letter after a number ends a sentence, it is no initial.
    if (/\d\s?$/.test(text.slice(Math.max(0, (m.index ?? 0) - 2), m.index ?? 0))) continue;
    // "U.S. Army", "A. Fib" are not names: the surname must be a name word and not a clinical or common one.
    if (!nameWord(surname, lexicon) || /^(?:Army|Navy|Air|Fib|Flutter|Coli|Aureus|Pylori|Difficile|Pneumoniae|Street|Ave|Avenue|Road)$/.test(surname)) continue;
    out.push(span('NAME', text, m.index ?? 0, (m.index ?? 0) + m[0].length));
  }
  if (text.includes('(')) {
    NICKNAME_EN.lastIndex = 0;
    for (const m of text.matchAll(NICKNAME_EN)) {
      const before = /(\p{Lu}\p{Ll}+)[ ](\p{Lu}\p{Ll}+)[ ]$/u.exec(text.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0));
      const cued = /^\((?:goes|aka|a\.k|called|prefers|nick|known)/.test(m[0]);
      // A bracketed word after a full name is a nickname ("Raymond Tillman (Ray)"); after a drug it is a brand.
      if (!cued && !(before && FIRST_NAMES.has(before[1]) && nameWord(before[2], lexicon) && FIRST_NAMES.has(m[1]))) continue;
      if (!nameWord(m[1], lexicon)) continue;
      const at = (m.index ?? 0) + m[0].lastIndexOf(m[1]);
      out.push(span('NAME', text, at, at + m[1].length));
    }
  }
  for (const re of ENMORE_GATE.test(text) ? [VOCATIVE_EN, ONE_BEFORE_CREDENTIAL, NEWBORN] : []) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const raw = m[1] ?? m[2];
      if (!raw) continue;
      const words = raw.split(' ');
      if (!words.every((w) => nameWord(w, lexicon))) continue;
      // A bare vocative ("Jacob, you…") is a known first name or follows a label colon; "Finally, we…" is not one.
      if (re === VOCATIVE_EN && m[1] && !FIRST_NAMES.has(raw) && !/:\s*$/.test(text.slice(Math.max(0, (m.index ?? 0) - 3), m.index ?? 0))) continue;
      if (
        re === VOCATIVE_EN &&
        words.length === 1 &&
        /^(?:Doctor|Doc|Sir|Madam|Mom|Dad|Honey|Dear|Guys|Everyone|Hi|Hello|Hey|Thanks|Okay|Ok|Well|Yes|No|So|Now|Also)$/.test(raw)
      )
        continue;
      const at = (m.index ?? 0) + m[0].lastIndexOf(raw);
      out.push(span('NAME', text, at, at + raw.length));
    }
  }
  for (const re of /[A-Z]{2,}[ ,.]+[A-Z]/.test(text) ? [UPPER_LAST_FIRST_LINE, UPPER_TITLED] : []) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const words = m[1].split(/[ ,.]+/).filter((w) => w.length >= 2);
      if (!words.length || words.some((w) => !nameWord(w.charAt(0) + w.slice(1).toLowerCase(), lexicon) || NOT_NAME_UPPER.has(w))) continue;
      const at = (m.index ?? 0) + m[0].lastIndexOf(m[1]);
      out.push(span('NAME', text, at, at + m[1].length));
    }
  }
}
/** Upper-case words of labels and headings that are never names. */
const NOT_NAME_UPPER = new Set(
  'TAKE TABLET TABLETS CAPSULE DAILY REFILLS FILLED QTY RX MG ML BID TID QID PRN AS NEEDED BY MOUTH ORAL USE FOR WITH FOOD WARNING CAUTION NOTE PATIENT NAME DATE DOB MRN'.split(
    ' ',
  ),
);

const PAREN_NAME = new RegExp(`\\((${NAME_WORD}${SP}${NAME_WORD}(?:${SP}${NAME_WORD})?)\\)`, 'gu');

export function enPositions(text: string, lexicon: NameLexicon | undefined, out: PhiSpan[]): void {
  for (const re of [NAME_THEN, LONE_LINE_EN, PAREN_NAME]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const raw = m[1];
      const at = (m.index ?? 0) + m[0].lastIndexOf(raw);
      // Drop leading words that are not names ("Resident Mabel Ferguson": the role word is not the name).
      const words = raw.split(/\s+/);
      let k = 0;
      while (k < words.length && !nameWord(words[k], lexicon)) k++;
      const rest = words.slice(k);
      if (rest.length < 2 || !rest.every((w) => nameWord(w, lexicon))) continue;
      // A bracketed pair is a name only when it opens with a known first name or follows an id ("DRS-0412 (Marcus Webb)").
      if (re === PAREN_NAME && !FIRST_NAMES.has(rest[0]) && !/\d\s*$/.test(text.slice(Math.max(0, at - 4), at - 1))) continue;
      const skip = words.slice(0, k).join(' ').length + (k ? 1 : 0);
      out.push(span('NAME', text, at + skip, at + raw.length));
    }
  }
}

// ---- identifiers by shape and context -------------------------------------------------------------------------------

/** Context words before an identifier, by the type they make it (nearest wins). */
const KEYWORDS: [PhiType, RegExp][] = [
  [
    'BIOMETRIC',
    /fingerprint|finger ?print|iris|palm|vein|face ?(?:print|match|template|id)|footprint|voice ?print|biometric|template|retina|UCN|指纹|虹膜|掌纹|掌静脉|声纹|人脸|面部|足印|足底|刷脸/gi,
  ],
  [
    'DEVICE',
    /device|serial|transmitter|receiver|S\/N|\bSN\b|pump|pacemaker|implant|IMEI|\bMAC\b|\bUDI\b|cart|monitor|wristband|RFID|tracker|sensor|腕带|序列号|设备|起搏器|泵|植入|编号为?/gi,
  ],
  ['LICENSE', /licen[cs]e|\bDEA\b|\bNPI\b|NREMT|\bCDL\b|certificat|\bcert\b|permit|执业|证书|资格|驾驶证|驾照|注册证|证号/gi],
  ['PASSPORT', /passport|护照|通行证|travel document|visa/gi],
  [
    'HEALTH_PLAN',
    /member|\bplan\b|policy|insurance|insured|Medicaid|Medicare|beneficiar|\bDBN\b|subscriber|TRICARE|医保|社保|参保|保单|会员卡|UnitedHealthcare|Aetna|Cigna|Humana|Anthem|Kaiser/gi,
  ],
  ['MRN', /\bMRN\b|medical record|record number|chart|requisition|accession|specimen|检查号|病案|住院号|门诊号|病历号|检验号|标本号|影像号/gi],
  ['ACCOUNT', /account|\bacct\b|bank|\bcard\b|IBAN|账号|账户|卡号|银行/gi],
  ['SSN', /\bSSN\b|\bSIN\b|social security|social insurance|社安号|社会安全号|社会保险号/gi],
  ['ID_CARD', /DoD ID|\bID card\b|national id|\bMyKad\b|\bNRIC\b|\bHKID\b|\bIC (?:no|number)\b|Aadhaar|身份证|证件号/gi],
  ['PLATE', /\bplate\b|车牌|号牌/gi],
  ['VEHICLE', /\bVIN\b|车架号|发动机号|识别代号/gi],
];

function typeFromContext(text: string, at: number): PhiType {
  const before = text.slice(Math.max(0, at - 32), at);
  // The context word must be in the same clause: "身份证…，手机138…" is a phone, not an id card.
  const cut = Math.max(before.lastIndexOf('\n'), before.search(/[，,；;。](?=[^，,；;。]*$)/), before.search(/ {2,}(?=\S*$)/));
  const line = before.slice(cut + 1);
  let best: PhiType = 'OTHER_ID';
  let bestAt = -1;
  for (const [type, re] of KEYWORDS) {
    re.lastIndex = 0;
    for (const m of line.matchAll(re)) {
      if ((m.index ?? 0) > bestAt) {
        bestAt = m.index ?? 0;
        best = type;
      }
    }
  }
  return best;
}

/** Codes with letters, digits and hyphens ("A218-447-901", "BK-2023-018841", "KAK-17C04418", "PV-0093-7741"). */
const CODE =
  /(?<![A-Za-z\p{N}_@./:-])(?:[A-Z][A-Z0-9]*\d[A-Z0-9]*|[A-Z]{1,8}|\d+)(?:-[A-Z0-9]+)+(?![A-Za-z\p{N}_@]|[-.][A-Za-z0-9])|(?<![A-Za-z\p{N}_@./:#-])[A-Z]{1,6}\d{5,}[A-Z0-9]*(?![A-Za-z\p{N}_@])/gu;
/** Letters that open codes which are clinical or standards, not identifiers. */
const CLINICAL_CODE =
  /^(?:ICD|CPT|ISO|GB|WS|YY|NCT|PMID|DOI|ATC|LOINC|RFC|HL7|COVID|SARS|CYP|HLA|HPV|BRCA|EGFR|IL|CD|CA|Ki|PD|HER|NYHA|GOLD|TNM|CKD|G\d|T\d|N\d|M\d|BI-RADS|TI-RADS|PI-RADS|LI-RADS|APACHE|SOFA|GCS|ASA|ECOG|HbA1c|NT|MMR|DTaP|Tdap|HIV|HBV|HCV|EBV|CMV|RSV|H\d+N\d+|PM\d|SpO|FiO|PaO|PEEP|BiPAP|CPAP|VA|VV|ECMO|CRRT|IgG|IgM|IgA|IgE|AB|BP|HR|RR|WBC|RBC|PLT|ALT|AST|LDL|HDL|TSH|PSA|CEA|AFP|HCG|BNP|INR|PT|APTT|eGFR|Cr|BUN|DVT|PE|MI|CHF|COPD|OSA|GERD|UTI|URI|CT|MRI|PET|ECG|EKG|EEG|EMG|US|X)$/i;

export function codes(text: string, out: PhiSpan[]): void {
  CODE.lastIndex = 0;
  for (const m of text.matchAll(CODE)) {
    const v = m[0];
    const runs = v.match(/\d+/g) ?? [];
    const longest = Math.max(0, ...runs.map((r) => r.length));
    const digits = runs.join('').length;
    const cuedNo = /(?:#|No\.?|[Nn]umber|编号|号)\s*[:：]?\s*$/.test(text.slice(Math.max(0, (m.index ?? 0) - 10), m.index ?? 0));
    if (!/[A-Z]/.test(v) && !/^\d+(?:-\d+){2,}$/.test(v) && !cuedNo) continue;
    // Three or more groups with four digits in all ('KX7-22QF-9MM1') read as a code even with short digit runs.
    if ((longest < 3 && !(v.split('-').length >= 3 && digits >= 4 && /[A-Z]/.test(v))) || digits < 3 || v.length < 7) continue;
    if (/^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}-\d{1,2}-\d{2,4}$/.test(v)) continue;
    if (/^\d+(?:-\d+)*[A-Za-z]{1,4}$/.test(v)) continue; // a range with its unit: 0-100IU // dates are read by the date detector
    if (CLINICAL_CODE.test(v.split(/[-\d]/)[0]) && v.split('-').length <= 2 && longest <= 4) continue;
    if (
      !/[A-Z]/.test(v) &&
      typeFromContext(text, m.index ?? 0) === 'OTHER_ID' &&
      !/(?:#|No\.?|number|编号|号)\s*[:：]?\s*$/i.test(text.slice(Math.max(0, (m.index ?? 0) - 10), m.index ?? 0))
    )
      continue;
    const at = m.index ?? 0;
    out.push(span(typeFromContext(text, at), text, at, at + v.length));
  }
}

/** Identifier shapes that need no label: HKID "Y482105(3)", Malaysian IC "910214-10-5527", US alien number
 * "A 219 448 731", US court case numbers "2:23-cv-01847-RJS", a phone extension "020-38765400 转 2". */
const ID_SHAPES: [PhiType, RegExp][] = [
  ['ID_CARD', /\b[A-Z]{1,2}\d{6}\([0-9A]\)/g],
  ['ID_CARD', /(?<![\d-])\d{6}-\d{2}-\d{4}(?![\d-])/g],
  ['OTHER_ID', /\bA[ -]?\d{3}[ -]\d{3}[ -]\d{3}\b/g],
  ['OTHER_ID', /\b\d:\d{2}-[a-z]{2,3}-\d{3,6}(?:-[A-Z]{2,4})*\b/g],
  ['PHONE', /(?<!\d)(?:0\d{2,3}-?\d{7,8}|1[3-9]\d{9})\s?(?:转|ext\.?|x)\s?\d{1,5}(?!\d)/g],
  ['PHONE', /(?<![\d+])07\d{3}[ ]?\d{6}(?!\d)/g],
  ['PHONE', /(?<![\d+])04\d{2}[ ]\d{3}[ ]\d{3}(?!\d)/g],
  [
    'PHONE',
    /(?<![\d.,:/-])[2-9]\d{3}[ ]\d{4}(?!\d)(?<=(?:电话|手机|電話|手機|联系|聯絡|HP|Tel\.?|[Pp]hone|[Mm]obile|number is|[Cc]all|WhatsApp|\)|,)[:：]?[ ]?\d{4}[ ]\d{4})/g,
  ],
  // An 8-digit local number written 4 + 4 after a name or a phone word ("LEUNG Mei Ling 9187 3350"), not "batch 3344 5566".
  [
    'PHONE',
    /(?<![\d.,:/-])[2-9]\d{3}[ ]\d{4}(?<=(?:\p{Lu}\p{Ll}+|[Tt]el\.?|[Pp]hone|[Mm]obile|[Cc]ell|[Cc]all|WhatsApp|[Rr]each(?:ed)? (?:on|at))[ ]\d{4}[ ]\d{4})(?=[.,;\s]|$)/gu,
  ],
];
export function idShapes(text: string, out: PhiSpan[]): void {
  for (const [type, re] of ID_SHAPES) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) out.push({ ...span(type, text, m.index ?? 0, (m.index ?? 0) + m[0].length), rank: 25 } as PhiSpan);
  }
}

/** Dates the date detector leaves: a weekday before a date ("Friday, May 10", "Monday 3/11/2024"), day ordinals
 * ("the 14th", "Thursday 18th"), month/day after a preposition or procedure ("on 4/29", "s/p TAVR 12/19"), and
 * space-separated form dates ("09 22 1974"). */
const WEEKDAY = '(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?';
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const DATES_EN = [
  new RegExp(
    `\\b${WEEKDAY},?[ ](?:the[ ])?(?:${MONTH}[ ]\\d{1,2}(?:st|nd|rd|th)?(?:,?[ ]\\d{4})?|\\d{1,2}(?:st|nd|rd|th)\\b|\\d{1,2}\\/\\d{1,2}(?:\\/\\d{2,4})?)`,
    'g',
  ),
  /(?:the[ ])?\d{1,2}(?:st|nd|rd|th)\b(?<=\b(?:on|by|until|till|before|after|from|since|to)[ ](?:the[ ])?\d{1,2}(?:st|nd|rd|th))(?![ ](?:percentile|century|grade|floor|day|week|month|year|time|dose|cycle|visit|birthday|of))/g,
  /(?<![\d/])(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])(?![\d/])(?<=\b(?:on|since|s\/p|from|until|till|by|last|dated?|before|after|[A-Z]{3,6})[ ]\d{1,2}\/\d{1,2})/g,
  /\b(?:0[1-9]|1[0-2])[ ](?:0[1-9]|[12]\d|3[01])[ ](?:19|20)\d{2}\b/g,
];
export function moreDates(text: string, out: PhiSpan[]): void {
  if (!/\d/.test(text)) return;
  for (const re of DATES_EN) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const v = m[1] ?? m[0];
      const at = (m.index ?? 0) + m[0].lastIndexOf(v);
      out.push(span('DATE', text, at, at + v.length));
    }
  }
}

/** Long numbers in an identifier context: "UnitedHealthcare 908172635", "Rx# 6612093", "通行证08347621", "611 48 2290". */
const LONG_NUMBER = /(?<![A-Za-z\p{N}.,:/-])(\d{3}[ -]\d{2}[ -]\d{4}|\d{3}[ -]\d{3}[ -]\d{3}(?![ -]?\d)|\d{6,})(?![\p{N}.,:/]\d|[A-Za-z])/gu;
const NUMBER_CUE = /(?:#|No\.?|[Nn]umber|[Nn]o|ID|编号|号码?|号)\s*[:：]?\s*$/;

const BRACKET_CODE = /[（(]([A-Z0-9]{6,14})[）)]/g;

export function longNumbers(text: string, out: PhiSpan[]): void {
  BRACKET_CODE.lastIndex = 0;
  for (const m of text.matchAll(BRACKET_CODE)) {
    if (!/\d/.test(m[1]) || !/[A-Z]/.test(m[1])) continue;
    const at = (m.index ?? 0) + 1;
    const type = typeFromContext(text, at);
    if (type === 'OTHER_ID' && (m[1].match(/\d/g) ?? []).length < 4) continue;
    out.push(span(type, text, at, at + m[1].length));
  }
  LONG_NUMBER.lastIndex = 0;
  for (const m of text.matchAll(LONG_NUMBER)) {
    const at = m.index ?? 0;
    const type = typeFromContext(text, at);
    const cued = NUMBER_CUE.test(text.slice(Math.max(0, at - 8), at));
    if (type === 'OTHER_ID' && !cued) continue;
    if (/^\d{3} \d{2} \d{4}$/.test(m[1]) && type !== 'SSN') continue;
    // A letter prefix written apart belongs to the number ("member ID XKD 448201937"), unless it is the label.
    const prefix = /(?<![A-Za-z])([A-Z]{2,4})[ ]$/.exec(text.slice(Math.max(0, at - 6), at));
    const from =
      prefix && !/^(?:ID|NO|SSN|SIN|MRN|DEA|NPI|DL|CDL|PIN|TEL|FAX|DOB|VIN|IMEI|UDI|MBI|DBN|GMC|NMC|ACCT)$/.test(prefix[1]) ? at - prefix[0].length : at;
    out.push(span(type === 'OTHER_ID' && /^\d{3}[ -]\d{2}[ -]\d{4}$/.test(m[1]) ? 'SSN' : type, text, from, at + m[1].length));
  }
}

/** Chinese document numbers: "甬公交鉴委〔2024〕第086号", "（2024）医调字第0217号", "黔职诊〔2024〕第0412号". */
const DOC_YEAR = /[〔[（(【]\s*(?:19|20)\d{2}\s*[〕\]）)】]/g;
const DOC_REST = /^\s*[\u4e00-\u9fa5A-Za-z0-9]{0,12}?第?\s*\d{1,6}\s*号/;

/** Handles: "@雨落无声_Tsy", "@maddiek.2008"; user names after a platform or account word; snake_case ids. */
const AT_HANDLE = /(?<![A-Za-z0-9_.@])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.]*[\p{L}\p{N}_])?/gu;
const USER_CUE =
  /(?:\b(?:user(?:name)?|account|profile|channel|Snapchat|Discord|Instagram|IG|TikTok|Twitter|Telegram|WhatsApp|WeChat|Reddit|Threads)|账号|帐号|昵称|用户名|抖音号?|小红书号?|微博|快手号?|微信号?|QQ号?)\s*(?:user|id|name|is|as)?\s*[:：]?\s*$/i;
const SNAKE = /(?<![A-Za-z\p{N}_.@-])([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+)(?![A-Za-z\p{N}_@]|[.][A-Za-z0-9])/gu;
const USER_CUE_AT =
  /(?:\b(?:[Ss]nap(?:chat)?(?: me)?(?: at)?|[Dd][Mm] me(?: at)?|[Aa]dd me(?: at| on)?|[Uu]ser(?:name)?|[Aa]ccount|[Pp]rofile|[Cc]hannel|[Hh]andle|Snapchat|Discord|Instagram|IG|TikTok|Twitter|Telegram|WhatsApp|WeChat|Reddit|Threads)\b|账号|帐号|昵称|用户名|抖音号?|小红书号?|微博|快手号?|微信号?|QQ号?)\s*(?:user|id|ID|name|is|as)?\s*[:：]?\s*(?=[A-Za-z0-9])/g;
const USER_VALUE = /^[A-Za-z0-9][A-Za-z0-9_.]{2,30}[A-Za-z0-9_](?:#\d{4})?/;
const NICKNAME_LABEL = /(?:用户昵称|昵称|网名|微信名|群昵称)[:：]\s*([^\s，,。；;（(\n]{2,16})/g;

export function handles(text: string, out: PhiSpan[]): void {
  AT_HANDLE.lastIndex = 0;
  for (const m of text.matchAll(AT_HANDLE)) {
    const at = m.index ?? 0;
    if (/[A-Za-z0-9]$/.test(text.slice(Math.max(0, at - 1), at))) continue; // an e-mail address
    if (m[0].length < 3) continue;
    out.push(span('SOCIAL', text, at, at + m[0].length));
  }
  SNAKE.lastIndex = 0;
  for (const m of text.matchAll(SNAKE)) {
    const at = m.index ?? 0;
    if (!/\d/.test(m[1]) || !/[a-z]/.test(m[1]) || /^[cpgnmr]\.\d/.test(m[1])) continue;
    out.push(span(USER_CUE.test(text.slice(Math.max(0, at - 24), at)) ? 'SOCIAL' : 'OTHER_ID', text, at, at + m[1].length));
  }
  USER_CUE_AT.lastIndex = 0;
  for (const m of text.matchAll(USER_CUE_AT)) {
    const at = (m.index ?? 0) + m[0].length;
    const v = USER_VALUE.exec(text.slice(at, at + 34))?.[0].replace(/\.$/, '');
    if (!v || /[A-Za-z0-9]/.test(text[at + v.length] ?? '')) continue;
    // A handle has a digit, an underscore or an inner dot ("jmarsh04", "jayy.x.07"); plain words are prose.
    if (!/[\d_]|\w\.\w/.test(v) || /^\d+$/.test(v) || /\.(?:com|org|net|cn|edu|gov|io|pdf|docx?|jpg|png)$/i.test(v)) continue;
    out.push(span('SOCIAL', text, at, at + v.length));
  }
  NICKNAME_LABEL.lastIndex = 0;
  for (const m of text.matchAll(NICKNAME_LABEL)) {
    const at = (m.index ?? 0) + m[0].length - m[1].length;
    out.push(span('SOCIAL', text, at, at + m[1].length));
  }
}

/** English ages over 89 by position: "Dorothy Klein, 91,", "is 94 and", "age 90", "a 93-year-old". */
const AGE_AFTER_NAME =
  /,\s*(9\d|1[0-3]\d)(?<=\p{Lu}\p{Ll}+\)?,\s*\d+)(?=\s*(?:,|\.|;|\)|$|\s+(?:y|yo|years?|M|F|male|female|man|woman|with|who|and|was|is)\b))/gmu;
const AGE_IS =
  /\b(?:(?:[Hh]e|[Ss]he|[Ww]ho|[A-Z][a-z]+),? (?:is|was|turned|turns)|[Aa]ged?|[Aa]ge of|at age)\s+(9\d|1[0-3]\d)(?=\s*(?:and|,|\.|;|$|years?|yrs?|y\/?o|now|today))/g;

export function ages(text: string, out: PhiSpan[]): void {
  if (!/(?<!\d)(?:9\d|1[0-3]\d)(?!\d)/.test(text)) return;
  for (const re of [AGE_AFTER_NAME, AGE_IS]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const at = (m.index ?? 0) + m[0].length - m[1].length;
      out.push(span('AGE', text, at, at + m[1].length));
    }
  }
}

/** Licence numbers with a state or class prefix: "CDL TX 30118847", "license DN 31190", "NREMT P-1094421". */
const LICENSE_EN =
  /\b(?:CDL|DL|[Ll]icen[cs]e|[Ll]ic\.|DEA|NPI|NREMT|GMC|NMC|[Pp]ermit|[Cc]ertificate|[Rr]eg(?:istration)?\.? (?:no|number|#))\s*(?:#|[Nn]o\.?|[Nn]umber)?\s*[:：]?\s*((?:[A-Z]{1,3}[ -])?(?=[A-Z0-9-]*\d[A-Z0-9-]*\d[A-Z0-9-]*\d[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,15})\b/g;

/** English plates by context: "plate QZR 4471", "vehicle JRW 3308", "GHT 7721 (OH)". */
const PLATE_EN =
  /\b([A-Z0-9]{1,4}[ -]?\d{3,5}|\d{1,3}[A-Z]{2,3}\d{2,4}|[A-Z]{2,3}[ -]\d[A-Z0-9]{2,4})\b(?=\s*\([A-Z]{2}\))|(?<=\b(?:plate|tag|vehicle|truck|car|van|bus|cab|SUV|sedan|pickup|reg\.?|registration)s?\s*(?:#|no\.?|number)?\s*[:：]?\s*)([A-Z0-9]{1,4}[ -]?[A-Z0-9]{2,5})\b/gi;

export function plates(text: string, out: PhiSpan[]): void {
  if (
    !/CDL|DL|DEA|GMC|NMC|Lic\.|reg\.|registration|NPI|NREMT|[Ll]icen[cs]e|[Pp]ermit|[Cc]ertificate|plate|tag|vehicle|truck|car|van|bus|cab|SUV|sedan|pickup|\([A-Z]{2}\)/i.test(
      text,
    )
  )
    return;
  LICENSE_EN.lastIndex = 0;
  for (const m of text.matchAll(LICENSE_EN)) {
    const at = (m.index ?? 0) + m[0].lastIndexOf(m[1]);
    out.push({ ...span('LICENSE', text, at, at + m[1].length), rank: 31 } as PhiSpan);
  }
  PLATE_EN.lastIndex = 0;
  for (const m of text.matchAll(PLATE_EN)) {
    const v = m[1] ?? m[2];
    if (!v || !/\d/.test(v) || !/[A-Z]/.test(v) || /[a-z]/.test(v) || v.replace(/[ -]/g, '').length < 5) continue;
    const at = (m.index ?? 0) + m[0].lastIndexOf(v);
    out.push(span('PLATE', text, at, at + v.length));
  }
}

/** Chat transcripts: speaker labels at line starts. When three or more lines open with a speaker and two or more
 * speakers take turns, every speaker that is not a role or a form label is a name ("佩珊：", "志豪：", "Lucía:",
 * "Tío Javi:", "Ken哥："), whatever its script and whether it has a surname. */
const SPEAKER =
  /(?:^|\n)[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?((?:\p{Lu}[\p{L}'’]*|[\u4e00-\u9fa5]{1,4})(?:[ ](?:\p{L}[\p{L}'’]*)){0,2}[\u4e00-\u9fa5]?)[ \t]*[:：](?![/\d])/gu;
const NOT_SPEAKER =
  /^(?:患者|病人|医生|医师|大夫|护士|家属|用户|客服|问|答|主诉|诊断|建议|病史|现病史|既往史|查体|处理|医嘱|治疗|结果|备注|时间|日期|地址|电话|姓名|科室|我|你|他|她|Patient|Pt|Doctor|Doc|Dr|Nurse|Me|You|Q|A|Note|Notes|Plan|Assessment|Subject|Re|From|To|Cc|Date|Time|Name|Address|Phone|Email|Diagnosis|Impression|History|Reason|Result|Results|Findings|Comment|Comments|Summary|Answer|Question|User|Assistant|Bot|System|Agent|Caller|Host|Admin|Moderator|Mom|Dad|Mum|Update|Edit|PS|Ps|Tip|Warning|Important|Step|Status|Location|Medication|Medications|Allergies|Vitals|Labs|Plan)$/;

function chatSpeakers(text: string, lexicon: NameLexicon | undefined, out: PhiSpan[]): void {
  const lines: { at: number; name: string }[] = [];
  SPEAKER.lastIndex = 0;
  for (const m of text.matchAll(SPEAKER)) {
    const name = m[1];
    if (NOT_SPEAKER.test(name) || NOT_PERSON_LABEL_EN.test(name) || LABEL_END.test(name) || PERSON_LABEL_ZH.test(name)) continue;
    if (/[\u4e00-\u9fa5]/.test(name) && lexicon?.has(name)) continue;
    // A Han speaker must look like what people call each other: a full name, a given name, 阿斌/小邓/老赵, Ken哥.
    if (/^[\u4e00-\u9fa5]+$/.test(name)) {
      const sn = slotSurname(name, 0);
      const person =
        (name.length <= 3 && sn > 0 && name.length > sn && plausibleGiven(name.slice(sn), true)) ||
        (name.length === 2 && plausibleGiven(name)) ||
        (name.length <= 3 && /^[阿小老]/.test(name)) ||
        /^[\u4e00-\u9fa5]{1,2}[哥姐叔姨婶舅]$/.test(name);
      if (!person) continue;
    }
    if (!/[\u4e00-\u9fa5]/.test(name) && !name.split(' ').some((w) => nameWord(w, lexicon))) continue;
    if (/^[\p{Lu}\s]+$/u.test(name)) continue; // PATIENT:, ATTENDING: — upper-case form labels
    lines.push({ at: (m.index ?? 0) + m[0].indexOf(name), name });
  }
  // A chat: three or more turns, two or more speakers, and someone speaks twice (a form has each label once).
  const turns = new Map<string, number>();
  for (const l of lines) turns.set(l.name, (turns.get(l.name) ?? 0) + 1);
  if (lines.length < 3 || turns.size < 2 || ![...turns.values()].some((n) => n >= 2)) return;
  for (const l of lines) out.push(span('NAME', text, l.at, l.at + l.name.length));
}

export function detectStructure(text: string, lexicon?: NameLexicon): PhiSpan[] {
  const out: PhiSpan[] = [];
  if (!text) return out;
  if (/\n/.test(text) && /[:：]/.test(text)) chatSpeakers(text, lexicon, out);
  if (HAN.test(text)) {
    zhFields(text, lexicon, out);
    zhRoles(text, lexicon, out);
    zhDemographics(text, lexicon, out);
    zhExtras(text, lexicon, out);
    zhSignatures(text, lexicon, out);
    zhDotNames(text, lexicon, out);
    DOC_YEAR.lastIndex = 0;
    for (const y of text.matchAll(DOC_YEAR)) {
      const rest = DOC_REST.exec(text.slice((y.index ?? 0) + y[0].length, (y.index ?? 0) + y[0].length + 16));
      if (!rest) continue;
      const from = hanRunBefore(text, y.index ?? 0, 8, null);
      const head = text.slice(from, y.index ?? 0);
      const lead = /^[\u4e00-\u9fa5]*?(?:案号|编号|文号|号)[:：]?/.exec(head)?.[0].length ?? 0;
      out.push(span('OTHER_ID', text, from + lead, (y.index ?? 0) + y[0].length + rest[0].length));
    }
  }
  // English name rules need a capitalised word ("Lisa", "Park"); a Chinese text with "HBV DNA" skips them. Upper-case
  // "LAST, FIRST" lines and initials are read by enMore, which needs a capital and a comma or a full stop.
  const capitalised = /\p{Lu}\p{Ll}/u.test(text);
  if (capitalised) {
    enFields(text, lexicon, out);
    enRoles(text, lexicon, out);
    enPositions(text, lexicon, out);
  }
  if (capitalised || /[A-Z]{2,}[ ,.]+[A-Z]/.test(text)) enMore(text, lexicon, out);
  if (/\d/.test(text)) {
    codes(text, out);
    idShapes(text, out);
    longNumbers(text, out);
    if (/[A-Za-z]/.test(text)) moreDates(text, out);
    ages(text, out);
    plates(text, out);
  }
  handles(text, out);
  return out;
}
