// Meaning-corrupted answers: swapped or negated medical advice, as produced by word-swap "paraphrasing" of
// consultation sites (Toyhom: "高血压患者需要增加盐的摄入", "高盐饮食会致使血压下降", "以免缓解病情").
// Each rule is a typed code; a negation or caution word just before an advice phrase cancels it.
import { z } from 'zod';
import { givesUrgentCare, refersToCare } from '../../safety/compliance/rules.js';
import { dismissesAllCare, dismissesCare, screenAnswer } from '../../safety/screening/screen.js';
import { RED_FLAG_RULES } from '../../safety/red-flags/rules.js';
import { triage } from '../../safety/triage.js';
import type { Triage } from '../../safety/types.js';
import { fieldsOf } from '../dialogue/turns.js';
import type { DataRecord } from '../record.js';
import type { Step } from '../step.js';
import { styleExempt, withFlag } from './authority-gate.js';
import { contentFitProblem, type MedicalVocabulary } from './content-fit.js';
import type { DrugLexicon } from '../../knowledge/drugs.js';
import type { TreatmentRelations } from '../../knowledge/treatment-relations.js';
import { subjectMismatch } from './subject-fit.js';
import { classExampleMismatch } from './class-example.js';
import { askedHazard } from './asked-hazard.js';
import { askedState } from './asked-state.js';
import { cutFlaggedSentences } from './document-claims.js';
import { citedWithholding } from './cited-withholding.js';
import { forgoesProtectiveDose, ruledWithholding } from './ruled-withholding.js';
import { deferredCare } from './deferred-care.js';
import { explainedAway, namesOwnDiagnosis } from './explained-away.js';
import { promptSafetyNet, sendsCareNow, signExplainedAway } from './sign-explained-away.js';
import { rescueActSwap } from './rescue-act-swap.js';
import { caseSwap } from './case-swap.js';
import { routeMismatch } from './route-mismatch.js';
import { dutyPolarity } from './duty-polarity.js';
import { standingFlags } from './claim-scope.js';

/** What the check reads besides the record: the user's vocabulary and knowledge-base relations. */
export interface AdviceCheckKnowledge {
  vocab?: MedicalVocabulary;
  relations?: TreatmentRelations;
  /** Medicine names (the terms folder's drug dictionary): a medicine both the question and the answer name keeps
   *  an answer on the question's subject. */
  drugs?: DrugLexicon;
}

export type AdviceRule =
  | 'salt_increase'
  | 'salt_lowers_bp'
  | 'sugar_for_diabetes'
  | 'smoking_drinking_advised'
  | 'relief_as_harm'
  | 'harm_lowers_bp'
  | 'shorten_life_advised';

interface RuleDef {
  rule: AdviceRule;
  /** The advice phrase. */
  re: RegExp;
  /** The condition the advice contradicts must be mentioned somewhere in the record (omit: always wrong). */
  context?: RegExp;
  /** Words in the few characters before the phrase that make it correct advice ("不要增加盐"). */
  negatable?: boolean;
  /** Conditions for which the advice is right (salt for hypotension, sugar for hypoglycaemia): never judged then. */
  unless?: RegExp;
}

const SALT_OK =
  /低血压|体位性|直立性|低钠|脱水|中暑|hypotension|orthostatic|\bPOTS\b|Addison|cystic fibrosis|dehydrat|hyponatr|heat (exhaustion|stroke)|salt[- ]wasting/iu;
const SUGAR_OK = /低血糖|hypoglyc|low blood (sugar|glucose)/iu;

