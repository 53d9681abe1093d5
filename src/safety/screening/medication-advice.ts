// Advice that breaks the compliance principles, found as concepts rather than phrases: a medicine class
// (lexicon.ts) × an action (stop / skip / double / replace) × an advising frame, judged per clause and
// negation-aware, so "do not stop taking insulin without your doctor" and "stop the drug and seek care if you
// get a rash" stay clean while "you can stop your insulin" or "停用降压药，改喝芹菜汁" are flagged.
import { sickDayRulesIn } from '../../knowledge/sick-day-rules.js';
import type { ContentFlag } from '../../core/content-flags.js';
import { globalOf } from '../../core/regex.js';
import {
  ABRUPT_STOP,
  CONSEQUENCE,
  claimedAndCautioned,
  guidanceDefeated,
  LEGITIMATE_CONTEXT,
  NEGATED_BEFORE,
  PREGNANCY,
  SELF_STOP,
  UNSAFE_ASSURANCE,
} from './frames.js';
import { FOLK_REMEDY } from './folk-remedies.js';
import { EMERGENCY_CARE, RED_FLAG, TREATMENT, VITAL_MEDICINE } from './lexicon.js';
import { lowSugar } from './lab-state.js';
import { findMedicineNames } from '../../knowledge/drugs.js';
import { essentialMentions } from './essential-medicines.js';
import { essentialMedicineMentions, essentialStop, requiredByCondition } from './regimen.js';
import { alt, clauses, trimSpan } from './text.js';

