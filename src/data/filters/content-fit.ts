// Does an answer belong in a medical training mix at all? Two checks that read the answer's shape, not its topic list:
//   - spam: a way to reach a seller (a link, a hotline, a messaging id, "click here") together with selling words
//     (discount, limited offer, order now, cure guaranteed, 限时, 下单, 根治不复发), or selling words piled up;
//   - off-topic: the answer carries no medical vocabulary at all once greetings and sign-offs are set aside — a recipe,
//     bicycle repair, stock tips or history trivia answering a health question (or a non-medical exchange altogether).
// Pure; the vocabulary is deliberately generic (body, symptom, care and medicine words in both languages) so that
// any clinical answer, however terse, has several hits, while everyday prose on another subject has none.
import { alt } from '../../safety/screening/text.js';

export type ContentFitProblem = 'spam' | 'off_topic';

/** Medical terms the user's terminology names (entity-dict-zh diseases, symptoms, drugs, examinations): a set of words. */
export interface MedicalVocabulary {
  has(term: string): boolean;
  /** Longest term length (substrings longer than this are not looked up). */
  readonly maxLength: number;
}

/**
 * A vocabulary from term lists: Han-script terms of 2–12 characters (a one-character term, or a Latin abbreviation
 * such as "iv" found inside "give", is too ambiguous to count).
 */
export function createMedicalVocabulary(terms: Iterable<string>): MedicalVocabulary {
  const set = new Set<string>();
  let maxLength = 0;
  for (const t of terms) {
    const term = t.trim().normalize('NFKC').toLowerCase();
    if (term.length < 2 || term.length > 12 || !/^\p{Script=Han}/u.test(term)) continue;
    set.add(term);
    maxLength = Math.max(maxLength, term.length);
  }
  return { has: (t) => set.has(t), maxLength };
}

/** Does the text name any term of the vocabulary (every substring up to the longest term)? */
function namesTerm(text: string, vocab: MedicalVocabulary): boolean {
  const t = text.toLowerCase();
  for (let i = 0; i < t.length; i++) for (let n = 2; n <= vocab.maxLength && i + n <= t.length; n++) if (vocab.has(t.slice(i, i + n))) return true;
  return false;
}

/** Words that make a question a health question in a medical corpus even when no condition is named. */
const CARE_SUBJECT =
  /宝宝|婴儿|婴幼儿|新生儿|孩子|小孩|儿童|幼儿|孕|产后|坐月子|哺乳|老人|\b(?:baby|babies|infant|toddler|child|children|pregnan\w*|newborn)\b/iu;

const CONTACT = alt(
  [
    '\\bhttps?://',
    '\\bwww\\.',
    '\\b[a-z0-9][a-z0-9-]{2,}\\.(?:com|net|org|cn|cc|vip|shop|top|store|biz|info|example)(?:\\.[a-z]{2})?\\b',
    '\\b(?:1-?800|1-?888|400)[-\\s]?[0-9x]{3}',
    '(?<!\\d)1[3-9]\\d{9}(?!\\d)',
    '\\b0\\d{2,3}-[0-9x]{3,4}-?[0-9x]{3,4}\\b',
    '\\+\\d{1,3}[\\s-]?\\d{3}',
    '\\b(?:call|text|whatsapp|telegram|wechat|dm|message) (?:us |me )?(?:now|today|at|on)\\b',
    '\\b(?:whatsapp|telegram|wechat)\\b',
    '\\bclick (?:here|the link|below)\\b',
    '\\bvisit our\\b',
    '(?:热线|电话|手机|联系方式|客服)\\s*[:：]?\\s*[0-9x]{3}',
    '(?:详询|咨询|预约)?(?:热线|电话)',
    '(?:加|添加|联系)?(?:微信|客服微信|vx|wx|qq|v信)\\s*[:：]?\\s*[a-z0-9_]{4,}',
    '(?:加|添加)(?:客服)?(?:微信|qq|v信)',
    '点击(?:链接|下方|这里)',
    '扫码',
    '私信',
  ],
  'iu',
);
const SELLING = alt(
  [
    '\\b(?:discount\\w*|(?:best|hot|great|special|exclusive) deals|cheap\\w*|bargain|sale|promo(?:tion)?|coupon|code [a-z0-9]{3,}|\\d+% off|free (?:trial|consultation|sample|shipping|gift)|order (?:now|today|online)|buy (?:now|today|one)|limited (?:time|offer|stock)|money[- ]back|guaranteed|no prescription (?:needed|required)|overnight shipping|shipping worldwide|best (?:deals|prices)|one (?:weird )?trick|hate this|miracle|act now)\\b',
    '限时',
    '特惠',
    '特价',
    '秒杀',
    '优惠',
    '立减',
    '打[一二三四五六七八九]?折',
    '[一二三四五六七八九]折',
    '下单',
    '抢购',
    '包邮',
    '免费(?:领取|送|试用|咨询|体验)',
    '赠送',
    '买[一二三]送[一二三]',
    '名额有限',
    '无效(?:全额)?退款',
    '全额退款',
    '根治(?:不|永不)复发',
    '永不复发',
    '祖传',
    '秘方',
    '已(?:治愈|帮助)[^，。]{0,6}(?:万|千)',
    '速来',
    '领取',
    '挂号优惠',
  ],
  'giu',
);

