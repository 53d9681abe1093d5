// Negated advice read as the POLARITY of the verb that governs a standing duty's act (issue #17). The corruption keeps
// every word of the act and flips the verb above it: "患侧乳房要暂停哺乳", "You should not continue breastfeeding",
// "Do not rinse the eye with water", "之后一般不需要定期监测INR" (a required act stopped or released), and "it is okay
// for him to return to play in tonight's game", "It's best to lie down … right after swallowing it", "把筷子塞进他的
// 上下牙之间" (a forbidden act advised). knowledge/standing-duties.ts says which acts have a fixed polarity for which
// subject; this reader reads the answer's polarity of each act from the sentence's FORM:
//   a required act: the chain of negators and stop-verbs bound to it (only filler words between, read outward from the
//   act on both sides — "不要停止哺乳" is two, kept; "暂停哺乳" one, inverted), odd = inverted;
//   a forbidden act: advised or permitted (a modal, a permission, an imperative) in a clause with no negator at all.
// Fail closed: it drops only where the reading is unambiguous and steps aside on anything else — a condition before a
// required act, a negator the chain did not bind, a report or rebuttal, a question, a real exception the table names,
// or the answer affirming the same required act elsewhere ("继续哺乳"). It only ADDS drops; nothing is kept or
// released by it. Pure.
import { readingForm } from '../../core/han-variants.js';
import { type DutyId, STANDING_DUTIES, type StandingDuty } from '../../knowledge/standing-duties.js';
import { normalise } from '../../safety/screening/text.js';

export interface DutyInversion {
  duty: DutyId;
  polarity: StandingDuty['polarity'];
  /** The act as written, and its sentence. */
  act: string;
  span: string;
}

interface Compiled {
  duty: StandingDuty;
  subject: RegExp[];
  inSentence?: RegExp;
  act: RegExp;
  unless?: RegExp;
  moment?: RegExp;
  otherSubject?: RegExp;
  alsoBy?: RegExp;
}
let compiled: Compiled[] | undefined;
function duties(): Compiled[] {
  compiled ??= STANDING_DUTIES.map((duty) => ({
    duty,
    subject: duty.subject.map((s) => new RegExp(s, 'iu')),
    inSentence: duty.inSentence ? new RegExp(duty.inSentence, 'giu') : undefined,
    act: new RegExp(duty.act, 'giu'),
    unless: duty.unless ? new RegExp(duty.unless, 'iu') : undefined,
    moment: duty.moment ? new RegExp(duty.moment, 'iu') : undefined,
    otherSubject: duty.otherSubject ? new RegExp(duty.otherSubject, 'iu') : undefined,
    alsoBy: duty.alsoBy ? new RegExp(duty.alsoBy, 'giu') : undefined,
  }));
  return compiled;
}

// Negators and stop-verbs, each one flip of the act's polarity. Longest forms first where one contains another.
const NEG_ZH = '不需要|不需|不用|不必|无需|无须|没有必要|没必要|不宜|不应该|不应当|不应|不能|不可以|不可|不要|不再|切勿|禁止|避免|别|勿|不';
const STOP_ZH = '停止|暂停|停掉|停用|中断|中止|放弃|停';
const NEG_EN =
  "do not need to|don't need to|does not need to|doesn't need to|no need to|not necessary to|need not|needn't|do not|don't|does not|doesn't|should not|shouldn't|must not|mustn't|cannot|can't|never|no longer|not|avoid|without";
const STOP_EN = 'stop|stopping|pause|pausing|discontinue|discontinuing|quit|quitting|hold off|skip|skipping|withhold|withholding|cease';
const FLIP_BEFORE = new RegExp(`(?:${NEG_ZH}|${STOP_ZH}|\\b(?:${NEG_EN}|${STOP_EN}))\\s*$`, 'iu');
// A predicate after the act: "哺乳要暂停", "母乳不需要停", "checks are no longer necessary".
const FLIP_AFTER = new RegExp(
  `^\\s*(?:${NEG_ZH}|${STOP_ZH}|可以不(?:做|查|测|用)?|(?:is|are|be)\\s+(?:no longer|not)\\s+(?:necessary|needed|required)\\b|(?:is|are)\\s+unnecessary\\b|\\b(?:${STOP_EN})\\b)`,
  'iu',
);
// Words that may stand between a flip and the act it governs (the object's side, a modal, an adverb); any other word
// ends the chain, and a flip left beyond it makes the reading ambiguous.
const FILLER_BEFORE =
  /(?:再|继续|用|让宝宝|给宝宝|让孩子|给孩子|宝宝|孩子|患侧|乳房|这一?侧|那一?侧|一侧|这边|那边|清水|大量|流动|自来水|的|水|立即|马上|立刻|直接|自行|擅自|随意|要|应该|应当|应|需要|必须|可以|最好|暂时|先|就|也|还|都|去|定期|常规|一般|之后|以后|了|眼睛|眼|给|让|他|她|您|你|\b(?:you|we|i|she|he|they|should|must|need|needs|to|the|your|his|her|their|baby|from|it|any|longer|be|have|get|eye|eyes|with|water|continue|continuing|keep|keeping|regularly|routine|regular|further|more|on|that|this|side|affected|breast|again|just|really|generally|usually|also|still|even|will|would|can|may|for|now|then|a|an))\s*$/iu;
