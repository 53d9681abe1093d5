// Chinese person names: only after a cue (患者/姓名/家属/我叫…) or before a title (先生/女士/医生…), so plain
// clinical prose ("高血压", "周身乏力") is never read as a name. Surname + 1–2 given characters; compound surnames.
import type { PhiSpan } from '../types.js';
import { COMPOUND_SURNAMES, NOT_NAMES, SINGLE_SURNAMES } from './surnames.js';
import { span } from './span.js';

const SURNAME = `(?:${COMPOUND_SURNAMES.join('|')}|[${SINGLE_SURNAMES.join('')}])`;
// Characters that end a name: function words and clinical verbs that commonly follow one.
const STOP = '因于在的是说男女来到和与及今昨出入主自诉近反突年岁患有无被从已曾经为等也都就还又要将把对向给让跟同并或但而了着过吗呢吧啊呀去前后上下中内外每请谢医先女护老师教主院科室床号病检查术诊治疗药物症电手住邮身联址我你他她您';
const GIVEN = `(?:(?![${STOP}])[\\u4e00-\\u9fa5])`;
const CUE =
  '(?:患者|病人|病员|病患|姓名|名字|家属|联系人|监护人|陪护|签名|签字|经治医师[:：]|主治医师[:：]|医师[:：]|医生[:：]|我叫|名叫|叫做|我的名字(?:是|叫)|本人|母亲|父亲|丈夫|妻子|老公|老婆|儿子|女儿|爱人|孩子|患儿|宝宝|同事|朋友)';
const AFTER_CUE = new RegExp(`${CUE}(?:[:：]\\s*|\\s*(?:是|为|叫)?\\s*)(${SURNAME}${GIVEN}${GIVEN}?)`, 'g');
const TITLE = '(?:先生|女士|小姐|老师|医生|医师|大夫|主任|护士长|护士|教授|院长|阿姨|叔叔|阿婆|老伯|大爷|大妈|奶奶|爷爷|同学|师傅|老先生|老太太)';
const BEFORE_TITLE = new RegExp(`(${SURNAME}(?:${GIVEN}${GIVEN}?)??)${TITLE}`, 'g');

const HAN = /[\u4e00-\u9fa5]/;
const STOP_SET = new Set(STOP);
/** Characters that may sit right before "X主任/X医生": start, punctuation, or these few words. */
const BEFORE_BARE = new Set('找问是请和跟给的让对向科室了位被由约：:，,。、；;！!？? \n'.split(''));

/** A name must end at a boundary: not followed by more Han text unless that text is a stop word or title. */
function endsCleanly(text: string, end: number): boolean {
  const next = text[end];
  return next === undefined || !HAN.test(next) || STOP_SET.has(next);
}

function plausible(name: string): boolean {
  if (NOT_NAMES.has(name.slice(0, 2))) return false;
  if (/科$/.test(name)) return false;
  return true;
}

export function detectChineseNames(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  for (const re of [AFTER_CUE, BEFORE_TITLE]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const name = m[1];
      if (!plausible(name)) continue;
      // The regex can start inside a longer Han run ("主治医生" has no surname, but "科王主任" starts at 王).
      const start = (m.index ?? 0) + m[0].indexOf(name);
      if (re === AFTER_CUE && !endsCleanly(text, start + name.length)) {
        // "患者应细嚼慢咽": the candidate runs on into prose. Try the shorter reading before giving up.
        const short = name.slice(0, -1);
        if (short.length >= 2 && plausible(short) && STOP_SET.has(text[start + short.length]) === false && endsCleanly(text, start + short.length)) {
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
