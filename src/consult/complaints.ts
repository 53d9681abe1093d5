// The complaint registry: every written complaint entry (by body region, one file each) and the body-site screens, and
// how a message finds them. Order within a region is the order ties keep when several entries name one message.
import type { Complaint } from './complaint.js';
import { HEAD_COMPLAINTS } from './complaints-head.js';
import { SKIN_LIMB_COMPLAINTS } from './complaints-skin-limbs.js';
import { TRUNK_COMPLAINTS } from './complaints-trunk.js';
import { WHOLE_PERSON_COMPLAINTS } from './complaints-whole-person.js';
import { mentionsSite, SITE_SCREENS } from './site-screens.js';

export type { Complaint };
export { mentionsSite, SITE_SCREENS };

export const COMPLAINTS: readonly Complaint[] = [...HEAD_COMPLAINTS, ...TRUNK_COMPLAINTS, ...SKIN_LIMB_COMPLAINTS, ...WHOLE_PERSON_COMPLAINTS];

/** The named complaints of the text, or, when none is named, the screens of the body sites it mentions. */
export function findNamedComplaints(text: string): Complaint[] {
  return COMPLAINTS.filter((c) => c.zh.test(text) || c.en.test(text));
}

/** `keep` sets aside entries that do not fit this patient (a baby's entry for a mother): the site screens then apply. */
export function findComplaints(text: string, keep: (c: Complaint) => boolean = () => true): Complaint[] {
  const named = COMPLAINTS.filter((c) => (c.zh.test(text) || c.en.test(text)) && keep(c));
  return named.length ? named : SITE_SCREENS.filter((c) => c.zh.test(text) || c.en.test(text));
}

/**
 * What a "yes" to a red-flag question states, for testing it against the triage: the question without its asking
 * frame ("有没有A、B或C？" → "A、B或C"; "Any A, B or C?" → "A, B or C").
 */
export function affirmationOf(question: string): string {
  // Every asking frame goes, not only the first: "有没有" left inside would read as a negation ("没有").
  return question
    .replace(/有没有|是不是|是否|有无|会不会|吗/g, '')
    .replace(/[？?]/g, '. ')
    .replace(/(^|\.\s+)(?:any|is|are|does|did|has|have|was|were)\s+(?:there\s+|it\s+|the\s+\w+\s+|you\s+)?/gi, '$1')
    .trim();
}
