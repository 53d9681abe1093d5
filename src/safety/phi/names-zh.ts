// Chinese person names. A name needs one of: a naming label (姓名/我叫/就诊人/签名/医师：…; any given name), a
// weak cue (患者/家属/我爸/我老公…) or a name position (signature line, "——王伟", "张伟，男，45岁") with a given
// name from the given-name model, an honorific (老张, 小李) or a title after it (王阿姨, 李医生, 张主任).
// Words that begin with a surname character are never names when they are in the stop list or the caller's
// lexicon (the medical terminology): "患者高蛋白", "周身乏力", "许多".
import type { PhiSpan } from '../types.js';
import { GIVEN_CHARS, plausibleGiven } from './given-names.js';
import { span } from './span.js';
import { COMPOUND_SURNAMES, NOT_NAMES, SINGLE_SURNAMES } from './surnames.js';
import { chineseCharTag, chineseWordEntry, chineseWords } from '../../knowledge/chinese-words.js';
import { toSimplified } from '../../core/han-variants.js';

/** Words (medical terms, common words) that are never names; supplied by callers who load a terminology. */
export interface NameLexicon {
  has(word: string): boolean;
}

const SINGLE = new Set(SINGLE_SURNAMES);
const COMPOUND = new Set(COMPOUND_SURNAMES);
const HAN = /[\u4e00-\u9fa5]/;
const isHan = (c: string | undefined): boolean => c !== undefined && HAN.test(c);

// Characters that cannot be part of a given name after a strong label: function words and clinical verbs.
export const STOP = new Set(
  '因于在的是说男女来到和与及今昨出入主自诉近反突年岁患有无被从已曾经为等也都就还又要将把对向给让跟同并或但而了着过吗呢吧啊呀去前后上下中内外每请谢医先护老师教院科室床号病检查术诊治疗药物症电手住邮身联址我你他她您性别龄岁，'.split(
    '',
  ),
);
/** What may follow a name found after a weak cue: punctuation, the end, or a word records put after names. */
export const HARD_FOLLOW = new Set(
  '因于在是说男女今现自诉主入年岁的也和与及等已曾被从来到电手住身联邮性微地床去得患有出告问讲还就都又却最经常总平这那前昨刚突每一老头看查给让开建帮叫）)'.split(
    '',
  ),
);
/** What may precede a name in a name position or before a title. */
const LEFT_EDGE = new Set('找问是请和跟给的让对向叫被由同带与及谢告诉帮约挂见看、：:，,。；;！!？?（(“"「【】@　 \n\t'.split(''));

// Naming labels all end in one of 名字人主叫做为是: find those characters (a one-class scan), then check the label
// ending there on a short window and read the connective after it.
const NAMING_END = /[名字人主叫做为是]/g;
const NAMING_LABEL = new RegExp(
  '(?:(?:患者|病人|家属)姓名|就诊人(?:姓名)?|姓名|名(?:字|叫|为)|联系人|紧急联系人|监护人|法定代理人|代理人|委托人|申请人|户主|' +
    '我(?:叫|的名字(?:是|叫)|姓名)|叫做|本人姓名)$',
);
const NAMING_GAP = /^(?:[:：]\s*|\s*(?:是|为|叫)?\s*)/;
/** Labels that name a person only before a colon ("医生：王伟", "签名：李娜"), never in prose ("医生说"). */
const COLON_LABEL =
  /(?:医师|医生|护士|(?:送检|报告|审核|经治|主治|主管|管床|接诊|复核|检验|记录|书写|填表|操作|签发)(?:医师|医生|人|者)?|签名|签字|署名|落款|执行人|记录者|经办人|联系人)\s*$/;
const COLON = /[:：]\s*/g;
const WEAK_CUE = new RegExp(
  '(?:患者|病人|病员|病患|患儿|家属|陪护|本人|我是|护士长|护士|主任|医生|医师|大夫|教授|院长|老师|母亲|父亲|丈夫|妻子|老公|老婆|儿子|女儿|爱人|孩子|宝宝|同事|朋友|邻居|室友|同学|男朋友|女朋友|对象|' +
    '我(?:爸爸?|妈妈?|爷爷|奶奶|姥姥|姥爷|外公|外婆|哥哥?|姐姐?|弟弟?|妹妹?|叔叔?|舅舅?|姑姑?|姨妈?|阿姨|伯伯?|婶婶?|公公|婆婆|岳父|岳母|孙子|孙女|外孙女?|侄子|侄女|表哥|表姐|表弟|表妹|堂哥|堂姐))' +
    '(?:[:：（(]\\s*|\\s*叫\\s*|\\s*)',
  'g',
);
const TITLE =
  '(?:老先生|老太太|护士长|先生|女士|小姐|老师|医生|医师|大夫|主任|护士|教授|院长|阿姨|叔叔|阿婆|老伯|大爷|大妈|大娘|奶奶|爷爷|姥姥|姥爷|外婆|外公|同学|师傅|大姐|大哥|经理|老板|律师|警官|科长|处长|局长|校长|书记|博士|队长|总监|姐|哥|叔|姨|婶|伯)';
