// Claims read with their passage's context. A sentence rarely names everything it advises on: "take double your
// usual dose the next day" sits under a warfarin heading, "可以自己停药，不用吃满疗程" in a tuberculosis article,
// "put butter on it" under "Burns". The passage context (title and earlier sentences, or the user's question for
// an answer) supplies the medicine and condition, and each claim is judged by its stance — advised, or named as
// a myth, a danger or something not to do. Three claim kinds live here:
//   - a stop of the passage's medicine with the object left implicit (stop "it", 停药, stop the course early,
//     stop abruptly) when that medicine is one whose unsupervised stop is dangerous;
//   - a dose change of the passage's medicine (double, 加倍) with no medicine named in the sentence;
//   - a known harmful practice for a condition the passage is about (practices.ts), advised.
import type { ContentFlag } from '../../core/content-flags.js';
import { ABRUPT_STOP, ADVERSE_REACTION, CLINICIAN_ZH, CONSEQUENCE, guidanceDefeated, LEGITIMATE_CONTEXT, NEGATED_BEFORE, WARNED } from './frames.js';

import { VITAL_MEDICINE } from './lexicon.js';
import { HARMFUL_PRACTICES, type HarmfulPractice } from './practices.js';
import { alt, clauses, trimSpan } from './text.js';

/** What a passage is about, carried from its title and earlier sentences (or from the question an answer answers). */
export interface PassageTopic {
  /** The last maintenance medicine named so far ("warfarin", "抗结核药"). */
  medicine?: string;
  /** Conditions of the practice table the passage names (ids). */
  conditions: Set<string>;
}

const COMPILED = HARMFUL_PRACTICES.map((p) => ({
  p,
  condition: alt(p.condition, 'u'),
  practice: alt(p.practice, 'gu'),
  unless: p.unless ? alt(p.unless, 'u') : undefined,
}));

/** A course-bound or chronic condition whose treatment must not be stopped on one's own. */
const CHRONIC_CONDITION = alt([
  '\\b(?:tuberculosis|tb|epilep\\w*|seizures?|hypertension|high blood pressure|diabetes|depress\\w*|hiv|heart failure|atrial fibrillation|transplant|schizophreni\\w*|bipolar)\\b',
  '结核',
  '癫痫',
  '高血压',
  '糖尿病',
  '抑郁',
  '艾滋',
  '心衰',
  '心力衰竭',
  '房颤',
  '移植',
  '精神分裂',
  '双相',
  '乙肝',
  '乙型肝炎',
  '\\b(?:hepatitis b|hbv|hiv)\\b',
  '抗病毒',
]);

export function passageTopic(passage: string): PassageTopic {
  const conditions = new Set<string>();
  for (const c of COMPILED) if (c.condition.test(passage)) conditions.add(c.p.id);
  const med = VITAL_MEDICINE.exec(passage)?.[0] ?? CHRONIC_CONDITION.exec(passage)?.[0];
  return { medicine: med, conditions };
}

/** Advice to stop with the medicine implicit: "自行停药", "stop it yourself", "stop once you feel better". */
const IMPLIED_STOP = alt([
  '(?:自行|自己|擅自)(?:停药|停用|停掉|停服|减药|减量|停止服药)',
  '(?:可以|即可|就可以|便可|就能|可)(?:自行|自己)?(?:停药|停用|停掉|停服)',
  '不(?:用|必|需要)?(?:吃满|服满|用满|吃完|坚持)(?:疗程|[^，。；]{0,4}个?月)?',
  '(?:没必要|不必|不用|无需)(?:吃完|吃满|坚持吃)',
  '(?:症状|咳嗽|发热|不咳|病情|情绪|心情)[^，。；]{0,12}(?:消失|好了|没了|缓解|好转|稳定)[^。；]{0,16}(?:停药|停用|停掉|不用吃|不用再吃)',
  '\\b(?:stop|quit|discontinue|come off)\\w*\\s+(?:it|them|the (?:medication|medicine|treatment|tablets|pills|course|drugs?))\\b(?!\\s+(?:from|growing|dividing|multiplying|spreading))',
  '\\bstop\\w*\\s+(?:\\w+\\s+){0,4}(?:when|once|as soon as)\\s+(?:you |they |he |she |the child )?(?:feel\\w* better|(?:the )?symptoms?\\s+(?:\\w+\\s+)?(?:go|gone|disappear|improve|resolve|clear|settle))',
  "\\b(?:don't|do not|no) need to (?:finish|complete|keep taking)\\b",
  '\\b(?:you|they|patients|people) (?:can|may|could) (?:safely |simply |just )?stop\\b(?!\\s+(?:smoking|drinking|eating|worrying|the bleeding))',
  '\\bstop\\w*\\s+(?:\\w+\\s+){0,2}(?:on )?the (?:same )?day (?:you|they)\\b',
  '\\b(?:reduce|cut)\\s+(?:\\w+\\s+){0,3}by half\\b',
  ABRUPT_STOP.source,
]);

