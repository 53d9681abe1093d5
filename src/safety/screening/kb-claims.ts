// Advice claims checked against knowledge, not phrases. A sentence is read as a claim — an action (take, stop or
// skip, replace, a schedule) on a medicine, for a condition — and the medicine and condition are looked up:
//   - the indication table (knowledge/drug-indications.ts, ICD-10 ranges per drug class) with condition codes
//     (knowledge/condition-codes.ts): a medicine advised for a condition the table does not list it for
//     (methimazole for hypothyroidism, insulin for hypoglycaemia) contradicts the knowledge base;
//   - the same table for stops: stopping or skipping a medicine the table lists for the condition at hand, or one
//     of a class whose unsupervised stop harms (immunosuppressants after a transplant, antiepileptics, anticoagulants),
//     and replacing it with something that is no medicine at all;
//   - the schedule table (knowledge/drug-schedules.ts): a weekly medicine given daily;
//   - the user's knowledge-base lists (disease KG drugs, a disease table's medications), when given: a medicine the
//     knowledge base lists for the condition is indicated even where the class table is silent.
// The condition a medicine is judged for is the one the passage asserts ("this is hypothyroidism", "考虑痛风"),
// else one the sentence names, else the question or title. Pure; the tables are built once.
import type { ContentFlag } from '../../core/content-flags.js';
import { conditionCodes, type ConditionCodes, type ConditionMention } from '../../knowledge/condition-codes.js';
import { createDrugIndications, DRUG_CLASSES, type DrugIndications } from '../../knowledge/drug-indications.js';
import { weeklyOrMonthlyDrugsIn } from '../../knowledge/drug-schedules.js';
import { sickDayRulesIn } from '../../knowledge/sick-day-rules.js';
import { createDrugLexicon, drugKey, parseSeedAliases, type DrugLexicon } from '../../knowledge/drugs.js';
import { parseIcdCode } from '../../knowledge/icd10.js';
import type { TreatmentRelations } from '../../knowledge/treatment-relations.js';
import { CLINICIAN_ZH, CONSEQUENCE, LEGITIMATE_CONTEXT, NEGATED_BEFORE, UNSAFE_ASSURANCE } from './frames.js';
import { alt, trimSpan } from './text.js';

/** The knowledge a claim is checked against. */
export interface ClaimKnowledge {
  conditions: ConditionCodes;
  indications: DrugIndications;
  drugs: DrugLexicon;
  /** The user's knowledge-base medicine lists (optional). */
  relations?: TreatmentRelations;
}

/**
 * Classes given for symptoms across many conditions (pain, fever, itch, nausea, diarrhoea) and supplements: a
 * mention beside a condition is no claim about what treats it, so the indication check leaves them alone.
 */
const SYMPTOMATIC_CLASSES = new Set([
  'nsaid-analgesic',
  'paracetamol-salicylate-analgesic',
  'paracetamol-salicylate-analgesic',
  'antihistamine',
  'mucolytic-antitussive',
  'b-vitamins',
  'probiotic',
  'antispasmodic',
  'antiemetic-prokinetic',
  'hepatoprotective',
  'acid-suppression',
  'calcium',
  'potassium',
  'zinc',
  'iron',
  'albumin',
  'topical-corticosteroid',
  'systemic-corticosteroid',
  'diuretic',
]);
/** Listed in the table under one class only, but also given for pain and fever (aspirin: antiplatelet and analgesic). */
const ALSO_SYMPTOMATIC = new Set(['阿司匹林']);
/** Allergy to a medicine ("penicillin allergy", "青霉素过敏") names no condition the medicine is given for. */
const ALLERGY_CODE = /^T78\.[0-4]$/u;

let aliasesOf: Map<string, string[]> | undefined;
/**
 * Medicines named in lower-cased text, as canonical names: the lexicon's hits, each confirmed by a name standing as
 * a word (a Latin alias between word boundaries, a Chinese name as written) — "tpa" inside "postpartum" is none.
 * A name inside a condition name ("甲状腺" in 甲状腺功能亢进症) is the condition's.
 */
