// Reading the patient's replies to a question turn. Quick replies arrive numbered ("1. 没有；2. 1–3天") and are
// matched to the question with that number; a yes to a red-flag question becomes a stated finding (the question's
// text joins what triage reads), a no is never read as a symptom, and the basics' chips become facts.
import { NAMES_NO_FINDING } from './questions.js';
import type { CaseFacts, ConsultLang } from './types.js';

export interface ReadReplies {
  /** The patient's own words (numbered chip answers removed). */
  free: string;
  /** Red-flag questions the patient answered yes to. */
  affirmed: string[];
  /** Facts set by answers to the basic questions. */
  facts: Partial<CaseFacts>;
}

const YES = /^(?:有|是|是的|对|会|可能|有的|嗯|yes|yeah|yep|possibly|maybe)\b|^(?:有|是|对|会)/i;
const NO = /^(?:没有|没|无|不|否|都没有|不是|不会|不可能|no|nope|not|never|none)\b|^(?:没|无|不)/i;
const NUMBERED = /(?:^|[\n；;])\s*(\d{1,2})\s*[.、)．]\s*([^\n；;]+)/g;

const AGE_CHIPS: Record<string, number> = {
  '3个月以下': 0.2,
  'under 3 months': 0.2,
  儿童: 8,
  child: 8,
  '18–64岁': 40,
  '18–64': 40,
  '65岁以上': 70,
  '65 or older': 70,
};

export function isYes(reply: string): boolean {
  const r = reply.trim();
  return YES.test(r) && !NO.test(r);
}

/** The facts a basic question's reply settles (duration, age, pregnancy), by what the question asks. */
function basicFact(question: string, reply: string): Partial<CaseFacts> {
  const r = reply.trim();
  if (/多久|how long/i.test(question)) return { duration: r };
  if (/年龄|多大|how old/i.test(question)) {
    const chip = AGE_CHIPS[r.toLowerCase()];
    if (chip !== undefined) return { age: chip };
    const n = /\d{1,3}/.exec(r);
    return n ? { age: Number(n[0]) } : {};
  }
  if (/怀孕|pregnan/i.test(question)) {
    if (/^(?:可能|possibly|yes|maybe|是)/i.test(r)) return { pregnant: true };
    if (/^(?:不可能|没有|no|not)\b|^不可能/i.test(r)) return { pregnant: false };
  }
  return {};
}

/** Replies after each question turn: `turns` pairs the questions asked with the user message that followed. */
export function readReplies(turns: readonly { asked: string[]; reply: string }[], _lang: ConsultLang): ReadReplies {
  const free: string[] = [];
  const affirmed: string[] = [];
  const facts: Partial<CaseFacts> = {};
  for (const { asked, reply } of turns) {
    const numbered = [...reply.matchAll(NUMBERED)];
    const answers: [string, string][] = numbered.length
      ? numbered.flatMap((m) => (asked[Number(m[1]) - 1] ? [[asked[Number(m[1]) - 1], m[2]] as [string, string]] : []))
      : asked.length === 1
        ? [[asked[0], reply]]
        : [];
    for (const [q, a] of answers) {
      Object.assign(facts, basicFact(q, a));
      if (isYes(a) && !NAMES_NO_FINDING.has(q)) affirmed.push(q);
    }
    // Numbered chip answers are not the patient's own words; anything else is (facts and triage read it).
    const rest = numbered.length ? reply.replace(NUMBERED, '\n').trim() : reply;
    if (rest) free.push(rest);
  }
  return { free: free.join('\n'), affirmed, facts };
}
