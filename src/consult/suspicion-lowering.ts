// A level raised on suspicion, and the replies that settle it. The opening's level is a floor (opening-floor.ts): a
// reply may add a sign, never withdraw one the opening told. But a level the triage's rules did not reach — only its
// learned reader, weighing the opening's words (a worried "is this cancer?", "should I go to the ER tonight?"), put it
// above the rules' own level — states no sign to withdraw: it is a suspicion the turn's warning-sign questions were asked
// to settle. consult-cases-41 (first sight): of 24 disposition misses 20 were over-calls, and 8 of them rest on the
// reader alone at the opening (routine → urgent: pink semen at 52, a baby's xiphoid lump, a mouth ulcer "cancer?", an
// 8-year-old's bed-wetting; → emergency: black stools on iron tablets, an AFib alert, a 9-year-old's breast bud).
//
// The level falls ONE step — never below the level the rules reach on the opening or on the whole case — only when:
//   - the opening's level rests on the reader alone (its level above the rules' own `signsLevel`), no check-first
//     emergency, and the whole case re-read with the replies is not above it (the replies raised nothing);
//   - EVERY warning sign the turns asked is denied, each by its concept or by a bare "no" to its whole turn, and every
//     danger sign the opening itself described is denied explicitly; no clause tells a finding, a yes or an unknown
//     (asked-denial.ts deniesEveryAskedSign — session 35 lowered on one denial and lost a stroke, melaena and an
//     appendicitis whose own sign the reply left unanswered);
//   - no red-flag question was answered yes; the patient is no baby under three months.
// A stated emergency (stroke signs, chest pain with sweat, melaena, a child's danger signs…) is a rule finding: its
// `signsLevel` is the level, so it is never lowered here. Pure.
import type { SignId } from '../safety/red-flags/signs.js';
import type { TriageLevel } from '../safety/types.js';
import { type AnsweredTurn, type Coverage, deniesEveryAskedSign, type ReplyFrame } from './asked-denial.js';

const RANK: Record<TriageLevel, number> = { routine: 0, urgent: 1, emergency: 2 };
const LEVELS: readonly TriageLevel[] = ['routine', 'urgent', 'emergency'];

/** The reason a lowered case carries, so the answer says why the suspicion was withdrawn. */
export const SUSPICION_DENIED_REASON = 'consult:suspicion-denied';

/** The parts of a consultation triage (policy.ts ConsultTriage) that say what a level rests on. */
export interface LevelGround {
  level: TriageLevel;
  signsLevel?: TriageLevel;
  checksFirst?: string;
}

/** A baby under three months: by the age read, or named so ("newborn", "2 weeks old", 新生儿, 满月, 出生第5天, 7周). */
const YOUNG_BABY =
  /\b(?:new-?born|neonate|\d{1,2}\s*-?\s*(?:days?|weeks?|wks?)\s*-?\s*old|(?:[0-2]|one|two)\s*-?\s*(?:months?|mo)\s*-?\s*old|(?:she|he|baby|it)(?:'s| is)\s+(?:only\s+)?\d{1,2}\s*(?:days?|weeks?|wks?)\b)|新生儿|新生兒|满月|滿月|(?:出世|出生|生了?)(?:才|刚|剛|啱啱|第)?(?:[1-9]|1[0-2]|[一二两兩三四五六七八九十])\s*(?:天|日|周|週|个星期|個星期|个礼拜|個禮拜)|(?<![\d一二三四五六七八九十])(?:[1-9]|1[0-2]|[一二两兩三四五六七八九十])\s*(?:天|周|週|个星期|個星期|个礼拜|個禮拜)(?:大|的宝宝|的寶寶|的孩子|的BB)|(?<![\d一二三四五六七八九十])[一二两兩12]\s*[个個]?月大/i;

export interface SuspicionCase {
  /** The opening's own triage. */
  opening: LevelGround;
  /** The whole case re-read with the replies (rules, held situations, pictures, the learned reader). */
  now: LevelGround;
  /** Red-flag questions answered yes. */
  affirmed: number;
  turns: readonly AnsweredTurn[];
  frame: ReplyFrame;
  chief: string;
  /** The patient's age in years when read. */
  age?: number;
  /** Questions that ask no warning sign (questions.ts BASIC_TEXTS). */
  isBasic: (question: string) => boolean;
  /** The danger signs the opening described (the triage's sign reader). */
  openingSigns: readonly SignId[];
}

export interface SuspicionVerdict {
  /** The lowered level, or undefined when the level stands. */
  level?: TriageLevel;
  why: string;
  coverage?: Coverage;
}

/** Pure: is the opening's suspicion settled by the replies, and to what level? */
export function suspicionDenied(c: SuspicionCase): SuspicionVerdict {
  const o = c.opening;
  if (o.signsLevel === undefined || RANK[o.level] <= RANK[o.signsLevel]) return { why: 'the opening level is the rules’ own' };
  // Only an emergency: among consult-cases-1…41 openings whose level rests on the reader alone, its urgent calls were
  // right more often than not (gold urgent 309, emergency 25, routine 151), its emergency calls mostly not (gold
  // emergency 36, urgent 44, routine 39) — a denial may settle the second, not the first.
  if (o.level !== 'emergency') return { why: 'a suspicion below emergency stands' };
  if (o.checksFirst) return { why: 'an emergency held until its checks' };
  if (RANK[c.now.level] > RANK[o.level]) return { why: 'the replies raised the case' };
  if (c.affirmed > 0) return { why: 'a red flag answered yes' };
  if ((c.age !== undefined && c.age < 0.25) || YOUNG_BABY.test(c.chief)) return { why: 'a baby under three months' };
  const coverage = deniesEveryAskedSign(c.turns, c.frame, { isBasic: c.isBasic, openingSigns: c.openingSigns, opening: c.chief });
  if (!coverage.covered) return { why: coverage.why, coverage };
  const floor = Math.max(RANK[o.level] - 1, RANK[o.signsLevel], RANK[c.now.signsLevel ?? c.now.level]);
  if (floor >= RANK[o.level]) return { why: 'the rules reach the level on the whole case', coverage };
  return { level: LEVELS[floor], why: coverage.why, coverage };
}
