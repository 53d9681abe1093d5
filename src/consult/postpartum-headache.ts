// A headache in the six weeks after a birth is pre-eclampsia (which can start or worsen after delivery) or a cerebral
// venous thrombosis until excluded (NICE NG133 / CKS postnatal care, RCOG, ACOG Practice Bulletin 222): a new severe
// headache then is same-day care, and with a blood pressure of 160/110 or more, changes in sight, a fit or the worst
// headache of one's life it is an emergency. Neither the headache words nor a reading alone say this — the situation
// (who: a mother within six weeks of the birth; what: her headache; which signs, told anywhere in the consultation) does.
// Pure; read over the whole consultation (opening, replies, affirmed findings), each part judged in its own clause.
import { clauseAt, clauses } from '../safety/red-flags/context.js';
import { readCount } from '../safety/red-flags/numbers.js';
import { toldMention } from './mention.js';
import type { TriageLevel } from '../safety/types.js';

/** A count in digits or Chinese numerals up to ten (两/半 included; 几 a few, read as three). */
const NUM = String.raw`(\d{1,3}|[一二两兩三四五六七八九十几幾半]{1,3})`;
/** 几 (a few) is read as three: 十几天 13 days, 几周 three weeks. */
const count = (s: string): number => readCount(s.replace(/[几幾]/g, '三'));
const DAYS: Record<string, number> = {
  day: 1,
  days: 1,
  d: 1,
  wk: 7,
  wks: 7,
  week: 7,
  weeks: 7,
  天: 1,
  日: 1,
  周: 7,
  週: 7,
  星期: 7,
  个星期: 7,
  個星期: 7,
  礼拜: 7,
  个礼拜: 7,
  个月: 30,
  個月: 30,
  月: 30,
};

/** The time since a birth told with it: "had my baby 10 days ago", "gave birth 3 weeks ago", "2 weeks postpartum",
 *  "day 10 after my c-section", "生完孩子10天", "产后两周", "剖腹产后第5天", "顺产三个星期". In days; each match's own count. */
const SINCE_BIRTH_EN =
  /\b(?:had (?:my|the|our|a) (?:baby|son|daughter|little (?:boy|girl)|twins)|gave birth|delivered|(?:my |a )?(?:c-?section|caesarean|cesarean)) (?:\w+ ){0,3}?(\d{1,3}|a|one|two|three|four|five|six) (days?|wks?|weeks?) ago\b|\b(\d{1,3}|one|two|three|four|five|six) (days?|wks?|weeks?) (?:postpartum|post-partum|postnatal|post-natal|after (?:the |my )?(?:birth|delivery|c-?section|caesarean|cesarean|giving birth|having (?:the |my )?baby))\b|\bday (\d{1,2}) (?:postpartum|post-partum|after (?:the |my )?(?:birth|delivery|c-?section))\b/gi;
const SINCE_BIRTH_ZH = new RegExp(
  `(?:生完(?:孩子|宝宝|小孩|BB|二胎)?|生了?(?:孩子|宝宝|小孩)(?:已经)?|产后(?:第)?|分娩(?:后)?(?:第)?|(?:剖腹产|剖宫产|顺产)(?:后|完)?(?:第)?)(?:已经|才|刚)?${NUM}(天|日|周|週|个?星期|個星期|个?礼拜|个月|個月)`,
  'g',
);

/** The days since the birth, when the text tells it; the smallest told. */
export function daysSinceBirth(text: string): number | undefined {
  const found: number[] = [];
  for (const m of text.matchAll(SINCE_BIRTH_EN)) {
    if (m[5]) found.push(Number(m[5]));
    else {
      const n = m[1] ?? m[3];
      const unit = (m[2] ?? m[4]).toLowerCase();
      const v = readCount(n);
      found.push(v * (unit.startsWith('d') ? 1 : 7));
    }
  }
  for (const m of text.matchAll(SINCE_BIRTH_ZH)) found.push(count(m[1]) * (DAYS[m[2]] ?? Number.NaN));
  const ok = found.filter((d) => Number.isFinite(d));
  return ok.length ? Math.min(...ok) : undefined;
}

/** The first weeks after a birth without a count: 坐月子 / 月子里 (the first month), "just had a baby", "newborn" beside
 *  the mother's own complaint ("breastfeeding my newborn"), "a week after giving birth" is read with its count above. */
const FIRST_WEEKS =
  /坐月子|月子里|月子期间|刚生完|刚生了|刚刚生完|\bjust (?:had (?:my|a|the|our) baby|given birth|gave birth)\b|\b(?:my|our) newborn\b|\bnewborn (?:baby|son|daughter)\b/i;

/** A mother within six weeks (42 days) of the birth, by a count or by the first-month words. */
export function withinSixWeeksOfBirth(text: string): boolean {
  const d = daysSinceBirth(text);
  return d !== undefined ? d <= 42 : FIRST_WEEKS.test(text);
}

