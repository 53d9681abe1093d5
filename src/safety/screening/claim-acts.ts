// The acts a knowledge claim is read from (kb-claims.ts): taking, stopping or replacing a medicine, a daily or weekly
// schedule, carrying on through a sick day, a diagnosis asserted, a clinician speaking. Regex sources over
// normalised text (lower case), zh + en.
import { CLINICIAN_ZH } from './frames.js';
import { alt } from './text.js';

/** Acts on a medicine. */
export const TAKE = alt([
  '\\b(?:take|taking|use|using|give|giving|start|starting|prescribe[sd]?|prescribing|apply|applying|inject|injecting|try|choose|recommended|treat\\w* (?:it |this )?with|treatment is|first-line (?:treatment|therapy|choice) is|standard treatment is|drug of choice is|(?:can|should|will) be (?:used|given|taken|prescribed|started))\\b',
  '服用',
  '口服',
  '使用',
  '给予',
  '选用',
  '首选',
  '改用',
  '换用',
  '加用',
  '可以用',
  '可用',
  '应用',
  '吃',
  '喝',
  '注射',
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
export const LINKS_TO_CONDITION = alt(['\\b(?:for|to treat|treats?|treating|treatment of|against)\\b', '治疗', '用于', '治', '针对']);
export const DESCRIPTIVE_IF = /^\s*(?:if|when|once|after|whether|before|如果|若|一旦|假如|倘若)/u;
