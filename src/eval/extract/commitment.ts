// A clause-level reader of commitment, for replies that give their answer by what it is rather than by its letter
// ("avoid observation and start ceftriaxone", "不要观察，而应该立即溶栓", "Don't wait for a chest X-ray … Decompress now",
// "Cross off E … That leaves the ultrasound"). Session 9's misses were of this kind: every phrase list added for them
// failed on the next blind batch, because the answer is not in a phrase but in the reply's stance towards each option.
// So the reader takes stances, not phrases: the reply is cut into clauses; every clause names options (by letter, by
// their own text or aliases, or by content units only that option has) and takes a polarity from a small closed set of
// grammatical markers — rejection (not, avoid, skip, rather than, 不要, 别, 而非 …) or assertion (should, give, start,
// best, 首选, 应, 而是 …); an unmarked clause takes the polarity of the nearest marked clause of its sentence, so a list
// after "What you should do:" or before "… are only for stable women" shares it. Each option's stance is the last
// non-neutral stance the reply takes on it. The answer is the set of options it ends asserting (one, on a single-answer
// item); failing that, the one option the closing paragraph names when every other option the reply names is rejected
// (elimination) — if the reply lands on it: named last, after any recommendation of an alternative to the options
// (care-kinds.ts: not an addition, not the option in other words), or, left unnamed, called the remaining one or
// recommended in other words. Doubt or an open choice in the closing paragraph is no answer. Pure.
import { ASSERT_RE, DOUBT_RE, NEGATED_CONDITION_RE, OPEN_DOUBT_RE, REJECT_RE } from './answer-lexicon.js';
import { writerDoubtsCertainty } from './modal-reading.js';
import { letterMentions, textMentions } from './evidence-reader.js';
import type { LetterContext } from './letter-set.js';
import { ADDITION_RE, blankCare, careReading, paraphrases } from './care-kinds.js';
import { contentUnits, dropsNegation, unitsSaid } from './option-names.js';

export type Stance = 1 | -1 | 0;

export interface ClauseReading {
  text: string;
  /** Index of the sentence the clause is in. */
  sentence: number;
  paragraph: number;
  letters: string[];
  /** The options named by their letter (a subset of letters). */
  byLetter: string[];
  stance: Stance;
  /** The stance is the sentence's, not the clause's own (an item of a list after "should" or "So:"). */
  inherited: boolean;
}

export interface Commitment {
  value: string;
  how: 'asserted' | 'eliminated';
}

// A comparison, a partitive or a condition sets nothing aside by itself: "anything other than magnesium sulfate" and
// "nothing beats magnesium sulfate" assert it, "out of what you listed it's option C" chooses C, "Without alteplase, the
// deficit will persist" argues for it. ("rather than X" does reject X.)
const COMPARISON_RE = /(?<!\brather\s)\bthan\b|\bout of\b|\b(?:nothing|none|no\s+\w+)\s+(?:beats?|tops?|compares?|comes?\s+close)\b|^\s*without\b/gi;

/**
 * Pure: the options the reply names only to reject them — every clause naming the option rejects it by its own marker
 * (the one reader of rejection, markerOf; none inherited from a neighbour, none a comparison): "Avoid lisinopril.",
 * "Rule out A.", "也别灌肠". An option named once without a rejection is not among them.
 */
export function rejectedOnly(clauses: readonly ClauseReading[]): Set<string> {
  const named = new Set(clauses.flatMap((c) => c.letters));
  const rejects = (c: ClauseReading) => c.stance < 0 && !c.inherited && REJECT_RE.test(blankCare(c.text.replace(COMPARISON_RE, ' ')));
  return new Set([...named].filter((l) => clauses.every((c) => !c.letters.includes(l) || rejects(c))));
}

/** Pure: each named option's last non-neutral stance in the reply. */
function finalStances(clauses: readonly ClauseReading[]): Map<string, Stance> {
  const stance = new Map<string, Stance>();
  // A letter is read by the statement and evidence readers; here it can only set an option aside ("Cross off E —").
  for (const c of clauses) for (const l of c.letters) if (c.stance < 0 || (c.stance > 0 && !c.byLetter.includes(l))) stance.set(l, c.stance);
  return stance;
}

