// A child given a medicine at ANOTHER form's volume (session 40, #19): WHO (a child), WHICH medicine (a concentrated
// liquid — infant drops, 100 mg/mL — named from the knowledge base's product table), and HOW MUCH against what was
// intended (the volume measured for the weaker form — a suspension or syrup — times the doses given). Blind batch
// triage-bd bd086: 我把孩子的泰诺林滴剂当成混悬液了，按混悬液的量一次喂了5毫升，一共喂了三次，孩子10个月9公斤 read routine:
// every part is ordinary alone (a dose, a product, a weight); the harm is the product taken FOR another, the dose the
// other's. The reading: a concentrated product X (p.mgPerMl ≥ CONCENTRATED) × a mix-up that makes X the thing given as a
// weaker form W (把X当成W, 按W的量, "thinking it was the syrup", "using the 5ml spoon from the syrup") × a volume per dose
// and a count of doses → mg = mL × doses × X's mg/mL, per kg of the child's weight (told, else from the age: APLS).
// Over the 24-hour limit (75 mg/kg, the screening dose table) it is an overdose given, an emergency even when the child
// looks well (the liver harm shows a day or two later). The reverse (W given as X: an underdose) and a question with
// nothing given are not read. Pure; its own word lists; the product table and the limit are read from their homes.
import { PARACETAMOL_PRODUCTS, type ParacetamolProduct } from '../../knowledge/paracetamol-products.js';
import { escapeRegExp } from '../../core/regex.js';
import { DOSE_LIMITS } from '../screening/dose-limits.js';
import { youngChild } from './child-medicine.js';
import { type ClinicalRule, clinicalRule } from './clinical.js';
import { CHILD, toldWeightKg, weightFromAge } from './paracetamol-sum.js';

const LIMIT = DOSE_LIMITS.find((d) => d.id === 'paracetamol')?.perKgDaily;
if (!LIMIT) throw new Error('dose-limits.ts lost its paracetamol per-kg daily limit');
const MG_PER_KG_LIMIT = LIMIT;
/** A liquid at least this strong (mg/mL) is the concentrated form (infant drops, 100 mg/mL; suspensions are 24–32). */
const CONCENTRATED = 80;

export interface StrengthMixup {
  product: string;
  ml: number;
  doses: number;
  mg: number;
  kg: number;
  mgPerKg: number;
}

let concentrated: { re: RegExp; byName: Map<string, ParacetamolProduct> } | undefined;
function concentratedNames(): { re: RegExp; byName: Map<string, ParacetamolProduct> } {
  if (concentrated) return concentrated;
  const byName = new Map<string, ParacetamolProduct>();
  for (const p of PARACETAMOL_PRODUCTS) if ((p.mgPerMl ?? 0) >= CONCENTRATED) for (const n of p.names) byName.set(n.toLowerCase(), p);
  const alts = [...byName.keys()].sort((a, b) => b.length - a.length).map((n) => (/^[a-z]/.test(n) ? `\\b${escapeRegExp(n)}\\b` : escapeRegExp(n)));
  concentrated = { re: new RegExp(alts.join('|'), 'i'), byName };
  return concentrated;
}

/** The weaker form the concentrated one was taken for: a suspension, a syrup, the children's liquid. */
const WEAKER = String.raw`(?:混悬液|悬浮液|糖浆|口服液|水剂|(?:children'?s|kids'?|child) (?:paracetamol|calpol|medicine|syrup|suspension|liquid)|suspension|syrup|calpol|the (?:big|other|usual) bottle)`;
/** The concentrated form given AS the weaker one, or at its measure: 把X当成W, 以为X是W, 按W的量, "thinking it was the
 *  syrup", "using the 5ml spoon from the syrup", "the syrup's dose", "instead of the syrup". */
const MIXUP = new RegExp(
  String.raw`(?:当成|当作|当做|看成|以为是)[^，。；]{0,6}${WEAKER}|按(?:照)?[^，。；]{0,4}${WEAKER}[^，。；]{0,4}(?:的)?(?:量|剂量|用量|刻度|说明)|用[^，。；]{0,4}${WEAKER}[^，。；]{0,4}的(?:量杯|勺|量|刻度|滴管)|\b(?:thinking|thought|as if|like) (?:it was|it were|it's) (?:the |her |his )?${WEAKER}|\b(?:spoon|syringe|cup|measure|dose|amount|dosing)\b[^.?!]{0,20}\b(?:from|for|of|on) (?:the |her |his )?${WEAKER}|${WEAKER}'?s? (?:dose|amount|spoon|syringe|measure)\b|\b(?:mixed (?:it )?up|confused)\b[^.?!]{0,30}${WEAKER}`,
  'i',
);
/** The reverse: the weaker form taken for the concentrated one (an underdose): 把W当成X, "gave the syrup thinking it was the drops". */
const REVERSED_ZH = new RegExp(String.raw`把[^，。；]{0,10}${WEAKER}[^，。；]{0,4}(?:当成|当作|当做|看成)`, 'i');
const REVERSED_EN = new RegExp(String.raw`${WEAKER}[^.?!]{0,30}\b(?:thinking|thought|as if) (?:it was|it were|it's) (?:the )?(?:\w+ )?drops\b`, 'i');
/** A question before anything was given, a what-if. */
const NOT_GIVEN =
  /如果|万一|假如|要是|会不会|能不能|可以(?:吗|不)|该(?:喂|给|吃)多少|\bwhat if\b|\b(?:can|should|could) i (?:give|use)\b|\bhow much (?:should|do|can)\b|\bbefore (?:i|we) (?:give|gave)\b/i;
