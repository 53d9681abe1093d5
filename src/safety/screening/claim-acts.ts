// The acts a knowledge claim is read from (kb-claims.ts): taking, stopping or replacing a medicine, a daily or weekly
// schedule, carrying on through a sick day, a diagnosis asserted, a clinician speaking. Regex sources over
// normalised text (lower case), zh + en.
import { CLINICIAN_ZH } from './frames.js';
import { PERSON_ZH } from './regimen.js';
import { alt } from './text.js';

/** Taking a medicine in Chinese: read anywhere by TAKE, and right before a medicine's name by the taker frames below. */
const INTAKE_ZH = ['服用', '口服', '使用', '吃', '喝', '注射'];
/** Acts on a medicine. */
export const TAKE = alt([
  '\\b(?:take|taking|use|using|give|giving|start|starting|prescribe[sd]?|prescribing|apply|applying|inject|injecting|try|choose|recommended|treat\\w* (?:it |this )?with|treatment is|first-line (?:treatment|therapy|choice) is|standard treatment is|drug of choice is|(?:can|should|will) be (?:used|given|taken|prescribed|started))\\b',
  ...INTAKE_ZH,
  '给予',
  '选用',
  '首选',
  '改用',
  '换用',
  '加用',
  '可以用',
  '可用',
  '应用',
  '静滴',
  '静脉滴注',
  '滴眼',
  '外涂',
  '涂抹',
  '栓剂',
  '用[^，。；,;]{0,4}(?:药|片|栓|滴眼液|眼药水|软膏|乳膏)',
  // Naming the medicine as the treatment or calling it suitable: "常用的药物是X", "X很适合哮喘患者", "X is suitable for…".
  '(?:药物?|药品|治疗|疗法)(?:是|为|有|包括|首选|用)',
  // "the treatment for your conditions is X": the treatment named, whatever it is for.
  '\\b(?:treatment|medicine|medication|drug)s? for [^,.;:]{1,40}? (?:is|are)\\b',
  '适合',
  '适用于',
  '\\b(?:suitable|good|safe|ideal|recommended|indicated) for\\b',
  '\\b(?:is|are) (?:usually |often |commonly )?(?:treated|managed) with\\b',
  // Naming it the medicine: "the best medicine is X", "the usual treatment for asthma is X".
  '\\b(?:best|usual|main|right|standard|recommended|preferred|only) (?:medicine|medication|drug|treatment|tablet)s?\\b',
]);
/** Calling a medicine the first choice: a claim the first-line table can check (knowledge/first-line-drugs.ts). */
export const FIRST_CHOICE = alt([
  '\\b(?:first[- ]line|first choice|drug of choice|treatment of choice|medicine of choice|mainstay of treatment|preferred (?:drug|medicine|treatment))\\b',
  '首选',
  '一线',
  '第一选择',
]);
export const STOP = alt([
  "\\b(?:stop|stopping|stopped|quit|quitting|discontinue|discontinuing|skip|skipping|come off|coming off|give up|omit|omitting|drop|dropping|taper off|wean off|no longer need|(?:don't|do not) need)\\b",
  '停用',
  '停药',
  '停掉',
  '停服',
  '停止(?:服用|使用|用药)?',
  '(?:不用|不必|不需要|无需)再?(?:吃|服|用)',
  '跳过',
  '省掉',
  '撤掉',
  '撤药',
]);
export const REPLACE = alt([
  '\\binstead of\\b',
  '\\b(?:replace|replaces|replacing|swap|switch)\\b',
  '\\brather than\\b',
  '代替',
  '替代',
  '取代',
  '改用',
  '换成',
  '换用',
  '改吃',
  '改喝',
]);
export const DAILY = alt([
  '\\b(?:daily|every day|each day|once a day|twice a day|a day|per day|every morning|every night|each morning|each night|nightly|every evening)\\b',
  '每天',
  '每日',
  '一天[一二两三]次',
  '一日[一二两三]次',
  '每晚',
  '每早',
  '每天早上',
]);
/** A weekly or monthly schedule (not a duration: "starting 2 weeks before travel" is no schedule). */
export const WEEKLY = alt([
  '\\b(?:once|one|twice|1|2) (?:a|per|each|every) (?:week|month)\\b',
  '\\b(?:weekly|monthly)\\b',
  '\\bevery (?:week|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\b',
  '\\bon (?:the same|one) day (?:each|every) week\\b',
  '每周',
  '每星期',
  '每礼拜',
  '每个?月',
  '一周一次',
  '周[一二三四五六日天]',
  '星期[一二三四五六日天]',
]);
/** A diagnosis the passage asserts; the condition named right after it is what the passage treats. */
export const ASSERTS = alt([
  // Strong assertions only: "suggests", "likely", "consistent with" in reference text describe findings (a lab value
  // that "suggests hyponatremia"), not the disease a medicine is given for.
  "\\b(?:this is|it is|it's|this sounds like|you have|you've got|he has|she has|diagnosis (?:is|of)|diagnosed (?:with|as)|confirms?)\\b",
  '考虑(?:为|是)?',
  '诊断(?:为|是)',
  '这是',
  '确诊(?:为|是)?',
  '是典型的',
]);
export const CLINICIAN_SAYS = alt([
  '\\b(?:doctor|physician|prescriber|pharmacist|clinician|care team|specialist|nurse|clinic|transplant team|gp|midwife|provider|\\w+ologists?|psychiatrists?|surgeons?)\\b',
  ...CLINICIAN_ZH,
  '专科',
]);
/** Carrying on with a medicine as usual. */
export const KEEP_TAKING = alt([
  '\\b(?:keep|continue|carry on)\\s+(?:taking|using|on)\\b',
  '\\bat the (?:full|usual|same) dose\\b',
  '\\bas usual\\b',
  '照常(?:服用|吃|用)',
  '继续(?:服用|吃|用)',
  '不(?:用|必|需要)停',
]);
/** An illness that dehydrates: vomiting, diarrhoea, not eating or drinking. */
export const SICK = alt([
  '\\b(?:vomit\\w*|diarrh\\w*|dehydrat\\w*|not eating|can.t keep (?:anything|food|fluids) down|stools? a day)\\b',
  '呕吐',
  '腹泻',
  '拉肚子',
  '脱水',
  '吃不下',
]);
/**
 * A medicine named to say who someone is, not what treats them: "同时吃克拉霉素等药物的人要减量", "服用华法林的患者",
 * "people who take warfarin", "patients already on clarithromycin". Two signs are needed — an intake act right before
 * the name AND a person it describes (zh: 的人/的患者/者 after the name; en: a person noun or "who" before the act).
 * TAKER_ACT_ZH ends where the name starts; TAKER_PERSON_ZH starts where it ends; TAKER_EN ends where it starts.
 * The frame says only who; whether it is a co-medication is read from what follows it (CO_MEDICATION_CAUTION).
 */
