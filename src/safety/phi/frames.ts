// Names from the roles words play in context ("who did what" frames), not from name lists, so that names of any
// culture and in any case are found where the structure says a person stands:
// - transcript speakers: the label opening a chat line (after a time stamp, in brackets, or a label that recurs as
//   a speaker in a dialogue) names a person unless it is a role ("Doctor", "用户", "mum");
// - alias frames: a nickname after "aka", "nickname", "known as", "prefers", or in brackets after a name ("（家人称阿凤）");
// - relation and title words followed by a word that is not an ordinary English word ("aunty kamla", "dr mehta",
//   "Mum Losa", "女儿朵朵", "同事小邱", "人事专员宁晓燕");
// - self-introductions ("my name is joanna dela cruz");
// - runs of capitalised words of which one is not an English word ("Fiona Leung", "WONG Chi Keung", "Aroha Ngata").
// "Ordinary English word" is the shared English dictionary (src/knowledge/english-words.ts), loaded on first use.
import { englishWord } from '../../knowledge/english-words.js';
import type { PhiSpan } from '../types.js';
import { CLINICAL_END, latinNameWord, PARTICLES, ROLES_EN, ROLES_ZH } from './frame-words.js';
import { GIVEN_CHARS } from './given-names.js';
import { speakers } from './speaker-lines.js';
import { COMMON_CAPITALISED, EPONYMS } from './names-en-lists.js';
import type { NameLexicon } from './names-zh.js';
import { span } from './span.js';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from './surnames.js';

/** Relation and title words after which a person's name stands ("aunty kamla", "dr mehta", "porter Ah Fai"). */
const RELATION_EN =
  'mum|mom|mother|dad|father|papa|mama|nanay|tatay|inay|itay|lola|lolo|tita|tito|aunty|auntie|aunt|uncle|granny|grandma|grandpa|grandmother|grandfather|gran|nan|nani|dadi|nanu|dada|bhai|didi|bhaiya|amma|appa|akka|thatha|paati|sister|brother|sis|bro|son|daughter|wife|husband|hubby|partner|fianc[eé]e?|cousin|nephew|niece|grandson|granddaughter|friend|neighbou?r|colleague|co-?worker|boss|flatmate|roommate|classmate|coach|dr|doctor|nurse|porter|driver|carer|caregiver|mr|mrs|ms|miss';
const RELATION_RE = new RegExp(`(?<![\\p{L}])(${RELATION_EN})\\.?[ \\t]+([\\p{L}][\\p{L}'’-]*)`, 'giu');
/** Short closed-class words that never open a name after "my name is" / "this is". */
const CLOSED = new Set(
  'a an the not very so just also really still only here there this that it is was my your his her our their in on at of to for with from by and or but no yes ok okay'.split(
    ' ',
  ),
);

const DRUG_END =
  /(?:emia|itis|osis|ectomy|otomy|pathy|algia|azole|mab|nib|pril|sartan|statin|olol|dipine|mycin|cillin|cycline|floxacin|vir|tidine|prazole|formin|parin|semide|olone)$/i;

/** Words of drug and salt names ("Mycophenolate Mofetil", "Epoetin Alfa", "Zoledronic Acid"). */
const CHEMICAL_END = /(?:ate|ide|ine|ole|one|ium|ic|ase|il|in|ol|an|ax|yl)$/;
const PHARMA_WORD = /^(?:Acid|Alfa|Beta|Nasal|Topical|Fe|Sodium|Potassium|Calcium|Magnesium|Hcl|HCl|ER|XR|SR|XL|CR|Forte|Plus|Duo|Retard)$/;

const ALIAS_EN =
  /\b(?:nick-?name[sd]?(?: is| was)?|n[ée]e|a\.?k\.?a\.?|also known as|known (?:to [\p{L} ]{1,20} )?as|goes by|prefers(?: to be called)?|calls? (?:him|her|me|them)|pet name)\b\s*[:-]?\s*(?:["“'‘]([^"”'’\n]{1,30})["”'’]|(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?))/giu;
const ALIAS_ZH_PAREN = /[（(]([^）)\n]{0,8}?)(?:叫|称|稱|喊|称呼)(?:她|他|我|作|为|為)?[“"「『]?([\u4e00-\u9fff·]{2,4})[”"」』]?[）)]/g;
const ALIAS_ZH = /(?:小名|乳名|昵称|暱稱|绰号|綽號|外号|外號|网名|網名)(?:是|叫|为|為)?[：:]?\s*[“"「『]?([\u4e00-\u9fff]{2,3})[”"」』]?/g;

