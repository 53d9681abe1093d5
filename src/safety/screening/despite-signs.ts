// A treatment or care forgone DESPITE the signs that call for it (session 34): "Even if you have a fever or pain in your
// back with it, skip the antibiotics", "即使发烧、腰疼也不用吃抗生素", "no matter how high the fever, no need for the
// doctor". The writer concedes a sign — the very sign a clinician would treat — and tells the reader to go without
// treatment anyway: the concession is what makes the claim dangerous, whatever replaces the treatment. Read as three
// parts: a CONCESSIVE frame (even if/with, no matter, regardless of; 即使/哪怕/就算/无论/不管) × a SIGN in it, as the
// triage sign layer reads signs (one home for signs) × the rest of the sentence FORGOING a core treatment or care
// (skip, no need, don't need; 不用/不必/没必要 — a stop not itself negated: "even if you feel better, don't stop the
// antibiotics" is the opposite). A self-limiting viral illness named (a cold, flu: antibiotics are rightly forgone
// whatever the temperature), a clinician's decision, a warning or a myth frame are not read. Pure; own word lists.
import type { ContentFlag } from '../../core/content-flags.js';
import { toSimplified } from '../../core/han-variants.js';
import { triageDetail } from '../triage.js';
import { LEGITIMATE_CONTEXT, WARNED } from './frames.js';
import { CARE } from './lexicon.js';
import { trimSpan } from './text.js';
import { CORE_TREATMENT } from './treatment-replacement.js';

/** The concession's opening; its extent is up to the next comma or dash (en) or the 也/都 of the main clause (zh). */
const CONCESSIVE_EN =
  /\b(?:even (?:if|when|though|with|after)|regardless of|no matter (?:how|if|whether|what|that)|despite|in spite of|whether or not)\b([^,;:—–]{3,120}?)(?:,|;|:|—|–|\s-\s|$)/u;
const CONCESSIVE_ZH = /(?:即使|即便|哪怕|就算|纵使|纵然|无论|不管|不论)([^。；;，,]{1,40}?)(?:[，,]\s*)?(?=也|都|还是|仍|依然|照样)/u;

/** Readings of the sign layer that name a person or a setting, not a sign. */
const NOT_A_SIGN = new Set([
  'child',
  'infant',
  'pregnancy',
  'allergen',
  'ingestion',
  'radiation',
  'suddenOnset',
  'fiveMinutesPlus',
  'overdoseMention',
  'suicideMention',
]);

/** Going without: "skip", "no need for", "don't need", "without"; 不用, 不必, 没必要, 别. */
const FORGO_EN =
  /\b(?:skip(?:ping)?|forget(?: about)?|ditch|drop|avoid|refuse|decline|hold off(?: on)?|put off|delay|don't bother (?:with|going to|seeing|taking)|no need (?:for|to)|(?:you |they |he |she )?(?:don't|do not|won't|will not|doesn't|does not) (?:need|have to|require)|(?:is|are) (?:not |un)(?:needed|necessary|required)|without)\b/u;
const FORGO_ZH = /(?:不用|不需要|不必|无需|没必要|用不着|不要|别|免了|省了|省掉|不去|不吃|不打|不用去)/u;
/** A stop or skip whose own negation makes it "keep going". */
const STOP_EN = /\b(?:skip(?:ping)?|forget(?: about)?|ditch|drop|avoid|refuse|decline|delay|put off|hold off(?: on)?)\b/u;
const NEGATED_STOP_EN = /\b(?:don't|do not|never|not|shouldn't|should not|must not)\s+(?:\w+\s+)?$/u;
const NEGATED_STOP_ZH = /(?:不要|别|不可|切勿|不能)(?:擅自|自行|随便)?(?:停|断|减)/u;

const SELF_DECIDED = /^[^,，。;；]{0,24}(?:自行|擅自|自己|私自|随便|on your own|yourself|without (?:a |your )?(?:prescription|doctor|medical advice))/u;

/** A self-limiting viral illness named, for which treatment is rightly forgone whatever the signs. */
const VIRAL = /\b(?:colds?|common cold|flu|influenza|viral|virus(?:es)?|viruses)\b|感冒|流感|病毒/u;

/** Plain fever alone is no sign that makes treatment necessary (review s34: antibiotic stewardship for bronchitis,
 * sinusitis, ear infection says "even with a temperature, no antibiotics"): a danger sign beyond it is required. */
