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
import { layTermGroups } from '../../knowledge/lay-terms.js';
import { rangeContains } from '../../knowledge/drug-indications.js';
import { parseIcdCode } from '../../knowledge/icd10.js';
import { CONTRAINDICATIONS, type HarmedCondition, type Population } from '../../safety/screening/contraindications.js';
import { CONSEQUENCE, WARNED } from '../../safety/screening/frames.js';
import { measuredConditions } from '../../safety/screening/measured-conditions.js';
import { INTERACTIONS } from '../../safety/screening/interactions.js';
import { CONTINUES } from '../../safety/screening/lexicon.js';
import { escapeRegExp } from '../../core/regex.js';
import { alt, clauses, normalise, sentences, trimSpan } from '../../safety/screening/text.js';
import { type Asker, readAsker } from './asker.js';
import { clauseStance } from './stance.js';
import { calledIdeal, continuingClauses, endorsedAsOption, namedAsOption } from './topic-chain.js';

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
  if (row.names?.test(own) || row.names?.test(clinicalWords(own))) return true;
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

// A condition whose HISTORY keeps the contraindication, by the labels: an NSAID after a bleeding ulcer ("had a bleeding
// stomach ulcer 2 years ago", "三年前因为溃疡出血住过院"; NSAID SmPCs: active or history of peptic ulcer haemorrhage).
// askerClauses drops a past condition, which is right for most rows (a past pregnancy, a cured infection), not these.
// This reader's own list (the screening table is unchanged); a relative's history and a denied one are not the asker's.
const HISTORY_COUNTS: Readonly<Record<string, RegExp>> = {
  'nsaid-kidney-ulcer-bleeding-heart-failure':
    /溃疡(?:并|合并|引起的?|导致的?)?(?:出血|穿孔)|(?:胃|消化道|十二指肠)(?:大)?出血|\b(?:bleeding|bled|perforated)\s+(?:\w+\s+){0,2}ulcers?\b|\bulcers?\s+(?:that\s+)?(?:bled|bleed\w*|perforat\w*)\b|\b(?:stomach|gi|gastrointestinal|gut)\s+(?:bleed\w*|haemorrhage|hemorrhage)\b/iu,
};
const HISTORY_DENIED = /(?:\b(?:no|never|not|without|denies|denied)\b[^,.;]{0,24}|(?:没有|无|否认|未|没)[^，。；,;]{0,8})$/iu;

/** The asker had a condition whose history counts for this row (HISTORY_COUNTS), not denied, not a relative's. */
function askerHadHistory(row: (typeof CONDITION_ROWS)[number], q: string): boolean {
  const re = HISTORY_COUNTS[row.id];
  if (!re) return false;
  for (const s of sentences(q)) {
    if (HISTORY_NOT_TOLD.test(s)) continue;
    const masked = s.replace(KIN_HAS, ' ');
    if (masked !== s && !SELF_TOLD.test(masked)) continue;
    for (const c of clauses(masked)) {
      const m = re.exec(c);
      if (m && !HISTORY_DENIED.test(c.slice(0, m.index))) return true;
    }
  }
  return false;
}
// A sentence that tells a worry or a normal result ("scared I had a bleed… endoscopy was normal") tells no history.
const HISTORY_NOT_TOLD =
  /\b(?:scared|worried|afraid|fear|ruled out|was (?:completely )?normal|came back normal|cause|give me)\b|担心|害怕|会不会|是否会|排除|(?:胃镜|检查|结果)(?:都|完全)?正常/iu;

// Blood told with a stool or diarrhoea in the same sentence ("diarrhoea 8 times today, with some blood in it", "拉肚子
// 还带血丝") is a bloody stool, the name the rows read — not when the blood is denied ("没有血", "no blood").
const BLOOD_TOLD = /\bblood(?:y)?\b(?!\s+(?:pressure|sugar|glucose|tests?|work|thinners?|count|levels?|results?))|带血|有血|血丝|见血|出血/giu;
const STOOL_TOLD = /\b(?:diarrh\w*|stools?|poo\w*|runs|bowel movements?|loose motions?)\b|大便|拉肚子|腹泻|拉稀|(?<![小方顺即以随])便/iu;
const DENIED_JUST_BEFORE = /(?:\b(?:no|not|without|never|any)\s+(?:\w+\s+)?|没有?|无|未|不|否认)$/iu;

