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
import { escapeRegExp } from '../../core/regex.js';
import { conditionCodes, type ConditionCodes, type ConditionMention } from '../../knowledge/condition-codes.js';
import { builtInDrugLexicon } from '../../knowledge/built-in-drugs.js';
import { createDrugIndications, type DrugIndications } from '../../knowledge/drug-indications.js';
import { firstLineDrugEntry, firstLineDrugs } from '../../knowledge/first-line-drugs.js';
import { weeklyOrMonthlyDrugsIn } from '../../knowledge/drug-schedules.js';
import { sickDayRulesIn } from '../../knowledge/sick-day-rules.js';
import { drugKey, medicineAliases, parseSeedAliases, type DrugLexicon } from '../../knowledge/drugs.js';
import { parseIcdCode } from '../../knowledge/icd10.js';
import type { TreatmentRelations } from '../../knowledge/treatment-relations.js';
import { parseNumber } from '../red-flags/numbers.js';
import {
  ASSERTS,
  CLINICIAN_SAYS,
  DAILY,
  DESCRIPTIVE_IF,
  FIRST_CHOICE,
  KEEP_TAKING,
  LINKS_TO_CONDITION,
  REPLACE,
  SICK,
  STOP,
  TAKE,
  WEEKLY,
} from './claim-acts.js';
import { ADVERSE_REACTION, CONSEQUENCE, guidanceDefeated, LEGITIMATE_CONTEXT, NEGATED_BEFORE, WARNED } from './frames.js';
import { CARE, RED_FLAG, SPECIAL_POPULATION, VITAL_MEDICINE } from './lexicon.js';
import { trimSpan } from './text.js';
import { treatmentTarget } from './treatment-target.js';

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
/** The seed alias lists, lower-cased, by canonical name (read once, on first use). */
function aliases(k: ClaimKnowledge): Map<string, string[]> {
  if (!aliasesOf) {
    aliasesOf = new Map();
    for (const [canon, list] of Object.entries(parseSeedAliases()))
      aliasesOf.set(
        k.drugs.canonical(canon),
        [canon, ...list].map((a) => a.toLowerCase()),
      );
  }
  return aliasesOf;
}
/**
 * Medicines named in lower-cased text, as canonical names: the lexicon's hits, each confirmed by a name standing as
 * a word (a Latin alias between word boundaries, a Chinese name as written) — "tpa" inside "postpartum" is none.
 * A name inside a condition name ("甲状腺" in 甲状腺功能亢进症) is the condition's.
 */
function medicinesIn(s: string, k: ClaimKnowledge, conditions: readonly ConditionMention[]): string[] {
  const inCondition = (at: number, len: number) => conditions.some((c) => at >= c.start && at + len <= c.end);
  const standsAlone = (name: string): boolean => {
    if (/\p{Script=Han}/u.test(name)) {
      // 抗 before a name makes a class word ("抗甲状腺药物" is no thyroid tablet).
      for (let at = s.indexOf(name); at >= 0; at = s.indexOf(name, at + 1)) if (!inCondition(at, name.length) && s[at - 1] !== '抗') return true;
      return false;
    }
    if (name.length < 4) return false;
    const re = new RegExp(`(?<![a-z0-9-])${escapeRegExp(name)}(?![a-z0-9])`, 'u');
    return re.test(s);
  };
  return k.drugs.findDrugs(s, 8).filter((d) => {
    if (k.indications.classesOf(d).length === 0) return false;
    const names = aliases(k).get(d) ?? [];
    return [d, drugKey(d), ...names].some(standsAlone);
  });
}

