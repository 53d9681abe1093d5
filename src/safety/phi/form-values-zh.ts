// A person field's value read by the extent the form gives it. In a form line ("书写医师：蒙晓琳　　上级医师审阅：韦振邦
// 2024-09-01", "患儿：林可欣，女，3岁") the value of a field is closed by the layout — a wide gap, a line end, the next
// label, or the sex and age that follow a name — so it is judged whole: a surname and one or two given characters that
// together are no word, whatever the given characters are (可, 永, 嘉 are given names as often as words). zhFields
// (structure-zh.ts) reads a value character by character from its start and stops at a character that opens words; this
// reader needs the close instead, and adds two things the character reading cannot see:
//  - who ACTED on the record is a person field too: a label ending in an act staff sign for (审阅, 核对, 接收, 调配 …);
//  - a value the form spread one space apart ("姓 名：岑 晓 东　　性 别：男", "医师签名：时 宇 航");
//  - (s33) a label qualified by a bracket before its colon: who fills the field is said in the bracket or by the label
//    ("见证人（护士）：", "转诊医生（签字）：", "收款账户（家属）：" — the holder of the account is a relative);
//  - (s33) a value the system masked: a surname with its given characters starred out ("审核药师：钟**", "收件人：欧阳*琳",
//    "谭**英女士"). A mask hides the given name, not the person's surname; the value is the field's whole extent, in a
//    person's field, before a title (女士, 先生…) or alone in a table cell.
// Surnames in such a slot are the lists of names-zh/structure-zh plus those jieba's dictionary opens person names with
// (区, 官, 门: in its "nr" entries), read once from the dictionary.
import type { PhiSpan } from '../../core/phi-types.js';
import { chineseCharTag, chineseWords, jiebaBaseDict } from '../../knowledge/chinese-words.js';
import type { NameLexicon } from './names-zh.js';
import { NOT_NAMES } from './surnames.js';
import { span } from './span.js';
import { PERSON_LABEL_ZH, slotSurname } from './structure-zh.js';

/** Acts a member of staff signs for: the label names who did it ("双人核对", "输血科接收", "上级医师审阅", "审方"). */
const ACT_LABEL_ZH =
  /(?:审阅|审核|复核|核对|核查|查对|接收|签收|签发|调配|审方|发药|配药|执行|录入|书写|送检|采集|采血|接诊|经办|主刀|督导|校对|抄写|填报|填表|接生|指导)$/;