const FILLER_AFTER = /^\s*(?:也|还|都|就|要|应该|应|需要|需|可以|可|先|暂时|一下|了|\b(?:is|are|be|should|must|can|may|then|for now|for a while)\b)/iu;
const ANY_FLIP = new RegExp(`${NEG_ZH}|${STOP_ZH}|\\b(?:${NEG_EN}|${STOP_EN})\\b|n't\\b`, 'iu');

// Compounds holding 不 that negate nothing, and purpose clauses ("so he does not bite", "防止咬伤舌头"): masked before
// negators are looked for (a purpose span that held an act takes the act with it, so nothing is read there).
const NOT_NEGATION = /不适|不舒服|不良|不振|不畅|不足|不全|不齐|不调|不少|不错|不久|不断|不仅|不但|不管|不同|不一定|不好意思|不要紧|不论/gu;
const PURPOSE =
  /(?:防止|以免|免得|以防|避免)[^，。；;,]{0,10}|\bso (?:that )?(?:he|she|they|it|you|the \w+) (?:does not|doesn't|do not|don't|won't|will not|can't|cannot)\b/giu;

// Not the answer's own advice: a report, a rebuttal, a question.
const REPORTED =
  /有人(?:说|喊|会|认为)|听说|据说|传说|误区|谣言|说法|老一辈|以前|过去|很多[^，。]{0,4}(?:人|家长|老人)|不少人|第一反应|常见(?:的)?(?:错误|做法)|被告知|\b(?:are|were|is|was|get|being) told to\b|\bsome (?:people|parents|sites) (?:say|think|believe|claim|recommend)|\bmyths?\b|\bold advice\b|\bused to\b|\bin the past\b|\bold wives\b|\bpeople often\b/iu;
const REBUTTED =
  /错误|不对|不正确|不可取|不科学|危险|窒息|误吸|\bwrong\b|\bincorrect\b|\boutdated\b|\bmistake\b|\bdanger\w*|\bchok\w*|\baspirat\w*|\bharm\w*/iu;
const CONDITION = /如果|若|假如|万一|一旦|要是|除非|\b(?:if|unless|in case|when|once|whether)\b/iu;
// A required act affirmed with a keep-verb elsewhere: the answer says both, so it is not read.
const KEEPS = /继续|坚持|照常|保持|仍然?(?:可以|要)|\b(?:continue|continuing|keep|keeping|carry on|still)\b/iu;
// A forbidden act advised or permitted: a modal or permission before it in its clause (or the act opens the clause),
// or "straight away / right after" after it.
const ADVISED_BEFORE =
  /(?:要|应该|应当|应|可以|可|尽快|立即|立刻|马上|迅速|赶紧|赶快|最好|建议|需要|必须|强行)[^，。；;]{0,24}$|\b(?:should|must|need to|can|may|best to|try to|okay|ok|fine|safe|alright|allowed|good idea|ideal|ideally|recommended|quickly|immediately|then)\b[^,.;:]{0,40}$/iu;
const ADVISED_AFTER = /^[^,.;，。；]{0,30}(?:straight away|right away|immediately|right after|越快越好)/iu;