// Global forms for finding every marker (compiled once: markerOf runs per clause, lastOffListRecommendation per clause).
const REJECT_ALL_RE = new RegExp(REJECT_RE.source, 'gi');
const ASSERT_ALL_RE = new RegExp(ASSERT_RE.source, 'gi');
// A concession or a condition holds no stance of its own and lends none ("Although PCV has shifted …", "如果…").
const CONCESSIVE_RE = /^(?:while|although|though|even though|whereas|if|unless|虽然|尽管|如果|若|假如)\b/i;

// Clause boundaries: punctuation, dashes, brackets, and the words that open a new stance ("and start", "rather than", "而是").
export const CLAUSE_SPLIT_RE =
  /[,;:，；：、()（）]|\s[—–-]\s|—|(?=\s(?:and|but|rather than|instead of|then|so|plus)\b)|(?<!\brather)(?=\sthan\b)|(?=而是|而应|而非|而不是|但是|但|不过|然后|同时)/i;
const SENTENCE_SPLIT_RE = /(?<=[.!?])(?=\s|[^\x00-\x7F])|(?<=[。！？])/;

/** Options a clause names: labelled letters, the option's own text or aliases, or content units no other option has. */
export function namedOptions(clause: string, ctx: LetterContext, min = 2): string[] {
  const out = new Set<string>([...letterMentions(clause, ctx.valid).map((m) => m.letter), ...textMentions(clause, ctx.texts, ctx.aliases)]);
  if (ctx.units) {
    const said = contentUnits(clause);
    // A terminology name counts only said whole (option-names.ts unitsSaid).
    const units = unitsSaid(said, ctx.units, ctx.names);
    const scored: [string, number][] = [];
    for (const [letter, own] of units) {
      let score = 0;
      for (const u of own) {
        if (!said.has(u)) continue;
        if ([...units].some(([l, o]) => l !== letter && o.has(u))) continue;
        score += /[a-z0-9]/.test(u) ? 2 : 1;
      }
      // "抗栓治疗" does not name "无需抗栓治疗": a phrase without the option's negating head names its opposite.
      const raw = ctx.raw?.get(letter) ?? '';
      if (score >= min && !dropsNegation(clause, raw) && !otherModifier(clause, raw) && !otherWordBefore(clause, letter, ctx)) scored.push([letter, score]);
    }
    // By content, the option the clause says most of ("physiological neonatal jaundice" is Physiological jaundice, not
    // Neonatal hepatitis, though both have a word in it).
    const top = Math.max(0, ...scored.map(([, x]) => x));
    for (const [letter, score] of scored) if (score === top) out.add(letter);
  }
  return [...out];
}

/**
 * Pure: the clause says the option's Chinese head with another modifier before it — another thing ("氯解磷定" is not
 * "碘解磷定", "慢性胰腺炎" is not "急性胰腺炎"): Chinese puts the head last, so the option's last characters found in the
 * clause after a different Han character name something else.
 */
function otherModifier(clause: string, option: string): boolean {
  const han = option.replace(/[(（][^()（）]*[)）]/g, '').replace(/[^\u4e00-\u9fff]/g, '');
  for (let n = han.length - 1; n >= 2; n--) {
    const head = han.slice(-n);
    const at = clause.indexOf(head);
    if (at < 0) continue;
    const before = clause[at - 1] ?? '';
    return /[\u4e00-\u9fff]/.test(before) && before !== han[han.length - n - 1];
  }
  return false;
}

/**
 * Pure: the clause says only part of the option's English words, and one of them comes right after a word that another
 * option puts before a head this option lacks — the clause names another thing of that name ("oral vancomycin" when the
 * options are "Intravenous vancomycin" and "Oral clindamycin": the route the reply chose is not this option's). A clause
 * saying all the option's words ("physiological neonatal jaundice" of "Physiological jaundice") names it.
 */
function otherWordBefore(clause: string, letter: string, ctx: LetterContext): boolean {
  const words = (t: string): string[] => t.toLowerCase().match(/[a-z][a-z0-9]*/g) ?? [];
  const own = new Set(words(ctx.raw?.get(letter) ?? ''));
  const said = words(clause);
  if ([...own].filter((w) => w.length >= 4).every((w) => said.includes(w))) return false;
  const modifiers = new Set<string>();
  for (const [l, t] of ctx.raw ?? []) {
    if (l === letter) continue;
    const ws = words(t);
    ws.forEach((w, i) => {
      if (i + 1 < ws.length && !own.has(w) && !own.has(ws[i + 1]) && ws[i + 1].length >= 4) modifiers.add(w);
    });
  }
  return said.some((w, i) => i > 0 && own.has(w) && w.length >= 4 && modifiers.has(said[i - 1]));
}

