// The answer permits what is dangerous for the person who asked: a medicine or drink that interacts with one the
// question says they take (alcohol on metronidazole, ibuprofen beside warfarin), or a medicine contraindicated for
// who they are (aspirin for "my 9 year old" with chickenpox, honey for an 8-month-old, a fluoroquinolone at 10 weeks
// pregnant). Three readings joined: the knowledge tables of safety/screening (interactions, contraindications), who
// the question is about (asker.ts) and what each clause of the answer does with the act it names (stance.ts).
// The screening rules read a permission only in the wordings their lists hold and a population only in the answer's
// own sentence; in curation batches 2–15 that left 8 negated alcohol / grapefruit warnings and 10 contraindicated or
// interacting medicines recommended (swapped-drug, negated-advice). Pure.
import { askerClauses, STOPPED, TOPICAL } from '../../safety/screening/answered-permission.js';
import { CONTRAINDICATIONS, type Population } from '../../safety/screening/contraindications.js';
import { INTERACTIONS } from '../../safety/screening/interactions.js';
import { CONTINUES } from '../../safety/screening/lexicon.js';
import { alt, clauses, normalise, sentences, trimSpan } from '../../safety/screening/text.js';
import { type Asker, readAsker } from './asker.js';
import { clauseStance } from './stance.js';

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
  const pairs = SIDES.filter((s) => s.a.test(q) || s.b.test(q));
  const pregnancyDrugs = ROWS.filter((r) => r.population === 'pregnancy' && r.drug.test(q));
  if (!rows.length && !pairs.length && !pregnancyDrugs.length) return undefined;
  // The other side of a combination is one the asker takes now: not a relative's, a stopped one or one denied ("took
  // lithium years ago, stopped", "my husband is on warfarin"; review s23 claims R4/R5).
  const present = askerClauses(q);
  for (const line of sentences(normalise(answer))) {
    // A list item's marker is no word: '- give aspirin 300 mg…' is read as the imperative it is.
    const sentence = line.replace(LIST_MARKER, '');
    for (const raw of clauses(sentence)) {
      const clause = raw.replace(HARMLESS_DRINK, ' ');
      // A medicine on the skin or in the eye is not the systemic use a table row is about (NSAID gel beside warfarin,
      // levofloxacin eye drops in pregnancy).
      const topical = TOPICAL.test(clause);
      const named = topical ? [] : pairs.filter((p) => p.a.test(clause) || p.b.test(clause));
      // A sentence that names its own person by age ("for the 4-year-old, yes: honey…" to a question about a 4-year-old
      // and a baby) is judged for that person.
      const own = readAsker(sentence);
      const drugs = rows.filter((r) => !topical && r.drug.test(clause) && !r.unless?.test(sentence) && (!own.aged || inPopulation(r.population, own)));
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

export { readAsker };
