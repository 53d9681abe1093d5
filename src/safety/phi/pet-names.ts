// Chinese given names and pet names without a surname, read from the slot they stand in rather than from a surname
// list: a chat speaker with or without a kinship word ("大姐秀兰：", "小芸：", "凱凱："), a name called at the start of
// a message ("媽媽：凱凱，你們…"), a pet name after a role or relation noun ("同事小桃", "朋友阿Ben"), and a contact's
// name in brackets after a phone number ("3391（志明）"). The name part must have the shape of a given name: 小/阿 + a
// given-name character, a doubled given-name character, or one or two given-name characters (given-names.ts).
import type { PhiSpan } from '../types.js';
import { GIVEN_CHARS } from './given-names.js';
import { span } from './span.js';

const KINSHIP =
  '大姐|二姐|三姐|大哥|二哥|三哥|姐姐|哥哥|妹妹|弟弟|表姐|表哥|表妹|表弟|堂姐|堂哥|堂妹|堂弟|大嫂|二嫂|嫂子|姐夫|妹夫|小姨|大姨|二姨|姨妈|舅舅|小舅|大舅|姑姑|小姑|大姑|叔叔|小叔|大伯|姨父|姑父|侄女|侄子|外甥|外甥女|孙女|孙子|女儿|儿子|老公|老婆|媳妇|女婿|阿姐|阿哥|细佬|家姐';
/** Words that are not given names though made of given-name characters (roles, pronouns, labels). */
const NOT_GIVEN = new Set('小组|小结|小时|小儿|小孩|阿姨|阿婆|阿公|阿爸|阿妈|明天|今天|平时|安全|新生|保安|东西|文书|学生|家长|家属|成人'.split('|'));

/** Is `v` shaped like a given or pet name? */
export function givenShaped(v: string): boolean {
  if (NOT_GIVEN.has(v)) return false;
  if (/^[小阿][\u4e00-\u9fff]$/.test(v)) return GIVEN_CHARS.has(v[1]) || /[凯凱芸桃萍兰蘭妹仔弟]/.test(v[1]);
  if (/^阿[A-Z][a-z]{1,8}$/.test(v)) return true;
  if (v.length === 2 && v[0] === v[1]) return GIVEN_CHARS.has(v[0]) || /[凯凱]/.test(v[0]);
  return v.length === 2 && [...v].every((c) => GIVEN_CHARS.has(c));
}

const SPEAKER = new RegExp(`(?<=^|\\n)[ \\t　]*(?:(${KINSHIP}))?([\\u4e00-\\u9fffA-Za-z]{2,4})[：:]`, 'g');
const VOCATIVE = /[：:][ 　]?([\u4e00-\u9fff]{2}|阿[A-Z][a-z]{1,8})[，,！!]/g;
const ROLE_PET =
  /(?:同事|朋友|同学|室友|邻居|鄰居|老乡|老鄉|闺蜜|閨蜜|发小|表姐|表哥|表妹|表弟|堂姐|堂哥|姐姐|妹妹|哥哥|弟弟|大姐|大哥|师傅|師傅)((?:小|阿)[\u4e00-\u9fff]|阿[A-Z][a-z]{1,8})(?![们們])/g;
const CONTACT_AFTER_PHONE = /\d[\d -]{5,}\d[ ]?[（(]([\u4e00-\u9fff]{2,3})[）)]/g;

export function detectPetNames(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  if (!/[\u4e00-\u9fff]/.test(text)) return out;
  // Speakers count only in a chat: two or more lines open with a short speaker label.
  SPEAKER.lastIndex = 0;
  const speakers = [...text.matchAll(SPEAKER)];
  if (speakers.length >= 2) {
    for (const m of speakers) {
      const name = m[2];
      if (!givenShaped(name)) continue;
      const at = (m.index ?? 0) + m[0].indexOf(name, m[1] ? m[0].indexOf(m[1]) + m[1].length : 0);
      out.push(span('NAME', text, at, at + name.length));
    }
    VOCATIVE.lastIndex = 0;
    for (const m of text.matchAll(VOCATIVE)) {
      const v = m[1];
      if (!(v[0] === v[1] || /^[小阿]/.test(v)) || !givenShaped(v)) continue;
      const at = (m.index ?? 0) + m[0].indexOf(v);
      out.push(span('NAME', text, at, at + v.length));
    }
  }
  ROLE_PET.lastIndex = 0;
  for (const m of text.matchAll(ROLE_PET)) {
    if (!givenShaped(m[1])) continue;
    const at = (m.index ?? 0) + m[0].length - m[1].length;
    out.push(span('NAME', text, at, at + m[1].length));
  }
  CONTACT_AFTER_PHONE.lastIndex = 0;
  for (const m of text.matchAll(CONTACT_AFTER_PHONE)) {
    const v = m[1];
    if (![...v].every((c) => GIVEN_CHARS.has(c))) continue;
    const at = (m.index ?? 0) + m[0].length - v.length - 1;
    out.push(span('NAME', text, at, at + v.length));
  }
  return out;
}
