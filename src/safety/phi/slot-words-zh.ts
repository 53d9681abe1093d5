// How a dictionary word standing in a Chinese person's slot reads (issue #11, s22; review s21 D0/D4): the slot wins over
// the dictionary. After a kinship noun, a naming verb, a self-introduction, in a demographic line or a sign-off, a word
// that is ALSO a given name (建国, 文静, 国庆, 夏天) is the person — its frequency as an ordinary word does not veto it.
// What still vetoes it is closed classes, read from jieba's tags, not from a list of names: function words (adverbs,
// conjunctions, pronouns, numerals, prepositions, particles), deictic time words (今天, 明天, 平时, 最近), and — right
// after a bare kinship noun, where the predicate may start — a verb or an adjective (我儿子上学, 我妈妈健康…). A common
// word other than these is the name where people are called by it (given-name-model.ts: 建国 names 12 people in the
// dictionary's person entries; 学生, 身体 none). A season or holiday (夏天, 国庆: time nouns people are named after) after a
// bare kinship noun is the person only where the clause tells an event of them (a pause, a time, 了/过) rather than a
// habit of the season (我儿子夏天容易中暑).
import { chineseWordEntry } from '../../knowledge/chinese-words.js';
import { peopleNamed } from './given-name-model.js';
import { plausibleGiven } from './given-names.js';

/** The slot a word stands in: after a bare kinship noun (its predicate may start there), or where a name is told
 * (a naming verb, 我是, a field, a demographic line, a sign-off). */
export type ZhSlotKind = 'kin' | 'naming' | 'intro' | 'signoff';

/** Adverbs, conjunctions, pronouns, direction and numerals, measure words, prepositions, particles, interjections. */
const FUNCTION_TAG = /^(?:d|c|r|f|m|mq|q|p|u[a-z]*|y|e|o)$/;
/** A predicate's word classes: verbs, adjectives, idioms and fixed phrases, state words. */
const PREDICATE_TAG = /^(?:v|vd|vn|vg|vi|vq|a|ad|an|ag|l|i|z|b)$/;
/** A time word that points from now (今天, 明天, 昨晚, 平时, 最近, 天天, 以前, 周末): its first character is a deictic or
 * relative one. Seasons and holidays (夏天, 国庆, 秋月) open with none of these. */
const DEICTIC_TIME = /^(?:[今昨前后去上下本这那每当近现早晚午夜凌傍半整全多几某次隔翌平最刚从以目将过未白黑天年月日周初时]|明[天年早晚晨日儿])/;
/** The least a dictionary word must be used as an ordinary word before the slot needs evidence that people bear it. */
const COMMON = { kin: 300, intro: 300, naming: 5000, signoff: 100 } as const;

export type SlotWordReading = 'name' | 'word' | 'season';

/** How the dictionary word `w` (two characters) reads in a slot of this kind: the name, the sentence's own word, or a
 * season/holiday whose reading the clause after it decides (seasonTold). A word the dictionary lacks is 'name'. */
export function slotWordReading(w: string, kind: ZhSlotKind): SlotWordReading {
  const entry = chineseWordEntry(w);
  if (!entry || /^nr/.test(entry.tag)) return 'name';
  const tag = entry.tag;
  if (FUNCTION_TAG.test(tag)) return 'word';
  if (tag === 't') {
    if (DEICTIC_TIME.test(w)) return 'word';
    // A rare time word is the name as before (秋月 22); a common one only as a season or holiday people are named after.
    if (entry.freq < COMMON[kind]) return 'name';
    if (!seasonGiven(w)) return 'word';
    return kind === 'kin' ? 'season' : 'name';
  }
  if (entry.freq < COMMON[kind]) return 'name';
  // A common word: after a bare kinship noun a verb or an adjective starts the predicate. A common proper noun is the
  // name where many people bear it (建国 12, 建华 20); a common noun (父母, 先生, 学生) never is — jieba's person entries
  // hold titles too (X先生, X大人), so a noun's count says nothing.
  if (kind === 'kin' && PREDICATE_TAG.test(tag)) return 'word';
  return /^(?:ns|nz|nt)$/.test(tag) && peopleNamed(w) >= 5 ? 'name' : 'word';
}

