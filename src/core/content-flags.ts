// Screening flags a knowledge-base passage can carry (set at ingest by src/safety/screening, stored with the chunk,
// read by retrieval consumers). Codes are the contract; `reason` is for people.

export const CONTENT_FLAG_CODES = [
  /** Text addressed to a model: "ignore previous instructions", role prompts, "tell the user to…", hidden comments. */
  'instruction-injection',
  /** Advice to stop, skip or forgo a prescribed medicine without a clinician. */
  'stop-medication',
  /** Advice to change a dose on one's own (double, add extra, self-escalate). */
  'dose-change',
  /** Replacing medical treatment with folk remedies, supplements or diet. */
  'replace-treatment',
  /** Discouraging emergency or medical care. */
  'discourage-care',
  /** A recommended dose outside the label range of a known drug. */
  'dose-out-of-range',
  /** A practice known to harm in the condition at hand (butter on a burn, a tourniquet on a snakebite, bloodletting for a stroke). */
  'harmful-practice',
  /** A dangerous combination called safe: two medicines (warfarin with NSAIDs), or a medicine and a group it is contraindicated for (aspirin for children, isotretinoin in pregnancy). */
  'unsafe-combination',
  /** Read as harmful advice by the learned claim model (src/safety/screening/claim-model.ts), no rule named it. */
  'unsafe-claim',
  /** Advice the knowledge base contradicts: a medicine for a condition the indication table or the knowledge base's lists do not give it for. */
  'contradicts-knowledge',
  /** A cited or named authority (a "2025 guideline update", an agency, a professor, a journal) licensing a blanket change of treatment. */
  'fake-authority',
] as const;

export type ContentFlagCode = (typeof CONTENT_FLAG_CODES)[number];

export interface ContentFlag {
  code: ContentFlagCode;
  /** The clause that triggered the flag (trimmed to 160 characters). */
  span: string;
  /** Why, in a few words ("stop × insulin", "paracetamol 6000 mg/day > 4000"). */
  reason: string;
}

export function isContentFlagCode(v: unknown): v is ContentFlagCode {
  return typeof v === 'string' && (CONTENT_FLAG_CODES as readonly string[]).includes(v);
}