/** A clause that opens the reply's conclusion ("So: IM adrenaline to the thigh", "所以诊断：急性前壁心梗", "Verdict: …"). */
const CONCLUSION_RE = /^(?:so|thus|therefore|hence|overall|in short|in summary|answer|verdict|bottom line|所以|因此|故|综上|结论|答)/i;
const CONTRAST_RE = /^(?:but|however|yet)\b|^(?:但是?|不过|然而)/i;

/** What a condition governs is no stance of the clause ("… if injection isn't feasible", "如果…"). */
const CONDITION_RE = /\b(?:if|unless|when|whether)\b|如果|假如|若/i;

/**
 * A clause's own stance. Markers inside an option's own words are that option's content, not a stance ("Left atrial
 * appendage occlusion as first line", "首选治疗一律为放疗", "无需抗栓治疗"); what follows a condition is not asserted.
 */
function markerOf(clause: string, namedTexts: readonly string[], closing: boolean): Stance {
  const c = clause.split(CONDITION_RE)[0].toLowerCase();
  // …nor are markers inside a care concept's words ("let the pus out" is drainage).
  const live = (re: RegExp, text = c) => [...text.matchAll(re)].some((m) => !namedTexts.some((t) => t.includes(m[0].toLowerCase())));
  // A conclusion opener asserts only in the reply's last paragraph: "So the immobility matters here." before more
  // reasoning is a step.
  return live(REJECT_ALL_RE, blankCare(c)) ? -1 : live(ASSERT_ALL_RE) || (closing && CONCLUSION_RE.test(c)) ? 1 : 0;
}

/**
 * Pure: a clause's own stance by the reader's markers (markers inside the options it names are their content) — the one
 * reader of rejection: the closing-reference reader asks it of its closing statement and of what "all except …" says of
 * the rest, the statement readers of what follows an answer's letters.
 */
export function clauseStance(clause: string, ctx: LetterContext): Stance {
  if (CONCESSIVE_RE.test(clause.trim())) return 0;
  return markerOf(
    clause,
    namedOptions(clause, ctx).map((l) => ctx.raw?.get(l)?.toLowerCase() ?? ''),
    true,
  );
}

/**
 * Pure: the clauses of a reply with the options each names and its stance. A caller asking rejectedAmong and
 * readCommitment about one reply (final-answer.ts) reads them once and passes them to both.
 */
