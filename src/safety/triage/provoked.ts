// A symptom that comes only with a mechanical trigger and settles when the trigger stops is read by its trigger, not by
// its words: a chest that feels tight when coughing, in someone who says stairs and walking are fine, is the cough's
// strain, not a heart that falls short under load (cardiac pain comes with exertion, which they deny); a leg that
// tingles after standing an hour and settles on sitting down is a nerve pressed by a posture, not a stroke (a stroke's
// deficit does not come and go with how one stands). Two parts are needed each time — the trigger and what settles or
// clears it — so "chest tight since this morning" or "right leg numb" alone are read as before. Pure.

/** Chest discomfort brought on by coughing or a deep breath, in the same sentence. */
const CHEST_ON_COUGH =
  /(?:胸|胸口|胸部)[^。？！]{0,16}(?:咳嗽|咳|深吸气|深呼吸)[^，。]{0,4}(?:的时候|时|更|就)|(?:咳嗽|咳|深吸气|深呼吸)[^，。]{0,6}(?:的时候|时)[^。？！]{0,10}(?:胸|胸口)|\bchest\b[^.?!]{0,40}\bwhen (?:i |he |she )?(?:cough|breathe in|take a (?:deep )?breath)\w*|\b(?:cough|coughing)\b[^.?!]{0,30}\bchest\b[^.?!]{0,20}\b(?:tight|sore|hurts?|aches?)\b/i;
/** Exertion said to be tolerated: what clears the cardiac question. */
const EXERTION_TOLERATED =
  /(?:爬楼梯?|上楼|走路|跑步|运动)[^，。]{0,6}(?:都)?(?:没问题|没事|正常|可以|不喘|不累)|\bcan (?:do|climb|walk up|manage) (?:the )?stairs\b|\b(?:stairs|walking|exercise|running)\b[^.?!]{0,20}\b(?:fine|ok|okay|no problem)\b|\bwalk (?:\w+ ){0,3}fine\b|\bnot (?:breathless|short of breath|out of breath)\b/i;

/** Numbness or tingling of a limb after a posture held. */
const LIMB_ON_POSTURE =
  /(?:久站|久坐|站久|坐久|蹲久|站(?:了)?[^，。]{0,4}(?:小时|久)|坐(?:了)?[^，。]{0,4}(?:小时|久)|压着|翘二郎腿)[^。？！]{0,10}(?:腿|脚|手|胳膊)[^，。]{0,4}(?:麻|发麻|没知觉)|\b(?:after|when) (?:\w+ ){0,2}(?:standing|sitting|kneeling|crouching|sleeping on it|crossing my legs)\b[^.?!]{0,40}\b(?:numb|tingl\w*|pins and needles)\b|\b(?:numb|tingl\w*|pins and needles)\b[^.?!]{0,40}\b(?:after|when) (?:\w+ ){0,2}(?:standing|sitting|kneeling|crouching)\b/i;
/** Settled by changing the posture. */
const POSTURE_RELIEF =
  /(?:坐|站|躺|蹲|活动|动|走)(?:一会儿?|一下|几步|起来)?(?:就|又)(?:好了|好|没事了?|缓过来了?|不麻了)|\b(?:goes|went) away (?:when|once|after) (?:i |he |she )?(?:sit|stand|move|walk|shake)\w*|\b(?:sitting|standing|moving|walking) (?:\w+ ){0,2}(?:fixes|helps|settles) it\b/i;

/** Both, global, for every span they cover. */
const PROVOKED_ALL = [LIMB_ON_POSTURE, POSTURE_RELIEF].map((re) => new RegExp(re.source, 'gi'));
/** A piece of the message the provoked reading may cover: split at punctuation, at a space between Chinese words, and
 *  before a contrast or time word that starts another finding ("但是从中午开始左手一直没力气", "but since lunch…"). */
const PIECE_BREAK =
  /[.?!。？！\n,;，；]+|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])|(?=但是|但|可是|不过|然而|从[^，。]{0,8}开始|后来|今天|昨天|现在|这两天|最近|\b(?:but|however|although|though|since|then|now|today|yesterday|this morning|and now)\b)/gi;
/** Weakness words: a limb that will not move or hold is no pressed nerve, however a posture is named beside it. */
const WEAKNESS =
  /没(?:有)?力气?|没劲|无力|使不上劲|抬不起|举不起|拿不住|握不住|不能动|动不了|不听使唤|\bweak(?:ness|ened)?\b|\bparaly[sz]\w*|\bcan'?t (?:lift|raise|move|grip|hold)\b|\b(?:gave|gives) (?:out|way)\b|\bdropping things\b/i;

/**
 * The message with the pieces that tell the posture-provoked numbness and its relief blanked (same length): only the
 * provoked finding's own words — a piece holding a weakness word is never blanked — so what the rest of it says
 * (weakness, speech, face, vision, however it is joined) is read as usual and keeps its stroke reading.
 */
export function maskProvokedLimb(text: string): string {
  const spans: [number, number][] = [];
  for (const re of PROVOKED_ALL) for (const m of text.matchAll(re)) spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  const cuts = [0, ...[...text.matchAll(PIECE_BREAK)].flatMap((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]), text.length];
  let out = '';
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const piece = text.slice(a, b);
    out += spans.some(([x, y]) => x < b && y > a) && !WEAKNESS.test(piece) ? ' '.repeat(piece.length) : piece;
  }
  return out;
}

export type Provoked = 'chest-on-cough' | 'limb-on-posture';

/** The mechanical triggers the message ties its symptoms to, with what clears or settles them. */
export function readProvoked(text: string): Provoked[] {
  const out: Provoked[] = [];
  if (CHEST_ON_COUGH.test(text) && EXERTION_TOLERATED.test(text)) out.push('chest-on-cough');
  if (LIMB_ON_POSTURE.test(text) && POSTURE_RELIEF.test(text)) out.push('limb-on-posture');
  return out;
}
