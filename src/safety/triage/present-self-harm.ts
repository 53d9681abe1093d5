// A self-harm act told now, read as three parts in any sentence frame (session 17): a WISH to die or not to go on
// (told straight or obliquely — not waking up, "would it be peaceful", goodbye to the world, suicide named even in a
// question or a past attempt) or a sign the act was meant (regretted, hidden from the family) × an ACT or a means made
// ready (tablets or a poison swallowed, tablets lined up or saved, someone locked in and not answering) × TIME (the act
// told now, not inside a history). Session 16's first sight read "ive got all my nans tramadol lined up… would it be
// peaceful", 室友…“晚安 世界”…厕所门反锁了 敲了好久都不应 and "9 sleeping pills every night this week hoping not to wake
// up" as routine: each reader wanted its own words in one clause, and a question or a past attempt elsewhere hid the act.
// A past attempt, a question about suicide or a hyperbole is never lowered by this reading: it only raises (suicide.ts).
// Pure.
import { type Clause, isHistorical } from '../red-flags/context.js';
import { matchesOf } from '../red-flags/match.js';
import { parseNumber } from '../red-flags/numbers.js';
import { readLargeIngestions, withMedicineClass } from './ingestion.js';
import { BY_MISTAKE } from './substances.js';
import { readSelfHarm } from './self-harm-reader.js';

export type PresentAct =
  /** Tablets or a poison swallowed: a large ingestion, five or more tablets counted, a container, a poison. */
  | 'ingested'
  /** A means made ready: tablets lined up, counted out or saved, "I could take all my pills". */
  | 'readied'
  /** Someone locked in and not answering the door or the phone. */
  | 'shutIn';

export interface PresentSelfHarm {
  /** The wish or intent words heard (their text). */
  wish: string;
  act: PresentAct;
  /** Offset of the act. */
  at: number;
}

/** A wish to die or not to wake, in any frame (a question, a past attempt, a film's name is no frame here: an act must be
 *  told now beside it). Denials are read apart (DENIED_BEFORE). */
const WISH =
  /\b(?:hop(?:e|ed|es|ing)|want(?:ed|s|ing)?|wish(?:ed|es|ing)?|pray(?:ed|ing)?|so (?:that )?(?:i|he|she|i'?d|he'?d|she'?d))\b[^.?!]{0,16}?(?:\bnot|\bnever|n['’]?t) (?:to )?wake(?: up)?\b(?! (?:me|him|her|them|the|my|us|at|with|in|early|during|until|till|before|so|feeling|to|again (?:at|in)))|\bnever wake up\b(?! (?:at|with|in|early|during|until|till|before|feeling))|(?<!\b(?:died|passed(?: away)?|went|slipped away|gone)(?: \w+)? )\b(?:peaceful(?:ly)?|painless(?:ly)?)\b(?! (?:to (?!(?:go|die|end|sleep|pass|drift)\b)|for|procedure|surgery|extraction|removal|treatment|test|injection|birth|labou?r|delivery))|\b(?:goodbye|good ?night|bye|farewell),? (?:cruel |the |my )?world\b|\bgo away for good\b|\bsuicid\w*|\bkill (?:my|him|her|them)sel(?:f|ves)\b|\bend (?:it all|my life|his life|her life)\b|\b(?:want|wants|wanted|wanna) to die\b/gi;
