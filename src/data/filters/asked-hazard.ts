// The answer permits what is dangerous for the person who asked: a medicine or drink that interacts with one the
// question says they take (alcohol on metronidazole, ibuprofen beside warfarin), or a medicine contraindicated for
// who they are (aspirin for "my 9 year old" with chickenpox, honey for an 8-month-old, a fluoroquinolone at 10 weeks
// pregnant). Three readings joined: the knowledge tables of safety/screening (interactions, contraindications), who
// the question is about (asker.ts) and what each clause of the answer does with the act it names (stance.ts).
// The screening rules read a permission only in the wordings their lists hold and a population only in the answer's
// own sentence; in curation batches 2–15 that left 8 negated alcohol / grapefruit warnings and 10 contraindicated or
// interacting medicines recommended (swapped-drug, negated-advice). Pure.
import { askerClauses, STOPPED, TOPICAL } from '../../safety/screening/answered-permission.js';
import { conditionCodes } from '../../knowledge/condition-codes.js';
import { findMedicineNames } from '../../knowledge/drugs.js';
import { rangeContains } from '../../knowledge/drug-indications.js';
import { parseIcdCode } from '../../knowledge/icd10.js';
import { CONTRAINDICATIONS, type HarmedCondition, type Population } from '../../safety/screening/contraindications.js';
import { CONSEQUENCE, WARNED } from '../../safety/screening/frames.js';
import { measuredConditions } from '../../safety/screening/measured-conditions.js';
import { INTERACTIONS } from '../../safety/screening/interactions.js';
import { CONTINUES } from '../../safety/screening/lexicon.js';
import { alt, clauses, normalise, sentences, trimSpan } from '../../safety/screening/text.js';
import { type Asker, readAsker } from './asker.js';
import { clauseStance } from './stance.js';
import { continuingClauses, endorsedAsOption } from './topic-chain.js';

export interface AskedHazard {
  kind: 'interaction' | 'contraindication';
  /** The table row (INTERACTIONS / CONTRAINDICATIONS id). */
  id: string;
  span: string;
}

// Water and other harmless drinks are no alcohol ("drinking plenty of fluids is fine").
const HARMLESS_DRINK =
  /\bdrink(?:ing|s)?\s+(?:plenty of\s+|lots of\s+|more\s+|enough\s+)?(?:water|fluids?|milk|juice|tea|liquids?)\b|喝(?:点|些)?(?:水|汤|粥|奶|牛奶|果汁|茶)/giu;

const SIDES = INTERACTIONS.map((x) => ({ id: x.id, a: alt(x.a, 'iu'), b: alt(x.b, 'iu') }));

const ROWS = CONTRAINDICATIONS.filter((c) => c.population && c.population !== 'anyone').map((c) => ({
  id: c.id,
  population: c.population as Exclude<Population, 'anyone'>,
  drug: alt(c.drug, 'iu'),
  unless: c.unless ? alt(c.unless, 'iu') : undefined,
}));

/** Rows of a condition the medicine harms (propranolol in asthma, an NSAID with an active ulcer). */
const CONDITION_ROWS = CONTRAINDICATIONS.filter((c) => c.condition && !c.population).map((c) => ({
  id: c.id,
  condition: c.condition as HarmedCondition,
  names: c.condition?.names ? alt(c.condition.names, 'iu') : undefined,
  drug: alt(c.drug, 'iu'),
  unless: c.unless ? alt(c.unless, 'iu') : undefined,
}));

// A relative's condition told in the asker's own clause ("my mom has asthma and I get nervous before exams", 我妈妈有哮喘
// 而我…) is the relative's: masked up to "and" / the clause's end before the row names are read (review s31 S2 b14/f23).
const KIN_HAS =
  /\b(?:my|his|her|our)\s+(?:\w+\s+)?(?:mother|mom|mum|father|dad|son|daughter|husband|wife|partner|brother|sister|friend|child|kid|baby|grandmother|grandfather|grandma|grandpa|aunt|uncle)s?\b[^,，。;；]*?(?=\band\b|[,，。;；]|$)|(?:我)?(?:妈妈|母亲|爸爸|父亲|老公|老婆|丈夫|妻子|儿子|女儿|孩子|朋友|哥哥|姐姐|弟弟|妹妹|奶奶|爷爷|外婆|外公)[^，。；,;]*?(?=而|和我|我自己|[，。；,;]|$)/giu;