/** A headache (头…痛 with at most three characters between; not 乳头/舌头/骨头/指头/枕头, a nipple's or a finger's pain). */
export const HEADACHE =
  /\bheadaches?\b|\bmigraines?\b|\bhead (?:is |has been |keeps |feels )?(?:pounding|throbbing|splitting|killing me|aching|hurting|hurts|sore)\b|\bmy head hurts\b|(?<![乳舌骨指枕码馒奶龙])[头頭][^，。,.！？!?、]{0,3}(?:痛|疼)|脑袋[^，。,.]{0,2}(?:疼|痛)|偏头痛/gi;
/** Worse than any before, sudden and severe ("worst headache of my life", "thunderclap", "like being hit", 炸裂). */
const WORST =
  /\bworst (?:headache|pain)\b|\bthunderclap\b|\blike (?:being hit|a bomb|an explosion)\b|\b(?:sudden(?:ly)?|came on) (?:\w+ )?(?:severe|excruciating|blinding)\b|头痛欲裂|炸裂|爆炸样|从来没(?:有)?这么(?:痛|疼)|最(?:厉害|严重)的一次|突然(?:剧烈|爆发)/gi;
/** Severe, or not eased by the usual painkiller: same-day care after a birth. */
const SEVERE =
  /\b(?:severe|splitting|terrible|awful|horrendous|excruciating|really bad|very bad|bad|pounding|constant|won'?t go|not going away|isn'?t (?:touching|helping|working|shifting)|not (?:touching|helping|working|shifting)|(?:doesn'?t|didn'?t|don'?t) (?:touch|help|work|shift|go)|nothing (?:helps|works|touches))\b|剧烈|很痛|很疼|好痛|好疼|特别痛|特别疼|厉害|一直痛|一直疼|不管用|没用|不见好|止不住|吃了?(?:止痛药|布洛芬|扑热息痛|必理痛|对乙酰氨基酚)?(?:也)?(?:不管用|没用|不好|不缓解)/gi;
/** Changes in sight: blurring, flashing lights, spots, zigzags, double or lost vision. */
const SIGHT =
  /\bblurr(?:y|ed|ing)\b|(?<!\bhot )\bflash(?:es|ing)?(?: lights?)?\b|\bzig-?zags?\b|\b(?:seeing )?spots (?:in|before) (?:my )?(?:eyes|vision)\b|\bseeing spots\b|\bdouble vision\b|\b(?:lost|losing) (?:my |some )?(?:vision|sight)\b|\bvision (?:is |has gone |went |has been )?(?:blurr\w*|funny|strange|weird|dim|fuzzy|off)\b|\bcan'?t see (?:properly|clearly|straight)\b|看东西模糊|看不清|视物模糊|视力模糊|模糊|眼前(?:有)?(?:闪光|发黑|黑点|冒金星|金星)|冒金星|闪光|重影|看東西模糊|看不清楚/gi;
/** A fit told of the mother. */
const FIT = /\b(?:a|had a|having an?|having) fits?\b|\bseizures?\b|\bconvuls\w*|抽搐|抽风|惊厥|发羊癫疯/gi;
/** Swelling of the face or hands, pain under the right ribs or in the upper belly: the other signs of pre-eclampsia. */
const OTHER_SIGNS =
  /\b(?:face|hands?|fingers|eyes?) (?:\w+ ){0,3}?(?:swollen|swelling|puff\w*)\b|\b(?:swollen|puffy) (?:face|hands?|fingers|eyes)\b|\b(?:under|below) (?:my )?right ribs?\b|\bright upper (?:belly|tummy|abdomen)\b|\bupper (?:belly|tummy|abdomen|stomach) (?:pain|ache)\b|(?:脸|面|手|眼皮)[^，。,.]{0,3}(?:肿|浮肿)|右(?:上腹|肋|肋骨下|边肋骨)[^，。,.]{0,4}(?:痛|疼)|上腹(?:部)?(?:痛|疼)/gi;
/** A blood pressure reading: systolic/diastolic. */
const READING = /(?<![\d.])(\d{2,3})\s*(?:\/|over|／)\s*(\d{2,3})(?![\d.])/gi;

/** A mention that is affirmed where it stands: not negated in its clause, not told of the past. */
const affirmed = (text: string, re: RegExp): boolean => toldMention(text, re, { notPast: true });

/** Another person's reading, or one of another time, in the reading's clause ("my mum's was 170/110 last year", "my
 *  husband's was 165/110", 我婆婆血压170/110, 怀孕时): not the mother's own now (review s30 a43, d05, a44). */
const PERSON_EN =
  'mum|mom|mother|mam|dad|father|husband|partner|boyfriend|sister|brother|friend|nan|gran|granny|grandma|grandmother|grandad|grandfather|mother-in-law|mil|father-in-law|baby|son|daughter';
const PERSON_ZH = '婆婆|家婆|奶奶|外婆|妈妈|我妈|老妈|阿妈|老公|爸爸|我爸|姐姐|妹妹|朋友|她|他';
/** Before the reading in its clause: another person's ("my mum's was", "my husband had", 我婆婆血压, no 我 between). */
const OTHERS_READING = new RegExp(
  String.raw`\b(?:my|our|her|his|the) (?:${PERSON_EN})(?:'s|s')(?=\s)|\b(?:my|our|her|his|the) (?:${PERSON_EN}) (?:bp|blood pressure|had|has|was|is)\b|(?:${PERSON_ZH})[^，。,.；;！？!?我]{0,6}$`,
  'i',
);
/** In the reading's clause: another time ("last year", 去年, 怀孕时). */
const OTHER_TIME =
  /\b(?:last year|years? ago|before (?:the birth|i was pregnant|pregnancy)|when i was pregnant|during (?:the |my )?pregnancy|in pregnancy|while pregnant)\b|去年|以前|怀孕时|怀孕的时候|孕期|产前|生之前/i;

/** The highest reading told: [systolic, diastolic]. The mother's own, now: not another person's or another time's. */
function highestReading(text: string): [number, number] | undefined {
  let top: [number, number] | undefined;
  const all = clauses(text);
  for (const m of text.matchAll(READING)) {
    const s = Number(m[1]);
    const d = Number(m[2]);
    if (s < 70 || s > 260 || d < 35 || d > 170 || d >= s) continue;
    const at = m.index ?? 0;
    const c = clauseAt(all, at);
    if (OTHERS_READING.test(text.slice(c.start, at)) || OTHER_TIME.test(text.slice(c.start, c.end))) continue;
    if (!top || s > top[0] || d > top[1]) top = [Math.max(s, top?.[0] ?? 0), Math.max(d, top?.[1] ?? 0)];
  }
  return top;
}

export interface PostpartumHeadache {
  level: Exclude<TriageLevel, 'routine'>;
  /** What made it: the signs told (for the notes and tests). */
  why: readonly ('severe-bp' | 'raised-bp' | 'sight' | 'fit' | 'worst' | 'severe' | 'other-signs')[];
}

/**
 * A mother's headache within six weeks of the birth, graded by what the consultation told: emergency with a reading of
 * 160/110 or more, changes in sight, a fit or the worst-headache wording; same-day (urgent) when the headache is severe or
 * not eased by painkillers, with a reading of 140/90 or more, or with swelling of the face or hands or pain under the
 * right ribs; otherwise null (a mild headache after a birth is asked about — must-ask.ts — not raised).
 */
export function readPostpartumHeadache(text: string): PostpartumHeadache | null {
  if (!withinSixWeeksOfBirth(text) || !affirmed(text, HEADACHE)) return null;
  const why: PostpartumHeadache['why'][number][] = [];
  const bp = highestReading(text);
  if (bp && (bp[0] >= 160 || bp[1] >= 110)) why.push('severe-bp');
  else if (bp && (bp[0] >= 140 || bp[1] >= 90)) why.push('raised-bp');
  if (affirmed(text, SIGHT)) why.push('sight');
  if (affirmed(text, FIT)) why.push('fit');
  if (affirmed(text, WORST)) why.push('worst');
  if (affirmed(text, SEVERE)) why.push('severe');
  if (affirmed(text, OTHER_SIGNS)) why.push('other-signs');
  if (why.some((w) => w === 'severe-bp' || w === 'sight' || w === 'fit' || w === 'worst')) return { level: 'emergency', why };
  return why.length ? { level: 'urgent', why } : null;
}

export const POSTPARTUM_HEADACHE_HELD = {
  id: 'postpartum-headache',
  title: { zh: '产后六周内的头痛', en: 'a headache in the six weeks after a birth' },
  advice: {
    emergency: {
      zh: '产后头痛伴血压很高、看东西模糊或闪光、抽搐，或是从未有过的剧烈头痛，可能是产后子痫前期或颅内静脉血栓：请立即拨打急救电话或去急诊，不要等待。',
      en: 'A headache after a birth with a very high blood pressure, blurred or flashing vision, a fit, or the worst headache you have had can be post-natal pre-eclampsia or a clot in the brain: call the emergency number or go to the emergency department now.',
    },
    urgent: {
      zh: '产后六周内新出现的严重头痛需要今天就医（测血压、排除产后子痫前期），不要只在家观察；如出现视物模糊、抽搐或头痛突然加剧，请立即拨打急救电话。',
      en: 'A new severe headache in the six weeks after a birth needs a doctor today (blood pressure check, pre-eclampsia excluded), not watching at home; if your sight blurs, you have a fit or the headache suddenly worsens, call the emergency number.',
    },
  },
} as const;
