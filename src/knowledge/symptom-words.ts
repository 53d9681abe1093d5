// English symptom words in one form, so a symptom phrase is said when each of its content words is ("hurts" ≈ pain,
// "tummy" ≈ abdominal): the one home for the symptom → condition index (symptom-conditions.ts) and the
// consultation's red flags from disease pages (src/consult/kb-red-flags.ts).

/** Words that carry no symptom: function words, "symptom(s)", and modifiers the disease tables add that patients
 *  rarely say ("sharp abdominal pain", "lower back pain"). */
export const EN_SYMPTOM_STOP: ReadonlySet<string> = new Set([
  'of',
  'the',
  'in',
  'on',
  'or',
  'and',
  'a',
  'an',
  'to',
  'with',
  'from',
  'at',
  'for',
  'by',
  'symptoms',
  'symptom',
  'problems',
  'problem',
  'abnormal',
  'appearing',
  'other',
  'sharp',
  'excessive',
  'unusual',
  'all',
  'over',
  'skin',
  'burning',
  'lower',
  'upper',
]);

/** Lay and inflected forms read as the word the pages use. */
const EN_SAME: Readonly<Record<string, string>> = {
  hurt: 'pain',
  hurts: 'pain',
  hurting: 'pain',
  ache: 'pain',
  aches: 'pain',
  aching: 'pain',
  sore: 'pain',
  painful: 'pain',
  pains: 'pain',
  tummy: 'abdominal',
  belly: 'abdominal',
  stomach: 'abdominal',
  abdomen: 'abdominal',
  vomiting: 'vomit',
  puking: 'vomit',
  throwing: 'vomit',
  itchy: 'itch',
  itching: 'itch',
  itchiness: 'itch',
  breathless: 'breath',
  breathing: 'breath',
  swollen: 'swell',
  swelling: 'swell',
  dizzy: 'dizz',
  dizziness: 'dizz',
  tired: 'fatigue',
  exhausted: 'fatigue',
  pee: 'urin',
  peeing: 'urin',
  urine: 'urin',
  urination: 'urin',
  urinating: 'urin',
  feverish: 'fever',
  numb: 'numbness',
  tingly: 'tingling',
  wheeze: 'wheezing',
  wheezy: 'wheezing',
  snore: 'snoring',
  testicle: 'testic',
  testicles: 'testic',
  balls: 'testic',
  temperature: 'fever',
};

/** One symptom word in its compared form: a known synonym, else a six-letter stem (plural s dropped when shorter). */
export function enSymptomWord(w: string): string {
  const x = w.toLowerCase();
  if (EN_SAME[x]) return EN_SAME[x];
  return x.length > 6 ? x.slice(0, 6) : x.replace(/s$/, '');
}

/** The content words of an English text, in compared form. */
export function enSymptomWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => !EN_SYMPTOM_STOP.has(w)).map(enSymptomWord);
}