const SELF_TOLD = /\b(?:i|i'm|i've|i'd|me|myself)\b|我/iu;

// A row of a severe stage (metformin in severe renal impairment) is not the asker's when the question tells a mild or
// early stage or an eGFR of 30 or more ("轻度肾功能不全，eGFR 55"; review s31 latent b31).
const MILD = /轻度|轻微|早期|\bmild(?:ly)?\b|\bearly[- ]stage\b|\begfr\D{0,8}(?:[3-9]\d|1\d\d)\b/iu;

/**
 * The asker has the condition now: named (by a row's names or by its ICD-10 code) or measured ("K 5.9") in the
 * question's clauses about the asker's own present — not a relative's, a past or a denied one (askerClauses).
 */
function askerHas(row: (typeof CONDITION_ROWS)[number], told: string): boolean {
  // Only when the question speaks of the asker too: "My father (74) has … stage 4 kidney disease" asked about him is his.
  const masked = told.replace(KIN_HAS, ' ');
  const own = masked !== told && SELF_TOLD.test(masked) ? masked : told;
  if (row.id.includes('severe') && MILD.test(own)) return false;
  if (row.names?.test(own)) return true;
  const codes = [
    ...conditionCodes()
      .find(own)
      .map((m) => m.code.split('-')[0]),
    ...measuredConditions(own),
  ];
  return codes.some((c) => {
    const code = parseIcdCode(c);
    return code !== undefined && code !== null && row.condition.codes.some((r) => rangeContains(r, code));
  });
}

/** A sentence that names the harm or makes the use conditional is a caution, not a permission, for a condition row. */
const CONDITION_CAVEAT = /\b(?:if|unless|except|check with|ask your|talk to|caution\w*|careful)\b|如果|如有|若|假如|除非|咨询|慎|告诉医生/iu;

/** A harm denied ("it does not cause drowsiness", "不会影响胎儿") warns of nothing: masked before the warning test. */
const DENIED_HARM =
  /\b(?:does not|doesn't|do not|don't|won't|will not|never|without)\s+(?:\w+\s+)?(?:cause|causing|lead to|trigger|worsen|affect)\w*\b|不会(?:引起|导致|加重|诱发|影响)/giu;

function inPopulation(p: Exclude<Population, 'anyone'>, asker: Asker): boolean {
  if (p === 'pregnancy') return asker.pregnant;
  if (p === 'late-pregnancy') return asker.latePregnancy;
  if (p === 'infant') return asker.infant;
  return asker.child;
}

const BOTH =
  /\b(?:the two|both (?:of them|drugs|medicines|medications)|(?:taken|used|combined) together|in combination)\b|(?:这|那)?(?:两|二)(?:个|种)(?:药|药物)|两药|两者|二者|一起(?:吃|服|用)|合用|同服/iu;
const PREGNANCY_ACT =
  /(?:可以|能|可)(?:正常|照常|放心)?(?:备孕|怀孕|受孕|要孩子|要宝宝)|\b(?:can|may|could)\s+(?:still\s+|safely\s+)?(?:plan|try|get|become|fall)\s+(?:for\s+)?(?:a\s+)?(?:pregnan\w*|baby)/iu;
const CONTRACEPTION_WAIVED =
  /\b(?:contraception|birth control)\s+(?:is|are)\s+(?:not|un)\s*(?:necessary|needed|required)\b|\b(?:no need|don't need|do not need)\s+(?:\w+\s+){0,2}(?:contraception|birth control)\b|(?:不用|不必|不需要|无需)[^，。；,;]{0,4}避孕/iu;

/** A bullet or list number opening a line ('- ', '* ', '• ', '1) ') — markup before the clause's first word. */
const LIST_MARKER = /^(?:[-*•·●▪]|\d{1,2}(?:[.)](?=\s)|[）、]))\s*/u;

/**
 * The first hazard an answer permits for the person asking (pure). An interaction: a clause names one side, permits
 * it, and the other side is in the same clause or in the question; a clause that continues a medicine ("warfarin is
 * safe to continue" to a question about ibuprofen) permits nothing new.
 * A contraindication: a clause names a medicine of a population row the question puts the person in, and permits it.
 */
export function askedHazard(question: string, answer: string): AskedHazard | undefined {
  const q = normalise(question ?? '').replace(HARMLESS_DRINK, ' ');
  if (!q.trim()) return undefined;
  const asker = readAsker(q);
  const rows = ROWS.filter((r) => inPopulation(r.population, asker) && !r.unless?.test(q));
  // "baby aspirin" / 宝宝阿司匹林 is a dose, no child: the chain reading takes the rows of the asker read without it (the
  // clause reading keeps START's rows; review s31 S2 b29/f19).
  const qNoBaby = q.replace(BABY_ASPIRIN, 'low-dose aspirin');
  const chainAsker = qNoBaby === q ? asker : readAsker(qNoBaby);
  const chainRows = qNoBaby === q ? rows : rows.filter((r) => inPopulation(r.population, chainAsker));
  const pairs = SIDES.filter((s) => s.a.test(q) || s.b.test(q));
  const pregnancyDrugs = ROWS.filter((r) => r.population === 'pregnancy' && r.drug.test(q));
  // The other side of a combination is one the asker takes now: not a relative's, a stopped one or one denied ("took
  // lithium years ago, stopped", "my husband is on warfarin"; review s23 claims R4/R5).
  const present = askerClauses(q);
  // Condition rows only for a medicine the answer names (reading the question's conditions is the costly step).
  const a = normalise(answer);
  const conditionRows = CONDITION_ROWS.filter((r) => r.drug.test(a) && !r.unless?.test(q) && askerHas(r, present));
  if (!rows.length && !pairs.length && !pregnancyDrugs.length && !conditionRows.length) return undefined;
  // A list item's marker is no word: '- give aspirin 300 mg…' is read as the imperative it is.
  const lines = sentences(a).map((line) => line.replace(LIST_MARKER, ''));
  for (const [k, sentence] of lines.entries()) {
    const parts = clauses(sentence).map((raw) => raw.replace(HARMLESS_DRINK, ' '));
    // A contraindicated medicine named in a clause that says nothing of it, recommended by the clauses that continue
    // its topic ("依那普利…降压平稳，对胎儿影响小，是孕期比较推荐的选择") or called an option in its own clause.
    const chained = chainedHazard(parts, sentence, chainRows, own(sentence), conditionRows, lines[k + 1]);
    if (chained && !forbiddenElsewhere(chained.id, lines, k)) return chained;
    for (const clause of parts) {
      // A medicine on the skin or in the eye is not the systemic use a table row is about (NSAID gel beside warfarin,
      // levofloxacin eye drops in pregnancy).
      const topical = TOPICAL.test(clause);
      const named = topical ? [] : pairs.filter((p) => p.a.test(clause) || p.b.test(clause));
      const drugs = rows.filter((r) => !topical && r.drug.test(clause) && !r.unless?.test(sentence) && forOwnPerson(r.population, own(sentence)));
      // "这两个药可以一起吃", "the two are fine together": both medicines of the question, named there.
      const both = !topical && BOTH.test(clause);
      // A pregnancy permitted to someone the question says takes a medicine no pregnancy may meet ("服药期间可以正常备孕",
      // "contraception is not necessary while taking it").
      const conceiving = pregnancyDrugs.length > 0 && (PREGNANCY_ACT.test(clause) || CONTRACEPTION_WAIVED.test(clause));
      if (!named.length && !drugs.length && !both && !conceiving) continue;
      if (conceiving && (CONTRACEPTION_WAIVED.test(clause) || clauseStance(clause) === 'permit'))
        return { kind: 'contraindication', id: pregnancyDrugs[0].id, span: trimSpan(sentence) };
      if (clauseStance(clause) !== 'permit') continue;
      // Continuing the medicine one is on ("warfarin is safe to continue", "华法林照常吃") permits nothing new.
      const continues = CONTINUES.test(clause);
      for (const p of both ? pairs.filter((x) => x.a.test(q) && x.b.test(q)) : named) {
        const inA = both || p.a.test(clause);
        const inB = both || p.b.test(clause);
        // A clause that tells one side stopped ("ibuprofen is fine now that you are off lithium") joins nothing.
        if (STOPPED.test(clause)) continue;
        if ((inA && inB) || (!continues && (inA ? p.b.test(present) : p.a.test(present)))) return { kind: 'interaction', id: p.id, span: trimSpan(sentence) };
      }
      if (drugs.length) return { kind: 'contraindication', id: drugs[0].id, span: trimSpan(sentence) };
    }
  }
  return undefined;
}

const BABY_ASPIRIN = /\bbaby[-\s]aspirins?\b|宝宝阿司匹林|婴儿阿司匹林/giu;

const DRUG_OF = new Map([...ROWS, ...CONDITION_ROWS].map((r) => [r.id, r.drug]));

/**
 * The answer forbids or warns of the medicine elsewhere — in any clause naming it, or in the next sentence when that
 * sentence names no medicine of its own ("Honey is a traditional cough remedy. Never give it under 12 months."): the
 * option named in passing is no recommendation then.
 */
function forbiddenElsewhere(id: string, lines: readonly string[], k: number): boolean {
  const drug = DRUG_OF.get(id);
  if (!drug) return false;
  for (const line of lines) for (const c of clauses(line)) if (drug.test(c) && (clauseStance(c) === 'forbid' || WARNED.test(c))) return true;
  const next = lines[k + 1];
  return next !== undefined && findMedicineNames(next).every((n) => drug.test(n)) && clauses(next).some((c) => clauseStance(c) === 'forbid');
}

/** A sentence that names its own person by age ("for the 4-year-old, yes: honey…" to a question about a 4-year-old and
 *  a baby) is judged for that person. */
const own = (sentence: string): Asker => readAsker(sentence);
const forOwnPerson = (p: Exclude<Population, 'anyone'>, person: Asker): boolean => !person.aged || inPopulation(p, person);

// A contrast after the medicine ("…an important option, but with your potassium at 5.8 it has to be held", "沙坦类是很好的
// 降压选择，但怀孕了就得换掉", "— but wait until she's one", "可是…等于火上浇油") turns the option into the warning it is:
// clauses() drops the conjunction, so it is read in the sentence from the medicine on, or in the next sentence when that
// names no other medicine (review s31 S1 b33/f07/f13/f14/f17). Not bare "once"/"until" ("once a day").
const CONTRAST =
  /\b(?:but|however|though|although|yet|whereas|except|unfortunately|sadly|that said|not for you|not in your case|wait until)\b|但|可是|不过|可惜|然而|只是|却|遗憾|等.{0,12}(?:以后|之后|后)/iu;

// The option is for later ("…a good choice once the ulcer has healed", "等溃疡愈合以后，布洛芬是可以考虑的方案"), or the
// medicine is the one replaced ("用对乙酰氨基酚代替布洛芬", "instead of ibuprofen"; review s31 latent f08/f09/b11).
const LATER =
  /\bonce\s+(?:the|your|it|it's|she|she's|he|he's|they|this|that)\b[^,.;:]{0,40}?\b(?:heal(?:ed|s)|settled|cleared|resolved|gone|over|passed|born|delivered|finished|(?:come|comes|came) down|normal|one|a year old|12 months)\b|等.{0,12}(?:以后|之后|后)|(?:愈合|痊愈|治好|好了|生完|分娩|产后|断奶|满(?:一|1)岁|降下来)(?:以后|之后|后)/iu;
// The medicine withheld after it is called an option, with no contrast word ("…an important option. With your potassium
// at 5.8 it has to be held.", "…用不了", "就得换掉"): read like a contrast (this reader's own list; stance.ts unchanged).
const WITHHELD =
  /\b(?:has to|have to|must|should|needs? to|will need to|would need to)\s+(?:be\s+)?(?:held|paused|stopped|suspended|withheld|switched|changed|avoided|swapped|replaced)\b|(?<!\b(?:no need to|don't|do not|not|never|needn't|without|won't|shouldn't)\s+)\b(?:hold|pause|stop|suspend|withhold|avoid|skip)\s+(?:it|them|this|that)\b|\boff the table\b|\bnot (?:for you|in your case|suitable|safe|recommended|advised|appropriate)\b|\b(?:wait|hold off)\s+(?:until|till)\b|\bsave (?:it|them|that) (?:for|until)\b|\bnot (?:yet|until|before)\b|\b(?:after|from) (?:her|his|their|your|the baby's|the child's) first birthday\b|\bafter (?:12 months|one year|(?:she|he|they)(?:'s| is| are) one)\b|(?:一岁|周岁|1岁)(?:以后|之后|后|再)|(?<!不要|不用|不必|无需|没必要|别|不需要|不需|不能|不会)停(?:用|药|掉|一停)|换掉|用不了|不能(?:用|吃)|不适合|不宜|火上浇油|禁用|不要(?:用|吃)/iu;
const REPLACED = /(?:代替|替代|替换|取代|换掉|\binstead of|\brather than|\bin place of|\bthan)\s*$/iu;

/**
 * The contraindication a sentence recommends through its topic chain (pure): a clause names a row's medicine — for a
 * population row one that does not itself permit it (the clause reading judges that) — and it or the clauses continuing
 * its topic permit it or call it an option, none of them forbidding or warning. A condition row (the asker has asthma,
 * an active ulcer) is judged here only, with the chain's vetoes and no caveat ("if", "ask your doctor") in the sentence.
 */
function chainedHazard(
  parts: readonly string[],
  sentence: string,
  rows: readonly (typeof ROWS)[number][],
  person: Asker,
  conditionRows: readonly (typeof CONDITION_ROWS)[number][],
  next?: string,
): AskedHazard | undefined {
  for (const [i, clause] of parts.entries()) {
    if (TOPICAL.test(clause)) continue;
    // A population row whose own clause permits is the clause reading's (unchanged); a condition row is read only here.
    const stance = clauseStance(clause);
    if (stance === 'forbid') continue;
    const candidates = [
      ...(stance === 'none' ? rows.filter((r) => r.drug.test(clause) && !r.unless?.test(sentence) && forOwnPerson(r.population, person)) : []),
      ...conditionRows.filter((r) => r.drug.test(clause) && !r.unless?.test(sentence) && !CONDITION_CAVEAT.test(sentence)),
    ];
    for (const r of candidates) {
      const rest = continuingClauses(parts, i, (p) => r.drug.test(p));
      const chain = [clause, ...rest].join('，');
      const warned = chain.replace(DENIED_HARM, ' ');
      if (WARNED.test(warned) || CONSEQUENCE.test(warned) || TOPICAL.test(chain)) continue;
      if (contrasted(r.drug, sentence, next)) continue;
      if (LATER.test(sentence) || REPLACED.test(clause.slice(0, r.drug.exec(clause)?.index ?? 0))) continue;
      const stances = rest.map((p) => clauseStance(p));
      if (stances.includes('forbid')) continue;
      const at = r.drug.exec(clause)?.index ?? 0;
      if (stance === 'permit' || stances.includes('permit') || endorsedAsOption(clause, at) || rest.some((p) => endorsedAsOption(p)))
        return { kind: 'contraindication', id: r.id, span: trimSpan(sentence) };
    }
  }
  return undefined;
}

/** A contrast from the medicine onward in its sentence, or in the next sentence naming no other medicine. */
function contrasted(drug: RegExp, sentence: string, next: string | undefined): boolean {
  const at = drug.exec(sentence)?.index ?? 0;
  if (CONTRAST.test(sentence.slice(at)) || WITHHELD.test(sentence.slice(at))) return true;
  return next !== undefined && (CONTRAST.test(next) || WITHHELD.test(next)) && findMedicineNames(next).every((n) => drug.test(n));
}

export { readAsker };