export const TITLE_AT = new RegExp(`^${TITLE}`);
// Anchored scans (find the rarer right-hand context, then look back for a surname): far cheaper than a regex that
// starts with a 400-character surname class at every position.
const TITLE_RE = new RegExp(TITLE, 'g');
const HONORIFIC = new RegExp(`[老小](${COMPOUND_SURNAMES.join('|')}|[${SINGLE_SURNAMES.join('')}])`, 'g');
/** "老毛病", "小于", "小米粥": 老/小 + a surname character that is an ordinary word. */
export const NOT_HONORIFIC = new Set(
  '老师 老年 老花 老是 老于 老伴 老公 老婆 老家 老板 老乡 老总 老汉 老太 老爷 老辈 老化 老房 老区 老方 老牛 老鼠 老虎 老白 老路 老城 老吃 老会 老时 小于 小米 小麦 小叶 小苏 小柴 小白 小黄 小田 小方 小康 小时 小童 小腿 小路 小车 小宝 小包 小块 小金 小龙 小马 小牛 小羊 小鱼 小林 小卫 小孔 小管 小区 小计 小巧 小心 小小 小贾 小谷 小秦'.split(
    ' ',
  ),
);
/** What may follow 老张/小李: "老张昨天来", "小李说"; not "小孙女", "小毛病", "小印记". */
const HONORIFIC_FOLLOW = new Set('说也和跟是让今昨前刚最近来去他她的家都还就在又一这那给找问请呢啊吧从得被把要会能已每早晚上下叫带陪'.split(''));
/** What may precede 老张/小李 besides punctuation: "隔壁老陈", "我们这的老张", "跟小李". */
const HONORIFIC_LEFT = new Set('壁的是跟和叫找问让给同位个说有那这邻下师员'.split(''));
const SIGNATURE = /(?:^|\n)[ \t]*(?:——|—|--|－－|-)[ \t]*([\u4e00-\u9fa5]{2,4})(?=[ \t]*(?:\n|$|[，,。]|\d))/g;
const LONE_LINE = /(?:^|\n)[ \t]*([\u4e00-\u9fa5]{2,4})[ \t]*(?=\n|$)/g;
/** "张伟，男，45岁" / "王芳（女）": a name position in records even without a label (2–3 characters before it). */
const SEX_AFTER = /[，,、\s（(]\s*[男女](?:性)?[，,、\s）)]|[，,\s]\s*\d{1,3}\s*岁|[（(]\s*(?:\+?86[-\s]?)?1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}\s*[）)]/g;
/** "王建国说…", "听李秀英讲": a full three-character name before a speech verb. */
const VERB_AFTER = /说|告诉|表示|认为|问我|讲|让我|叫我|今年\d/g;

const FAMILY_CUE = /(?:儿子|女儿|孩子|宝宝|患儿|老公|老婆|爱人|孙子|孙女|外孙女?|弟弟?|妹妹?|哥哥?|姐姐?)(?:[:：]\s*|\s*叫\s*|\s*)$/;
/** Doubled characters that are adverbs or slang, not nicknames ("刚刚", "常常", "爱爱"). */
const DOUBLED_WORDS = new Set('一二三四五六七八九刚常渐慢天偏好往仅稍爱明微悄连轻静匆纷频屡暗久早晚'.split(''));
/** 小/阿 + a given-name character, or a doubled one (乐乐), ending at a boundary. */
function nickname(text: string, at: number): number {
  const a = text[at];
  const b = text[at + 1];
  if (!isHan(a) || !isHan(b)) return 0;
  const ok = ((a === '小' || a === '阿') && GIVEN_CHARS.has(b)) || (a === b && GIVEN_CHARS.has(a) && !DOUBLED_WORDS.has(a));
  return ok && endsHard(text, at + 2) ? 2 : 0;
}

/** A numeral then a unit after the surname is a time or count ("患者于一年前", "于三天"), not a given name. */
const NUMERAL_UNIT = /^[一二三四五六七八九十两几半数多][一二三四五六七八九十两几半多]*个?[年月天日周岁次号小分]/;
const TIME_AFTER_YU = /^于[去上昨今近本当前后早晚午夜晨凌半数多]/;

export function surnameAt(text: string, at: number): number {
  if (COMPOUND.has(text.slice(at, at + 2))) return 2;
  return SINGLE.has(text[at]) ? 1 : 0;
}