const STATE_NOT =
  /(?:已经|已|早已|早就|目前|现在|并)\s*(?:不再|不)\s*$|\b(?:am|are|is|was|were|you're|i'm|she's|he's|they're)\s+(?:not|no longer)\s+(?:currently\s+|still\s+)?$/iu;
// A return to play gated on a later clearance ("经医生评估后才可以重新上场", "once a doctor clears him"): not read.
const GATED = /才|之后|以后|评估|同意|\b(?:once|after|until|cleared?|clears|clearance)\b/iu;

function sentencesOf(text: string): string[] {
  return (
    text
      .split(/(?<=[。！？!?；;\n])|(?<=\.)\s+/u)
      // A list marker ("- ", "2.", "1、") is no word of the sentence: an item opening with its verb is an imperative.
      .map((s) => s.trim().replace(/^(?:[-*•·]|\d{1,2}\s*[.、)）]|[（(]\d{1,2}[)）])\s*/u, ''))
      .filter(Boolean)
  );
}
const CLAUSE_BREAK = /[，,:：—–]|\s-\s/gu;
/** Where the act's clause starts: after the last clause break before it. */
function clauseStart(s: string, at: number): number {
  let start = 0;
  for (const m of s.slice(0, at).matchAll(CLAUSE_BREAK)) start = (m.index ?? 0) + m[0].length;
  return start;
}
function clauseEnd(s: string, from: number): number {
  CLAUSE_BREAK.lastIndex = 0;
  const rest = s.slice(from);
  const m = /[，,:：—–]|\s-\s/u.exec(rest);
  return m ? from + m.index : s.length;
}

/** Flips bound to the act before it (read right to left through filler); undefined when a flip stands beyond. */
function flipsBefore(pre: string): number | undefined {
  let n = 0;
  let rest = pre;
  for (;;) {
    const f = FLIP_BEFORE.exec(rest);
    if (f) {
      n++;
      rest = rest.slice(0, f.index);
      continue;
    }
    const g = FILLER_BEFORE.exec(rest);
    if (g?.[0].length) {
      rest = rest.slice(0, g.index);
      continue;
    }
    break;
  }
  return ANY_FLIP.test(rest) ? undefined : n;
}
function flipsAfter(post: string): number | undefined {
  let n = 0;
  let rest = post;
  for (;;) {
    const f = FLIP_AFTER.exec(rest);
    if (f?.[0].trim()) {
      n++;
      rest = rest.slice(f[0].length);
      continue;
    }
    const g = FILLER_AFTER.exec(rest);
    if (g?.[0].trim()) {
      rest = rest.slice(g[0].length);
      continue;
    }
    break;
  }
  // A negator after the act must close its predicate ("哺乳要暂停", "INR不用查了"); one that governs another predicate
  // ("哺乳不会伤害宝宝", "母乳不需要煮沸", "血锂浓度不能太高") is not the act's polarity: not read (fail closed).
  if (n > 0 && /^\s*[\u3400-\u9fff]/u.test(rest) && !/^\s*(?:了|啦|的|做|查|测|监测|检测|检查|复查|进行|喂|吃|再|停)/u.test(rest)) return undefined;
  return ANY_FLIP.test(rest) ? undefined : n;
}

/** The sentence with subject words, non-negating compounds and purpose clauses blanked out (same length). */
function masked(s: string, d: Compiled): string {
  const blank = (m: string) => ' '.repeat(m.length);
  let t = s.replace(NOT_NEGATION, blank).replace(PURPOSE, blank);
  if (d.inSentence) t = t.replace(d.inSentence, blank);
  return t;
}

/** Each place the duty's act is named in the masked sentence, with the bounds of its clause. */
function* actPlaces(t: string, d: Compiled): Generator<{ at: number; end: number; cs: number; ce: number }> {
  d.act.lastIndex = 0;
  for (let m = d.act.exec(t); m; m = d.act.exec(t)) {
    if (!m[0].trim()) return;
    const at = m.index;
    const end = at + m[0].length;
    yield { at, end, cs: clauseStart(t, at), ce: clauseEnd(t, end) };
  }
}

function readMust(s: string, d: Compiled, others: string[]): DutyInversion | undefined {
  const t = masked(s, d);
  for (const { at, end, cs, ce } of actPlaces(t, d)) {
    // A condition anywhere up to the act's clause end ("pause feeding on that side only if the nipple is cracked").
    if (CONDITION.test(t.slice(0, ce))) continue;
    // The exception or the other question ("每4–12周查一次", an abscess drained) is read in the act's own clause.
    if (d.unless?.test(t.slice(cs, ce))) continue;
    // The act as the subject of a predicate ("stopping breastfeeding is rarely necessary", "停止哺乳是没有必要的"): the
    // predicate is not read, so neither is the act.
    if (/^\s*(?:is|are|was|were|would be|can be|may be|是)(?![a-z])/iu.test(t.slice(end, ce))) continue;
    // A state told, not advice ("您已经不哺乳了", "as you are not breastfeeding"): not read.
    if (STATE_NOT.test(t.slice(cs, at))) continue;
    const before = flipsBefore(t.slice(cs, at));
    const after = flipsAfter(t.slice(end, ce));
    if (before === undefined || after === undefined || (before + after) % 2 === 0) continue;
    // The same act kept elsewhere in the answer or sentence ("继续哺乳", "keep feeding"): the answer says both, not read.
    const kept = [s, ...others].some((o) => {
      const u = masked(o, d);
      const a = new RegExp(d.act.source, 'iu').exec(u);
      return a !== null && KEEPS.test(u) && !ANY_FLIP.test(u.slice(clauseStart(u, a.index), a.index));
    });
    if (kept || metOtherwise(d, [s, ...others])) continue;
    return { duty: d.duty.id, polarity: 'must', act: s.slice(at, end), span: s };
  }
  return undefined;
}

