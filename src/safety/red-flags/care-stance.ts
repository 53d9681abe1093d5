// What a sentence says of the care a danger needs, read as a stance, not as a phrase list (session 19, #10).
//
// Why: the advice gate held care put off by a time ("tomorrow", "wait and see") but not care made needless by what the
// sentence claims instead. Review s18 S7 and poison-docs-22 reached answers to emergency and urgent messages with
// "an antihistamine is enough", "在家物理降温就可以，去医院反而容易交叉感染", "cranberry juice … will clear the infection
// without antibiotics", "most reactions settle within an hour at home", "give ibuprofen and check again in the morning".
// Each is one of five stances toward care, whatever the condition or the remedy:
//   suffices   something short of care is enough (is enough, all you need, can be managed at home, 就行, 即可);
//   cures      a remedy that is no treatment clears, kills or flushes out the illness (the subject names no medicine);
//   settles    the danger passes by itself or with sleep (settles within an hour, 会自己好, 睡一觉就好);
//   benign     the presentation relabelled as something minor (is usually indigestion, 多半是胃的问题, nothing to worry about);
//   harmful    care itself called harmful, costly or overdone (反而容易交叉感染, charge you a fortune, overblown);
//   forgone    a core or protective treatment, or care, done without or called unneeded (never needed the rabies shots,
//              without antibiotics, 用不着吃抗生素, 不用打狂犬疫苗).
// Each is said unnegated in its clause. care-urgency.ts reads any stance as care put off, which the gate holds only when
// the message was triaged urgent or emergency (careLaterThanTriage); `forgone` is also read by the gate at every level as
// a treatment change (a test or vaccine forgone is what the gate exists to hold). Pure; hold-only.
import { builtInDrugLexicon } from '../../knowledge/built-in-drugs.js';
import { type DrugLexicon, findMedicineNames } from '../../knowledge/drugs.js';
import { TREATMENT, VITAL_MEDICINE } from '../screening/lexicon.js';

export type CareStance = 'suffices' | 'cures' | 'settles' | 'benign' | 'harmful' | 'forgone';

