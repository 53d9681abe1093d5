// A farewell read as an act of leave-taking (session 20, #19): what a goodbye SAYS, where it is SET, and whether the
// one who said it can be reached now. The screen (suicide.ts) hears farewell words — 告别, "goodbye", a note — and an
// unreachable person; it cannot tell a note that says "对不起爸爸妈妈，我先走了" (a leave-taking, first sight aj071: no
// word of its lists) from a goodbye at an airport with the phone off for the flight (an occasion, over-called).
// A leave-taking message is a message or a note (the container) whose content — quoted, or after 写着/saying — holds
// the speech acts a farewell note is made of: an apology to those left behind, thanks for everything, a goodbye or a
// leaving, entrusting others (照顾好爸妈, "take care of the kids"), a declaration of love, a plea not to search. Read
// from those closed classes of speech act, never from a batch's sentences. Whoever wrote it (the writer tells a third
// party's note as often as their own).
// The same goodbye set on an ordinary OCCASION (a journey, a job, a move, a relationship ending, a school year, a
// death of someone else) is a social goodbye, and an unreachable person with an ordinary REASON told (flying, the
// battery, no signal, at work) is no alarm. Pure.
import { matchesOf } from '../red-flags/match.js';

/** What a message is held in: a note, a letter, a post, a text; the verbs that write or send one. */
const CONTAINER_ZH =
  /纸条|字条|(?:一)?张纸|纸上|(?:一封|封)?信(?!息|心|用|号|任|誉|赖)|留言|遗书|朋友圈|微博|动态|空间|微信|短信|消息|信息|语音|邮件|写着|写了|寫着|寫了|寫住|留(?:了|下|低)|发(?:了|来)|發(?:了|來)|说|話|话/;
const CONTAINER_EN =
  /\b(?:note|letters?|message|messages|text(?:ed|s)?|post(?:ed|s)?|email(?:ed|s)?|voicemail|status|story|snapchat|instagram|facebook|whatsapp|tweet(?:ed)?|wrote|written|saying|says|said|left)\b/i;

