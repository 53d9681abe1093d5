// A permission that lifts a care restriction, read as its parts (session 18, #10): a permission (may, can, is fine to,
// 可以, 就能) × an act it permits × nothing in between that turns it round (not, cannot, 不能, 不要). Two acts:
//   resume-activity  going back to an activity an illness or injury keeps a person from — play, the same game, sport,
//                    training, school, nursery, work, driving, flying, swimming ("a child whose headache clears within
//                    15 minutes of the knock may return to the same game", "癫痫发作后第二天可以照常开车");
//   treatment-undone a treatment permitted to stay undone — a prescription left unfilled, antibiotics gone without
//                    ("so the antibiotic prescription can simply be left unfilled").
// Why: the advice gate reads advice that acts on a treatment (a medicine, a dose, a first-aid step, care itself). A
// clearance to go back to sport after a head knock names no treatment, and a prescription "left unfilled" has no stop
// verb, so both left poisoned pages as advice at first sight (poison-docs-21 p21-032, p21-084). Whether a return is
// safe, and when, is a clinician's judgement the page's condition decides; resting on one uploaded page it is held like
// a treatment change. A restriction ("must not return to the same game", "cannot go back until the spots crust",
// "不能当天回到赛场") or a report ("most children return to school within a week") permits nothing. Pure; hold-only.

export type CarePermission = 'resume-activity' | 'treatment-undone';

// A permission given: a modal of possibility, "fine / OK / safe / allowed / cleared to", no need to stay out.
const PERMIT_EN =
  "\\b(?:can|may|could|might|(?:is|are|'s|'re|be|feel|feels|it's)\\s+(?:perfectly\\s+|completely\\s+|usually\\s+|generally\\s+|quite\\s+)?(?:fine|ok|okay|safe|alright|all right|free|allowed|cleared|permitted|good)\\s+to|no need to (?:wait|rest|stay \\w+|sit \\w+|keep \\w+ \\w+) (?:before|and|to))\\b";
// What turns a permission round between it and its act ("can not", "may never", "could no longer").
const TURNED_EN = /\b(?:not|never|no longer|hardly|only (?:after|once|when|if))\b/u;
// A restriction told in the clause: the permission holds only after a bound ("until the spots crust", "only once cleared",
// "it can take 6–8 weeks before you can return to sport").
const BOUND_EN = /\b(?:until|till|unless|before|only (?:after|once|when|if)|not before|not until)\b/u;
// Negative modals: a restriction, whatever follows.
const NEGATIVE_MODAL_EN =
  /\b(?:cannot|can't|can not|may not|mustn't|must not|shouldn't|should not|couldn't|won't|isn't (?:safe|ok|okay|fine)|is not (?:safe|ok|okay|fine)|not (?:safe|ok|okay|fine|allowed|cleared) to)\b/u;

// Where a person goes back to, or what they take up again, that an illness or injury keeps them from.
const ACTIVITY_EN =
  'play|playing|the (?:same |next )?(?:game|match|race)|games?|matches|the (?:pitch|field|court|ice|track|pool|gym|mat|ring)|pitch|field|sports?|contact|full[- ]contact|training|practice|competition|rugby|football|soccer|netball|hockey|basketball|boxing|martial arts|running|school|class(?:es)?|lessons|pe|nursery|day ?care|childcare|child care|kindergarten|pre-?school|work|the office|driving|flying|swimming|exercise|the gym|lifting|heavy lifting';
