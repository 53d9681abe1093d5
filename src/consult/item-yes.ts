// A reply item that opens with a yes (a numbered item "2、有…", "2. yes …", or the whole reply to a one-question turn)
// is a yes to its question only as its own words scope it. Until session 25 the head word alone decided, and a yes to
// a multi-sign red-flag question raised every sign the question named: "2、是我妈有，我没有", "2. yes (my son, not me)",
// "2、有，不过是三年前", "2、有吗？", "2、会不会是吃坏了", "2、有点担心", "2、有吃过药，没用", "2、对，上周，已经好了" were
// emergencies (review s25 R1–R22). The item's first sentence is read with the project's readers of a past or settled
// course (triage/stance.ts readStance, red-flags/context.ts PAST_TIME) and of people by their tie (triage/persons.ts
// RELATIVE_EN/ZH); only a present, first-person yes affirms the question. Pure; zh + en.
import { toSimplified } from '../core/han-variants.js';
import { RELATIVE_EN, RELATIVE_ZH } from '../safety/triage/persons.js';
import { PAST_TIME } from '../safety/red-flags/context.js';
import { readStance } from '../safety/triage/stance.js';
import { isBareYes } from './reply-slots.js';

/** A clause's end inside the yes's sentence. */
const CLAUSE = /[，,、]|\bbut\b/i;
/** A past clause that denies ("以前没中过风", "never before") or dates when a present condition was found. */
const PAST_DENIED_OR_FOUND =
  /[没沒不未无也还又]|\b(?:too|also|again|still)\b|\b(?:never|not|no)\b|n't\b|查出|确诊|诊断|发现|\b(?:found|diagnosed|picked up|told)\b/i;

/** 不过/but opens the clause; its 不 denies nothing. */
const BUT = /不过|不過/g;

/** A sentence's end; a question mark ends one too, and is kept for ASKS_BACK ("有吗？ 我不懂"). */
const SENTENCE_END = /(?<=[。；;！!？?\n])|(?<=\.)\s/;

/** How a yes item reads: a yes to the question, or a yes its own words take back or turn into something else. */
export type ItemYes = 'present' | 'qualified';

/** A question back or a guess at a cause: the patient asks, not answers — a question mark, 吗 ending a clause, an
 *  A-not-A question opening the item ("有吗？", "是不是肠胃炎", "会不会是吃坏了", "yes?? what does that mean"). Not 会不会
 *  inside a thought the patient reports ("有时候会想，要是我不在了大家会不会更好" is a yes), nor a bare wh-word ("my
 *  shoulder tip aches, which is weird"). */
const ASKS_BACK =
  /[?？]|[吗嘛](?=[，,。！!]|$)|^(?:(?:有|是|对|嗯)[，,\s]*)?(?:会不会|是不是|有没有|要不要|算不算)|\bwhat (?:does|do) (?:that|it|you) mean\b|\bcould (?:it|that|this) be\b|\bis (?:it|that|this) (?:bad|serious|normal|dangerous)\b/i;
/** A worry, not a sign ("有点担心", "yes I'm worried about it"). */
const WORRY = /担心|害怕|着急|焦虑|\b(?:worr\w*|scared|afraid|anxious|concerned|nervous)\b/i;
/** 有 opening another act, not the sign: "有去医院看过", "有吃过药", "有问过医生" (Taiwanese 有 + verb = did); a sign seen
 *  or a meal refused ("有看到血", "有吃不下") is a yes. */
const OTHER_ACT = /^有(?:去|吃(?!不)|喝(?!不)|看(?!到|见|不)|做|用|问|查|试|买|找|挂)/;
/** Someone by their tie or a pronoun (the writer's "my" belongs to the tie: "my son", 我妈). */
const OTHER_PERSON = new RegExp(
  `(?:\\b(?:for |to )?(?:my|our|his|her|their)\\s+(?:\\w+\\s+)?(?:${RELATIVE_EN})s?\\b|\\b(?:he|she|they|him|them)\\b)|(?:我的?)?阿?(?:${RELATIVE_ZH})|(?<!其)[他她]`,
  'giu',
);
/** 奶 after a feeding word is milk ("吐奶", "喝奶"), not a grandmother. */
const MILK = /[吐喝吃母牛喂溢呛]$/;
/** The writer denying it for themselves ("我没有", "not me", "I don't"). */
const WRITER_DENIES =
  /我(?:自己)?(?:没有|没|不是|无|冇)|(?:不是|唔系)我(?:自己)?|\bnot (?:me|mine|myself)\b|\bi (?:don'?t|do not|haven'?t|have not|didn'?t)\b/gi;
const ALSO = /也|\b(?:too|also|as well)\b/i;
/** The writer named (after ties and the writer's denials are removed). */
const WRITER = /我|自己|\b(?:i|i'm|im|i've|me|my|mine|myself)\b/i;

/** Another person's: the item names someone else and, beside that tie, never the writer as having it. */
function othersOnly(item: string): boolean {
  let named = false;
  const rest = item.replace(OTHER_PERSON, (m: string, offset: number) => {
    if (m.endsWith('奶') && MILK.test(item.slice(0, offset))) return m;
    named = true;
    return ' ';
  });
  // "我爸也有", "my dad too": the writer has it as well.
  return named && !ALSO.test(item) && !WRITER.test(rest.replace(WRITER_DENIES, ' '));
}

/**
 * How a reply item that opens with a yes reads in its own scope. `patientIsOther`: the consultation is about someone
 * else (a child, a parent), so a person named in the item may be the patient and the writer's own denial is no answer.
 */
export function itemYes(item: string, o: { patientIsOther?: boolean } = {}): ItemYes {
  // Read in simplified script (core's one table): every word list here is written simplified.
  // The yes's own sentence: what the patient adds after a full stop is another fact ("有点喘。以前没这样过").
  const t = toSimplified(item.trim()).split(SENTENCE_END)[0];
  const clauses = t.split(CLAUSE);
  // A worry is the answer only where it is the yes's own clause ("有点担心"; not "he still drives, I'm a bit nervous").
  if (ASKS_BACK.test(t) || WORRY.test(clauses[0]) || OTHER_ACT.test(t)) return 'qualified';
  // Told as over ("对，上周，已经好了"), or of the past in a clause that neither denies it nor dates a diagnosis ("有，不过是
  // 三年前", "yes, years ago"; not "有高血压，以前没中过风", "she's got AF, they found it years ago"): a turn to now keeps
  // it present (stance.ts).
  const temporal = readStance(t, 0).temporal;
  if (temporal === 'resolved') return 'qualified';
  // A past clause dates the yes only after a bare yes ("有，两年前减了十斤"); after a yes with its own words it may date
  // another fact ("有高血压，以前抽烟").
  const bareHead = isBareYes(clauses[0]) || /^有过$|^had (?:it|that)$/i.test(clauses[0].trim());
  if (temporal === 'past' && bareHead && clauses.slice(1).some((c) => PAST_TIME.test(c) && !PAST_DENIED_OR_FOUND.test(c.replace(BUT, ' ')))) return 'qualified';
  if (!o.patientIsOther && othersOnly(t)) return 'qualified';
  return 'present';
}
