// Names without a cue word, read from the slot they stand in rather than from a phrase before them:
// - a surname called by its title anywhere in a sentence ("放在刘阿姨那里", "年级组长何老师", "移交马警官", "隔壁周婶"),
//   unless the surname character closes a word with the character before it ("主|任医师", "值|班医生");
// - speakers of a timed transcript, with or without a colon ("08:02 淑芬 外婆…", "3/5/2024 21:10 - Ah Boy: …"),
//   when at least two lines share the shape;
// - every member of a list of people after a kinship word ("mother of Tui and Hemi, Mereana and Pita,
//   and Ngaio", "dad of Sione");
// and, after the merge, names next to a found name: a romanisation in brackets ("黃志偉（WONG CHI WAI）") and the
// other members of a Chinese list ("王建国、李梅和赵磊").
import type { PhiSpan } from '../types.js';
import { chineseCharTag, chineseWordEntry, chineseWords, insideWord, opensWord } from '../../knowledge/chinese-words.js';
import { englishWord } from '../../knowledge/english-words.js';
import { plausibleGiven } from './given-names.js';
import { knownMedicine } from './clinical-vocabulary.js';
import { COMMON_CAPITALISED, EPONYMS, FIRST_NAMES } from './names-en-lists.js';
import { closesGrammarWord, NOT_HONORIFIC, type NameLexicon } from './names-zh.js';
import { span } from './span.js';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from './surnames.js';

const HAN = /[\u4e00-\u9fff]/;
const SURNAME = new Set(SINGLE_SURNAMES);
const COMPOUND = new Set(COMPOUND_SURNAMES);

// ---- surname + title -------------------------------------------------------------------------------------------
const TITLES =
  '阿姨|老师|老師|警官|医生|醫生|医师|醫師|大夫|护士|護士|师傅|師傅|主任|教授|律师|律師|经理|經理|老板|老闆|姑娘|太太|先生|女士|小姐|奶奶|爷爷|爺爺|婆婆|伯伯|叔叔|阿婆|阿伯|大爷|大爺|大妈|大媽|大姐|大哥|社工|姑|婶|嬸|叔|伯|姐|哥|老';
const SURNAME_TITLE = new RegExp(`(?:${TITLES})`, 'g');
/** Characters after which a surname opens a name: none (start, punctuation), particles, verbs of address, role words. */
const BEFORE_NAME = /[的找问問见見是和跟与與给給让讓叫被请請由向对對等说說予及或把将將带帶陪送去到在同、居任警工事友学學官长長生员員壁]/;
/** s41: the title of the older readers' closed list (two characters or more) that opens at `i`, or 0 — read, not widened,
 * by the deputy reading of role-titles-zh.ts ("刘副主任": 副 + 主任). */
const TITLE_AT = new RegExp(`^(?:${TITLES})`);
export function titleLengthAt(text: string, i: number): number {
  const m = TITLE_AT.exec(text.slice(i, i + 3));
  return m && m[0].length >= 2 ? m[0].length : 0;
}

/** Surname + one-character title pairs that are words (师姐, 表哥, 空姐). */
const TITLE_WORDS = new Set(
  '古老 元老 衰老 养老 年老 变老 防老 长老 敬老 尊老 终老 告老 偕老 易老 早老 师姐 师哥 师兄 师叔 师伯 表哥 表姐 堂哥 堂姐 帅哥 空姐 老姐 老哥 亲姐 亲哥 干姐 干哥 大姐 大哥 大叔 大伯 二姐 二哥 三姐 三哥 阿姐 阿哥 阿叔 阿伯 小姐 小哥 姑姑 舅舅'.split(
    ' ',
  ),
);

/** Role words that end in a surname + title (班主任, 副主任, 科主任). */
const ROLE_WORDS = /^(?:[班副科系室处處]主任|.主任[医醫])/;

/**
 * Surname + title pairs: `bounded` says whether the surname opens the name after a character of BEFORE_NAME (or no
 * Han character at all) — the cue reading — or only by the word reading (personSlotsZh below).
 */
