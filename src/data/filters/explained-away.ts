// The picture explained away: the answer names a cause for what the asker reports ("most likely due to TMJ
// dysfunction", "最常见的是上火、喝水少", "考虑是慢性胃炎引起的") and sends them to no care unless it lasts or gets worse
// ("if things don't improve after exams", "如果持续不退…再去医院", "A dentist can make a night guard"). For a routine
// picture that is the right answer (a cold, a toddler's posseting); for a picture triage calls urgent (jaw claudication
// at 71, thirst with weight loss, painless red urine in a smoker) it is the wrong-disease answer: another, milder
// condition treated and the asker's own kept from care. Read by structure (an attribution, the care's conditions), not
// by disease; advice-check.ts joins it with the question's triage. Curation batches 31–34: 10 wrong-disease false keeps,
// the session-34 note found this shape in them but, without the urgency, it dropped benign look-alikes. Pure.
import { refersToCare } from '../../safety/compliance/rules.js';
import { normalise, sentences, trimSpan } from '../../safety/screening/text.js';

// The answer says what the picture is due to: a cause named as the likely one, not a list of possibilities to rule out.
const ATTRIBUTES_EN =
  /\b(?:(?:is|are|'s|'re)\s+(?:most\s+)?(?:likely|probably)\s+(?:due\s+to|caused\s+by|from|a|an|just|simply|related\s+to)|most\s+likely\s+(?:due\s+to|caused\s+by|from|a|an|related\s+to)|(?:likely|probably)\s+(?:due\s+to|caused\s+by)|(?:is|are)\s+(?:commonly|usually|typically)\s+due\s+to)\b/iu;
// ("It is usually caused by a bacterial infection" tells a named disease's cause, not the asker's picture's: not read.)
const ATTRIBUTES_ZH = /考虑(?:是|为)|最常见的(?:是|原因是)|多半是|多数是|大多是|一般是|应该是|可能是[^，。；]{0,20}(?:引起|导致|所致|造成)/u;

// Any care offered only on a condition: the picture lasting, failing to settle or getting worse, or a sign to come.
// (A bare 出现 is not one: "这个年纪出现嚼东西下巴痛，建议今天去医院" tells the picture; "如果出现…" has its 如果.)
// "should", "when" and "once" condition only at a clause's start ("should it come back", "once it spreads"): the modal
// "you should see your GP" is a referral (review s35 b30).
const CONDITION = /\b(?:if|unless|in case)\b|^\s*(?:should|when|once)\b|如果|若|要是|一旦|万一|假如|效果不好|不见好|不缓解/iu;
// A purpose or consequence clause is no condition on care: "如果不及时治疗可能会发展为脑梗塞，建议…就诊", "若要确诊需要查
// 血沉", "it can damage your eyesight if untreated", "if that's confirmed he'll need a blood thinner" (review s35 b33–b37).
// Set aside before the clause is read (the clause itself is then no referral either).
const NOT_A_CONDITION =
  /\bif (?:left )?untreated\b|\bif (?:not|left) treated\b|\bif (?:that|this|it)(?:'s| is) confirmed\b|(?:如果|若|要是)不(?:及时|尽快|积极)?(?:治疗|处理|就医|控制)|(?:如果|若|要是)(?:要|想)(?:确诊|明确(?:诊断)?)/giu;
// "If you can / if possible, see a doctor today" sends for care now: a condition of means, not of worsening.
const MEANS = /\bif (?:you can|possible|at all possible|you are able)\b|\bwhen(?:ever)? (?:you can|possible)\b|如果(?:可以|方便|有条件)(?:的话)?|有条件的话/giu;
// Care named only to deny it ("no need to see a doctor", "不用去医院") sends nowhere.
const DENIED = /\b(?:no need|not necessary|needn't|don't need|do not need|unnecessary)\b|不用|不必|没必要|不需要|无需/iu;

export interface ExplainedAway {
  /** The sentence giving the picture its cause. */
  cause: string;
}

/**
 * The answer gives the picture a cause and sends to care only on a condition (or not at all). Undefined when any
 * sentence sends to care unconditionally ("建议去心内科做个心电图", "see your GP", "get a blood test") — the named cause is
 * then a working idea the clinician will test.
 */
export function explainedAway(answer: string): ExplainedAway | undefined {
  const all = sentences(normalise(answer));
  const cause = all.find((s) => (/\p{Script=Han}/u.test(s) ? ATTRIBUTES_ZH : ATTRIBUTES_EN).test(s));
  if (!cause) return undefined;
  return all.some(sendsNow) ? undefined : { cause: trimSpan(cause) };
}

/**
 * Some clause of the sentence sends to care, or says treatment is needed, with no condition on it or before it in the
 * sentence: "可以去医院检查一下，…如果偏低的话需要补充孕酮" sends now (the condition comes after); "如果持续不退，再去医院"
 * and "see your GP if it has not settled" do not.
 */
export function sendsNow(s: string): boolean {
  const clauses = s.replace(MEANS, ' ').split(/[，,;；:：]/u);
  for (const whole of clauses) {
    const c = whole.replace(NOT_A_CONDITION, ' ');
    if (CONDITION.test(c)) return false;
    if ((refersToCare(c) || TREATMENT_NEEDED.test(c)) && !DENIED.test(c)) return true;
  }
  return false;
}
// Treatment said to be needed is care the answer sends for ("需要进行保胎治疗", "needs treatment").
const TREATMENT_NEEDED =
  /(?:需要|必须|应该|应当|需)(?:进行|接受|及时|住院)?治疗|\bneeds? (?:to be )?(?:treated|treatment)\b|\brequires? (?:treatment|medical)\b/iu;

// The urgent picture's own diagnosis, by the triage rule that called it urgent: an answer that names it as the cause
// ("考虑是短暂性脑缺血发作", "most likely due to giant cell arteritis") explains nothing away (review s35 b33–b37). The lay
// 脑供血不足 is not the diagnosis (c34-047 gives it for a TIA and sends nowhere); nor is a stroke named as a risk.
const OWN_DIAGNOSIS: Record<string, RegExp> = {
  'transient-ischaemic-attack': /\btia\b|transient isch(?:a)?emic attack|mini-?stroke|短暂性脑缺血|小中风/iu,
  'stroke-signs': /\btia\b|transient isch(?:a)?emic attack|mini-?stroke|短暂性脑缺血|小中风/iu,
  'giant-cell-arteritis': /giant[- ]cell arteritis|temporal arteritis|巨细胞动脉炎|颞动脉炎/iu,
};
// The named diagnosis ruled out in the attribution itself ("应该是颈椎病而不是小中风") is no naming of it.
const RULED_OUT = /不是|并非|而非|排除|不像|\bnot\b|n't\b|rather than|instead of|unlikely/iu;

/** The attribution's own clause names the urgent picture itself, by one of the triage rules (bare ids) that graded
 *  the question: the cause is then the asker's condition, not a milder one put in its place. */
export function namesOwnDiagnosis(cause: string, rules: readonly string[]): boolean {
  const own = rules.map((r) => OWN_DIAGNOSIS[r]).filter((x): x is RegExp => x !== undefined);
  if (!own.length) return false;
  for (const clause of cause.split(/[，,;；:：]/u)) {
    const m = (/\p{Script=Han}/u.test(clause) ? ATTRIBUTES_ZH : ATTRIBUTES_EN).exec(clause);
    if (!m) continue;
    const named = clause.slice(m.index);
    return !RULED_OUT.test(named) && own.some((re) => re.test(named));
  }
  return false;
}
