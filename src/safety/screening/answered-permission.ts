// The answer's yes to the question's own use: "我有胃溃疡，能吃布洛芬吗？" → "可以。", "I'm on lithium. Can I take
// naproxen?" → "Yes, you can." The contraindication and interaction readers see only the answer's sentences, so a yes
// that names no medicine permitted nothing there. Read as the claim the yes makes — the medicine ASKED about (the
// object of 能吃X吗 / can I take X, not any medicine the question names) permitted to the person asking — and judged by
// the same tables against the question's clauses that tell the asker's own present state: a denied condition ("我没有
// 高血压"), another person's ("my husband is on lithium"), a past one ("took lithium years ago, stopped") is no
// context (review s23 claims R1–R7: 59 of 119 correct near-misses flagged when the whole question was the context).
// Pure.
import type { ContentFlag } from '../../core/content-flags.js';
import { toSimplified } from '../../core/han-variants.js';
import { findMedicineNames } from '../../knowledge/drugs.js';
import { KIN_BEFORE_EN, KIN_EN } from '../phi/kin-nouns-en.js';
import { KIN_ZH } from '../phi/slot-names.js';
import { clauses as clauseSpans, isHistorical, isNegated } from '../red-flags/context.js';
import { CONTRAINDICATIONS, contraindicationClaims, NOT_PERMITTED } from './contraindications.js';
import { CLINICIAN_ZH, CONSEQUENCE } from './frames.js';
import { INTERACTIONS } from './interactions.js';
import { alt, clauses, sentences, trimSpan } from './text.js';

/**
 * The question asks whether a use is allowed; the match starts where the asked medicine stands ("能吃布洛芬吗",
 * "can I take ibuprofen", "is naproxen okay"), not whether it harms ("会伤胃吗") nor what to take.
 */
const ASKS_PERMISSION = alt([
  '(?<![不没别])(?:能|可以|可|还能|还可以)(?:继续|照常|长期)?(?:吃|食|用|服|服用|喝|打|给[^，,。？?！!；;]{0,4}?(?:吃|用)|使用|口服)[^，,。？?！!；;]{0,16}(?:吗|么|嘛|呢)',
  '(?:能不能|可不可以|可否|行不行|可唔可以|能唔能)(?:继续|照常)?(?:吃|用|服|服用|喝|打|给[^，,。？?！!；;]{0,4}?(?:吃|用)|使用)?[^，,。？?！!；;]{0,16}',
  '\\b(?:can|could|may)\\s+(?:i|we|he|she|they|my\\s+\\w+)\\s+(?:still\\s+|safely\\s+|also\\s+)?(?:take|give|use|have|keep|continue|try|start)\\b[^,.;?!]{0,60}',
  '\\b(?:is|are)\\s+(?:it\\s+)?(?:\\w+\\s+)?(?:ok|okay|safe|fine|alright|all right)\\b[^,.;?!]{0,40}',
  '\\b(?:should|shall)\\s+i\\s+(?:take|give|use|try|start|keep)\\b[^,.;?!]{0,60}',
]);

/** What the asked object ends at: the medicine asked for is the one before "instead of", "rather than", "代替". */
const OBJECT_END = /\b(?:instead|rather than|in place of|or|and|with|while|since|because|after|for)\b|代替|替代|而不是|换成|还是|或者|和|跟|与|同时|一起/u;

/** A use on the skin or in the eye is not the systemic use a row is about (one list: asked-hazard.ts reads it too). */
export const TOPICAL =
  /\b(?:topical\w*|gels?|creams?|ointments?|patch(?:es)?|rubs?|sprays?|(?:eye|ear) drops?|on (?:the|my|your) skin)\b|外用|涂|擦|凝胶|软膏|乳膏|药膏|贴剂|膏药|滴眼液|眼药水|滴耳液/iu;

/** The answer's first clause is the yes itself ("可以。", "可以的，", "能。", "没问题！", "Yes.", "Sure, go ahead"). */
const OPENS_YES = alt([
  '^(?:你好|您好)?[，,]?\\s*(?:可以|能|行|得|没问题|没事|冇问题|冇事|当然(?:可以)?|放心)(?:的|啊|呀|哦|喔|嘅|㗎)?\\s*[。！!.]?$',
  '^(?:你好|您好)?[，,]?\\s*(?:可以|能)(?:放心|正常|照常|继续)?(?:吃|用|服|服用|喝|使用)(?:的|啊|呀)?\\s*[。！!.]?$',
  "^(?:hi|hello)?[^a-z]{0,2}\\s*(?:yes|yeah|yep|sure|absolutely|of course|certainly|definitely|go ahead|(?:that|it)(?:'s| is) (?:\\w+ )?(?:fine|ok|okay|safe))\\b[^,;:]*$",
]);

