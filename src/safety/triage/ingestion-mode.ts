// Who swallowed it and how (session 20, #19, review s19 O5): the suicide crisis line is for an ingestion told with intent,
// the poison-centre and ambulance message for an accident. An overdose rule decides an emergency whoever swallowed; the
// crisis line went with a large ingestion unless a young child was named by age, so "孩子误食几粒马钱子", "toddler
// swallowed some oil of wintergreen", "孩子吃了好多颗补铁的药片，以为是糖" told a parent about suicide — and a 13-year-old
// who drank pesticide after being bullied got no line, the amount being no "large ingestion". Read from WHO (a small
// child by its word; a child with no age of 10 or more told) × MODE (mistaken for something else, taken on the sly, got
// into; or with intent or its precipitant: on purpose, after a row, bullied). Pure.
import { findAges } from '../red-flags/age.js';
import { BY_MISTAKE } from './substances.js';

/** A child named by a word for one. */
const CHILD =
  /孩子|小孩|小朋友|宝宝|宝贝|婴儿|幼儿|儿子|女儿|闺女|孙子|孙女|外孙|\b(?:child|children|kids?|toddlers?|baby|babies|infant|little one|son|daughter|grand(?:son|daughter|child))\b/i;
/** A child small by its word alone: a toddler, a baby. */
const SMALL_CHILD = /宝宝(?!女儿|儿子)|婴儿|幼儿|小宝|\b(?:toddlers?|babies|infant|little one)\b|\bbaby(?! (?:sister|brother|girl|boy)\b)/i;
/** The mode of an accident: mistaken (BY_MISTAKE), taken on the sly or found, taken as sweets. */
const ACCIDENT_MODE =
  /偷吃|偷喝|偷偷(?:吃|喝|拿)|翻出来|够到|像糖|当(?:成)?糖|当零食|\b(?:got into|got hold of|got at|climbed up|like (?:sweets|candy)|as (?:sweets|candy)|thinking (?:they|it) (?:were|was) (?:sweets|candy|lollies)|thought (?:they|it) (?:were|was) (?:sweets|candy|lollies))\b/i;
/** Intent told, or the precipitant of a self-poisoning (a row, bullying, a break-up, being told off). */
const INTENT =
  /故意|存心|想死|不想活|自杀|轻生|吵(?:完|了)?(?:一)?架|一气之下|赌气|被(?:同学|人)?(?:欺负|霸凌)|霸凌|分手|被(?:我们|家长|老师|爸妈)?(?:骂|批评|说了几句)|\b(?:on purpose|deliberately|intentionally|to (?:die|kill|hurt|end)|wanted to (?:die|end)|suicid\w*|bull(?:ied|ying)|broke up|(?:after|had|having) (?:a|an|the|our|his|her)? ?(?:row|fight|argument)|told off|grounded)\b/i;

export type IngestionMode = 'accident' | 'intent' | 'unknown';

/** The mode an ingestion is told in: intent (or its precipitant) first; then an accident — a small child, or a child
 *  with no age of 10 or more told and an accident's mode, or anyone by mistake; else unknown. */
export function readIngestionMode(text: string): IngestionMode {
  if (INTENT.test(text)) return 'intent';
  const older = findAges(text).some((g) => g.days >= 10 * 365);
  if (!older && (SMALL_CHILD.test(text) || (CHILD.test(text) && ACCIDENT_MODE.test(text)))) return 'accident';
  return BY_MISTAKE.test(text) && !older ? 'accident' : 'unknown';
}
