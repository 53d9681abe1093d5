// The rule side of triage in one pass: normalise typos, find signs (red-flags/), fire the sign rules and the clinical
// rules, read vitals, modifiers, presentations and the suicide screen. Returns the rule level and the named features
// the learned model reads. Pure: text in, analysis out.
import { isChronicOnly, isEducational } from '../red-flags/context.js';
import type { RedFlagRule } from '../red-flags/rules.js';
import type { SignId } from '../red-flags/signs.js';
import type { TriageLevel } from '../types.js';
import { affirmed, ALTERED, firedClinical, SEVERE, type ClinicalRule } from './clinical.js';
import { DANGER_RULES } from './clinical-danger.js';
import { CONTEXT_RULES } from './clinical-context.js';
import { CONDITION_FRAME_RULES } from './condition-frames.js';
import { isCoPreventionQuestion } from './exposure.js';
import { isFictionQuestion } from './fiction.js';
import { gradeTakenBack } from './taken-back.js';
import { maskProvokedLimb, readProvoked } from './provoked.js';
import { MORE_CLINICAL_RULES } from './clinical-more.js';
import { CHILD_MEDICINE_RULES } from './child-medicine.js';
import { ROUSABLE_RULES } from './rousable.js';
import { ARTERITIS_RULES } from './arteritis.js';
import { SEIZURE_NOW_RULES } from './seizure-now.js';
import { STIMULANT_RULES } from './stimulant.js';
import { HARM_DONE_RULES } from './harm-done.js';
import { PARACETAMOL_RULES } from './paracetamol-sum.js';
import { DOSE_PER_KG_RULES } from './dose-per-kg.js';
import { STRENGTH_MIXUP_RULES } from './strength-mixup.js';
import { TOXIC_EXPOSURE_RULES } from './toxic-exposure.js';
import { CHEMICAL_EXPOSURE_RULES } from './chemical-exposure.js';
import { NARROW_MARGIN_RULES, readToleratedDoubleDose } from './double-dose.js';
import { SIGN_GRAMMAR_RULES } from './sign-grammar.js';
import { STROKE_SIGN_STRUCTURE_RULES } from './stroke-sign-structure.js';
import { COURSE_DANGER_RULES } from './diagnosis-danger.js';
import { findModifiers, type ModifierId } from './modifiers.js';
import { readingText } from './reading-text.js';
import { findPresentations, type PresentationId } from './presentations.js';
import { isAcute, isReassured } from './safety-net.js';
import { readStance, type Stance, stanceFeatures } from './stance.js';
import { screenSuicide, type SuicideScreen } from './suicide.js';
import { findVitals, gradeVitals, SPO2_BASELINE, type VitalFinding, type VitalReading } from './vitals.js';
import { isLearning } from './safety-net.js';

export interface SignLayer {
  signs: { sign: SignId; start?: number }[];
  rules: RedFlagRule[];
  /** Signs the user explicitly denied (and did not affirm elsewhere). */
  denied?: SignId[];
}

export interface Analysis {
  normalised: string;
  signIds: Set<SignId>;
  /** Sign rules (red-flags/rules.ts) after the chronic downgrade. */
  signRules: RedFlagRule[];
  clinical: ClinicalRule[];
  vitals: VitalReading[];
  vitalFindings: VitalFinding[];
  modifiers: Set<ModifierId>;
  presentations: PresentationId[];
  suicide: SuicideScreen;
  /** A question whether a film, TV or book scene is real (fiction.ts): names no event of anyone's. */
  fiction: boolean;
  /** Intent, temporal status and reassuring evidence (stance.ts). */
  stance: Stance;
  chronicOnly: boolean;
  /** Highest level any rule reached. */
  ruleLevel: TriageLevel;
  /** Names the model reads: "s:chestPain", "r:chest-pain-cardiac", "v:hypoxia", "m:elderly", "p:bleeding"… */
  features: string[];
}