/**
 * The answer forbids, warns, refers or hedges anywhere: the yes is qualified and the answer's own sentences decide.
 * The table readers' own words (NOT_PERMITTED, CONSEQUENCE, the clinicians) plus the contrast and harm verbs a yes to
 * "会伤胃吗？能吃吗？" carries ("是的，布洛芬会伤胃").
 */
const HEDGE = alt([
  '\\b(?:but|however|caution|careful|risk\\w*|ask|check with|talk to|consult|doctor|pharmacist|gp|prescribed|instead|bleed\\w*|irritat\\w*|worsen\\w*)\\b',
  '\\bis not\\b',
  '不行|不可以|不过|但|注意|会伤|伤胃|伤肾|容易|出血|加重|的话|先问|问问|咨询|遵医嘱|代替|换成|改用',
  ...CLINICIAN_ZH,
]);

const ROWS = CONTRAINDICATIONS.map((c) => ({ c, drug: alt(c.drug, 'iu'), unless: c.unless ? alt(c.unless, 'iu') : undefined }));
const PAIRS = INTERACTIONS.map((x) => ({ id: x.id, a: alt(x.a, 'iu'), b: alt(x.b, 'iu') }));
const ANY_DRUG = alt([...CONTRAINDICATIONS.flatMap((c) => c.drug), ...INTERACTIONS.flatMap((x) => [...x.a, ...x.b])], 'giu');
/** Every condition name of the rows: a clause naming one negated ("我没有高血压", "I don't have asthma") is no context. */
const CONDITION_NAMES = alt(
  CONTRAINDICATIONS.flatMap((c) => c.condition?.names ?? []),
  'giu',
);

/** A test result that rules the condition out, said after it ("tested for gout and it was negative", "排除了"). */
const RULED_OUT = /\b(?:negative|ruled out|normal|clear)\b|阴性|排除|正常/iu;
/** A medicine stopped: its clause tells a history ("华法林上个月已经停了", "stopped in 2015", "now that you are off lithium"). */
export const STOPPED = /\b(?:stopped|quit|came off|no longer|used to)\b|\boff\s+(?:it|them|\w+)\b|停了|已经停|不吃了|没吃了|停用了/iu;
/** Someone else named (kin or care noun): "我妈有心衰", "My husband is on lithium". */
const OTHER_PERSON = new RegExp(`(?:${KIN_ZH})|\\b(?:my|his|her|our|their)\\s+(?:\\w+\\s+)?${KIN_EN}s?\\b|${KIN_BEFORE_EN.source}`, 'iu');
/** The asker speaking of themself; "我妈", "my husband" name another person and are taken out before this is read. */
const SELF = /我|\b(?:i|me|myself|i'm|i've)\b/iu;
const SELF_KIN = new RegExp(`(?:我的?)?(?:${KIN_ZH})|\\bmy\\s+(?:\\w+\\s+)?${KIN_EN}s?\\b`, 'giu');
/** The question says one medicine replaced another ("换成", "switched me from X to Y"): an unnamed object is ambiguous. */
const SWITCHED = /换成|换了|改成|改用|停了|\b(?:switch\w*|changed?|instead|replaced?|stopped)\b/iu;
const ANY_DRUG_ONE = new RegExp(ANY_DRUG.source, 'iu');
const GIVES = /给|\bgive\b/iu;

interface Asked {
  /** The medicine asked about, as named. */
  medicine: string;
  /** The question's clauses that tell the asker's own present state, joined (the context the tables judge against). */
  own: string;
  /** The clause that asks. */
  asking: string;
}

/**
 * The medicine the question asks permission for and the asker's own context (pure): the table medicine inside the
 * asking phrase before any "instead of"; with no medicine there ("医生开了阿司匹林，能吃吗？"), the one table medicine
 * the question names, when it names only one.
 */
export function askedUse(question: string): Asked | undefined {
  const q = toSimplified(question ?? '').toLowerCase();
  const ask = ASKS_PERMISSION.exec(q);
  if (!ask) return undefined;
  const phrase = ask[0];
  const cut = OBJECT_END.exec(phrase);
  const object = cut ? phrase.slice(0, cut.index) : phrase;
  const inObject = [...object.matchAll(ANY_DRUG)].map((m) => m[0]);
  const named = [...new Set([...q.matchAll(ANY_DRUG)].map((m) => m[0]))];
  // The object left out ("能吃吗", "can I take it?"): the one table medicine the question names.
  const rest = object
    .replace(/^.*?(?:吃|用|服|打|take|give|use|keep|continue|have|try|start|is|are)/u, '')
    .replace(/吗|么|嘛|呢|[?？]|\b(?:taking|using|it|them|this|that|these|those|ok|okay|safe|fine)\b|\s/gu, '');
  const spans = clauseSpans(q);
  const askSpan = spans.find((c) => c.start <= ask.index && ask.index < c.end) ?? { start: ask.index, end: q.length };
  // A subject before the ask in its own clause is what is asked about ("胰岛素能继续打吗"): no table medicine, no claim.
  const subject = q.slice(askSpan.start, ask.index).replace(/我|你|他|她|孩子|宝宝|自己|那|这|还|现在|\b(?:i|he|she|we|they|now|so|then)\b|\s/gu, '');
  const elided = !rest && !(subject && !ANY_DRUG_ONE.test(subject));
  const medicine = inObject.length ? inObject[inObject.length - 1] : elided && named.length === 1 && !SWITCHED.test(q) ? named[0] : undefined;
  if (!medicine) return undefined;
  return { medicine, own: askerClauses(q, ask.index), asking: phrase };
}