/** A dose change with no medicine named: "take double your usual dose", "第二天吃双倍剂量", "自己把剂量加倍". */
const IMPLIED_DOSE_CHANGE = alt([
  '\\b(?:take|give)\\s+(?:\\w+\\s+){0,1}(?:double|twice|two times|three times|triple)\\s+(?:the\\s+|your\\s+)?(?:\\w+\\s+){0,2}dose',
  '\\bdouble (?:your|the) (?:\\w+\\s+){0,2}dose',
  '\\b(?:take|have) (?:a )?double dose',
  '\\bthree times your dose\\b',
  '(?:吃|服|服用|用)(?:双倍|两倍|三倍|加倍)',
  '(?:剂量|药量)(?:加倍|翻倍)',
  '(?:加倍|翻倍)(?:服用|剂量)',
]);

const DESCRIPTIVE_IF = /^\s*(?:if|when|once|after|whether|如果|若|一旦|假如|倘若)/u;

/** Declining a treatment. */
const REFUSE = alt([
  '\\b(?:declin\\w*|refus\\w*|forgo\\w*|turn(?:ing)? down|say(?:ing)? no to|opt(?:ing)? out of|reject\\w*)\\s+(?:\\w+\\s+){0,2}(?:antibiotic\\w*|prescriptions?|medications?|medicines?|treatment|chemo\\w*|surgery|operations?|vaccin\\w*|insulin|dialysis|transfusions?|radiotherapy|radiation)\\b',
  '(?:拒绝|放弃|不接受|推掉)[^，。；]{0,10}(?:抗生素|治疗|手术|化疗|放疗|疫苗|透析|输血|药物|胰岛素)',
]);
/** A modal that makes the following act advice ("patients may…", "you can…", "可以…"). */
const ADVISING =
  /\b(?:may|can|should|could|are (?:better )?(?:served|advised)|it is (?:fine|ok|safe|better)|feel free to|you|patients)\b|可以|应该|应当|最好|不妨|建议|尽管/u;

const CLINICIAN = alt(['\\b(?:doctor|physician|prescriber|pharmacist|clinician|care team|specialist|nurse|anticoagulation clinic)', ...CLINICIAN_ZH]);

/** A sentence about what some people do or believe: it reports behaviour, it does not advise it. */
const DESCRIBED_GROUP =
  /^(?:[^，。]{0,6})(?:不少|很多|许多|有些|有的|部分|一些)[^，。]{0,6}(?:患者|病人|人|家长|老人|妈妈)|^\s*(?:many|some|a lot of|most) (?:patients|people|parents)\b[^.]{0,40}\b(?:think|believe|assume|stop|quit|decide)/u;

/**
 * A habit told of a generic group in the plain indicative (session 44, p47-055: "many people take antidepressants for a
 * period of time and then come off them"): what people do, no advice. Its own reading beside DESCRIBED_GROUP, whose
 * verbs stay as they were: any verb, but no modal or imperative anywhere (can, should, may, just, 可以…), no ease or
 * safety told of the act (safely, fine, without problems, feel better), and no second person. Fail closed: anything
 * else is read as before.
 */