// The intake acts, with the short forms a bare 用/服/打 takes only right before a name ("在用华法林的人", "打胰岛素者").
const INTAKE_BEFORE_NAME = `(?:${[...INTAKE_ZH, '服', '用', '打'].join('|')})`;
// The medicines listed before this one ("正在服用阿司匹林、氯吡格雷等药物的人").
const LISTED_BEFORE = '(?:[^，。；,;！!？?]{1,12}?(?:、|和|与|及|或者?))?';
export const TAKER_ACT_ZH = new RegExp(`${INTAKE_BEFORE_NAME}(?:着|了|过)?${LISTED_BEFORE}$`, 'u');
// Between the name and the person: a list or class word ("等药物"), or a few words that tie it to no condition
// ("抗凝"; the caller rejects a condition named there); "用X治疗痛风的患者" names the treatment, 或者/患者 are no "者".
export const TAKER_PERSON_ZH = new RegExp(`^(?:(?!治|疗|用于|针对)[^，。；,;！!？?]){0,14}?(?:的(?:人群?|${PERSON_ZH})|(?<![或患学作读记使])者)`, 'u');
// Taken alongside, at a time ("同时服用克拉霉素、环孢素等药物时要谨慎"): the medicine is what else is taken, not the treatment.
export const CO_TAKEN_ZH = new RegExp(`(?:同时|一起)${INTAKE_BEFORE_NAME}${LISTED_BEFORE}$`, 'u');
export const CO_TAKEN_WHEN_ZH = /^(?:(?:、|和|与|及|或者?)[^，。；,;！!？?]{1,12}?)?(?:等|这类|之类)?(?:药物?|药品)?(?:时|期间|的话)/u;
// A person said to be on it now ("您父亲正在吃克拉霉素", "你在服用华法林"): who the advice is for, not what it says to take.
export const TAKER_SUBJECT_ZH = new RegExp(
  `(?:你|您|${PERSON_ZH})(?:目前|现在|已经|本身)?(?:正在|在|一直在)${INTAKE_BEFORE_NAME}(?:着)?${LISTED_BEFORE}$`,
  'u',
);
export const TAKER_EN =
  /(?<!\b(?:start|starts|started|starting|put|puts|putting|keep|keeps|keeping|place|placing|switch|switching|get|getting|begin)\s+(?:the\s+|your\s+|most\s+)?)(?:\b(?:people|patients|those|anyone|someone|adults|children|men|women|users)\s+(?:who\s+(?:are|is)\s+|who\s+)?|\bwho\s+(?:are\s+|is\s+)?|\b(?:you|you're|he|she|they)\s+(?:are\s+|is\s+|'re\s+)?(?=(?:already\s+|also\s+|currently\s+|still\s+)?(?:taking|on)\b))(?:already\s+|also\s+|currently\s+|still\s+)?(?:take|takes|taking|use|uses|using|on)\s+(?:(?:a|an|the|drugs?|medicines?|such|as|like|other)\s+){0,3}$/u;
