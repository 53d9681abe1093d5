// A red flag the consultation asked, told present in the patient's own words. Patients rarely answer "yes": they answer
// with what they have ("两个月瘦了五公斤", "Lost half a stone without trying", "今天早上醒来就这样了", "an ache low in my
// tummy"), which no triage sign reads — the triage has no sign for weight loss, onset, pus or a site's pain — so the
// disposition stayed routine although the consultation had asked exactly that red flag (consult-cases 22–28: 7 of the
// 17 urgent cases ended routine this way). The question is the frame that makes such words readable: an amount of
// weight is a loss when weight loss was asked, a moment of waking is the onset when sudden hearing loss was asked. A
// sign is told when a turn asked it and the reply says it, not denied in its clause (red-flags/context.ts), not a gain
// or a gradual course. Every sign here is a referral red flag of the complaints that ask it (complaint.ts: the
// findings that turn a complaint into same-day care): told, the case is seen today (policy.ts). Pure; zh + en.
import { clauseAt, clauses, isNegated, sentenceBounds } from '../safety/red-flags/context.js';
import { matchesOf } from '../safety/red-flags/match.js';
import { parseNumber } from '../safety/red-flags/numbers.js';

export type ToldSignId = 'weightLoss' | 'suddenSenseLoss' | 'pus' | 'spreadingRedness' | 'lowerBellyPain';

interface ToldSign {
  /** The question asks this sign. */
  asks: RegExp;
  /** The reply says it (global: every mention is judged in its own clause). */
  told: RegExp;
  /** A mention whose clause says this is not the sign (a gain, a gradual course). */
  unless?: RegExp;
  /** A mention counts only with this, undenied, in its clause (a pain word beside a site: "小腹不疼" is no pain). */
  needs?: RegExp;
  /** A mention whose sentence says this is not the sign's danger (a loss while dieting, an amount too small to count). */
  benign?: (sentence: string, clause: string) => boolean;
  title: { zh: string; en: string };
}

const ZH_N = '[\\d一二两兩三四五六七八九十半几幾]+';
const EN_N = String.raw`(?:\d+(?:\.\d)?|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|half a|a couple of|a few)`;
const WEIGHT_UNIT = String.raw`(?:kilos?|kgs?|pounds?|lbs?|stones?|st)\b`;

