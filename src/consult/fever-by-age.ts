// A fever graded by the child's age, from the case's facts rather than its wording: the age and the temperature may come
// in different messages (the opening's "my 6 week old feels hot" and the reply "38.5"), and the state that holds both
// is what is graded. NICE NG143 (fever in under 5s, traffic-light table): under 3 months with 38 °C or more is RED
// (same-day emergency assessment); 3–6 months with 39 °C or more is AMBER (seen by a clinician today). Pure.
import type { CaseFacts } from './types.js';
import { personsNamed } from '../safety/triage/persons.js';
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

/** A fever told in words ("feels hot", "feverish", "temp", "shivery", "38.5°", 发烧, 发热, 烫): whose it is is read below. */
const FEVER_WORD =
  /\b(?:fever\w*|temp\w*|hot|warm|shiver\w*|chills?|burning up)\b|\b\d{2}(?:\.\d)?\s*(?:°|c\b)|发烧|發燒|发热|發熱|体温|體溫|发烫|發燙|烫|燙|烧|燒/gi;
/** A person named: a child or third person (group 1: "my baby", "my 6 week old", "who", "she", 女儿, 宝宝) or the writer
 *  (group 2: "I", "I'm", "me", "my", 我). "my" before a person is that person, so "my baby feels hot" is the baby's. */
const CHILD_WORD = String.raw`(?:baby|son|daughter|boy|girl|infant|newborn|little one|lo|toddler|child|kid|\d{1,2}[- ]?(?:weeks?|wks?|months?|mo|days?)[- ]old)`;
const FEVER_PERSON = new RegExp(
  String.raw`(\b(?:my|our)\s+(?:(?:little|baby|newborn|\d{1,2}[- ]?(?:weeks?|wks?|months?|days?)[- ]old)\s+)?${CHILD_WORD}\b|\b(?:a|the|her|his)\s+${CHILD_WORD}\b|\b(?:he|she|him|her|he's|she's|they|who|baby|son|daughter|child|infant|newborn)\b|他|她|儿子|兒子|女儿|女兒|孩子|宝宝|寶寶|婴儿|嬰兒|娃|小孩|囡囡|闺女|BB)|(我(?!家|们家|們家|的?(?:宝宝|寶寶|宝贝|孩子|儿子|兒子|女儿|女兒|闺女|婴儿|嬰兒|娃|小孩|囡囡|BB))|\b(?:i|i'm|i've|i'd|im|ive|me|my|myself)\b)`,
  'gi',
);
const CLAUSE = /[，,。;；!！?？\n]|\.(?=\s)/;

/**
 * Is the fever the words tell the writer's own ("I feel hot and shivery", "I'm feeling feverish", "my temp is 38.5",
 * "我自己身上发烫") rather than the child's ("my 6 week old feels hot", "I have a 6 week old who feels hot", "我女儿发热了")?
 * Each fever word's subject is the last person named before it in its clause, or — a clause naming no one ("I'm
 * breastfeeding, feeling hot") — the first person of the clause before (review s22 C-2: the subject, not a verb list).
 * The writer's when the writer carries a fever and the child none, or the writer's clause holds the reading.
 */
export function writersOwnFever(text: string): boolean {
  const clauses = text.split(CLAUSE);
  let writer = false;
  let other = false;
  let writerReading = false;
  clauses.forEach((clause, i) => {
    for (const m of clause.matchAll(FEVER_WORD)) {
      let who = personsNamed(clause.slice(0, m.index), FEVER_PERSON).at(-1);
      for (let j = i - 1; who === undefined && j >= 0; j--) who = personsNamed(clauses[j], FEVER_PERSON)[0];
      if (who === 'writer') {
        writer = true;
        if (/\d{2}(?:\.\d)?/.test(clause)) writerReading = true;
      } else if (who === 'other') other = true;
    }
  });
  return writer && (!other || writerReading);
}