/** The speech acts a farewell note is made of, one closed class each. */
const ACTS: readonly { kind: string; zh: RegExp; en: RegExp }[] = [
  {
    kind: 'apology',
    zh: /对不起|對不起|对唔住|對唔住|对不住|抱歉|原谅我|原諒我|(?:别|不要|莫)怪我/,
    en: /\b(?:sorry|forgive me|i apologi[sz]e)\b/i,
  },
  { kind: 'thanks', zh: /谢谢|謝謝|感谢|感謝|多谢|多謝/, en: /\bthank(?:s| you)\b/i },
  {
    kind: 'leaving',
    zh: /再见|再見|永别|永別|告别|告別|道别|道別|拜拜|(?:我)?(?:先)?走(?:了|先)|我要走了|离开(?:了|你们|大家|这个世界)|離開|下辈子|下輩子|来世|來世/,
    en: /\b(?:good-?bye|bye|farewell|i'?m (?:leaving|going|gone)|i have to go|(?:nice|good) knowing (?:you|y'?all)|see (?:you|u|ya) (?:on the other side|never|in another life)|this is the end|won'?t (?:see|bother) (?:you|anyone) again)\b/i,
  },
  {
    kind: 'entrusting',
    zh: /照顾好|照顧好|保重|好好(?:的|活|过|過|生活)|(?:别|不要|唔好)(?:来)?(?:找|等)我|(?:别|不要)(?:为我)?(?:难过|伤心|難過|傷心)/,
    en: /\b(?:take care of (?:the|my|mum|mom|dad|your|each other)|look after (?:the|my|mum|mom|dad|each other)|don'?t (?:look for|blame yourselves?|be sad|cry|come after)|be happy (?:without|for))\b/i,
  },
  { kind: 'love', zh: /(?:我)?爱你们|愛你們|我爱你|我愛你/, en: /\b(?:i )?love (?:you|y'?all)(?: all)?\b/i },
];

/** The content of a message: text inside quotes, or what follows 写着/saying up to the end of the sentence. */
const QUOTED = /[“"「『‘'](?<q>[^”"」』’']{2,120})[”"」』’']/g;
const REPORTED = /(?:写着|寫着|写了|寫了|寫住|写住|说|話|话|saying|says|said|that said|reads?)[:：,，\s]*(?<q>[^。.!?！？\n]{2,80})/gi;

/** The ordinary occasion a social goodbye is set on: a journey, a job, a move, a relationship, a school year, an event,
 *  a death of someone else. Read in the goodbye's own sentence. */
const OCCASION =
  /机场|機場|航班|飞机|飛機|登机|登機|出国|出國|出差|旅游|旅遊|旅行|留学|留學|上大学|去外地|外地上|回老家|离职|離職|辞职|辭職|退休|跳槽|毕业|畢業|搬家|前(?:男|女)友|前任|同事|江湖再见|\b(?:airport|flight|plane|flying|boarding|trip|holiday|vacation|abroad|college|university|uni|job|quit|quitting|resign\w*|retir\w*|colleagues?|co-?workers?|leaving do|graduat\w*|moving (?:house|out|away|abroad)|moved (?:out|away|house)|ex|football|match|game|party|sleepover)\b/i;
/** Finality: a goodbye for ever is no social goodbye, whatever it is set on. */
const FINAL =
  /永别|永別|再也|不会回来|不回来了|下辈子|下輩子|来世|遗书|遺書|最后一次|\b(?:forever|for good|never (?:coming|be) back|won'?t be (?:back|coming back|around)|last time|suicide note|the end)\b/i;

/** An ordinary reason the person cannot be reached: in the air, a dead battery, no signal, at work, asleep. */
const ORDINARY_REASON =
  /(?:要|在|准备)?(?:上|坐)飞机|登机|飛機|没电|沒電|没信号|沒信號|信号不好|在上课|在开会|在上班|睡着了|\b(?:because|since|as|'cause|cos) (?:she|he|they|i)(?:'s| is| are|'re| am|'m)? (?:flying|on (?:a|the) (?:plane|flight)|at (?:work|school|the game)|asleep|driving)\b|\b(?:battery|phone) (?:is |was )?(?:dead|flat|died)\b|\bno (?:signal|reception)\b/i;

/** A letter or note left for one's children, parents or partner: no occasion's goodbye (review s20 S4). */
const LETTER_TO_FAMILY =
  /(?:给|留给|写给|寫給|留給|給)(?:了)?(?:他的|她的|我的)?(?:孩子|小孩|儿子|女儿|兒子|女兒|父母|爸妈|爸媽|爸爸|妈妈|媽媽|家人|老婆|老公)[^，。]{0,8}(?:信|纸条|紙條|遗言|遺言)|(?:信|纸条|紙條)(?:给|給)(?:孩子|儿子|女儿|父母|爸妈|爸爸|妈妈|家人)|\b(?:letters?|notes?) (?:\w+ ){0,2}(?:to|for|addressed to) (?:his|her|their|my|the|our) (?:kids|children|son|daughter|parents|mum|mom|mother|dad|father|family|wife|husband|partner)\b/i;
const TO_EVERYONE = /大家|所有人|每个人|每個人|\b(?:everyone|everybody|all of you|the world)\b/i;
/** A goodbye, a note or a giving away: the words a social goodbye and a farewell share. */
export const GOODBYE_WORD =
  /告别|告別|道别|道別|再见|再見|送人|送给|\bgood-?byes?\b|\bfarewell\b|\bgave (?:away|\w+ away)\b|\bgiving away\b|\bnotes?\b|\bletters?\b/i;
/** Missing or shut in: no ordinary reason explains it. */
const MISSING =
  /不见|不見|失踪|失蹤|没回家|沒回家|没回来|找不到|搵唔到|揾不到|反锁|反鎖|不(?:肯)?开门|\b(?:missing|hasn'?t come (?:home|back)|didn'?t come home|locked|can'?t find|nobody knows where|no one knows where|don'?t know where)\b/i;
/** The phone off or unanswered, in Mandarin, Cantonese or English. */
const PHONE_OFF =
  /(?:电话|電話|手机|手機)[^，。]{0,6}(?:关机|關機|唔开|唔開|不开|不接|唔接|打不通|打唔通|没人接|冇人聽|關咗)|联系不上|聯絡唔到|聯繫不上|不回(?:消息|微信)|唔覆|\b(?:phone (?:is |was |went |goes )?(?:off|switched off|straight to voicemail)|not (?:answering|replying|picking up)|isn'?t (?:answering|replying|picking up)|won'?t (?:answer|reply|pick up)|can'?t (?:reach|get hold of))\b/i;
const SENTENCE = /[^.?!。？！\n]+/g;

/** The leave-taking speech act kinds a content holds. */
function actsIn(content: string): Set<string> {
  const kinds = new Set<string>();
  for (const a of ACTS) if (a.zh.test(content) || a.en.test(content)) kinds.add(a.kind);
  return kinds;
}

export interface LeaveTaking {
  /** A message or note whose content is a leave-taking (two speech acts of a farewell, or one with finality). */
  message: boolean;
  /** A message or note of one farewell speech act ("對唔住", "nice knowing you"): a farewell beside someone unreachable. */
  single: boolean;
  /** The one who left it is missing or cannot be reached (no ordinary reason told). */
  absent: boolean;
  /** Every goodbye word in the message is set on an ordinary occasion, with no finality said. */
  occasion: boolean;
  /** Being unreachable is explained by an ordinary reason (flying, a dead battery, asleep). */
  explainedAbsence: boolean;
}

/** Read the leave-taking in `text` (the normalised message). */
export function readLeaveTaking(text: string): LeaveTaking {
  const explainedAbsence = ORDINARY_REASON.test(text) && !MISSING.test(text);
  // A reason explains a phone that is off, never a person missing or shut in.
  const absent = MISSING.test(text) || (PHONE_OFF.test(text) && !explainedAbsence);
  let message = false;
  let single = false;
  for (const re of [QUOTED, REPORTED]) {
    for (const m of matchesOf(re, text)) {
      const content = m.groups?.q ?? '';
      const at = m.index ?? 0;
      // The container is named before the content, in the same sentence or the one before ("发现一张纸，写着…").
      const before = text.slice(Math.max(0, at - 40), at + 4);
      if (!CONTAINER_ZH.test(before) && !CONTAINER_EN.test(before)) continue;
      // A note that names its occasion ("谢谢大家，再见了，我去上大学了") is social — unless its writer cannot be reached.
      if (OCCASION.test(content) && !absent) continue;
      // A note that says where someone went ("gone to the football game") is no leave-taking: the content must hold two
      // of a farewell's speech acts ("sorry … I'm going first"), or one said as final (永别, forever); one alone is a
      // farewell only beside someone unreachable (the caller's reading).
      const kinds = actsIn(content);
      if (kinds.size >= 2 || (kinds.size === 1 && FINAL.test(content))) message = true;
      else if (kinds.size === 1) single = true;
    }
  }
  // A goodbye set on an occasion: each sentence holding a goodbye word names an occasion, is not said to everyone (大家,
  // "everyone": an occasion's goodbye is said to those it concerns), and nothing says it is final. Never social when the
  // one who said it is missing or unreachable with no reason told: then it is a farewell, whatever it was set on.
  const goodbyes = matchesOf(SENTENCE, text)
    .map((m) => m[0])
    .filter((s) => GOODBYE_WORD.test(s));
  const occasion =
    goodbyes.length > 0 &&
    goodbyes.every((s) => OCCASION.test(s) && !TO_EVERYONE.test(s)) &&
    !FINAL.test(text) &&
    !LETTER_TO_FAMILY.test(text) &&
    !message &&
    !single &&
    !absent;
  return { message, single: single && !message, absent, occasion, explainedAbsence };
}