function medicinesIn(s: string, k: ClaimKnowledge, conditions: readonly ConditionMention[]): string[] {
  if (!aliasesOf) {
    aliasesOf = new Map();
    for (const [canon, list] of Object.entries(parseSeedAliases()))
      aliasesOf.set(
        k.drugs.canonical(canon),
        [canon, ...list].map((a) => a.toLowerCase()),
      );
  }
  const inCondition = (at: number, len: number) => conditions.some((c) => at >= c.start && at + len <= c.end);
  const standsAlone = (name: string): boolean => {
    if (/\p{Script=Han}/u.test(name)) {
      for (let at = s.indexOf(name); at >= 0; at = s.indexOf(name, at + 1)) if (!inCondition(at, name.length)) return true;
      return false;
    }
    if (name.length < 4) return false;
    const re = new RegExp(`(?<![a-z0-9-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`, 'u');
    return re.test(s);
  };
  return k.drugs.findDrugs(s, 8).filter((d) => {
    if (k.indications.classesOf(d).length === 0) return false;
    const names = aliasesOf?.get(d) ?? [];
    return [d, drugKey(d), ...names].some(standsAlone);
  });
}

/** Offsets where the medicine is named in lower-cased text (its canonical name or an alias as a word). */
function mentionsAt(s: string, drug: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const name of new Set([drug, ...(aliasesOf?.get(drug) ?? [])])) {
    if (!name) continue;
    for (let at = s.indexOf(name); at >= 0; at = s.indexOf(name, at + 1)) {
      if (/^[a-z]/.test(name) && (/[a-z0-9]/.test(s[at - 1] ?? '') || /[a-z0-9]/.test(s[at + name.length] ?? ''))) continue;
      out.push({ start: at, end: at + name.length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Is the medicine the object of the stop at `at` ("stop taking your tacrolimus", "停用他克莫司", "他克莫司可以停掉")?
 * "cells stop responding to insulin" and "loperamide to help stop diarrhoea" stop something else.
 */
function stopsMedicine(clause: string, stop: RegExpExecArray, drug: string): boolean {
  const end = stop.index + stop[0].length;
  for (const m of mentionsAt(clause, drug)) {
    if (m.start >= end) {
      const gap = clause.slice(end, m.start);
      if (
        /\p{Script=Han}/u.test(stop[0])
          ? gap.length <= 6 && !/[，。；,;]/u.test(gap)
          : /^(?:\s|taking|using|on|your|the|his|her|their|all|of|my|evening|morning|night|bedtime|next|dose|doses|daily|usual|regular|prescribed|medicine|medication)*$/u.test(
              gap,
            )
      )
        return true;
    } else if (m.end <= stop.index) {
      // The medicine first: "他克莫司可以停掉", "your tacrolimus can be stopped".
      const gap = clause.slice(m.end, stop.index);
      if (
        /\p{Script=Han}/u.test(stop[0])
          ? gap.length <= 8 && !/[，。；,;]/u.test(gap)
          : /^\s*(?:can|may|could|should)?\s*(?:be|safely|simply|just)?\s*$/u.test(gap)
      )
        return true;
    }
  }
  return false;
}

let builtIn: ClaimKnowledge | undefined;
/** The built-in tables: condition codes, the indication table (its drugs known to the lexicon), the schedule table. */
export function claimKnowledge(): ClaimKnowledge {
  if (!builtIn) {
    const drugs = createDrugLexicon({ names: DRUG_CLASSES.flatMap((c) => c.drugs) });
    builtIn = { conditions: conditionCodes(), indications: createDrugIndications(undefined, (d) => drugs.canonical(d)), drugs };
  }
  return builtIn;
}

/** Classes whose unsupervised stop or skipped dose harms: rejection, seizures, clots, ketoacidosis, rebound, relapse. */
const ESSENTIAL_CLASSES = new Set([
  'immunosuppressant',
  'antiepileptic',
  'anticoagulant-thrombolytic',
  'antiplatelet',
  'insulin',
  'antidiabetic',
  'antihypertensive',
  'antiarrhythmic',
  'thyroid-hormone',
  'antithyroid',
  'antitubercular',
  'anti-hepatitis',
  'psychiatric',
  'systemic-corticosteroid',
  'antineoplastic',
]);

/** Acts on a medicine. */
const TAKE = alt([
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
  '(?:药物?|药品|治疗|疗法)(?:是|为|有|包括|首选)',
  '适合',
  '适用于',
  '\\b(?:suitable|good|safe|ideal|recommended|indicated) for\\b',
  '\\b(?:is|are) (?:usually |often |commonly )?(?:treated|managed) with\\b',
]);
const STOP = alt([
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
const REPLACE = alt([
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
const DAILY = alt([
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
const WEEKLY = alt([
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
const ASSERTS = alt([
  // Strong assertions only: "suggests", "likely", "consistent with" in reference text describe findings (a lab value
  // that "suggests hyponatremia"), not the disease a medicine is given for.
  "\\b(?:this is|it is|it's|this sounds like|you have|you've got|he has|she has|diagnosis (?:is|of)|diagnosed (?:with|as)|confirms?)\\b",
  '考虑(?:为|是)?',
  '诊断(?:为|是)',
  '这是',
  '确诊(?:为|是)?',
  '是典型的',
]);
const CLINICIAN_SAYS = alt([
  '\\b(?:doctor|physician|prescriber|pharmacist|clinician|care team|specialist|nurse|clinic|transplant team|gp|midwife|provider|\\w+ologists?|psychiatrists?|surgeons?)\\b',
  ...CLINICIAN_ZH,
  '专科',
]);
/** Named as a myth, a danger or a mistake. */
const WARNED = alt([
  '\\b(?:myths?|misconceptions?|wrong|mistakes?|false|dangerous|harmful|unsafe|risky|never|not recommended|no evidence)\\b',
  '误区',
  '谣言',
  '错误',
  '危险',
  '不可取',
  '不科学',
  '不建议',
  '不推荐',
  '没有[^，。；]{0,6}(?:依据|根据|证据)',
  '(?:可能|会|易|容易)[^，。；]{0,10}(?:导致|引起|出现|发生|诱发|加重)',
  '撤药反应',
  '\\b(?:stopping|skipping|missing|quitting|coming off|discontinuing)\\b[^.]{0,80}\\b(?:can|may|could|will|might|would)\\s+(?:\\w+\\s+)?(?:lead|cause|result|trigger|bring|put|raise|increase|make)',
  '后果',
  '误将',
  '误服',
  '\\b(?:by mistake|accidentally|in error)\\b',
]);
/** Carrying on with a medicine as usual. */
const KEEP_TAKING = alt([
  '\\b(?:keep|continue|carry on)\\s+(?:taking|using|on)\\b',
  '\\bat the (?:full|usual|same) dose\\b',
  '\\bas usual\\b',
  '照常(?:服用|吃|用)',
  '继续(?:服用|吃|用)',
  '不(?:用|必|需要)停',
]);
/** An illness that dehydrates: vomiting, diarrhoea, not eating or drinking. */
const SICK = alt([
  '\\b(?:vomit\\w*|diarrh\\w*|dehydrat\\w*|not eating|can.t keep (?:anything|food|fluids) down|stools? a day)\\b',
  '呕吐',
  '腹泻',
  '拉肚子',
  '脱水',
  '吃不下',
]);
const LINKS_TO_CONDITION = alt(['\\b(?:for|to treat|treats?|treating|treatment of|against)\\b', '治疗', '用于', '治', '针对']);
const DESCRIPTIVE_IF = /^\s*(?:if|when|once|after|whether|before|如果|若|一旦|假如|倘若)/u;

/** What a passage is about, for claims: the conditions it asserts, and those of its title or the question. */
export interface ClaimTopic {
  asserted: ConditionMention[];
  /** Conditions of the title and the question: the condition of a stop that names none. */
  framing: ConditionMention[];
  /** Conditions of the question alone: what an answer's medicine is for when no sentence says. */
  asked: ConditionMention[];
}

/** Conditions judged: R-chapter (symptoms) and Z codes other than transplant status say too little about a medicine. */
const judgeable = (c: ConditionMention) => !/^R/.test(c.code) && !/^T14/.test(c.code) && !ALLERGY_CODE.test(c.code);

/** The topic of a passage read with its context (the question of an answer, the title of a document). */
export function claimTopic(passage: string, context: string, k: ClaimKnowledge = claimKnowledge()): ClaimTopic {
  const asserted: ConditionMention[] = [];
  const lower = passage.toLowerCase();
  const all = k.conditions.find(passage);
  for (const c of all) {
    const before = lower.slice(Math.max(0, c.start - 24), c.start);
    const m = ASSERTS.exec(before);
    // The assertion word ends close to the condition, with no sentence end between ("这是外阴阴道假丝酵母菌病，也就是霉菌性阴道炎").
    if (m && !/[。.!?！？]/u.test(before.slice(m.index))) asserted.push(c);
  }
  const firstLine = passage.split('\n')[0] ?? '';
  const framing = [...k.conditions.find(context), ...k.conditions.find(firstLine)].filter(judgeable);
  // The user's question names what a doctor found ("医生说我是急性闭角型青光眼"): that is asserted for the answer too.
  if (context && asserted.length === 0) {
    const q = context.toLowerCase();
    for (const c of k.conditions.find(context)) {
      const before = q.slice(Math.max(0, c.start - 24), c.start);
      const m = ASSERTS.exec(before);
      if (m && !/[。.!?！？]/u.test(before.slice(m.index))) asserted.push(c);
    }
  }
  return { asserted: asserted.filter(judgeable), framing, asked: k.conditions.find(context).filter(judgeable) };
}

function negatedAt(clause: string, at: number): boolean {
  return NEGATED_BEFORE.test(clause.slice(Math.max(0, at - 40), at));
}

function statusFor(k: ClaimKnowledge, drug: string, c: ConditionMention): 'indicated' | 'not-indicated' | 'unknown' {
  // The user's knowledge base lists it for this condition by name: indicated whatever the class table says.
  if (k.relations) {
    const name = c.name.replace(/[症病]$/u, '');
    for (const d of k.relations.drugsIn(drug)) if (k.relations.diseasesFor(d.key).some((x) => x.includes(name) || name.includes(x))) return 'indicated';
  }
  const code = parseIcdCode(c.code.split('-')[0]);
  if (!code) return 'unknown';
  return k.indications.status(drug, code);
}

const flag = (code: ContentFlag['code'], sentence: string, reason: string): ContentFlag => ({ code, span: trimSpan(sentence), reason });

/**
 * Flags for one sentence, checked against knowledge. `topic` from claimTopic; `warned`: the sentence sits under a
 * "what not to do" heading (its claims are warnings).
 */
export function knowledgeClaims(sentence: string, topic: ClaimTopic, k: ClaimKnowledge = claimKnowledge(), warned = false): ContentFlag[] {
  if (warned || /[?？]\s*$/u.test(sentence)) return [];
  const s = sentence.toLowerCase();
  const sentenceConds = k.conditions.find(s);
  const drugs = medicinesIn(s, k, sentenceConds);
  const out: ContentFlag[] = [];
  const warnedSentence = WARNED.test(s);
  const guided = (CLINICIAN_SAYS.test(s) || LEGITIMATE_CONTEXT.test(s)) && !UNSAFE_ASSURANCE.test(s);
  // A weekly (or monthly) medicine on a daily schedule.
  for (const w of weeklyOrMonthlyDrugsIn(s)) {
    const d = DAILY.exec(s);
    if (!d || WEEKLY.test(s) || w.schedule.dailyUses?.test(s) || negatedAt(s, d.index) || warnedSentence) continue;
    out.push(flag('dose-out-of-range', sentence, `${w.name} is taken once a ${w.schedule.every}; a daily schedule is an overdose`));
    break;
  }
  // Keeping a medicine the sick-day rules pause, through vomiting, diarrhoea or dehydration.
  const keep = KEEP_TAKING.exec(s);
  if (keep && SICK.test(s) && !negatedAt(s, keep.index) && !warnedSentence) {
    const rule = sickDayRulesIn(s)[0];
    if (rule) out.push(flag('contradicts-knowledge', sentence, `${rule.name} is paused while vomiting or dehydrated (${rule.rule.why})`));
  }
  if (drugs.length === 0) return out;
  const clauses = s.split(/[，,;；:：]|(?:\s-\s)|\bbut\b|但是|然而/u).filter((c) => c.trim());
  const named = sentenceConds.filter(judgeable);
  for (const drug of drugs) {
    const classes = k.indications.classesOf(drug);
    const essential = classes.some((c) => ESSENTIAL_CLASSES.has(c.id));
    const symptomatic = classes.some((c) => SYMPTOMATIC_CLASSES.has(c.id)) || ALSO_SYMPTOMATIC.has(drug);
    for (const clause of clauses) {
      const clauseConds = k.conditions.find(clause);
      const inClause = medicinesIn(clause, k, clauseConds);
      if (!inClause.includes(drug)) continue;
      const stop = STOP.exec(clause);
      const replace = REPLACE.exec(clause);
      // Stopping, skipping or replacing a medicine the knowledge says must not be stopped unsupervised, or the one
      // the table lists for the condition at hand.
      if ((stop || replace) && !guided && !warnedSentence && !DESCRIPTIVE_IF.test(clause) && !CONSEQUENCE.test(clause)) {
        const at = (stop ?? replace)!.index;
        if (!negatedAt(clause, at) && !/\b(?:not|never|avoid)\b|n't\b|不要|不可|不能|别|切勿/u.test(clause.slice(0, at))) {
          const conds = [...topic.asserted, ...named, ...topic.framing];
          const forCondition = conds.find((c) => statusFor(k, drug, c) === 'indicated');
          const otherDrugs = inClause.filter((d) => d !== drug);
          // "switch from X to Y" between two medicines is a prescriber's choice the other checks judge.
          // Pausing a sick-day medicine while vomiting or dehydrated is the guidance itself.
          const sickDayPause = SICK.test(s) && sickDayRulesIn(s).some((r) => k.drugs.canonical(r.name) === drug || r.name === drug);
          if (stop && !sickDayPause && stopsMedicine(clause, stop, drug) && (essential || forCondition) && !(replace && otherDrugs.length)) {
            out.push(flag('stop-medication', sentence, `stop × ${drug}${forCondition ? ` (listed for ${forCondition.name})` : ` (${classes[0].id})`}`));
            break;
          }
          if (!stop && replace && (essential || forCondition) && otherDrugs.length === 0 && replacesDrug(clause, replace.index, drug, k)) {
            out.push(flag('replace-treatment', sentence, `${drug} replaced by what is no medicine`));
            break;
          }
        }
      }
      // Taking a medicine for a condition the indication table does not list it for.
      // Symptomatic classes are given across conditions; the condition judged is the one the passage asserts, else
      // one named in the same clause as the medicine (a condition elsewhere in the sentence may be a side effect).
      const take = TAKE.exec(clause);
      if (symptomatic || !take || negatedAt(clause, take.index) || warnedSentence || guided || DESCRIPTIVE_IF.test(clause)) continue;
      // A condition in the clause counts when the clause says the medicine is for it ("for", "to treat", "治疗", "用于").
      const own = LINKS_TO_CONDITION.test(clause) ? clauseConds.filter(judgeable) : [];
      // A sentence naming only the asked condition talks about it ("甲亢常用的药物是…" for a question about 甲亢).
      const onlyAsked = named.every((c) => topic.asked.some((a) => a.code === c.code));
      const judged = topic.asserted.length ? topic.asserted : own.length ? own : onlyAsked ? topic.asked : [];
      if (judged.length === 0) continue;
      const statuses = judged.map((c) => statusFor(k, drug, c));
      if (statuses.every((x) => x === 'not-indicated')) {
        out.push(flag('contradicts-knowledge', sentence, `${drug} is not indicated for ${judged.map((c) => c.name).join(', ')} (indication table)`));
        break;
      }
    }
  }
  const seen = new Set<string>();
  return out.filter((f) => !seen.has(f.code) && seen.add(f.code));
}

/** Is the medicine the thing given up ("instead of insulin", "停用X，改用…", "replace X with")? */
function replacesDrug(clause: string, at: number, drug: string, k: ClaimKnowledge): boolean {
  const word = clause.slice(at);
  const after = clause.slice(at);
  const before = clause.slice(0, at);
  if (/^(?:instead of|rather than|代替|替代|取代)/u.test(word)) {
    // "use cinnamon tea instead of insulin": the medicine follows; "用X代替Y": the medicine is Y (after).
    return medicinesIn(after, k, k.conditions.find(after)).includes(drug);
  }
  // "replace insulin with…", "改用…": the medicine precedes the change or is the object of replace.
  const side = /^(?:replace|swap|switch)/u.test(word) ? after : before;
  return medicinesIn(side, k, k.conditions.find(side)).includes(drug);
}