/**
 * The question's clauses that tell the asker's own present state, joined (pure): without a denied condition or medicine
 * ("我没有高血压", "I don't have asthma", "tested for gout, negative"), a stopped or past one ("华法林上个月已经停了",
 * "took lithium years ago"), or — when the asker speaks of themself — a relative's ("我老公在吃华法林", "my husband is on
 * lithium"). The clause at `askAt` (the asking clause) is always kept. One home for the curation reader too
 * (data/filters/asked-hazard.ts reads the other side of an interaction here).
 */
export function askerClauses(question: string, askAt = -1): string {
  const q = toSimplified(question ?? '').toLowerCase();
  const spans = clauseSpans(q);
  const askSpan = spans.find((c) => c.start <= askAt && askAt < c.end);
  const phrase = askSpan ? q.slice(askSpan.start, askSpan.end) : q;
  // The asker is the person who uses it: a "give" question is about the person given to; otherwise a question that
  // speaks of "我"/"I" beside a relative ("我老公在吃华法林，我自己牙疼…") is the asker's, and the relative's clauses are not.
  const firstPerson = !GIVES.test(phrase) && spans.some((c) => SELF.test(q.slice(c.start, c.end).replace(SELF_KIN, ' ')));
  const own: string[] = [];
  for (const span of spans) {
    const text = q.slice(span.start, span.end);
    if (span === askSpan) {
      own.push(text);
      continue;
    }
    if (firstPerson && OTHER_PERSON.test(text) && !SELF.test(text.replace(SELF_KIN, ' '))) continue;
    if (STOPPED.test(text) || isHistorical(q, span)) continue;
    const names = [...text.matchAll(CONDITION_NAMES)];
    if (names.some((m) => isNegated(q, span, span.start + (m.index ?? 0))) || (names.length && RULED_OUT.test(text))) continue;
    if ([...text.matchAll(ANY_DRUG)].some((m) => isNegated(q, span, span.start + (m.index ?? 0)))) continue;
    own.push(text);
  }
  return own.join('，');
}

/**
 * The contraindicated use or dangerous combination an answer's opening yes permits (pure): the question asks
 * permission for a table medicine, the answer's first clause is a plain yes naming no other medicine, and nothing in
 * the answer qualifies it. Judged: the claim "X may be taken" against the contraindication table with the asker's own
 * clauses as context (rows' exceptions — Kawasaki, 1岁以上, a topical form — read on the whole question and answer);
 * the other side of an interaction row in the asker's own present clauses.
 */
export function answeredPermission(answer: string, question: string): ContentFlag[] {
  const a = toSimplified(answer ?? '').toLowerCase();
  const asked = askedUse(question);
  if (!asked || !a.trim()) return [];
  const q = toSimplified(question).toLowerCase();
  const first = sentences(a)[0] ?? '';
  const opening = clauses(first)[0] ?? '';
  if (!OPENS_YES.test(opening) || HEDGE.test(a) || NOT_PERMITTED.test(a) || CONSEQUENCE.test(a)) return [];
  if (TOPICAL.test(asked.asking) || TOPICAL.test(a)) return [];
  // A yes that names a medicine names what it permits: another one than asked is no yes to the asked one.
  const mentioned = [...[...a.matchAll(ANY_DRUG)].map((m) => m[0]), ...findMedicineNames(a)];
  if (mentioned.some((m) => !m.includes(asked.medicine) && !asked.medicine.includes(m))) return [];
  const span = trimSpan(first);
  for (const p of PAIRS) {
    const side = p.a.test(asked.medicine) ? p.b : p.b.test(asked.medicine) ? p.a : undefined;
    const rest = asked.own.replace(asked.medicine, ' ');
    if (side?.test(rest)) return [{ code: 'unsafe-combination', span, reason: `${p.id}: yes to the question's combination` }];
  }
  const zh = /\p{Script=Han}/u.test(opening);
  const claim = zh ? `可以服用${asked.medicine}。` : `You can take ${asked.medicine}.`;
  for (const { c, drug, unless } of ROWS) {
    if (!drug.test(asked.medicine) || unless?.test(q) || unless?.test(a)) continue;
    const found = contraindicationClaims(claim, { conditions: [], text: asked.own }).filter((f) => f.reason.startsWith(c.id));
    if (found.length) return found.map((f) => ({ ...f, span, reason: `${f.reason} (yes to the question's use)` }));
  }
  return [];
}
