// Ages read through the number parser, so "七个礼拜的宝宝", "出生七个礼拜", "two month old" and "6 wk old" all reach the
// infant-fever logic without one regex per spelling. A quantity counts as an age only with an age cue next to it
// ("大/的宝宝/出生/才", "old"), because "烧了两周" and "怀孕七个月" are durations, not ages.
import { findQuantities, type Quantity } from './numbers.js';

// Before the number: birth, or "only/just" on a baby noun; after it: "大", "old", or a baby noun.
// A bare baby noun is not enough ("孩子一天吃几片" is a frequency), nor a bare 才 ("发烧才两天" is a duration).
const ZH_BEFORE = /(?:出生|生下来)(?:才|刚|刚满|只有|满)?(?:了)?\s*$|(?:宝宝|婴儿|孩子|宝|娃|儿子|女儿|闺女|小孩)(?:才|刚|刚满|只有)\s*$/;
const ZH_AFTER = /^(?:了)?(?:大|的(?:宝宝|婴儿|孩子|宝|娃|儿子|女儿|闺女|小孩|男孩|女孩))/;
const EN_AFTER = /^[- ]?old\b/i;
const EN_BEFORE = /\b(?:baby|infant|newborn|son|daughter|he|she) (?:is|'s) (?:only |just )?$/i;
// Pregnancy wording in front ("怀孕七个月", "31 weeks pregnant") makes it a gestation, not an age.
const GESTATION = /(?:怀孕|孕|妊娠|pregnant)\s*$/i;
const GESTATION_AFTER = /^\s*(?:pregnant|along|gestation)/i;

function isAge(text: string, q: Quantity): boolean {
  const before = text.slice(Math.max(0, q.start - 8), q.start);
  const after = text.slice(q.end, q.end + 6);
  if (GESTATION.test(before) || GESTATION_AFTER.test(after)) return false;
  // "一天比一天大" (bigger by the day) is a comparison, not a day-old baby.
  if (/比\s*$/.test(before) || /^\s*比/.test(after)) return false;
  return ZH_BEFORE.test(before) || ZH_AFTER.test(after) || EN_AFTER.test(after) || EN_BEFORE.test(before);
}

/** Ages stated in the text (days), with their spans. */
export function findAges(text: string): Quantity[] {
  return findQuantities(text).filter((q) => isAge(text, q));
}

/** Under 3 months: the age band where any fever needs same-hour assessment. */
export const INFANT_MAX_DAYS = 91;
/** Up to 12 years: "a child" for ingestion and sepsis combinations. */
export const CHILD_MAX_DAYS = 13 * 365;