/** A loss sought (dieting, on purpose), unless denied ("也没减肥", "wasn't trying to lose"): no red flag. */
const INTENDED =
  /(?<!没|没有|沒|沒有|不是|没在|沒在)(?:在)?(?:减肥|減肥|节食|節食)|(?<!not |n't )\b(?:dieting|on a diet|trying to lose|on purpose|slimming world|weight watchers)\b|(?<!not |n't )\b(?:been|was|am|i'm) trying\b/i;
/** A stated loss below this is within a day's or a week's swing (1 kg, "两斤"): not the unexplained loss a referral asks. */
const MIN_KG = 2;
const KG_PER: Record<string, number> = { 斤: 0.5, 公斤: 1, 千克: 1, kg: 1, kilo: 1, pound: 0.4536, lb: 0.4536, stone: 6.35, st: 6.35 };
const AMOUNT =
  /(half a|\d+(?:\.\d)?|[零〇一二两三四五六七八九十]+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\s*(斤|公斤|千克|kg|kilo|pound|lb|stone|st)(?:s|gs)?\b|(半|[零〇一二两三四五六七八九十\d]+)\s*(斤|公斤|千克)/i;
/** The weight said lost in the clause, in kg (the larger end of a range: "三四斤" 2 kg); undefined when none is said. */
function kgLost(clause: string): number | undefined {
  const m = AMOUNT.exec(clause);
  if (!m) return undefined;
  const token = (m[1] ?? m[3] ?? '').toLowerCase();
  const unit = (m[2] ?? m[4] ?? '').toLowerCase();
  const n = token === 'half a' || token === '半' ? 0.5 : parseNumber(token);
  return n === null ? undefined : n * (KG_PER[unit] ?? 1);
}

const SIGNS: Record<ToldSignId, ToldSign> = {
  weightLoss: {
    asks: /体重(?:下降|减轻|減輕)|消瘦|变瘦|\bweight loss\b|\blosing weight\b|\blost weight\b/i,
    told: new RegExp(
      [
        '瘦了|消瘦|变瘦|變瘦|瘦得',
        `(?:掉|轻|輕|少|减|減|降)了?\\s*(?:快|近|将近|將近|差不多|大概|约|約)?${ZH_N}\\s*多?\\s*(?:斤|公斤|kg|千克)`,
        '体重[^，。；,;]{0,8}(?:下降|减轻|減輕|掉|轻了|輕了|少了|降)|體重[^，。；,;]{0,8}(?:下降|減輕|掉|輕了|少了|降)',
        String.raw`\blost (?:(?:about|around|nearly|almost|over|roughly|some|quite|a bit of|a lot of|loads of|any)\s+)*(?:${EN_N}\s*)?(?:weight|${WEIGHT_UNIT})`,
        String.raw`\bweight loss\b|\blosing weight\b|\bweight (?:has been |is |'s )?(?:dropping|falling|coming) off\b`,
        String.raw`\b(?:hanging off|falling off|looser on) me\b|\bdropped (?:a |two )?(?:dress|trouser|jeans) sizes?\b`,
        // An amount of weight over a span ("about 5 kilos over 2 months") answers the weight-loss question it was asked by.
        String.raw`\b\d+(?:\.\d)?\s*${WEIGHT_UNIT}[^.;]{0,20}\b(?:over|in)\s+(?:the\s+)?(?:last\s+|past\s+)?${EN_N}?\s*(?:weeks?|months?|years?)\b`,
      ].join('|'),
      'gi',
    ),
    unless: /胖|重了|长了|長了|增加|\bput on\b|\bgain\w*|\bheavier\b/i,
    benign: (sentence, clause) => INTENDED.test(sentence) || (kgLost(clause) ?? Number.POSITIVE_INFINITY) < MIN_KG,
    title: { zh: '体重下降', en: 'weight loss' },
  },
  suddenSenseLoss: {
    // Sudden loss of hearing or sight (NICE CKS: refer the same day); the generic "did it come on suddenly" is not this.
    asks: /突然[^，。？?、]{0,4}(?:听力|听不|聽不|耳聋|耳聾|看不|视力|視力|失明)|\bsudden(?:ly)?\b[^?.]{0,24}\b(?:hearing|deaf\w*|vision|sight|blind\w*)\b/i,
    told: /(?:醒来|醒來|起来|起來|起床|睁眼|睜眼)(?:后|後|时|時|以后|以後)?就|一觉醒来|一覺醒來|突然|一下子|突发|突發|\bsudden(?:ly)?\b|\ball of a sudden\b|\bwoke (?:up )?(?:with|like)\b|\bovernight\b|\bout of (?:nowhere|the blue)\b/gi,
    unless: /不是突然|并不突然|並不突然|慢慢|逐渐|逐漸|渐渐|漸漸|\bgradual\w*|\bslowly\b|\bbuilt up\b|\bover (?:weeks|months|years)\b/i,
    title: { zh: '突然听力或视力下降', en: 'a sudden loss of hearing or sight' },
  },
  pus: {
    asks: /脓|膿|\bpus\b/i,
    told: /脓|膿|\bpus\b|\booz\w*\b[^.;,]{0,15}\b(?:yellow|green)\b|\b(?:yellow|green)\w*\s+(?:gunk|goo|stuff|discharge)\b/gi,
    title: { zh: '伤口流脓', en: 'pus' },
  },
  spreadingRedness: {
    asks: /(?:周围|周圍|四周)[^？?]{0,6}红|红(?:肿)?[^？?]{0,6}(?:扩散|蔓延|变大)|\bspreading\b|\bred streaks?\b|\bgetting bigger\b/i,
    told: /红肿了一圈|紅腫了一圈|红[^，。；,;]{0,6}(?:越来越|变)大|紅[^，。；,;]{0,6}(?:越來越|變)大|越来越红|越來越紅|(?:红|紅|肿|腫)[^，。；,;]{0,4}(?:扩散|擴散|蔓延|扩大|擴大)|红线|紅線|\bspreading (?:redness|red)\b|\b(?:redness|red (?:area|patch|bit|mark|skin)|swelling)\b[^.;,]{0,25}\b(?:spread\w*|got bigger|getting bigger|grown|growing)\b|\bred (?:streaks?|lines?)\b/gi,
    title: { zh: '红肿在扩大', en: 'spreading redness' },
  },
  lowerBellyPain: {
    asks: /下腹|小腹|小肚子|\blower (?:belly|tummy|abdom\w*|stomach)\b|\bpelvi\w*/i,
    told: /下腹|小腹|小肚子|\blow(?:er)?(?: down)? in (?:my|the|her) (?:tummy|belly|abdomen|stomach)\b|\blower (?:tummy|belly|abdomen|stomach)\b|\bpelvi\w+/gi,
    needs: /疼|痛|坠|墜|不舒服|\bach\w*|\bpain\w*|\bhurt\w*|\bsore\b|\bcramp\w*/i,
    title: { zh: '下腹痛', en: 'lower belly pain' },
  },
};

const IDS = Object.keys(SIGNS) as ToldSignId[];

export interface ToldRedFlag {
  id: ToldSignId;
  /** The question that asked it. */
  question: string;
  title: { zh: string; en: string };
}

/** A Chinese negation a verb before the mention ("不流脓", "没见脓", "未见红肿扩大"): context.ts reads 不 only right before. */
const NEGATED_NEAR = /[不没沒无無未]\p{Script=Han}{0,2}$/u;

/** A negation inside a Chinese match ("体重没掉"), or "nothing"/"none" right before an English one ("nothing sudden"). */
const NEGATED_IN = /[不没沒未]/;
const NOTHING_BEFORE = /\b(?:nothing|none|never)\s+(?:\w+\s+)?$/i;

/** Is the sign said in the reply, in a clause that neither denies it nor says it is not this sign? */
function says(s: ToldSign, reply: string): boolean {
  const all = clauses(reply);
  return matchesOf(s.told, reply).some((m) => {
    const c = clauseAt(all, m.index);
    const clause = reply.slice(c.start, c.end);
    const before = reply.slice(Math.max(c.start, m.index - 3), m.index);
    const denied = NEGATED_NEAR.test(before) || NEGATED_IN.test(m[0]) || NOTHING_BEFORE.test(reply.slice(c.start, m.index));
    if (isNegated(reply, c, m.index) || denied || s.unless?.test(clause)) return false;
    const need = s.needs ? matchesOf(new RegExp(s.needs.source, 'gi'), clause) : undefined;
    if (need && !need.some((x) => !isNegated(reply, c, c.start + x.index))) return false;
    const sb = sentenceBounds(reply, m.index);
    return !s.benign?.(reply.slice(sb.start, sb.end), clause);
  });
}

/** The red flags the turns asked that their replies tell present, in the order of the signs; each at most once. */
export function toldRedFlags(turns: readonly { asked: readonly string[]; reply: string }[]): ToldRedFlag[] {
  const out: ToldRedFlag[] = [];
  for (const id of IDS) {
    const s = SIGNS[id];
    for (const { asked, reply } of turns) {
      const question = asked.find((q) => s.asks.test(q));
      if (question !== undefined && says(s, reply)) {
        out.push({ id, question, title: s.title });
        break;
      }
    }
  }
  return out;
}
