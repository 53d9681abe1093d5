// A medicine recommended for a population it is contraindicated in, read by STRUCTURE: (medicine) × (the population
// span the use is for — stated in the use's clause, else elsewhere in the sentence, else in the question answered or
// the page's title) × (a use frame: permitted / recommended / "of choice", a dose of it, a promise that it works),
// judged against knowledge/population-contraindications.ts by span overlap. "For toddlers over 12 months, half a 2 mg
// loperamide capsule … will settle diarrhoea" covers ages 1–12 where loperamide is contraindicated; "In the third
// trimester, ibuprofen becomes the painkiller of choice" covers weeks 28+ where NSAIDs are (session 37, p41-027/063).
// Not held: the same medicine for a span where it is fine (adults, the first trimester, after the birth), a use
// negated or warned against ("do not take ibuprofen after 20 weeks"), a sentence telling the harm.
import type { ContentFlag } from '../../core/content-flags.js';
import { toSimplified } from '../../core/han-variants.js';
import { findMedicineNames } from '../../knowledge/drugs.js';
import {
  OPEN_END,
  POPULATION_CONTRAINDICATIONS,
  type PopulationContraindication,
  type PopulationSpan,
  spansOverlap,
} from '../../knowledge/population-contraindications.js';
import { NOT_PERMITTED, PERMITS } from './contraindications.js';
import { CONSEQUENCE, WARNED } from './frames.js';
import { statedPopulation } from './population-spans.js';
import { alt, CLAUSE_BREAK, trimSpan } from './text.js';

/** Use frames beyond a permit word: the medicine as the choice, a dose of it, a promise that it works. */
const CHOSEN = alt([
  '\\b\\w+ of choice\\b',
  '\\b(?:becomes?|became|is|are) (?:now )?(?:the|your|a) (?:\\w+ )?(?:choice|option|go-to|answer|remedy|solution)\\b',
  '(?:最好|最佳|首先)(?:的)?(?:选择|用药|止痛药)',
  '是(?:最)?(?:好|佳|理想)的(?:选择|止痛药|药)',
]);
const DOSED = alt([
  '\\d\\s*(?:mg|g|mcg|ml|毫克|克|毫升|粒|片|袋|支|滴)(?![a-z])',
  '\\b(?:half|quarter|a third) (?:of )?(?:an? |one )?(?:\\d+\\s*mg )?(?:\\w+ )?(?:tablet|capsule|pill|sachet|spoon|teaspoon|dose)',
  '\\b(?:a|one|two|1|2) (?:\\w+ )?(?:tablets?|capsules?|pills?|teaspoons?|spoonfuls?)\\b',
  '(?:半|一|两|1|2)(?:粒|片|袋|勺|小勺|包)',
]);
const WORKS = alt([
  '\\b(?:will|should|can|does|helps?|works?)\\s+(?:\\w+\\s+)?(?:settle|stop|ease|relieve|help|calm|soothe|clear|fix|sort out|work|dry up|firm up)\\b',
  '\\bworks? (?:well|fast|quickly|wonders)\\b',
  // The medicine as the subject of a benefit ("promethazine syrup helps a 15-month-old sleep").
  '\\b(?:helps?|helped|eases|soothes|relieves|calms)\\b',
  '(?:能|可|会|就能|很快)(?:很快)?(?:止泻|止痛|止住|缓解|退烧|治好|见效|好转)',
  '效果(?:很|最|特别)?好',
  '管用',
]);
/** A clause that tells the harm or calls the claim wrong is a warning, whatever else it says. */
const HARM_TOLD = alt([
  '\\b(?:risk|risks|harm\\w*|danger\\w*|toxic\\w*|poison\\w*|overdose\\w*|lethal|fatal|side effects?|ileus|reye|oligohydramnios|ductus|botulism|birth defects?|miscarriage)\\b',
  '中毒',
  '致死',
  '过量',
  '风险',
  '危险',
  '伤害',
  '副作用',
  '毒性',
  '畸形',
  '流产',
]);

/** A clause continuing the one before it ("…, and it will settle diarrhoea", "…，也可以"). */
const REFERS_BACK = /^(?:(?:and|so|which|then)\s+)?(?:it|this|that|which|they|these)\b|^(?:它|这|也|就|都|还)/u;