/** Generic medical vocabulary: an answer about health, however short, uses several of these. Stems are bounded where an
 *  everyday word shares them (session 17: 'Treaty' read as treat-, 'paint' as pain, 'April' as an ACE inhibitor's -pril). */
const MEDICAL = alt(
  [
    '\\b(?:pain(?:s|ful\\w*|less|killers?)?|ache\\w*|sore\\w*|symptom\\w*|doctor\\w*|physician|clinic\\w*|hospital\\w*|nurse|medic\\w*|drugs?|dos(?:e|es|ing|age)|tablets?|pills?|capsules?|cream|ointment|inject\\w*|infect\\w*|inflamm\\w*|diseases?|disorders?|syndrome|diagnos\\w*|treat(?:s|ed|ing|ments?|able)?|therap\\w*|surg\\w*|blood|fever\\w*|cough\\w*|heart|lungs?|liver|kidneys?|skin|rash\\w*|itch\\w*|swell\\w*|nerve\\w*|muscle\\w*|joints?|bones?|brain|stomach|bowel|urin\\w*|pregnan\\w*|vitamin\\w*|hormon\\w*|thyroid|diabet\\w*|cancer|tumou?r|allerg\\w*|asthma|virus\\w*|viral|bacteri\\w*|antibiotic\\w*|vaccin\\w*|sleep\\w*|insomnia|melatonin|anxiety|depress\\w*|wounds?|injur\\w*|fractur\\w*|sprain\\w*|x-?ray|mri|ultrasound|tests?|eczema|acne|hair|weight|diet\\w*|nutrition|calorie\\w*|exercise|health\\w*|patients?|chronic|acute|numb\\w*|tingl\\w*|dizz\\w*|nause\\w*|vomit\\w*|diarrh\\w*|constipat\\w*|bleed\\w*|breath\\w*|chest|abdom\\w*|cholesterol|sugar|glucose|wrist|tendon|finger\\w*|eyes?|ears?|throat|teeth|tooth|dental|suffer\\w*|phobi\\w*|anxious|anemi\\w*|anaemi\\w*|iron|supplement\\w*|tired\\w*|fatigue\\w*|\\w{3,}pril|\\w+(?:sartan|statin|cillin|mycin|cycline|azole|oxacin|olol|dipine|prazole|tidine|azepam|azolam|azepine|barbital|profen|etam|amate|mab|nib|vir))\\b',
    '[眼视脸痰胃肠肝肾肺脑骨腰腹牙鼻耳喉腿胸颈尿汗寒虚脉舌唑啉霉]',
    '神经',
    '[血克]',
    '按摩',
    '心情',
    '情绪',
    '摩擦',
    '观察',
    '月经',
    '经期',
    '面部',
    '性(?:欲|生活|交)',
    '同房',
    '处方',
    '锻炼',
    '沙星',
    '必利',
    '地平',
    '洛尔',
    '普利',
    '沙坦',
    '他汀',
    '西林',
    '头孢',
    '胶囊',
    '颗粒',
    '口服液',
    '注射液',
    '[病症药医疗痛炎疹癌瘤肿疮咳喘孕胎诊治患疾伤疼痒酸麻晕吐泻脓菌毒]',
    '(?:发|高|低)烧|烧伤|烫伤',
    '检查',
    '手术',
    '感染',
    '血压',
    '血糖',
    '血脂',
    '尿酸',
    '皮肤',
    '失眠',
    '睡眠',
    '营养',
    '饮食',
    '运动',
    '身体',
    '休息',
    '复查',
    '体检',
    '指标',
    '维生素',
    '激素',
    '过敏',
    '湿疹',
    '心慌',
    '头晕',
    '咽喉',
    '脱发',
    '头发',
  ],
  'giu',
);
/** Greetings, thanks and sign-offs that carry no topic ("Hi, thanks for your query", "你好", "祝健康"). */
const BOILERPLATE =
  /\b(?:hi|hello|dear|thanks?(?: you)?(?: for (?:your |the )?(?:query|question|writing(?: in)?|asking|using \w+))?|regards|best regards|take care|wish you (?:good|all the best)[\w ]*|hope (?:this|i) \w+[\w ]*)\b|你好|您好|谢谢|感谢(?:您的)?(?:提问|咨询)?|祝(?:你|您)?(?:早日康复|健康|身体健康|生活愉快)|以上(?:仅供参考|回答)/giu;

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  return text.match(re)?.length ?? 0;
}

