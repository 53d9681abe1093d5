// Where a reply commits by its FORM, whatever the prose around it discusses. The prose readers (letters mentioned,
// the last sentence naming an option's text, the options a stance reader ends asserting) pick an option from where it
// is named; blind replies (extract-ao) commit in one place and then label the distractors they discuss with their
// letters or name them in a frame of their own:
//   "B. Lipase is more specific than amylase (A) … CRP (D) reflects severity"            → the lead label commits to B
//   "… Repeating CT (D) is pointless … So the answer I'd commit to is a lumbar puncture" → the conclusion commits to B
//   "easy one lol — protamine. … idarucizumab is for dabigatran."                       → the bare name commits to D
// A reading from prose that disagrees with such an anchor is two commitments in one reply: no answer (fail closed —
// a miss, never the anchor either: the anchors are read for agreement, not as a reader of their own). Pure.
import { CORRECTION_RE, REJECT_RE } from './answer-lexicon.js';
import { namedOptions, readClauses, type ClauseReading } from './commitment.js';
import { textMentions } from './evidence-reader.js';
import type { LetterContext } from './letter-set.js';
import { contentUnits } from './option-names.js';

export type AnchorKind = 'lead-label' | 'conclusion' | 'bare-name';

export interface Anchor {
  letter: string;
  kind: AnchorKind;
}

