// A reply to a question turn ANSWERS the questions: most of its clauses say a sign is absent ("眼睛没有闪光，看东西清楚",
// "有点咳，呼吸不快，没有喘", "no chest pain or fainting"). The case's triage reads the reply as free text, and where its
// sign scan misses a denial's scope ("呼吸不快" read as breathlessness, "眼睛没有闪光" as flashing lights) a denied sign
// raised the consultation (consult-cases-45 c45-006: a 32-week pregnancy's "没有闪光" made pre-eclampsia an emergency;
// c45-018: a 3-year-old's "呼吸不快" made the fever urgent). This reader finds, in the reply only, each sign the scan
// read as present whose clause negates it, and blanks that span before the triage reads the reply.
//
// The structural test, not a word list: a negation cue DENIES a sign when the sign is still read with the cue deleted
// ("眼睛没有闪光" → "眼睛闪光": still flashing lights). When the sign is no longer read without the cue, the negation is
// part of the sign's own wording — an absent function ("没有胎动", "no wet nappies", "not breathing", "叫不醒") — and
// stays a finding. Constructions where the cue does not deny the sign are never read as denials: inability ("喘不上气",
// "can't catch my breath", "看不清"), a sign that does not stop or improve ("不停地吐", "hasn't stopped bleeding", "no
// better"), uncertainty ("不知道有没有发烧", "not sure", "don't think"), degree ("不太清楚", "不怎么疼", "出血不少", "not
// very well"), comparison ("不如死了") and "not only"; a sign whose own words hold such a negation is kept whole. Only the
// replies are read this way: the opening is the triage's, and the opening's level stays the floor (opening-floor.ts).
import { toSimplified } from '../core/han-variants.js';
import { findSigns, type SignHit } from '../safety/triage/sign-scan.js';

/** A clause ends at punctuation or a contrast ("没有发烧，但是喘得厉害", "no fever but breathless at rest"). */
const CLAUSE_BREAK_ZH = /[，,。;；!！?？\n、]|但是|但|可是|不过|就是|只是|除了|然后|而且/g;
const CLAUSE_BREAK_EN = /[,;!?\n]|(?<!\d)\.(?!\d)|\b(?:but|though|although|except|apart from|only|just|and|so|because|while|when|which|since|then|yet)\b/gi;

/** Negation cues. zh: 没有/没/不/无/未, and Cantonese 冇 (= 没有) and 唔 (= 不) (zh-TW 沒/無 are read folded to 没/无,
 *  see deniedReading); en: no, not, never, without, none, nor, and n't of a verb that is no modal. */
const CUE_ZH = /没有|没|冇|不|唔|无|未/g;
const CUE_EN = /\b(?:no|not|never|without|none|nor)\b|\b(?:does|did|is|was|has|have|had|do|are|were)n't\b/gi;

/** After the cue, the words that make it something other than a denial of the sign that follows. */
const NOT_DENIAL_AFTER_ZH =
  /^(?:[上出下动醒住了起过进来去着清到开完法稳实落埋郁嚟返番晒够使知係系好]|办法|停|止|断|退|见好|好转|缓解|消|减轻|管用|用|能|会|行|知道|清楚|确定|记得|晓得|太|很|那么|怎么|仅|光|止|只|如|得|少|小|轻|低)/;
/**
 * Review s40 (S1): a negation followed by an absent function is the FINDING, not a denial — "叫了没反应", "没有知觉",
 * "没呼吸", "没气了", "没脉", "没尿" (a sign pattern that accepts the negation inside it would otherwise call it denied).
 * 呼吸/气 that head a symptom ("没有呼吸困难", "没有气促") stay denials.
 */
const ABSENT_FUNCTION_AFTER_ZH = /^(?:反应|回应|应|知觉|意识|呼吸(?![困急快费短难])|气(?![促短急喘])|脉|尿|动|郁|声|出声)/;
/** Inability (无法, 没法) and the yes-no question forms (有没有, Cantonese 有冇, 是不是, 係唔係, 会唔会): "唔知有冇发烧" asks. */
const NOT_DENIAL_BEFORE_ZH = /(?:无法|没法|没办法|有没有?|有冇|是不是|係唔係|系唔系|会不会|会唔会|可不可以|可唔可以)$/;
const NOT_DENIAL_AFTER_EN =
  /^\s*(?:stop\w*|end\w*|eas\w*|settl\w*|go(?:ing|ne)? (?:away|down)|com\w* down|improv\w*|better|help\w*|work\w*|subsid\w*|resolv\w*|sure|think|thought|know\w*|knew|remember\w*|certain|able|very|that|too|so|much|only|just|long(?:er)?|responding|responsive|waking|moving|eating|drinking|feeding|passing|peeing|weeing)\b/i;
