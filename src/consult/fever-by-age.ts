// A fever graded by the child's age, from the case's facts rather than its wording: the age and the temperature may come
// in different messages (the opening's "my 6 week old feels hot" and the reply "38.5"), and the state that holds both
// is what is graded. NICE NG143 (fever in under 5s, traffic-light table): under 3 months with 38 °C or more is RED
// (same-day emergency assessment); 3–6 months with 39 °C or more is AMBER (seen by a clinician today). Pure.
import type { CaseFacts } from './types.js';
import type { UntilExcluded } from './until-excluded.js';

export interface FeverByAge {
  id: 'fever-by-age';
  level: UntilExcluded['level'];
  title: { zh: string; en: string };
  advice: { zh: string; en: string };
}

/** The NICE NG143 rows that grade on age × temperature alone, youngest first: [age below (years), from °C, level]. */
export const FEVER_ROWS: readonly { below: number; from: number; level: UntilExcluded['level'] }[] = [
  { below: 3 / 12, from: 38, level: 'emergency' },
  { below: 6 / 12, from: 39, level: 'urgent' },
];

const TEXT: Record<UntilExcluded['level'], Omit<FeverByAge, 'id' | 'level'>> = {
  emergency: {
    title: { zh: '3个月以下婴儿体温≥38℃', en: 'a baby under 3 months with a temperature of 38 °C or more' },
    advice: {
      zh: '3个月以下的宝宝发烧可能是严重感染的唯一表现，需要马上去急诊（或拨打急救电话），不要在家观察或只用退烧药。',
      en: 'In a baby under 3 months a fever can be the only sign of a serious infection: go to A&E now (or call an ambulance) — do not wait at home or rely on fever medicine.',
    },
  },
  urgent: {
    title: { zh: '3–6个月婴儿体温≥39℃', en: 'a baby of 3–6 months with a temperature of 39 °C or more' },
    advice: {
      zh: '3–6个月的宝宝体温≥39℃，需要今天就让医生看（儿科急诊或当天门诊）。',
      en: 'A baby of 3–6 months with 39 °C or more needs to be seen by a doctor today.',
    },
  },
};

/** The fever's grade for the patient the facts describe; undefined when the age or the temperature is not known. */
export function feverByAge(facts: Pick<CaseFacts, 'age' | 'temperatureC'>): FeverByAge | undefined {
  const { age, temperatureC } = facts;
  if (age === undefined || temperatureC === undefined) return undefined;
  const row = FEVER_ROWS.find((r) => age < r.below && temperatureC >= r.from);
  return row ? { id: 'fever-by-age', level: row.level, ...TEXT[row.level] } : undefined;
}