const GIVEN = /喂|给[^，。；]{0,6}(?:吃|喝|用)|吃了|服了|用了|\b(?:gave|given|giving|dosed|used|have been giving|been giving)\b/i;

/** mL given per dose: the first volume told that is no bottle size ("15ml的瓶", "a 15ml bottle"). */
const ML = /(\d+(?:\.\d+)?)\s*(?:ml|mls|毫升)(?![a-z])/gi;
const BOTTLE_AFTER = /^\s*(?:的)?(?:瓶|装|一瓶|bottle|pack)/i;
/** The count of doses given: 三次, 一共喂了四次, "three times", "x3"; the largest said (一次 is 'each time'). */
const TIMES_ZH = /([一二两三四五六七八九十\d]+)\s*次/g;
const TIMES_EN = /\b(twice|three times|four times|five times|six times|(\d+) times|x ?(\d))\b/gi;
const ZH_NUM: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const EN_TIMES: Record<string, number> = { twice: 2, 'three times': 3, 'four times': 4, 'five times': 5, 'six times': 6 };

function dosesIn(text: string): number {
  let n = 1;
  for (const m of text.matchAll(TIMES_ZH)) {
    const raw = m[1] ?? '';
    const v = /^\d+$/.test(raw) ? Number(raw) : raw.length === 1 ? (ZH_NUM[raw] ?? 1) : 1;
    if (v <= 12) n = Math.max(n, v);
  }
  for (const m of text.matchAll(TIMES_EN)) {
    const v = EN_TIMES[(m[1] ?? '').toLowerCase()] ?? Number(m[2] ?? m[3] ?? 1);
    if (v <= 12) n = Math.max(n, v);
  }
  return n;
}

/** The volumes given, in the order told: no bottle size ("15ml的瓶", "a 15ml bottle"). */
function doseVolumes(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(ML)) {
    if (BOTTLE_AFTER.test(text.slice((m.index ?? 0) + m[0].length))) continue;
    const v = Number(m[1]);
    if (Number.isFinite(v) && v > 0) out.push(v);
  }
  return out;
}

/** A child given a concentrated liquid at a weaker form's volume, over the child's 24-hour limit per kg. */
export function readStrengthMixup(text: string): StrengthMixup | null {
  if (!(youngChild(text) || CHILD.test(text)) || NOT_GIVEN.test(text) || !GIVEN.test(text)) return null;
  if (!MIXUP.test(text) || REVERSED_ZH.test(text) || REVERSED_EN.test(text)) return null;
  const { re, byName } = concentratedNames();
  const named = re.exec(text);
  if (!named) return null;
  const p = byName.get(named[0].toLowerCase());
  const perMl = p?.mgPerMl;
  if (!perMl) return null;
  const volumes = doseVolumes(text);
  const ml = volumes[0];
  if (ml === undefined) return null;
  const told = toldWeightKg(text);
  const kg = Number.isFinite(told) ? told : weightFromAge(text);
  if (!Number.isFinite(kg) || kg <= 0) return null;
  // A count of doses told multiplies the first volume (一次喂了5毫升，一共喂了三次); else each volume told is a dose given
  // (晚上喂了5毫升，早上又喂了5毫升: two givers, two doses).
  const doses = dosesIn(text);
  const mg = (doses > 1 ? ml * doses : volumes.reduce((a, b) => a + b, 0)) * perMl;
  const mgPerKg = mg / kg;
  return mgPerKg >= MG_PER_KG_LIMIT ? { product: named[0], ml, doses, mg, kg, mgPerKg } : null;
}

export const STRENGTH_MIXUP_ID = 'paracetamol-strength-mixup';

export const STRENGTH_MIXUP_RULES: readonly ClinicalRule[] = [
  clinicalRule(
    STRENGTH_MIXUP_ID,
    'emergency',
    '孩子按混悬液（糖浆）的量喂了浓缩的滴剂：对乙酰氨基酚（扑热息痛）的量按体重算已超过安全上限',
    "a child was given concentrated drops at the syrup's volume: the paracetamol for the child's weight is over the safe limit",
    '即使孩子现在看起来没事也要立即去急诊或拨打急救电话，带上两种药瓶：过量损伤肝脏在一两天后才出现，需要抽血查浓度并及早用解毒药。先停用所有含对乙酰氨基酚的药。',
    'Go to an emergency department or call an ambulance now, even if the child seems well, and bring both bottles: liver harm shows a day or two later, and a blood level and early antidote are needed. Stop everything that contains paracetamol.',
    (c) => readStrengthMixup(c.text) !== null,
  ),
];