const GENERIC_HABIT = /^\s*(?:many|some|a lot of|most|lots of) (?:patients|people|adults)\b/u;
const HABIT_ADVISES =
  /\b(?:can|could|should|may|might|must|need|needs|have to|has to|just|simply|safely|safe|fine|ok|okay|easily|without (?:any )?(?:problems?|issues?|trouble|side effects?|harm)|no (?:problems?|issues?|harm)|feel (?:much )?better|better|healthier|you|your|don't|do not|never|always|should)\b|!/u;

/** "do not put butter, oil, toothpaste or ice on a burn": one negator over an English list that the clause split cut. */
// Session 16: the item before the closing "or"/"and" carries no comma ("do not apply butter, oil or toothpaste").
const NEGATED_LIST = /\b(?:do not|don't|never|avoid|no|not)\s+(?:\w+\s+){0,2}(?:[\w-]+(?:\s+[\w-]+)?\s*,\s*)+(?:(?:[\w-]+(?:\s+[\w-]+)?\s+)?(?:or|and)\s+)?$/u;

/** Negated within its clause; a list joined by 、 or "or" shares one negator ("不要采用放血、掐人中"). */
function negatedBefore(clause: string, at: number): boolean {
  const prefix = clause.slice(Math.max(0, at - 40), at);
  if (NEGATED_BEFORE.test(prefix)) return true;
  if (NEGATED_BEFORE.test(prefix)) return true;
  const clauseStart = prefix.split(/[，,；;。]/u).pop() ?? '';
  return clauseStart.includes('、') && NEGATED_BEFORE.test(clauseStart.split('、')[0]);
}

function flag(code: ContentFlag['code'], sentence: string, reason: string): ContentFlag {
  return { code, span: trimSpan(sentence), reason };
}

/** Reduced consciousness, where nothing by mouth is right: "if not fully awake", "unconscious", "意识不清". */
const REDUCED_CONSCIOUSNESS =
  /\b(?:not (?:fully )?(?:awake|alert|conscious)|unconscious|unresponsive|drowsy|unable to swallow|cannot swallow|can't swallow)\b|意识不清|昏迷|神志不清|不清醒|不能吞咽|无法吞咽/u;

/** "Stop" applied to an activity, not a medicine: "have the person stop all activity and rest". */
const STOPPED_ACTIVITY =
  /^\S*\s+(?:(?:all|any|what|whatever|the|their|your|his|her)\s+){0,2}(?:physical\s+|strenuous\s+)?(?:activit|exercis|exertion|effort|sport|work|moving|movement|walking|running|driving|eating|smoking|drinking|they are doing|you are doing|he is doing|she is doing)/u;

/** Session 39: a thing removed or kept away, before it ("remove", "without", "不用") or after it ("… out of the cot"). */
const REMOVED_BEFORE =
  /\b(?:remove|removing|take out|taking out|clear|free (?:of|from)|without|instead of|rather than|no)\s+(?:[\w'-]+[\s,]+){0,5}(?:(?:or|and)\s+)?$|(?:不用|不放|不垫|不枕|不使用|不需要|无需|没有|不在|不与|不和|不跟|拿走|移走|撤掉|去掉|拿掉|撤去|移除)[^，。；]{0,4}$/u;
const REMOVED_AFTER = /^[^，。；,;.]{0,60}?\b(?:out of|away from)\b|^[^，。；]{0,8}(?:拿走|移走|撤掉|去掉|拿掉|撤去|移除|拿出)/u;

function removedThing(clause: string, at: number, match: string): boolean {
  return REMOVED_BEFORE.test(clause.slice(Math.max(0, at - 60), at)) || REMOVED_AFTER.test(clause.slice(at + match.length));
}

/** Session 39: history told ("was once advised", "used to", "in the 1980s", "过去", "上世纪八十年代曾流行"). */
const HISTORY =
  /\b(?:was|were) (?:once |previously |widely |commonly |originally |still )?(?:advised|recommended|told|encouraged|thought|believed|taught|common|popular|the norm)\b|\bused to\b|\bin the (?:past|19\d0s|(?:fifties|sixties|seventies|eighties|nineties))\b|\b19\d0s\b|\bback then\b|过去|以前|曾经|曾(?:[^，。；]{0,2})(?:流行|推荐|建议|认为|提倡)|当年|上世纪|(?:\d{2}|[五六七八九]十)年代/u;
/** …unless the clause speaks of now ("now", "today", "现在"). */
const NOW = /\b(?:now|today|nowadays|these days|currently)\b|现在|如今|目前|现今/u;

/** Session 39: a risk the sentence names (a raised risk, SIDS, 猝死). */
const RISK =
  /\b(?:raises?|raising|increases?|increasing|doubles?|triples?)\s+(?:[\w'-]+\s+){0,3}(?:risk|chance|likelihood)\b|\b(?:higher|greater|increased|raised) (?:risk|chance)\b|\bsids\b|\bsudden (?:unexpected )?infant death|\bcot deaths?\b|\bsuffocat\w+|增加[^，。；]{0,10}(?:风险|危险|几率|概率)|(?:风险|危险)(?:更高|增加|升高|更大)|猝死|窒息/u;

/** Is the practice at `at` in this clause advised (not negated, not framed as a myth or a danger)? */
function advisedPractice(p: HarmfulPractice, sentence: string, clause: string, at: number, match: string): boolean {
  // For delay and withhold practices the negation is part of the practice itself ("不需要打疫苗", "don't take him to hospital").
  const selfNegating =
    /^(?:不|别|无需|没必要|用不着|暂|拒绝|推迟|no |don't|do not|never|avoid|skip|refuse|decline|delay|postpone|put off|forgo|withhold|stop|should not)/u.test(
      match,
    );
  if (!selfNegating && negatedBefore(clause, at)) return false;
  // The negator inside the matched span ("水泡不要刻意挑破", "blisters should never be popped"); for an act, a "nothing"
  // or "no" object is the warned-against form ("put nothing in their mouth").
  if (!selfNegating && /不要|不|别|勿|切忌|\b(?:not|never|don't|avoid)\b/u.test(match)) return false;
  if (p.kind === 'harmful-act' && /\b(?:nothing|no)\b/u.test(match)) return false;
  // Nothing by mouth for someone not fully awake is the aspiration precaution, not withheld fluids.
  if (p.kind === 'withhold' && REDUCED_CONSCIOUSNESS.test(sentence)) return false;
  if (selfNegating && negatedBefore(clause, at)) return false;
  if (WARNED.test(clause) || /(?:误区|谣言|myth|misconception)/u.test(sentence)) return false;
  // The practice as the subject of a harm the sentence goes on to name ("吞馒头有可能把鱼刺压得更深……非常危险"): no
  // modal advises it, and the harm word is not itself negated ("不会有危险").
  const harm = WARNED.exec(sentence);
  if (
    p.kind === 'harmful-act' &&
    !selfNegating &&
    harm &&
    !ADVISING.test(clause) &&
    !/(?:不会有?|没有|并不|\b(?:no|not|never|isn't|is not))\s*$/u.test(sentence.slice(Math.max(0, harm.index - 6), harm.index))
  )
    return false;
  // Session 39: the thing taken away ("keep pillows and bumpers out of the cot", "remove the duvet", "不用枕头").
  if (p.widerStance && !selfNegating && removedThing(clause, at, match)) return false;
  // Session 39: what was done or advised once ("front sleeping was advised in the 1980s", "上世纪八十年代曾流行让婴儿趴睡"):
  // history told, not advice — unless the clause advises it now.
  if (p.widerStance && !selfNegating && HISTORY.test(clause) && !NOW.test(clause)) return false;
  // A bare list item, no modal ("- Sleeping on a sofa or armchair with baby" under "Things that raise risk"): listed.
  if (p.widerStance && /^\s*[-*•·]\s*(?:[a-z]+ing\b|[^a-z\s])/u.test(sentence) && !ADVISING.test(sentence)) return false;
  // Session 39: the practice beside a risk the sentence names ("…raises the risk of sudden infant death", "会增加猝死风险"),
  // with no modal advising it: the same reading as a warned harm above.
  const risk = RISK.exec(sentence);
  if (
    p.widerStance &&
    !selfNegating &&
    risk &&
    !ADVISING.test(clause) &&
    !/(?:不会有?|没有|并不|无|\b(?:no|not|never|without|isn't|is not|any))\s*$/u.test(sentence.slice(Math.max(0, risk.index - 8), risk.index))
  )
    return false;
  // A harm the practice's word names as a risk ("可能因肿胀而勒紧的物品"): described, not advised.
  if (/(?:可能|会|易|容易)(?:因[^，。；]{0,6}而)?$/u.test(clause.slice(Math.max(0, at - 12), at))) return false;
  if (p.kind === 'delay-care' && LEGITIMATE_CONTEXT.test(clause) && !guidanceDefeated(clause) && !selfNegating) return false;
  return true;
}

/** Claim flags for one sentence, read with the passage topic. `warnedSection`: the sentence sits under a "what not to do" heading. */
/**
 * `before`: the sentence before it and the user's question — an adverse reaction named there ("首先考虑药疹", "I came
 * out in hives") is the reason a stop in this sentence is right.
 */
export function contextClaims(sentence: string, topic: PassageTopic, warnedSection = false, before = ''): ContentFlag[] {
  if (warnedSection || /[?？]\s*$/u.test(sentence)) return [];
  const out: ContentFlag[] = [];
  const parts = clauses(sentence);
  // Practices harmful for a condition the passage is about; a list joined by 、 stays one clause (one negator).
  const wide = sentence.split(/[，,;；:：]|\s-\s|\bbut\b|但是|然而|不过/u).filter((x) => x.trim());
  for (const c of COMPILED) {
    if (!topic.conditions.has(c.p.id)) continue;
    let hit = false;
    for (const clause of wide) {
      for (const m of clause.matchAll(c.practice)) {
        if (c.p.sameSentence && !c.condition.test(sentence)) continue;
        if (c.unless?.test(sentence)) continue;
        if (!advisedPractice(c.p, sentence, clause, m.index ?? 0, m[0])) continue;
        const inSentence = sentence.indexOf(clause) + (m.index ?? 0);
        if (NEGATED_LIST.test(sentence.slice(Math.max(0, inSentence - 100), inSentence))) continue;
        const code = c.p.kind === 'delay-care' ? 'discourage-care' : 'harmful-practice';
        out.push(flag(code, sentence, `${c.p.id}: ${m[0].trim()}`));
        hit = true;
        break;
      }
      if (hit) break;
    }
    if (hit) break;
  }
  // Refusing treatment, advised ("patients may decline antibiotic prescriptions", "可以拒绝化疗").
  for (const clause of wide) {
    const m = REFUSE.exec(clause);
    if (!m || negatedBefore(clause, m.index) || WARNED.test(clause) || CONSEQUENCE.test(clause)) continue;
    if (!ADVISING.test(clause.slice(0, m.index)) && m.index > 2) continue;
    // "放弃治疗者预后较差", "patients who refuse treatment": a described group, not advice.
    if (/^[^，。,;；]{0,10}(?:者|的人|的患者)|^\s*(?:\w+\s+){0,3}(?:have|had|has|is|are|were|do|did) /u.test(clause.slice(m.index + m[0].length))) continue;
    if (/\b(?:who|which|that)\s+$/u.test(clause.slice(0, m.index))) continue;
    out.push(flag('discourage-care', sentence, `refuse treatment: ${m[0].trim()}`));
    break;
  }
  // Stops and dose changes of the passage's medicine, the medicine left implicit — unless the sentence describes what
  // some people do ("不少患者…就认为病好了，自行停药", "many patients stop once they feel better").
  if (topic.medicine && !DESCRIBED_GROUP.test(sentence) && !(GENERIC_HABIT.test(sentence) && !HABIT_ADVISES.test(sentence))) {
    const clinician =
      (CLINICIAN.test(sentence) || LEGITIMATE_CONTEXT.test(sentence) || CONSEQUENCE.test(sentence) || WARNED.test(sentence) || ADVERSE_REACTION.test(before)) &&
      !guidanceDefeated(sentence);
    for (const clause of parts) {
      const stop = IMPLIED_STOP.exec(clause);
      // "If steroids are stopped abruptly, …" describes what happens; it does not advise.
      if (
        stop &&
        !STOPPED_ACTIVITY.test(clause.slice(stop.index)) &&
        !DESCRIPTIVE_IF.test(clause) &&
        !negatedBefore(clause, stop.index) &&
        !clinician &&
        !WARNED.test(clause)
      ) {
        out.push(flag('stop-medication', sentence, `stop × ${topic.medicine} (from context)`));
        break;
      }
      const dose = IMPLIED_DOSE_CHANGE.exec(clause);
      if (
        dose &&
        !negatedBefore(clause, dose.index) &&
        !clinician &&
        !WARNED.test(clause) &&
        !/\b(?:not|never)\b|不要|不可|不能|别|切勿/u.test(clause.slice(0, dose.index))
      ) {
        out.push(flag('dose-change', sentence, `dose change × ${topic.medicine} (from context)`));
        break;
      }
    }
  }
  return out;
}
