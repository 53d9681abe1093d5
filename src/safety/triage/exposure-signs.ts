// The signs an exposure reader weighs, asked of the ONE sign reader (sign-scan.ts over red-flags/signs.ts, with its
// negation, history and Cantonese/colloquial wordings) and grouped into the classes the knowledge tables name
// (knowledge/sign-classes.ts): a chemical, a poison or a narrow-margin medicine is an emergency when a sign of a class
// its row names is told — so "透唔到气", "collapsed in the bathroom", "pinpoint pupils" or "满嘴溃疡" are read beside an
// exposure by the same words that grade breathing and consciousness everywhere else. Pure.
import type { SignClass } from '../../knowledge/sign-classes.js';
import type { SignId } from '../red-flags/signs.js';
import { scanSigns } from './sign-scan.js';

/** Which class each sign of the vocabulary tells (a sign may tell two: drooling is cholinergic and an airway sign). */
const CLASS_OF: Partial<Record<SignId, readonly SignClass[]>> = {
  dyspnea: ['breathing'],
  severeDyspnea: ['breathing'],
  cyanosis: ['breathing'],
  speechBreathless: ['breathing'],
  stridor: ['breathing', 'airway'],
  chestPain: ['chest'],
  syncope: ['collapse'],
  unconscious: ['collapse'],
  confusion: ['confusion'],
  seizure: ['seizure'],
  longSeizure: ['seizure'],
  ataxia: ['ataxia'],
  // A tremor is no myoclonus: fever rigors tremble (review s23); shaking limbs are read by course-signs.ts limbShaking.
  tremor: ['tremor'],
  drooling: ['cholinergic', 'airway'],
  miosis: ['cholinergic'],
  twitching: ['cholinergic', 'myoclonus'],
  sweating: ['sweating'],
  swallowFail: ['airway'],
  throatSwelling: ['airway'],
  nauseaVomit: ['gi'],
  mouthUlcers: ['mucosal'],
  fever: ['fever'],
  highFever: ['fever'],
  severeBleeding: ['bleeding'],
  hematemesis: ['bleeding'],
  melena: ['bleeding'],
  lowSugar: ['hypo'],
  lethargy: ['lethargy'],
  poorPerfusion: ['poorPerfusion'],
  abdominalPain: ['abdominalPain'],
  severeAbdominal: ['abdominalPain'],
};

/** The classes of the signs found (the triage's own sign ids, read once per message). */
export function signClassesOf(signs: Iterable<SignId>): ReadonlySet<SignClass> {
  const out = new Set<SignClass>();
  for (const s of signs) for (const c of CLASS_OF[s] ?? []) out.add(c);
  return out;
}

/** The classes of the affirmed, current signs in a text (for a reader called outside the triage's pass). */
export function signClassesIn(text: string): ReadonlySet<SignClass> {
  return signClassesOf(scanSigns(text).hits.map((h) => h.sign));
}

/** Does any class of `wanted` appear among `present`? */
export function anyClass(present: ReadonlySet<SignClass>, wanted: readonly SignClass[] | undefined): boolean {
  return (wanted ?? []).some((c) => present.has(c));
}
