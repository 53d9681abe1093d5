// A rule finding read from a sign the reply DENIES. The triage's rules match their own patterns over the whole case
// text, and some do not see a negation that sits inside or just before the words they match: "嘴唇脸都不肿" (lips and
// face are NOT swollen) matched the anaphylaxis rule's "嘴唇…肿" after a mosquito bite (consult-cases-49 c49-064: an
// 8-year-old's bite, every danger sign denied, ended urgent through "anaphylaxis-signs" lowered by the reader). The sign
// scan's denials are handled by answer-scope.ts; this reader covers every other rule, by the same structural test and
// with the triage itself as the reader, so no rule's word list is copied or widened here:
//
//   a reply's negation cue DENIES a rule's finding when the finding is read with the reply as written, is still read
//   with only the cue deleted (the rule read the same words with or without the negation: it never saw it), and is no
//   longer read once the cue's own span is blanked (the finding came from the words the cue governs).
//
// A negation that is the finding's own wording ("no wet nappies", "没有胎动", "叫不醒") fails the middle test — deleting
// the cue loses the finding — and stays a finding; inability, degree, a sign that does not stop and absent functions
// are no denial cues at all (answer-scope.ts isDenialCue). Fail closed: only rule findings the REPLIES added (not the
// opening's), only when every finding the blanking removes is one a denied span explains, and nothing new appears;
// otherwise the reply is read as written. It never raises, and the opening's level stays the floor (opening-floor.ts).
import { type Cue, denialCuesByClause } from './answer-scope.js';

/** The rule reasons the case's triage reads with this reply text in place of the replies (rules only: no reader). */
export type RulesWith = (reply: string) => ReadonlySet<string>;

interface Span {
  start: number;
  end: number;
}

/** How far a cue's denial reaches: zh up to this many characters after the cue, en this many words. */
const REACH_ZH = 10;
const REACH_EN_WORDS = 6;

/**
 * The words a cue governs, in reply offsets: from the cue to the end of its clause, stopping at a space in Chinese
 * ("没发烧 咳嗽带血": the cough is told, not denied) and within REACH_ZH characters / REACH_EN_WORDS words.
 */
function governedSpan(clause: string, clauseStart: number, cue: Cue, zh: boolean): Span {
  const from = cue.index + cue.text.length;
  const rest = clause.slice(from);
  let len: number;
  if (zh) {
    const space = rest.search(/\s/);
    len = Math.min(space < 0 ? rest.length : space, REACH_ZH);
  } else {
    len = (new RegExp(`^(?:[^\\w']*[\\w']+){0,${REACH_EN_WORDS}}`).exec(rest)?.[0] ?? '').length;
  }
  return { start: clauseStart + cue.index, end: clauseStart + from + len };
}

const blank = (text: string, spans: readonly Span[]): string => {
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
  return out;
};

/** The reply with one cue deleted ("doesn't" → "does", "不肿" → "肿"): the same words, no negation. */
export function withoutCueAt(text: string, at: number, cue: string): string {
  const kept = /n't$/i.test(cue) ? cue.slice(0, -3) : '';
  // A whole English word goes with the space after it ("lips not swelling" → "lips swelling").
  const end = at + cue.length + (kept === '' && /^\w+$/.test(cue) ? (/^ +/.exec(text.slice(at + cue.length))?.[0].length ?? 0) : 0);
  return text.slice(0, at) + kept + text.slice(end);
}

/**
 * The reply with the spans whose denial a rule did not see blanked (same length, so offsets hold), or the reply as
 * written when no rule finding the replies added came from a denied span, or when the blanking would remove anything
 * a denied span does not explain. `rulesWith` reads the whole case with the given reply text; `openingRules` are the
 * opening's own rule reasons (never touched: the opening is the triage's).
 */
/**
 * A copula's negation denies what it is said of: "唔係突然" / "不是突然的" (it was not sudden). answer-scope.ts reads 是/係
 * after 不/唔 as no denial (its gap list has no copula), so this reader has its own: 不是, 并不是, 并非, 唔係/唔系 — not
 * inside a yes-no question (是不是, 係唔係) and not before a degree word (不是很疼, 唔係好痛: some pain, said mildly).
 */
const COPULA_DENIAL_ZH =
  /(?<![是係系])(?:并不是|並不是|不是|并非|並非|唔係|唔系)(?!很|太|特别|特別|非常|好|几|幾|咁|那么|那麼|这么|這麼|多|一般|经常|經常|每)/g;

/** A denial cue in reply offsets (`at`, `text`) with the words it governs (`span`). */
export interface DeniedCue {
  at: number;
  text: string;
  span: Span;
}

/** Every denial cue of a reply (answer-scope.ts isDenialCue, and a copula's negation) with the span it governs. */
export function deniedCues(reply: string): DeniedCue[] {
  const zh = /\p{Script=Han}/u.test(reply);
  return denialCuesByClause(reply).flatMap((c) => {
    const clause = reply.slice(c.start, c.end);
    const copulas = zh ? [...clause.matchAll(COPULA_DENIAL_ZH)].map((m) => ({ index: m.index ?? 0, text: m[0] })) : [];
    // A copula's negation is read here only (a degree after it — 不是很疼 — denies nothing).
    const own = c.cues.filter(
      (q) => !/^(?:不是|唔[係系])/.test(clause.slice(q.index)) && !copulas.some((k) => q.index >= k.index && q.index < k.index + k.text.length),
    );
    return [...own, ...copulas].map((cue) => ({ at: c.start + cue.index, text: cue.text, span: governedSpan(clause, c.start, cue, zh) }));
  });
}

/** Every span a reply's denial cues govern. */
export const deniedSpans = (reply: string): Span[] => deniedCues(reply).map((c) => c.span);

/** The reply with every denied span blanked (same length). */
export const withoutDeniedSpans = (reply: string): string => blank(reply, deniedSpans(reply));

export function withoutDeniedRuleFindings(reply: string, rulesWith: RulesWith, openingRules: ReadonlySet<string>): string {
  const asWritten = rulesWith(reply);
  const added = [...asWritten].filter((r) => !openingRules.has(r));
  if (added.length === 0) return reply;
  const cues = deniedCues(reply);
  if (cues.length === 0) return reply;
  // The findings that need a denied span: gone once every denial cue's span is blanked.
  const bare = rulesWith(
    blank(
      reply,
      cues.map((c) => c.span),
    ),
  );
  const needing = added.filter((r) => !bare.has(r));
  if (needing.length === 0) return reply;
  // Each span read on its own (every other denial span blanked — a sign denied twice, in two replies, is read twice):
  // it explains a finding the rule reads from it as written AND with only its cue deleted.
  const explaining: Span[] = [];
  const explained = new Set<string>();
  cues.forEach((c, i) => {
    const alone = blank(
      reply,
      cues.filter((_, j) => j !== i).map((x) => x.span),
    );
    const written = rulesWith(alone);
    const read = needing.filter((r) => written.has(r));
    if (read.length === 0) return;
    const cueless = rulesWith(withoutCueAt(alone, c.at, c.text));
    const past = read.filter((r) => cueless.has(r));
    if (past.length === 0) return;
    explaining.push(c.span);
    for (const r of past) explained.add(r);
  });
  if (explaining.length === 0) return reply;
  const out = blank(reply, explaining);
  const after = rulesWith(out);
  // Everything the blanking removed must be a finding a denied span explains; nothing may appear that was not read.
  for (const r of asWritten) if (!after.has(r) && !explained.has(r)) return reply;
  for (const r of after) if (!asWritten.has(r)) return reply;
  for (const r of explained) if (after.has(r)) return reply;
  return out;
}
