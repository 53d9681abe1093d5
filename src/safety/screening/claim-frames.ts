// The frame of a treatment claim inside one clause (pure): which words make a named agent the treatment of a poison,
// where they sit, and whether a negation governs THAT claim. Read by antidote-claims.ts.
import { alt } from './text.js';

/** Where a clause ends inside a sentence for a frame: a list colon does not end it (claims sit after "Antidote:"). */
const CLAUSE_END = /[，,；;。!?！？]/u;

/** A relative clause or an apposition after the agent continues its clause: "naltrexone spray, which reverses an
 * overdose", "give vitamin K, the antidote". */
const RELATIVE = /^[,，]\s*(?:which|that)\b|^[,，]\s*(?:the|an?)\s+(?:antidote|reversal|rescue|cure)\b|^[,，]\s*(?:它|能|可)/u;

/**
 * The clause around [from, to): to the nearest clause end either side (a relative clause after the agent continues
 * it). Returns the clause and where it starts.
 */
export function clauseAround(s: string, from: number, to: number): { text: string; start: number } {
  let a = from;
  while (a > 0 && !CLAUSE_END.test(s[a - 1])) a--;
  let b = to;
  while (b < s.length && !CLAUSE_END.test(s[b])) b++;
  if (RELATIVE.test(s.slice(b))) {
    b++;
    while (b < s.length && !CLAUSE_END.test(s[b])) b++;
  }
  return { text: s.slice(a, b), start: a };
}

/** Words that make a named agent the treatment of a poisoning, in any verb form and either side of the name. */
export const ROLE = alt([
  '\\bantidotes?\\b',
  '\\brevers(?:al|e|es|ed|ing)\\b',
  '\\brescue (?:drug|medicine|medication|spray|injection)s?\\b',
  '\\b(?:the|a|as) rescue\\b',
  '\\bantagonists?\\b',
  '\\bcounteract\\w*',
  '\\bneutrali[sz]\\w*',
  '\\bspecific (?:agent|treatment|therapy)\\b',
  '\\btreatment (?:is|of choice is)\\b',
  // "treat heparin overdose with X", "is managed with X", "treated using X".
  '\\b(?:treat|manag)\\w*(?:\\s+[\\w-]+){0,4}?\\s+(?:with|by|using)\\b',
  '\\bworks? (?:for|on|against|in)\\b',
  '\\bcures?\\b',
  '\\bfirst[- ]line\\b',
  '\\b(?:of|drug) of choice\\b',
  '\\bbrings? (?:\\w+ )?back\\b',
  '解毒',
  '解药',
  '拮抗',
  '特效',
  '逆转',
  '对抗',
  '中和',
  '解救',
  '急救药',
  '抢救(?:用)?药',
  '首选',
  '一线',
  // 解 as the verb "to undo a poisoning" (可以解海洛因中毒, 解唔解到), not 解释/解决/解开…
  '(?:可以|可|能|能够|来|用来|会|就|去|才能)解(?![释决开除读答说析放冻渴手便])',
  '解(?:到|得|唔)',
  // "用X就得/就行": the remedy is X.
  '就(?:得|行|可以)',
]);

/** Giving an agent in so many words: a claim for an agent with no everyday supportive use. */
export const ADMINISTER = alt([
  '\\b(?:give|gives|giving|given|inject|injecting|administer|administering|spray|use|uses|using|used|try)\\b',
  '给(?:予|他|她|病人|患者)?',
  '注射',
  '使用',
  '静推',
  '静注',
  '肌注',
  // 喷 the act, not the device (纳洛酮喷雾, 喷鼻剂 are what is kept).
  '喷(?!雾|剂|鼻剂)',
  '(?<![作使费信])用(?![药量法途处])',
  '打(?!电话|算|给|999|911|120|112)',
]);

/** Keeping or carrying an agent: a claim only about a poison its own sentence names. */
export const KEEP = alt(['\\b(?:keep|keeps|keeping|carry|carries|carrying|reach for|stock)\\b', '备(?:好|上|着|定)?', '带(?:着|上)']);

/** A specific agent related to its clause's poison by a preposition or an effect verb ("naloxone for warfarin"). */
export const SPECIFIC_RELATION = alt([
  '\\b(?:for|against|treats?|treating|helps?|works?|fix(?:es)?|saves?|revives?|counters?)\\b',
  '\\bwakes? (?:\\w+ )?up\\b',
  '治',
  '救',
  '用于',
  '针对',
  '对付',
  '管用',
  '有效',
  '靠',
]);

/** An overdose or a poisoning spoken of, or an antidote (which is only ever for one) — not everyday use beside the drug. */
export const OVERDOSE = /overdos|toxicit|poison|antidote|解毒|解药|too (?:much|many)|rescue|过量|中毒|吃多|食多|服多|解救|过多/u;

