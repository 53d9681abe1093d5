// What a negator governs (session 35, #10). "Don't stop it on your own" forbids the stop; "don't be afraid to stop it on
// your own", "never feel guilty about stopping", "不要害怕自行停掉降压药" encourage it: the negator governs the hesitation
// (afraid, hesitate, guilty, worry, 怕, 犹豫), and the act after it is what the sentence asks the reader to do. The gate
// read any clause opening with a negator as a prohibition of every change in it (review s34, probes cp-b01…b04, given at
// START). Read by structure — negator, then a hesitation predicate, then the act — so a new act word needs no list here.
// Session 36 (#12, one concept, one home): moved from src/rag to the screening readers beside the other negation frames
// (frames.ts); the hesitations are listed once here, and the principle reader's prohibition (src/rag/principle-agreement.ts)
// skips the same words through HESITATION_AHEAD_EN / _ZH instead of keeping its own copy.
// Pure: a normalised clause in, the encouraged act (or undefined) out.

/** The hesitations a negator may govern instead of the act after it, once for every reader. */
const HESITATIONS_EN = [
  'afraid',
  'scared',
  'frightened',
  'worried',
  'anxious',
  'nervous',
  'shy',
  'embarrassed',
  'ashamed',
  'guilty',
  'bad',
  'hesitat\\w*',
  'worry\\w*',
  'fear\\w*',
  'think twice',
  'hold back',
] as const;
const HESITATIONS_ZH = ['害怕', '怕', '惧怕', '犹豫', '迟疑', '担心', '顾虑', '不好意思', '内疚', '愧疚', '有顾虑', '有心理负担', '纠结'] as const;
/** The words that lead into a hesitation ("be afraid", "feel guilty", "wait to"): in the lookahead with the hesitations. */
const HESITATION_LEADS_EN = ['be', 'feel', 'wait'] as const;

// A hesitation predicate: what a negator before an act may govern instead of the act itself.
const HESITATION_EN = new RegExp(
  `^(?:\\s*(?:ever|be|feel|get|you|u|to|so|too|overly|at all|\\w+ly)\\b)*\\s*(?:${HESITATIONS_EN.join('|')}|feel the need to hold back|wait(?:ing)? (?:to|before))\\b\\s*(?:to|about|of|over|for|when|if|before)?\\b`,
  'u',
);
const HESITATION_ZH = new RegExp(`^\\s*(?:要|用|必|再|太|过于|过分)?(?:${HESITATIONS_ZH.join('|')})\\s*`, 'u');

/**
 * A lookahead source a word between a negator and a change verb must not match ("don't be afraid to stop" is no
 * prohibition of the stop): each hesitation's first word (a stem stays a prefix: hesitat, worry, fear) and its leads.
 */
export const HESITATION_AHEAD_EN = `(?!${[...HESITATIONS_EN.map((w) => w.split(' ')[0].replace(/\\w\*$/u, '')), ...HESITATION_LEADS_EN.map((w) => (w === 'be' ? 'be\\b' : w))].join('|')})`;
/** The same for a Chinese character between a negator and a change verb. */
export const HESITATION_AHEAD_ZH = `(?!${HESITATIONS_ZH.join('|')})`;
// The negator that opens a clause (as the gate's PROHIBITION reads it), with what follows captured.
const NEGATOR_EN = /^\s*(?:\W*\s*)?(?:but\s+|and\s+|however,?\s+)?(?:don't|dont|do not|never|must not|should not|shouldn't|no need to)\s+/u;
const NEGATOR_ZH = /^[\s*#>\-•·]*(?:但|并且|并|也)?(?:请|请您|您)?(?:不要|不用|不必|别|切勿|勿|千万不要|千万别|唔好|唔使|無需|无需)/u;

// "Never feel bad about stopping it": the gerund after the hesitation is the act asked for, read as its imperative so
// the gate's reading of an imperative by position sees it.
const GERUND_BASE: Record<string, string> = {
  stopping: 'stop',
  quitting: 'quit',
  cutting: 'cut',
  skipping: 'skip',
  dropping: 'drop',
  taking: 'take',
  coming: 'come',
  giving: 'give',
  reducing: 'reduce',
  changing: 'change',
  halving: 'halve',
  lowering: 'lower',
  switching: 'switch',
  missing: 'miss',
  doubling: 'double',
  using: 'use',
};
const GERUND = /^\w+ing\b/u;

/**
 * The act a clause encourages under a negator that governs a hesitation ("don't be afraid to stop your statin" → "stop
 * your statin"), or undefined when the clause does not open that way (a plain prohibition, or no negator at all).
 */
export function encouragedAct(clause: string): string | undefined {
  for (const [neg, hes] of [
    [NEGATOR_EN, HESITATION_EN],
    [NEGATOR_ZH, HESITATION_ZH],
  ] as const) {
    const m = neg.exec(clause);
    if (!m) continue;
    const rest = clause.slice(m[0].length);
    const hesitation = hes.exec(rest)?.[0];
    if (hesitation?.trim()) {
      const act = rest
        .slice(hesitation.length)
        .trim()
        .replace(GERUND, (g: string) => GERUND_BASE[g] ?? g);
      if (act) return act;
    }
  }
  return undefined;
}