const RANK: Record<TriageLevel, number> = { routine: 0, urgent: 1, emergency: 2 };
export const maxLevel = (a: TriageLevel, b: TriageLevel): TriageLevel => (RANK[a] >= RANK[b] ? a : b);
export const rankOf = (l: TriageLevel): number => RANK[l];

const BELL =
  /(?:额头|抬眉|皱眉|眉毛)[^，。]{0,6}(?:抬不|皱不|不能|动不了)|(?:眼睛|眼)[^，。]{0,3}(?:闭不上|闭不拢)|\b(?:can'?t|cannot|unable to) (?:wrinkle|raise|move) (?:\w+ ){0,3}(?:forehead|eyebrow)|\bforehead\b[^.]{0,20}\b(?:won'?t|doesn'?t|can'?t) (?:move|wrinkle)|\bcan'?t (?:fully )?close (?:my|his|her) (?:right |left )?eye\b/i;
const OTHER_STROKE: SignId[] = ['armWeak', 'speech', 'visionLoss', 'doubleVision', 'ataxia', 'confusion', 'severeHeadache', 'thunderclap'];
/** A focal deficit that lasted a bounded time and has fully gone ("for about 15 minutes, then back to normal",
 *  "十几分钟就好了，今天完全正常"): a transient ischaemic attack — same-day specialist care, not an ambulance — unless
 *  it keeps coming back (crescendo) or something is still there. */
const BOUNDED =
  /(?:\d+|[一二两三四五六七八九十几]+|十几|一两|两三|半)\s*(?:多|来)?\s*(?:分钟|分|秒)(?!前|了)|(?<!\bbeen (?:about |over |nearly )?)\b(?:\d+|a few|few|couple of|several|ten|fifteen|twenty|thirty|five) (?:\w+ )?(?:minutes?|mins?|seconds?|secs?)\b(?! ago)|\bbriefly\b|\bfor a (?:minute|moment|bit)\b/i;
const FULLY_GONE =
  /(?:就|又|已经|完全|都)(?:好了|恢复了?|正常了?)|恢复正常|完全正常|跟平时一样|缓过来了|\b(?:back to normal|completely (?:normal|fine|better)|totally (?:normal|fine|back to normal)|went away|resolved|fully recovered|gone now|fine now|normal now)\b/i;
/** "never happened again", "没再发作过": the deficit did not come back. */
const NOT_AGAIN =
  /\b(?:never|hasn'?t|has not|didn'?t|did not|not) (?:\w+ )?(?:happened|come back|came back|returned|recurred) (?:again|since)\b|\bnot again\b|没(?:有)?再(?:发作|出现|犯)过?/gi;
/** What the patient says of themself is not the deficit going away ("she insists she feels fine" while her face droops). */
const SAYS_FINE =
  /\b(?:says|said|insists|insisted|claims|claimed|thinks)\b[^.?!]{0,12}\b(?:fine|ok|okay|normal)\b|(?:说|坚持说|觉得)[^，。]{0,6}(?:没事|没关系|挺好)/gi;