/**
 * What makes a taker a co-medication: the rest of its clause cautions, adjusts the dose, names an interaction or asks
 * for monitoring ("…的人要减量", "服用华法林者需查INR", "people on X should not take it", "need a lower dose"); a
 * clinician's part is read by frames.ts LEGITIMATE_CONTEXT beside it. A benefit, an outcome or a replacement after it
 * ("吃X的人好得更快", "people who take X recover faster", "可代替降压药") is a claim that X treats the condition —
 * review s26: 30 swaps let through when the frame alone was read. "不要再/不能再" is a replacement, no caution.
 */
export const CO_MEDICATION_CAUTION = alt([
  "\\b(?:should not|shouldn't|must not|mustn't|(?:do not|don't) (?:take|use|combine|mix|start|give)|avoid\\w*|not (?:be )?(?:take|taken|use|used|given|combined)|contraindicated|caution\\w*|careful)\\b",
  '\\b(?:lower|reduced?|smaller|adjust\\w*|cut)\\s+(?:\\w+\\s+){0,2}dose\\b|\\bdose (?:reduction|adjustment)\\b|\\b(?:reduce|lower) (?:it|the amount)\\b',
  '\\b(?:check\\w*|monitor\\w*|test\\w*|measur\\w*)\\b|\\binr\\b|\\b(?:blood|drug) levels?\\b',
  '\\binteract\\w*|\\b(?:build|builds) up\\b|\\baccumulat\\w*|\\btoxicity\\b|\\b(?:apart|separate\\w*)\\b',
  '减量|减少(?:剂量|用量)|减半|降低剂量|(?:调整|调)(?:剂量|用量|用药)|剂量(?:要|应|需)?(?:减|调|降)',
  '避免|不要(?!再)|不宜|不能(?!再)|不可|不应|别(?:用|吃|服)|勿|禁用|禁忌|禁止|慎用|谨慎|小心|注意',
  '相互作用|合用|同用|一起用|间隔|隔开|分开|错开|叠加|蓄积|中毒|毒性|(?<!糖)浓度',
  '监测|复查|检查|查(?:inr|凝血|血药|血常规|肝功|肾功|血钾|血糖)|inr',
]);
export const LINKS_TO_CONDITION = alt(['\\b(?:for|to treat|treats?|treating|treatment of|against)\\b', '治疗', '用于', '治', '针对']);
export const DESCRIPTIVE_IF = /^\s*(?:if|when|once|after|whether|before|如果|若|一旦|假如|倘若)/u;