/** Review s40 (S1): the en absent functions after the cue ("not responding", "didn't wake", "no wet nappy", "no pulse"). */
const ABSENT_FUNCTION_AFTER_EN = /^\s*(?:respond\w*|react\w*|wak\w*|wok\w*|mov\w*|kick\w*|breath(?:e|es|ed|ing)?|pulse|pee\w*|wee\w*|wet)\b/i;

/**
 * Review s40 (S1): signs that name who the person is (a child, a baby, a pregnancy), not a danger: a cue never "denies"
 * them — "I haven't felt the baby move" read child@"the baby" as denied and blanked the fetal-movement finding with it.
 */
const CONTEXT_SIGNS: ReadonlySet<string> = new Set(['child', 'infant', 'pregnancy']);

/** zh: between the cue and the sign's words only these (adverbs, "有", "什么"): "没有明显头晕", "也不喘". */
const GAP_ZH = /^(?:有|再|又|也|亦|都|太|什么|明显|觉得|感觉|出现|见|见到|发现|任何|过|试过|怎么)*$/;
/** en: the cue's scope reaches the sign within a few words ("no chest pain or fainting", "hasn't had any fever"). */
const GAP_EN_WORDS = 5;

interface Span {
  start: number;
  end: number;
}

function clauseSpans(text: string, zh: boolean): Span[] {
  const re = zh ? CLAUSE_BREAK_ZH : CLAUSE_BREAK_EN;
  const out: Span[] = [];
  let at = 0;
  for (const m of text.matchAll(new RegExp(re.source, re.flags))) {
    const i = m.index ?? 0;
    if (i > at) out.push({ start: at, end: i });
    at = i + m[0].length;
  }
  if (at < text.length) out.push({ start: at, end: text.length });
  return out;
}

/** The cue deleted from the clause: "doesn't" → "does", "没有" → "". */
function withoutCue(clause: string, cue: { index: number; text: string }): string {
  const kept = /n't$/i.test(cue.text) ? cue.text.slice(0, -3) : '';
  return clause.slice(0, cue.index) + kept + clause.slice(cue.index + cue.text.length);
}

/** Is the hit's sign read at the same words once the cue is deleted (offsets past the cue shift back by its length)? */
function stillRead(clause: string, cue: { index: number; text: string }, hit: SignHit): boolean {
  const altered = withoutCue(clause, cue);
  const cut = cue.text.length - (altered.length - (clause.length - cue.text.length));
  const shift = (i: number): number => (i >= cue.index + cue.text.length ? i - cut : Math.min(i, cue.index));
  const from = shift(hit.start);
  const to = Math.max(shift(hit.end), from + 1);
  return findSigns(altered).some((h) => h.sign === hit.sign && h.start < to && h.end > from);
}

/** Does this cue govern this sign's words (the cue inside the matched words or right before them)? */
function governs(clause: string, cue: { index: number; text: string }, hit: Span, zh: boolean): boolean {
  const cueEnd = cue.index + cue.text.length;
  if (cue.index >= hit.start && cueEnd <= hit.end) return true;
  if (cueEnd > hit.start) return false;
  const gap = clause.slice(cueEnd, hit.start);
  if (zh) return GAP_ZH.test(gap);
  return gap.trim() === '' || gap.trim().split(/\s+/).length <= GAP_EN_WORDS;
}

function isDenialCue(clause: string, cue: { index: number; text: string }, zh: boolean): boolean {
  const after = clause.slice(cue.index + cue.text.length);
  // Review fix (s41): the absent function is read past a degree word — "叫佢冇乜反應" (hardly responds) is the finding.
  if (zh && ABSENT_FUNCTION_AFTER_ZH.test(after.replace(/^(?:乜嘢|乜|咩|什么|太|怎么|甚么|啥)/u, ''))) return false;
  if (zh)
    return (
      !NOT_DENIAL_AFTER_ZH.test(after) && !ABSENT_FUNCTION_AFTER_ZH.test(after) && !NOT_DENIAL_BEFORE_ZH.test(clause.slice(0, cue.index + cue.text.length))
    );
  return !NOT_DENIAL_AFTER_EN.test(after) && !ABSENT_FUNCTION_AFTER_EN.test(after);
}

/** A negation cue in a clause, at the clause's own offsets. */
export interface Cue {
  index: number;
  text: string;
}

/**
 * Each clause of a reply (reply offsets; zh read folded to simplified, which keeps every offset) with the negation cues
 * in it that deny what follows — not inability, degree, a sign that does not stop, an absent function or a yes-no
 * question form (isDenialCue). For readers other than the sign scan (denied-rule-clauses.ts).
 */