/** Labels that end like a person's but hold a thing ("出生", "性别", "工作", "关系"). */
const NOT_PERSON_LABEL = /(?:出生|卫生|发生|性别|民族|职业|工种|工作|加工|人数|人次|人群|关系|电子|样本|因子|分子|情况|诊断|部位|方式)$/;
/** What closes a value in a form: a wide gap, a line end, the end, or the sex/age/date that follows a name. */
const CLOSE = /^(?:$|\r?\n|[ \t]{2,}|　|[ \t]?[，,、；;（(][ \t]?(?:[男女](?![\u4e00-\u9fa5]{2})|\d|性别|年龄)|[ \t]+(?:19|20)\d\d[-/.年])/;
const HAN = /^[\u4e00-\u9fa5]$/;
/** Characters that never stand in a name: grammar words, negation, numerals of counting, "某" of a withheld name. */
const NEVER_IN_NAME = new Set('的了是在和与及或不无未已有为被把对从到于某等其该此这那个位名次号岁'.split(''));

let nrInitials: Set<string> | undefined;
/** Characters that open at least eight three-character person names ("nr") of jieba's base dictionary. */
function dictionarySurnames(): Set<string> {
  if (nrInitials) return nrInitials;
  const count = new Map<string, number>();
  for (const line of jiebaBaseDict().toString('utf8').split('\n')) {
    const [w, , tag] = line.split(' ');
    if (tag?.trim() === 'nr' && w.length === 3 && /^[\u4e00-\u9fa5]{3}$/.test(w)) count.set(w[0], (count.get(w[0]) ?? 0) + 1);
  }
  nrInitials = new Set([...count].filter(([, n]) => n >= 8).map(([c]) => c));
  return nrInitials;
}

const surnameIn = (value: string): number => slotSurname(value, 0) || (dictionarySurnames().has(value[0]) ? 1 : 0);

/** Is `value` (2–4 Han characters, closed by the form) a person's name? */
export function formNameValue(value: string, lexicon: NameLexicon | undefined): boolean {
  if (value.length < 2 || value.length > 4 || ![...value].every((c) => HAN.test(c))) return false;
  if ([...value].some((c) => NEVER_IN_NAME.has(c))) return false;
  const sn = surnameIn(value);
  if (!sn || value.length - sn < 1 || value.length - sn > 2) return false;
  // The whole value as a word of the dictionary or a known non-name is the thing the field holds ("高血压", "全血");
  // a prefix that opens a drug or a word elsewhere ("林可|霉素", "高血|压") does not count: the form closed the value.
  if (chineseWords().has(value) || NOT_NAMES.has(value)) return false;
  // A surname that is mainly an adverb or a preposition (曾, 常, 向, 同) before a word is a phrase ("曾建议", "向上级").
  if (/^(?:d|p|c|u)$/.test(chineseCharTag(value[0])) && chineseWords().has(value.slice(sn))) return false;
  return !(lexicon && (lexicon.has(value) || lexicon.has(value.slice(sn))));
}

/** The label before a colon at `colon`, its characters one space apart at most ("姓 名", "上级医师审阅"), or "". */
function labelBefore(text: string, colon: number): string {
  let i = colon;
  while (i > 0 && /[ \t]/.test(text[i - 1])) i--;
  let label = '';
  while (i > 0 && HAN.test(text[i - 1]) && label.length < 8) {
    label = text[i - 1] + label;
    i--;
    if (i > 1 && /[ 　]/.test(text[i - 1]) && HAN.test(text[i - 2]) && !/[ 　]/.test(text[i - 2])) {
      // One space between two characters of a label the form spread out; two spaces end it (a field gap).
      if (i > 2 && /[ 　]/.test(text[i - 3])) break;
      i--;
    }
  }
  return label;
}

/** The label and its bracketed qualifier before a colon at `colon` ("见证人（护士）", "收款账户（家属）"), or null. */
function qualifiedLabel(text: string, colon: number): { label: string; qualifier: string } | null {
  let i = colon;
  while (i > 0 && /[ \t]/.test(text[i - 1])) i--;
  const m = /[（(]([\u4e00-\u9fa5]{1,6})[）)]$/.exec(text.slice(Math.max(0, i - 9), i));
  if (!m) return null;
  return { label: labelBefore(text, i - m[0].length), qualifier: m[1] };
}

const personLabel = (label: string): boolean => label.length >= 2 && (PERSON_LABEL_ZH.test(label) || ACT_LABEL_ZH.test(label)) && !NOT_PERSON_LABEL.test(label);

/** Names that are the whole value of a person's field in a form line. */
export function formNamesZh(text: string, lexicon: NameLexicon | undefined): PhiSpan[] {
  const out: PhiSpan[] = [];
  for (let colon = text.search(/[:：]/); colon >= 0; colon = nextColon(text, colon + 1)) {
    const q = personLabel(labelBefore(text, colon)) ? null : qualifiedLabel(text, colon);
    if (!personLabel(labelBefore(text, colon)) && !(q && (personLabel(q.label) || (q.label.length >= 2 && personLabel(q.qualifier))))) continue;
    let at = colon + 1;
    while (at < text.length && /[ \t　]/.test(text[at]) && at - colon <= 3) at++;
    const masked = maskedName(text, at, MASK_FIELD_CLOSE);
    if (masked) {
      out.push(span('NAME', text, at, at + masked));
      continue;
    }
    const whole = closedValue(text, at);
    if (whole && formNameValue(whole, lexicon)) {
      out.push(span('NAME', text, at, at + whole.length));
      continue;
    }
    const spread = spreadValue(text, at);
    if (spread && formNameValue(spread.value, lexicon)) out.push(span('NAME', text, at, spread.end));
  }
  return out;
}

// ---- masked names ---------------------------------------------------------------------------------------------------
/** Characters a system prints for a hidden character of a name. */
const MASK = '[*＊×✱]';
/** A surname (one or two characters), one to three mask characters, and up to two given characters it left. */
const MASKED = new RegExp(`^([\\u4e00-\\u9fa5]{1,2}?)(${MASK}{1,3})([\\u4e00-\\u9fa5]{0,2})`);
/** What closes a masked value in a field: the form's close, or a bracket after it ("杨××（VIP标识）"). */
const MASK_FIELD_CLOSE = /^(?:$|\r?\n|[ \t]{2,}|　|[ \t]*[（(，,；;|]|[ \t]+\d)/;
/** A title after a masked name ("谭**英女士", "钟*先生"). */
const MASK_TITLE_CLOSE = /^(?:女士|先生|小姐|同学|老师|医生|医师|护士|阿姨|叔叔|大爷|奶奶|爷爷|患者|家属)/;

/** Where a masked name may start outside a field: not after a Han character (inside a word) nor after a mask. */
const MASK_START = new RegExp(`(?<![*＊×✱\\u4e00-\\u9fa5])[\\u4e00-\\u9fa5]{1,2}${MASK}`, 'g');
/** A table cell's close: a gap, a line end, a pipe. */
const MASK_CELL_CLOSE = /^(?:$|\r?\n|[ \t]{2,}|　|[ \t]*\|)/;

/** The length of a masked name at `at` closed by `close` (a surname the lists know, the rest masked), or 0. */
function maskedName(text: string, at: number, close: RegExp): number {
  const m = MASKED.exec(text.slice(at, at + 8));
  if (!m) return 0;
  // The surname must be all the Han before the mask: one or two characters that the surname lists read as one.
  const sn = slotSurname(`${m[1]}某`, 0);
  if (sn !== m[1].length) return 0;
  // A given character left after the mask must not begin a word of its own that the close would cut ("张*先生" keeps
  // 先生 out of the name: the title close is tried on the shortest value first).
  // One mask character alone ("高*", a footnote mark) hides nothing a name needs: a given character must follow it.
  // Before a title the title itself closes the name, so one mask may stand alone ("钟*先生").
  for (let g = m[2].length === 1 && close !== MASK_TITLE_CLOSE ? 1 : 0; g <= m[3].length; g++) {
    const end = m[1].length + m[2].length + g;
    if (close.test(text.slice(at + end, at + end + 8))) return end;
  }
  return 0;
}

/** Masked names outside a labelled field: before a title, or alone in a table cell (a gap or a line edge on both sides). */
export function maskedNamesZh(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  for (const m of text.matchAll(MASK_START)) {
    const at = m.index ?? 0;
    const line = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
    // Markdown emphasis ("**注意**") is no mask.
    if (/[*＊]{2}/.test(line)) continue;
    const cell = /(?:^|[ \t]{2,}|　|\|[ \t]*)$/.test(line);
    const n = maskedName(text, at, MASK_TITLE_CLOSE) || (cell && !flagMask(text, at) ? maskedName(text, at, MASK_CELL_CLOSE) : 0);
    if (n) out.push(span('NAME', text, at, at + n));
  }
  return out;
}

/** (review s33) A result flag before stars in a cell ("| 高** |", "| 阳** |", "结论：  高**"): a mask after a flag character
 * with no given character left after it is the flag's emphasis, no name. */
const FLAG_MASK = new RegExp(`^[高低阳阴危正异]${MASK}+(?![\\u4e00-\\u9fa5])`);
function flagMask(text: string, at: number): boolean {
  return FLAG_MASK.test(text.slice(at, at + 6));
}

function nextColon(text: string, from: number): number {
  const i = text.slice(from).search(/[:：]/);
  return i < 0 ? -1 : from + i;
}

/** The 2–4 Han characters at `at` that the form closes, or "". */
function closedValue(text: string, at: number): string {
  for (let n = 4; n >= 2; n--) {
    const v = text.slice(at, at + n);
    if (v.length === n && [...v].every((c) => HAN.test(c)) && CLOSE.test(text.slice(at + n, at + n + 8))) return v;
  }
  return '';
}

/** Two to four single characters one space apart ("岑 晓 东", "牛　保　山"), closed by a gap, a line end or a label. */
function spreadValue(text: string, at: number): { value: string; end: number } | null {
  const m = /^[\u4e00-\u9fa5](?:[ 　][\u4e00-\u9fa5]){1,3}/.exec(text.slice(at, at + 8));
  if (!m) return null;
  for (let n = m[0].length; n >= 3; n -= 2) {
    const rest = text.slice(at + n, at + n + 16);
    const closes = /^(?:$|\r?\n|[ \t　]{2,}|[ \t　]+(?:[\u4e00-\u9fa5][ 　]?){2,6}[:：])/.test(rest);
    if (closes) return { value: text.slice(at, at + n).replace(/[ 　]/g, ''), end: at + n };
  }
  return null;
}