const PLAIN_FEVER = new Set(['fever']);
/** Danger signs the sign layer does not read in a concession (pus, blood in stool or urine). */
const DANGER_BEYOND_FEVER =
  /流脓|化脓|红肿|腰疼|腰痛|血便|便血|尿血|血尿|抽搐|昏迷|呼吸困难|胸痛|颈(?:部)?(?:僵|硬)|\b(?:pus|bloody|back pain|pain in (?:your|the|his|her) (?:lower )?back|flank pain|blood in (?:it|the|your)|stiff neck|confus\w*|seizures?|short(?:ness)? of breath|chest pain|racing heart)\b/u;

/** The sign layer's reading of the concession: the symptoms it names (person and setting readings left out). */
function signsIn(concession: string): string[] {
  return triageDetail(concession, { rulesOnly: true })
    .signs.map((s) => String(s.sign))
    .filter((s) => !NOT_A_SIGN.has(s));
}

/** What the main clause forgoes, or undefined: a core treatment or care named within reach after the forgoing word. */
function forgone(main: string, zh: boolean): { what: string; care: boolean } | undefined {
  const f = (zh ? FORGO_ZH : FORGO_EN).exec(main);
  if (!f || f.index === undefined) return undefined;
  if (!zh && STOP_EN.test(f[0]) && NEGATED_STOP_EN.test(main.slice(0, f.index))) return undefined;
  if (zh && NEGATED_STOP_ZH.test(main)) return undefined;
  // Not on one's own ("不要自行吃抗生素", "don't take antibiotics without a prescription") sends the decision to a clinician.
  if (SELF_DECIDED.test(main.slice(f.index))) return undefined;
  // The object follows the forgoing word (skip the antibiotics, 不用吃抗生素) or precedes a passive (antibiotics are not needed).
  let reach = zh ? main.slice(f.index, f.index + f[0].length + 12) : main.slice(Math.max(0, f.index - 30), f.index + f[0].length + 40);
  // The forgone object ends with its clause: what comes after ':' ';' or a dash is where the writer sends the reader
  // ("you do not need an appointment: call 999"), and "no need to wait for X" forgoes the waiting, not X.
  const end = reach.slice(reach.indexOf(f[0]) + f[0].length).search(/\s[-–—]\s|[:;：；]/u);
  if (end >= 0) reach = reach.slice(0, reach.indexOf(f[0]) + f[0].length + end);
  if (!zh && /^\s*(?:to )?wait (?:for|until|till)\b/u.test(reach.slice(reach.indexOf(f[0]) + f[0].length))) return undefined;
  const treatment = CORE_TREATMENT.exec(reach);
  if (treatment) return { what: treatment[0].trim(), care: false };
  const care = CARE.exec(reach);
  if (care) return { what: care[0].trim(), care: true };
  return undefined;
}

/** Flags for one sentence: a concession naming a sign, the rest forgoing treatment or care. */
export function despiteSigns(original: string): ContentFlag[] {
  // Traditional script read as simplified (one character for one: the span is the original's).
  const sentence = toSimplified(original);
  if (/[?？]\s*$/u.test(sentence)) return [];
  const en = CONCESSIVE_EN.exec(sentence);
  const zh = en ? null : CONCESSIVE_ZH.exec(sentence);
  const m = en ?? zh;
  if (!m || m.index === undefined) return [];
  if (VIRAL.test(sentence) || WARNED.test(sentence)) return [];
  const main = `${sentence.slice(0, m.index)} ${sentence.slice(m.index + m[0].length)}`;
  // The clinician's decision is read outside the concession ("if you have a fever" there is the sign, not a condition).
  if (LEGITIMATE_CONTEXT.test(main)) return [];
  const what = forgone(main, zh !== null);
  if (!what) return [];
  const signs = signsIn(m[1]);
  if (signs.length === 0) return [];
  if (signs.every((s) => PLAIN_FEVER.has(s)) && !DANGER_BEYOND_FEVER.test(m[1])) return [];
  return [
    {
      code: what.care ? 'discourage-care' : 'replace-treatment',
      span: trimSpan(original),
      reason: `${what.what} forgone despite the signs conceded (${signs.join(', ')})`,
    },
  ];
}