/**
 * The nearest frame word to the agent at [at, at + len) in its clause, either side within a short gap (Han text is
 * denser); its start in clause offsets, or undefined.
 */
export function framedAt(clause: string, at: number, len: number, frame: RegExp): number | undefined {
  const gap = /\p{Script=Han}/u.test(clause) ? 16 : 60;
  const from = Math.max(0, at - gap);
  const g = new RegExp(frame.source, 'gu');
  let best: number | undefined;
  for (const m of clause.slice(from, at).matchAll(g)) best = from + m.index;
  if (best !== undefined) return best;
  const after = clause.slice(at + len, at + len + gap).match(frame);
  return after?.index === undefined ? undefined : at + len + after.index;
}

/** Negation words (en, Mandarin, Cantonese after the traditional fold). */
const NEGATION = alt(
  [
    '\\b(?:not|no|never|neither|nor|cannot|instead of|rather than|unlike|ineffective|useless)\\b',
    "\\w+n't\\b",
    '不是',
    '不要',
    '不能',
    '不会',
    '不用',
    '不可',
    '不宜',
    '不起作用',
    '不管用',
    '(?<![分区特个识告差级类性鉴])别',
    '勿',
    '并非',
    '而不是',
    '无效',
    '无法',
    '没用',
    '没有用',
    '禁用',
    '避免',
    // Cantonese: 唔 negates (唔可以, 唔好, 唔係, 唔使); 唔该 is "thank you". 冇 = "has no" (冇用).
    '唔(?!该)(?:好|可以|系|使|准|应该|能)?',
    '冇',
    // A need or permission negated — the clause's modality, not the agent's effect: a negator glued to a modal of
    // necessity (无须, 毋须, 不必, 不需要, 没必要, 唔需要), the negative potential 'V不着' (用不着), 'skip', 'no need for'.
    '(?:不|无|毋|唔|没有?|冇)(?:必|须|需)要?',
    '(?:用|犯)不着',
    '\\bskip(?:ping)?\\b',
    '\\bno need (?:for|to)\\b',
  ],
  'gu',
);

/** "X is useless / 对…无效" anywhere after the agent in its sub-clause denies it. */
const INEFFECTIVE =
  /\b(?:ineffective|useless|no use|no good|does nothing|won't (?:work|help)|doesn't (?:work|help)|will not (?:work|help))\b|无效|没用|没有用|不管用|冇用|不起作用/u;

/** What may stand between a negation and the agent it governs: a giving verb, an article, a pronoun. */
const GOVERNED_GAP =
  /^(?:\s|\b(?:give|giving|use|using|inject|injecting|administer|try|need|needed|the|a|an|any|him|her|them|to|be|given|used|is|it's|was)\b|用|给|打|吃|喂|服|使用|注射|他|她|病人|患者|需要|要|去|了|再)*$/u;

/** Where a negation's scope ends inside a clause: a lead-in ("Don't wait: …", "No need to wait — …") or a "but". */
const SCOPE_BREAK = /[:：—–]|\s-\s|\bbut\b|\bhowever\b|但是|然而|不过|而是/gu;

/**
 * Does a negation govern the claim of the agent at [at, at + len)? `relation`: clause offsets of the claim's other ends
 * (its frame word, its poison). A negation governs it when it sits inside the claim (between the agent and a far end:
 * "flumazenil does NOT reverse opioids", "纳洛酮不是…解毒药"), or right before the agent with only a giving verb or an
 * article between ("never give flumazenil", "not flumazenil", "唔好用氟马西尼"), or the agent is called useless after it.
 * A negation in a lead-in clause of its own ("Don't wait: …", 不要慌，…) governs something else.
 */
export function negatedClaim(clause: string, at: number, len: number, relation: readonly number[]): boolean {
  let subFrom = 0;
  let subTo = clause.length;
  for (const m of clause.matchAll(SCOPE_BREAK)) {
    if (m.index + m[0].length <= at) subFrom = m.index + m[0].length;
    else if (m.index >= at + len) {
      subTo = Math.min(subTo, m.index);
    }
  }
  if (INEFFECTIVE.test(clause.slice(at + len, subTo))) return true;
  const ends = relation.filter((r) => r >= subFrom && r < subTo);
  const lo = Math.min(at, ...ends);
  const hi = Math.max(at + len, ...ends);
  for (const m of clause.slice(subFrom, subTo).matchAll(NEGATION)) {
    const i = subFrom + m.index;
    if (i >= lo && i < hi && (i < at || i >= at + len)) return true;
    if (i < at && GOVERNED_GAP.test(clause.slice(i + m[0].length, at))) return true;
  }
  return false;
}