// Going back: return / go back / get back / carry on / resume / restart, then at most four words before the activity.
const RESUME_EN = new RegExp(
  `\\b(?:return(?:ing)?|go(?:ing)? (?:straight |right )?back|get(?:ting)? (?:straight |right )?back|head(?:ing)? back|come back|be back|carry on|carrying on|resum(?:e|ing)|restart(?:ing)?|start(?:ing)? again|go(?:ing)? on)\\b(?:\\s+(?:to|on|onto|in|into|at|with|playing|training))?(?:\\s+[\\w'-]+){0,4}?\\s+(?:${ACTIVITY_EN})\\b`,
  'u',
);
// The activity itself done again, or a journey that a clot, a heart attack or a lung problem makes unsafe.
const AGAIN_EN =
  /\b(?:play|train|drive|fly|swim|compete|exercise|lift|run|dive|ski|cycle|ride)\b(?:\s+[\w'-]+){0,2}?\s+(?:again|as (?:normal|usual)|normally|the same day)\b|\b(?:fly|take (?:a|the) (?:[\w-]+\s+){0,2}flight|travel by air|board a (?:plane|flight))\b/u;

// A treatment left undone: an object that is a treatment, and a predicate of leaving it undone.
const TREATMENT_OBJECT_EN =
  /\b(?:prescriptions?|antibiotics?|antivirals?|medicines?|medications?|tablets?|pills?|capsules?|inhalers?|insulin|injections?|jabs?|vaccin\w*|course|treatment|drops|cream|steroids?)\b/u;
// "left unfilled / uncollected / untaken / untreated": a participle in un-…ed/en after left / go / remain / stay.
const LEFT_UNDONE_EN = /\b(?:be\s+)?(?:simply\s+|safely\s+|just\s+)?(?:left|leave|go|gone|remain|stay)\s+un[a-z]{3,}(?:ed|en)\b/u;
// Gone without, or put aside.
const GONE_WITHOUT_EN =
  /\b(?:do|go|manage|get by)\s+without\b|\b(?:be\s+)?(?:simply\s+|safely\s+|just\s+)?(?:skipped|ignored|dropped|put off|put aside|set aside|forgotten|binned|thrown away|torn up)\b/u;

// Chinese: a permission (可以, 能, 就行, 照常, 不用休息) before the act in its clause, and no prohibition before it.
const PERMIT_ZH = /可以|可|能够|能|就行|即可|没问题|没关系|不影响|照常|照样|正常|不用休息|不必休息|无需休息/u;
const FORBID_ZH = /不能|不可以|不可|不要|别|禁止|不宜|不应|不得|切勿|暂停|避免|不建议|等到|直到|之前/u;
const RESUME_ZH =
  /(?:回到|返回|重返|恢复|继续|回|去|上|参加|参与)(?:正常|日常|常规)?(?:场上|赛场|比赛|球场|运动|训练|体育课|体育|上学|学校|学|幼儿园|托儿所|上班|工作|开车|驾驶|游泳|健身|锻炼)|(?:开车|驾驶|坐飞机|乘飞机|坐长途飞机|上场)/u;
const UNDONE_ZH = /(?:可以|可|就)不(?:用|吃|服|打|拿|取|开|去拿)|(?:不用|不必|没必要|无需)(?:再)?(?:吃|服|用|打|拿|取|去拿|开)/u;
const TREATMENT_ZH = /药|抗生素|处方|胰岛素|疫苗|针|吸入剂|激素|疗程|治疗/u;

const CLAUSE = /[;；。!?！？\n]|\.(?!\d)|[,，:：](?=\s*(?:but|however|though|although|但|但是|不过))/u;

function clausesOf(sentence: string): string[] {
  return sentence.split(new RegExp(CLAUSE.source, 'gu')).filter((c) => c.trim());
}

/** The text between each permission in the clause and the act after it: is one free of a turn-round? */
function permittedBefore(clause: string, act: RegExp): boolean {
  const permit = new RegExp(PERMIT_EN, 'gu');
  for (let m = permit.exec(clause); m; m = permit.exec(clause)) {
    const after = clause.slice(m.index + m[0].length);
    const a = act.exec(after);
    if (!a) continue;
    const between = after.slice(0, a.index);
    // The act follows within a few words: "may return", "can simply be left", "is fine to carry on playing".
    if (between.split(/\s+/).filter(Boolean).length > 4) continue;
    if (TURNED_EN.test(between) || TURNED_EN.test(clause.slice(Math.max(0, m.index - 4), m.index + m[0].length))) continue;
    return true;
  }
  return false;
}

function englishPermission(clause: string): CarePermission | undefined {
  if (NEGATIVE_MODAL_EN.test(clause) || BOUND_EN.test(clause)) return undefined;
  if (permittedBefore(clause, RESUME_EN) || permittedBefore(clause, AGAIN_EN)) return 'resume-activity';
  if (TREATMENT_OBJECT_EN.test(clause) && (permittedBefore(clause, LEFT_UNDONE_EN) || permittedBefore(clause, GONE_WITHOUT_EN))) return 'treatment-undone';
  return undefined;
}

function chinesePermission(clause: string): CarePermission | undefined {
  const undone = UNDONE_ZH.exec(clause);
  if (undone && TREATMENT_ZH.test(clause) && !FORBID_ZH.test(clause.slice(0, undone.index))) return 'treatment-undone';
  const act = RESUME_ZH.exec(clause);
  if (!act) return undefined;
  const head = clause.slice(0, act.index);
  const permit = PERMIT_ZH.exec(head);
  if (!permit || FORBID_ZH.test(head)) return undefined;
  return 'resume-activity';
}

/**
 * The care restriction a sentence permits to lift, if any: going back to an activity, or a treatment left undone.
 * Read per clause; a clause with a prohibition, a negative modal or a bound ("until", "only after") permits nothing.
 */
export function carePermission(sentence: string): CarePermission | undefined {
  const text = sentence.toLowerCase().replace(/[’‘]/g, "'");
  for (const clause of clausesOf(text)) {
    const found = /\p{Script=Han}/u.test(clause) ? chinesePermission(clause) : englishPermission(clause);
    if (found) return found;
  }
  return undefined;
}
