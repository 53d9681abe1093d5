// Who swallowed it and how (session 20, #19, review s19 O5): the suicide crisis line is for an ingestion told with intent,
// the poison-centre and ambulance message for an accident. An overdose rule decides an emergency whoever swallowed; the
// crisis line went with a large ingestion unless a young child was named by age, so "孩子误食几粒马钱子", "toddler
// swallowed some oil of wintergreen", "孩子吃了好多颗补铁的药片，以为是糖" told a parent about suicide — and a 13-year-old
// who drank pesticide after being bullied got no line, the amount being no "large ingestion". Read from WHO (a small
// child by its word; a child with no age of 10 or more told) × MODE (mistaken for something else, taken on the sly, got
// into; or with intent or its precipitant: on purpose, after a row, bullied). Pure.
import { findAges } from '../red-flags/age.js';
import { readLargeIngestions } from './ingestion.js';
import { CONFLICT } from './self-harm-reader.js';
import { BY_MISTAKE } from './substances.js';

/** A child named by a word for one. */
const CHILD =
  /孩子|小孩|小朋友|宝宝|宝贝|婴儿|幼儿|儿子|女儿|闺女|孙子|孙女|外孙|\b(?:child|children|kids?|toddlers?|baby|babies|infant|little one|son|daughter|grand(?:son|daughter|child))\b/i;
/** A child small by its word alone: a toddler, a baby. */
const SMALL_CHILD = /宝宝(?!女儿|儿子)|婴儿|幼儿|小宝|\b(?:toddlers?|babies|infant|little one)\b|\bbaby(?! (?:sister|brother|girl|boy)\b)/i;
/** The mode of an accident: mistaken (BY_MISTAKE), taken on the sly or found, taken as sweets. */
const ACCIDENT_MODE =
  /偷吃|偷喝|偷偷(?:吃|喝|拿)|翻出来|够到|像糖|当(?:成)?糖|当零食|\b(?:got into|got hold of|got at|climbed up|like (?:sweets|candy)|as (?:sweets|candy)|thinking (?:they|it) (?:were|was) (?:sweets|candy|lollies)|thought (?:they|it) (?:were|was) (?:sweets|candy|lollies))\b/i;
/** Intent told in so many words. The precipitant of a self-poisoning (a row, a scolding, bullying, a break-up) is the
 *  self-harm reader's one list (self-harm-reader.ts CONFLICT), read AFTER the accident: a mistake told, a small child or
 *  an age under 10 wins over any conflict word (review s23: 误喝 after 打冷战, "mistook the bleach for water" a week after
 *  a falling-out, a 7-year-old after a row at school were given the suicide line). */
const INTENT_TOLD = /故意|存心|想死|不想活|自杀|轻生|\b(?:on purpose|deliberately|intentionally|to (?:die|kill|hurt|end)|wanted to (?:die|end)|suicid\w*)\b/i;

/** An age told in words, at 10 or more (review s20 S1): a teenager, a school year past primary, a student. */
const OLDER_WORD =
  /初中|高中|高[一二三]|初[一二三]|中学|中學|大学|大學|中专|职高|青春期|少年|\b(?:teen\w*|adolescen\w*|year (?:[7-9]|1[0-3])|grade (?:[5-9]|1[0-2])|(?:[5-9]|1[0-2])th grade|high school|secondary school|middle school|junior high|sixth form|college|uni|university|student)\b/i;
/** A hedge on the accident: it is someone's word, or not known (review s20 S1: "she says by mistake", 不知道是不是). */
const HEDGE =
  /不知道是不是|不确定|不確定|说是|說是|她说|他说|她說|他說|自己说|也许|可能是|\b(?:says?|said|claims?|claimed|supposedly|apparently|allegedly|not sure (?:if|whether)|(?:don'?t|do not|doesn'?t) know (?:if|whether)|unsure (?:if|whether)|no idea (?:if|whether)|wonder(?:ing)? (?:if|whether))\b/i;
/** Intent said not to be: 不是故意, "not on purpose" (review s20 O2). */
const NEGATED_INTENT = /(?:不是|并非|並非|没有|沒有)(?:故意|存心)|\b(?:not|wasn'?t|isn'?t|never|didn'?t do it) (?:on purpose|deliberately|intentionally)\b/gi;

/** Taken as sweets: a small child's mistake. */
const AS_SWEETS =
  /以为是糖|以為是糖|像糖|当(?:成)?糖|當(?:成)?糖|当零食|\b(?:like (?:sweets|candy|lollies)|as (?:sweets|candy|lollies)|thinking (?:they|it) (?:were|was) (?:sweets|candy|lollies)|thought (?:they|it) (?:were|was) (?:sweets|candy|lollies))\b/i;

export type IngestionMode = 'accident' | 'intent' | 'unknown';

/** The mode an ingestion is told in: intent said first; then an accident — a small child (by its word or an age under
 *  10), pills taken for sweets by a child, a mistake told unhedged — which no conflict word overrides; then a precipitant
 *  (intent); past early childhood a large amount (a whole bottle, 30 tablets) is assessed as possible self-harm whatever
 *  the story (NICE NG225), so it keeps the crisis line; then a child who got into it, or by mistake. */
export function readIngestionMode(text: string): IngestionMode {
  if (INTENT_TOLD.test(text.replace(NEGATED_INTENT, ' '))) return 'intent';
  const ages = findAges(text);
  const older = ages.some((g) => g.days >= 10 * 365) || OLDER_WORD.test(text);
  if (!older && (SMALL_CHILD.test(text) || ages.some((g) => g.days < 10 * 365))) return 'accident';
  // Pills taken for sweets are a young child's mistake, whatever the number (孩子…以为是糖).
  if (!older && CHILD.test(text) && AS_SWEETS.test(text) && !HEDGE.test(text)) return 'accident';
  const mistaken = BY_MISTAKE.test(text) && !HEDGE.test(text);
  if (!mistaken && CONFLICT.test(text) && !new RegExp(NEGATED_INTENT.source, 'i').test(text)) return 'intent';
  if (older) return 'unknown';
  if (HEDGE.test(text) || readLargeIngestions(text).some((x) => x.taken)) return 'unknown';
  if (CHILD.test(text) && ACCIDENT_MODE.test(text)) return 'accident';
  return BY_MISTAKE.test(text) ? 'accident' : 'unknown';
}

/** A precipitant told and read as the mode of the ingestion (no mistake, no small child, intent nowhere denied):
 *  deliberate-act.ts reads a poisoning after one as self-poisoning, as it reads one with its purpose said. */
export function toldPrecipitant(text: string): boolean {
  return CONFLICT.test(text) && readIngestionMode(text) === 'intent';
}