function aliases(text: string, out: PhiSpan[]): void {
  if (/[A-Za-z]/.test(text)) {
    ALIAS_EN.lastIndex = 0;
    for (const m of text.matchAll(ALIAS_EN)) {
      let value = m[1] ?? m[2];
      if (!value) continue;
      // The regex is case-insensitive, so an unquoted name may have taken the next lowercase word ("Sunny and").
      if (m[2])
        value = value
          .split(/\s+/)
          .filter((_w, i, all) => all.slice(0, i + 1).every((x) => /^\p{Lu}/u.test(x)))
          .join(' ');
      if (!value) continue;
      const words = value.trim().split(/\s+/);
      if (words.length > 3) continue;
      // Unquoted, a capitalised word that is no role: the frame itself says a name follows, so an ordinary English
      // word is a name here ("nickname Sunny", "aka Rose"); quoted, anything short that is not a role.
      if (m[2] && !words.every((w) => /^[A-Z\u00c0-\u00de]/.test(w) && !CLOSED.has(w.toLowerCase()))) continue;
      if (m[1] && words.every((w) => CLOSED.has(w.toLowerCase()))) continue;
      const start = (m.index ?? 0) + m[0].lastIndexOf(value);
      out.push(span('NAME', text, start, start + value.length));
    }
  }
  if (/[\u4e00-\u9fff]/.test(text)) {
    for (const re of [ALIAS_ZH_PAREN, ALIAS_ZH]) {
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) {
        const value = re === ALIAS_ZH_PAREN ? m[2] : m[1];
        if (ROLES_ZH.test(value)) continue;
        // "（全称冠心病）", "（又称…）": a term's other name. A person's is given by people ("大家都叫她", "家人称").
        if (re === ALIAS_ZH_PAREN && !/[家人们友事居学她他我]/.test(m[0].slice(0, m[0].indexOf(value)))) continue;
        const start = (m.index ?? 0) + m[0].lastIndexOf(value);
        out.push(span('NAME', text, start, start + value.length));
      }
    }
  }
}

/** "aunty kamla", "dr mehta", "Mum Losa", "my lola ising": a relation/title word, then a name word (+ more parts). */
function relations(text: string, lexicon: NameLexicon | undefined, out: PhiSpan[]): void {
  RELATION_RE.lastIndex = 0;
  for (const m of text.matchAll(RELATION_RE)) {
    const first = m[2];
    // Lower case needs a word that is not English at all; capitalised, a name word that is not common.
    if (!latinNameWord(first, lexicon, !/^\p{Lu}/u.test(first))) continue;
    if (/^\p{Lu}/u.test(first) && englishWord(first) && !/^\p{Lu}/u.test(m[1])) {
      // "my friend Will" stays with the list-based detectors; a capitalised ordinary word after a lower-case
      // relation word is usually a sentence or a product ("mum Tylenol").
      continue;
    }
    const start = (m.index ?? 0) + m[0].length - first.length;
    const end = extendName(text, start + first.length, lexicon);
    out.push(span('NAME', text, start, end));
  }
}