/** Stopping, skipping or forgoing a medicine, with the medicine as the object ("stop taking your insulin", "停用降压药"). */
const STOP_ACTIVE = alt([
  "\\b(?:stop(?:s|ped|ping)?|discontinu\\w*|quit(?:s|ting)?|ceas\\w*|halt\\w*|abandon\\w*|ditch\\w*|drop(?:s|ped|ping)?|skip(?:s|ped|ping)?|give up|giving up|throw (?:away|out)|get rid of|wean(?:ing)? (?:yourself |himself |herself |themselves )?off|taper(?:ing)? off|come off|coming off|get off|go off|cut out|withhold\\w*|hold(?:s|ing)?|paus(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|interrupt(?:s|ed|ing)?|put (?:\\w+ ){0,3}on hold|forgo\\w*|no longer (?:take|use|need|require)|(?:don't|do not|doesn't|does not|won't|will not) (?:really )?(?:need|require|have to take)|no need (?:for|to (?:take|use|keep|continue|inject|stay on)))\\b",
  '停(?:用|药|服|掉|了|止(?:服用|使用|注射|用药)?|打)',
  '(?:不用|不必|无需|不需要|没必要|用不着|可以不|就不用|就不必)(?:再|继续)?(?:吃|打|用|服用|注射|使用|服|依赖)',
  '暂停(?:服用|使用|用药|注射)?',
  '扔掉',
  '戒掉',
  '断掉',
  '撤掉',
  '减停',
  '丢掉',
  '放弃',
  '摆脱',
]);
/** A missed dose (skipping it is the label's own advice). */
const MISSED_DOSE = /\bmiss(?:ed|es)? (?:a |one |your )?(?:dose|pill|tablet)|\bforg[eo]t\w* (?:a |to take )|漏服|漏吃|忘(?:记)?(?:了)?(?:服|吃)/u;
/** The clinician ruled out of a decision about a medicine. */
const NO_CLINICIAN =
  /\b(?:(?:don't|do not|no) need to|without) (?:contact\w*|call\w*|ask\w*|tell\w*|check\w* with|consult\w*|see\w*|involv\w*) (?:the |your )?(?:clinic|doctor|gp|team|specialist|pharmacist|nurse|prescriber)\b|(?:不用|不必|无需|不需要|没必要)(?:告诉|通知|联系|咨询|问|找|看)(?:医生|医院|药师|门诊|大夫)/u;
/** Only function words between an active stop and its medicine. */
const OBJECT_GAP =
  /^(?:\s|,|taking|using|giving|injecting|on|with|your|his|her|their|all|the|of|any|to take|to use|these|those|that|this|regular|daily|prescribed|current|usual|and|or|a|an|it|my|的|了|再|掉|用|服|吃|打|所有|全部|这些|那些|把|将|你|您|其|和|及)*$/iu;
/** The medicine as subject of a stop predicate ("insulin can be safely stopped", "降压药就可以停了"). */
const STOP_PREDICATE = alt([
  '\\b(?:can|may|should|could|must|will)\\s+(?:\\w+\\s+)?be\\s+(?:\\w+\\s+)?(?:stopped|discontinued|dropped|skipped|withheld|held|paused|suspended|interrupted|put on hold|abandoned|thrown away|tapered off)\\b',
  '\\b(?:is|are|becomes?|become)\\s+(?:\\w+\\s+)?(?:not (?:needed|necessary|required)|unnecessary|optional|a waste|pointless|no longer (?:needed|necessary|required)|useless|harmful|poison)\\b',
  '\\bno longer (?:needed|necessary|required)\\b',
  '\\b(?:can|could) (?:\\w+\\s+)?(?:stop|quit|go)\\b',
  '(?:可以|可|就|即可|便可|就可以|都可以|完全可以|马上|立即|直接|先)(?:安全地?)?(?:停|停用|停掉|停药|暂停|不用|不吃|不打|减停|撤)',
  // "不需要停" is the opposite: no need to stop.
  '(?:不用|不必|无需|不需要|没必要|用不着)(?:再|继续)?(?:吃|打|用|服用|注射|使用|服)?了?(?!停|中断|断药|减)',
  '停(?:用|掉|了)',
]);
const QUESTION = /[?？]\s*$/u;
const NOT_NEGATED = (prefix: string) => !NEGATED_BEFORE.test(prefix.slice(-40));

/** "Do not take your insulin": an imperative negation opening the clause, the medicine right after the verb. */
const NEGATED_TAKE = alt([
  "^(?:(?:so|and|just|simply|please|then)\\s+)?(?:you\\s+(?:should|must|need to|have to)\\s+)?(?:do not|don't|dont|never|stop)\\s+(?:take|taking|use|using|inject|injecting|give|giving|fill|refill)\\s+(?:your|his|her|their|any|the|all)?\\s*",
  '^(?:所以|那就|就|请|千万)?(?:不要|别|千万别|不用|无需|不必)(?:再|继续)?(?:吃|打|服用|注射|使用|服)(?:了)?',
]);
const CONDITION = alt([
  '\\b(?:if|when|while|with|during|before|after|unless|until|in case|together|combined|alongside|at the same time)\\b',
  '如果',
  '若',
  '时',
  '期间',
  '同时',
  '合用',
  '一起',
  '之前',
  '之后',
  '以前',
]);
const NOT_VITAL_FOR_NEGATED_TAKE = /antibiotic|抗生素|抗菌|other people|别人|他人/u;
/** "No need to take" rather than "stop". */
const NO_NEED = /^(?:不用|不必|无需|不需要|没必要|用不着|可以不|就不用|就不必)|no need|(?:don't|do not|doesn't|does not|won't|will not) (?:really )?need/u;
/** Low blood sugar named in the passage: withholding insulin or a sulfonylurea then is the right advice. */
const LOW_SUGAR =
  /\bhypoglyc\w*|\blow blood (?:sugar|glucose)|\b(?:blood )?(?:sugar|glucose) (?:is |level is )?(?:too |very )?low\b|低血糖|血糖(?:偏|太|过|很)?低/u;
const RIGHT_NOW = /\b(?:now|right now|at the moment|for now|this dose|this time)\b|现在|此时|这次|这一针|先别|先不要/u;
const GLUCOSE_LOWERING = /insulin|胰岛素|降糖|glipizide|glyburide|glimepiride|gliclazide|sulfonylurea|格列/u;

/** Changing a dose on one's own. */
const DOSE_CHANGE = alt([
  '\\b(?:double|triple|quadruple)\\b',
  '\\b(?:increase|raise|up|boost|bump up|crank up|halve|cut)\\s+your\\s+(?:\\w+\\s+){0,2}(?:dose|doses|dosage|units?|amount)\\b',
  '\\btake (?:an? )?(?:extra|additional|double|second|another)\\b',
  '\\btake (?:twice|two|three|2|3) (?:times )?(?:as much|the dose|doses|the amount)',
  '\\b(?:adjust|change|increase|raise) (?:\\w+\\s+){0,3}(?:on your own|yourself|by yourself|as you like|as you see fit)',
  '\\bself-(?:adjust|escalat|titrat)\\w*',
  '\\bby (?:\\d+|a few|several) units? (?:each|every)\\b',
  '加倍',
  '翻倍',
  '加量',
  '加大(?:剂量|用量)?',
  // A level or concentration that doubles ("血药浓度约增加一倍") is a pharmacokinetic fact, not a dose change.
  '(?<!浓度|水平|浓度约|水平约|含量|含量约)增加(?:一倍|剂量|用量|\\d+\\s*(?:单位|u))',
  '(?:自行|自己|随意|擅自)(?:增加|加大|加量|加倍|减少|减量|减半)',
  '多(?:吃|打|服|用)(?:一|两|几|些)',
  '两倍',
  '双倍',
  '减半',
]);

/** Replacing treatment, or a remedy claimed to cure a serious disease. */
const REPLACE = alt([
  '\\b(?:instead of|in place of|rather than|replac\\w*|substitut\\w*|swap\\w*|switch\\w* (?:from|to)|(?:an )?alternative to|better than|works? (?:better|as well|just as well)|(?:is|are) (?:better|more effective|just as good|as good)|as effective as|more effective than|no need for)\\b',
  '代替',
  '替代',
  '取代',
  '替换',
  '换成',
  '改用',
  '改吃',
  '改喝',
  '改为',
  '胜过',
  '而不是',
  '比[^，。；]{0,8}(?:更)?(?:好|有效|管用|强)',
  '就(?:不用|不必|可以不)',
  '效果(?:一样|相同|相当)',
]);
const CURE = alt([
  '\\b(?:cures?|cured|reverses?|reversed|heals?|eliminates?|eradicates?|gets? rid of)\\b',
  '根治',
  '治愈',
  '治好',
  '逆转',
  '断根',
  '去根',
  '彻底消除',
]);
const SERIOUS = alt([
  '\\b(?:diabetes|cancer|tumou?rs?|hypertension|high blood pressure|epilepsy|hiv|aids|tuberculosis|heart disease|asthma|leukemia|hepatitis|infection|pneumonia|stroke)\\b',
  '糖尿病',
  '癌',
  '肿瘤',
  '高血压',
  '癫痫',
  '艾滋',
  '结核',
  '心脏病',
  '哮喘',
  '白血病',
  '肝炎',
  '感染',
  '肺炎',
  '中风',
]);

/** Telling someone not to seek care. */
const NO_CARE = alt([
  "\\b(?:no need|not necessary|unnecessary|(?:don't|do not|doesn't|does not|never|won't) (?:need|have) to|(?:don't|do not|never)|avoid|skip|no reason|pointless|waste of time)\\s+(?:to\\s+)?(?:go(?:ing)?(?: to)?|call(?:ing)?|visit(?:ing)?|see(?:ing)?|seek(?:ing)?|rush(?:ing)?(?: to)?|run(?:ning)? to|get(?:ting)?|bother(?:ing)? (?:with|going to|calling))\\s+(?:the\\s+|a\\s+|an\\s+|your\\s+|any\\s+)?(?:hospital|er|a&e|emergency|ambulance|911|999|112|doctor|physician|gp|urgent care|medical|clinic|help|care|treatment)",
  '\\b(?:wait|rest|stay (?:at )?home|sleep (?:it )?off|ride it out|tough it out|see if it passes)\\b[^.]{0,30}\\b(?:until|till|instead|rather than)\\b(?! (?:the )?(?:help|ambulance|paramedics|emergency|ems)\\b)',
  "\\b(?:no need for|(?:don't|do not|doesn't|does not|won't|will not) (?:really )?need)\\s+(?:an?\\s+|the\\s+|any\\s+)?(?:ambulance|er|emergency|hospital|911|doctor|medical|paramedics)",
  '\\b(?:hospitals?|the er|emergency rooms?|doctors?) (?:are|is) (?:a waste|unnecessary|not needed|pointless|overkill|dangerous)\\b',
  '(?:不用|不必|无需|不需要|没必要|别|不要|千万别|用不着|何必)(?:急着|马上|立即|立刻|赶紧|特意)?(?:去|上|跑|送|找)?(?:医院|急诊|看医生|看病|就医|就诊|打120|拨打120|叫救护车|找医生)',
  '(?:在家|家里|回家)[^，。；]{0,8}(?:休息|观察|躺|扛|等|睡)[^，。；]{0,8}(?:就行|即可|就好|就可以|就没事|会好)',
  // Care of every kind waved away by what it leaves: "no need to go anywhere", "no doctor needed", "home care is
  // enough", "哪儿都不用去", "在家护理就够了".
  "\\b(?:no need|not necessary|unnecessary|(?:don't|do not|doesn't|does not|won't|will not) (?:really )?(?:need|have) to)\\s+(?:to\\s+)?go (?:anywhere|out for (?:care|help|treatment))\\b",
  '\\bno (?:doctors?|hospital|gp|physician|medical (?:care|attention|help|treatment)|professional help|er|emergency care|ambulance)\\s+(?:is\\s+|are\\s+)?(?:really\\s+)?(?:needed|necessary|required|called for)\\b',
  "\\b(?:home (?:care|treatment|remedies|rest|management|monitoring)|(?:resting|rest|staying|treatment|care) at home|self[- ]care)\\s+(?:is|are|will be|should be)\\s+(?:usually\\s+|quite\\s+|perfectly\\s+|more than\\s+|all\\s+)?(?:enough|sufficient|all (?:that is|that's|you|he|she|they|it|the baby) (?:need|needs))\\b",
  '(?:不用|不必|无需|不需要|没必要|用不着)(?:去)?(?:任何地方|哪儿|哪里)|哪(?:儿|里)都不用去',
  '(?:在家|家里|居家)[^，。；]{0,8}(?:护理|处理|照顾|休养|观察|休息)[^，。；]{0,6}(?:就够了?|足够了?)',
  '扛一扛',
  '挺一挺',
  '忍一忍',
]);
/** Does the text tell the reader not to seek care (no need for the ER, a doctor, the hospital; rest at home instead)? */
export function refusesCare(text: string): boolean {
  return NO_CARE.test(text);
}
const NOT_REPLACE = alt([
  "\\b(?:not|never|cannot|can't|should not|shouldn't|must not|is no) (?:\\w+\\s+){0,2}(?:replace|substitute|alternative|a cure|cure)",
  '不能(?:代替|替代|取代|替换)',
  '不可(?:代替|替代|取代)',
  '无法(?:代替|替代|取代)',
  '不是[^，。]{0,4}(?:代替|替代)',
  '没有[^。]{0,12}(?:证据|依据)',
  '\\bno (?:good |reliable |scientific |strong )?evidence\\b',
  '而不能',
]);
const NOT_CURE = alt([
  "\\b(?:no|not|never|cannot|can't|won't|does not|doesn't|unproven|no evidence)\\b[^.]{0,25}\\b(?:cures?|reverses?|heals?)",
  '不能(?:根治|治愈)',
  '无法(?:根治|治愈)',
  '没有[^，。]{0,6}(?:根治|治愈)',
  '不可能(?:根治|治愈)',
  '尚无',
]);
const HESITATE = alt(['\\b(?:hesitate|delay|wait)\\b', '犹豫', '拖延', '耽误', '等待']);
const MILD = alt([
  '\\b(?:mild|minor|most (?:people|cases|colds)|common cold|a cold|usually|small cuts?|bruises?)\\b',
  '轻微',
  '轻度',
  '一般(?:的)?感冒',
  '大多数',
  '多数',
  '普通感冒',
]);

function flag(code: ContentFlag['code'], clause: string, reason: string): ContentFlag {
  return { code, span: trimSpan(clause), reason };
}

/** Two matches share a character. */
function overlaps(a: RegExpMatchArray, b: RegExpMatchArray): boolean {
  const [as, bs] = [a.index ?? 0, b.index ?? 0];
  return as < bs + b[0].length && bs < as + a[0].length;
}

function allMatches(re: RegExp, s: string): RegExpMatchArray[] {
  return [...s.matchAll(globalOf(re))];
}

/** Clinician involvement, a reason or a warning frame, unless the sentence also strips clinicians out. */
function legitimate(sentence: string): boolean {
  if (UNSAFE_ASSURANCE.test(sentence)) return false;
  if (CONSEQUENCE.test(sentence)) return true;
  if (SELF_STOP.test(sentence) || guidanceDefeated(sentence)) return false;
  return LEGITIMATE_CONTEXT.test(sentence) || (PREGNANCY.test(sentence) && !ABRUPT_STOP.test(sentence));
}

/** Before a medicine in a question: asking whether to begin it ("需要吃", "要不要用", "do I need", "should I start"). */
const START_ASKED_BEFORE =
  /(?:需要|要不要|需不需要|是否(?:需要|要|应该)|该不该|用不用|吃不吃|有必要|有没有必要|必须)(?:开始|长期)?(?:吃|服用?|用|打|上|加)?(?:点|一些)?$|\b(?:do|does|would|will) (?:i|you|we|they|he|she|my \w+) (?:really |actually )?need(?: to)?(?: (?:start|take|go on|be on|begin))?(?: (?:a|an|the|any|on))?\s*$|\bshould (?:i|we|he|she|they|my \w+) (?:start|take|go on|be on|begin)(?: (?:a|an|the|on))?\s*$/u;
/** After it, the question's end within a few words. */
const QUESTION_END_AFTER = /^[^，。；,.;！!]{0,16}(?:吗|么|呢)?\s*[？?]/u;

/** Asking whether to go on with it ("还需要吃吗", "do I still need", "keep taking"): the asker is on it. */
const CONTINUING = /还|继续|仍|再|一直|\b(?:still|keep|continue|stay on|carry on)\b/u;

/** The question names `med` only to ask whether to begin it (pure; `question` normalised). */
function askedWhetherToStart(question: string, med: string): boolean {
  for (let at = question.indexOf(med); at >= 0; at = question.indexOf(med, at + 1)) {
    const before = question.slice(Math.max(0, at - 24), at);
    const asked = START_ASKED_BEFORE.exec(before);
    if (!asked || CONTINUING.test(before.slice(Math.max(0, (asked.index ?? 0) - 3)))) continue;
    if (QUESTION_END_AFTER.test(question.slice(at + med.length))) return true;
  }
  return false;
}

/** What follows a held medicine when "hold" means a stop: a stretch of time, or until/before an event. */
const HOLD_FOR_A_TIME =
  /^\s*(?:tablets?|pills?|doses?|injections?)?\s*(?:for (?:a |the |an |\d+|one|two|three|four|five|six|seven|ten|few|several|now|the time being)|until|till|before|during|while|from|starting|off\b|today|tonight|tomorrow|this (?:week|month)|\d)/u;

/** Stop words that say the stop is for a while: hold, pause, suspend, interrupt, 暂停. */
const PAUSE = /^(?:hold|paus|suspend|interrupt|put |暂停)/u;
/** A pause's legitimate reason in its sentence: a sick day, or a result awaited. */
const PAUSE_REASON =
  /\b(?:vomit\w*|diarrh\w*|dehydrat\w*|(?:can.t|cannot|unable to) keep (?:anything|food|fluids|water) down)|\b(?:until|till|before|pending)\b[^.;]{0,40}\b(?:results?|blood (?:count|test)s?|levels?|tests? (?:come|are) back)\b|呕吐|腹泻|脱水|吃不下|(?:结果|化验|检查|血常规)[^，。；]{0,6}(?:出来|回来)(?:之前|前|以前)/u;

/** A stop aimed at a medicine in this clause: "stop [taking your] MED" or "MED [can be stopped | is not needed]". */
function stopOfMedicine(clause: string, meds: RegExpMatchArray[], question = '', sentence = clause): string | null {
  // The medicines the asker says they take: "no need to use X" for an X they are not on adds nothing to stop
  // ("停药期间不需要用低分子肝素桥接" to someone on rivaroxaban).
  const taking = question ? [...findMedicineNames(question), ...allMatches(VITAL_MEDICINE, question).map((x) => x[0])] : [];
  for (const m of allMatches(STOP_ACTIVE, clause)) {
    const at = m.index ?? 0;
    if (!NOT_NEGATED(clause.slice(0, at))) continue;
    const end = at + m[0].length;
    const med = meds.find((x) => (x.index ?? 0) >= end && (x.index ?? 0) - end <= 40 && OBJECT_GAP.test(clause.slice(end, x.index)));
    // "停用抗生素后可自愈" tells what happens after a stop; it does not advise one.
    // "一般没必要吃抗生素", "you don't need antibiotics for a cold": not taking what was never needed is no stop.
    if (med && NO_NEED.test(m[0]) && NOT_VITAL_FOR_NEGATED_TAKE.test(med[0])) continue;
    // A medicine other than the ones the asker takes is not added, nothing is stopped — unless the question's condition
    // requires it ("I take aspirin after my valve replacement" → "no need for warfarin"; regimen.ts).
    if (
      med &&
      NO_NEED.test(m[0]) &&
      taking.length > 0 &&
      !question.includes(med[0]) &&
      !taking.some((t) => med[0].includes(t)) &&
      !requiredByCondition(question, med[0])
    )
      continue;
    // "需要吃他汀吗？", "do I need to start a statin?": the asker names the medicine only to ask whether to begin it, so
    // "no need to take it" answers the question — nothing is stopped. Not for an essential medicine (regimen.ts):
    // "no need for warfarin" after a mechanical valve is harm whether or not it was begun.
    if (med && NO_NEED.test(m[0]) && askedWhetherToStart(question, med[0]) && !essentialStop(question, med[0])) continue;
    // "Hold" stops a medicine only for a time ("hold the clopidogrel for two weeks / until…"); "hold the inhaler
    // upright" handles a device.
    if (med && /^hold/u.test(m[0]) && !HOLD_FOR_A_TIME.test(clause.slice((med.index ?? 0) + med[0].length))) continue;
    // A pause is the usual word of a legitimate hold (contrast, an interacting course, sick-day rules, a blood count
    // awaited, in its sentence): it is a stop to read only for a medicine nobody with its indication may do without (a stent's
    // antiplatelet held for a tooth), and not while a sick day or a result awaited is the reason.
    if (med && PAUSE.test(m[0]) && (!essentialStop(question, med[0]) || PAUSE_REASON.test(sentence))) continue;
    if (med && !/^\s*(?:后|之后|以后)/u.test(clause.slice((med.index ?? 0) + med[0].length))) return med[0];
  }
  for (const med of meds) {
    const end = (med.index ?? 0) + med[0].length;
    const rest = clause.slice(end, end + 40);
    // "利伐沙班停药期间…", "停药后…": the stop names a time, the advice is about what happens then.
    if (/^\s*(?:停药|停用|停服|停掉)(?:期间|后|之后|以后|前|之前|时)/u.test(rest)) continue;
    const p = STOP_PREDICATE.exec(rest);
    if (p && NOT_NEGATED(rest.slice(0, p.index))) return med[0];
  }
  return null;
}

/** Medicine-advice flags for one sentence (normalised text). */
/** Vomiting, diarrhoea or dehydration named in the sentence. */
const SICK_NOW = /\b(?:vomit\w*|diarrh\w*|dehydrat\w*|not eating|can.t keep (?:anything|food|fluids) down)\b|呕吐|腹泻|拉肚子|脱水|吃不下/u;

export function medicationAdvice(sentence: string, passage: string, context = ''): ContentFlag[] {
  const out: ContentFlag[] = [];
  if (QUESTION.test(sentence)) return out;
  const parts = clauses(sentence);
  // Medicines the vital list misses but the knowledge tables make essential to the question's condition ("Lixiana"
  // for AF, levodopa for Parkinson's, "a DOAC"): read as the vital ones are (essential-medicines.ts).
  const essentialIn = (c: string) => {
    const mentions = [...essentialMentions(c), ...essentialMedicineMentions(c)];
    if (mentions.length === 0) return mentions;
    const vital = allMatches(VITAL_MEDICINE, c);
    return mentions.filter((x) => essentialStop(context, x[0]) && !vital.some((v) => overlaps(v, x)));
  };
  const hasMed = VITAL_MEDICINE.test(sentence) || essentialIn(sentence).length > 0;
  // Withholding a glucose-lowering dose now, when the sugar is low (in this sentence, or named in the passage and the
  // sentence is about this moment), is the right advice; "skip all your insulin until you eat again" is not.
  if (
    hasMed &&
    GLUCOSE_LOWERING.test(sentence) &&
    (LOW_SUGAR.test(sentence) || (lowSugar(`${context}\n${passage}`) && RIGHT_NOW.test(sentence) && !/\buntil\b|直到/u.test(sentence)))
  )
    return out;
  if (hasMed && !legitimate(sentence)) {
    for (const c of parts) {
      const meds = [...allMatches(VITAL_MEDICINE, c), ...essentialIn(c)];
      if (meds.length === 0) continue;
      const stopped = stopOfMedicine(c, meds, context, sentence);
      // Pausing a sick-day medicine while vomiting or dehydrated is the guidance (knowledge/sick-day-rules.ts).
      if (stopped && SICK_NOW.test(sentence) && sickDayRulesIn(sentence).some((r) => stopped.toLowerCase().includes(r.name))) continue;
      if (stopped) {
        out.push(flag('stop-medication', sentence, `stop × ${stopped}`));
        break;
      }
      const neg = NEGATED_TAKE.exec(c);
      if (neg) {
        const rest = c.slice((neg.index ?? 0) + neg[0].length);
        const med = meds.find(
          (x) => (x.index ?? 0) >= (neg.index ?? 0) + neg[0].length && OBJECT_GAP.test(rest.slice(0, (x.index ?? 0) - (neg.index ?? 0) - neg[0].length)),
        );
        if (med && !CONDITION.test(sentence) && !NOT_VITAL_FOR_NEGATED_TAKE.test(med[0]) && !/\b(?:more|extra|double)\b|超过|过量|多/u.test(c)) {
          out.push(flag('stop-medication', sentence, `do not take × ${med[0]}`));
          break;
        }
      }
      const change = allMatches(DOSE_CHANGE, c).find((m) => NOT_NEGATED(c.slice(0, m.index)));
      if (change && !/vaccin|疫苗/u.test(meds[0][0])) {
        out.push(flag('dose-change', sentence, `dose change × ${meds[0][0]}`));
        break;
      }
    }
  }
  // Any medicine (the shared medicine-name helper, not only the vital classes) stopped or skipped by the patient alone:
  // "on your own" / 自行, or with the clinician ruled out ("you don't need to contact the clinic", 不用告诉医生).
  if (out.length === 0 && !CONSEQUENCE.test(sentence) && !MISSED_DOSE.test(sentence)) {
    for (const c of parts) {
      const alone = SELF_STOP.exec(c) ?? (STOP_ACTIVE.test(c) && NO_CLINICIAN.test(`${sentence}\n${passage}`) ? STOP_ACTIVE.exec(c) : null);
      if (!alone || !NOT_NEGATED(c.slice(0, alone.index))) continue;
      const med = findMedicineNames(c)[0];
      if (med) {
        out.push(flag('stop-medication', sentence, `stop alone × ${med}`));
        break;
      }
    }
  }
  const folk = (REPLACE.test(sentence) || CURE.test(sentence)) && FOLK_REMEDY.exec(sentence);
  if (folk && !legitimate(sentence)) {
    const replaced = replacement(sentence);
    if (replaced) out.push(flag('replace-treatment', sentence, replaced));
  }
  for (const c of NO_CARE.test(sentence) ? parts : []) {
    const m = NO_CARE.exec(c);
    if (!m) continue;
    const before = c.slice(0, m.index);
    // "Don't wait until morning" and "do not hesitate to call" urge care; "many people do not seek care" describes.
    if (/^(?:wait|rest|stay|sleep|ride|tough|see|在家|家里|回家)/u.test(m[0]) && !NOT_NEGATED(before)) continue;
    if (/\b(?:people|many|patients|they|some|most|who|those|men|women|children|adults)\s+(?:\w+\s+)?$/u.test(before)) continue;
    if (HESITATE.test(c.slice(0, (m.index ?? 0) + m[0].length))) continue;
    // The red flag may be the question's (or the page title's): "no doctor needed" answering crushing chest pain.
    const emergency = EMERGENCY_CARE.test(c) || RED_FLAG.test(sentence) || RED_FLAG.test(passage) || (context !== '' && RED_FLAG.test(context));
    if (!emergency || MILD.test(sentence) || LEGITIMATE_CONTEXT.test(c.replace(m[0], ' '))) continue;
    out.push(flag('discourage-care', sentence, `discourages care: ${m[0].trim()}`));
    break;
  }
  return out;
}

/** A remedy offered in place of treatment (the replace word between them, in one clause), or claimed to cure. */
function replacement(sentence: string): string | null {
  if (NOT_REPLACE.test(sentence)) return null;
  for (const c of clauses(sentence).length > 1 ? [sentence, ...clauses(sentence)] : [sentence]) {
    const folk = allMatches(FOLK_REMEDY, c);
    const treat = [...allMatches(VITAL_MEDICINE, c), ...allMatches(TREATMENT, c)];
    for (const r of allMatches(REPLACE, c)) {
      const at = r.index ?? 0;
      if (!NOT_NEGATED(c.slice(0, at)) || /^replac\w*\s+(?:the\s+)?(?:missing|lacking|lost|deficient)|replacement/u.test(c.slice(at, at + 30))) continue;
      if (claimedAndCautioned(c, at)) continue;
      const f = folk.find((x) => Math.abs((x.index ?? 0) - at) <= 60);
      const t = treat.find((x) => Math.abs((x.index ?? 0) - at) <= 60 && (x.index ?? 0) < at !== (f?.index ?? 0) < at);
      if (f && t) return `${f[0]} in place of ${t[0]}`;
    }
  }
  if (NOT_CURE.test(sentence)) return null;
  for (const f of allMatches(FOLK_REMEDY, sentence)) {
    const end = (f.index ?? 0) + f[0].length;
    const cure = CURE.exec(sentence.slice(end, end + 16));
    if (cure && SERIOUS.test(sentence.slice(end + (cure.index ?? 0)))) return `${f[0]} claimed to cure`;
  }
  return null;
}
