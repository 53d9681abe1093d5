// Reading the patient's replies to a question turn. Quick replies arrive numbered ("1. 没有；2. 1–3天") and are
// matched to the question with that number; a yes to a red-flag question becomes a stated finding (the question's
// text joins what triage reads), a no is never read as a symptom, and the basics' chips become facts.
import { NAMES_NO_FINDING } from './questions.js';
import { splitListLines } from './reply-lists.js';
import { bindReply, isBareYes, yesCandidates } from './reply-slots.js';
import type { CaseFacts, ConsultLang } from './types.js';

export interface ReadReplies {
  /** The patient's own words (numbered chip answers removed). */
  free: string;
  /** The part of `free` read only because its leading number was past the questions its turn asked ("64. I'm on
   *  chemo…" to a three-question turn): until session 24 it was dropped as the answer to question 64. The case's
   *  triage lets these words raise the level through a rule finding only (policy.ts withFreedWords). */
  freed: string;
  /** `free` without `freed`: the words as the chip reading before session 24 kept them (the level they reach stands). */
  unfreed: string;
  /** Red-flag questions the patient answered yes to. */
  affirmed: string[];
  /** Facts set by answers to the basic questions, and values bound to the slot their turn asked (reply-slots.ts). */
  facts: Partial<CaseFacts>;
  /** A bare yes to the LAST turn that could answer several of its red-flag questions: which one is still to ask. */
  unsure: string[];
}

const YES = /^(?:有|是|是的|对|会|可能|有的|嗯|yes|yeah|yep|possibly|maybe)\b|^(?:有|是|对|会)/i;
const NO = /^(?:没有|没|无|不|否|都没有|不是|不会|不可能|no|nope|not|never|none)\b|^(?:没|无|不)/i;
// A decimal ("38.5", "38.5C") is a value, not the chip answer numbered 38: the number's mark is never followed by a digit.
const NUMBERED = /(?:^|[\n；;])\s*(\d{1,2})\s*[.、)．](?!\d)\s*([^\n；;]+)/g;

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

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, 一: 1, 二: 2, 三: 3, 1: 1, 2: 2, 3: 3 };
const ALL_OF_THEM = /^(?:all(?: of (?:them|those|these))?|both(?: of them)?|every one|都有|都是|全部|都|三个都有|两个都有)[\s.。!！]*$/i;
const PICKS =
  /^(?:(?:the |number |no\.? ?|第)?(?:[123]|first|second|third|一|二|三)(?: one)?(?:个|個|條|条|项|項)?[\s,，、.。]*(?:and|&|和|跟|同|还有|還有|or)?[\s,，、]*)+$/i;

/** The questions a reply to "which of these?" picks out, or undefined when it names none (free words stay free). */
function whichPicked(reply: string, asked: readonly string[]): string[] | undefined {
  const r = reply.trim();
  if (ALL_OF_THEM.test(r) || isBareYes(r)) return [...asked];
  if (!PICKS.test(r)) return undefined;
  const picked = [...r.matchAll(/[123]|first|second|third|一|二|三/gi)]
    .map((m) => asked[(ORDINALS[m[0].toLowerCase()] ?? 0) - 1])
    .filter((q) => q !== undefined);
  return picked.length ? [...new Set(picked)] : undefined;
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
export function readReplies(
  turns: readonly { asked: string[]; reply: string; which?: boolean }[],
  _lang: ConsultLang,
  known: Pick<CaseFacts, 'age'> = {},
): ReadReplies {
  const free: string[] = [];
  const freed: string[] = [];
  const unfreed: string[] = [];
  const affirmed: string[] = [];
  const facts: Partial<CaseFacts> = {};
  let unsure: string[] = [];
  for (const [i, { asked, reply: written, which }] of turns.entries()) {
    // A list on one line ("1、没有 2、有", "①没有 ②有") is read one item a line (reply-lists.ts).
    const reply = splitListLines(written, asked.length);
    // The answer to "which of these?" (a turn asked after a bare yes): the numbers or ordinals it names, or every one
    // for "all of them" or another bare yes (the patient said yes twice to the signs listed).
    if (which) {
      const picked = whichPicked(written, asked);
      if (picked) {
        affirmed.push(...picked);
        continue;
      }
    }
    // A number opens a chip answer only where the turn asked a question with that number: "64. I'm on chemo…" to "how
    // long? how old? any treatment?" is the patient's age and words, not the answer to question 64 (the whole reply was
    // dropped, and the chemotherapy never reached the triage: consult-cases-29 c29-055).
    const chip = (n: string): boolean => Number(n) >= 1 && Number(n) <= asked.length;
    const all = [...reply.matchAll(NUMBERED)];
    const numbered = all.filter((m) => chip(m[1]));
    // A list the reading before session 25 saw no number in ("①没有 ②39度，叫不醒 ③没有") was the patient's words, read
    // whole by the triage and the facts: they stay so, and its items add only what they bind (a yes, a duration).
    const asWritten = reply !== written && ![...written.matchAll(NUMBERED)].length;
    if (asWritten) Object.assign(facts, bindReply(asked, written, { age: facts.age ?? known.age }));
    // The facts are bound as before: a reply that opens with any number binds no slot by its whole text (a freed
    // reply's words reach the case through the triage's rules only: policy.ts withFreedWords).
    const answers: [string, string][] = all.length
      ? numbered.flatMap((m) => (asked[Number(m[1]) - 1] ? [[asked[Number(m[1]) - 1], m[2]] as [string, string]] : []))
      : asked.length === 1
        ? [[asked[0], reply]]
        : [];
    for (const [q, a] of answers) {
      Object.assign(facts, basicFact(q, a));
      if (isYes(a) && !NAMES_NO_FINDING.has(q)) affirmed.push(q);
    }
    // A value is bound to the slot its turn asked, read with what the case already holds (a bare "38" after "how old?
    // what temperature?" is a temperature only once the age is known).
    if (!all.length) Object.assign(facts, bindReply(asked, reply, { age: facts.age ?? known.age }));
    // A bare yes to an unnumbered turn of several questions: the one red-flag question it can answer is affirmed; with
    // several, the patient is asked which (only the latest turn's is still open).
    if (!all.length && asked.length > 1 && isBareYes(reply)) {
      const candidates = yesCandidates(asked);
      if (candidates.length === 1) affirmed.push(candidates[0]);
      else if (i === turns.length - 1) unsure = candidates;
    }
    // Numbered chip answers are not the patient's own words; anything else is (facts and triage read it).
    const rest = asWritten ? written : numbered.length ? reply.replace(NUMBERED, (whole, n: string) => (chip(n) ? '\n' : whole)).trim() : reply;
    if (rest) free.push(rest);
    // The words only the numbers past the chips kept (what the reading before session 24 dropped with every number).
    const past = asWritten ? [] : all.filter((m) => !chip(m[1])).map((m) => m[0].replace(/^[\n；;]/, '').trim());
    freed.push(...past);
    const kept = asWritten ? written : all.length ? reply.replace(NUMBERED, '\n').trim() : reply;
    if (kept) unfreed.push(kept);
  }
  return { free: free.join('\n'), freed: freed.join('\n'), unfreed: unfreed.join('\n'), affirmed, facts, unsure };
}
