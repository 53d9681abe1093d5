// What an emergency seen only by the triage's learned reader becomes once the patient has denied every sign asked.
import type { RedFlagRule } from '../safety/red-flags/rules.js';
import { triageMessage } from '../safety/triage.js';
import type { ConsultTriage } from './policy.js';
import type { ConsultLang } from './types.js';

// Same-day care, said as such: the reader's concern stands, every emergency sign asked was denied.
export const DENIED_AFTER_ASKING: RedFlagRule = {
  id: 'model:signs-denied-after-asking',
  level: 'urgent',
  title: { zh: '根据你描述的情况', en: 'based on what you describe' },
  advice: {
    zh: '你回答说所问的急症信号都没有；一旦出现其中任何一项，请按急症处理，立即拨打急救电话。',
    en: 'You said none of the emergency signs asked about is present; if any of them appears, treat it as an emergency and call for help at once.',
  },
  when: [],
};

/**
 * After a question turn (so the opening alone was no sure emergency: policy.ts asks only a reader-only emergency
 * below READER_SURE, or a non-emergency), an emergency resting only on the learned reader — signs' level below
 * emergency, not a child's, burn's or pregnancy's case the rules call urgent (`vulnerable`) — whose every reply,
 * part by part, denies the signs asked (`allDenied`: reply-polarity.ts) is same-day care: urgent, never lower. The
 * reader reads the replies' words, and "no blood, no rash" names blood and a rash. A reply that tells anything beyond
 * a denial — a description of danger in any words (consult-cases-22's c22-039: "叫他半天才睁眼 也不哭"), a "not sure",
 * an "only a little" — keeps the emergency, as does a caller's own triage (no signsLevel).
 */
export function afterDenials(t: ConsultTriage, lang: ConsultLang, turnsAsked: number, allDenied: boolean): ConsultTriage {
  if (
    turnsAsked === 0 ||
    !allDenied ||
    t.level !== 'emergency' ||
    t.vulnerable === true ||
    t.signsLevel === undefined ||
    t.signsLevel === 'emergency' ||
    t.emergencyNumber === undefined
  )
    return t;
  return {
    ...t,
    level: 'urgent',
    reasons: [...t.reasons, DENIED_AFTER_ASKING.id],
    message: triageMessage('urgent', [DENIED_AFTER_ASKING], lang, t.emergencyNumber),
  };
}
