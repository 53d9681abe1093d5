// The crisis line checked AFTER the decision (session 37, #19). A suicide or self-harm emergency must carry the line
// whoever made it an emergency; the sources in crisis-line.ts are read before the level is final and each needs its own
// reader to have heard the risk, so an emergency the learned reader raised (triage-ba ba075, a postpartum mother saying
// the baby is better off without her, found at the balcony edge holding it; ba118, a pharmacist's regular buying her
// third pack of paracetamol today, "this should be enough now") came out with the emergency number alone. This is a
// second, separate check on the final level: it never changes the level, it only adds the line to an emergency when
// the message tells a suicidal course in a form the screen has no words for:
//   - a STAGE of a suicidal course (suicide-stage.ts: preparatory, interrupted, means at hand, in progress, done);
//   - a BURDEN wish (someone, the writer or the one they speak of, is better off / lighter without them, a burden) AND
//     that person placed at a lethal place now (lethal-place.ts placedAtLethal) or a lethal means acquired;
//   - a medicine GATHERED beyond one purchase (the 3rd pack today, packs from several pharmacies) AND the amount said
//     to be SUFFICIENT ("this should be enough now", 这些应该够了): enough for nothing a person names.
// Not read: a burden said with nothing at hand (that is the screen's to grade), an accident (a young child, carbon
// monoxide from a fuel, an ingestion by mistake: the caller passes it), an amount said to be enough for a named purpose
// ("enough for the trip", 够吃一个月). A purpose named for the MEDICINE ("for her headaches", 治失眠, 给自己吃) does NOT cancel
// the course (session 38 review fix): a stated innocuous purpose is how stockpiling is covered, and a needless line is a
// lesser harm than a lost one. Pure; its own word lists, no older list widened.
import { placedAtLethal } from './lethal-place.js';
import { readMeansAcquired } from './means-acquired.js';
import { readSuicideStage } from './suicide-stage.js';

export type LineAfterReading = 'stage' | 'burden-at-hand' | 'gathered-enough';

/** Someone is better off, lighter or happier without a person, or a person is a burden (either person). */
const BURDEN_ZH =
  /(?:没有|没了|少了|离开)(?:我|她|他)[^，。！？!?]{0,6}(?:会|就|才)?(?:更好|更轻松|过得更好|更幸福|更开心|好过些|好过点)|(?:是|成了|变成)(?:大家|家里|家人|你们|他们)?的?(?:累赘|负担|包袱)|拖累(?:大家|家里|家人|你们|他们|孩子)/;
const BURDEN_EN =
  /\bbetter off without (?:me|her|him|them)\b|\b(?:happier|easier|lighter) (?:for everyone |for them |for you )?without (?:me|her|him)\b|\b(?:i'?m|i am|she'?s|she is|he'?s|he is) (?:just |only )?(?:a |such a )burden\b/i;

/** A medicine gathered beyond one purchase: the Nth pack/box today, packs from several shops or branches. */
const MEDICINE = String.raw`(?:paracetamol|acetaminophen|tylenol|panadol|ibuprofen|aspirin|co-?codamol|codeine|sleeping (?:pills|tablets)|pills|tablets|药|安眠药|扑热息痛|对乙酰氨基酚|必理痛|布洛芬|止痛药)`;
const GATHERED_EN = new RegExp(
  String.raw`\b(?:(?:2nd|3rd|[4-9]th|second|third|fourth|fifth|another|several|multiple) (?:packs?|boxes|box|bottles?)|(?:packs?|boxes) (?:from|at) (?:different|several|two|three|other) (?:pharmac\w+|chemists?|shops?|stores?|branch\w*))\b[^.?!]{0,40}${MEDICINE}|${MEDICINE}[^.?!]{0,40}\b(?:(?:2nd|3rd|[4-9]th|third|fourth) (?:packs?|boxes|bottles?)|from (?:different|several|other) (?:pharmac\w+|chemists?|branch\w*))`,
  'i',
);
/** The medicine bought across several sources in the other order ("buying paracetamol at several stores", review s37 b-t16). */
const GATHERED_ACROSS_EN = new RegExp(
  String.raw`${MEDICINE}[^.?!]{0,12}\b(?:at|from) (?:several|different|multiple|various|other|two|three|four) (?:stores|shops|pharmac\w+|chemists?|branch\w*|supermarkets)\b`,
  'i',
);
const GATHERED_ZH = new RegExp(
  String.raw`(?:第[二三四五六七八九2-9]|又[买拿]了?(?:一|两|几)?)[盒瓶板包](?:[^，。！？]{0,6}${MEDICINE})?|(?:好几|几|两|三)家(?:药店|药房)[^，。！？]{0,10}${MEDICINE}`,
);
/** The amount said to be sufficient, with no purpose after it (enough FOR something is a purpose). */
const ENOUGH_EN = /\b(?:should|will|would|must) be enough(?: now)?\b(?! (?:for|to last|until|till))|\bthat'?s enough now\b|\benough now\b(?! (?:for|to))/i;
const ENOUGH_ZH = /(?:应该|这些|这下|现在|总算|终于)(?:就)?够了(?![吃用喝]|一个|给)/;

export function readLineAfter(text: string): LineAfterReading | null {
  if (readSuicideStage(text) !== null) return 'stage';
  if ((BURDEN_ZH.test(text) || BURDEN_EN.test(text)) && (placedAtLethal(text) !== null || readMeansAcquired(text) !== null)) return 'burden-at-hand';
  const gathered = GATHERED_EN.test(text) || GATHERED_ACROSS_EN.test(text) || (GATHERED_ZH.test(text) && new RegExp(MEDICINE).test(text));
  if (gathered && (ENOUGH_EN.test(text) || ENOUGH_ZH.test(text))) return 'gathered-enough';
  return null;
}