function bloodyStool(told: string): boolean {
  for (const m of told.matchAll(BLOOD_TOLD)) {
    const at = m.index ?? 0;
    if (DENIED_JUST_BEFORE.test(told.slice(Math.max(0, at - 12), at))) continue;
    const around = told.slice(Math.max(0, at - 40), at + m[0].length + 30).split(/[.;?!。；？！]/u);
    if (around.some((piece) => piece.includes(m[0]) && STOOL_TOLD.test(piece))) return true;
  }
  return false;
}

/**
 * The clinical words of what the asker told in everyday words (pure): each lay ↔ clinical group (knowledge/lay-terms)
 * with a member in the text gives all its members ("high bp" → hypertension, 大便带血 → 便血), and a told bloody stool
 * its name. The row names are read on these as on the text itself.
 */
function clinicalWords(told: string): string {
  const out: string[] = [];
  for (const g of layGroups()) {
    const m = g.told.exec(told);
    if (m && !DENIED_JUST_BEFORE.test(told.slice(Math.max(0, m.index - 12), m.index))) out.push(...g.members);
  }
  if (bloodyStool(told)) out.push('bloody stool', '便血');
  return out.join('，');
}

let groups: { told: RegExp; members: readonly string[] }[] | undefined;
/** Each lay ↔ clinical group as one matcher (English members as whole words), built once. */
function layGroups(): { told: RegExp; members: readonly string[] }[] {
  groups ??= layTermGroups().map((members) => ({
    members,
    told: alt(
      members.map((t) => {
        const esc = escapeRegExp(t);
        return /^[\x00-\x7f]+$/.test(t) ? `\\b${esc}\\b` : esc;
      }),
      'iu',
    ),
  }));
  return groups;
}

/** A sentence that names the harm or makes the use conditional is a caution, not a permission, for a condition row. */
const CONDITION_CAVEAT = /\b(?:if|unless|except|check with|ask your|talk to|caution\w*|careful)\b|如果|如有|若|假如|除非|咨询|慎|告诉医生/iu;
// A condition on the NEED for treatment ("如果需要用药物控制心率，普萘洛尔…是安全的首选", "if you need something for the
// pain, …") makes no caveat of the harm: masked before CONDITION_CAVEAT is read.
const NEED_CONDITION =
  /(?:如果|若|假如)(?:确实|真的)?(?:需要|必须|要)(?:用药|吃药|服药|药物)?[^，。；,;]{0,12}|必要时|\bif\s+(?:you\s+)?(?:really\s+)?(?:need(?:ed)?|necessary|required|want)\b[^,;.]{0,30}/giu;
const caveated = (sentence: string): boolean => CONDITION_CAVEAT.test(sentence.replace(NEED_CONDITION, ' '));

