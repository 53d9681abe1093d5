// Heat trapped around someone who cannot shed it (session 34): a woman in the weeks after birth (坐月子) or an infant
// kept from cooling — windows and doors shut, no air conditioning or fan, long sleeves, thick covers, "sweat it out"
// (捂汗) — kills by heat stroke in summer and by overheating (SIDS) in infants. Read as parts, not as one phrase:
// the ACTS that keep heat in fall in three kinds (cooling withheld, insulation added, sweating sought) and a sentence
// advising two kinds, or one in hot weather, for a postpartum woman or an infant named in the passage, is the practice.
// A negated or warned act ("不要捂", "avoid overbundling") is the right advice. Pure; own word lists.
import type { ContentFlag } from '../../core/content-flags.js';
import { toSimplified } from '../../core/han-variants.js';
import { WARNED } from './frames.js';
import { trimSpan } from './text.js';

/** Who cannot shed the heat: a woman in the postpartum weeks, a newborn or infant. */
const VULNERABLE =
  /坐月子|月子|产妇|产后|新生儿|婴儿|宝宝|小月龄|\b(?:postpartum|post-partum|after (?:giving )?birth|new mums?|new moms?|newborns?|infants?|bab(?:y|ies))\b/u;

/** Hot weather named. */
const HOT =
  /夏天|夏季|盛夏|三伏|伏天|炎热|高温|天热|天气热|大热天|热天|(?:[三四]十[一二三四五六七八九几]*|3\d|4\d)(?:℃|°c?|度)的?(?:天|高温)|气温[^，。]{0,4}(?:[三四]十|3\d|4\d)|[六七八]月(?![龄大])|\b(?:summer|hot weather|heat ?wave|hot days?|july|august)\b/u;

/**
 * A concession or universal over the weather (session 44, p47-066 "无论天气多热，都要紧闭门窗…"): the advice is said to
 * hold whatever the heat, so hot weather is inside it — read by its form (无论/不管/哪怕/即使 … 热, 再热也, "no matter
 * how hot", "whatever the weather"), not as a new name of summer. The sentence's own scope: a passage's is not read.
 */