export function denialCuesByClause(written: string): { start: number; end: number; cues: Cue[] }[] {
  const zh = /\p{Script=Han}/u.test(written);
  const reply = zh ? toSimplified(written) : written;
  return clauseSpans(reply, zh).map((c) => {
    const clause = reply.slice(c.start, c.end);
    const cues = [...clause.matchAll(zh ? CUE_ZH : CUE_EN)].map((m) => ({ index: m.index ?? 0, text: m[0] })).filter((q) => isDenialCue(clause, q, zh));
    return { ...c, cues };
  });
}

/**
 * The spans of a reply whose sign the scan reads as present though the clause denies it. Each is the cue through the
 * end of the sign's words, in reply offsets. Review s40 (S1): a span that overlaps a sign of its clause that was not
 * itself denied is never blanked (it would erase a finding the reply tells), and context signs are never denied.
 */
export function deniedSignSpans(reply: string): Span[] {
  return deniedReading(reply).spans;
}

/**
 * The signs a reply answers, by form: `denied` — read in a clause whose cue denies them; `told` — read as present, not
 * denied (context signs, who the person is, are in neither). For answered-negative.ts.
 */
export function answeredSigns(reply: string): { denied: ReadonlySet<string>; told: ReadonlySet<string> } {
  const { denied, kept } = deniedReading(reply);
  return { denied, told: kept };
}

function deniedReading(written: string): { spans: Span[]; kept: Set<string>; denied: Set<string> } {
  const zh = /\p{Script=Han}/u.test(written);
  // Read with traditional characters folded (zh-TW 沒有/無, Cantonese 氣促 read as the scan's 没有/无/气促): the fold keeps
  // every offset, so the spans found here are the written reply's.
  const reply = zh ? toSimplified(written) : written;
  const out: Span[] = [];
  const kept = new Set<string>();
  const denied = new Set<string>();
  for (const c of clauseSpans(reply, zh)) {
    const clause = reply.slice(c.start, c.end);
    const hits: SignHit[] = findSigns(clause);
    if (hits.length === 0) continue;
    const cues = [...clause.matchAll(zh ? CUE_ZH : CUE_EN)].map((m) => ({ index: m.index ?? 0, text: m[0] }));
    const spans: Span[] = [];
    const notDenied: SignHit[] = [];
    for (const hit of hits) {
      let span: Span | undefined;
      // A context sign (who the person is) carries no danger to remove; a sign worded with a negation that is no denial
      // ("拿不住", "止不住", "不如死了") is a finding as it stands.
      if (!CONTEXT_SIGNS.has(hit.sign) && !cues.some((q) => q.index >= hit.start && q.index < hit.end && !isDenialCue(clause, q, zh)))
        for (const cue of cues) {
          if (!isDenialCue(clause, cue, zh) || !governs(clause, cue, hit, zh)) continue;
          // The sign still read, at the same words, with the cue deleted: the cue denies it. Not read there: the negation
          // is the sign's own wording ("活着没意思", "拿不住"), whatever else the clause names.
          if (!stillRead(clause, cue, hit)) continue;
          span = { start: Math.min(cue.index, hit.start), end: Math.max(hit.end, cue.index + cue.text.length) };
          break;
        }
      if (span) {
        spans.push(span);
        denied.add(hit.sign);
      } else notDenied.push(hit);
    }
    for (const h of notDenied) if (!CONTEXT_SIGNS.has(h.sign)) kept.add(h.sign);
    for (const sp of spans) {
      if (notDenied.some((h) => h.start < sp.end && h.end > sp.start)) continue;
      const span = { start: c.start + sp.start, end: c.start + sp.end };
      if (!out.some((s) => s.start === span.start && s.end === span.end)) out.push(span);
    }
  }
  return { spans: out, kept, denied };
}

/**
 * The reply as evidence for the case's triage: each denied sign's span blanked (same length, so offsets hold). Review
 * s40 (S1): every sign read in the reply as written that was not denied must still be read once the spans are blanked;
 * when one is lost the reply is kept as written (the START reading).
 */
export function withoutDeniedSigns(reply: string): string {
  const { spans, kept } = deniedReading(reply);
  if (spans.length === 0) return reply;
  let out = reply;
  for (const s of spans) out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
  const after = new Set(findSigns(toSimplified(out)).map((h) => h.sign as string));
  const whole = new Set(findSigns(toSimplified(reply)).map((h) => h.sign as string));
  for (const sign of kept) if (whole.has(sign) && !after.has(sign)) return reply;
  return out;
}
