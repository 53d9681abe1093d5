// Who swallowed it and how (session 20, #19, review s19 O5): the suicide crisis line is for an ingestion told with intent,
// the poison-centre and ambulance message for an accident. An overdose rule decides an emergency whoever swallowed; the
// crisis line went with a large ingestion unless a young child was named by age, so "孩子误食几粒马钱子", "toddler
// swallowed some oil of wintergreen", "孩子吃了好多颗补铁的药片，以为是糖" told a parent about suicide — and a 13-year-old
// who drank pesticide after being bullied got no line, the amount being no "large ingestion". Read from WHO (a small
// child by its word; a child with no age of 10 or more told) × MODE (mistaken for something else, taken on the sly, got
// into; or with intent or its precipitant: on purpose, after a row, bullied). Pure.
import { findAges } from '../red-flags/age.js';
import { readLargeIngestions } from './ingestion.js';
import { BY_MISTAKE } from './substances.js';

/** A child named by a word for one. */
const CHILD =
  /孩子|小孩|小朋友|宝宝|宝贝|婴儿|幼儿|儿子|女儿|闺女|孙子|孙女|外孙|\b(?:child|children|kids?|toddlers?|baby|babies|infant|little one|son|daughter|grand(?:son|daughter|child))\b/i;
/** A child small by its word alone: a toddler, a baby. */
const SMALL_CHILD = /宝宝(?!女儿|儿子)|婴儿|幼儿|小宝|\b(?:toddlers?|babies|infant|little one)\b|\bbaby(?! (?:sister|brother|girl|boy)\b)/i;
/** The mode of an accident: mistaken (BY_MISTAKE), taken on the sly or found, taken as sweets. */
const ACCIDENT_MODE =
  /偷吃|偷喝|偷偷(?:吃|喝|拿)|翻出来|够到|像糖|当(?:成)?糖|当零食|\b(?:got into|got hold of|got at|climbed up|like (?:sweets|candy)|as (?:sweets|candy)|thinking (?:they|it) (?:were|was) (?:sweets|candy|lollies)|thought (?:they|it) (?:were|was) (?:sweets|candy|lollies))\b/i;
/** Intent told, or the precipitant of a self-poisoning. The precipitant is read as an EVENT CLASS, not a phrase
 *  (s23: "after fighting with her in-laws", "quarrel with father", "dad shouted at him", 被他爸骂了一顿, 打架, 嗌交 were
 *  no row to the old list): a conflict with someone in any inflection (fought/fighting/quarrelled/argued/fell out with;
 *  a row/fight/argument/quarrel/dispute had or after; 吵架 in its separable forms, 打架, 闹矛盾, 嗌交), being scolded or
 *  beaten by anyone (被 + whoever + 骂/打/批评/训, 挨骂, "shouted at him", told off), bullying, a break-up, an exam
 *  failed — the precipitants of self-poisoning in young people (NICE NG225). */
const INTENT_TOLD = /故意|存心|想死|不想活|自杀|轻生|\b(?:on purpose|deliberately|intentionally|to (?:die|kill|hurt|end)|wanted to (?:die|end)|suicid\w*)\b/i;
const CONFLICT_EN =
  /\b(?:fought|fighting|quarrel+(?:ed|ing)|argu(?:ed|ing)|rowed|rowing|fell out|falling out) with\b|\b(?:after|had|having|following|because of)\s+(?:(?:a|an|the|our|his|her|their|my|some|big|huge|massive|bad|another)\s+){0,2}(?:row|fight|argument|quarrel|dispute|falling[- ]out)\b|\b(?:shouted|yelled|screamed|scolded|hit|beat|slapped) (?:at )?(?:him|her|them|me)\b|\bscolded\b|\btold (?:him |her |them |me )?off\b|\bbull(?:ied|ying)\b|\bbroken? up\b|\bdumped (?:him|her|me)\b|\bfailed (?:his|her|my|their|the) (?:exams?|tests?|finals)\b|\bgrounded\b/i;
const CONFLICT_ZH =
  /吵(?:完|了|过)?(?:一|几)?(?:架|嘴|句)|吵起来|争吵|口角|拌嘴|打(?:了|完)?(?:一)?架|闹(?:矛盾|别扭|翻|离婚)|冷战|嗌交|鬧交|拗撬|一气之下|赌气|被[^，。,；\s]{0,5}?(?:骂|打|揍|批评|训|凶|说了(?:几|两)句|说了一顿)|挨(?:了)?(?:骂|打|揍|批评)|欺负|霸凌|分手|考(?:试)?(?:没考好|砸了|不及格)|没考上|落榜|挂科/;
const PRECIPITANT = new RegExp([CONFLICT_EN.source, CONFLICT_ZH.source].join('|'), 'i');
const INTENT = new RegExp([INTENT_TOLD.source, PRECIPITANT.source].join('|'), 'i');

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

/** The mode an ingestion is told in: intent (or its precipitant) first; then an accident — a small child (by its word or
 *  an age under 10), or a child with no age told, a small amount and an accident's mode, or by mistake unhedged and a
 *  small amount; else unknown. Past early childhood a large amount (a whole bottle, 30 tablets) is assessed as possible
 *  self-harm whatever the story (NICE NG225), so it keeps the crisis line. */
export function readIngestionMode(text: string): IngestionMode {
  if (INTENT.test(text.replace(NEGATED_INTENT, ' '))) return 'intent';
  const ages = findAges(text);
  const older = ages.some((g) => g.days >= 10 * 365) || OLDER_WORD.test(text);
  if (older) return 'unknown';
  const small = SMALL_CHILD.test(text) || ages.some((g) => g.days < 10 * 365);
  if (small) return 'accident';
  // Pills taken for sweets are a young child's mistake, whatever the number (孩子…以为是糖).
  if (CHILD.test(text) && AS_SWEETS.test(text) && !HEDGE.test(text)) return 'accident';
  if (HEDGE.test(text) || readLargeIngestions(text).some((x) => x.taken)) return 'unknown';
  if (CHILD.test(text) && ACCIDENT_MODE.test(text)) return 'accident';
  return BY_MISTAKE.test(text) ? 'accident' : 'unknown';
}

/** A precipitant told (a conflict, a scolding, bullying, a break-up, an exam failed) and intent nowhere denied:
 *  deliberate-act.ts reads a poisoning after one as self-poisoning, as it reads one with its purpose said. */
export function toldPrecipitant(text: string): boolean {
  return PRECIPITANT.test(text) && !new RegExp(NEGATED_INTENT.source, 'i').test(text);
}