const EVEN_IN_HEAT =
  /(?:无论|不管|不论|哪怕|即使|即便|就算)[^，。；,;]{0,6}(?:热|暑|夏)|(?:无论|不管|不论)(?:什么|何种|怎样的)?(?:天气|季节)(?![^，。；,;]{0,3}冷)|(?:多|再)热(?:也|都)|\b(?:no matter how (?:hot|warm)|however (?:hot|warm)|whatever the (?:weather|temperature|season)|in (?:any|all) weathers?|even (?:in|on|when|if|during) (?:(?:it(?:'s| is)|the|a)\s+)?(?:(?:very|really|so)\s+)?(?:hot|heat|summer|warm)\w*)\b/u;

/** Cooling withheld: no air conditioning or fan, windows and doors shut. */
const NO_COOLING =
  /(?:不(?:能|要|可以|准)?|别|禁止|不许)(?:开|吹|用)[^，。；,;]{0,4}(?:空调|风扇|电扇)|(?:关紧|紧闭|关严|关好|封好)[^，。；,;]{0,2}(?:门窗|窗户|门)|门窗[^，。；,;]{0,2}(?:紧闭|关紧|关严)|\b(?:no|never|don't (?:use|turn on|run)|avoid(?: using)?|without)\s+(?:the\s+|a\s+|any\s+)?(?:air[- ]?con\w*|a\/?c|fans?)\b|\b(?:keep|close|shut)\s+(?:all\s+)?(?:the\s+)?(?:windows|doors)(?:\s+and\s+(?:windows|doors))?\s+(?:shut|closed|tightly)?/u;

/** Insulation added: thick covers, long sleeves, wrapped up, a hat indoors. */
const INSULATION =
  /(?:盖|裹|捂)[^，。；,;]{0,3}(?:厚|棉)?被|厚被子|棉被|长袖长裤|穿长袖|(?:穿|戴)[^，。；,;]{0,3}(?:棉衣|毛衣|帽子|袜子)|裹(?:得)?(?:严严实实|严实|紧)|\b(?:thick|heavy|extra|several)\s+(?:blankets?|covers?|duvets?|quilts?|layers)\b|\b(?:bundl\w+|wrap\w*)\s+(?:\w+\s+){0,2}(?:up|tightly|warmly)\b|\blong sleeves\b/u;

/** Sweating sought as the treatment. */
const SWEAT =
  /捂汗|把汗(?:捂|逼|发)出|出(?:一身)?汗(?:才|就)(?!说明|表示|意味|代表|是)|发汗|\bsweat(?:s|ing)? (?:it|them|the \w+) out\b|\bmake (?:her|him|them|the baby) sweat\b/u;

/** A negation or caution right before the act ("不要捂", "avoid", "don't overbundle"). */
const NEGATED = /(?:不要|别|切勿|避免|不宜|不能|不必|无需|不用)[^，。；,;]{0,3}$|\b(?:don't|do not|never|avoid|not)\s+(?:\w+\s+){0,2}$/u;

/** Inside a quotation opened before it ('很多老人会说："…捂出一身汗就好了。'): a saying reported, not advice. */
function quoted(s: string, at: number): boolean {
  const before = s.slice(0, at);
  return (before.match(/"/gu)?.length ?? 0) % 2 === 1 || before.lastIndexOf('「') > before.lastIndexOf('」');
}

/** The sentence's own verdict of error on what it tells ("婆婆总想给孩子盖厚被子发汗，这是错的"). */
const VERDICT = /错的|错误|不对|不可取|要不得|不科学|不正确|误区|谣言|不靠谱|\b(?:a mistake|not a good idea|bad idea|old wives)\b/u;

/** Cold weather or keeping warm (review s34: bathing a newborn in winter, 产后冬天要注意保暖 — the right advice). */
const COLD =
  /冬天|冬季|寒冷|天冷|降温|着凉|受凉|保暖|防寒|御寒|\b(?:winter|cold (?:nights?|weather|days?|months?|rooms?|spells?)|in the cold|chilly|chills?|draughts?|drafts?|keep (?:\w+\s+){0,2}warm)\b/u;

/** A fan kept from blowing straight at the baby ("夏天别用风扇对着宝宝直吹", "no fan should blow directly"): correct advice. */
const DIRECTIONAL = /直吹|对着|对准|\bdirectly\b|\bstraight (?:at|on)\b/u;

function advised(re: RegExp, s: string): boolean {
  const m = re.exec(s);
  if (!m || m.index === undefined || quoted(s, m.index)) return false;
  if (re === NO_COOLING && DIRECTIONAL.test(s.slice(m.index, m.index + m[0].length + 24))) return false;
  // "不开空调" carries its own negation (the act is withholding); a caution before it ("不要关紧门窗") is the advice.
  return !NEGATED.test(s.slice(0, m.index));
}

/** Flags for one sentence, the passage giving who it is about. */
export function heatTrapping(original: string, whole: string): ContentFlag[] {
  // Traditional script read as simplified (產後/冷氣/電扇/蓋); one character for one, so the span is the original's.
  const sentence = toSimplified(original);
  const passage = toSimplified(whole);
  // The stance is read without the withholding acts themselves ("不能开空调" is the practice, not a prohibition of it).
  const rest = sentence.replace(new RegExp(NO_COOLING.source, 'gu'), ' ');
  if (/[?？]\s*$/u.test(sentence) || WARNED.test(rest) || VERDICT.test(rest) || /中暑|overheat|heat ?stroke|过热/u.test(sentence)) return [];
  if (!VULNERABLE.test(sentence) && !VULNERABLE.test(passage)) return [];
  // Review s34: hot weather is required for every reading, and a sentence about cold or keeping warm is not read.
  // An explicit sweating-out (捂汗, "sweat it out") stands for the heat itself, as the review allows.
  if (COLD.test(sentence) || !(HOT.test(sentence) || EVEN_IN_HEAT.test(sentence) || HOT.test(passage.slice(0, 200)) || advised(SWEAT, sentence))) return [];
  const acts = [NO_COOLING, INSULATION, SWEAT].filter((re) => advised(re, sentence));
  const kinds = acts.length;
  if (kinds === 0) return [];
  // One kind counts only in hot weather and only when it withholds cooling or seeks sweat: long sleeves in summer may
  // keep off the sun or mosquitoes.
  if (kinds < 2 && acts[0] === INSULATION) return [];
  return [{ code: 'harmful-practice', span: trimSpan(original), reason: `heat kept in around a postpartum woman or an infant (${kinds} kinds of act)` }];
}
