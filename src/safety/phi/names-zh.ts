// Chinese person names: only after a cue (姓名/我叫/患者/家属…) or before a title (先生/女士/医生…), so plain
// clinical prose ("高血压", "周身乏力") is never read as a name. Surname + 1–2 given characters; compound surnames.
// Role cues (患者, 我老公) are mostly followed by prose in consultations, so they need a hard boundary after the
// name; a stop list drops frequent words that begin with a surname character (许多, 严格, 羊癫疯, 班主任…).
import type { PhiSpan } from '../types.js';
import { COMPOUND_SURNAMES, NOT_NAMES, SINGLE_SURNAMES } from './surnames.js';
import { span } from './span.js';

const SURNAME = `(?:${COMPOUND_SURNAMES.join('|')}|[${SINGLE_SURNAMES.join('')}])`;
// Characters that end a name: function words and clinical verbs that commonly follow one.
const STOP = '因于在的是说男女来到和与及今昨出入主自诉近反突年岁患有无被从已曾经为等也都就还又要将把对向给让跟同并或但而了着过吗呢吧啊呀去前后上下中内外每请谢医先女护老师教主院科室床号病检查术诊治疗药物症电手住邮身联址我你他她您';
const GIVEN = `(?:(?![${STOP}])[\\u4e00-\\u9fa5])`;
// Explicit naming cues: what follows is a name even when prose follows it ("姓名：李娜", "我叫王伟").
const NAMING_CUE =
  '(?:姓名|名字|联系人|监护人|签名|签字|经治医师[:：]|主治医师[:：]|医师[:：]|医生[:：]|我叫|名叫|叫做|我的名字(?:是|叫))';
// Role and relation cues are followed by prose far more often than by a name ("患者许多", "老公是羊癫疯",
// "孩子盖好被子"): a name after them must be adjacent (no 是/为) and end at a hard boundary (ROLE_FOLLOW).
const ROLE_CUE =
  '(?:患者|病人|病员|病患|家属|陪护|本人|母亲|父亲|丈夫|妻子|老公|老婆|儿子|女儿|爱人|孩子|患儿|宝宝|同事|朋友)';
const AFTER_NAMING_CUE = new RegExp(`${NAMING_CUE}(?:[:：]\\s*|\\s*(?:是|为|叫)?\\s*)(${SURNAME}${GIVEN}${GIVEN}?)`, 'g');
const AFTER_ROLE_CUE = new RegExp(`${ROLE_CUE}(?:[:：]\\s*|\\s*叫\\s*|\\s*)(${SURNAME}${GIVEN}${GIVEN}?)`, 'g');
const TITLE = '(?:先生|女士|小姐|老师|医生|医师|大夫|主任|护士长|护士|教授|院长|阿姨|叔叔|阿婆|老伯|大爷|大妈|奶奶|爷爷|同学|师傅|老先生|老太太)';
const BEFORE_TITLE = new RegExp(`(${SURNAME}(?:${GIVEN}${GIVEN}?)??)${TITLE}`, 'g');

const HAN = /[\u4e00-\u9fa5]/;
const STOP_SET = new Set(STOP);
/** Characters that may sit right before "X主任/X医生": start, punctuation, or these few words. */
const BEFORE_BARE = new Set('找问是请和跟给的让对向科室了位被由约：:，,。、；;！!？? \n'.split(''));
/** Han characters that may follow a name after a role cue: record words (因/主诉/男) and the next field (电话/住址/性别). */
const ROLE_FOLLOW = new Set('因于在是说男女今现自诉主入年岁的也和与及等已曾被从来到电手住身联邮性微地床'.split(''));
const COMPOUND = new Set(COMPOUND_SURNAMES);

/** A numeral then a unit after the surname is a time or count ("患者于一年前", "于三天"), not a given name. */
const NUMERAL_UNIT = /^[一二三四五六七八九十两几半数多][一二三四五六七八九十两几半多]*个?[年月天日周岁次号小分]/;
/** After 于 these open a time phrase ("患者于去年", "于昨日"): the preposition, not the surname. */
const TIME_AFTER_YU = /^于[去上昨今近本当前后早晚午夜晨凌半数多]/;

/** A name must end at a boundary: not followed by more Han text unless that text is a stop word or title. */
function endsCleanly(text: string, end: number): boolean {
  const next = text[end];
  return next === undefined || !HAN.test(next) || STOP_SET.has(next);
}

/** After a role cue the name must end at punctuation, the end, or a word records put after names. */
function endsHard(text: string, end: number): boolean {
  const next = text[end];
  return next === undefined || !HAN.test(next) || ROLE_FOLLOW.has(next);
}

/** `at` is where the candidate starts in `text`, so words that run on into a title ("班主任", "祝健康医生") are caught. */
function plausible(name: string, text: string, at: number): boolean {
  if (NOT_NAMES.has(name.slice(0, 2)) || NOT_NAMES.has(text.slice(at, at + 2))) return false;
  if (/科$/.test(name)) return false;
  const surnameLen = COMPOUND.has(name.slice(0, 2)) ? 2 : 1;
  if (NUMERAL_UNIT.test(text.slice(at + surnameLen))) return false;
  if (TIME_AFTER_YU.test(text.slice(at, at + 2))) return false;
  return true;
}

export function detectChineseNames(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  for (const re of [AFTER_NAMING_CUE, AFTER_ROLE_CUE, BEFORE_TITLE]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const name = m[1];
      // The regex can start inside a longer Han run ("主治医生" has no surname, but "科王主任" starts at 王).
      const start = (m.index ?? 0) + m[0].lastIndexOf(name);
      if (!plausible(name, text, start)) continue;
      if (re === AFTER_ROLE_CUE) {
        // Try the full reading, then the two-character one ("患者张伟因…" vs "患者张伟因" read as 张伟因).
        const reading = [name, name.slice(0, -1)].find((n) => n.length >= 2 && !(n.length === 2 && COMPOUND.has(n)) && endsHard(text, start + n.length));
        if (reading) out.push(span('NAME', text, start, start + reading.length));
        continue;
      }
      if (re === AFTER_NAMING_CUE && !endsCleanly(text, start + name.length)) {
        // "姓名王伟应…": the candidate runs on into prose. Try the shorter reading before giving up.
        const short = name.slice(0, -1);
        if (short.length >= 2 && plausible(short, text, start) && STOP_SET.has(text[start + short.length]) === false && endsCleanly(text, start + short.length)) {
          out.push(span('NAME', text, start, start + short.length));
        }
        continue;
      }
      // "骨科王主任" and "王主任，" are names; "感谢医生", "严格按医生" are not: a clean left edge is required.
      if (re === BEFORE_TITLE && start > 0 && !BEFORE_BARE.has(text[start - 1])) continue;
      out.push(span('NAME', text, start, start + name.length));
    }
  }
  return out;
}