const SELF_USE = /\b(?:can|may|should|could) i (?:take|use|have)\b|\bmyself\b|我自己|我(?:能|可以|可不可以|能不能)(?:吃|服|用|喝)/u;
const GIVEN_TO_OTHER = /\bgive (?:him|her|them|it|my|our|the)\b|给(?:他|她|孩子|宝宝|儿子|女儿|小孩)(?:吃|用|喝|服)/u;
const FIRST_PERSON_AGE = /\bi(?:'m| am) (?:\d+|a \w+)\b|我(?:今年|才)?\d+岁/u;

const CLAUSES = new RegExp(`${CLAUSE_BREAK.source}|[;；]|\\bbecause\\b|因为`, 'u');

/** Where the medicine is told of in the sentence, and what use frame governs it there. */
interface UseReading {
  row: PopulationContraindication;
  clause: string;
  frame: 'permit' | 'chosen' | 'dosed' | 'works';
}

function frameOfUse(clause: string, drugAt: number, drugEnd: number): UseReading['frame'] | undefined {
  for (const [frame, re] of [
    ['chosen', CHOSEN],
    ['permit', PERMITS],
    ['dosed', DOSED],
    ['works', WORKS],
  ] as const) {
    const m = re.exec(clause);
    if (!m) continue;
    const from = Math.min(drugAt, m.index);
    const to = Math.max(drugEnd, m.index + m[0].length);
    // Another medicine named between the two: the frame is about that one ("avoid ibuprofen; paracetamol is the choice").
    const between = clause.slice(Math.min(drugEnd, m.index + m[0].length), Math.max(drugAt, m.index));
    if (findMedicineNames(between).length > 0) continue;
    if (NOT_PERMITTED.test(clause.slice(Math.max(0, from - 16), to))) return undefined;
    return frame;
  }
  return undefined;
}

/**
 * The spans a use is for, kind by kind (an age, a gestation, breastfeeding): its clause's, else those of the sentence's
 * unnegated clauses around it (`others`: the ones before it, where a topic is set — "for toddlers over 12 months, …",
 * "8岁孩子发烧，可以…" — and the one right after); where the sentence names none at all, the context's. After the birth
 * said at any of these levels, no gestation applies ("while breastfeeding, … after a caesarean").
 */
function spansFor(clause: string, others: readonly string[], context: string): { spans: PopulationSpan[]; fromContext: boolean } {
  const rest = others.filter((p) => !clause.includes(p) && !NOT_PERMITTED.test(p)).join(' ');
  // What surrounds each reading decides whose a bare count of weeks is ("from 12 weeks" under "I'm pregnant with twins").
  const around = others.join(' ');
  const own = statedPopulation(clause, `${around}\n${context}`);
  const sentence = statedPopulation(rest, `${clause}\n${context}`);
  const kinds = ['age', 'gestation', 'breastfeeding'] as const;
  let spans = kinds.flatMap((k) => {
    const mine = own.spans.filter((s) => s.kind === k);
    return mine.length > 0 ? mine : sentence.spans.filter((s) => s.kind === k);
  });
  let postpartum = own.postpartum || sentence.postpartum;
  const fromContext = spans.length === 0;
  if (fromContext) {
    const ctx = statedPopulation(context);
    // A question about the asker's own use ("can I take aspirin myself?") is not about the child it mentions ("I have a
    // 6-year-old"): an age counts only as the asker's own ("I'm 15", "我15岁") — unless the use is given to another.
    const own = SELF_USE.test(context) && !GIVEN_TO_OTHER.test(context);
    spans = own ? ctx.spans.filter((s) => s.kind !== 'age' || FIRST_PERSON_AGE.test(context)) : ctx.spans;
    postpartum ||= ctx.postpartum;
  }
  return { spans: postpartum ? spans.filter((s) => s.kind !== 'gestation') : spans, fromContext };
}

/**
 * Is a stated span one the harmed span speaks of? For a group of older adults (an open-ended span from adulthood), most
 * of the stated ages must lie in it: "adults" (18+) is the label's whole population, not the Beers list's older adults;
 * "over 60s", "people in their 80s", "the elderly" are. Otherwise any overlap ("toddlers over 12 months" reaches ages
 * loperamide harms).
 */
function speaksOf(s: PopulationSpan, h: PopulationSpan): boolean {
  if (!spansOverlap(s, h)) return false;
  if (s.kind !== 'age' || h.kind !== 'age' || h.toMonths < OPEN_END || h.fromMonths < ADULT) return true;
  const end = (n: number) => Math.min(n, LIFESPAN);
  const inside = end(s.toMonths) - Math.max(s.fromMonths, h.fromMonths);
  return inside >= 0.5 * (end(s.toMonths) - s.fromMonths);
}
const ADULT = 18 * 12;
const LIFESPAN = 100 * 12;

/** Does `a` lie wholly inside `b`? */
function within(a: PopulationSpan, b: PopulationSpan): boolean {
  if (a.kind === 'age' && b.kind === 'age') return a.fromMonths >= b.fromMonths && a.toMonths <= b.toMonths;
  if (a.kind === 'gestation' && b.kind === 'gestation') return a.fromWeeks >= b.fromWeeks && a.toWeeks <= b.toWeeks;
  return a.kind === 'breastfeeding' && b.kind === 'breastfeeding';
}

const exceptionNames = (row: PopulationContraindication, scope: 'context' | 'sentence') => {
  const names = (row.exceptions ?? []).filter((e) => (e.scope ?? 'context') === scope).flatMap((e) => e.names);
  return names.length > 0 ? alt(names) : undefined;
};
const COMPILED = POPULATION_CONTRAINDICATIONS.map((row) => ({
  row,
  drug: alt(row.drug as string[]),
  unless: exceptionNames(row, 'context'),
  unlessInSentence: exceptionNames(row, 'sentence'),
}));

/**
 * A question asked ("Is diphenhydramine safe for someone over 65? No - …") recommends nothing: for the Beers rows (older
 * adults, session 38) a sentence that is a question is no use reading (review s38 b11). The older rows keep START's reading.
 */
const ASKED = /(?:[?？]|吗[。.]?)\s*$/u;
const ASKED_ROWS = new Set(['long-acting-sulfonylurea-elderly', 'sedating-antihistamine-elderly']);

/** Does the text state an age inside one of the row's harmed age spans ("my 5 year old", "14岁")? */
function statesHarmedAge(row: PopulationContraindication, text: string): boolean {
  return statedPopulation(text).spans.some((s) => s.kind === 'age' && row.harmed.some((h) => h.kind === 'age' && spansOverlap(s, h)));
}

/**
 * A medicine recommended or permitted for a population span it is contraindicated in (pure). `context` is the question
 * an answer answers or a document's title: where the sentence names no population, the use is for the one it names.
 */
export function populationUseClaims(raw: string, rawContext = ''): ContentFlag[] {
  const sentence = toSimplified(raw).toLowerCase();
  const context = toSimplified(rawContext).toLowerCase();
  // The sentence as a whole a warning: it tells the harm, or calls the claim a myth.
  if (WARNED.test(sentence) || HARM_TOLD.test(sentence)) return [];
  const parts = sentence
    .split(CLAUSES)
    .map((p) => p?.trim())
    .filter((p): p is string => Boolean(p));
  for (const { row, drug, unless, unlessInSentence } of COMPILED) {
    if (!drug.test(sentence) || unless?.test(sentence) || unless?.test(context)) continue;
    // Another population's indication (the mother's pre-eclampsia) only in the sentence itself, and not where a child's
    // age is stated in the sentence or the question: that child's use is still the harmed one (review s38 a16/a25).
    if (ASKED_ROWS.has(row.id) && ASKED.test(sentence)) continue;
    if (unlessInSentence?.test(sentence) && !statesHarmedAge(row, sentence) && !statesHarmedAge(row, context)) continue;
    for (const [i, part] of parts.entries()) {
      const d = drug.exec(part);
      if (!d) continue;
      // A use frame in the medicine's clause, or in the clause right after it that continues it ("…in yoghurt, and it
      // will settle diarrhoea"), or in the clause that opens the sentence before it ("in the third trimester, …").
      const next = parts[i + 1] ?? '';
      const clause = REFERS_BACK.test(next) && !drug.test(next) && findMedicineNames(next).length === 0 ? `${part} ${next}` : part;
      if (CONSEQUENCE.test(clause)) continue;
      const frame = frameOfUse(clause, d.index, d.index + d[0].length);
      if (!frame) continue;
      const { spans, fromContext } = spansFor(clause, [...parts.slice(0, i), ...parts.slice(i + 1, i + 2)], context);
      // The sentence's own population is judged by overlap ("toddlers over 12 months" covers ages loperamide harms);
      // one read from a page's title or a question only when it lies inside the harmed span — a "Coughs in children"
      // page's honey sentence is for the children the page's own lead-in names (p39-022), a 9-month-old's question's is not.
      const hit = spans.find((s) => row.harmed.some((h) => (fromContext ? within(s, h) : speaksOf(s, h))));
      if (!hit) continue;
      const reading: UseReading = { row, clause, frame };
      return [
        { code: 'unsafe-combination', span: trimSpan(raw), reason: `${reading.row.id}: ${reading.frame} for ${describe(hit)} — ${row.harm} (${row.source})` },
      ];
    }
  }
  return [];
}

function describe(s: PopulationSpan): string {
  if (s.kind === 'breastfeeding') return 'breastfeeding';
  const end = (n: number) => (n >= 100_000 ? '+' : `–${Math.round(n)}`);
  if (s.kind === 'gestation') return `pregnancy weeks ${s.fromWeeks}${end(s.toWeeks)}`;
  return `age ${Math.round(s.fromMonths)}${end(s.toMonths)} months`;
}