/** A line that opens with an option's label: "B. Lipase…", "**B)** Lipase", "(B) Lipase", "B: Lipase". */
const LABEL_LINE_RE = /^\s*(?:[-*•]\s+)?(?:\*\*)?[(（]?([A-J])(?:\*\*)?\s*(?:[.)）:：]|\*\*)\s*(?:\*\*)?\s*(?=\S)/;
/** A sentence that concludes or names its own choice: "So …", "Therefore …", "the one I'd commit to", "所以…", "答案…". */
const CONCLUDES_RE =
  /^(?:so|thus|therefore|hence|overall|in summary|in short|bottom line)\b|\b(?:(?:my|the|final|best|correct|right)\s+answer|commit(?:ting)?\s+to|go(?:ing)?\s+with|i(?:'d| would)\s+(?:pick|choose|select))\b|^(?:综上(?:所述)?|所以|因此|故|总之)|答案|应选|选择/i;
/** A conclusion that leaves a choice open ("So A or B", "either", "或者"). */
const OPEN_RE = /\b(?:or|either)\b|或|还是/i;
/** Words that make a short clause more than a bare name: a question, a hedge, a comparison. */
const NOT_BARE_RE = /[?？]|\b(?:or|maybe|perhaps|probably|possibly|than|vs|versus|unlike|if|not|no)\b|或|还是|可能|比/i;

/**
 * Pure: the one option the reply's first line commits to by an opening label whose option text follows it ("B. Lipase
 * is …") — its letter and its words agree. None when the reply walks through options (another line opens with a label)
 * or the line rejects what it labels ("A. Amylase — no").
 */
function leadLabel(text: string, ctx: LetterContext): string | null {
  if (!ctx.texts) return null;
  const lines = text.split('\n').filter((l) => l.trim());
  if (!lines.length) return null;
  const m = LABEL_LINE_RE.exec(lines[0]);
  if (!m || !ctx.valid.has(m[1])) return null;
  if (lines.slice(1).some((l) => LABEL_LINE_RE.test(l))) return null;
  // A one-line walk ("A. Aspirin is antiplatelet, B. heparin anticoagulant, …"): another option labelled in the line.
  for (const o of lines[0].slice(m[0].length).matchAll(/(?:^|[\s,;，；、])([A-J])[.:：](?=\s)/g)) if (o[1] !== m[1] && ctx.valid.has(o[1])) return null;
  const rest = lines[0].slice(m[0].length);
  const head = rest.split(/[,;:，；：。!?！？]|\s[—–-]\s|\.(?:\s|$)/)[0];
  if (!textMentions(head, ctx.texts, ctx.aliases).includes(m[1])) return null;
  if (REJECT_RE.test(head.replace(ctx.texts.get(m[1]) ?? '', ' ')) && !/\bthan\b|比/.test(head)) return null;
  return m[1];
}

/** Pure: the option the reply's last sentence naming options concludes on, alone and not rejected. */
function conclusion(clauses: readonly ClauseReading[]): string | null {
  const naming = clauses.filter((c) => c.letters.length);
  if (!naming.length) return null;
  const sentence = naming[naming.length - 1].sentence;
  const here = clauses.filter((c) => c.sentence === sentence);
  // What it asserts, one option; what else it names in passing ("ideally ≥12 hours after onset") is set aside or detail.
  const asserted = new Set(here.filter((c) => c.stance > 0).flatMap((c) => c.letters));
  if (asserted.size !== 1 || !CONCLUDES_RE.test(here[0].text) || here.some((c) => OPEN_RE.test(c.text))) return null;
  const [letter] = asserted;
  return here.some((c) => c.stance < 0 && c.letters.includes(letter)) ? null : letter;
}

/**
 * Pure: the option the reply's first sentence gives as a bare name — a clause of at most three words that is only that
 * option's name ("easy one lol — protamine.", "Protamine — it binds heparin"), not a question, not rejected.
 */
function bareName(clauses: readonly ClauseReading[], ctx: LetterContext): string | null {
  const first = clauses.filter((c) => c.sentence === 0);
  // By its name only: a sentence giving a letter ("Go with B.", "My first thought is A (Atropine).") is left to the
  // letter readers, and so is any sentence that negates (故非B也).
  if (!first.length || new Set(first.flatMap((c) => c.letters)).size !== 1 || first.some((c) => c.byLetter.length || REJECT_RE.test(c.text))) return null;
  // The clause closing the first sentence, and nothing but the option's own words ("— protamine."): a subject that a
  // predicate follows ("Warfarin and DOACs both prevent stroke") or a word sharing a stem ("Candidates") is no answer.
  const c = first[first.length - 1];
  const words = c.text.replace(/[.!。！]+$/, '').trim();
  if (c.letters.length !== 1 || c.stance < 0 || NOT_BARE_RE.test(words) || !/[.!。！]$/.test(c.text.trim())) return null;
  if (/[\u4e00-\u9fff]/.test(words) ? words.length > 8 : words.split(/\s+/).length > 3) return null;
  const own = ctx.units?.get(c.letters[0]);
  const said = contentUnits(words);
  if (!own || !said.size || [...said].some((u) => !own.has(u))) return null;
  // A name the reply goes on to reject ("Aspirin. … but it's an antiplatelet."): no commitment.
  if (clauses.some((k) => k.sentence > 0 && k.stance < 0 && (k.letters.includes(c.letters[0]) || !k.letters.length))) return null;
  return namedOptions(words, ctx).includes(c.letters[0]) ? c.letters[0] : null;
}

/** Pure: the reply's anchored commitments (lead label, conclusion, bare name), each with the option it commits to. */
export function replyAnchors(text: string, ctx: LetterContext, clauses: readonly ClauseReading[] = readClauses(text, ctx)): Anchor[] {
  const out: Anchor[] = [];
  const concl = conclusion(clauses);
  if (concl) out.push({ letter: concl, kind: 'conclusion' });
  // An opening is provisional when the reply corrects itself later ("Go with B. Wait, no. C instead.", "On reflection,
  // D."): what it took back is no commitment (the one correction lexicon, CORRECTION_RE).
  CORRECTION_RE.lastIndex = 0;
  if (CORRECTION_RE.test(text)) return out;
  const lead = leadLabel(text, ctx);
  if (lead) out.push({ letter: lead, kind: 'lead-label' });
  const bare = bareName(clauses, ctx);
  if (bare) out.push({ letter: bare, kind: 'bare-name' });
  return out;
}

/** Readings from options merely named in prose: the ones an anchor that disagrees undoes. */
export const ANCHORED_VIA: ReadonlySet<string> = new Set(['prose-letter', 'prose-text', 'mention', 'content', 'asserted']);

/** Pure: a one-answer reading `letter` from prose disagrees with an anchored commitment of the reply. */
export function disagreesWithAnchor(text: string, ctx: LetterContext, letter: string, clauses?: readonly ClauseReading[]): boolean {
  return replyAnchors(text, ctx, clauses).some((a) => a.letter !== letter);
}
