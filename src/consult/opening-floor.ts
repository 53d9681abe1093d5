// The opening's triage is a floor for the whole consultation. Replies can add a sign (a yes, a new symptom told) and
// raise the level; they cannot take away what the opening said. Why: the case is re-triaged on the opening plus the
// replies, and that re-reading lowered real danger — a chip "1. No; 2. No" to questions about other signs (review
// s17 S3–S6: "can't wake my wife… snoring", "heart pounding… can't get a word out" ended urgent or routine), and
// long descriptive replies made the learned reader forget the opening ("28 weeks, baby a lot quieter today" urgent →
// routine after "no bleeding, no pains"; a child's nosebleeds and bruises urgent → routine after replies that told a
// fever, pallor and petechiae). A denial answers only the question asked; it never withdraws a sign the opening
// stated. The one way down is the patient correcting an urgent opening itself ("I meant…", "说错了…"); an emergency
// opening is never lowered.
import type { Triage } from '../safety/types.js';
import type { ConsultLang } from './types.js';

const RANK = { routine: 0, urgent: 1, emergency: 2 } as const;

/** The reason a kept level carries, so a floored answer never has its reasons empty. */
export const OPENING_FLOOR_REASON = 'consult:opening-floor';

/**
 * The case's triage, never below the opening's unless the patient corrected the opening: the opening's triage (its
 * message, reasons and advice) stands, tagged, when the whole case reads lower.
 */
export function floorAtOpening<T extends Triage>(now: T, opening: T | undefined, corrected: boolean): T {
  // A correction lifts the floor of an urgent opening only: an emergency told in the opening stays one whatever is
  // corrected after it (the correction may be of one word while the danger stands in another).
  if (!opening || (corrected && opening.level !== 'emergency') || RANK[now.level] >= RANK[opening.level]) return now;
  return { ...opening, reasons: [...opening.reasons.filter((r) => r !== OPENING_FLOOR_REASON), OPENING_FLOOR_REASON] };
}

// A correction says in so many words that the earlier words were wrong ("I meant", "my mistake", 说错了). A polite or
// emphatic denial is no correction: "Sorry, no", "Actually no, none of those", "其实没有", "不好意思，是…" answer the
// questions asked (review s18 S5: "Actually no, he doesn't have any of those, only the sting on his arm" lifted the floor
// of a voice change after a sting, and the re-reading ended routine).
const CORRECTION_EN =
  /\b(?:i meant|i mean(?:t)? to (?:say|write|type)|my mistake|i was wrong|i got (?:that|it) wrong|scratch that|i mis-?(?:typed|spoke|wrote|read)|typo|that's not what i meant|correction)\b/i;
const CORRECTION_ZH = /说错了|打错了|写错了|搞错了|弄错了|看错了|更正一下|纠正一下|刚才(?:说的|那句|写的)不对/;
/** A negation, and the words it governs: the opening's word must stand inside it ("not his throat", "喉咙不痒"). */
const NEGATED_EN = /\b(?:not|no|never|isn't|wasn't|aren't|weren't|doesn't|didn't|don't|hasn't|haven't)\b((?:\W+\w+){1,4})/gi;
const NEGATED_ZH = /(?:不是|没有|并没有|不|没|无)([\u4e00-\u9fff]{1,4})|([\u4e00-\u9fff]{2})(?:不|没)/g;

/** Everyday words that say nothing about a sign (a shared "really" or "my" is no reference to the opening). */
const FILLER_EN = new Set(
  'that this with have been from they them their there when what just like really very about into your some more much over after before still since then than were will would could should properly'.split(
    ' ',
  ),
);
/** Chinese two-character pieces that are grammar or people, not a sign. */
const FILLER_ZH = new Set([
  '我们',
  '他们',
  '她们',
  '一下',
  '现在',
  '刚才',
  '有点',
  '一点',
  '的时',
  '时候',
  '不是',
  '没有',
  '就是',
  '还是',
  '一直',
  '感觉',
  '觉得',
  '好像',
]);

const stem = (w: string): string => w.replace(/(?:ing|ed|es|s)$/, '');
const wordsEn = (s: string): Set<string> =>
  new Set(
    (s.toLowerCase().match(/[a-z']+/g) ?? [])
      .map((w) => w.replace(/'s$/, ''))
      .filter((w) => w.length >= 4 && !FILLER_EN.has(w))
      .map(stem),
  );
const bigramsZh = (s: string): Set<string> => {
  const out = new Set<string>();
  for (const run of s.match(/[\u4e00-\u9fff]+/g) ?? []) for (let i = 0; i + 2 <= run.length; i++) out.add(run.slice(i, i + 2));
  for (const f of FILLER_ZH) out.delete(f);
  // A count or an age ("十岁", "两天") is a fact corrected, not a sign.
  for (const b of out) if (/[零一二两三四五六七八九十百岁天周月年]/.test(b)) out.delete(b);
  return out;
};

/**
 * Does a reply correct the opening's own words? It must say it corrects (a correction word, not a bare "no"), carry a
 * negation or a restatement, and name something the opening said (a shared content word; in Chinese a shared
 * two-character piece). A correction of anything else — or a "no" to a question — leaves the floor in place.
 */
export function correctsOpening(opening: string, replies: readonly string[], lang: ConsultLang): boolean {
  const said = lang === 'zh' ? bigramsZh(opening) : wordsEn(opening);
  return replies.some((reply) =>
    reply.split(lang === 'zh' ? /[。！？!?\n；;]/ : /[.!?\n;]/).some((part) => {
      if (!(lang === 'zh' ? CORRECTION_ZH : CORRECTION_EN).test(part)) return false;
      // The opening's own word must be what is negated ("I meant his ARM, his throat is NOT itchy"), not merely repeated.
      const negated = [...part.matchAll(lang === 'zh' ? NEGATED_ZH : NEGATED_EN)].map((m) => m.slice(1).filter(Boolean).join(' '));
      return negated.some((span) => [...(lang === 'zh' ? bigramsZh(span) : wordsEn(span))].some((w) => said.has(w)));
    }),
  );
}