const WISH_ZH =
  /不(?:想|要|愿)(?:再)?醒(?:来|过来)?|别(?:再)?醒|一睡不醒|永远睡(?:着|下去|过去)|睡过去(?:就好|算了|就不用)|长眠|(?:会不会|能不能|是不是)[^，。？\s]{0,4}(?:很)?(?:安详|平静|不痛苦|没(?:有)?痛苦|痛苦|没感觉)|(?:晚安|再见|永别|别了|拜拜)了?[\s，,、！!~。.…“”"']{0,3}(?:这个)?世界|世界[\s，,、]{0,2}(?:晚安|再见|拜拜)|解脱|一了百了|自杀|轻生|寻死|不想活|想死(?![你您他她咱])/g;
/** Signs an ingestion was meant — regretted, hidden from the family: weaker than a wish, they count only beside a large
 *  ingestion or a poison swallowed ("刚喝了半瓶敌敌畏 后悔了", "drank the weedkiller… please don't tell my parents"), never
 *  beside a handful of tablets ("吃了6片牛黄解毒片 后悔了"). */
const MEANT =
  /\bregret\w*\b|\bdon'?t (?:want (?:my|anyone|them) (?:family |parents )?to know|tell (?:my|anyone))\b|后悔(?:了|死了)?|不(?:想|敢|能)让[^，。？\s]{0,6}知道|别告诉[^，。？\s]{0,4}(?:家|爸|妈|老公|老婆|任何人)/gi;
/** A denied wish right before it ("not suicidal", 不想死, "don't want to die"). */
const DENIED_BEFORE = /(?:不|没|别|\b(?:not|no|never|dont|didnt|doesnt|wont|cant)\b|n['’]t\b)\s*(?:\w+\s+)?$/i;

/** Tablets counted as swallowed (after medicine names read as class words, ingestion.ts): five or more in the act. */
const TAKEN_EN = String.raw`\b(?:took|taken|taking|swallowed|swallowing|downed|ate|eaten|popped|necked)\b`;
const FEW_EN = '(?:five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a dozen|dozens)';
const COUNT_TAKEN_EN = new RegExp(
  `${TAKEN_EN}(?: [\\w'-]+){0,3}? (?:about |like |around |over |nearly |at least |maybe )?(?<n>\\d{1,3}|${FEW_EN})(?:ish)? (?:of (?:my|his|her|the|their|mum'?s|mom'?s|dad'?s|nan'?s) )?(?:[\\w'-]+ ){0,2}?(?:pills|tablets|caps(?:ules)?|meds)\\b|${TAKEN_EN} (?:(?:a|the|an?|one|two|three|\\d+) (?:(?:whole|entire|full|half(?: a)?) )?)?(?:bottle|box|packet|pack|strip)s? of\\b`,
  'gi',
);
const COUNT_TAKEN_ZH =
  /(?:吃|吞|服|喝|嗑)(?:了|下|掉|光)?[^，。？！\s]{0,6}?(?:(?:一|半|整|一整)(?:瓶|盒|板|排)[^，。？！\s]{0,3}药|(?<n>[五六七八九]|[二三四五六七八九]?十几?|几十|\d{1,3})\s*(?:片|粒|颗)(?!钟))/g;
/** An animal as the one who swallowed ("my dog ate 6 …"): a vet's case, no self-harm. */
const ANIMAL_BEFORE = /\b(?:dog|puppy|cat|kitten|pet|rabbit|parrot)\b[^.?!]{0,12}$|(?:狗|猫|宠物|兔子)[^，。？！]{0,6}$/i;
/** Not a medicine taken in excess: vitamins, supplements, sweets. */
const HARMLESS = /vitamin|gumm(?:y|ies)|probiotic|fish oil|mints?\b|candy|sweets|维生素|维C|钙片|益生菌|鱼油|糖果|含片|喉糖/i;
/** A poison swallowed: pesticide, weedkiller, bleach, antifreeze (also read by the self-harm reader's poison slot). */
const POISON_TAKEN =
  /(?:喝|吞|吃|服)(?:了|下)?[^，。？！\s]{0,6}(?:农药|敌敌畏|百草枯|敌百虫|乐果|草甘膦|老鼠药|鼠药|杀虫剂|消毒液|84|洁厕灵|除草剂|防冻液)|\b(?:drank|swallowed|drunk|downed|took)\b[^.?!]{0,20}\b(?:bleach|antifreeze|weed ?killer|pesticide|paraquat|rat poison|insecticide|drain cleaner)\b/gi;
/** The whole of what was there taken, its object left unsaid or said as a place ("took the lot", "took them all",
 *  "taken everything in the cabinet", 药都吃了, 全吃了, 都吞了): an act, beside a wish only — "药都吃了" alone is a day's
 *  medicine taken. Everything in a cabinet, a drawer or the house is a supply, large enough for a regret or secrecy. */
const ALL_TAKEN =
  /\b(?:took|taken|swallowed|downed|necked|popped|ate|eaten)\s+(?:the (?:whole )?lot|them all|all of (?:them|it)|it all|every (?:last )?(?:one|pill|tablet)|everything(?=\s*(?:[.,!?;]|$|in (?:the|my|his|her|our|their) (?:\w+ )?(?:cabinet|cupboard|drawer|box|bag|house|bathroom)\b|i (?:had|have|could find|found)\b|(?:that|which) was left\b)))\b|(?:药|片|粒|它们|这些|那些|[我他她])?(?:都|全|全部|统统)(?:给)?(?:吃|吞|喝|嗑)(?:了|下|掉|光)|(?:药|片|粒)[^，。？！\s]{0,6}(?:吃|吞|喝)(?:光|完)了/gi;
/** What was eaten whole is food, not a supply ("饭也全吃了", "ate them all, the cookies"). */
const FOOD =
  /饭|菜|面条|零食|零吃|零嘴|食物|蛋糕|水果|早餐|早饭|午饭|晚饭|夜宵|饺子|外卖|火锅|肉|糖|巧克力|薯片|\b(?:cookies?|cakes?|biscuits?|sweets|chocolates?|candy|pizza|chips|crisps|fries|snacks?|dinner|lunch|breakfast|food|pie|donuts?|doughnuts?|crayons?)\b/i;
/** A tomorrow planned: the goodnight is a goodnight ("明天见", "明天还要上班", "see you tomorrow"). */
const TOMORROW =
  /明天见|明天还要|明早|明天早上|\bsee (?:you|ya) tomorrow\b|\btomorrow (?:i|we)\b|\boff to (?:bed|work|the)\b|\bhello (?:holidays?|weekend|sugar)\b/i;
const ALL_SUPPLY =
  /\beverything in (?:the|my|his|her|our|their) (?:\w+ )?(?:cabinet|cupboard|drawer|box|bag|house|bathroom)\b|(?:药箱|抽屉|柜子|家里)(?:里)?的?(?:药)?(?:都|全)/i;
/** A day's or a course's dose, not a supply: "今天的药都吃了", "as prescribed", "like usual". */
const ROUTINE_WHOLE =
  /今天的|今早的|早上的|晚上的|按时|按医嘱|每天|一天一次|疗程|医生开的|\b(?:as prescribed|as directed|as usual|like usual|usual|this morning|course|daily|every day|antibiotics?|(?:morning|evening|night|bedtime)(?:'s)? (?:tablets|pills|meds|medicines?|doses?))\b/i;

/** A means made ready: the tablets lined up or counted out, saved, "I could / I'm going to take all my pills". */
const READIED =
  /\b(?:pills|tablets|meds)\b[^.?!]{0,40}?\b(?:lined up|laid out|counted out|set out|all ready|ready to go)\b|\b(?:have|got|'ve got|kept|saved)\b[^.?!]{0,12}\b(?:\d{2,3}|twenty|thirty|forty|fifty|sixty|a hundred)\w* (?:saved|stashed|put aside|hidden|saved up)\b|\b(?:could|can|will|'ll|going to|gonna|might|about to)\s+(?:just\s+)?(?:take|swallow|down)\s+(?:all|every|the whole|the lot)\b(?![^.?!]{0,30}\b(?:in the morning|with (?:breakfast|food|meals?)|instead of|as prescribed)\b)/gi;
const READIED_ZH =
  /(?:药|片|粒)[^，。？！\s]{0,8}(?:摆|排|数|码)(?:好|了|在|出来)|(?:攒|存|囤|藏)(?:了|着|好)[^，。？！\s]{0,8}(?:药|片|粒)|(?:要|准备|打算|想|可以)[^，。？！\s]{0,4}(?:全|都)(?:部)?(?:吃|吞|喝)(?:了|掉|下)/g;
/** Locked in, and nobody answers the door or the phone. */
const LOCKED =
  /反锁|锁在[^，。？！\s]{0,8}里|关在[^，。？！\s]{0,8}里|\blocked (?:him|her|them|my)sel(?:f|ves) in\b|\blocked (?:the )?(?:bathroom|bedroom|toilet|door)\b/gi;
const NO_ANSWER =
  /(?:敲|喊|叫|打)[^，。？！\s]{0,6}(?:不应|没(?:有)?反应|没(?:有)?人(?:应|理|开)|不开|不接|不回)|(?:不|没)(?:开门|应|回应|回答|吭声)|\b(?:won'?t|doesn'?t|isn'?t|not|no|hasn'?t|stopped) (?:answer|respond|repl|open|com(?:e|ing) out)\w*|\bno (?:answer|response|reply)\b/i;

/** The stretch of text around an offset that a time word governs: a sentence part between punctuation, and in
 *  Chinese a run between spaces (chat Chinese puts a space where a comma would be). */
function segmentAt(text: string, at: number): Clause {
  const zh = /\p{Script=Han}/u.test(text);
  const stop = zh ? /[。！？!?；;，,\n]|\.(?=\s|$)|\s+(?=\p{Script=Han})/gu : /[!?;\n]|\.(?=\s|$)/g;
  let start = 0;
  let end = text.length;
  for (const m of matchesOf(stop, text)) {
    const i = m.index ?? 0;
    if (i + m[0].length <= at) start = i + m[0].length;
    else if (i >= at) {
      end = i;
      break;
    }
  }
  return { start, end };
}

/** An act told now: its stretch is no history ("三年前吞过…" is; "一个小时前吞了…" is not), and it is no mistake. */
const toldNow = (text: string, at: number): boolean => {
  const seg = segmentAt(text, at);
  return !isHistorical(text, seg) && !BY_MISTAKE.test(text.slice(seg.start, seg.end));
};

function firstAct(text: string): { act: PresentAct; at: number; large: boolean; whole?: boolean } | null {
  const t = withMedicineClass(text);
  for (const x of readLargeIngestions(text))
    if (x.taken && toldNow(text, x.at) && !HARMLESS.test(text.slice(x.at, x.at + 30))) return { act: 'ingested', at: x.at, large: true };
  for (const re of [COUNT_TAKEN_EN, COUNT_TAKEN_ZH, POISON_TAKEN]) {
    for (const m of matchesOf(re, t)) {
      const at = m.index ?? 0;
      if (HARMLESS.test(text.slice(at, at + m[0].length + 12))) continue;
      // Five tablets or more: one or two are a dose ("took 2 ibuprofen").
      const n = m.groups?.n;
      const count = n === undefined ? null : (parseNumber(n.replace(/几$/, '')) ?? 10);
      if (count !== null && count < 5) continue;
      if (ANIMAL_BEFORE.test(text.slice(Math.max(0, at - 24), at))) continue;
      // Large: ten tablets or more, a container, a poison.
      if (toldNow(text, at)) return { act: 'ingested', at, large: count === null || count >= 10 };
    }
  }
  if (readSelfHarm(text).slots.includes('poisonIngestion')) {
    const m = /农药|敌敌畏|百草枯|老鼠药|鼠药|bleach|antifreeze|weed ?killer|pesticide|paraquat|rat poison/i.exec(text);
    if (m && toldNow(text, m.index)) return { act: 'ingested', at: m.index, large: true };
  }
  for (const m of matchesOf(ALL_TAKEN, text)) {
    const at = m.index ?? 0;
    const seg = segmentAt(text, at);
    const stretch = text.slice(seg.start, seg.end);
    if (HARMLESS.test(stretch) || FOOD.test(stretch) || ROUTINE_WHOLE.test(stretch) || TOMORROW.test(text)) continue;
    if (ANIMAL_BEFORE.test(text.slice(Math.max(0, at - 24), at))) continue;
    if (toldNow(text, at)) return { act: 'ingested', at, large: ALL_SUPPLY.test(stretch), whole: true };
  }
  for (const re of [READIED, READIED_ZH]) {
    for (const m of matchesOf(re, t)) if (toldNow(text, m.index ?? 0)) return { act: 'readied', at: m.index ?? 0, large: false };
  }
  for (const m of matchesOf(LOCKED, text)) {
    const at = m.index ?? 0;
    if (NO_ANSWER.test(text.slice(at)) && toldNow(text, at)) return { act: 'shutIn', at, large: false };
  }
  return null;
}

function firstWish(text: string, res: readonly RegExp[]): string | null {
  for (const re of res) {
    for (const m of matchesOf(re, text)) {
      const at = m.index ?? 0;
      if (DENIED_BEFORE.test(text.slice(Math.max(0, at - 8), at)) && !/^(?:不|别)/.test(m[0])) continue;
      return m[0];
    }
  }
  return null;
}

/** The present self-harm reading, or null. Both parts must be there; the wish may sit in any frame of the message. */
export function readPresentSelfHarm(text: string): PresentSelfHarm | null {
  const wish = firstWish(text, [WISH, WISH_ZH]);
  const meant = wish === null ? firstWish(text, [MEANT]) : null;
  if (wish === null && meant === null) return null;
  const found = firstAct(text);
  if (found === null) return null;
  const { act, at, large } = found;
  if (wish !== null) return { wish, act, at };
  return act === 'ingested' && large && meant !== null ? { wish: meant, act, at } : null;
}