export function readClauses(text: string, ctx: LetterContext): readonly ClauseReading[] {
  const out: ClauseReading[] = [];
  let sentence = 0;
  let paragraph = 0;
  const body = text.trimEnd();
  const lastParagraph = body.split('\n').filter((l) => !l.trim()).length;
  for (const line of body.split('\n')) {
    if (!line.trim()) {
      paragraph++;
      continue;
    }
    for (const s of line.split(SENTENCE_SPLIT_RE)) {
      if (!s.trim()) continue;
      // Bracketed asides are clauses of their own, marked as such: "(procainamide)" names what the clause before it
      // chose; "(no contraindication to anticoag)" is a reason, not a stance on an option.
      const parts = s
        .split(/([(（][^()（）]*[)）])/)
        .flatMap((p) => (/^[(（]/.test(p) ? [{ text: p.slice(1, -1), aside: true }] : p.split(CLAUSE_SPLIT_RE).map((c) => ({ text: c ?? '', aside: false }))));
      const clauses = parts.map((p) => ({ ...p, text: p.text.trim() })).filter((p) => p.text);
      const concessive = clauses.map((c) => CONCESSIVE_RE.test(c.text));
      const named = clauses.map((c) => namedOptions(c.text, ctx));
      const own = clauses.map((c, i) =>
        concessive[i]
          ? 0
          : markerOf(
              c.text,
              named[i].map((l) => ctx.raw?.get(l)?.toLowerCase() ?? ''),
              paragraph === lastParagraph,
            ),
      );
      clauses.forEach((c, i) => {
        let stance: Stance = c.aside ? 0 : own[i];
        if (c.aside && own[i] === 0) stance = own.slice(0, i).findLast((x, j) => x !== 0 && !clauses[j].aside) ?? 0;
        else if (!c.aside && stance === 0 && !concessive[i]) {
          // An unmarked clause shares an assertion made before it in its sentence ("What you should do: draw cultures,
          // give dexamethasone, and start ceftriaxone") — never a rejection: what follows "avoid X" or "rather than X" is
          // the alternative; a bare noun phrase shares a rejection after it ("Methotrexate, serial hCGs or a
          // watch-and-wait approach are only for stable women").
          stance = own.slice(0, i).some((x, j) => x === 1 && !clauses[j].aside) ? 1 : 0;
          if (stance === 0 && c.text.split(/\s+/).length <= 3) stance = own.slice(i + 1).find((x) => x !== 0) === -1 ? -1 : 0;
        }
        // "HIDA is the most accurate but is second-line", "One might think of A, but B is the answer": a contrast that
        // names nothing passes its stance back to what the sentence named before it; one that names options cancels
        // the assertions before it.
        // "Anti-GBM is Goodpasture — wrong demographic", "阿托品：拮抗M样症状 → 排除": a verdict that names nothing is
        // the verdict on what its sentence named without one.
        if (own[i] !== 0 && !named[i].length && !c.aside) for (const prev of out.filter((x) => x.sentence === sentence && x.stance === 0)) prev.stance = own[i];
        if (CONTRAST_RE.test(c.text) && own[i] !== 0)
          for (const prev of out.filter((x) => x.sentence === sentence)) {
            if (!named[i].length) prev.stance = own[i];
            else if (prev.stance > 0) prev.stance = 0;
          }
        out.push({
          text: c.text,
          sentence,
          paragraph,
          letters: named[i],
          byLetter: letterMentions(c.text, ctx.valid).map((m) => m.letter),
          stance,
          inherited: stance !== own[i],
        });
      });
      sentence++;
    }
  }
  return out;
}

const key = (letters: Iterable<string>) => [...new Set(letters)].sort().join('');
/** The reply declines to choose, or leaves its answer field empty: its stances are discussion, not an answer. */
const NO_ANSWER_RE =
  /\b(?:no (?:single |one )?(?:correct |right |best )?answer|none of (?:these|the options)|poorly (?:constructed|written|worded)|force one|(?:cannot|can't|won't) (?:choose|answer|pick|commit))\b|["']?(?:answer|答案)["']?\s*[:：]\s*(?:null|""|none\b)|无法(?:选择|确定|作答)|不足以确定|都不对|均不正确|没有正确/i;
const OPEN_CHOICE_RE = /\b(?:either|or)\b|或者|还是|或/i;

/**
 * Pure: of a set of options read together, those a sentence naming two or more of them rejects ("avoid observation and
 * start ceftriaxone" names Observation and rejects it). Only such a sentence: a rejection elsewhere may be about something
 * else ("… and pheochromocytoma should always be excluded before surgery").
 */
export function rejectedAmong(clauses: readonly ClauseReading[], letters: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const n of new Set(clauses.map((c) => c.sentence))) {
    const here = clauses.filter((c) => c.sentence === n);
    const named = new Set(here.flatMap((c) => c.letters).filter((l) => letters.includes(l)));
    if (named.size < 2) continue;
    for (const c of here) if (c.stance < 0) for (const l of c.letters) if (named.has(l)) out.add(l);
  }
  return out;
}

/** A recommendation that names no option: "needs", "requires", "is indicated" as well as the assertion markers. */
const NEED_RE = /\b(?:needs?|requires?|warrants?|(?:is|are) indicated|calls? for|deserves?)\b|需要|需行|需予|应予|宜行|宜用/i;
/** Words of a recommendation that say nothing of what is recommended. */
const EMPTY_UNITS = new Set(['but', 'however', 'you', 'she', 'her', 'him', 'his', 'patien', 'remain', 'left', 'leave', 'elimin', 'proces', 'thing', 'now']);
/** The reply says the one remaining option is its answer. */
const REMAINDER_RE =
  /\b(?:that leaves|which leaves|leaves (?:us with|only)|left (?:with|over)|what'?s left|(?:the )?(?:one |only |last )?remaining (?:one|option|choice|answer)|the (?:only|last) (?:one|option|choice) (?:left|standing)|(?:only\s+)?(?:one|a\s+single) (?:option|choice|answer) (?:remains|is left)|by (?:process of )?elimination)\b|剩下的|剩余的|只剩|排除法/i;

const NEED_ALL_RE = new RegExp(NEED_RE.source, 'gi');
const REMAINDER_ALL_RE = new RegExp(REMAINDER_RE.source, 'gi');

/** A clause that recommends: asserting or saying what the patient needs, not rejecting, not conceded, before any condition. */
function recommends(c: ClauseReading): string | null {
  if (CONCESSIVE_RE.test(c.text)) return null;
  const t = c.text.split(CONDITION_RE)[0];
  // A care concept's own words are no stance: "let the pus out" is drainage, not a rejection.
  return REJECT_RE.test(blankCare(t)) || !(ASSERT_RE.test(t) || NEED_RE.test(t)) ? null : t;
}

// The care kinds of an item's options, read once per option set (landsOn asks for every option left).
const kindsCache = new Map<string, ReadonlySet<string>>();
function careKindsOf(texts: readonly string[]): ReadonlySet<string> {
  const k = texts.join('\u0000');
  let kinds = kindsCache.get(k);
  if (!kinds) {
    kinds = new Set(texts.flatMap((t) => [...careReading(t).kinds]));
    if (kindsCache.size > 1000) kindsCache.clear();
    kindsCache.set(k, kinds);
  }
  return kinds;
}

/**
 * Pure: the index of the last clause that recommends something instead of the options — a clause asserting or saying
 * what the patient needs, in a sentence naming no option, that has content of its own ("The patient needs IV
 * flucloxacillin and admission", "应予静脉抗生素") — or -1. "So:", "That leaves the one remaining option" have no content
 * of their own. Only an alternative counts: not what is given on top of the answer ("The patient also needs analgesia",
 * "另外还需要…" — an addition marker in the clause or before it in its sentence), not the option left said in other
 * words (`remaining`: "He needs an operation to let the pus out" of "Urgent surgical drainage"), and not care of a kind
 * no option is (admission when the options are drugs and procedures) — a kind is read by care-kinds.ts; a recommendation
 * of no kind it knows stays an alternative.
 */
function lastOffListRecommendation(clauses: readonly ClauseReading[], ctx?: LetterContext, remaining?: string): number {
  const naming = new Set(clauses.filter((c) => c.letters.length).map((c) => c.sentence));
  const options = [...(ctx?.raw ?? new Map<string, string>())];
  const optionKinds = careKindsOf(options.map(([, t]) => t));
  const left = remaining ? ctx?.raw?.get(remaining) : undefined;
  const others = options.filter(([l]) => l !== remaining).map(([, t]) => t);
  return clauses.findLastIndex((c, i) => {
    // In a sentence that names an option, only a contrast recommends something else ("Co-amoxiclav is tempting, but the
    // patient needs IV flucloxacillin"); another clause is a step of the named option's own ("Reassure the parents, fluids").
    if (c.letters.length || (naming.has(c.sentence) && !CONTRAST_RE.test(c.text))) return false;
    const t = recommends(c);
    if (t === null) return false;
    const rest = t
      .replace(ASSERT_ALL_RE, ' ')
      .replace(NEED_ALL_RE, ' ')
      .replace(REMAINDER_ALL_RE, ' ')
      .replace(/那个|这个|那项|这项|答案|选项|唯一|最后|一个|就|的|了|即|是/g, ' ');
    if (![...contentUnits(rest)].some((u) => !EMPTY_UNITS.has(u))) return false;
    const upTo = clauses.slice(0, i + 1).filter((x) => x.sentence === c.sentence);
    if (upTo.some((x) => ADDITION_RE.test(x.text))) return false;
    if (left && paraphrases(t, left, others)) return false;
    const kinds = careReading(t).kinds;
    return !kinds.size || !optionKinds.size || [...kinds].some((k) => optionKinds.has(k));
  });
}

/** Pure: the options a reply commits to by its stances (see the file comment), or null. `all`: the reply's readClauses. */
export function readCommitment(text: string, ctx: LetterContext, multi?: boolean, all: readonly ClauseReading[] = readClauses(text, ctx)): Commitment | null {
  // A multi-answer list with an item that names no option ("the immobility, the pregnant state and the dehydration")
  // is not read in part.
  if (multi === true && all.some((c) => c.inherited && c.stance > 0 && !c.letters.length && c.text.split(/\s+/).length <= 5)) return null;
  const clauses = all.filter((c) => c.letters.length);
  if (!clauses.length) return null;
  const closing = clauses[clauses.length - 1].paragraph;
  const closingText = text.split(/\n\s*\n/).slice(-1)[0] ?? '';
  if (
    DOUBT_RE.test(closingText) ||
    writerDoubtsCertainty(closingText) ||
    OPEN_DOUBT_RE.test(closingText) ||
    NO_ANSWER_RE.test(text) ||
    /[?？]\s*$/.test(text.trimEnd())
  )
    return null;
  // Two options asserted as alternatives in one clause ("B or C") are an open choice, not an answer.
  if (multi !== true && clauses.some((c) => c.stance > 0 && c.letters.length >= 2 && OPEN_CHOICE_RE.test(c.text))) return null;
  // An either/or under a condition that denies one option ("不是肾上腺素的话，就是糖皮质激素", "if not A, B"): the other
  // option, asserted in the same sentence, is the second arm, not an answer (NEGATED_CONDITION_RE, as evidence-reader.ts).
  if (
    multi !== true &&
    clauses.some(
      (c, i) =>
        NEGATED_CONDITION_RE.test(c.text) &&
        clauses.slice(i + 1).some((d) => d.sentence === c.sentence && d.stance > 0 && d.letters.some((l) => !c.letters.includes(l))),
    )
  )
    return null;
  const stance = finalStances(clauses);
  const asserted = [...stance].filter(([, s]) => s > 0).map(([l]) => l);
  if (asserted.length && (multi === true || asserted.length === 1)) return { value: key(asserted), how: 'asserted' };
  if (asserted.length) return null;
  // Elimination: the closing paragraph names one option without a stance and every other option named is rejected.
  // (the reply's last paragraph: an elimination that ends on something else has not said what is left)
  // Setting options aside says what the answer is not; the one left is the reply's answer only if the reply lands on it.
  // It does not when the reply's last recommendation names no option ("Not watchful waiting, not mupirocin … The patient
  // needs IV flucloxacillin"): its answer is not on the list.
  const last = text
    .trimEnd()
    .split('\n')
    .filter((l) => !l.trim()).length;
  if (closing !== last) return null;
  const inClosing = new Set(clauses.filter((c) => c.paragraph === closing).flatMap((c) => c.letters));
  const rejected = [...stance].filter(([, s]) => s < 0).map(([l]) => l);
  const open = [...inClosing].filter((l) => !rejected.includes(l));
  const landsOn = (l: string) => all.findLastIndex((c) => c.letters.includes(l)) > lastOffListRecommendation(all, ctx, l);
  if (open.length === 1 && rejected.length >= 2) return landsOn(open[0]) ? { value: open[0], how: 'eliminated' } : null;
  // Every option but one set aside, and the remaining one left unnamed: only a reply that says the remaining one is its
  // answer ("That leaves the one remaining option", "剩下的那个") or recommends it in other words ("He needs to go to
  // theatre today" of "Urgent surgical drainage") chose it; "Not A. Not E. Not D. Not B." chose nothing.
  const left = [...ctx.valid].filter((l) => !rejected.includes(l));
  if (multi !== true && left.length === 1 && rejected.length >= 3 && !open.length) {
    const lastRejection = all.findLastIndex((c) => c.stance < 0);
    const raw = ctx.raw?.get(left[0]);
    const others = [...(ctx.raw ?? [])].filter(([l]) => l !== left[0]).map(([, t]) => t);
    const landing = all.findLastIndex((c, i) => {
      if (i <= lastRejection || c.letters.length) return false;
      if (REMAINDER_RE.test(c.text)) return !REJECT_RE.test(blankCare(c.text));
      const t = recommends(c);
      return t !== null && raw !== undefined && paraphrases(t, raw, others);
    });
    if (landing >= 0 && landing > lastOffListRecommendation(all, ctx, left[0])) return { value: left[0], how: 'eliminated' };
  }
  return null;
}