const NEG_BEFORE =
  /(不|别|勿|没|无|过|以免|以防|避免|禁止|限制|控制|减少|少|忌|戒|防止|拒绝|切忌|严禁|不宜|不能|不要|不可|不应|不必|不用|avoid|not|n't|no|never|limit|reduce|less)\W{0,3}\S{0,4}$/iu;

const RULES: RuleDef[] = [
  {
    rule: 'salt_increase',
    re: /(增加|加大|提高|多吃|多摄入|多放|增强)(食?盐|钠盐|盐分|盐的|咸)|高盐(的)?饮食(为主|为好|较好|有益|有好处)/gu,
    context: /高血压|血压高|肾|心衰|心力衰竭|水肿|冠心病/u,
    unless: SALT_OK,
    negatable: true,
  },
  {
    rule: 'salt_increase',
    re: /\b(increase|more|add(ing)? more|extra|plenty of)\s+(salt|sodium)\b/giu,
    context: /hypertension|high blood pressure|heart failure|kidney|edema/iu,
    unless: SALT_OK,
    negatable: true,
  },
  { rule: 'salt_lowers_bp', re: /(高盐|吃盐|盐分|咸)\S{0,12}(致使|导致|会使|使得?|引起|造成)\S{0,4}血压(下降|降低|减低)/gu },
  {
    rule: 'harm_lowers_bp',
    re: /(吸烟|抽烟|喝酒|饮酒|喝啤酒|熬夜|肥胖|情绪激动)[^，。；,.;]{0,10}(致使|导致|会使|使得?|引起|造成)[^，。；,.;]{0,4}血压(下降|降低|减低)/gu,
  },
  {
    rule: 'sugar_for_diabetes',
    re: /(多吃|增加|多摄入|多喝)(糖(?!尿)|甜食|含糖|蔗糖)|\b(eat|take|add)\s+more\s+(sugar|sweets)\b/giu,
    context: /糖尿病|血糖高|高血糖|diabet/iu,
    unless: SUGAR_OK,
    negatable: true,
  },
  // "可以喝" after surgery is a timing answer; only advice to smoke or drink as such is wrong.
  {
    rule: 'smoking_drinking_advised',
    re: /(应当|应该|建议|最好)(多|经常)(吸烟|抽烟|喝酒|饮酒)|(吸烟|抽烟|酗酒)(是)?(比较)?(好的|有益|有好处)/gu,
    negatable: true,
  },
  // "以免/防止/容易 … 缓解" — a relief cannot be what one avoids: the antonym (加重) was swapped.
  { rule: 'relief_as_harm', re: /(以免|以防|防止|避免|不然的话\S{0,6}容易|否则\S{0,6}(会|容易)|容易|导致|引起|造成)(病情)?缓解/gu, negatable: true },
  // Following treatment "shortens life": 延长 swapped for 缩短.
  { rule: 'shorten_life_advised', re: /(配合|坚持|积极|规范)\S{0,24}(可以|能够?|有助于)缩短(患者的?)?寿命/gu },
];

/** Rules a text breaks, with the phrase (empty when the advice is sound). */
export function adviceProblems(text: string): { rule: AdviceRule; phrase: string }[] {
  const out: { rule: AdviceRule; phrase: string }[] = [];
  for (const d of RULES) {
    if (d.context && !d.context.test(text)) continue;
    if (d.unless?.test(text)) continue;
    for (const m of text.matchAll(d.re)) {
      const at = m.index ?? 0;
      if (d.negatable && NEG_BEFORE.test(text.slice(Math.max(0, at - 8), at))) continue;
      out.push({ rule: d.rule, phrase: m[0] });
      break;
    }
  }
  return out;
}

export const adviceCheckOptions = z
  .object({
    /** Judge assistant turns only (a patient may well say "我每天抽烟"); plain-text records are judged whole. */
    answersOnly: z.boolean().default(true),
    /**
     * Terms folder (entity-dict-zh, as the tag step takes it): its disease, symptom, drug and examination names widen
     * the medical vocabulary the off-topic check looks for. Without one a built-in generic vocabulary is used.
     */
    terms: z.string().optional(),
    /**
     * A knowledge base the user built (kb.sqlite): its medicine ↔ disease lists let the claim checker flag a medicine
     * advised for the opposite of the condition it is listed for (levothyroxine for 甲亢).
     */
    kb: z.string().optional(),
  })
  .strict();

/**
 * Keep (true), drop with a reason, or keep for review: the learned claim model alone ('unsafe-claim', no rule named
 * the harm) never drops training data — on a batch it was not trained on it cost 2 false drops for 1 catch.
 */
export function adviceVerdict(
  r: DataRecord,
  o: z.output<typeof adviceCheckOptions>,
  known: AdviceCheckKnowledge = {},
): true | { drop: string } | { review: string } {
  const context = r.text;
  let review: string | undefined;
  const fields = fieldsOf(r);
  for (const [i, f] of fields.entries()) {
    if (o.answersOnly && (f.role === 'user' || f.role === 'system')) continue;
    // The condition may be named in the question, the advice in the answer.
    const own = adviceProblems(f.content);
    const probs = own.length ? own : adviceProblemsIn(f.content, context);
    if (probs.length) return { drop: `advice_${probs[0].rule}` };
    // The compliance claim checker that screens knowledge-base passages and model answers (src/safety/screening):
    // stopping a medicine, doses outside label ranges, harmful practices, unsafe combinations, discouraged care —
    // read with the questions before this answer as context, so one concept has one home.
    if (f.role !== 'user' && f.role !== 'system') {
      const question = fields
        .slice(0, i)
        .filter((x) => x.role === 'user')
        .map((x) => x.content)
        .join('\n');
      const screened = screenAnswer(f.content, question, { relations: known.relations });
      // A flag its own sentence scopes away (claim-scope.ts: an amount of food, an assurance graded and bounded by a dose,
      // the harmed condition excluded, a case split by the answer) is no named harm; the answer is screened again
      // without that sentence (a screen keeps one flag per code), and a scoped record is still marked for review.
      const { flags, scoped } = question
        ? standingFlags(f.content, question, (a, q) => screenAnswer(a, q, { relations: known.relations }), screened)
        : { flags: screened, scoped: [] };
      // A care disposition ("no need for the ER", "在家观察即可") is judged by how urgent the question is, not by its
      // wording: telling a routine question (a cold, one raised reading, a well toddler with a fever) that it needs no
      // ER is the right answer, and the answers that safety-net it name when care is needed. Kept for review then.
      // The question is triaged at most once per answer in each mode, and only when a rule below needs it (it is the
      // costly step).
      let asked: Triage | undefined;
      let askedByRules: Triage | undefined;
      const acuity: Acuity = {
        full: () => (asked ??= triage(question)),
        rules: () => (askedByRules ??= triage(question, { rulesOnly: true })),
      };
      const named = flags.filter((x) => x.code !== 'unsafe-claim' && !(x.code === 'discourage-care' && question && dispositionMayFit(x.span, acuity)));
      if (named.length) return { drop: `advice_claim_${named[0].code}` };
      // A medicine offered as the example of a class the indication table does not file it under ("第二代抗组胺药，比如
      // 氯硝西泮", "an antibiotic such as omeprazole", class-example.ts): the answer's own frame names the medicine it
      // should give, so the swap is read from the answer alone. A medicine the table does not know is never judged.
      const example = classExampleMismatch(f.content);
      if (example) return { drop: 'advice_claim_class-example-mismatch' };
      // An emergency's rescue act done with another medicine (rescue-act-swap.ts): "chew one 400 mg ibuprofen" for a heart
      // attack, "舌下含服硝苯地平" in an angina attack, "大腿外侧肌注苯海拉明" in anaphylaxis — the act (route and moment of
      // first aid) names the one medicine that belongs in it (knowledge/rescue-acts.ts), whatever the sentence says of it.
      const rescue = question ? rescueActSwap(question, f.content) : undefined;
      if (rescue) return { drop: 'advice_claim_rescue-act-swap' };
      // A dichotomy taught with its acts crossed (case-swap.ts): abdominal thrusts for the infant and two-finger chest
      // thrusts for the older child, "do not rinse" the chemical splash and flush the embedded fragment — each
      // sentence right for the other case; read as case → act segments against knowledge/case-pairs.ts. Only adds drops.
      const swapped = question ? caseSwap(question, f.content) : undefined;
      if (swapped) return { drop: 'advice_claim_case-swap' };
      // Something made for the skin, or a poison, advised by mouth (route-mismatch.ts): eucalyptus oil stirred into warm
      // milk, boric acid capsules by mouth, a fish gallbladder swallowed with warm water — an agent of
      // knowledge/not-by-mouth.ts bound to an act of ingestion in one clean, affirmative sentence. Only adds drops.
      const route = question ? routeMismatch(question, f.content) : undefined;
      if (route) return { drop: 'advice_claim_route-mismatch' };
      // A standing duty whose governing verb the answer flips (duty-polarity.ts): "患侧乳房要暂停哺乳" in mastitis, "do not
      // rinse the eye" after a chemical splash, a spoon between a seizing person's teeth, "okay to return to play in
      // tonight's game" after a concussion — the act of knowledge/standing-duties.ts read with the opposite polarity in a
      // clean sentence. Only adds drops.
      const duty = question ? dutyPolarity(question, f.content) : undefined;
      if (duty) return { drop: 'advice_claim_duty-inverted' };
      // What the answer permits, judged for the person the question is about (asked-hazard.ts): an interaction with
      // what they take, a medicine contraindicated for their age or pregnancy.
      const hazard = question ? askedHazard(question, f.content) : undefined;
      if (hazard) return { drop: `advice_asked_${hazard.kind}` };
      // An act that worsens the state the question tells (asked-state.ts): heat on a fresh sprain, insulin or a
      // sulfonylurea — or no sugar — during a low.
      const state = question ? askedState(question, f.content) : undefined;
      if (state) return { drop: `advice_asked_${state.kind}` };
      if (flags.length) review ??= `advice_claim_${flags[0].code}`;
      if (scoped.length) review ??= `advice_claim_scoped-${scoped[0]}`;
      // The question is an emergency by a named rule and the answer gives no urgent care: the verifier's
      // missing-urgent-care rule, as the RL principle reward and serving apply it. An answer that explains the danger
      // correctly and then plans a GP visit tomorrow or this week is a delay whatever words it defers with (session 9:
      // the deferral phrase list missed 4 of 5 such answers at first sight). The answer is read first (a regex); the
      // question is triaged only when the answer lacks urgent-care advice.
      if (question && !givesUrgentCare(f.content) && emergencyByRules(acuity))
        return { drop: refersToCare(f.content) ? 'advice_claim_delays-emergency-care' : 'advice_claim_emergency-without-care' };
      // Care put off by weeks for a picture triage calls urgent (deferred-care.ts): "if the pain persists for several
      // more months, see your doctor" to night-waking bone pain with bruising. A wait of a week or two needs the
      // urgency from a named triage rule; the learned reader alone (it calls some rashes and sprains urgent) counts
      // only against a wait of months or a routine check-up, far past any urgent grade.
      if (question && !givesUrgentCare(f.content)) {
        const deferred = deferredCare(f.content);
        if (deferred && urgentForWait(acuity, deferred.long)) return { drop: 'advice_claim_defers-urgent-care' };
        // The picture given a cause and no care unless it lasts (explained-away.ts): TMJ for jaw claudication at 71,
        // 上火 for painless red urine — another condition treated, the asker's kept from care. Only for a picture a
        // named triage rule calls urgent as a picture (the learned reader alone calls a playful toddler's fever urgent,
        // where "多数是病毒感染…观察" is the right answer: 8 such keep-labelled answers in batches 2–34).
        // A cause that IS the rule's own diagnosis ("考虑是短暂性脑缺血发作", review s35) explains nothing away.
        const away = explainedAway(f.content);
        if (away && urgentPicture(acuity) && !namesOwnDiagnosis(away.cause, acuity.full().reasons)) return { drop: 'advice_claim_explains-away-urgent' };
        // A sign the asker reports waved off on an incidental cause (sign-explained-away.ts): "出冷汗是疼痛引起的", "the
        // vomiting is probably due to the pain" — the sign a milder diagnosis cannot account for, dismissed on its own,
        // with no care sent now. Urgency by a named rule (urgentForWait); by the learned reader's grade only when the
        // sign ACCOMPANIES the chief complaint and is waved off as a SECOND explanation beside another (dizziness blamed
        // on poor sleep after the one-sided pain was called 月经不调): the reader alone calls some single mild complaints
        // urgent (an elderly asker's dizziness with poor sleep), where blaming that one complaint on sleep is right.
        // The reader-only branch steps aside when the answer gives a prompt conditional safety net ("如果头晕加重…要及时去
        // 医院"): an older asker's two mild complaints explained mildly, with the signs to come in for (review s38 b01/b24).
        const sign = signExplainedAway(question, f.content);
        // An open cause form ("是因为…", "可能是…", "is just…") counts on the reader's grade only when the rules layer also
        // grades the question above routine (s39: it reads an 80-year-old's "白天没精神是因为…睡眠不好" as readily as a
        // wave-off, and there the rules say routine).
        // Review s39 (S2, cp-w01/w05): the rules layer counts only by a NAMED rule (a bare id) — a level raised by the
        // safety net alone ('safety-net:infection' for a 75-year-old's cold, 'safety-net:bleeding' for gum bleeding) is
        // not the rules grading the picture, and in rules-only mode the learned reader never clears the net.
        const byReader = (s: { accompanying: boolean; second: boolean; open: boolean }) =>
          s.accompanying && s.second && urgentByTriage(acuity) && !promptSafetyNet(f.content) && (!s.open || rulesNamedAboveRoutine(acuity));
        if (sign && !sendsCareNow(f.content) && (urgentForWait(acuity, false) || byReader(sign))) return { drop: 'advice_claim_explains-away-sign' };
      }
      // Care withheld on a dated source's figure (cited-withholding.ts): "根据…2021年发布的监测数据…高达3%…因此现在一般
      // 不推荐…接种" — the way an invented fact overturns standard advice. Answers to a question only: a knowledge
      // document citing a study is judged by its authority, not by this reading.
      // When the conclusion hands the decision to a clinician ("his GP may suggest tapering", "ask your GP") a true
      // finding cannot be told from an invented one: kept for review (review s34).
      const cited = question ? citedWithholding(f.content) : undefined;
      if (cited && !cited.clinicianDecides) return { drop: 'advice_claim_cited-withholding' };
      if (cited) review ??= 'advice_claim_cited-withholding';
      // Care withheld on a dated rule put in an issuer's mouth (ruled-withholding.ts): "根据国家卫健委2020年修订的免疫规划…
      // 第一针可以推迟到满月后", "According to the 2022 American Heart Association guidance… no need for medication".
      const ruled = question && !cited ? ruledWithholding(f.content) : undefined;
      // A dated rule alone is a review: a true guideline reads the same (review s35). Dropped only with a second sign —
      // the question urgent by a named rule, or a newborn's or post-exposure vaccine dose forgone.
      if (ruled && !ruled.clinicianDecides && (urgentForWait(acuity, false) || forgoesProtectiveDose(question ?? '', f.content)))
        return { drop: 'advice_claim_ruled-withholding' };
      if (ruled) review ??= 'advice_claim_ruled-withholding';
      // Advertising, and answers with no medical content at all (a recipe answering a health question).
      // Only the first answer of a dialogue is judged for topic: later turns are courtesies and follow-ups.
      const lastQuestion = fields
        .slice(0, i)
        .filter((x) => x.role === 'user')
        .pop()?.content;
      const firstAnswer = !fields.slice(0, i).some((x) => x.role !== 'user' && x.role !== 'system');
      const fit = contentFitProblem(f.content, lastQuestion, known.vocab);
      if (fit === 'off_topic' && !firstAnswer) continue;
      if (fit) return { drop: fit };
      // A medical answer about another condition than the one asked (subject-fit.ts): first answers only, as above.
      if (firstAnswer && lastQuestion && subjectMismatch(lastQuestion, f.content, { drugs: known.drugs })) return { drop: 'off_subject' };
    }
  }
  return review ? { review } : true;
}

/** The question's triage, full and by the named rules alone, each computed on first use and kept for the answer. */
interface Acuity {
  full: () => Triage;
  rules: () => Triage;
}

/**
 * A care dismissal that may be the right answer to this question (kept for review, not dropped). "No need for the
 * ER / an ambulance" (emergency care, or care in a hurry, waved away) fits any question that is not an emergency by a
 * named rule (session 10: the learned reader alone called a playing toddler with 38.5 °C an emergency — false drops).
 * "No need to see a doctor", "在家观察即可" (care of every kind waved away) fits only a routine question: an urgent
 * presentation by the triage grade, the rules' or the learned reader's (five days of 39.5 °C fever with breathlessness
 * on walking), needs a doctor, so telling it none is harm (review finding 6).
 */
function dispositionMayFit(span: string, acuity: Acuity): boolean {
  if (!dismissesCare(span)) return false;
  if (!dismissesAllCare(span)) return !emergencyByRules(acuity);
  return acuity.rules().level === 'routine' && acuity.full().level === 'routine';
}

/**
 * The question is an emergency by the named rules alone, and the full triage (with the learned reader, which may lower
 * a rule's level for a look-alike) agrees: training data is dropped on evidence a reviewer can read (the reader alone
 * escalated a routine warfarin-before-dentistry question). The rules-only triage runs first: it is about 1.6× cheaper
 * and nearly every question stops there, so the full triage runs for the few the rules call an emergency (on the
 * Toyhom sample every full-triage emergency with a rule reason was a rules-only emergency too: 157 ⊂ 192 of 7,644).
 */
function emergencyByRules(acuity: Acuity): boolean {
  if (acuity.rules().level !== 'emergency') return false;
  const t = acuity.full();
  return t.level === 'emergency' && t.reasons.some((r) => !r.startsWith('model:'));
}

/**
 * The question is urgent or an emergency by the full triage, and — unless the answer's wait is of months — by a named
 * rule (a reason not from the learned reader). Rules-only triage runs first (cheap); the full one only when needed.
 */
function urgentForWait(acuity: Acuity, long: boolean): boolean {
  const urgent = (l: Triage['level']) => l === 'urgent' || l === 'emergency';
  if (!long && !urgent(acuity.rules().level)) return false;
  const t = acuity.full();
  if (!urgent(t.level)) return false;
  // A named rule's reason is its bare id; 'model:…', 'lowered:…', 'framed:…', 'safety-net:…' are not rules (diff read s33).
  const named = t.reasons.filter((r) => !r.includes(':'));
  // An emergency by a named rule, or a named urgent rule whose picture is never minor, is urgent enough for any wait.
  if ((t.level === 'emergency' && named.length > 0) || named.some((r) => !MINOR_CAPABLE_RULES.has(r))) return true;
  // Otherwise a wait of weeks is within the grade; a wait of months counts against the learned reader's grade only
  // (a minor-capable rule alone — a small burn, one high glucose, a known epileptic's usual seizure — is no evidence).
  return long && t.reasons.some((r) => r.startsWith('model:'));
}

/**
 * Urgent for a picture, not a word: urgent as urgentForWait reads it, by a named rule that is neither minor-capable nor
 * fired by one complaint. A one-complaint urgent rule of the red-flag table (chest pain, breathlessness, high fever,
 * pain or bleeding in pregnancy…) grades the word — "胸部又痒又有点疼" (a breast) is chest pain to it, any tummy ache
 * in pregnancy is urgent — so an answer giving that complaint a mild cause is often right (real pairs: 9 of 14 such
 * drops were these rules alone). Pictures (arteritis, a TIA, meningitis signs) and emergencies still count.
 */
function urgentPicture(acuity: Acuity): boolean {
  if (!urgentForWait(acuity, false)) return false;
  return acuity.full().reasons.some((r) => !r.includes(':') && !MINOR_CAPABLE_RULES.has(r) && !COMPLAINT_WORD_RULES.has(r));
}
/** Urgent or an emergency by the full triage, the learned reader's grade included. */
/** The rules-only layer grades the question above routine by a named rule (a reason with no 'kind:' prefix), not only by
 *  'safety-net:…', 'model:…', 'lowered:…' or 'framed:…'. */
function rulesNamedAboveRoutine(acuity: Acuity): boolean {
  const t = acuity.rules();
  return t.level !== 'routine' && t.reasons.some((r) => !r.includes(':'));
}

function urgentByTriage(acuity: Acuity): boolean {
  const l = acuity.full().level;
  return l === 'urgent' || l === 'emergency';
}
/** Urgent red-flag rules whose every combination is one complaint (pregnancy is the person, not a complaint). */
const COMPLAINT_WORD_RULES = new Set(
  RED_FLAG_RULES.filter((r) => r.level === 'urgent' && r.when.every((c) => c.filter((s) => s !== 'pregnancy').length <= 1)).map((r) => r.id),
);

/**
 * Named "see today" rules that also fire on minor questions where home care with a safety net of a week or two is the
 * right answer (review s33: a pea-sized burn blister, glucose 14 after cake, a known epileptic's usual seizure, a
 * vasovagal faint at assembly, one high home BP reading settling on rest). Their urgent grade alone does not make a
 * deferral dangerous.
 */
const MINOR_CAPABLE_RULES = new Set(['burn-same-day', 'blood-sugar-extreme', 'seizure', 'fainting', 'severe-hypertension', 'abnormal-vital-signs']);

/** Advice phrases of `text` judged against conditions named anywhere in `context`. */
function adviceProblemsIn(text: string, context: string): { rule: AdviceRule; phrase: string }[] {
  if (text === context) return [];
  const out: { rule: AdviceRule; phrase: string }[] = [];
  for (const d of RULES) {
    if (!d.context?.test(context) || d.context.test(text) || d.unless?.test(context)) continue;
    for (const m of text.matchAll(d.re)) {
      const at = m.index ?? 0;
      if (d.negatable && NEG_BEFORE.test(text.slice(Math.max(0, at - 8), at))) continue;
      out.push({ rule: d.rule, phrase: m[0] });
      break;
    }
  }
  return out;
}

/** The document with its flagged sentences cut, when the cut is small and what remains passes the whole check. */
function cutDocument(r: DataRecord, o: z.output<typeof adviceCheckOptions>, known: AdviceCheckKnowledge): DataRecord | undefined {
  const c = cutFlaggedSentences(r.text);
  if (!c) return undefined;
  const rest: DataRecord = { ...r, text: c.text, metadata: { ...r.metadata, claimsRemoved: c.removed } };
  const again = adviceVerdict(rest, o, known);
  if (again !== true && !('review' in again)) return undefined;
  return withFlag(rest, 'advice_check:claims_cut');
}

/** Drops answers with corrupted advice; authority A–C records are flagged for review instead (a rule can misread
 *  an authoritative text, and those are never dropped by pattern rules). */
export function createAdviceCheck(o: z.output<typeof adviceCheckOptions>, known: AdviceCheckKnowledge = {}): Step {
  return {
    name: 'advice_check',
    kind: 'filter',
    async *run(records, ctx) {
      const st = ctx.stats('advice_check');
      for await (const r of records) {
        st.seen++;
        const v = adviceVerdict(r, o, known);
        let cut: DataRecord | undefined;
        if (v === true) {
          st.kept++;
          yield r;
        } else if ('review' in v) {
          st.kept++;
          st.counters[`review_${v.review}`] = (st.counters[`review_${v.review}`] ?? 0) + 1;
          yield withFlag(r, `advice_check:${v.review}`);
        } else if (styleExempt(r)) {
          st.kept++;
          st.counters[`flagged_${v.drop}`] = (st.counters[`flagged_${v.drop}`] ?? 0) + 1;
          yield withFlag(r, `advice_check:${v.drop}`);
        } else if (v.drop.startsWith('advice_claim_') && !r.messages && (cut = cutDocument(r, o, known))) {
          // A knowledge document loses the flagged sentences, not the entry (document-claims.ts).
          st.kept++;
          st.counters.claims_cut = (st.counters.claims_cut ?? 0) + 1;
          yield cut;
        } else {
          st.dropped[v.drop] = (st.dropped[v.drop] ?? 0) + 1;
          ctx.reject?.(r, 'advice_check', v.drop);
        }
      }
    },
  };
}
