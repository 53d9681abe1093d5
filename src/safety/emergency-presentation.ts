// Which presentation made an emergency: the triage's rule reasons mapped to the presentation whose questions a clinician
// asks while sending the patient (the time a stroke started; what was taken, how much and when; how long a fit lasted).
// The consultation's send-then-ask turn (consult/policy.ts) orders its questions by it, so a side complaint told beside
// the emergency (a cough beside slurred speech, a knee beside a dragging leg) or a medicine's own screen (kidney disease
// beside thirty paracetamol) does not take the emergency's place (review s39: 17 of 71 send-and-ask turns asked those).
// Only rules that name one presentation are mapped: "unconscious-seizure" (a fit OR someone who cannot be woken) names
// none, and a learned reader's emergency ("model:…") names none — those keep the policy's own order.
import type { PresentationId } from './triage/presentations.js';

/** The triage rule reasons that name the presentation of an emergency. */
export type EmergencyReason =
  | 'stroke-signs'
  | 'stroke-speech-limb'
  | 'one-sided-weakness'
  | 'acute-hand-weakness'
  | 'transient-ischaemic-attack'
  | 'poisoning-overdose'
  | 'deliberate-overdose'
  | 'paracetamol-over-limit'
  | 'possible-poison-wild-mushroom'
  | 'delayed-poison-mushroom-late-onset'
  | 'seizure'
  | 'seizure-in-progress'
  | 'long-seizure'
  | 'seizure-cluster'
  | 'seizure-fever-child'
  | 'chest-pain-cardiac'
  | 'anaphylaxis'
  | 'anaphylaxis-signs'
  | 'severe-asthma'
  | 'severe-breathing-difficulty'
  | 'exertional-collapse'
  | 'suicide-risk';

export const EMERGENCY_PRESENTATION = {
  'stroke-signs': 'neuroDeficit',
  'stroke-speech-limb': 'neuroDeficit',
  'one-sided-weakness': 'neuroDeficit',
  'acute-hand-weakness': 'neuroDeficit',
  'transient-ischaemic-attack': 'neuroDeficit',
  'poisoning-overdose': 'poisoning',
  'deliberate-overdose': 'poisoning',
  'paracetamol-over-limit': 'poisoning',
  'possible-poison-wild-mushroom': 'poisoning',
  'delayed-poison-mushroom-late-onset': 'poisoning',
  seizure: 'seizure',
  'seizure-in-progress': 'seizure',
  'long-seizure': 'seizure',
  'seizure-cluster': 'seizure',
  'seizure-fever-child': 'seizure',
  'chest-pain-cardiac': 'chestPain',
  anaphylaxis: 'allergy',
  'anaphylaxis-signs': 'allergy',
  'severe-asthma': 'breathlessness',
  'severe-breathing-difficulty': 'breathlessness',
  'exertional-collapse': 'collapse',
  // Self-harm is asked by the crisis advice the lead carries; an overdose beside it is asked as the overdose first.
  'suicide-risk': 'mentalHealth',
} as const satisfies Record<EmergencyReason, PresentationId>;

/** Most specific first: what was taken, a fit, an allergy, a stroke before the breathing or collapse they cause, and
 *  self-harm last (its crisis advice leads the turn; an overdose beside it is asked as the overdose). */
const SPECIFIC_FIRST: readonly PresentationId[] = [
  'poisoning',
  'seizure',
  'allergy',
  'neuroDeficit',
  'chestPain',
  'collapse',
  'breathlessness',
  'mentalHealth',
];

const isEmergencyReason = (r: string): r is EmergencyReason => Object.hasOwn(EMERGENCY_PRESENTATION, r);

/**
 * The presentations the triage's reasons name, most specific first (SPECIFIC_FIRST): an anaphylaxis is asked its throat
 * and faintness before the breathing it causes. Empty when no rule names one (a learned reader's emergency).
 */
export function emergencyPresentations(reasons: readonly string[]): PresentationId[] {
  const named = new Set<PresentationId>(reasons.filter(isEmergencyReason).map((r) => EMERGENCY_PRESENTATION[r]));
  return SPECIFIC_FIRST.filter((p) => named.has(p));
}