/** Not a name: a stop-listed word, a lexicon word starting at the surname or covering the given name, a count. */
export function isWord(text: string, start: number, len: number, sn: number, lexicon?: NameLexicon): boolean {
  const cand = text.slice(start, start + len);
  if (NOT_NAMES.has(cand.slice(0, 2)) || NOT_NAMES.has(cand) || NOT_NAMES.has(text.slice(start, start + 2))) return true;
  if (/科$/.test(cand)) return true;
  if (NUMERAL_UNIT.test(text.slice(start + sn)) || TIME_AFTER_YU.test(text.slice(start, start + 2))) return true;
  if (!lexicon) return false;
  for (let k = 2; k <= 5; k++) if (lexicon.has(text.slice(start, start + k)) && k >= Math.min(len, 2)) return true;
  const given = text.slice(start + sn, start + len);
  // The given name must not start a lexicon word ("患者高|蛋白"); a bare surname has none (its title follows).
  if (given) for (let k = Math.max(2, given.length); k <= given.length + 3; k++) if (lexicon.has(text.slice(start + sn, start + sn + k))) return true;
  return false;
}

const endsHard = (text: string, end: number): boolean => !isHan(text[end]) || HARD_FOLLOW.has(text[end]);

/** The best reading of a name starting at `start` after a weak cue: given name from the model, hard end. */
function weakReading(text: string, start: number, lexicon?: NameLexicon): number {
  const sn = surnameAt(text, start);
  if (!sn) return 0;
  for (const g of [2, 1]) {
    const given = text.slice(start + sn, start + sn + g);
    if (given.length !== g || ![...given].every((c) => isHan(c))) continue;
    if (!plausibleGiven(given)) continue;
    if (!endsHard(text, start + sn + g)) continue;
    if (isWord(text, start, sn + g, sn, lexicon)) continue;
    return sn + g;
  }
  return 0;
}

/** After a strong label any given name counts; it ends at a stop character or after two characters. */
function strongReading(text: string, start: number, lexicon?: NameLexicon): number {
  const sn = surnameAt(text, start);
  if (!sn) return 0;
  let g = 0;
  while (g < 2 && isHan(text[start + sn + g]) && !STOP.has(text[start + sn + g])) g++;
  // "姓名王伟应…": three Han characters running on into prose; prefer the model reading when it ends cleanly.
  if (g === 2 && isHan(text[start + sn + 2]) && !STOP.has(text[start + sn + 2]) && plausibleGiven(text[start + sn])) g = 1;
  if (g === 0) return 0;
  if (isWord(text, start, sn + g, sn, lexicon)) return 0;
  return sn + g;
}

/** A name ending at `end` with a given name of one of `givens` lengths, a left edge before it; its start or -1. */
function lookBack(text: string, end: number, givens: readonly number[], lexicon?: NameLexicon): number {
  for (const g of givens) {
    for (const sn of [2, 1]) {
      const start = end - g - sn;
      if (start < 0 || surnameAt(text, start) !== sn) continue;
      if (start > 0 && !LEFT_EDGE.has(text[start - 1]) && !/[听和叫]/.test(text[start - 1])) continue;
      const given = text.slice(start + sn, end);
      if (!plausibleGiven(given) || isWord(text, start, sn + g, sn, lexicon)) continue;
      return start;
    }
  }
  return -1;
}

/** Word classes of a character that governs a noun as grammar: a preposition, a conjunction. */
const GRAMMAR_TAG = /^(?:p|c)$/;
/** The surname character at `i` is a preposition or a conjunction (read on its simplified folding: 於 → 于) that closes
 * a dictionary word begun before it (由于, 对于, 关于, 终于): the word's end, not a name. */
export function closesGrammarWord(text: string, i: number): boolean {
  const ch = toSimplified(text[i] ?? '');
  if (!GRAMMAR_TAG.test(chineseCharTag(ch))) return false;
  const words = chineseWords();
  for (let k = 1; k <= 3 && k <= i; k++) {
    const w = toSimplified(text.slice(i - k, i)) + ch;
    // review fix: only a preposition/conjunction/adverb word (对于 关于 由于 至于 终于), never a verb (在于 见于 属于),
    // and only opening its clause (text start or a non-Han character before it): "现由于主任接管" keeps the name.
    if (!words.has(w) || !/^(?:p|c|d)$/.test(chineseWordEntry(w)?.tag ?? '')) continue;
    if (!/[\u4e00-\u9fff]/.test(text[i - k - 1] ?? '')) return true;
  }
  return false;
}