// A negation before the stance in its clause turns it round ("it will not settle on its own", "不会自己好").
const NEGATED =
  /\b(?:not|never|no|don't|do not|doesn't|does not|won't|will not|isn't|aren't|cannot|can't|shouldn't|instead of|rather than)\b|n't\b|不|没|别|勿|未|非|无法|难以/u;
const CLAUSE = /[,;:，；：。.!?！？\n—–]|\s-\s|\b(?:but|and then|then|so|because)\b|但是?|然后|所以|因为/u;

// Core and protective treatments, and care itself: what a sentence may call unneeded. PROTECTIVE_* are the ones whose
// omission harms whatever the triage says (a vaccine or immunoglobulin after a bite, adrenaline, insulin, an inhaler):
// the gate reads those at every level; the rest (antibiotics, a doctor, medicines) only beside an urgent message —
// "you don't need antibiotics for a cold" is right for a cold.
const PROTECTIVE_EN =
  '(?:vaccin\\w*|(?:rabies |tetanus |booster )?shots?|jabs?|boosters?|immunoglobulin|antivenom|anti-venom|tetanus|insulin|adrenaline|epinephrine|epi-?pens?|auto-?injectors?|inhalers?|(?:post-exposure )?prophylaxis|pep)';
const CORE_EN =
  '(?:antibiotics?|antivirals?|injections?|steroids?|treatment|medicines?|medication|(?:a |the |your )?(?:doctor|gp|hospital|a&e|er|ambulance|paramedics)|surgery|stitches|x-?rays?|scans?)';
const PROTECTIVE_ZH = '(?:狂犬(?:病)?疫苗|疫苗|免疫球蛋白|抗蛇毒血清|血清|破伤风|胰岛素|肾上腺素|吸入剂)';
const CORE_ZH = '(?:抗生素|消炎药|抗病毒药|激素|药|针|治疗|医院|医生|急诊|120|救护车|手术|缝针|检查|洗胃|拍片)';

function forgoneReaders(object: string, objectZh: string): RegExp[] {
  return [
    // "without antibiotics", "never needed the rabies shots", "no need for a doctor", "can skip the vaccine"
    new RegExp(
      `\\b(?:never needed|never need|didn't need|did not need|don't need|do not need|doesn't need|does not need|won't need|will not need|no need for|no need to (?:get|have|take|use|go to|see|call)|can skip|skip(?:ped)?|avoid(?:ed)? (?:needing|getting)|rarely need(?:ed)?|not need)\\s+(?:\\w+\\s+){0,3}?${object}\\b`,
      'u',
    ),
    // "will clear the infection without antibiotics", "got better without a doctor": without after an act of recovering or
    // managing — not "every minute without treatment" or "without enough insulin, your body…", which tell a harm.
    new RegExp(
      `\\b(?:recover\\w*|clear\\w*|heal\\w*|cur(?:e|es|ed|ing)|get(?:s|ting)? better|got better|manag\\w*|cop(?:e|es|ed|ing)|fine|survive\\w*|beat\\w*|treat(?:s|ed|ing)?|sort\\w* (?:it|this) out|deal\\w* with (?:it|this)|go|went|gone)\\b[^,;.]{0,40}?\\bwithout\\s+(?:\\w+\\s+){0,3}?${object}\\b`,
      'u',
    ),
    // "antibiotics are rarely needed", "the rabies shots are overkill"
    new RegExp(
      `\\b${object}\\s+(?:\\w+\\s+){0,2}?(?:is|are|were|was|'s|'re)\\s+(?:\\w+\\s+)?(?:rarely|seldom|not|never|hardly ever|usually not|often not)\\s+(?:really\\s+)?(?:needed|necessary|required|essential|worth it)\\b|\\b${object}\\s+(?:\\w+\\s+){0,2}?(?:is|are|'s|'re)\\s+(?:(?!not\\b|never\\b|no\\b)\\w+\\s+)?(?:overkill|unnecessary|not needed|a waste)\\b`,
      'u',
    ),
    new RegExp(
      `(?:不用|不需要|不必|无需|用不着|没必要|没有必要|犯不着|不用再|不需再|省得|省去|免得)(?:去|再)?(?:打|吃|用|服|接种|注射|输|挂|看|上|叫|做|住)?${objectZh}|${objectZh}(?:都|也|就)?(?:不用|不需要|不必|没必要|用不着)(?:打|吃|用|去)?`,
      'u',
    ),
  ];
}
const FORGONE_PROTECTIVE = forgoneReaders(PROTECTIVE_EN, PROTECTIVE_ZH);
const FORGONE_ANY = forgoneReaders(`(?:${PROTECTIVE_EN}|${CORE_EN})`, `(?:${PROTECTIVE_ZH}|${CORE_ZH})`);

// Something short of care is enough.
const SUFFICES_EN =
  /\b(?:is|are|'s|'re)\s+(?:usually\s+|generally\s+|normally\s+|often\s+|quite\s+|more than\s+|all\s+)?(?:enough|sufficient|all (?:that'?s |that is )?(?:needed|you need))\b|\ball (?:you|they|he|she|your \w+) (?:need|needs|really need)\b|\b(?:will|should) do (?:the trick|fine)\b|\bdoes the (?:trick|job)\b|\bcan be (?:safely |easily |usually )?(?:managed|treated|handled|looked after|cared for|sorted|dealt with|nursed)\s+(?:safely\s+)?(?:at home|yourself|on your own|without)\b/u;
const SUFFICES_ZH = /就行|就可以了?(?![^，。；]{0,4}(?:去|送|到|拨|打|叫))|就好了?|就够了?|即可|足够了?|就没事了?|就OK/u;

// A remedy claimed to cure (its subject names no treatment: "antibiotics will clear the infection" is the treatment).
// Killing is a cure only of a pathogen ("kills the rabies virus"; "it kills hundreds of people" is a harm).
const PATHOGEN = '(?:\\w+\\s+){0,2}?(?:virus|viruses|bacteria|germs|infection|parasites?|worms?|fungus|fungi|yeast)\\b';
const CURES_EN = new RegExp(
  `\\b(?:will|can|should|would|usually|often|does|do|to)\\s+(?:(?!not\\b|never\\b)\\w+\\s+)?(?:clear|cure|fix|heal|flush out|get rid of|knock out|draw out|reverse)\\b|\\b(?:clears|cures|fixes|heals|flushes out|gets rid of|knocks out|draws out|reverses)\\b|\\bcan be (?:flushed|cleared|cured|fixed|drawn)(?: out)?\\b|\\b(?:kill|kills|neutrali[sz]es?|destroys?|dissolves?)\\s+(?:the\\s+|any\\s+|all\\s+)?${PATHOGEN}`,
  'u',
);
const CURES_ZH = /(?:就能|就会|能|可以|会)?(?:治好|治愈|根治|杀死|杀灭|消灭|化掉|溶解|清除|去根|好得快)/u;
const NAMES_TREATMENT = new RegExp(`${TREATMENT.source}|${VITAL_MEDICINE.source}|\\b(?:${PROTECTIVE_EN}|${CORE_EN})\\b|${PROTECTIVE_ZH}|${CORE_ZH}`, 'u');

// The danger passes by itself, with time or sleep.
const SETTLES_EN =
  /\b(?:settle|settles|pass|passes|go away|goes away|clear up|clears up|resolve|resolves|wear off|wears off|subside|subsides|calm down|calms down|get better|gets better|die down|dies down|blow over|blows over)\s+(?:on (?:its|their) own|by (?:itself|themselves)|naturally|within|in (?:a|an|\d+|a few|a couple)|after|overnight|with (?:rest|sleep|time))\b|\b(?:will|should|usually|normally|often|generally|mostly|tend to|always|nearly always|almost always)\s+(?:(?!not\b|never\b)\w+\s+)?(?:settle|pass|go away|clear up|resolve|wear off|subside|calm down|get better|improve|die down|blow over)\b|\bsleep (?:it|this) off\b|\b(?:go|goes|going|went) to bed as (?:normal|usual)\b|\blet (?:him|her|them) sleep\b/u;
const SETTLES_ZH =
  /自己(?:就)?会好|会自己好|自行(?:缓解|消退|好转|恢复|愈合|消失)|自愈|(?:睡一觉|休息(?:一下|一会儿?|两天|几天)?|躺一躺|躺一会儿?|过一会儿?|几天|两天|一两天)(?:就)?(?:能|会)?(?:好了?|缓解|过去|没事)|等(?:他|她|它)?(?:缓过来|醒了?|好了?)再/u;

// The presentation relabelled as something minor.
const DANGER_WORD_EN =
  /\b(?:serious|dangerous|emergency|stroke|heart attack|bleed\w*|haemorrhage|hemorrhage|sepsis|meningitis|anaphyla\w*|life-threatening|cardiac|clot|a sign|a symptom|a warning|caused by)\b/u;
// Said outright: just / only something, nothing to worry about.
const MINOR_EN =
  /\b(?:is|are|'s|'re)\s+(?:usually\s+|often\s+|probably\s+|most likely\s+)?(?:just|only|simply|merely)\s+(?:an?\s+)?(?![a-z]+(?:ed|ing|ly)\b|(?:if|when|for|in|to|on|at|by|after|before|one|two|available|given|used|part|partly)\b)\w+|\bnothing (?:to worry about|serious|to panic about)\b|\b(?:harmless|no big deal|not a big deal)\b/u;
// Said as the usual cause of what the subject tells ("A sudden severe headache is nearly always tension"): a minor
// label only when the subject itself is a danger (the injected danger reader, triage's own).
const USUALLY_EN =
  /\b(?:is|are|'s|'re)\s+(?:nearly always|almost always|usually|mostly|often|typically|generally|commonly|normally|most likely|probably|likely)\s+(?:just\s+|only\s+|simply\s+)?(?:an?\s+)?(?![a-z]+(?:ed|ing|ly)\b|due\b|by\b|the\b|not\b|a sign\b)\w+/u;
const DANGER_WORD_ZH = /危险|急症|严重|中风|卒中|脑出血|心梗|心肌梗死|心脏|血栓|栓塞|梗死|梗塞|休克|昏迷|窒息|出血|败血|脓毒|脑膜炎|危及生命|信号|征兆/u;
const MINOR_ZH = /不要紧|没什么大不了|问题不大|没大事|不碍事|没啥事|不用担心|别担心|无非是|只不过是/u;
const USUALLY_ZH = /(?:多半|大多|一般|通常|基本(?:上)?|往往|大部分|多数)(?:都|也)?(?:是|属于|为)/u;

// Care called harmful, costly or overdone.
const CARE_NAMED =
  /\b(?:hospitals?|a&e|a and e|er|emergency (?:department|room|services)|ambulances?|paramedics|999|911|112|doctors?|gp|clinics?|stroke units?|wards?|shots?|vaccines?|jabs?)\b|医院|急诊|救护车|120|医生|诊所|门诊|打针|疫苗/u;
const CARE_HARM =
  /\b(?:expose\w*|germs|infections?|overwhelmed|queues?|waiting times?|long waits?|expensive|costs? a lot|charge (?:you )?(?:a fortune|a lot)|a fortune|rip[- ]?offs?|overblown|overkill|overreact\w*|overused|a waste|wastes?)\b|反而|交叉感染|更(?:危险|容易)|太贵|很贵|花冤枉钱|浪费|排队|人太多|小题大做|大惊小怪/u;

/** Is care called harmful or costly in this clause ("救护车太贵", "the queue is long")? Such a mention sends no one. */
export function calledHarmful(clause: string): boolean {
  const at = clause.search(CARE_HARM);
  return at >= 0 && CARE_NAMED.test(clause) && !NEGATED.test(clause.slice(0, at));
}

function clausesOf(text: string): string[] {
  return text.split(new RegExp(CLAUSE.source, 'gu')).filter((c) => c.trim());
}

/** Is some match of `re` in a clause free of a negation before it in that clause? (`from` = the stance's own start.) */
function unnegated(text: string, re: RegExp): boolean {
  for (const c of clausesOf(text)) {
    const m = re.exec(c);
    if (m && !NEGATED.test(c.slice(0, m.index))) return true;
  }
  return false;
}

/**
 * A treatment done without or called unneeded — narrated or advised. `protectiveOnly`: only the protective ones (a vaccine,
 * immunoglobulin, adrenaline, insulin, an inhaler), whose omission harms at any triage level.
 */
export function forgoesTreatment(sentence: string, protectiveOnly = false): boolean {
  const n = sentence.toLowerCase().replace(/[’‘]/g, "'");
  // "do not go without antibiotics", "不要以为不用打疫苗": a negation before the forgoing turns it round.
  return (protectiveOnly ? FORGONE_PROTECTIVE : FORGONE_ANY).some((re) => unnegated(n, re));
}

/** Is a stretch of text a danger (triage's reading, injected by the caller: this file sits below triage)? */
export type DangerReader = (text: string) => boolean;

/** The stance the sentence takes toward care, the first one said unnegated (undefined: none). */
export function careStance(sentence: string, dangerous?: DangerReader): CareStance | undefined {
  const n = sentence.toLowerCase().replace(/[’‘]/g, "'");
  // Stances against care first: they put care off even beside a sentence that names going to it.
  if (forgoesTreatment(n)) return 'forgone';
  if (clausesOf(n).some(calledHarmful)) return 'harmful';
  if (unnegated(n, SUFFICES_EN) || unnegated(n, SUFFICES_ZH)) return 'suffices';
  if (clausesOf(n).some((c) => curedByRemedy(c))) return 'cures';
  if (clausesOf(n).some(settlesByItself)) return 'settles';
  if (clausesOf(n).some((c) => minor(c)) || (dangerous && relabelsDanger(n, dangerous))) return 'benign';
  return undefined;
}

/** Does the text name a treatment or a medicine (the lexicon's classes, or a drug name: naloxone, ibuprofen)? */
let drugs: DrugLexicon | undefined;
function namesTreatment(t: string): boolean {
  if (NAMES_TREATMENT.test(t) || findMedicineNames(t).length > 0) return true;
  const lexicon = (drugs ??= builtInDrugLexicon());
  const words = t.match(/[a-z][a-z0-9-]*/g) ?? [];
  for (let i = 0; i < words.length; i++)
    for (let k = 1; k <= 2 && i + k <= words.length; k++) if (lexicon.isKnown(words.slice(i, i + k).join(' '))) return true;
  return /\p{Script=Han}/u.test(t) && lexicon.findDrugs(t.replace(/[^\p{Script=Han}]+/gu, ' '), 1).length > 0;
}

/** A cure claimed for something that names no treatment ("cranberry juice will clear the infection", "大蒜能杀死病毒"). */
function curedByRemedy(c: string): boolean {
  const m = CURES_EN.exec(c) ?? CURES_ZH.exec(c);
  if (!m || NEGATED.test(c.slice(0, m.index))) return false;
  return !namesTreatment(c.slice(0, m.index));
}

/** The danger passing by itself — not a medicine's effect wearing off ("naloxone wears off in 20–90 minutes"). */
function settlesByItself(c: string): boolean {
  const m = SETTLES_EN.exec(c) ?? SETTLES_ZH.exec(c);
  return Boolean(m) && !NEGATED.test(c.slice(0, m!.index)) && !namesTreatment(c.slice(0, m!.index));
}

/** The presentation called minor outright, with no danger word beside it in the clause. */
function minor(c: string): boolean {
  const m = MINOR_EN.exec(c) ?? MINOR_ZH.exec(c);
  return Boolean(m) && !NEGATED.test(c.slice(0, m!.index)) && !DANGER_WORD_EN.test(c) && !DANGER_WORD_ZH.test(c);
}

/** A danger (the text before the copula, as the danger reader reads it) said to be usually something that is no danger. */
function relabelsDanger(n: string, dangerous: DangerReader): boolean {
  for (const re of [USUALLY_EN, USUALLY_ZH]) {
    const m = re.exec(n);
    if (!m) continue;
    const clauseStart = Math.max(0, ...[...n.slice(0, m.index).matchAll(new RegExp(CLAUSE.source, 'gu'))].map((x) => (x.index ?? 0) + x[0].length));
    const predicate = n.slice(m.index).split(new RegExp(CLAUSE.source, 'u'))[0] ?? '';
    if (NEGATED.test(n.slice(clauseStart, m.index)) || DANGER_WORD_EN.test(predicate) || DANGER_WORD_ZH.test(predicate)) continue;
    if (dangerous(n.slice(0, m.index))) return true;
  }
  return false;
}