/** The duty met by its other act, advised unflipped somewhere ("暂停患侧哺乳，用吸奶器吸出" still empties the breast). */
function metOtherwise(d: Compiled, all: string[]): boolean {
  if (!d.alsoBy) return false;
  const by = d.alsoBy;
  return all.some((o) => {
    const u = masked(o, d);
    by.lastIndex = 0;
    for (let m = by.exec(u); m; m = by.exec(u)) {
      const cs = clauseStart(u, m.index);
      if (!ANY_FLIP.test(u.slice(cs, clauseEnd(u, m.index + m[0].length)))) return true;
    }
    return false;
  });
}

function readNever(s: string, d: Compiled): DutyInversion | undefined {
  const t = masked(s, d);
  for (const { at, end, cs, ce } of actPlaces(t, d)) {
    const clause = t.slice(cs, ce);
    // Any negator in the sentence up to the act's clause end ("Don't put anything in his mouth", "don't: put anything…",
    // "服药后30分钟内不要躺下", "put nothing"), or "before / until" (take it before lying down): not read.
    if (ANY_FLIP.test(t.slice(0, ce)) || /nothing|前|之前|直到|\b(?:before|until|instead)\b/iu.test(clause)) continue;
    if (d.duty.id === 'concussion-no-same-day-return' && GATED.test(clause)) continue;
    const pre = t.slice(cs, at);
    const advised = pre.trim() === '' || ADVISED_BEFORE.test(pre) || ADVISED_AFTER.test(t.slice(end, ce));
    if (!advised) continue;
    return { duty: d.duty.id, polarity: 'never', act: s.slice(at, end), span: s };
  }
  return undefined;
}

/**
 * Pure: the first standing duty (knowledge/standing-duties.ts) whose act the answer governs with the opposite polarity,
 * or undefined. The subject may be named in the question or the answer; the act is read in the answer only.
 */
export function dutyPolarity(question: string, answer: string): DutyInversion | undefined {
  const a = readingForm(normalise(answer));
  const dialogue = `${readingForm(normalise(question))}\n${a}`;
  const asked = new Set(sentencesOf(readingForm(normalise(question))));
  let sentences: string[] | undefined;
  for (const d of duties()) {
    if (!d.subject.every((re) => re.test(dialogue))) continue;
    d.act.lastIndex = 0;
    if (!d.act.test(a)) continue;
    sentences ??= sentencesOf(a);
    const other = d.otherSubject?.test(a) ?? false;
    for (const [i, s] of sentences.entries()) {
      if (asked.has(s) || /[？?]$|吗$/u.test(s)) continue;
      if (REPORTED.test(s) || REBUTTED.test(s)) continue;
      if (d.inSentence) {
        d.inSentence.lastIndex = 0;
        if (!d.inSentence.test(s)) continue;
      }
      if ((d.duty.polarity === 'never' && d.unless?.test(s)) || (d.moment && !d.moment.test(s))) continue;
      // The act also belongs to another subject the answer names (a DOAC needs no INR): only a sentence naming the
      // duty's own subject, and not the other, is read ("unlike warfarin, you do not need INR tests" is the DOAC's).
      if (d.otherSubject && other && (d.otherSubject.test(s) || !d.subject.some((re) => re.test(s)))) continue;
      // The next sentence turns the advice back ("这是错误的", "That is dangerous"): not read.
      // An item under a header that negates ("Don't:", "以下做法不要：") carries the header's negation.
      const prev = sentences[i - 1];
      if (prev && /[:：]$/u.test(prev) && ANY_FLIP.test(prev)) continue;
      const next = sentences[i + 1];
      if (next && /^(?:这|此|但|不过|然而|其实|\b(?:that|this|but|however|actually)\b)/iu.test(next) && REBUTTED.test(next)) continue;
      const hit =
        d.duty.polarity === 'must'
          ? readMust(
              s,
              d,
              sentences.filter((_, j) => j !== i),
            )
          : readNever(s, d);
      if (hit) return hit;
    }
  }
  return undefined;
}
