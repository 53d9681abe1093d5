// What an emergency seen only by the triage's learned reader becomes once the patient has been asked.
import type { RedFlagRule } from '../safety/red-flags/rules.js';
import { triageMessage } from '../safety/triage.js';
import type { ConsultLang } from './types.js';
import type { ConsultTriage } from './policy.js';

// Same-day care, said as such: the reader's concern stands, no emergency sign was told.
const UNCONFIRMED: RedFlagRule = {
  id: 'model:unconfirmed-after-asking',
  level: 'urgent',
  title: { zh: '根据你描述的情况', en: 'based on what you describe' },
  advice: {
    zh: '你的回答里没有提到所问的急症信号；一旦出现其中任何一项，请按急症处理。',
    en: 'Your answers named none of the emergency signs asked about; if any of them appears, treat it as an emergency.',
  },
  when: [],
};

/**
 * After a question turn, an emergency resting only on the learned reader — no rule, danger sign, suicide component or
 * grounding presentation (signsLevel below emergency: consultTriage) and no yes among the answers (to a red-flag question, or a yes to the turn not placed on any one question) — is
 * same-day care at least: the signs' own level raised to urgent. The reader reads the replies' words too, and a reply
 * that denies the signs asked ("no blood, no green, no neck stiffness") names them: in consultation batches 1–21 all
 * 55 such cases were written as urgent, routine or self-care, none as an emergency. Anything the patient told that a
 * rule reads (a sign, a yes to a danger question) keeps the emergency. A caller's own triage (no signsLevel) is kept.
 */
export function afterAsking(t: ConsultTriage, lang: ConsultLang, turnsAsked: number, affirmed: number): ConsultTriage {
  if (
    turnsAsked === 0 ||
    affirmed > 0 ||
    t.level !== 'emergency' ||
    t.signsLevel === undefined ||
    t.signsLevel === 'emergency' ||
    t.emergencyNumber === undefined
  )
    return t;
  return {
    ...t,
    level: 'urgent',
    reasons: [...t.reasons, UNCONFIRMED.id],
    message: triageMessage('urgent', [UNCONFIRMED], lang, t.emergencyNumber),
  };
}