function titledSurnames(text: string, lexicon: NameLexicon | undefined): { start: number; end: number; cued: boolean }[] {
  const found: { start: number; end: number; cued: boolean }[] = [];
  SURNAME_TITLE.lastIndex = 0;
  for (const m of text.matchAll(SURNAME_TITLE)) {
    const at = m.index ?? 0;
    const sn = COMPOUND.has(text.slice(at - 2, at)) ? 2 : SURNAME.has(text[at - 1] ?? '') ? 1 : 0;
    // 祝 is mostly the verb of a wish ("祝医生工作顺利").
    if (!sn || (sn === 1 && text[at - 1] === '祝')) continue;
    const start = at - sn;
    // s40: a surname character that is also a preposition or a conjunction (于/於, 向, 和) closing a word begun before it
    // is that word's end, not a surname ("由於醫師不在", "对于医生的建议", "关于营养师"): read by position on the folding.
    if (sn === 1 && closesGrammarWord(text, start)) continue;
    const before = text[start - 1] ?? '';
    const value = text.slice(start, at + m[0].length);
    if ((m[0].length === 1 && TITLE_WORDS.has(value)) || ROLE_WORDS.test(value) || ROLE_WORDS.test(text.slice(start - 1, at + m[0].length + 1))) continue;
    // A one-character title continues a word after it ("王哥们", "李叔叔" is read by the longer title).
    if (m[0].length === 1 && /[们們儿兒子]/.test(text[at + 1] ?? '')) continue;
    // 老 opens a word after it too (老人, 老年, 老家, 老板, 老化).
    if (m[0] === '老' && /[人年龄齡家板化伴公婆乡鄉师師太爷爺大二三四五六七八九十头頭总總是]/.test(text[at + 1] ?? '')) continue;
    if (lexicon?.has(value) || lexicon?.has(value.slice(0, 2))) continue;
    found.push({ start, end: at + m[0].length, cued: !HAN.test(before) || BEFORE_NAME.test(before) });
  }
  return found;
}

function surnameTitles(text: string, lexicon: NameLexicon | undefined, out: PhiSpan[]): void {
  for (const t of titledSurnames(text, lexicon)) if (t.cued) out.push(span('NAME', text, t.start, t.end));
}

// ---- a person slot read by word boundaries --------------------------------------------------------------------
// The cue reading above lets a surname open a name only after a listed character (的, 找, 和, 、…); "门诊许护士",
// "后来黄主任查房", "社区蔡医生说" were left. Here the surname is read by its place among words instead: a surname
// character that no dictionary word (jieba, 2–4 characters) holds or opens is a word of its own, and a word of its
// own that fills a person's slot is a name:
// - before a title ("门诊|许|护士", but not "值班|护士", "全科|医生", "中医师" — 班, 科, 中 sit inside words);
// - alone after a role or a duty, closed by punctuation, a space, the end or a verb of speaking ("护士孟（工号…）",
//   "值班护士邓说", "调配：田　核对：方", "督导：林");
// - after 姓 ("管床医生姓何，", "一个姓金的护士"), unless 姓 is inside a word (百姓, 贵姓).
// These spans rank below every other reading (index.ts FILL_RANK): they fill only text nothing else claimed.
/** A role or a duty whose holder a lone surname names. Multi-character words only: 老/小/姐 + surname is another shape. */
const ROLE_WORDS_ZH =
  '护士长|護士長|护理师|護理師|护理员|護理員|医生|醫生|医师|醫師|大夫|护士|護士|主任|老师|老師|师傅|師傅|警官|护工|護工|保姆|助产士|助產士|工作人员|人员|人員|社工|督导|督導|审核|審核|复核|複核|核对|核對|调配|調配|发药|發藥|签字|簽字|签名|簽名|经手人|經手人|记录人|記錄人|记录者|記錄者';
const ROLE_BEFORE = new RegExp(`(?:${ROLE_WORDS_ZH})[:：]?[ \\t　]*$`);
/** The same roles scanned forward (longer words first, so 护士长 is not read as 护士 + 长). */
const ROLE_SCAN = new RegExp(`(?:${ROLE_WORDS_ZH})([:：]?)[ \\t　]*`, 'g');
/** Kin, neighbours, workmates and carers, and naming verbs, before 老/小 + surname ("老伴老孙", "工友老马", "叫他小方"). */
const KIN_OR_ROLE =
  /(?:老伴|邻居|鄰居|工友|同事|同学|同學|朋友|室友|战友|戰友|志愿者|志願者|护理员|護理員|环卫工|環衛工|班主任|司机|司機|叫他|叫她|喊他|喊她|都叫)$/;