/** Extend a Latin name over following parts: particles, non-English words, capitalised name words. */
function extendName(text: string, end: number, lexicon: NameLexicon | undefined): number {
  let at = end;
  for (let i = 0; i < 3; i++) {
    const m = /^[ ]([\p{L}][\p{L}'’/-]*)/u.exec(text.slice(at, at + 40));
    if (!m) break;
    const w = m[1];
    if (PARTICLES.has(w.toLowerCase())) {
      const next = /^[ ]([\p{L}][\p{L}'’-]*)/u.exec(text.slice(at + m[0].length, at + m[0].length + 40));
      if (!next || !latinNameWord(next[1], lexicon, !/^\p{Lu}/u.test(next[1]))) break;
      at += m[0].length + next[0].length;
      continue;
    }
    if (!latinNameWord(w, lexicon, !/^\p{Lu}/u.test(w))) break;
    at += m[0].length;
  }
  return at;
}

const INTRO = /\b(?:my name is|my name's|name's|i am called|i'm called|call me|i am|i'm)[ \t]+([\p{L}][\p{L}'’-]*)/giu;

/** "my name is joanna dela cruz", "I'm Analyn": the words after a self-introduction. */
function introductions(text: string, lexicon: NameLexicon | undefined, out: PhiSpan[]): void {
  INTRO.lastIndex = 0;
  for (const m of text.matchAll(INTRO)) {
    const first = m[1];
    const strong = /name/i.test(m[0]) || /call me/i.test(m[0]);
    if (CLOSED.has(first.toLowerCase()) || ROLES_EN.has(first.toLowerCase())) continue;
    // After "my name is" any first word is the name; after "I'm" / "this is" only a word that is not English.
    if (strong ? !/^[\p{L}'’-]{2,}$/u.test(first) || (lexicon?.has(first.toLowerCase()) ?? false) : !latinNameWord(first, lexicon, true)) continue;
    const start = (m.index ?? 0) + m[0].length - first.length;
    out.push(span('NAME', text, start, extendName(text, start + first.length, lexicon)));
  }
}

const CAP_WORD = String.raw`(?:\p{Lu}\p{Ll}[\p{L}'’]*|\p{Lu}{2,12}(?![\p{Ll}]))`;
const CAP_RUN = new RegExp(
  String.raw`(?<![\p{L}\d'’-])${CAP_WORD}(?:[ ](?:(?:a/l|a/p|bin|binti|van|von|de|dela|del|da|di|dos|al)[ ])?${CAP_WORD}){1,3}(?![\p{L}\d'’-])`,
  'gu',
);

/** Runs of 2–4 capitalised words where one is not an English word and none is common or clinical. */
/** Heads of a clinical instrument's or a condition's name, written in the capitalised run itself. */
const INSTRUMENT_HEAD =
  /^(?:Scale|Score|Sign|Test|Criteria|Rules?|Classification|Index|Questionnaire|Inventory|Examination|Assessment|Disease|Syndrome|Virus|Fever|Palsy|Reflex|Maneuver|Manoeuvre|Procedure|Fracture)$/;

function capitalisedRuns(text: string, lexicon: NameLexicon | undefined, out: PhiSpan[]): void {
  CAP_RUN.lastIndex = 0;
  for (const m of text.matchAll(CAP_RUN)) {
    const words = m[0].split(' ').filter((w) => !PARTICLES.has(w));
    const titled = words.filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
    if (!titled.length) continue;
    if (words.some((w) => COMMON_CAPITALISED.has(w) || EPONYMS.has(w) || ROLES_EN.has(w.toLowerCase()) || (lexicon?.has(w.toLowerCase()) ?? false))) continue;
    if (words.some((w) => /^\p{Lu}+$/u.test(w) && w.length > 3 && englishWord(w))) continue;
    // A disease or agent named after a person or place ("West Nile virus", "Von Willebrand disease").
    if (
      /^[ ](?:disease|virus|syndrome|fever|sign|test|score|scale|criteria|classification|fracture|palsy|phenomenon|reflex|procedure|manoeuvre|maneuver|pattern)\b/i.test(
        text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 16),
      )
    )
      continue;
    // The run holds its own head ("Glasgow Coma Scale", "Wells Criteria", "Ottawa Ankle Rules"): an instrument's name.
    if (words.slice(1).some((w) => INSTRUMENT_HEAD.test(w))) continue;
    // An ordinary English word in the run must be short ("Ah Fai", "Chi Keung"), else it is a term ("Interfacility Transfer").
    if (words.some((w) => englishWord(w) && w.length > 5)) continue;
    if (/^\.(?:\s|$)/.test(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 2)) && words[words.length - 1].length <= 3) continue;
    if (words.some((w) => /^[IVX]+[A-D]?$/.test(w))) continue;
    if (words.some((w) => PHARMA_WORD.test(w) || (w.length >= 7 && CHEMICAL_END.test(w)))) continue;
    const foreign = titled.filter((w) => !englishWord(w) && w.length >= 3);
    if (!foreign.length || foreign.some((w) => w.length >= 7 && DRUG_END.test(w))) continue;
    out.push(span('NAME', text, m.index ?? 0, (m.index ?? 0) + m[0].length));
  }
}

const SURNAMES = new Set(SINGLE_SURNAMES);
const COMPOUNDS = new Set(COMPOUND_SURNAMES);
/** Chinese relation and role nouns after which a name stands ("女儿朵朵", "同事小邱", "人事专员宁晓燕", "失主之妻黄秀兰"). */
const RELATION_ZH =
  /(?:女儿|儿子|孙女|孙子|外孙女|外孙|侄女|侄子|闺女|妹妹|弟弟|姐姐|哥哥|同事|同学|朋友|室友|邻居|同乡|老乡|工友|战友|助理|护工|保姆|司机|居服员|之妻|之夫|之子|之女|妻子|丈夫|老公|老婆|爱人|专员|主管|经理|秘书|队长|组长|班长|老师|教练|学生|徒弟|师傅|宝宝|孩子|患者|病人|个案|個案|会员|会員|学员|长子|長子|次子|长女|長女|次女|先生|太太|身份为|身份為)[：:]?/g;
/** Reduplicated words that are adverbs or sounds, not pet names. */
const REDUPLICATED_WORDS = new Set(
  '天天 常常 刚刚 慢慢 渐渐 偏偏 仅仅 往往 多多 好好 早早 每每 稍稍 时时 处处 个个 人人 年年 月月 久久 快快 悄悄 轻轻 静静 默默 紧紧 微微 明明 白白 一一 谢谢 哈哈 呵呵 嘻嘻 嗯嗯 好好 看看 试试 想想 说说 问问 等等 高高 大大 小小 早早 晚晚 夜夜 次次 回回 点点'.split(
    ' ',
  ),
);
const KINSHIP_CHARS = /[姑弟妈爸爷奶哥姐妹叔伯舅姨公婆嫂宝孙娃]/;
/** 阿 + these opens a kinship word or a drug name (阿姨, 阿莫西林), not a familiar name. */
const NOT_A_NAME = /[姨婆公伯叔嫂哥弟妹姐爸妈爹娘奶爷司莫奇托片米卡替法达仑昔洛糖胶拉斯胺]/;
const WORD_AFTER = /^[女子儿孩们朋友妹弟哥姐家的时候便宜心里面年天点些样]/;

function chineseRelations(text: string, out: PhiSpan[]): void {
  RELATION_ZH.lastIndex = 0;
  for (const m of text.matchAll(RELATION_ZH)) {
    const at = (m.index ?? 0) + m[0].length;
    const s = text.slice(at, at + 4);
    let len = 0;
    const pet = /(?:患者|病人|个案|個案|会员|会員|学员|宝宝|孩子)[：:]?$/.test(m[0]);
    // A pet name of one repeated character: a given-name character, or any noun-like one in a subject slot (an age or
    // a comma follows: "儿子豆豆5岁"); kinship words (姑姑, 弟弟) and verbs (谈谈) are not names.
    const slot = /^[\d，,（(]/.test(s.slice(2)) && !KINSHIP_CHARS.test(s[0]);
    if (
      s.length >= 2 &&
      s[0] === s[1] &&
      s[2] !== s[3] &&
      (GIVEN_CHARS.has(s[0]) || slot) &&
      !/[一二三四五六七八九]/.test(s[0]) &&
      !REDUPLICATED_WORDS.has(s.slice(0, 2))
    )
      len = 2; // 晴晴, 乐乐
    else if (s[0] === '小' && GIVEN_CHARS.has(s[1]) && !/[一二三四五六七八九]/.test(s[1]) && !WORD_AFTER.test(s.slice(2))) len = 2;
    else if (s[0] === '阿' && /[\u4e00-\u9fff]/.test(s[1] ?? '') && !NOT_A_NAME.test(s[1]) && !WORD_AFTER.test(s.slice(2))) len = 2;
    else if (!pet) {
      const sn = COMPOUNDS.has(s.slice(0, 2)) ? 2 : SURNAMES.has(s[0]) ? 1 : 0;
      if (sn) {
        let g = 0;
        while (g < 2 && GIVEN_CHARS.has(s[sn + g] ?? '')) g++;
        // A full name ends at a boundary: punctuation, a non-Han character, or a verb/particle after it.
        const next = text[at + sn + g] ?? '';
        if (g >= 1 && (!/[\u4e00-\u9fff]/.test(next) || /[办转说来去在是已和与也还]/.test(next))) len = sn + g;
      }
    }
    if (len) out.push(span('NAME', text, at, at + len));
  }
}

/** Labels that hold a person: the label ends in a person-role character (交班, 一助, 麻醉, 社工師, 责任护士, 个案, 家属). */
// The label's last morpheme alone opens the match (the words before it are not needed, and a Han run in front of
// every role character made this the costliest pattern on Chinese text).
const ROLE_FIELD_ZH = /[师師士者人员員生长長属屬案助醉班手医醫护護工][ \t]*[：:][ \t　]*([\u4e00-\u9fff·]{2,4})(?=[ \t　\n，。,；;（(、]|$)/gm;
/** A value that is a thing, not a person: a department, place, disease, drug or an ordinary word. */
const NOT_PERSON_ZH =
  /[科院病症区市县省路号药片室部组队所局站口岸型性期级度]|^(?:无|不详|未知|本人|同上|暂无|正常|阴性|阳性|自己|家属|配偶|父亲|母亲|儿子|女儿|丈夫|妻子|其他|全麻|局麻|静脉|腰麻|硬膜外)/;
/** A signer field holding a surname alone ("经办人：贾", "调配：詹   核对：詹", "送检医师:童"): the last character of a role
 * or task label, a colon, one surname character and then a column gap, a line end or a bracket — a form's sign-off. */
const SURNAME_FIELD_ZH = /[师士者人员医护工配药对核办记审录][ \t]*[：:][ \t　]*([\u4e00-\u9fff])(?=[ \t　]{2,}|[ \t　]*\n|[ \t　]*$|[）)])/gm;
const INTRO_ZH = /(?:我是|我叫|本人是|身份为|身份是|名叫|名字叫)([小阿][\u4e00-\u9fff])(?![\u4e00-\u9fff]{0,1}(?:时|便|孩|心|学|区|姐|伙|朋|组))/g;

function roleFields(text: string, out: PhiSpan[]): void {
  ROLE_FIELD_ZH.lastIndex = 0;
  for (const m of text.matchAll(ROLE_FIELD_ZH)) {
    const v = m[1];
    if (NOT_PERSON_ZH.test(v) || ROLES_ZH.test(v)) continue;
    // A surname first, or a given name alone ("怡婷"); not a word such as "戒酒", "胶囊".
    const sn = COMPOUNDS.has(v.slice(0, 2)) || SURNAMES.has(v[0]);
    if (!sn && ![...v].every((c) => GIVEN_CHARS.has(c))) continue;
    const start = (m.index ?? 0) + m[0].length - v.length;
    out.push(span('NAME', text, start, start + v.length));
  }
  SURNAME_FIELD_ZH.lastIndex = 0;
  for (const m of text.matchAll(SURNAME_FIELD_ZH)) {
    if (!SURNAMES.has(m[1]) || NOT_PERSON_ZH.test(m[1])) continue;
    const start = (m.index ?? 0) + m[0].length - 1;
    out.push(span('NAME', text, start, start + 1));
  }
  INTRO_ZH.lastIndex = 0;
  for (const m of text.matchAll(INTRO_ZH)) {
    if (NOT_A_NAME.test(m[1][1]) || !GIVEN_CHARS.has(m[1][1]) || /[一二三四五六七八九]/.test(m[1][1])) continue;
    const start = (m.index ?? 0) + m[0].length - m[1].length;
    out.push(span('NAME', text, start, start + 2));
  }
}

/** Is a capitalised word a clinical or common one (never a place or a person here)? */
export function clinicalWord(w: string, lexicon?: NameLexicon): boolean {
  if (EPONYMS.has(w) || ROLES_EN.has(w.toLowerCase())) return true;
  if (lexicon && (lexicon.has(w) || lexicon.has(w.toLowerCase()))) return true;
  return w.length >= 7 && (DRUG_END.test(w) || CHEMICAL_END.test(w));
}

/** "her children Siobhán, Ciarán and Niamh", "survived by sons Tomás and Eoin": names listed after a plural relation. */
const LISTED =
  /\b(?:children|sons|daughters|grandchildren|grandsons|granddaughters|siblings|brothers|sisters|parents|kids|twins|nieces|nephews|cousins)[ ](?:\p{Lu}[\p{L}'’-]+(?:,[ ]|[ ]and[ ]|[ ]&[ ])){1,8}\p{Lu}[\p{L}'’-]+/gu;

function listedNames(text: string, lexicon: NameLexicon | undefined, out: PhiSpan[]): void {
  LISTED.lastIndex = 0;
  for (const m of text.matchAll(LISTED)) {
    const base = m.index ?? 0;
    for (const w of m[0].matchAll(/\p{Lu}[\p{L}'’-]+/gu)) {
      if (COMMON_CAPITALISED.has(w[0]) || clinicalWord(w[0], lexicon)) continue;
      out.push(span('NAME', text, base + (w.index ?? 0), base + (w.index ?? 0) + w[0].length));
    }
  }
}

/** Names from context roles (see the head of this file). */
export function detectFrames(text: string, lexicon?: NameLexicon): PhiSpan[] {
  const out: PhiSpan[] = [];
  if (/[:：\]】]/.test(text)) speakers(text, lexicon, out);
  aliases(text, out);
  if (/[A-Za-z]/.test(text)) {
    relations(text, lexicon, out);
    introductions(text, lexicon, out);
    listedNames(text, lexicon, out);
    if (/[A-Z]/.test(text)) capitalisedRuns(text, lexicon, out);
  }
  if (/[\u4e00-\u9fff]/.test(text)) {
    chineseRelations(text, out);
    roleFields(text, out);
  }
  return out;
}