/** Offsets where the medicine is named in lower-cased text (its canonical name or an alias as a word). */
function mentionsAt(s: string, drug: string, k: ClaimKnowledge): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const name of new Set([drug, ...(aliases(k).get(drug) ?? [])])) {
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
function stopsMedicine(clause: string, stop: RegExpExecArray, drug: string, k: ClaimKnowledge): boolean {
  const end = stop.index + stop[0].length;
  // "停药期间…", "停用后…": the stop names a time, the advice is about what happens then.
  if (/^\s*(?:期间|后|之后|以后|前|之前|时)/u.test(clause.slice(end))) return false;
  for (const m of mentionsAt(clause, drug, k)) {
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
    const drugs = builtInDrugLexicon();
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

/**
 * A medicine taken for symptoms (pain, fever, itch, cough) and of no class whose self-managed use harms: for it the
 * label's maximum is the whole safety fact of a dose. A dose of aspirin for prevention or of metformin is the
 * prescriber's choice, which no table confirms (advice-gate.ts, dose-check.ts `labelConfirmsDose`).
 */
export function selfCareMedicine(name: string, k: ClaimKnowledge = claimKnowledge()): boolean {
  const classes = k.indications.classesOf(k.drugs.canonical(name));
  return classes.length > 0 && classes.every((c) => SYMPTOMATIC_CLASSES.has(c.id) && !ESSENTIAL_CLASSES.has(c.id));
}

/** What a passage is about, for claims: the conditions it asserts, and those of its title or the question. */
export interface ClaimTopic {
  asserted: ConditionMention[];
  /** Conditions of the title and the question: the condition of a stop that names none. */
  framing: ConditionMention[];
  /** Conditions of the question alone: what an answer's medicine is for when no sentence says. */
  asked: ConditionMention[];
  /** Every condition the passage and the question name and do not deny: the conversation's diagnoses. A medicine
   *  given where no sentence ties it to a condition is for one of them; listed for none, it is the wrong medicine.
   *  Empty without a question: a knowledge page names many conditions and is no conversation (flags.test.ts: a
   *  filariasis page's "treatment with doxycycline" read against the lymphedema it also names). */
  discussed: ConditionMention[];
  /** The question's conditions not denied there (every code, an allergic emergency included). */
  discussedAsked: ConditionMention[];
  /** The passage read (lower case): a diagnosis counts for a sentence only when named before it ends. */
  passage?: string;
  /** What the passage or question says the case IS, any code (an allergic emergency included: "这种情况属于过敏性
   *  休克", "this is anaphylaxis"): the condition a first-choice claim is checked for when its sentence names none. */
  identified?: ConditionMention[];
  /** The question's conditions naming who the patient is before a new complaint ("糖尿病患者…长了脚癣"). */
  background?: ConditionMention[];
}
/** A complaint the question goes on to (after the patient's standing condition). */
const NEW_COMPLAINT = /长了|得了|患了|起了|出现|最近|现在|这几天|阳性|感染|\b(?:now|recently|got|developed)\b/u;

/** Conditions judged: R-chapter (symptoms) and Z codes other than transplant status say too little about a medicine. */
const judgeable = (c: ConditionMention) => !/^R/.test(c.code) && !/^T14/.test(c.code) && !ALLERGY_CODE.test(c.code);

/** A clause that supposes a case inside a sentence ("or if co-trimoxazole is needed", "或者如果…"). */
const SUPPOSED = /\b(?:or|and|but)\s+(?:if|when|unless|whether)\b|(?:或者?|还是)(?:如果|若|万一)/u;
/** An assertion of what the case is: the diagnosis words, or "属于" / "is a case of" classing it. */
const IDENTIFIES = new RegExp(`(?:${ASSERTS.source}|属于|\\b(?:sounds like|looks like|is a case of|suffering from)\\b)`, 'u');
/** The assertion denied or only supposed ("不属于", "并非", "if this is", "如果是"). */
const NOT_IDENTIFIED = /(?:不|并非|并不|未必|不一定|如果|假如|若|是否|\b(?:not|if|whether|unless)\b\s*)$/u;

/** Between an assertion and the condition: a clause break or a word making the condition a mention, not the case. */
const MENTION_ONLY =
  /[，,；;：:]|发展|进展|引起|导致|诱发|演变|不同|区别|预防|防止|避免|比|像|类似|相似|以外|之外|可能|\b(?:progress\w*|develop\w*|lead\w*|cause\w*|unlike|different|prevent\w*|than|like|similar|risk|could|may|might)\b/u;
/** Someone else's case or a past one, named before the condition in its sentence. */
const NOT_THE_CASE =
  /女儿|儿子|孩子|宝宝|老公|丈夫|老婆|妻子|爸|妈|父亲|母亲|爷爷|奶奶|朋友|同事|家人|邻居|以前|之前|曾经?|过去|上周|上个月|去年|前年|小时候|确诊过|得过|\b(?:my (?:daughter|son|child|kid|wife|husband|mother|father|mum|mom|dad|friend)|previously|used to|last (?:week|month|year)|history of|years? ago|once had)\b/u;

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
  const inContext = k.conditions.find(context);
  const framing = [...inContext, ...k.conditions.find(firstLine)].filter(judgeable);
  // The user's question names what a doctor found ("医生说我是急性闭角型青光眼"): that is asserted for the answer too.
  if (context && asserted.length === 0) {
    const q = context.toLowerCase();
    for (const c of inContext) {
      const before = q.slice(Math.max(0, c.start - 24), c.start);
      const m = ASSERTS.exec(before);
      if (m && !/[。.!?！？]/u.test(before.slice(m.index))) asserted.push(c);
    }
  }
  const discussedAsked = inContext.filter((c) => !deniedAt(context.toLowerCase(), c.start));
  // A condition the question names as who the patient is ("糖尿病患者", "高血压病人", "我有哮喘，") before a new complaint
  // ("…幽门螺杆菌阳性", "…长了脚癣", "最近得了脚气"): an answer's untargeted treatment is for the complaint.
  const q = context.toLowerCase();
  const background = inContext.filter((c) => {
    const after = q.slice(c.end);
    const who = /^(?:的)?(?:患者|病人|病患|人)/u.exec(after) ?? (/(?:我|他|她)(?:有|患有|得了?)$/u.test(q.slice(0, c.start)) ? /^[，,]/u.exec(after) : null);
    return who !== null && NEW_COMPLAINT.test(after.slice(who[0].length).split(/[。.!?！？]/u)[0]);
  });
  // The case identified: an assertion (ASSERTS, or "属于" classing the case) right before the condition, not denied.
  const identified = [...all.map((c) => ({ c, text: lower })), ...inContext.map((c) => ({ c, text: context.toLowerCase() }))]
    .filter(({ c, text }) => {
      const before = text.slice(Math.max(0, c.start - 24), c.start);
      const m = IDENTIFIES.exec(before);
      if (m === null || /[。.!?！？]/u.test(before.slice(m.index)) || deniedAt(text, c.start) || NOT_IDENTIFIED.test(before.slice(0, m.index))) return false;
      // The assertion is about the case only with nothing between it and the condition but the case's words: a clause
      // break, a comparison, a course or a prevention ("属于过敏性疾病，严重时可发展为", "区别于", "预防", "比…轻") makes the
      // condition a mention; so do a question ("这是过敏性休克吗？") and someone else's or a past case ("我女儿上周诊断是",
      // "以前确诊过").
      const sentenceStart = Math.max(...['。', '.', '!', '?', '！', '？', '\n'].map((p) => text.lastIndexOf(p, c.start - 1))) + 1;
      const sentenceEnd = text.slice(c.end).search(/[。.!?！？\n]|$/u);
      const rest = text.slice(c.end, c.end + sentenceEnd + 1);
      return (
        !MENTION_ONLY.test(before.slice(m.index + m[0].length)) &&
        !/^[^。.!?！？]{0,8}?(?:不同|不一样|区别|有别|\b(?:differ\w*|unlike)\b)/u.test(rest) &&
        !/(?:吗|么|呢)?\s*[?？]$/u.test(rest) &&
        !NOT_THE_CASE.test(text.slice(sentenceStart, c.start))
      );
    })
    .map(({ c }) => c);
  const discussed = [...all.filter((c) => !deniedAt(lower, c.start)), ...discussedAsked];
  return {
    asserted: asserted.filter(judgeable),
    framing,
    asked: inContext.filter(judgeable),
    discussed: context.trim() ? discussed.filter(judgeable) : [],
    discussedAsked,
    background,
    passage: lower,
    identified,
  };
}

/** A clause naming what treats (treatment is, treated with, the best medicine, 治疗, 首选, 用药). */
const NAMES_TREATMENT = /\b(?:treatment|therapy|treated|managed|medicines?|medications?|drugs?)\b|治疗|首选|用药|药物|疗法/u;
/** Any negation in the treatment's clause: "won't help", "advise against", 不/没/别 — the claim is not read as advice. */
const DENIES = /\b(?:not|no|never|against|avoid\w*|without)\b|n't\b|不|没|别|勿|无|禁/u;

/** A condition named only to be denied or ruled out ("not hyperthyroidism", "排除甲亢", "unlike asthma"). */
const DENIED_BEFORE =
  /(?:\b(?:not|no|without|unlike|rule[ds]? out|ruling out|exclude[ds]?|excluding|rather than|instead of|isn't|wasn't|than)\s+(?:\w+\s+){0,2}|不是|并非|而非|排除|除外|没有|无|不像|不属于|不考虑)\s*$/u;
function deniedAt(text: string, at: number): boolean {
  return DENIED_BEFORE.test(text.slice(Math.max(0, at - 30), at));
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

/**
 * Does the indication table confirm what a sentence gives its medicines for (issue #10: a claim the knowledge base's
 * own facts corroborate is not single-source)? It names at least one medicine the table knows, every medicine it
 * names is listed for every condition the sentence itself names, it names no one the table's adult indications may not
 * fit (a child, pregnancy, old age, a failing organ: SPECIAL_POPULATION), and the claim checks (read with `context`,
 * a page's title) raise nothing. One medicine at a time: two named are a combination the table does not read. A
 * medicine named for no condition ("adults over 40 should take aspirin"), beside a state the
 * table cannot read ("eGFR below 30"), or for a condition the table does not list it for is not confirmed.
 */
export function tableConfirmsIndication(sentence: string, context = '', k: ClaimKnowledge = claimKnowledge()): boolean {
  const s = sentence.toLowerCase();
  if (SPECIAL_POPULATION.test(s)) return false;
  const all = k.conditions.find(s);
  const drugs = medicinesIn(s, k, all);
  // One medicine: the table says what each is for, not whether two go together.
  if (drugs.length !== 1) return false;
  // Every condition the sentence names is one each medicine is listed for: a second condition beside the indication
  // ("diabetes with kidney failure") may be the medicine's contraindication, which the table does not read.
  const own = all.filter(judgeable);
  if (own.length === 0 || !drugs.every((d) => own.every((c) => statusFor(k, d, c) === 'indicated'))) return false;
  if (!saysNothingElse(s, drugs[0], k) || !contextAllows(context, drugs[0], k)) return false;
  return knowledgeClaims(sentence, claimTopic(sentence, context, k), k).length === 0;
}

// What a sentence the knowledge tables confirm may say besides its medicine, its amounts and a condition the
// indication table lists the medicine for: the act (take, give, use), who in general (adults, you), the schedule and
// its ceiling, with food or water, the symptom a self-care medicine relieves, grammar. Closed on purpose (review
// finding 4): every other word is something the tables do not read and that may change the treatment — a condition
// they do not know ("dengue fever", "the headache of a stroke"), who takes it ("heavy drinkers", "经常喝酒的人"), a
// situation ("while you are vomiting"), another product ("和感冒药一起吃"), how long ("for the next 3 months").
const PLAIN_EN = new RegExp(
  `\\b(?:${[
    'adults?|grown-?ups|healthy|you|your|yourself|people|most|one|it|its|this|that|these|which|what|how|much|many',
    "can|could|may|might|should|will|would|is|are|be|been|do|does|don't|doesn't|have|has|need|needed|necessary|required",
    'the|a|an|of|to|for|with|and|or|then|if|when|as|at|in|on|by|up|per|each|every|from|until|after|before|between|apart|least|within',
    'take|takes|taking|taken|give|given|giving|use|used|using|swallow\\w*|repeat\\w*|again',
    'doses?|dosing|dosage|usual|standard|normal|amount|total|maximum|max|more|less|than|no|not|exceed\\w*|over|under',
    'tablets?|capsules?|caplets?|pills?|mg|milligrams?|g|grams?|gm|hours?|hrs?|h|hourly|days?|daily|times?|once|twice',
    'one|two|three|four|five|six|half|meals?|food|milk|water|glass|full|symptoms?|pains?|aches?|fever|temperature|high|relief|relieve',
  ].join('|')})\\b`,
  'gu',
);
const PLAIN_ZH =
  /成人|成年人|大人|每次|每日|每天|一天|一日|全天|天|日|次|小时|时|可以|可|能|需要时|必要时|如需|如有需要|需要|吃|服用|口服|服|使用|用|间隔|相隔|隔|至少|重复|再|内|不超过|不要超过|不得超过|不宜超过|不能超过|超过|最多|最大|剂量|用量|总量|量|毫克|克|片|粒|胶囊|饭后|餐后|随餐|温水|送服|疼痛|止痛|痛|疼|发烧|发热|退烧|退热|的|后|前|或|以|为|每|约|左右|即可|就|是|请|按|至|到|一|共/gu;
/** The label's adult weight ("adults over 50 kg", "体重50公斤以上"); a lower weight is a population of its own. */
const LABEL_WEIGHT =
  /\b(?:weigh(?:s|ing)?\s+)?(?:(?:over|above|at least|more than)\s+)?(\d+)\s*(?:kg|kilos?|kilograms?)\b|体重(?:在)?(\d+)\s*(?:公斤|千克|kg)以上/gu;
const UNDER = /\b(?:under|below|less than|up to|no more than)\s*$/u;
/** A clause opened by a prohibition ("do not…", "never…", "avoid…", "不要…", "别…"). */
const FORBIDS =
  /^\s*(?:but\s+|and\s+)?(?:do not|don't|never|avoid|must not|should not)\b|^\s*(?:但|并且|并|也)?(?:不要|别|切勿|勿|不能|不可|禁止|千万不要|避免)/u;
// What a prohibition may say and still only narrow the dose (review finding C4): not to take more, or two doses at once,
// or with another product or alcohol, or on an empty stomach. Closed like PLAIN_EN / PLAIN_ZH: a prohibition that
// waves a sign away ("don't worry about the black stools", "never mind the yellow eyes", "别担心黑便", "别管眼睛发黄"),
// sends someone from care or names anything else is no known safe pattern and keeps the sentence held.
const FORBID_TAKING_EN = new RegExp(
  `\\b(?:${[
    "do|not|don't|never|avoid|avoiding|must|should|but|also",
    'exceed\\w*|go|going|above|beyond|extra|double|doubling|once|time|together|both|combin\\w*|mix\\w*|while|limit|stated|recommended|labell?ed|label|directed|prescribed',
    'drink|drinks|drinking|alcohol|alcoholic|beer|wine|spirits|other|another|any|products?|medicines?|medications?|remedy|remedies|drugs?|painkillers?|nsaids?',
    'containing|contains?|same|ingredients?|active|empty|stomach',
  ].join('|')})\\b`,
  'gu',
);
const FORBID_TAKING_ZH =
  /不要|别|切勿|勿|不能|不可|禁止|千万|避免|但|并且|并|也|同时|一起|合用|同服|并用|再|多|额外|加量|加倍|过量|超量|自行|擅自|其他|别的|其它|另外|含有|含|同样|相同|同类|成分|药物|药品|感冒药|药|饮酒|喝酒|酒精|酒|饮料|喝|空腹/gu;
/** A product named for what it treats ("感冒药", "cold and flu remedies"): a condition in its name is no sign of the reader's. */
const PRODUCT_AFTER = /^\s*(?:类)?(?:药|(?:and\s+flu\s+)?(?:remed(?:y|ies)|medicines?|medications?|products?|tablets?|preparations?))/u;
/** Symptoms the plain dose words let through (PLAIN_EN / PLAIN_ZH): in a prohibition they are a sign spoken of. */
const SYMPTOM_WORD = /\b(?:symptoms?|pains?|aches?|fever|temperature|high)\b|疼痛|痛|疼|发烧|发热|症状/u;

/**
 * Does a clause only forbid taking more (review finding C4)? It opens with a prohibition, sends no one from care and
 * names no vital medicine, no condition (but in a product's name) and no symptom, and its words left over (`left`, the
 * clause's rest after the medicine, amounts and plain dose words are taken out, offsets kept) are all of FORBID_TAKING_EN /
 * FORBID_TAKING_ZH: "do not take more than 4 g in 24 hours", "avoid alcohol", "不要同时吃含同样成分的药".
 */
function onlyForbidsTakingMore(clause: string, left: string, k: ClaimKnowledge): boolean {
  if (!FORBIDS.test(clause) || CARE.test(clause) || VITAL_MEDICINE.test(clause) || SYMPTOM_WORD.test(clause) || RED_FLAG.test(clause)) return false;
  if (k.conditions.find(clause).some((c) => !PRODUCT_AFTER.test(clause.slice(c.end)))) return false;
  // Offsets kept: a letter is left when neither the plain words nor the prohibition's words took it out ("同时" is the
  // prohibition's word though the plain "时" takes out half of it).
  const blank = (m: string) => ' '.repeat(m.length);
  const taking = clause.replace(FORBID_TAKING_EN, blank).replace(FORBID_TAKING_ZH, blank);
  return ![...left].some((ch, i) => /\p{L}/u.test(ch) && /\p{L}/u.test(taking[i] ?? ''));
}

// How long a course runs (review finding C5): beyond three days, the shortest self-care limit of a label (fever), or
// with no end at all, a doctor decides. Every stretch of time the sentence names counts, its upper end where it is a
// range ("for up to 10 days", "for 3 to 14 days", "3到14天"), in any unit (days, weeks, months, years; 天, 日, 周,
// 星期, 个月, 年); "a day", "一天" per day is one day. A frequency's own unit ("每天", "每周") is a schedule, no course.
/** Vague counts a course may be said in ("a couple of weeks", "several days", "半个月"), read at their upper sense. */
const VAGUE_COUNT: Record<string, number> = { couple: 2, few: 4, several: 4, many: 4, 半: 0.5 };
const UNIT_DAYS: Record<string, number> = {
  day: 1,
  week: 7,
  fortnight: 14,
  month: 30,
  year: 365,
  天: 1,
  日: 1,
  周: 7,
  星期: 7,
  礼拜: 7,
  个月: 30,
  月: 30,
  年: 365,
};
const SPAN_EN =
  /\b(\d{1,3}(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|couple|few|several|(?<!how\s)many)(?:\s+(?:of|more|whole|full|straight|consecutive))*[\s-]+(day|week|fortnight|month|year)s?\b|\b(?:for|over)\s+(day|week|month|year)s\b/gu;
const SPAN_ZH = /(?<![每\d.一二两三四五六七八九十半几])(\d{1,3}(?:\.\d+)?|[一二两三四五六七八九十半几]+)\s*(?:多)?(个月|个多月|天|日|周|星期|礼拜|月|年)/gu;
/** A course with no end: "every day", "long-term", "indefinitely", "长期", "天天", "每天都", "一直吃". */
const OPEN_ENDED =
  /\b(?:every\s+(?:single\s+|other\s+)?(?:day|morning|evening|night)|everyday|day after day|day in,? day out|long[- ]?term|longer[- ]term|ongoing|indefinitely|continuous(?:ly)?|regularly|routinely|permanently|for life|for good|from now on|on a daily basis|daily use)\b|长期|长时间|长年|常年|天天|每天都|每日都|日日|一直|坚持|终身|不停|一辈子|以后每天/u;

/** A span's count through the one number reader (red-flags/numbers.ts); "几天" asks how many days, so says none. */
function spanCount(x: string): number {
  if (/几/.test(x)) return 0;
  return VAGUE_COUNT[x] ?? parseNumber(x) ?? Number.NaN;
}

/** The longest course a lower-cased text names, in days (Infinity: one with no end; 0: none). */
export function courseDays(s: string): number {
  if (OPEN_ENDED.test(s)) return Number.POSITIVE_INFINITY;
  let most = 0;
  for (const m of s.matchAll(SPAN_EN)) {
    if (m[3]) return Number.POSITIVE_INFINITY; // "for weeks"
    const n = spanCount(m[1]);
    most = Math.max(most, (Number.isFinite(n) ? n : Number.POSITIVE_INFINITY) * UNIT_DAYS[m[2]]);
  }
  for (const m of s.matchAll(SPAN_ZH)) {
    const n = spanCount(m[1]);
    most = Math.max(most, (Number.isFinite(n) ? n : Number.POSITIVE_INFINITY) * UNIT_DAYS[m[2].replace('个多月', '个月')]);
  }
  return most;
}
/** The self-care limit of a course a label sets (fever: three days). */
const SELF_CARE_DAYS = 3;
const CLAUSE_END = /[，,;；。!?！？:：()（）]|\.(?!\d)|\s-\s/gu;

/**
 * Does a lower-cased sentence say nothing the knowledge tables do not read? Every condition it names is one the
 * indication table lists for the medicine `name` (undefined: none is known, and no condition may be named), and once the
 * medicine, those conditions, the numbers and the plain words of a dose (PLAIN_EN, PLAIN_ZH) are taken out, no word
 * is left — in any clause but one that only forbids taking more (onlyForbidsTakingMore: more than the dose, with
 * another product or alcohol; never a prohibition that waves a sign away or names one). No course beyond three days
 * or with no end (courseDays). The tables confirm a dose or an indication, never the rest.
 */
export function saysNothingElse(s: string, name: string | undefined, k: ClaimKnowledge = claimKnowledge(), plain: readonly RegExp[] = []): boolean {
  const drug = name && k.drugs.canonical(name);
  if (courseDays(s) > SELF_CARE_DAYS) return false;
  const conditions = k.conditions.find(s);
  if (conditions.some((c) => !drug || statusFor(k, drug, c) !== 'indicated')) return false;
  // Take out the conditions and the medicine's names, then the plain words and the numbers, keeping every offset so
  // each clause of the rest lines up with the sentence.
  const spans = [...conditions, ...(drug ? mentionsAt(s, drug, k) : [])];
  const blank = (m: string) => ' '.repeat(m.length);
  let rest = s
    .split('')
    .map((ch, i) => (spans.some((c) => i >= c.start && i < c.end) ? ' ' : ch))
    .join('')
    .replace(LABEL_WEIGHT, (m, en: string | undefined, zh: string | undefined, at: number) =>
      Number(en ?? zh) >= 50 && !UNDER.test(s.slice(Math.max(0, at - 14), at)) ? blank(m) : m,
    );
  // A context's own words first: "用法" is one word, not the plain "用" and a stray "法".
  for (const re of plain) rest = rest.replace(re, blank);
  rest = rest
    .replace(PLAIN_EN, blank)
    .replace(PLAIN_ZH, blank)
    .replace(/\d+(?:\.\d+)?|[一二两三四五六七八九十半]/gu, blank);
  let start = 0;
  for (const m of [...s.matchAll(CLAUSE_END), { index: s.length, 0: '' }]) {
    const at = m.index ?? s.length;
    const clause = s.slice(start, at);
    const left = /\p{L}/u.test(rest.slice(start, at));
    start = at + m[0].length;
    // A prohibition is read whatever is left: "don't take more if the fever is high" is plain words about a sign.
    if (!left && !FORBIDS.test(clause)) continue;
    if (onlyForbidsTakingMore(clause, rest.slice(at - clause.length, at), k)) continue;
    return false;
  }
  return true;
}

// The words of a page's title or section heading, or of the question asked, that say nothing of whom, what or how
// long a dose is for: what kind of page it is ("dosing guide", "用法用量"), the asking itself ("how often can I",
// "能不能", "吗"), the medicine's own generic kind ("painkiller", "止痛药"), how bad the pain is. Closed like
// PLAIN_EN / PLAIN_ZH: every other word a context names (a person, a condition, another medicine, a situation) keeps
// the sentence held.
const CONTEXT_EN = new RegExp(
  `'(?:s|m|re|ll|ve|d|t)\\b|\\b(?:${[
    'i|im|me|my|myself|we|us|our|am|was|were|did|there|any|ok|okay|fine|safe|safely|right|correct|too|yes|usually|often|long|soon|still|just|also|so|get|getting|got',
    'how|what|when|why|where|which|whats|hows|guide|guidance|dosing|leaflet|information|info|facts?|faqs?|questions?|answered|answers?|tips?|overview|about|uses?',
    'directions|instructions|label|notes?|advice|everyday|common|explained|basics|way|ways|best|painkillers?|analgesics?',
    // How much it hurts, and the one pain the tables name by no condition: the same pain the label's dose is for.
    'really|very|quite|bad|badly|toothaches?|tooth ache',
  ].join('|')})\\b`,
  'gu',
);
const CONTEXT_ZH =
  /用法用量|用法|说明书|说明|注意事项|注意|须知|常见问题|问题|答疑|指南|科普|一文讲清|必看|怎么吃|怎么用|怎么办|怎么|如何|怎样|多少|几|吗|呢|吧|啊|请问|我|该|应该|要|能不能|可不可以|行不行|要不要|行|还|有|什么|正确|安全|合适|止痛药|退烧药|退热药|解热镇痛药|镇痛药|用药|得厉害|厉害|很|非常|特别|有点|牙疼|牙痛/gu;

/**
 * Does the context a sentence stands in — the page's title and section headings, the question asked — leave the
 * tables' confirmation standing (review finding B1)? What the context says is part of what the sentence says: "Give 500 mg
 * every 6 hours" under "Paracetamol for children" is a child's dose. The same rule as the sentence (saysNothingElse):
 * no one the adult label does not fit (SPECIAL_POPULATION), no condition the indication table does not list the
 * medicine `name` for, no medicine but that one (nor a vital one by its kind: "blood thinners"), no course beyond three
 * days, and, with the page and question words of CONTEXT_EN / CONTEXT_ZH also taken out, no word left.
 */
export function contextAllows(context: string, name: string | undefined, k: ClaimKnowledge = claimKnowledge()): boolean {
  const c = context.toLowerCase();
  if (!/\p{L}/u.test(c)) return true;
  if (SPECIAL_POPULATION.test(c) || VITAL_MEDICINE.test(c)) return false;
  const drug = name && k.drugs.canonical(name);
  if (medicinesIn(c, k, k.conditions.find(c)).some((d) => d !== drug)) return false;
  return saysNothingElse(c, name, k, [CONTEXT_EN, CONTEXT_ZH]);
}

const flag = (code: ContentFlag['code'], sentence: string, reason: string): ContentFlag => ({ code, span: trimSpan(sentence), reason });

/**
 * A bare "a day" that names a day rather than a rate (session 44, p47-075: "pick a day they'll remember, such as
 * 'methotrexate monday'"): a rate has a count or an amount before it ("one a day", "10 mg a day", "twice a day"), a day
 * chosen has a verb of choosing. Only that form steps aside, and only when no other daily word is in the sentence.
 */
function dayNamed(s: string, d: RegExpExecArray): boolean {
  if (d[0].trim() !== 'a day') return false;
  if (!/\b(?:pick|picks|picking|choose|chooses|choosing|chose|select|selects|selecting|set|name|agree on|decide on)\s+(?:\w+\s+)?$/u.test(s.slice(0, d.index)))
    return false;
  const rest = `${s.slice(0, d.index)} ${s.slice(d.index + d[0].length)}`;
  return !DAILY.test(rest);
}

/**
 * Flags for one sentence, checked against knowledge. `topic` from claimTopic; `warned`: the sentence sits under a
 * "what not to do" heading (its claims are warnings).
 */
export function knowledgeClaims(
  sentence: string,
  topic: ClaimTopic,
  k: ClaimKnowledge = claimKnowledge(),
  warned = false,
  /** The sentence before and the user's question: an adverse reaction named there makes a stop the advice. */
  before = '',
): ContentFlag[] {
  if (warned || /[?？]\s*$/u.test(sentence)) return [];
  const s = sentence.toLowerCase();
  const sentenceConds = k.conditions.find(s);
  const drugs = medicinesIn(s, k, sentenceConds);
  const out: ContentFlag[] = [];
  const warnedSentence = WARNED.test(s);
  const adverseBefore = ADVERSE_REACTION.test(before);
  const guided = (CLINICIAN_SAYS.test(s) || LEGITIMATE_CONTEXT.test(s) || adverseBefore) && !guidanceDefeated(s);
  // A weekly (or monthly) medicine on a daily schedule.
  for (const w of weeklyOrMonthlyDrugsIn(s)) {
    const d = DAILY.exec(s);
    if (!d || dayNamed(s, d) || WEEKLY.test(s) || w.schedule.dailyUses?.test(s) || negatedAt(s, d.index) || warnedSentence) continue;
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
          if (stop && !sickDayPause && stopsMedicine(clause, stop, drug, k) && (essential || forCondition) && !(replace && otherDrugs.length)) {
            out.push(flag('stop-medication', sentence, `stop × ${drug}${forCondition ? ` (listed for ${forCondition.name})` : ` (${classes[0].id})`}`));
            break;
          }
          if (!stop && replace && (essential || forCondition) && otherDrugs.length === 0 && replacesDrug(clause, replace.index, drug, k)) {
            out.push(flag('replace-treatment', sentence, `${drug} replaced by what is no medicine`));
            break;
          }
        }
      }
      // A medicine called the first choice for a condition the first-line table names other medicines for
      // ("过敏性休克抢救首选药物是地塞米松": adrenaline). Judged for every condition the sentence names (an allergic
      // emergency included) or else the question's; a medicine first-line for any of them stands.
      const first = FIRST_CHOICE.exec(clause);
      if (first && !negatedAt(clause, first.index) && !warnedSentence && !DESCRIPTIVE_IF.test(clause)) {
        // The condition it is the first choice for: one the sentence names (not denied), else the diagnosis the
        // passage asserts, else the question's only condition ("no fever no back pain" names none).
        const own = sentenceConds.filter((c) => !deniedAt(s, c.start));
        const asked = topic.discussedAsked;
        const identified = topic.identified ?? [];
        const conds = own.length ? own : topic.asserted.length ? topic.asserted : identified.length ? identified : asked.length === 1 ? asked : [];
        const entries = conds.flatMap((c) => {
          const code = parseIcdCode(c.code.split('-')[0]);
          const e = code && firstLineDrugEntry(code);
          return e ? [{ c, drugs: firstLineDrugs(e, (n) => k.drugs.canonical(n)) }] : [];
        });
        // A class mate of a listed drug counts (ramipril beside enalapril): the table names examples of a class.
        const classMates = new Set(classes.flatMap((c) => c.drugs.map((n) => k.drugs.canonical(n))));
        // The claim is about the medicines the first-choice word names (each one of a list it governs); a first-line one
        // named there (adrenaline, which the indication table does not hold) leaves the others joined by a verb or as an
        // adjunct the rest of the plan.
        const objects = firstChoiceObjects(clause, first, [...new Set([...inClause, ...entries.flatMap((e) => e.drugs)])], k);
        if (objects.includes(drug) && entries.length && entries.every((e) => !e.drugs.some((d) => d === drug || classMates.has(d)))) {
          out.push(
            flag(
              'contradicts-knowledge',
              sentence,
              `${drug} is not first-line for ${entries.map((e) => e.c.name).join(', ')} (first-line table: ${entries[0].drugs.slice(0, 3).join(', ')})`,
            ),
          );
          break;
        }
      }
      // Taking a medicine for a condition the indication table does not list it for.
      // Symptomatic classes are given across conditions; the condition judged is the one the passage asserts, else
      // one named in the same clause as the medicine (a condition elsewhere in the sentence may be a side effect).
      const take = TAKE.exec(clause);
      // A clinician or monitoring frame makes a stop or change medical advice done right, but says nothing of whether the
      // medicine fits the disease: it counts here only in the treatment's own clause ("遵医嘱服用X"), not in the next one
      // ("…药物是左甲状腺素，定期复查甲功").
      // In a conditional sentence ("如果…，或者正在吃X…，请咨询医生", "or if X is needed…") the medicine is a case the
      // sentence supposes, and its guidance is read over the whole sentence as before.
      const supposed = DESCRIPTIVE_IF.test(s) || SUPPOSED.test(clause);
      const guidedHere = supposed ? guided : (CLINICIAN_SAYS.test(clause) || LEGITIMATE_CONTEXT.test(clause) || adverseBefore) && !guidanceDefeated(s);
      if (symptomatic || !take || negatedAt(clause, take.index) || warnedSentence || guidedHere || DESCRIPTIVE_IF.test(clause)) continue;
      // A condition in the clause counts when the clause says the medicine is for it ("for", "to treat", "治疗", "用于").
      const own = LINKS_TO_CONDITION.test(clause) ? clauseConds.filter(judgeable) : [];
      // A sentence naming only the asked condition talks about it ("甲亢常用的药物是…" for a question about 甲亢).
      const onlyAsked = named.every((c) => topic.asked.some((a) => a.code === c.code));
      // Nothing in the sentence ties the medicine to a condition: it is for one the conversation names ("Your results
      // show primary hypothyroidism … Treatment is methimazole"), and a medicine listed for none of them is wrong.
      // Only a sentence that names the medicine as the treatment, affirmatively, is read so: a medicine named as a
      // cause, a side effect's source or one that "won't help" is no treatment claim.
      // A diagnosis comes before its treatment: the answer's conditions named after this clause (a cause, a
      // complication the treatment prevents: "…保胎治疗…引起流产的原因被消除") are not what it treats.
      const at = topic.passage?.indexOf(s) ?? -1;
      // Read to the end of the treatment's clause, not the sentence: "…甲硝唑胶囊治疗,…发现蛀牙,及时治疗" does not give
      // it for the caries named two clauses on.
      const clauseEnd = at + Math.max(0, s.indexOf(clause)) + clause.length;
      const before = at < 0 ? [] : topic.discussed.filter((c) => topic.discussedAsked.includes(c) || c.start < clauseEnd);
      // A clause that names its own target ("for a water infection", 甲癣的治疗, 治疗脚气) is tied to it, known to the
      // condition table or not: the conversation's other conditions (a comorbidity) are not what it treats (review s20 C1).
      const target = treatmentTarget(clause, take.index);
      const targetConds = target ? clauseConds.filter((c) => judgeable(c) && target.includes(clause.slice(c.start, c.end))) : [];
      // The denial read is the treatment clause's: a trailing "无需担心" / "don't miss a dose" denies nothing of it.
      const fallback = NAMES_TREATMENT.test(clause) && !DENIES.test(clause) && !ADVERSE_REACTION.test(s) && !CONSEQUENCE.test(s) ? before : [];
      // A sentence naming no condition after the answer has named one the question did not ("碘131治疗后出现甲减…
      // 常用的治疗药物是…") may be about either: it is judged for all of them, and a medicine listed for one stands.
      const since = named.length === 0 ? before.filter((c) => !topic.asked.some((a) => a.code === c.code)) : [];
      const current = topic.asked.filter((c) => !topic.background?.some((b) => b.start === c.start));
      const askedOrSince = since.length ? [...topic.asked, ...since] : current;
      const judged = topic.asserted.length
        ? topic.asserted
        : own.length
          ? own
          : targetConds.length
            ? targetConds
            : target
              ? []
              : onlyAsked && topic.asked.length
                ? askedOrSince
                : fallback;
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

/**
 * The medicines a first-choice word names: the first one after it and every one coordinated with it up to the clause
 * end ("首选肾上腺素或苯海拉明", "epinephrine and oral cetirizine", "包括左甲状腺素和丙硫氧嘧啶" — an equal alternative is as
 * much the claim as the first), else the nearest before it and its list ("X或Y是首选"). A medicine joined by a verb or
 * an adjunct's frame ("首选肾上腺素…并可同时给予苯海拉明") is the rest of the plan. `drugs`: the clause's medicines and
 * the first-line ones of the case, found by the one medicine table's names (a name inside a longer one, 去甲肾上腺素 or
 * noradrenaline, is not it).
 */
function firstChoiceObjects(clause: string, first: RegExpExecArray, drugs: readonly string[], k: ClaimKnowledge): string[] {
  const end = first.index + first[0].length;
  const spans = drugs
    .flatMap((drug) => namedAt(clause, drug, k).map((m) => ({ drug, ...m })))
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((m, i, all) => !all.some((o, j) => j < i && o.end > m.start));
  const after = spans.filter((m) => m.start >= end);
  const before = spans.filter((m) => m.end <= first.index).reverse();
  const list = after.length ? after : before;
  if (!list.length) return [];
  const out = [list[0].drug];
  for (let i = 1; i < list.length; i++) {
    const [a, b] = after.length ? [list[i - 1], list[i]] : [list[i], list[i - 1]];
    const gap = clause.slice(a.end, b.start);
    if (!COORDINATED.test(gap.replace(BETWEEN_LISTED, ''))) break;
    // "…和苯海拉明辅助", "and cetirizine as an adjunct": named in the list as the add-on, not the first choice.
    if (after.length && ADJUNCT.test(clause.slice(list[i].end, list[i + 1]?.start ?? clause.length))) break;
    out.push(list[i].drug);
  }
  return out;
}
/** Between two listed medicines: a coordinator alone, with a route word ("and oral cetirizine", "或口服"). */
const COORDINATED =
  /^\s*(?:(?:或者?|或是|还是|和|与|及|以及|跟|同|、|\/|\+|\b(?:or|and|and\/or|plus)\b)\s*)+(?:(?:oral|intravenous|iv|intramuscular|im|inhaled|口服|静脉|静注|肌注|吸入)\s*)?$/u;
/** A listed name's dose, form or bracketed brand ("钠片", "(benadryl) 50 mg") stands between the names. */
const BETWEEN_LISTED =
  /[(（][^)）]*[)）]|\d+(?:\.\d+)?\s*(?:mg|mcg|μg|g|ml|毫克|微克|克|毫升)(?![a-z])|^(?:钠|钾)?(?:片|胶囊|注射液|针剂?|乳膏|缓释片|肠溶片)/giu;
/** A listed medicine given as an add-on or a later step ("辅助", "as an adjunct", "if needed", "必要时"). */
const ADJUNCT = /辅助|必要时|二线|备选|次选|后续|\b(?:adjunct\w*|add-on|second[- ]line|if needed|afterwards?|then)\b/u;

let medicineNames: Map<string, string[]> | undefined;
let allMedicineNames: string[] | undefined;
/** Where a medicine is named in lower-cased text (start and end), by the one medicine table's names (seed + brands). */
function namedAt(s: string, drug: string, k: ClaimKnowledge): { start: number; end: number }[] {
  medicineNames ??= new Map(Object.entries(medicineAliases()).map(([c, l]) => [k.drugs.canonical(c), [c, ...l].map((n) => n.toLowerCase())]));
  allMedicineNames ??= [...medicineNames.values()].flat();
  const all = allMedicineNames;
  const names = new Set([drug, drugKey(drug), ...(aliases(k).get(drug) ?? []), ...(medicineNames.get(drug) ?? [])].filter(Boolean));
  const out: { start: number; end: number }[] = [];
  for (const name of names) {
    const first = s.indexOf(name);
    if (first < 0) continue;
    // A longer medicine name holding this one (去甲肾上腺素 around 肾上腺素) names another medicine (looked up only for a
    // name the text holds: the table has ~1,400 names).
    const longer = all.filter((l) => l !== name && l.includes(name) && !names.has(l));
    for (let at = first; at >= 0; at = s.indexOf(name, at + 1)) {
      if (/^[a-z]/.test(name) && (/[a-z0-9]/.test(s[at - 1] ?? '') || /[a-z0-9]/.test(s[at + name.length] ?? ''))) continue;
      if (longer.some((l) => s.startsWith(l, at - l.indexOf(name)))) continue;
      out.push({ start: at, end: at + name.length });
    }
  }
  return out;
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