const RECURRING_OR_STILL =
  /又(?:发作|来了|出现)|再次|第[二三四]次|反复|好几次|几次了|还(?:是|有点)?(?:没劲|麻|说不清|歪|不灵活)|现在还|\b(?:again|twice|second time|several times|keeps? (?:happening|coming back)|still (?:weak|numb|slurred|drooping|can'?t))\b/i;
/** Deficits no posture explains: with any of them a limb's numbness stays a focal-deficit finding (provoked.ts). */
const FOCAL_OTHER: SignId[] = ['speech', 'faceDroop', 'visionLoss', 'doubleVision', 'ataxia', 'confusion'];
const FOCAL_DEFICIT_RULES: ReadonlySet<string> = new Set([
  'stroke-signs',
  'stroke-speech-limb',
  'one-sided-weakness',
  'acute-hand-weakness',
  'stroke-sign-structure',
]);
/** Clinical rules added after the learned reader's last training (features.ts): read by the rules, not as features. */
const STRUCTURE_RULE = 'stroke-sign-structure';
const UNTRAINED_RULES: ReadonlySet<string> = new Set([STRUCTURE_RULE]);
const asTia = <R extends RedFlagRule>(r: R): R => ({ ...r, id: 'transient-ischaemic-attack', level: 'urgent' as const, title: TIA_TITLE, advice: TIA_ADVICE });
const TIA_TITLE = {
  zh: '短暂性脑缺血发作可能（一过性肢体无力、麻木或说话不清，已完全恢复）',
  en: 'possible mini-stroke (TIA: weakness, numbness or speech trouble that passed completely)',
};
const TIA_ADVICE = {
  zh: '今天就去医院急诊或卒中门诊（24小时内评估，降低随后中风的风险）；如症状再次出现，立即拨打急救电话。',
  en: 'Get seen today at an emergency department or TIA clinic (assessment within 24 hours lowers the risk of a stroke); if symptoms come back, call emergency services now.',
};

const EXERCISING = /跑步|运动|锻炼|健身|爬山|\b(?:running|jogging|exercis\w*|workout|working out|at the gym|on the treadmill|cycling)\b/i;

type ClinicalContext = Parameters<typeof firedClinical>[0];
const clinicalRules = (ctx: ClinicalContext): ClinicalRule[] => [
  ...firedClinical(ctx),
  ...MORE_CLINICAL_RULES.filter((r) => r.test(ctx)),
  ...DANGER_RULES.filter((r) => r.test(ctx)),
  ...CONTEXT_RULES.filter((r) => r.test(ctx)),
  ...CONDITION_FRAME_RULES.filter((r) => r.test(ctx)),
  ...ARTERITIS_RULES.filter((r) => r.test(ctx)),
  ...SEIZURE_NOW_RULES.filter((r) => r.test(ctx)),
  ...STIMULANT_RULES.filter((r) => r.test(ctx)),
  ...HARM_DONE_RULES.filter((r) => r.test(ctx)),
  ...PARACETAMOL_RULES.filter((r) => r.test(ctx)),
  ...DOSE_PER_KG_RULES.filter((r) => r.test(ctx)),
  ...STRENGTH_MIXUP_RULES.filter((r) => r.test(ctx)),
  ...CHILD_MEDICINE_RULES.filter((r) => r.test(ctx)),
  ...TOXIC_EXPOSURE_RULES.filter((r) => r.test(ctx)),
  ...CHEMICAL_EXPOSURE_RULES.filter((r) => r.test(ctx)),
  ...NARROW_MARGIN_RULES.filter((r) => r.test(ctx)),
  ...SIGN_GRAMMAR_RULES.filter((r) => r.test(ctx)),
  ...COURSE_DANGER_RULES.filter((r) => r.test(ctx)),
  ...ROUSABLE_RULES.filter((r) => r.test(ctx)),
  ...STROKE_SIGN_STRUCTURE_RULES.filter((r) => r.test(ctx)),
];
/** A focal deficit (a stroke sign or rule) in `rest`: the message with its posture-provoked clauses blanked. */
function focalElsewhere(rest: string, signLayer: (normalised: string) => SignLayer): boolean {
  const layer = signLayer(rest);
  const signs = new Set(layer.signs.map((s) => s.sign));
  if (['armWeak', ...FOCAL_OTHER].some((x) => signs.has(x as SignId)) || layer.rules.some((r) => FOCAL_DEFICIT_RULES.has(r.id))) return true;
  const ctx = {
    text: rest,
    signs,
    presentations: new Set(findPresentations(rest).map((p) => p.id)),
    modifiers: new Set(findModifiers(rest).map((m) => m.id)),
    vitals: [],
  };
  return clinicalRules(ctx).some((r) => FOCAL_DEFICIT_RULES.has(r.id));
}

/**
 * `signLayer` is the existing sign vocabulary + rules (triage.ts passes it in, so this module does not import
 * triage.ts back).
 */
export function analyse(text: string, signLayer: (normalised: string) => SignLayer, opts: { readVitals?: boolean; cantoneseReading?: boolean } = {}): Analysis {
  // What is told of a story's character (fiction.ts) is nobody's episode: blanked before any reader (signs, rules, the
  // screen, the learned reader) sees it. A death figure laughed off before the real question (taken-back.ts) is read
  // as written; it may only lower the screen's grade to a check-in with the crisis line.
  // Nothing is blanked by scope: a per-clause scope reader (a pet, a story being written, history, someone else's settled
  // episode) was measured and turned off in session 11 — two review rounds found emergencies lost to its blanking (a
  // story or a pet beside a real person's collapse, 'if someone' with a child named); it lives in git at 00a0438c. Every
  // clause is read by signs, rules, the screen and the learned reader, as at 648194d3. Whose a finding is: persons.ts.
  const normalised = readingText(text, { cantoneseReading: opts.cantoneseReading });
  const layer = signLayer(normalised);
  const signs = layer.signs;
  const signIds = new Set(signs.map((s) => s.sign));
  const learning = isLearning(normalised);
  const transient =
    affirmed(BOUNDED, normalised) &&
    FULLY_GONE.test(normalised.replace(SAYS_FINE, ' ')) &&
    !RECURRING_OR_STILL.test(normalised.replace(NOT_AGAIN, ' ')) &&
    !['severeHeadache', 'thunderclap', 'unconscious', 'seizure'].some((x) => signIds.has(x as SignId));
  // A question about preventing carbon monoxide poisoning, with no one ill, is not a poisoning (exposure.ts).
  const coQuestion = isCoPreventionQuestion(normalised);
  const fiction = isFictionQuestion(normalised);
  // A symptom read by its mechanical trigger (provoked.ts): chest tightness on coughing with exertion tolerated is no
  // chest-pain call, a limb that tingles after a posture held and settles on moving is no focal deficit.
  // The provoked reading is the provoked clause's: a focal deficit told anywhere else in the message (the rest read
  // with the provoked clauses blanked) keeps every stroke rule.
  const provoked = readProvoked(normalised);
  const limbProvoked = provoked.includes('limb-on-posture') && !focalElsewhere(maskProvokedLimb(normalised), signLayer);
  const byTrigger = (id: string): boolean =>
    (provoked.includes('chest-on-cough') && id === 'chest-pain') || (limbProvoked && FOCAL_DEFICIT_RULES.has(id) && !FOCAL_OTHER.some((x) => signIds.has(x)));
  // A question whether a film, TV or book scene is real names no event of anyone's (fiction.ts).
  const signRules = (fiction ? [] : layer.rules)
    .filter((r) => !byTrigger(r.id))
    .filter((r) => !(coQuestion && (r.id === 'poisoning-overdose' || r.id === 'carbon-monoxide')))
    // An adult's usual medicine of a tolerated class taken one extra time, nothing else told, is no poisoning (double-dose.ts).
    .filter((r) => !(r.id === 'poisoning-overdose' && readToleratedDoubleDose(normalised) !== null))
    // Peripheral facial palsy (forehead involved, limbs and speech normal) is urgent, not a stroke call.
    .map((r) => (r.id === 'stroke-signs' && BELL.test(normalised) && !OTHER_STROKE.some((x) => signIds.has(x)) ? { ...r, level: 'urgent' as const } : r))
    // A focal deficit that lasted minutes and has fully gone is a TIA: urgent, unless recurring or still present.
    .map((r) => (FOCAL_DEFICIT_RULES.has(r.id) && r.level === 'emergency' && transient ? asTia(r) : r))
    // A question about learning or preparing ("what are the signs of…", first-aid class) is not a same-day visit.
    .filter((r) => !(learning && r.level === 'urgent'));
  const chronicOnly = isChronicOnly(normalised);
  const altered = affirmed(ALTERED, normalised) || signIds.has('confusion') || signIds.has('unconscious');
  const vitals = opts.readVitals === false ? [] : findVitals(normalised);
  const vitalFindings = gradeVitals(vitals, {
    alteredMentation: altered,
    exercising: EXERCISING.test(normalised),
    spo2Baseline: SPO2_BASELINE.test(normalised),
  });
  const modifiers = new Set(findModifiers(normalised).map((m) => m.id));
  const presentations = findPresentations(normalised).map((p) => p.id);
  const suicide = gradeTakenBack(normalised, screenSuicide);
  const stance = readStance(
    normalised,
    layer.denied?.length ?? 0,
    vitalFindings.some((v) => v.level !== 'sign'),
    signs.flatMap((s) => (s.start === undefined ? [] : [s.start])),
  );
  const ctx = { text: normalised, signs: signIds, presentations: new Set(presentations), modifiers, vitals: vitalFindings };
  // A fiction question fires no clinical rule: none is tested.
  const read = (fiction ? [] : clinicalRules(ctx))
    .filter((r) => !byTrigger(r.id))
    .map((r) => (chronicOnly && r.chronicDowngrade && r.level === 'emergency' ? { ...r, level: 'urgent' as const } : r))
    .map((r) => (FOCAL_DEFICIT_RULES.has(r.id) && r.level === 'emergency' && transient ? asTia(r) : r));
  // The structural stroke reading is a backstop for phrasings the sign rules miss: where another focal-deficit rule
  // already names the stroke at the same level, a second title for one presentation only doubles the advice.
  const namedAt = (level: TriageLevel): boolean =>
    [...signRules, ...read].some((r) => r.id !== STRUCTURE_RULE && FOCAL_DEFICIT_RULES.has(r.id) && r.level === level);
  const clinical = read.filter((r) => !(r.id === STRUCTURE_RULE && namedAt(r.level)));

  let ruleLevel: TriageLevel = 'routine';
  for (const r of [...signRules, ...clinical]) ruleLevel = maxLevel(ruleLevel, r.level);
  if (suicide.risk === 'high') ruleLevel = 'emergency';
  else if (suicide.risk === 'moderate') ruleLevel = maxLevel(ruleLevel, 'urgent');

  const whole = { start: 0, end: normalised.length };
  const features = [
    ...[...signIds].map((s) => `s:${s}`),
    ...signRules.map((r) => `r:${r.id}`),
    ...signRules.map((r) => `rl:${r.level}`),
    // A rule the learned reader was never trained with adds no feature: its hash lands in a bucket the weights gave to
    // other grams (the stroke structure's id moved the self-harm head from 0.21 to 0.38 and added a crisis line).
    ...clinical.filter((r) => !UNTRAINED_RULES.has(r.id)).map((r) => `c:${r.id}`),
    ...vitalFindings.map((v) => `v:${v.id}`),
    ...vitalFindings.map((v) => `vl:${v.level}`),
    ...[...modifiers].map((m) => `m:${m}`),
    ...presentations.map((p) => `p:${p}`),
    ...suicide.components.map((c) => `su:${c}`),
    `sr:${suicide.risk}`,
    `lvl:${ruleLevel}`,
    ...(chronicOnly ? ['chronic'] : []),
    ...(isEducational(normalised, whole) ? ['edu'] : []),
    ...(SEVERE.test(normalised) ? ['severe'] : []),
    ...(altered ? ['altered'] : []),
    ...(isAcute(normalised) ? ['acute'] : []),
    ...(isReassured(normalised) ? ['reassured'] : []),
    ...stanceFeatures(stance),
  ];
  return {
    normalised,
    signIds,
    signRules,
    clinical,
    vitals,
    vitalFindings,
    modifiers,
    presentations,
    suicide,
    fiction,
    stance,
    chronicOnly,
    ruleLevel,
    features,
  };
}
