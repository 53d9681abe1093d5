// Names by their syntactic slot, one reading in both languages (issue #11, s21). Some places in a sentence hold only a
// person: the word right after a kinship or care noun ("my mum May", "daughters Honey and Skye", 我妈妈秀兰, 护士小雯),
// after a self-introduction or a naming verb ("this is Will,", "I'm Patience", 我是秋月，, 丈夫叫夏天), the clause
// that opens a demographic line ("春燕，女，32岁"), a salutation or a sign-off ("Dear Hunter,", "Thanks, Will"). In such a
// slot ANY token is a name — it need not be in a name list, and English words (Hope, Will, Honey) and Chinese
// dictionary words (夏天, 浩然) are names there — unless the clinical vocabulary or the sentence vetoes it: a medicine
// (the drug tables and knowledge/drug-brands.ts: "gave my son Nurofen", 我老公布洛芬), a clinical or function word
// (Asthma, 一直, 可以), a placeholder (某某), a pronoun, a date (May 3), or a word that modifies the next noun
// ("Lantus dose", "Asthma attack"). A Chinese name's extent is read by where the predicate starts: the two given
// characters must be followed by a pause or by a word of another class (a time, an adverb, a verb: 秀兰|今年,
// 建军|昨晚), and must not glue into a longer word.
// Spans rank below every reading (index.ts FILL_RANK): they fill only text no other reader claimed.
import { chineseCharTag, chineseWordEntry, chineseWords, opensWord } from '../../knowledge/chinese-words.js';
import { englishWord } from '../../knowledge/english-words.js';
import { isMedicineShape } from '../../knowledge/drugs.js';
import type { PhiSpan } from '../types.js';
import { toSimplified } from '../../core/han-variants.js';
import { knownMedicine, knownMedicineZh, medicineAfterKin, medicineUsedZh } from './clinical-vocabulary.js';
import { givenCharUse } from './given-name-model.js';
import { GIVEN_CHARS, plausibleGiven } from './given-names.js';
import { ALL_SINGLE_SURNAMES, COMPOUND_SURNAMES, SINGLE_SURNAMES } from './surnames.js';
import { COMMON_CAPITALISED, EPONYMS, FIRST_NAMES, WORD_FIRST_NAMES } from './names-en-lists.js';
import type { NameLexicon } from './names-zh.js';
import { seasonGiven, seasonTold, slotWordReading, type ZhSlotKind } from './slot-words-zh.js';
import { KIN_EN, PERSON_PREDICATE_EN } from './kin-nouns-en.js';
import { span } from './span.js';
import { nameWord } from './structure-en.js';

// ---- English ------------------------------------------------------------------------------------------------------
/** A kinship noun (plural too: "Daughters Honey and Skye"), an optional age in brackets, a comma of apposition. */
const KIN_SLOT_EN = new RegExp(`(?<![\\p{L}'’-])${KIN_EN}(?:s|es)?(?:[ ]\\(\\d{1,2}\\))?,?[ ](?=\\p{Lu})`, 'giu');
/** The kinship noun is the object of giving: "gave my son Nurofen" — the word after it is the thing given. */
const GIVING_BEFORE =
  /\b(?:gave|give|gives|giving|given|got|get|gets|bought|buy|fed|feed|feeds|offered|offer|handed|passed|brought|prescribed|started)[ ](?:my|our|his|her|their|the|your)[ ]\S+[ ]$/i;