/** What a person does right after being named: speaks, tells, finds, dies, comes, calls ("老金本人", "老马发现"). */
const PERSON_ACT = /^(?:[说說讲講]|本人|自述|自诉|自訴|表示|发现|發現|去世|过世|過世|来了|來了|打电话|打電話|陪)/;
/** What may close a lone surname: punctuation, a space, a bracket, the end of the text, or a verb of speaking. */
const LONE_CLOSE = /^(?:$|[\s　，。、；;,.！!？?（()）：:/]|[说說讲講])/;
/** What may follow a surname told after 姓: a particle, a verb of speaking, punctuation or the end. */
const TOLD_CLOSE = /^(?:$|[\s　，。、；;,.！!？?（()）：:”"」的说說讲講呢吧啊])/;

/** Word classes of a character that is mainly not a name when it stands alone: verbs, prepositions, adverbs,
 * conjunctions, particles, pronouns (jieba's tags) — "等医生谈。", "就诊于医生". Nouns (方 square, 路 road, 卫 guard)
 * and adjectives (高, 黄) are names in a field ("核对：方") or before a title ("黄主任") but not alone after a role. */
const FUNCTION_TAG = /^(?:v|vd|vn|p|d|c|u[a-z]*|r[a-z]*|m|q|f)$/;
const NOUN_TAG = /^(?:n|ng|a|ad|an)$/;

/** Above this count a surname + title word of the dictionary is a brand or a shop (康师傅 87, 李先生 69, 王先生 37);
 * the person words are rare (陈医生 2, 李医生 3, 刘阿姨 5). */
const TITLED_WORD_MAX_FREQ = 20;

/** Word classes of a character that is no word by itself before a name: a noun (社 of 社康). jieba's bound-morpheme
 * tags (zg) are no guide: 呼 of 急呼, Cantonese 揾 (look for) carry it. */
const STEM_TAG = /^(?:n|ng|nz)$/;

/** The text before `i` ends a word: no Han character there, a dictionary word of 2–4 characters ending at `i`, or a
 * one-character word that is no noun. */
function closesWordBefore(text: string, i: number, words: ReadonlySet<string>): boolean {
  if (!HAN.test(text[i - 1] ?? '')) return true;
  for (let k = 2; k <= 4 && k <= i; k++) if (words.has(text.slice(i - k, i))) return true;
  return !STEM_TAG.test(chineseCharTag(text[i - 1] ?? ''));
}

/** `folded` (s38): the text is traditional text read on its full simplified folding, where the cue reading of
 * detectNameSlots (run on the detector's lighter reading) found no surname: its cued titles are read here too. */
export function personSlotsZh(text: string, lexicon?: NameLexicon, folded = false): PhiSpan[] {
  if (!HAN.test(text)) return [];
  const words = chineseWords();
  /** A surname character that is a word of its own here: no dictionary word holds it or opens at it. */
  const alone = (i: number) => !insideWord(text, i, words) && !opensWord(text, i, words);
  const out: PhiSpan[] = [];
  for (const t of titledSurnames(text, lexicon)) {
    // A title of two characters at least: 汤|老 and 白|老鼠 are words, 老/小 + surname is another shape.
    if (t.cued && folded) out.push(span('NAME', text, t.start, t.end));
    if (t.cued || t.end - t.start < 3 || t.end - t.start > 4 || COMPOUND.has(text.slice(t.start, t.start + 2))) continue;
    const tag = chineseCharTag(text[t.start]);
    // The dictionary lists some surname + title pairs as person words (陈医生, 李医师, 刘阿姨: tag nr, 181 of them), so
    // the commonest surnames "opened a word" and were never read ("朋友推荐陈医生", s37): such a word is the same person
    // slot. One the dictionary counts often is a brand or a shop (康师傅 87, 李先生 69), not a person here.
    const entry = chineseWordEntry(text.slice(t.start, t.end));
    const titledWord = entry?.tag === 'nr' && entry.freq <= TITLED_WORD_MAX_FREQ && !insideWord(text, t.start, words);
    if (!(alone(t.start) || titledWord) || /^(?:v|vn|p|n)$/.test(tag) || /[小老阿]/.test(text[t.start - 1] ?? '')) continue;
    // s38, folded traditional text only: the surname opens a word only where the text before it closes one — a
    // dictionary word ends there ("门诊|许", "推荐|陈") or the character before is a word by itself that is no noun
    // ("为|萧", "个|梁"). A noun character the dictionary does not join ("社|康護士", Hong Kong's community nurse) is the
    // head of a word it cannot see. Simplified text keeps the older reading: there one-character nouns before a name
    // are common words ("管床|吴医生", "经|甘医生").
    if (folded && !closesWordBefore(text, t.start, words)) continue;
    out.push(span('NAME', text, t.start, t.end));
  }
  for (let i = text.indexOf('姓'); i >= 0; i = text.indexOf('姓', i + 1)) {
    const sn = COMPOUND.has(text.slice(i + 1, i + 3)) ? 2 : SURNAME.has(text[i + 1] ?? '') ? 1 : 0;
    // 姓 + surname is a dictionary word (姓王, 姓薛) and needs no check; 姓 inside a word (百姓, 贵姓) is no naming.
    if (!sn || insideWord(text, i, words)) continue;
    if (TOLD_CLOSE.test(text.slice(i + 1 + sn, i + 2 + sn))) out.push(span('NAME', text, i + 1, i + 1 + sn));
  }
  // 老/小 + surname in a person's slot: after a kin, role or naming word ("老伴老龙", "环卫工老黄", "叫他小方"), or as the
  // subject of what a person does ("老金本人表示", "老白自述", "老王说"); 老/小 inside no word before it and the surname
  // opening no word after it ("从小|黄疸", "老|毛病"). Not "叫得老高", "切成小段", "上小班", "老师说".
  for (let i = 0; i + 1 < text.length; i++) {
    if ((text[i] !== '老' && text[i] !== '小') || !SURNAME.has(text[i + 1])) continue;
    if (insideWord(text, i, words) || opensWord(text, i + 1, words) || /[老小]/.test(text[i - 1] ?? '')) continue;
    // The pair opens a longer word ("小时工", "老师傅"), or is a title ("班主任老师"): not a person called so.
    const pair = text.slice(i, i + 2);
    if (pair === '老师' || pair === '老師' || words.has(text.slice(i, i + 3)) || words.has(text.slice(i, i + 4))) continue;
    // A kin, role or naming word before the pair, or a word of staff or fellows by its head (保洁员, 清洁工, 病友).
    const staff = [2, 3].some((k) => /[员員工友]$/.test(text.slice(i - k, i)) && words.has(text.slice(i - k, i)));
    const slot = staff || KIN_OR_ROLE.test(text.slice(Math.max(0, i - 6), i)) || ROLE_BEFORE.test(text.slice(Math.max(0, i - 8), i));
    const acts = PERSON_ACT.test(text.slice(i + 2, i + 4));
    // After a kin or role word, a pair that is also an ordinary word (小金, 小黄) stands alone or acts; out of such a
    // slot the pair opens its clause, is no ordinary word (老练说, 小米说) and acts ("。老金本人表示").
    if (slot ? words.has(pair) && HAN.test(text[i + 2] ?? '') && !acts : HAN.test(text[i - 1] ?? '') || NOT_HONORIFIC.has(pair) || !acts) continue;
    out.push(span('NAME', text, i, i + 2));
  }
  ROLE_SCAN.lastIndex = 0;
  for (const m of text.matchAll(ROLE_SCAN)) {
    const i = (m.index ?? 0) + m[0].length;
    if (!SURNAME.has(text[i] ?? '') || !LONE_CLOSE.test(text.slice(i + 1, i + 2)) || !alone(i)) continue;
    // Traditional text is often Cantonese, where 仲 is "still" ("醫生仲講要戒煙", review s38 b07), not the surname.
    if (folded && text[i] === '仲') continue;
    // In a field ("核对：方") any surname but a function word; alone in a sentence, a surname the dictionary reads as one.
    const tag = chineseCharTag(text[i]);
    if (FUNCTION_TAG.test(tag) || (!m[1] && NOUN_TAG.test(tag))) continue;
    out.push(span('NAME', text, i, i + 1));
  }
  return out;
}

// ---- timed transcripts -----------------------------------------------------------------------------------------
/** A line that opens with a time (and maybe a date), then a speaker, then a colon or the message. */
const TIMED_LINE =
  /(?:^|\n)[ \t]*\[?(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?[ ]+)?\d{1,2}:\d{2}(?::\d{2})?(?:[ ]?[AaPp]\.?[Mm]\.?)?\]?[ \t]*(?:[-–—][ \t]*)?((?:[\p{L}][\p{L}'’.]*)(?:[ ][\p{Lu}][\p{L}'’.]*)?)([:：]|[ \t]+(?=\S))/gu;
const NOT_SPEAKER =
  /^(?:Messages|Missed|You|System|Admin|Note|Notes|Call|Video|Voice|Image|Photo|Sticker|Location|Joined|Left|Added|Removed|Changed|Deleted|This|The|Pt|Patient|Doctor|Dr|Nurse|Nursing|BP|HR|RR|SpO2|Temp|GCS|am|pm|AM|PM|患者|病人|医生|醫生|护士|護士|系统|系統|群主|我|你)$/;

function timedSpeakers(text: string, lexicon: NameLexicon | undefined, out: PhiSpan[]): void {
  const found: { at: number; name: string; colon: boolean; value: boolean }[] = [];
  TIMED_LINE.lastIndex = 0;
  for (const m of text.matchAll(TIMED_LINE)) {
    const name = m[1];
    if (name.length > 16 || NOT_SPEAKER.test(name) || /\d/.test(name)) continue;
    const han = HAN.test(name);
    // A Han speaker is a short run (a name, 阿嬤 is a kin word the text would show twice anyway); a Latin one is not a
    // common capitalised word.
    if (han && (name.length > 4 || lexicon?.has(name))) continue;
    if (!han && (COMMON_CAPITALISED.has(name) || EPONYMS.has(name))) continue;
    const end = (m.index ?? 0) + m[0].length;
    found.push({ at: end - m[2].length - name.length, name, colon: /[:：]/.test(m[2]), value: /^[ \t]*[-+]?\d/.test(text.slice(end, end + 8)) });
  }
  // A label every line of which goes on with a number is a measured column ("08:00 体温  36.8"), not a speaker.
  const measured = new Set(found.filter((f) => f.value).map((f) => f.name));
  for (const f of found) if (!f.value) measured.delete(f.name);
  // A transcript: two or more timed lines, and (without colons, where the message could start the line) a speaker
  // that comes back.
  if (found.length < 2) return;
  const count = new Map<string, number>();
  for (const f of found) count.set(f.name, (count.get(f.name) ?? 0) + 1);
  // Without colons the line could open with its message: the shape must hold on three lines and a speaker recur.
  const bare = found.filter((f) => !f.colon);
  const transcript = bare.length >= 3 && bare.some((f) => (count.get(f.name) ?? 0) >= 2);
  for (const f of found) {
    if ((!f.colon && !transcript) || measured.has(f.name)) continue;
    out.push(span('NAME', text, f.at, f.at + f.name.length));
  }
}

// ---- lists of people after a kinship word ------------------------------------------------------------------------
const KIN =
  '(?:mother|father|mum|mom|dad|wife|husband|partner|son|daughter|brother|sister|grandmother|grandfather|grandma|grandpa|granny|nana|nan|koro|kuia|aunt|auntie|uncle|cousin|niece|nephew|friend|stepmother|stepfather|stepson|stepdaughter|widow|widower|fianc[ée]e?|(?:mother|father|sister|brother|daughter|son)-in-law|great-grandmother|great-grandfather|grandchildren|grandchild)s?';
const NAME_WORD = String.raw`\p{Lu}[\p{Ll}'’-]+`;
/** A parenthesis after a listed name (its spouse: "Mary (Joe Kelly) and Anne"). */
const ASIDE = String.raw`(?:[ ]\([^()\n]{1,30}\))?`;
const LIST_AFTER_KIN = new RegExp(
  String.raw`\b${KIN}[ ]((?:of|to)[ ])?(?:the[ ]late[ ])?(${NAME_WORD}${ASIDE}(?:(?:,[ ]|[ ]and[ ]|,[ ]and[ ]|[ ]&[ ])(?:the[ ]late[ ])?${NAME_WORD}${ASIDE})*)`,
  'gu',
);

function kinLists(text: string, out: PhiSpan[]): void {
  LIST_AFTER_KIN.lastIndex = 0;
  for (const m of text.matchAll(LIST_AFTER_KIN)) {
    const list = m[2];
    const listAt = (m.index ?? 0) + m[0].length - list.length;
    // The names of the list, not the words of its asides (read by the other readers).
    for (const w of list.replace(/\([^()]*\)/g, (x) => ' '.repeat(x.length)).matchAll(/\p{Lu}[\p{Ll}'’-]+/gu)) {
      const word = w[0];
      // An eponym with its possessive is the disease ("father Parkinson's has got worse"); a medicine the tables know is
      // left to the slot reader, which reads it by the sentence's predicate (slot-names.ts: "husband Diazepam and
      // Tramadol" lists medicines, "daughter Valium went to school" is a person).
      const bare = word.replace(/['’]s$/, '');
      if (COMMON_CAPITALISED.has(word) || EPONYMS.has(bare) || knownMedicine(bare)) continue;
      // Without "of" the kin word may start a phrase ("mother Nature"): the word must be a first name or not English.
      if (!m[1] && englishWord(word) && !FIRST_NAMES.has(word)) continue;
      const at = listAt + (w.index ?? 0);
      out.push(span('NAME', text, at, at + word.length));
    }
  }
}

// ---- lower-case chat speakers -----------------------------------------------------------------------------------
/** "ngozi: she is awake", "emeka: thank God": a lower-case word opening a line with a colon. */
const LOWER_SPEAKER = /(?:^|\n)[ \t]*([a-z][a-z'’-]{1,14})[ \t]?:[ \t]/g;
/** Line labels of notes and chats that are not people. */
const NOT_LOWER_SPEAKER =
  /^(?:note|notes|edit|update|ps|re|fwd|fw|tip|q|a|ans|answer|question|subject|from|to|cc|bcc|date|time|sent|reply|link|http|https|www|mailto|tel|fax|email|phone|mobile|address|name|dob|age|sex|bp|hr|rr|temp|spo2|pulse|dx|rx|hx|plan|assessment|impression|meds|allergies|status|result|results|step|day|week|morning|evening|night|today|tomorrow|yesterday|important|warning|reminder|todo|done|ok|okay|yes|no|me|you|us|them|mum|mom|dad|nan|nana|gran|grandma|grandpa|auntie|aunty|uncle|tita|tito|lola|lolo|ate|kuya)$/;

function lowerSpeakers(text: string, out: PhiSpan[]): void {
  const count = new Map<string, number>();
  LOWER_SPEAKER.lastIndex = 0;
  for (const m of text.matchAll(LOWER_SPEAKER)) if (!NOT_LOWER_SPEAKER.test(m[1])) count.set(m[1], (count.get(m[1]) ?? 0) + 1);
  // A chat: two speakers or more, each speaking at least twice (a note repeats none of its labels that way).
  const speakers = [...count].filter(([, n]) => n >= 2).map(([w]) => w);
  if (speakers.length < 2) return;
  // Every mention of a speaker is the same person ("ngozi call me").
  for (const w of speakers) {
    const re = new RegExp(`(?<![\\p{L}'’-])${w}(?![\\p{L}'’-])`, 'gu');
    for (const m of text.matchAll(re)) out.push(span('NAME', text, m.index ?? 0, (m.index ?? 0) + w.length));
  }
}

// ---- a name as the subject of a clause ------------------------------------------------------------------------------
/** "Chidubem lives in Enugu", "Obinna will drive", "Tane is driving": a capitalised word that opens a clause and
 * is followed by a verb people are the subject of, when the word is a name word (not an English or clinical word). */
const SUBJECT =
  /(?:^|\n|[.;!?][ ]+|,[ ](?:and|but|so)[ ]|:[ ])(\p{Lu}[\p{Ll}'’-]+(?:[ ]\p{Lu}[\p{Ll}'’-]+)?)[ ](?:works|worked|lives|lived|will (?:drive|come|bring|stay|call|visit|pick|collect|fly|ring|phone|look after)|is driving|was driving|drives|drove|says|said|called|rang|visits|visited|stays|stayed|brought|took|came|went|flew|moved|helped|cares|looks after|phoned|texted|messaged)\b/gu;

function subjects(text: string, isName: (w: string) => boolean, out: PhiSpan[]): void {
  SUBJECT.lastIndex = 0;
  for (const m of text.matchAll(SUBJECT)) {
    if (!m[1].split(' ').every(isName)) continue;
    const at = (m.index ?? 0) + m[0].indexOf(m[1]);
    out.push(span('NAME', text, at, at + m[1].length));
  }
}

// ---- a salutation: "阿布都主任：", "高建平主任：您好" -----------------------------------------------------------------
const SALUTATION =
  /(?:^|\n|致[:：]?[ 　]?(?:[\u4e00-\u9fff]{1,8}[科室部][ 　]+)?)[ 　]*([\u4e00-\u9fff]{2,4}?)(主任|医生|醫生|医师|醫師|教授|老师|老師|先生|女士|院长|院長)[ 　]*(?:[:：,，][ 　]*(?:您好|你好|(?=\n|$))|您好|(?=\n|$))/g;
/** A unit or a duty before a title ("内科主任", "急诊医生", "转诊医生：", "随访医生"): a department or a form label. */
const UNIT_END =
  /[家期科室部院所处處局组組中心站队隊诊診检檢访訪车車出单單话話断斷管床班治签簽审審核录錄查送]$|^(?:各位|尊敬|亲爱|親愛|主治|主管|值班|管床|接诊|责任|責任|住院|门诊|門診)/;

function salutations(text: string, lexicon: NameLexicon | undefined, out: PhiSpan[]): void {
  SALUTATION.lastIndex = 0;
  for (const m of text.matchAll(SALUTATION)) {
    if (UNIT_END.test(m[1]) || lexicon?.has(m[1])) continue;
    const at = (m.index ?? 0) + m[0].indexOf(m[1] + m[2]);
    out.push(span('NAME', text, at, at + m[1].length + m[2].length));
  }
}

// ---- upper-case names in a person's field ----------------------------------------------------------------------------
/** A field whose label names a person ("Patient:", "Name of Member:", "Member (spouse):", "姓名（证件）："), then a name
 * in upper case, as ID documents and claims print it: "DELA CRUZ, ROSALINDA M.", "NGUYEN THI LAN". */
const UPPER_FIELD =
  /(?:^|\n|[ \t　]{2,})([^\n:：]{0,30}?)[ \t]?[:：][ \t　]*([A-Z][A-Z'’-]+(?:[ ][A-Z][A-Z'’-]+)*(?:,[ ]?[A-Z][A-Za-z'’-]+(?:[ ][A-Z][A-Za-z'’-]*\.?)*)?)(?=[ \t　]{2,}|　|[ \t]*\n|[ \t]*$|,[ ]|;|（|\()/g;
const PERSON_LABEL =
  /patient|name|member|spouse|insured|claimant|subscriber|beneficiary|policy ?holder|guardian|mother|father|next of kin|contact|deceased|decedent|payee|姓名|病人|患者|英文名|拼音|家属|家屬/i;
const NOT_PERSON_LABEL = /address|employer|company|hospital|facility|plan|insurer|bank|diagnosis|product|drug|ward|unit|department|program|scheme|clinic/i;

/** Acronyms of units and services that fill contact fields in upper case. */
const WARD_ACRONYMS = new Set('ICU CCU HDU NICU PICU SICU MICU CICU OPD IPD ENT OBGYN ANC PNC NHS GP ED ER OT PT SLT ECG EEG CT MRI'.split(' '));

function upperFields(text: string, out: PhiSpan[]): void {
  UPPER_FIELD.lastIndex = 0;
  for (const m of text.matchAll(UPPER_FIELD)) {
    const label = m[1];
    const v = m[2];
    if (!PERSON_LABEL.test(label) || NOT_PERSON_LABEL.test(label)) continue;
    // A name of two words at least, or a surname with its given names after a comma; not an acronym ("N/A", "NKDA").
    if (!/[ ,]/.test(v) || /^(?:N\/A|NONE|UNKNOWN|NIL|SELF|SAME)\b/.test(v)) continue;
    // Upper-case words of a unit or a note ("ICU NURSE STATION", "COPD, HTN"): a name holds a word that is not English.
    if (!v.split(/[ ,.]+/).some((w) => w.length >= 3 && !englishWord(w) && !WARD_ACRONYMS.has(w))) continue;
    const at = (m.index ?? 0) + m[0].length - v.length;
    out.push(span('NAME', text, at, at + v.length));
  }
}

export function detectNameSlots(text: string, lexicon?: NameLexicon, isName?: (w: string) => boolean): PhiSpan[] {
  const out: PhiSpan[] = [];
  if (HAN.test(text)) {
    surnameTitles(text, lexicon, out);
    salutations(text, lexicon, out);
  }
  if (/\n[ \t]*[a-z]/.test(text)) lowerSpeakers(text, out);
  if (isName && /[A-Z]/.test(text)) subjects(text, isName, out);
  if (/[A-Z]{2,}[ ,][A-Z]/.test(text)) upperFields(text, out);
  if (/\d:\d\d/.test(text)) timedSpeakers(text, lexicon, out);
  if (
    /[A-Z]/.test(text) &&
    /\b(?:of|to) |(?:daughter|son|sister|brother|mother|father|wife|husband|partner|children|grand|niece|nephew|cousin)s? \p{Lu}/u.test(text)
  )
    kinLists(text, out);
  return out;
}

// ---- names next to a found name (after the merge) ------------------------------------------------------------------
// Latin letters only: a Han word in the bracket is a note, not the name's romanisation ("杨××（VIP标识）", s33).
const ROMANISED_AFTER = /^[ ]?[（(]((?:\p{Lu}[\p{Script=Latin}'’-]*)(?:[ ,-]+\p{Lu}[\p{Script=Latin}'’-]*){0,4})[）)]/u;
/** The next member of a Chinese list of people: a separator, then surname + one or two given characters. */
const LIST_NEXT_ZH = /^(?:、|，|,|和|与|與|及|跟|\/|[ 　]+)([\u4e00-\u9fff]{2,4}?)(?=[、，,。；;：:\s）)和与與及跟/]|$)/;
/** A title or kin word written onto a found name ("高建平|主任", "淑芬|姐"): one span with the name. */
const TITLE_AFTER = /^(?:主任|医生|醫生|医师|醫師|大夫|老师|老師|教授|护士|護士|阿姨|师傅|師傅|先生|女士|小姐|姐|哥|叔|姨|婶|嬸)(?![\u4e00-\u9fff]{0,1}[们們])/;
/** A nickname in quotes after a Latin name: 'Zdzisław Nowak ("Zed")'. */
const NICKNAME_AFTER = /^[ ]?\([“"'‘]([\p{Lu}][\p{L}'’-]{1,15})[”"'’]\)/u;

export function namesBesideNames(text: string, spans: readonly PhiSpan[]): PhiSpan[] {
  const out: PhiSpan[] = [];
  const taken = (a: number, b: number) => spans.some((s) => s.start < b && a < s.end);
  /** Given names of the full names found, each with the surnames it was found with. */
  const givens = new Map<string, Set<string>>();
  for (const s of spans) {
    if (s.type !== 'NAME') continue;
    if (!HAN.test(s.text)) {
      const nick = NICKNAME_AFTER.exec(text.slice(s.end, s.end + 24));
      if (nick) {
        const at = s.end + nick[0].indexOf(nick[1]);
        if (!taken(at, at + nick[1].length)) out.push(span('NAME', text, at, at + nick[1].length));
      }
      continue;
    }
    const title = TITLE_AFTER.exec(text.slice(s.end, s.end + 3));
    if (title && s.text.length >= 2 && !/(?:主任|医生|醫生|医师|醫師|大夫|老师|老師|教授|护士|護士|阿姨|师傅|師傅|先生|女士|小姐|[姐哥叔姨婶嬸])$/.test(s.text))
      out.push({ type: 'NAME', start: s.start, end: s.end + title[0].length, text: text.slice(s.start, s.end + title[0].length) });
    // The given name of a full name is the same person when it stands alone later ("郑丽华 … 丽华诉…").
    const sn = COMPOUND.has(s.text.slice(0, 2)) ? 2 : SURNAME.has(s.text[0]) ? 1 : 0;
    if (sn && s.text.length - sn === 2 && /^[\u4e00-\u9fff]+$/.test(s.text) && plausibleGiven(s.text.slice(sn))) {
      const g = s.text.slice(sn);
      givens.set(g, (givens.get(g) ?? new Set()).add(s.text.slice(0, sn)));
    }
    const rom = ROMANISED_AFTER.exec(text.slice(s.end, s.end + 48));
    if (rom) {
      const at = s.end + rom[0].indexOf(rom[1]);
      if (!taken(at, at + rom[1].length)) out.push(span('NAME', text, at, at + rom[1].length));
    }
    // Only full names (surname + given) open a list: "王建国、李梅", not "王阿姨、…".
    if (s.text.length < 2 || s.text.length > 4 || !SURNAME.has(s.text[0])) continue;
    let end = s.end;
    for (let k = 0; k < 6; k++) {
      const next = LIST_NEXT_ZH.exec(text.slice(end, end + 8));
      if (!next) break;
      const v = next[1];
      const sn = COMPOUND.has(v.slice(0, 2)) ? 2 : SURNAME.has(v[0]) ? 1 : 0;
      if (!sn || !plausibleGiven(v.slice(sn))) break;
      const at = end + next[0].length - v.length;
      if (!taken(at, at + v.length)) out.push(span('NAME', text, at, at + v.length));
      end = at + v.length;
    }
  }
  for (const [g, surnames] of givens) {
    for (let at = text.indexOf(g); at >= 0; at = text.indexOf(g, at + g.length)) {
      // Inside a longer found name, or glued to a word ("建国|以来" after 以, "立新功"): not this person.
      if (taken(at, at + g.length) || out.some((o) => o.start < at + g.length && at < o.end)) continue;
      if (/[以来來功]/.test(text[at + g.length] ?? '') && /[以来來功]/.test(text[at + g.length] ?? '')) continue;
      // The full name again, where no reader found it ("患者：顾明轩 … 收件人顾明轩"): the surname goes with it.
      const sn = [...surnames].find((x) => text.slice(at - x.length, at) === x && !taken(at - x.length, at));
      const start = sn ? at - sn.length : at;
      out.push(span('NAME', text, start, at + g.length));
    }
  }
  return out;
}
