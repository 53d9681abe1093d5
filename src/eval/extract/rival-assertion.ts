// Whether a reading from prose is the reply's one commitment. The prose readers pick an option from where it is named —
// the last sentence naming an option's text (evidence-reader.ts prose-text), letters mentioned, the options a stance
// reader ends asserting — and blind replies show the same way of going wrong for all of them: the reply asserts its
// answer in one clause ("首選腹部超音波（A）", "PTU is the preferred thionamide", "makes duodenal atresia, the one I'm
// picking, fit …") and then discusses another option in a frame of its own ("HIDA 掃描雖然敏感度最高，但…",
// "propranolol and hydrocortisone are adjuncts"), and the reader credits the one discussed last. A reward for that
// letter rewards the wrong answer.
// So a reading from prose stands only when no OTHER option is asserted: each option's stance is the last non-neutral
// stance a clause takes on it (commitment.ts readClauses — the one reader of clause stances), counting an option named
// by its letter too (the stance reader leaves letters to the letter readers, but a letter in an asserting clause —
// "首選…（A）", "the answer is clearly A territory" — is an assertion all the same). A rival asserted and later set
// aside is no rival. Conditional and concessive clauses hold no stance (commitment.ts). With a rival: no answer (a
// miss, the safe failure), never the rival — which of the two is the answer is exactly what the reply left unsaid.
import { namedOptions, readClauses, type ClauseReading } from './commitment.js';
import type { LetterContext } from './letter-set.js';

/** Readings a reply's prose gave (no answer statement, no layout): the ones a rival assertion undoes. */
export const PROSE_VIA: ReadonlySet<string> = new Set(['prose-text', 'content', 'asserted']);

/**
 * Pure: the options other than `chosen` whose last non-neutral stance in the reply is an assertion, letters included.
 * `clauses`: the reply's readClauses when the caller has them.
 */
export function assertedRivals(
  text: string,
  ctx: LetterContext,
  chosen: readonly string[],
  clauses: readonly ClauseReading[] = readClauses(text, ctx),
): string[] {
  const stance = new Map<string, number>();
  clauses.forEach((c, i) => {
    // A later clause that turns to the chosen option ("But levetiracetam is better") supersedes what came before.
    if (TURN_RE.test(c.text) && c.letters.some((l) => chosen.includes(l))) stance.clear();
    // A clause naming the chosen option is that option's own statement: what else it names is its subject's company
    // ("The vasopressor of choice is norepinephrine" says nothing for vasopressin).
    if (c.letters.some((l) => chosen.includes(l))) return;
    if (c.stance === 0) {
      for (const l of arrowEndpoint(c.text, c.letters, ctx)) stance.set(l, 1);
      return;
    }
    for (const l of c.letters) stance.set(l, asserts(c, clauses[i - 1]) ? c.stance : c.stance < 0 ? -1 : (stance.get(l) ?? 0));
  });
  return [...stance].filter(([l, s]) => s > 0 && !chosen.includes(l) && ctx.valid.has(l)).map(([l]) => l);
}

/**
 * Pure: the options a chain of arrows lands on — named after its last arrow, with an arrow before them ("SIADH →
 * paraneoplastic → small cell"): where telegraphic reasoning ends is what it concludes, marker or none.
 */
function arrowEndpoint(text: string, letters: readonly string[], ctx: LetterContext): string[] {
  const at = Math.max(text.lastIndexOf('→'), text.lastIndexOf('=>'), text.lastIndexOf('⇒'));
  if (at < 0) return [];
  const end = text.slice(at);
  return letters.filter((l) => namedOptions(end, ctx).includes(l));
}

/** A sentence or clause that opens by turning against what came before. */
const TURN_RE = /^(?:but|however|yet|actually)\b|^(?:但是?|不过|然而|其实)/i;
/** A comparison names its object as the standard, not as the choice ("它比糖皮质激素起效快", "faster than phenytoin"). */
const COMPARED_RE = /\bthan\b|比/i;

/**
 * Pure: the clause asserts the options it names — by its own marker, or as the bare letter label of the clause before it
 * ("首選腹部超音波（A）") — never one it names only as an item of a list or as what it is compared with (an inherited
 * stance: "Lorazepam is first-line, which phenytoin and valproate are not").
 */
function asserts(c: ClauseReading, before: ClauseReading | undefined): boolean {
  if (COMPARED_RE.test(c.text)) return false;
  if (!c.inherited) return true;
  const label = c.letters.length === 1 && c.byLetter.length === 1 && c.text.replace(/[^A-Za-z]/g, '').length <= 1;
  return label && before !== undefined && before.sentence === c.sentence && !before.inherited;
}