/** A harm denied ("it does not cause drowsiness", "不会影响胎儿") warns of nothing: masked before the warning test. */
const DENIED_HARM =
  /\b(?:does not|doesn't|do not|don't|won't|will not|never|without)\s+(?:\w+\s+)?(?:cause|causing|lead to|trigger|worsen|affect)\w*\b|不会(?:引起|导致|加重|诱发|影响)/giu;

/** A consequence that is what the medicine relieves ("缓解紧张引起的心慌", "eases the tremor caused by adrenaline") is its
 *  benefit, no warning: masked before the chain's WARNED / CONSEQUENCE veto. */
const RELIEVED_CAUSE =
  /(?:缓解|减轻|减少|改善|控制|消除|治疗|止住|对抗)[^，。；,;]{0,8}?(?:引起|导致|造成|诱发)的?|\b(?:relieve|reduce|ease|control|treat|calm|block|counter|prevent)s?\b[^,;.]{0,30}?\b(?:caused|triggered|brought on|made worse)\s+by\b/giu;

/** "A引起的B" names B by its cause: a consequence of A (胃溃疡引起的疼痛), not of the medicine unless A is the medicine. */
const ATTRIBUTIVE_CAUSE = /[^，。；,;]{0,10}?(?:引起|导致|造成|诱发|所致)的(?=\p{Script=Han})/gu;

/** A reason clause at the end of a clause (because / since / 因为 / 由于 …). */
const REASON_TAIL = /\s*(?:\b(?:because|since)\b|\bas (?:it|they|this|these)\b|因为|由于).*$/iu;

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
  const conditionRows = CONDITION_ROWS.filter((r) => r.drug.test(a) && !r.unless?.test(q) && (askerHas(r, present) || askerHadHistory(r, q)));
  if (!rows.length && !pairs.length && !pregnancyDrugs.length && !conditionRows.length) return undefined;
  // A list item's marker is no word: '- give aspirin 300 mg…' is read as the imperative it is.
  const lines = sentences(a).map((line) => line.replace(LIST_MARKER, ''));
  for (const [k, sentence] of lines.entries()) {
    const parts = clauses(sentence).map((raw) => raw.replace(HARMLESS_DRINK, ' '));
    // A contraindicated medicine named in a clause that says nothing of it, recommended by the clauses that continue
    // its topic ("依那普利…降压平稳，对胎儿影响小，是孕期比较推荐的选择") or called an option in its own clause.
    let chained = chainedHazard(parts, sentence, chainRows, own(sentence), conditionRows, lines[k + 1]);
    // A sentence naming no medicine whose subject is a pronoun continues the topic medicine of the sentence before
    // ("Propranolol is a beta-blocker… It is a particularly good option for you because your asthma…").
    const resolved = chained ? undefined : withTopic(lines, k, [...chainRows, ...conditionRows]);
    if (resolved)
      chained = chainedHazard(
        clauses(resolved).map((raw) => raw.replace(HARMLESS_DRINK, ' ')),
        resolved,
        chainRows,
        own(resolved),
        conditionRows,
        lines[k + 1],
      );
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

// A referential pronoun as a subject (not the dummy 'it' of "it's fine to…", "it is important that…").
const PRONOUN_SUBJECT =
  /\b(?:it|they)(?=(?:'s|'re|\s+(?:is|are|was|were|can|could|may|might|will|would|should|works?|helps?|does|doesn't|has|have|blocks?|reduces?|lowers?|calms?|eases?|relieves?))\b)(?!(?:'s|\s+is|\s+was|\s+would be|\s+will be)\s+(?:\w+\s+){0,2}(?:to|that)\b)|(?:它|该药|此药|这(?:个|种|类)药(?:物)?)/iu;

/**
 * Sentence `k` with its pronoun subject replaced by the topic medicine (pure), when the sentence names no row medicine
 * before its pronoun and the sentence just before names exactly one medicine row's drug and no other medicine.
 * Undefined otherwise.
 */
function withTopic(lines: readonly string[], k: number, rows: readonly { drug: RegExp }[]): string | undefined {
  const sentence = lines[k];
  const p = PRONOUN_SUBJECT.exec(sentence);
  if (!rows.length || !p) return undefined;
  // The pronoun must come before any medicine the sentence names ("It is a good option for you…, and propranolol's
  // calming effect…" — the later name is the same topic, checked below).
  const head = sentence.slice(0, p.index);
  if (rows.some((r) => r.drug.test(head)) || findMedicineNames(head).length) return undefined;
  const later = sentence.slice(p.index);
  // Only the sentence just before names the topic: three sentences back, "it" was as often a test or a meal as the
  // medicine (session-32 review).
  const prev = k > 0 ? lines[k - 1] : undefined;
  if (prev === undefined) return undefined;
  const named = rows.map((r) => r.drug.exec(prev)?.[0]).filter((x): x is string => !!x);
  const others = findMedicineNames(prev).filter((n) => !rows.some((r) => r.drug.test(n)));
  if (!named.length || new Set(named.map((n) => n.toLowerCase())).size !== 1 || others.length) return undefined;
  const topic = rows.find((r) => r.drug.test(named[0]));
  if (rows.some((r) => r !== topic && r.drug.test(later) && !r.drug.test(named[0])) || findMedicineNames(later).some((n) => !topic?.drug.test(n)))
    return undefined;
  return `${sentence.slice(0, p.index)}${named[0]}${sentence.slice(p.index + p[0].length)}`;
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
  for (const line of lines)
    for (const c of clauses(line)) if (drug.test(c) && (clauseStance(c.replace(REASON_TAIL, '')) === 'forbid' || WARNED.test(c))) return true;
  const next = lines[k + 1];
  return (
    next !== undefined &&
    findMedicineNames(next).every((n) => drug.test(n)) &&
    clauses(next).some((c) => clauseStance(c) === 'forbid' && SPEAKS_OF_MEDICINE.test(c))
  );
}

// A forbidding clause of the next sentence is about the medicine when it refers to it — a pronoun, a word for a
// medicine or the act of taking one ("Never give it under 12 months", "不要自行停药") — not when it forbids another act
// of its own ("戒烟限酒", "avoid salty food": the regimen's other advice).
const SPEAKS_OF_MEDICINE =
  /\b(?:it|its|them|this|that|these|those|one|medicines?|medications?|drugs?|tablets?|pills?|doses?|dosing|take|taking|give|giving|use|using)\b|它|该药|此药|这(?:个|种|类)?药|药|服用|使用|用|吃|喂/iu;

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
    // A reason told after the act ("…the preferred painkillers in kidney disease because they do not depend on the
    // kidneys") is no prohibition of it: the clause's stance is read without it (stance.ts unchanged).
    const stance = clauseStance(clause.replace(REASON_TAIL, ''));
    if (stance === 'forbid') continue;
    const candidates = [
      ...(stance === 'none' ? rows.filter((r) => r.drug.test(clause) && !r.unless?.test(sentence) && forOwnPerson(r.population, person)) : []),
      ...conditionRows.filter((r) => r.drug.test(clause) && !r.unless?.test(sentence) && !caveated(sentence)),
    ];
    for (const r of candidates) {
      const rest = continuingClauses(parts, i, (p) => r.drug.test(p));
      const chain = [clause, ...rest].join('，');
      const warned = chain
        .replace(DENIED_HARM, ' ')
        .replace(RELIEVED_CAUSE, ' ')
        .replace(ATTRIBUTIVE_CAUSE, (m) => (r.drug.test(m) || SPEAKS_OF_MEDICINE.test(m) ? m : ' '));
      if (WARNED.test(warned) || CONSEQUENCE.test(warned) || TOPICAL.test(chain)) continue;
      if (contrasted(r.drug, sentence, next)) continue;
      if (LATER.test(sentence) || REPLACED.test(clause.slice(0, r.drug.exec(clause)?.index ?? 0))) continue;
      const stances = rest.map((p) => clauseStance(p));
      if (stances.includes('forbid')) continue;
      const at = r.drug.exec(clause)?.index ?? 0;
      if (
        stance === 'permit' ||
        stances.includes('permit') ||
        endorsedAsOption(clause, at) ||
        rest.some((p) => endorsedAsOption(p)) ||
        exemplifiesPermitted(parts, i) ||
        namedAsOption(clause, at) ||
        calledIdeal(clause, at) ||
        rest.some((p) => calledIdeal(p))
      )
        return { kind: 'contraindication', id: r.id, span: trimSpan(sentence) };
    }
  }
  return undefined;
}

// A clause that gives an example of what the clause before it names ("建议首选β受体阻滞剂，比如普萘洛尔或美托洛尔", "…a beta
// blocker, such as propranolol") is recommended when that clause recommends: the member of a recommended class is.
const EXAMPLE_OPEN = /^(?:比如(?:说)?|例如|譬如|诸如|如|像是?|\(?(?:such as|e\.g\.?|eg|for example|for instance|like|including|especially|particularly)\b)/iu;

/** The clause at `i` opens as an example of the clause before it, and that clause permits or calls it an option or ideal. */
function exemplifiesPermitted(parts: readonly string[], i: number): boolean {
  if (i === 0 || !EXAMPLE_OPEN.test(parts[i])) return false;
  const before = parts[i - 1];
  return clauseStance(before) === 'permit' || endorsedAsOption(before) || calledIdeal(before);
}

/** A contrast from the medicine onward in its sentence, or in the next sentence naming no other medicine. */
function contrasted(drug: RegExp, sentence: string, next: string | undefined): boolean {
  const at = drug.exec(sentence)?.index ?? 0;
  if (CONTRAST.test(sentence.slice(at)) || WITHHELD.test(sentence.slice(at))) return true;
  return next !== undefined && (CONTRAST.test(next) || WITHHELD.test(next)) && findMedicineNames(next).every((n) => drug.test(n));
}

export { readAsker };