export function detectChineseNames(text: string, lexicon?: NameLexicon): PhiSpan[] {
  const out: PhiSpan[] = [];
  if (!HAN.test(text)) return out;
  const add = (start: number, len: number) => {
    if (len > 0) out.push(span('NAME', text, start, start + len));
  };
  NAMING_END.lastIndex = 0;
  let namedUpTo = 0;
  for (const m of text.matchAll(NAMING_END)) {
    const end = (m.index ?? 0) + 1;
    if (end <= namedUpTo || !NAMING_LABEL.test(text.slice(Math.max(0, end - 6), end))) continue;
    // "我的名字是" also ends at 字: take the longest label, so skip a 是/叫 that continues it.
    if (/^(?:是|叫)/.test(text.slice(end, end + 1)) && NAMING_LABEL.test(text.slice(Math.max(0, end - 5), end + 1))) continue;
    const at = end + (NAMING_GAP.exec(text.slice(end, end + 4))?.[0].length ?? 0);
    const len = strongReading(text, at, lexicon);
    if (len) {
      add(at, len);
      namedUpTo = at + len;
    }
  }
  // Colon labels are found from the colon (rarer than 医生 in consultations) by looking back.
  COLON.lastIndex = 0;
  for (const m of text.matchAll(COLON)) {
    const at = m.index ?? 0;
    if (COLON_LABEL.test(text.slice(Math.max(0, at - 8), at))) add(at + m[0].length, strongReading(text, at + m[0].length, lexicon));
  }
  WEAK_CUE.lastIndex = 0;
  for (const m of text.matchAll(WEAK_CUE)) {
    const at = (m.index ?? 0) + m[0].length;
    const len = weakReading(text, at, lexicon);
    // Children and family are called by nicknames: "我女儿小雨", "儿子叫乐乐" (no surname).
    add(at, len || (FAMILY_CUE.test(m[0]) ? nickname(text, at) : 0));
  }
  TITLE_RE.lastIndex = 0;
  for (const m of text.matchAll(TITLE_RE)) {
    const end = m.index ?? 0;
    // The leftmost reading wins, as a left-to-right scan would find it: surname + two, one or no given characters.
    readings: for (const g of [2, 1, 0]) {
      for (const sn of [2, 1]) {
        const start = end - g - sn;
        if (start < 0 || surnameAt(text, start) !== sn) continue;
        const given = text.slice(start + sn, end);
        // A bare surname needs a clean left edge ("感谢医生", "班主任"); a full name from the model does not ("死亡慕容慧先生").
        const fullName = g === 2 || (g === 1 && sn === 2);
        if (start > 0 && !fullName && !LEFT_EDGE.has(text[start - 1]) && !/[科室院部员属者师下人长士生媳婿孙友]/.test(text[start - 1])) continue;
        if (given && (!plausibleGiven(given) || ![...given].every((c) => isHan(c)))) continue;
        if (isWord(text, start, sn + g, sn, lexicon)) continue;
        // s40: a bare surname that is a preposition closing a word before it is grammar ("对于医生的建议").
        if (!g && sn === 1 && closesGrammarWord(text, start)) continue;
        // A surname alone is named by its title ("王阿姨", "李医生"): the title goes with it; a full name stands alone.
        add(start, sn + g + (g ? 0 : (TITLE_AT.exec(text.slice(end))?.[0].length ?? 0)));
        break readings;
      }
    }
  }
  HONORIFIC.lastIndex = 0;
  for (const m of text.matchAll(HONORIFIC)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (NOT_HONORIFIC.has(m[0])) continue;
    if (start > 0 && isHan(text[start - 1]) && !LEFT_EDGE.has(text[start - 1]) && !HONORIFIC_LEFT.has(text[start - 1])) continue;
    if (isHan(text[end]) && !HONORIFIC_FOLLOW.has(text[end])) continue;
    // "老高血压", "小叶增生": the surname character starts a word.
    if (NOT_NAMES.has(text.slice(start + 1, start + 3)) || NOT_NAMES.has(text.slice(start, start + 2))) continue;
    if (lexicon && [2, 3, 4].some((k) => lexicon.has(text.slice(start + 1, start + 1 + k)) || lexicon.has(text.slice(start, start + k)))) continue;
    add(start, m[0].length);
  }
  for (const re of [SIGNATURE, LONE_LINE]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const start = (m.index ?? 0) + m[0].length - m[1].length;
      const sn = surnameAt(text, start);
      const given = m[1].slice(sn);
      if (!sn || !plausibleGiven(given, true) || isWord(text, start, m[1].length, sn, lexicon)) continue;
      add(start, m[1].length);
    }
  }
  for (const [re, givens] of [
    [SEX_AFTER, [2, 1]],
    [VERB_AFTER, [2]],
  ] as const) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const end = m.index ?? 0;
      const found = lookBack(text, end, givens, lexicon);
      if (found >= 0) add(found, end - found);
    }
  }
  return out;
}