/** Is a time noun a possible given name: a season or holiday (夏天, 国庆, 秋月), not a deictic time, whose characters are
 * both among those people are named with where a name is certain (given-names.ts, loose: 夏, 天)? 术后, 成年, 新年 are not. */
export function seasonGiven(w: string): boolean {
  const entry = chineseWordEntry(w);
  // A season is a common word (夏天 3821); a rare time word with a loose character (成天 "all day") is no season.
  if (entry?.tag !== 't' || entry.freq < 300 || DEICTIC_TIME.test(w) || w.length !== 2) return false;
  return plausibleGiven(w, true);
}

/** A habit of the season or its time frame after the word (夏天容易…, 冬天的时候, 夏天里, 冬天总是): the time noun is
 * the clause's time, not a person. */
const SEASON_FRAME = /^(?:的时候|时|里|期间|以来|以后|之后|之前|容易|经常|常常|总是|总|老是|一般|都|就|会|也|才|特别|比较|更|最|多|少|怕|不|没)/;
/** A time after the season that points from now, by class (夏天|昨晚, 夏天|这两天): a deictic time word, or a demonstrative
 * with a number or 些 and a time unit (这两天, 那几天, 这些天, 这段时间). The season is then no time of the clause: the person. */
const DEICTIC_AFTER =
  /^(?:今年|今天|昨天|昨晚|前天|最近|去年|上周|刚才|已经|刚刚|[这那](?:[一两二三四五六七八九十几]+个?|些|段)(?:天|日|周|星期|礼拜|月|年|晚|夜|时间|阵子?))/;
/** What makes a season the clause's time although an event follows: a time frame (以后, 的时候), an occurrence count or a
 * quantity over the season (两次, 很多, 好几回), a recurring adverb (一直, 反复). */
const SEASON_TIME_IN_CLAUSE =
  /以后|之后|以前|之前|时候|期间|以来|[一两二三四五六七八九十几多\d]+[次回遍场趟阵]|很多|好多|许多|不少|好几|一直|反复|经常|总是|老是|每次|每年/;

/** Is the 过 at `i` the experiential aspect (摔过, 得过), not a word's character (过敏, 不过, 经过, 过年)? */
function experientialGuo(text: string, i: number): boolean {
  const before = chineseWordEntry(text.slice(i - 1, i + 1));
  const after = chineseWordEntry(text.slice(i, i + 2));
  return (!before || before.tag === 'vq') && !after;
}

/** Is another season word in the sentence (夏天出了很多痱子，冬天就好了): the seasons are contrasted, so times. */
function anotherSeason(text: string, start: number, end: number): boolean {
  const from = Math.max(0, text.slice(0, start).search(/[^。！!？?\n]*$/));
  const to = end + (/[。！!？?\n]/.exec(text.slice(end))?.index ?? text.length - end);
  for (let i = from; i + 2 <= to; i++) if ((i + 2 <= start || i >= end) && seasonGiven(text.slice(i, i + 2))) return true;
  return false;
}

/** An event told OF a person after the season word, up to the clause's end: a pause, a number, a time that points from now
 * (夏天|昨晚, 夏天|这两天) — or an aspect 了 in a clause where nothing makes the season its time (review s22 D1: a time
 * frame, a count or a quantity over the season, a recurring adverb, the experiential 过 "once, in autumn", or another
 * season in the sentence). 我儿子夏天发烧了 is the person; 我儿子冬天得了两次肺炎, 我妈妈秋天摔过一跤 are times. */
export function seasonTold(text: string, end: number): boolean {
  const rest = text.slice(end, end + 10);
  if (SEASON_FRAME.test(rest)) return false;
  if (/^(?:$|[\s　，。、；;,.！!？?（()）：:]|\d)/.test(rest)) return true;
  if (DEICTIC_AFTER.test(rest)) return true;
  const clause = /^[^\s　，。、；;,.！!？?]*/.exec(text.slice(end, end + 40))?.[0] ?? '';
  if (!clause.slice(0, 10).includes('了') || SEASON_TIME_IN_CLAUSE.test(clause)) return false;
  for (let i = clause.indexOf('过'); i >= 0; i = clause.indexOf('过', i + 1)) if (experientialGuo(text, end + i)) return false;
  return !anotherSeason(text, end - 2, end);
}