/** Function words and pleasantries that two unrelated texts share. */
const STOP_EN = new Set(
  'that this with have from your what will would could should about there their they them then than when which while were been being into also some such just like more most much very only over other after before because does doing done make made take need help know think feel want good well time each even here many same these those where whom again ever every still both thank thanks query question regards hello dear please'.split(
    ' ',
  ),
);
const STOP_ZH =
  /^(?:你好|您好|可以|需要|一个|这个|那个|没有|如果|什么|怎么|我们|你们|就是|时候|现在|最近|但是|因为|所以|还是|已经|一下|一些|这种|情况|问题|谢谢|感谢|建议|是否|不是|出现|一般|主要|比较|的话|为什|么办|怎样)$/u;

/** Content keys of a text: Han character pairs and English word stems (first five letters) of longer words. */
function contentKeys(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.match(/\p{Script=Han}+/gu) ?? [])
    for (let i = 0; i + 1 < run.length; i++) if (!STOP_ZH.test(run.slice(i, i + 2))) out.add(run.slice(i, i + 2));
  for (const w of text.toLowerCase().match(/[a-z]{4,}/g) ?? []) if (!STOP_EN.has(w)) out.add(w.slice(0, 5));
  return out;
}

/**
 * What is wrong with an answer's fit for a medical mix, or undefined. `question`: the user turn it answers; an
 * answer is off-topic only when it has no medical vocabulary and shares no content word with the question (a terse
 * drug list or a courtesy turn still echoes what was asked).
 */
export function contentFitProblem(answer: string, question?: string, vocab?: MedicalVocabulary): ContentFitProblem | undefined {
  const text = answer.normalize('NFKC');
  const selling = count(SELLING, text);
  if ((selling >= 1 && CONTACT.test(text)) || selling >= 3) return 'spam';
  const body = text.replace(BOILERPLATE, ' ');
  const han = (body.match(/\p{Script=Han}/gu) ?? []).length;
  const words = (body.match(/[a-z]{2,}/giu) ?? []).length;
  // Too short to judge: a one-line answer may well be "yes, see a doctor" in words the vocabulary lacks.
  if (han < 30 && words < 15) return undefined;
  const medical = (t: string) => count(MEDICAL, t) > 0 || (vocab !== undefined && namesTerm(t, vocab));
  if (medical(body)) return undefined;
  // A clarifying question ("how long has this lasted?") or a list of drug names with brands ("Topiramate (Topamax)").
  if (/[?？]/u.test(body) || /\b[A-Z][a-z]{4,} \([A-Z][A-Za-z]+\)/u.test(body)) return undefined;
  // A medical question's words echoed in the answer keep it; a non-medical exchange (phone batteries, car brakes) is
  // off-topic for a medical mix whatever it shares.
  if (question !== undefined && (medical(question.normalize('NFKC')) || CARE_SUBJECT.test(question))) {
    const asked = contentKeys(question.normalize('NFKC'));
    for (const k of contentKeys(body)) if (asked.has(k)) return undefined;
  }
  return 'off_topic';
}