/** A patient's slot: the word(s) after "Patient"/"Pt" naming a person, with an age or a pause after them. */
const PATIENT_SLOT_EN = /(?<![\p{L}])(?:Patient|patient|Pt|pt)\.?:?[ ](?=\p{Lu})/gu;
/** Self-introductions and naming: "this is Will,", "I'm Patience", "my name's Kwame", "call me Jo". */
const INTRO_SLOT_EN =
  /(?<![\p{L}])(?:[Tt]his is|[Ii]t['’]s|[Ii]t is|I['’]m|I am|[Mm]y name is|[Mm]y name['’]s|[Nn]ame['’]s|[Cc]all me|[Ii]t['’]s me,?)[ ](?=\p{Lu})/gu;
/** A salutation line: "Dear Hunter,", "Hi Will —". */
const SALUTE_EN = /(?:^|\n)[ \t]*(?:Dear|Hi|Hello|Hey|Morning|Good morning|Good afternoon|Evening)[ ]+(?=\p{Lu})/gu;
/** A sign-off: "Thanks, Will", "Cheers,\nDawn x", "Kind regards, Hope". */
const SIGNOFF_EN =
  /(?:^|\n|[.!][ ]+)[ \t]*(?:Thanks|Thank you|Many thanks|Thanks again|Cheers|Regards|Kind regards|Best regards|Warm regards|Best wishes|Best|Love|Sincerely|Yours sincerely|Yours faithfully|Yours|Take care|Ta|With thanks)(?:[,!.]?[ \t]*(?:\n[ \t]*)?|[^\n]{0,30}?[,!.]?[ \t]*\n[ \t]*)(?=\p{Lu})/gu;
/** Lower-case chats: "hi this is marisol from…", "my sister tamika is…" — the slots that take a name typed in lower case. */
const INTRO_LOWER_EN = /(?<![\p{L}])(?:this is|it['’]?s|i['’]?m|my name is|my name['’]?s|name['’]?s|call me)[ ](?=[a-z])/giu;
const KIN_LOWER_EN = new RegExp(`(?<![\\p{L}'’-])(?:my|our|his|her|their)[ ]${KIN_EN}(?:s|es)?,?[ ](?=[a-z])`, 'giu');
/** Chat words no dictionary holds ("lol", "idk") and function words: never a name typed in lower case. */
const CHAT_WORDS = new Set(
  'lol pls plz idk btw omg tbh ngl imo smh wtf thx asap fyi rn ur ya yep nope ok okay hmm umm um uh ah haha hehe xx bc cuz cos coz tho gonna wanna gotta dunno kinda sorta ive im its dont cant wont isnt wasnt didnt doesnt'.split(
    ' ',
  ),
);
/** Nationalities, faiths and conditions told after "I'm" ("I'm British", "I'm Muslim"): by their shape or a closed list. */
const DEMONYM_SHAPE = /(?:ish|ese|ian|ean|ican|yan|ic|i)$/;
const FAITHS = new Set(
  'Muslim Jewish Hindu Sikh Buddhist Christian Catholic Protestant Mormon Atheist Agnostic Orthodox Vegan Vegetarian Diabetic Asthmatic Epileptic Pregnant Deaf Blind'.split(
    ' ',
  ),
);

const CAP = /\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?![\p{L}-])/uy;
const MONTHS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** Words never a person in any slot: pronouns, determiners, people by their role, addresses of courtesy, the week. */
const NEVER_PERSON = new Set(
  (
    'I Me My Mine You Your He Him His She Her It Its We Us Our They Them Their The A An This That These Those There Here What Who ' +
    'Sir Madam Maam Doctor Doc Dr Nurse Team All Everyone Everybody Colleague Colleagues Friend Friends Folks Guys Mum Mom Dad ' +
    'Baby Boy Girl Son Daughter Patient Pt Sorry Thanks Thank Please Yes No Not Ok Okay Hi Hello Hey Dear ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Tomorrow Yesterday Tonight Christmas Easter GP NHS'
  ).split(' '),
);
/** Nouns a capitalised word modifies rather than names someone before: "Lantus dose", "Asthma attack", "Crohn's flare". */
const MODIFIED_HEAD =
  /^[ ](?:dose|doses|dosage|pen|pens|inhaler|inhalers|tablets?|tabs|capsules?|injections?|patch|cream|drops|syrup|attack|attacks|flare|flares|disease|syndrome|infection|levels?|test|tests|results?|scan|clinic|team|department|ward|unit|nurse|service|medication|medicine|pump|spray)\b/i;
const CLINICAL_SHAPE =
  /(?:itis|osis|emia|aemia|oma|pathy|algia|ectomy|otomy|plasty|scopy|mab|nib|pril|sartan|statin|olol|dipine|mycin|cillin|azole|prazole|formin)$/i;

/** Is a capitalised word vetoed as a person in a slot: a medicine, a clinical or function word, a date? */
function vetoEn(w: string, after: string, lexicon: NameLexicon | undefined, medicine = true, kinMedicine = false): boolean {
  const bare = w.replace(/['’]s$/, '');
  if (NEVER_PERSON.has(bare)) return true;
  if ((medicine && knownMedicine(bare)) || isMedicineShape(bare) || CLINICAL_SHAPE.test(bare) || EPONYMS.has(bare)) return true;
  if (MONTHS.test(bare) && /^[ ]?(?:\d|the[ ]\d|of[ ]\d)/.test(after)) return true;
  if (MODIFIED_HEAD.test(after)) return true;
  const named = FIRST_NAMES.has(bare) || WORD_FIRST_NAMES.has(bare) || kinMedicine;
  // A title, a label, an insurer, a unit or a weekday (structure-en.ts nameWord: "Sr", "Medicaid", "Team") is no name.
  if (!named && !nameWord(bare, lexicon)) return true;
  // A clinical or common word of the caller's lexicon is a word here, unless people are called by it.
  if (!named && lexicon && (lexicon.has(bare.toLowerCase()) || lexicon.has(bare))) return true;
  return false;
}

/** What may follow a name in a slot: a pause, a possessive, a lower-case word (its verb), a bracket, the end. */
const AFTER_SLOT_NAME = /^(?:$|['’]s\b|[ ]?[,.;:!?)(—–\n-]|[ ][a-z]|[ ]x+\b)/;

/** The capitalised run from `at` (a first word, up to two more name-shaped ones); -1 when the slot is vetoed. */
function slotRun(text: string, at: number, lexicon: NameLexicon | undefined, loose: boolean, kin = false): number {
  CAP.lastIndex = at;
  const first = CAP.exec(text);
  if (!first) return -1;
  let end = at + first[0].length;
  // After a kinship noun a brand is a medicine only where the sentence uses it as one (clinical-vocabulary.ts).
  const kinMedicine = kin && knownMedicine(first[0].replace(/['’]s$/, ''));
  if (vetoEn(first[0], text.slice(end, end + 16), lexicon, !kin, kinMedicine)) return -1;
  if (kinMedicine && medicineAfterKin(text, at, end)) return -1;
  // A brand common enough to be an ordinary capitalised word or a term of the lexicon (Valium, Tylenol, Advil) is the
  // person only as the subject of a person's predicate ("My daughter Valium went to school"); "My husband Diazepam and
  // Tramadol" lists medicines.
  if (kinMedicine && !nameWord(first[0], lexicon) && !PERSON_PREDICATE_EN.test(text.slice(end, end + 24))) return -1;
  // A common word in a looser slot (a self-introduction) is a name only where the clause pauses after it ("this is
  // Will, writing", not "this is Worse than"), or people are called by it.
  const bare = first[0].replace(/['’]s$/, '');
  const named = FIRST_NAMES.has(bare) || WORD_FIRST_NAMES.has(bare);
  if (
    !loose &&
    !named &&
    (englishWord(bare) || COMMON_CAPITALISED.has(bare)) &&
    !/^(?:$|[ ]?[,.;!—–\n(]|[ ]x+\b|[ ](?:here|from|and)\b)/.test(text.slice(end, end + 8))
  )
    return -1;
  for (let k = 0; k < 2; k++) {
    if (text[end] !== ' ') break;
    CAP.lastIndex = end + 1;
    const next = CAP.exec(text);
    if (!next || !nameWord(next[0]) || vetoEn(next[0], text.slice(end + 1 + next[0].length, end + 17 + next[0].length), lexicon)) break;
    end = end + 1 + next[0].length;
  }
  const poss = /['’]s$/.exec(text.slice(at, end));
  if (poss) end -= poss[0].length;
  return AFTER_SLOT_NAME.test(text.slice(end, end + 3)) ? end : -1;
}

/** A name typed in lower case: one or two words that no dictionary, drug table or chat lists (a known first name may be
 * a word: "sharon"), then a pause or what a caller says next ("from", "calling", "here", a verb). */
function lowerRun(text: string, at: number): number {
  const ok = (w: string) => {
    const cap = w[0].toUpperCase() + w.slice(1);
    if (CHAT_WORDS.has(w) || !/[aeiouy]/.test(w) || knownMedicine(w) || isMedicineShape(w) || CLINICAL_SHAPE.test(w)) return false;
    return FIRST_NAMES.has(cap) || (!englishWord(w) && !COMMON_CAPITALISED.has(cap) && !EPONYMS.has(cap));
  };
  const word = /^[a-z][a-z'’-]{2,14}(?![\p{L}])/u;
  const first = word.exec(text.slice(at, at + 16));
  if (!first || !ok(first[0])) return -1;
  let end = at + first[0].length;
  const second = /^[ ]([a-z][a-z'’-]{2,14})(?![\p{L}])/u.exec(text.slice(end, end + 17));
  if (second && ok(second[1])) end += second[0].length;
  return /^(?:$|[ ]?[,.;:!?)(—–\n-]|[ ](?:from|calling|here|again|and|is|was|has|had|keeps|says|said|wants|just|who|but|with)\b)/.test(
    text.slice(end, end + 10),
  )
    ? end
    : -1;
}

const LIST_JOIN = /^(?:[ ]and[ ]|[ ]&[ ]|,[ ](?:and[ ])?)(?=\p{Lu})/u;

function englishSlots(text: string, lexicon: NameLexicon | undefined, out: PhiSpan[]): void {
  const push = (at: number, end: number, list: boolean) => {
    out.push(span('NAME', text, at, end));
    for (let k = 0; list && k < 4; k++) {
      const j = LIST_JOIN.exec(text.slice(end, end + 7));
      if (!j) break;
      const e = slotRun(text, end + j[0].length, lexicon, true);
      if (e < 0) break;
      out.push(span('NAME', text, end + j[0].length, e));
      end = e;
    }
  };
  for (const m of text.matchAll(KIN_SLOT_EN)) {
    const at = (m.index ?? 0) + m[0].length;
    if (GIVING_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 30), (m.index ?? 0) + m[0].length - (m[0].endsWith(', ') ? 2 : 1) + 1))) continue;
    const end = slotRun(text, at, lexicon, true, true);
    if (end > 0) push(at, end, true);
  }
  for (const m of text.matchAll(PATIENT_SLOT_EN)) {
    const at = (m.index ?? 0) + m[0].length;
    const end = slotRun(text, at, lexicon, true);
    // A patient's slot also opens headings ("Patient Education", "Patient Will Need…"): two name words, or a known
    // first name, followed by an age or a pause.
    if (end < 0) continue;
    const run = text.slice(at, end);
    const first = run.split(' ')[0];
    const full =
      run.includes(' ') &&
      run
        .split(' ')
        .slice(1)
        .every((w) => nameWord(w));
    if (
      (full || FIRST_NAMES.has(first)) &&
      /^(?:,?[ ]?\(?\d{1,3}\b|,|[ ]?\(|[ ](?:is|was|has|had|presents|presented|aged|age|a)\b|\.|$)/.test(text.slice(end, end + 12))
    )
      out.push(span('NAME', text, at, end));
  }
  for (const re of [INTRO_SLOT_EN, SALUTE_EN, SIGNOFF_EN]) {
    for (const m of text.matchAll(re)) {
      const at = (m.index ?? 0) + m[0].length;
      // A salutation or a sign-off addresses a person, whatever a brand table says ("Dear Januvia,").
      const end = slotRun(text, at, lexicon, false, re !== INTRO_SLOT_EN);
      if (end < 0) continue;
      const first = text.slice(at, end).split(' ')[0];
      if (re === INTRO_SLOT_EN && !FIRST_NAMES.has(first) && (FAITHS.has(first) || DEMONYM_SHAPE.test(first))) continue;
      // A salutation is closed by a pause or its line's end; a sign-off names one person and ends its line ("Regards,
      // Cardiology Team" vetoes on Team).
      const after = text.slice(end, end + 8);
      if (re === INTRO_SLOT_EN || (re === SALUTE_EN && /^[ ]*[,!:—–-]/.test(after)) || /^[ ]*(?:x+)?[ ]*[,!.]?[ ]*(?:\n|$)/.test(after))
        out.push(span('NAME', text, at, end));
    }
  }
  for (const re of [INTRO_LOWER_EN, KIN_LOWER_EN]) {
    for (const m of text.matchAll(re)) {
      const at = (m.index ?? 0) + m[0].length;
      const end = lowerRun(text, at);
      if (end > 0) out.push(span('NAME', text, at, end));
    }
  }
}

// ---- Chinese ------------------------------------------------------------------------------------------------------
/** Kinship and care nouns a given name follows directly (longest first); a regex source, also read by the speaker
 * labels that hold a relation (speaker-lines.ts). */
export const KIN_ZH =
  '我妈妈|我爸爸|妈妈|爸爸|母亲|父亲|老公|老婆|丈夫|妻子|爱人|媳妇|女儿|儿子|闺女|孙子|孙女|外孙女|外孙|外婆|外公|姥姥|姥爷|奶奶|爷爷|' +
  '姐姐|妹妹|哥哥|弟弟|婆婆|公公|岳母|岳父|男朋友|女朋友|男友|女友|老伴|室友|同事|同学|朋友|舅舅|姑姑|侄子|侄女|宝宝|孩子|' +
  '嫂子|表妹|表姐|表哥|表弟|堂妹|堂姐|堂哥|堂弟|叔叔|婶婶|伯伯|舅妈|姨妈|小姨|姑父|姐夫|妹夫|女婿|儿媳|外甥女|外甥|继父|继母|干妈|老爸|老妈|阿爸|阿妈|' +
  '我妈|我爸|老豆|老母|仔|患者|病人|病友|家属|护士|护工|保姆|医生|大夫';
/** A kinship or care noun inside a run read as a name's first part. */
const KIN_INSIDE_ZH = new RegExp(`(?:${KIN_ZH})`);
/** The care nouns: their name is told in a record, followed by a pause or a person's act. */
const CARE_ZH = /^(?:患者|病人|病友|家属|护士|护工|保姆|医生|大夫)$/;
/** A sibling's or child's size or birth order before a kin noun (大儿子, 小女儿, 二姐, 三哥): the characters 大/小 and the
 * numerals, read as one class; a one-character sibling noun is kin only with it (二姐, 大哥; not 小姐, a title). */
const KIN_ORDER_ZH = /^[大小二三四五六七八九十]$/;
const KIN_SLOT_ZH = new RegExp(
  `(?:(?<=[大二三四五六七八九十])(?:姐(?!姐)|哥(?!哥))|(?<=[大小二三四五六七八九十])(?:弟(?!弟)|妹(?!妹))|${KIN_ZH})(?:[ 　]?(?:叫|名叫|叫做))?[ 　]?`,
  'g',
);
/** A Chinese sign-off: thanks or a wish, then a name alone on its line ("谢谢，雨桐", "感谢！\n海燕"). */
const SIGNOFF_ZH =
  /(?:^|\n|[。！!])[ 　]*(?:谢谢|感谢|多谢|祝好|此致敬礼|敬礼|辛苦了)(?:医生|大夫|老师|护士|主任|您|你)?[，,！!。 　\n]*([\u4e00-\u9fff]{2,3})[ 　]*(?=$|\n)/g;
/** Self-introductions: 我是 / 我叫 / 本人 + a name. */
const INTRO_SLOT_ZH = /(?:我是|我係|我叫|我名叫|我的名字叫|我的名字是|名字叫|本人叫|俺是|俺叫|我姓名是)[ 　]?/g;
/** A demographic line: a name, then sex and age ("春燕，女，32岁", "晓梅 女 45岁"). */
const DEMOGRAPHIC_ZH = /(?:^|[\n：:。；;])[ 　]*([\u4e00-\u9fff]{2,3})[ 　]*[，,、 　][ 　]*[男女]性?[ 　]*[，,、 　][ 　]*\d{1,3}[ 　]*岁/g;
/** Word classes that start a predicate or fill the clause, never a person: adverbs, conjunctions, pronouns, place and
 * time words, numerals and measure words, prepositions, particles, verbs. */
const HARD_FUNCTION = /^(?:d|c|r|f|m|mq|q|p|u[a-z]*|y|e|o)$/;
const FUNCTION_TAGS = /^(?:d|c|r|f|t|m|mq|q|p|u[a-z]*|y|e|o|v|vd|vn|vg|ad|l|i|z|zg|b|s)$/;
/** What may follow a name in a Chinese slot without being part of it: a pause, a digit, the end. */
const PAUSE_ZH = /^(?:$|[\s　，。、；;,.！!？?（()）：:”"」的])/;
const SURNAME = ALL_SINGLE_SURNAMES;
const COMPOUND = new Set(COMPOUND_SURNAMES);
const PLACEHOLDER = /^(?:某某?某?|XX|xx|××|＊＊|\*\*)$/;

/** A placeholder that stands where a name was taken out (患者某某, XX): no identifier in itself. */
export function isPlaceholderName(s: string): boolean {
  return PLACEHOLDER.test(s.trim());
}

/** The class of the word starting at `i` (the longest dictionary word of 2–4 characters, or the single character). */
function wordClassAt(text: string, i: number, words: ReadonlySet<string>): string {
  for (let k = Math.min(text.length, i + 4); k >= i + 2; k--) {
    const w = text.slice(i, k);
    if (words.has(w)) return chineseWordEntry(w)?.tag || chineseCharTag(text[i]);
  }
  return chineseCharTag(text[i] ?? '');
}

/** Words a name may be followed by that are part of no name: a kin or courtesy title ("小雨|姐姐", "桂英|阿姨"). */
const TITLE_AFTER_ZH = /^(?:姐姐|哥哥|阿姨|叔叔|奶奶|爷爷|老师|医生|护士|大夫|师傅|同学|姐|哥|姨|叔)/;
/** Kinship and care nouns themselves: a kin word after a kin word ("医生宝宝", "我儿子宝宝") names no one. */
const KIN_WORD_ZH = /^(?:宝宝|宝贝|孩子|小孩|儿子|女儿|老公|老婆|妈妈|爸爸|奶奶|爷爷|外婆|姥姥|家属|病人|患者|医生|护士)/;

/** Does the name ending at `end` close here: a pause, a number, a title, or the start of the predicate (a word of
 * another class: 秀兰|今年, 建军|昨晚)? With `needPause` (a record's care noun) only a pause or a person's act. */
function nameCloses(text: string, end: number, words: ReadonlySet<string>, needPause: boolean): boolean {
  const rest = text.slice(end, end + 1);
  if (PAUSE_ZH.test(rest) || /^\d/.test(rest) || TITLE_AFTER_ZH.test(text.slice(end, end + 2))) return true;
  if (needPause) return /^(?:说|讲|表示|陪|诉|自述|同意|要求|称|告诉|打电话|签字|在|也|今年|目前|查看|联系|担任|反映)/.test(text.slice(end, end + 3));
  // The last character glues to the next as a word ("明天" read as 明|天…): no boundary there.
  if (words.has(text.slice(end - 1, end + 1))) return false;
  const next = wordClassAt(text, end, words);
  return FUNCTION_TAGS.test(next) || /^(?:今年|昨晚|昨天|最近|去年|前天|上周|平时|一直|现在|今天|刚才|已经)/.test(text.slice(end, end + 2));
}

/** A dictionary word read as itself rather than a name in a slot of this kind (slot-words-zh.ts): a function word
 * (一直, 可以), a deictic time (平时), a predicate after a bare kinship noun, a common word no one is named by; a
 * season or holiday (夏天) only where the clause after it tells no event of a person. */
function readsAsWord(text: string, w: string, end: number, kind: ZhSlotKind): boolean {
  const reading = slotWordReading(w, kind);
  return reading === 'word' || (reading === 'season' && !seasonTold(text, end));
}

/** The slot's kind from how nameAt was called: a naming verb or a field tells a name; a pause-closed slot (我是, a care
 * noun) introduces one; a bare kinship noun may be followed by its predicate. */
const slotKind = (naming: boolean, field: boolean, needPause: boolean): ZhSlotKind => (naming || field ? 'naming' : needPause ? 'intro' : 'kin');

/**
 * The end of a name at `i` in a Chinese slot, or -1. The forms a person is called by, longest first: a transliterated
 * name joined by · ("买买提·艾力"); surname + one or two given characters ("林秀琴", "向宇航"); two given characters
 * ("秀兰"); 小/阿/老 + one ("小雯", "阿明"); in a field after a space or a colon, any run of Han characters up to the
 * next pause ("丈夫 乌兰巴特尔 138…"). `loose`: a naming verb or a field stands before it.
 */
function nameAt(
  text: string,
  i: number,
  words: ReadonlySet<string>,
  lexicon: NameLexicon | undefined,
  loose: boolean,
  needPause: boolean,
  naming = false,
  field = false,
): number {
  const two = text.slice(i, i + 2);
  if (!/^[\u4e00-\u9fff]{2}$/.test(two) || PLACEHOLDER.test(two) || KIN_WORD_ZH.test(text.slice(i, i + 3))) return -1;
  const found = nameEnd(text, i, words, loose, needPause, naming, field);
  // A word of the caller's terminology ("患者高蛋白": 高蛋白, 蛋白) is that word, in the name or its given part.
  if (found > 0 && lexicon && [2, 3, 4].some((k) => i + k <= found + 1 && (lexicon.has(text.slice(i, i + k)) || lexicon.has(text.slice(i + 1, i + 1 + k)))))
    return -1;
  // A medicine the sentence uses as one is no person ("我老公布洛芬吃多了", "我妈妈安定吃了两片"); told as someone who does
  // things ("我女儿美林今年三岁") it is the name. Read last, only for a name found.
  if (found < 0 || !knownMedicineZh(text.slice(i, i + 6))) return found;
  if (medicineUsedZh(text, i, found, words)) return -1;
  return found;
}

/** Is the slot before `i` a care noun's (患者, 家属, 医生…), with an optional colon or space? */
const needPauseSlot = (text: string, i: number): boolean =>
  /(?:患者|病人|病友|家属|护士|护工|保姆|医生|大夫)[:：]?[ 　]?$/.test(text.slice(Math.max(0, i - 4), i));

/** A character that is a function word (和, 向, 常, 于): as a surname in a slot it needs a full given name of its own. */
const functionChar = (c: string) => HARD_FUNCTION.test(chineseCharTag(c)) || /^v/.test(chineseCharTag(c));

function nameEnd(text: string, i: number, words: ReadonlySet<string>, loose: boolean, needPause: boolean, naming: boolean, field: boolean): number {
  const two = text.slice(i, i + 2);
  // A transliterated name runs over its · parts, each ending where a dictionary word of the sentence opens ("艾力|陪同").
  const dot = /^[\u4e00-\u9fff]{2,6}·/.exec(text.slice(i, i + 8));
  // Its first part holds no preposition or kinship noun ("患者由丈夫买买提·艾力": the name is the kin noun's, after it).
  if (dot && (/^p$/.test(chineseCharTag(text[i])) || KIN_INSIDE_ZH.test(dot[0]))) return -1;
  if (dot) {
    let end = i + dot[0].length;
    while (
      end < text.length &&
      /[\u4e00-\u9fff·]/.test(text[end]) &&
      end - i < 16 &&
      !(text[end] !== '·' && end - i > dot[0].length + 1 && opensWord(text, end, words))
    )
      end++;
    return end - i > dot[0].length + 1 ? end : -1;
  }
  const sn = COMPOUND.has(two) ? 2 : SURNAME.has(text[i]) ? 1 : 0;
  const kind = slotKind(naming, field, needPause);
  const candidates: number[] = [];
  // Surname + given: the given part is a given name's characters, and the whole is no dictionary word ("高兴"). In a
  // record's care slot, where only a pause or a person's act may close the name, the given part is any two Han
  // characters that are not function words ("值班医生邓春来查看"). A surname that is also a function word ("爷爷和堂伯",
  // "患者常向医生") takes two given characters that are no common word but a name's (向|宇航: 宇航 is tagged a name).
  const hanGiven = (g: string) =>
    /^[\u4e00-\u9fff]+$/.test(g) && [...g].every((c) => !HARD_FUNCTION.test(chineseCharTag(c)) && !/[的了是在有和医院病药说去看给做吃喝]/.test(c));
  const given = (g: string) =>
    plausibleGiven(g, true) || (needPause && g.length === 2 && SINGLE_SURNAMES.includes(text[i]) && hanGiven(g) && !opensWord(text, i + 1, words));
  const weakSurname = sn === 1 && functionChar(text[i]);
  if (sn)
    for (const g of [2, 1]) {
      const part = text.slice(i + sn, i + sn + g);
      if (!given(part) || readsAsWord(text, text.slice(i, i + sn + g), i + sn + g, kind) || KIN_WORD_ZH.test(part)) continue;
      if (weakSurname && (g === 1 || (chineseWordEntry(part) && !/^nr/.test(chineseWordEntry(part)?.tag ?? '')))) continue;
      // A one-character given name that is a function word ("常|向") is the sentence's.
      if (g === 1 && functionChar(part)) continue;
      candidates.push(i + sn + g);
    }
  const nick = /^[小阿老][\u4e00-\u9fff]$/.test(two) && (GIVEN_CHARS.has(two[1]) || SURNAME.has(two[1]));
  // Two given characters (the character set, or a season/holiday people are named after: 夏天), unless the slot reads the
  // word as the sentence's own (slot-words-zh.ts).
  const givenTwo = plausibleGiven(two, loose) || seasonGiven(two);
  if (nick || (givenTwo && !readsAsWord(text, two, i + 2, kind))) candidates.push(i + 2);
  for (const end of candidates) {
    // A name does not glue into a longer word ("建军节", "小周末").
    if ((end + 1 <= text.length && words.has(text.slice(i, end + 1))) || (end + 2 <= text.length && words.has(text.slice(i, end + 2)))) continue;
    // A verb before an aspect particle is the predicate's ("夏丽|生了孩子").
    if (/[了过着]/.test(text[end] ?? '') && /^v/.test(chineseCharTag(text[end - 1]))) continue;
    if (nameCloses(text, end, words, needPause)) return end;
  }
  // A field value: a run of Han characters standing alone between pauses ("妻子 乌云其其格 151…", "家属：额尔敦，").
  // A care noun's field ("患者：戒酒、…") holds advice as often as a name: only a kinship noun's.
  if (field && !needPauseSlot(text, i)) {
    const run = /^[\u4e00-\u9fff]{2,6}(?=$|[\s　，,。；;：:（(、]|\d)/.exec(text.slice(i, i + 8));
    // A word the dictionary holds is that word; a run it does not know is the name (乌云其其格, 额尔敦).
    if (run && !words.has(run[0]) && !/[的了是在有和我你他她]/.test(run[0])) return i + run[0].length;
  }
  return -1;
}

/** A one-character name after a naming verb ("我姐姐叫静，"): a character the dictionary tags a person's name, or one
 * people are often named with that is no verb, adjective or function word, standing alone before a pause. */
function singleGiven(text: string, at: number): boolean {
  const c = text[at] ?? '';
  if (!/^[\u4e00-\u9fff]$/.test(c) || !/^(?:$|[\s　，。、；;,.！!？?）)])/.test(text.slice(at + 1, at + 2))) return false;
  const tag = chineseCharTag(c);
  const use = givenCharUse(c);
  return /^nr/.test(tag) || (/^(?:n|ng|)$/.test(tag) && use.first + use.second >= 40);
}

function chineseSlots(text: string, lexicon: NameLexicon | undefined, out: PhiSpan[]): void {
  const words = chineseWords();
  for (const m of text.matchAll(KIN_SLOT_ZH)) {
    const at = (m.index ?? 0) + m[0].length;
    const noun = m[0].replace(/[ 　]|叫做?|名叫/g, '');
    const naming = /叫/.test(m[0]);
    // A kinship noun inside a longer word ("婆婆妈妈", "患者家属" reads 家属 as its own slot) opens no slot.
    // A size or order before it (大儿子, 小女儿, 二姐姐) keeps the kin noun: the longer word is kin too (review s22 D2).
    if (words.has(text.slice((m.index ?? 0) - 1, (m.index ?? 0) + noun.length)) && !KIN_ORDER_ZH.test(text.slice((m.index ?? 0) - 1, m.index ?? 0))) continue;
    // A kin noun and a colon label a speaker's turn ("糖糖妈妈：今天…") or a field the structure readers take: no slot.
    if (/^[:：]/.test(text.slice(at, at + 1))) continue;
    const field = /[ 　]$/.test(m[0]);
    const end = nameAt(text, at, words, lexicon, naming || field, CARE_ZH.test(noun) && !naming && !field, naming, field);
    if (end > 0) out.push(span('NAME', text, at, end));
    else if (naming && singleGiven(text, at)) out.push(span('NAME', text, at, at + 1));
  }
  for (const m of text.matchAll(INTRO_SLOT_ZH)) {
    const at = (m.index ?? 0) + m[0].length;
    // 我是 + a name closes at a pause or 的 ("我是秋月，", "我是子涵的妈妈"): "我是孕妇，" names no one (孕 is no name's).
    const end = nameAt(text, at, words, lexicon, true, /是|係/.test(m[0]), /叫|名字/.test(m[0]));
    if (end > 0) out.push(span('NAME', text, at, end));
  }
  for (const m of text.matchAll(SIGNOFF_ZH)) {
    const v = m[1];
    const at = (m.index ?? 0) + m[0].lastIndexOf(v);
    const entry = chineseWordEntry(v);
    const given = chineseWordEntry(v.slice(1));
    // A wish is no signature ("祝健康", "祝好运"): the word, or its last two characters, a common word.
    if (
      PLACEHOLDER.test(v) ||
      /^[祝愿]/.test(v) ||
      (v.length === 2 ? slotWordReading(v, 'signoff') === 'word' : entry && !/^nr/.test(entry.tag) && entry.freq >= 100)
    )
      continue;
    if (v.length === 3 && given && !/^nr/.test(given.tag) && given.freq >= 1000) continue;
    if (v.length === 2 ? plausibleGiven(v, true) : plausibleGiven(v.slice(1), true)) out.push(span('NAME', text, at, at + v.length));
  }
  for (const m of text.matchAll(DEMOGRAPHIC_ZH)) {
    const v = m[1];
    const at = (m.index ?? 0) + m[0].indexOf(v);
    if (PLACEHOLDER.test(v) || /^(?:患者|病人|本人|家属|患儿|病儿|孕妇|产妇)/.test(v)) continue;
    const entry = chineseWordEntry(v);
    // The line tells a name: a season or a word people are named by (夏天，男，7岁) is the person.
    if (v.length === 2 ? slotWordReading(v, 'intro') === 'word' : entry && !/^nr/.test(entry.tag) && entry.freq >= 300) continue;
    if (v.length === 2 ? plausibleGiven(v, true) || seasonGiven(v) : plausibleGiven(v.slice(1), true)) out.push(span('NAME', text, at, at + v.length));
  }
}

export function slotNames(text: string, lexicon?: NameLexicon): PhiSpan[] {
  const out: PhiSpan[] = [];
  if (/[A-Za-z]/.test(text)) englishSlots(text, lexicon, out);
  // Traditional characters are read through their simplified forms (one for one: offsets hold), as the dictionary is
  // simplified ("我兒子夏天發燒了"); the span keeps the text as written.
  if (/[\u4e00-\u9fff]/.test(text)) {
    const zh: PhiSpan[] = [];
    chineseSlots(toSimplified(text), lexicon, zh);
    for (const p of zh) out.push(span(p.type, text, p.start, p.end));
  }
  return out;
}
