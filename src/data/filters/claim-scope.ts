// Claim flags whose own sentence, or the answer around it, scopes the claim so that it is no longer the harm the
// flag names (session 44, four clean first-sight records of curation-corrupt-43 dropped by the claim checker):
//   - an amount that measures a named food, in a sentence that names no medicine: the question's medicine does not own
//     it ("吃15～20克快速升糖的食物" after "打胰岛素加吃格列美脲" is not 20 g of glimepiride);
//   - an assurance that is graded and bounded by a dose ("按说明书剂量长期使用比较安全", "老人长期使用相对安全，从小剂量开始"):
//     a bounded statement of a label's safety, not a blanket one;
//   - direction advice whose sentence itself excludes the condition it would harm ("多喝水（没有心衰、肾病限制的话）");
//   - a safeguard dismissed for "this case" while the same answer prescribes that safeguard under another, stated case
//     ("这种情况…不需要吃紧急避孕药。…如果发生在第一周且前几天有过同房，还要考虑紧急避孕"): a case distinction.
// Each reading is FORM (what the number measures, what bounds the assurance, which condition is excluded, which case is
// split), and each acts only after the flag's own reader, run again on the span, reproduces the flag: a flag from any
// other reader is never touched. The readings only release; every one is narrow and steps aside on anything unclear.
import type { ContentFlag } from '../../core/content-flags.js';
import { contextClaims, passageTopic } from '../../safety/screening/claims.js';
import { doseOutOfRange } from '../../safety/screening/dose-check.js';
import { DIRECTION_ROWS, directionClaims } from '../../safety/screening/directional-advice.js';
import { HARMFUL_PRACTICES } from '../../safety/screening/practices.js';
import { safeguardClaims } from '../../safety/screening/safeguards.js';
import { alt, normalise, sentences } from '../../safety/screening/text.js';

export type ClaimScope = 'amount-of-food' | 'bounded-assurance' | 'condition-excluded' | 'case-split';

/** Why the flag is scoped away (the answer keeps its other flags), or undefined: the flag stands. Pure. */
export function claimScope(flag: ContentFlag, answer: string, question = ''): ClaimScope | undefined {
  const span = flag.span;
  // A span cut at 160 characters is not the whole sentence its reader saw: never judged.
  if (span.endsWith('…')) return undefined;
  if (flag.code === 'dose-out-of-range' && amountOfFood(flag, span)) return 'amount-of-food';
  if (flag.code === 'harmful-practice' && boundedAssurance(flag, span)) return 'bounded-assurance';
  if ((flag.code === 'contradicts-knowledge' || flag.code === 'harmful-practice') && conditionExcluded(flag, span, answer, question))
    return 'condition-excluded';
  if (flag.code === 'discourage-care' && caseSplit(flag, span, answer)) return 'case-split';
  return undefined;
}

const same = (a: ContentFlag, b: ContentFlag) => a.code === b.code && a.reason === b.reason;

// --- amount of a named food -----------------------------------------------------------------------------------------

/** An amount: a number or range with a mass or volume unit (normalised text: "15~20克", "15-20 g"). */
const AMOUNT = /\d+(?:\.\d+)?(?:\s*(?:~|-|–|至|到)\s*\d+(?:\.\d+)?)?\s*(?:克|g\b|grams?\b|毫升|ml\b)/gu;
/** Heads of what the amount measures that are foods or drinks, not a medicine's dose; the head ends there ("20克的糖皮质
 *  激素" is no sugar). */
const FOOD_HEAD =
  /^(?:[^,，;；。()（）]{0,8}的)?(?:食物|食品|糖果?|方糖|葡萄糖片?|白糖|蜂蜜|果汁|饮料|牛奶|饼干|面包|水|米饭|主食|碳水(?:化合物)?)(?=$|[,，;；。、()（）]|或|和|及|比如|例如)|^\s*(?:of\s+)?(?:[a-z-]+\s+){0,2}(?:food|sugar|glucose tablets?|juice|carbohydrates?|carbs|candy|sweets|milk|water|biscuits?|crackers?)\b(?!-)/u;
/** An amount in a unit only a medicine's dose takes (review s44: "一次给3000毫克，再吃15克的糖" was released). */
const MEDICINE_AMOUNT = /\d+(?:\.\d+)?\s*(?:毫克|微克|mg\b|mcg\b|μg|µg|片|粒|丸|袋|支|单位|iu\b|units?\b|tablets?\b|pills?\b|capsules?\b)/u;
/** Words that make the measured thing a medicine again ("20克的药", "15 g of the powder", 冲剂). */
const MEDICINE_HEAD = /药|片(?!状)|粒|剂|丸|胶囊|针|散|dose|tablet|pill|capsule|powder|granule|sachet/u;

/**
 * Every amount of the sentence measures a named food or drink, and the flag came from a medicine the sentence does not
 * name (the dose reader without the question's medicine finds nothing): "马上吃15～20克快速升糖的食物，比如3～4块方糖".
 */
function amountOfFood(flag: ContentFlag, span: string): boolean {
  if (doseOutOfRange(span).some((f) => same(f, flag))) return false;
  // An amount in a medicine's unit (mg, 片, units…) anywhere in the sentence may be the flagged dose: the flag stands.
  if (MEDICINE_AMOUNT.test(span)) return false;
  const amounts = [...span.matchAll(AMOUNT)];
  if (amounts.length === 0) return false;
  return amounts.every((m) => {
    const after = span.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 16);
    const head = FOOD_HEAD.exec(after);
    return head !== null && !MEDICINE_HEAD.test(head[0]);
  });
}

// --- an assurance graded and bounded by a dose ----------------------------------------------------------------------

/** A graded safety word: "比较安全", "相对安全", "relatively safe" (a blanket one says 很/完全/绝对/放心). */
const GRADED_SAFE = /(?:比较|相对|较为|相对来说|一般)安全|\b(?:relatively|generally|fairly|reasonably) safe\b/u;
/** The use bounded by a dose: the label's, the prescriber's, or one started low and titrated. */
const DOSE_BOUND = alt([
  '按(?:照)?(?:说明书|医嘱|推荐|规定|常规)(?:的)?(?:剂量|用量|用法)?',
  '遵(?:照)?医嘱',
  '(?:从|由)小剂量(?:开始)?',
  '\\bat (?:the )?(?:recommended|prescribed|labell?ed|usual) (?:dose|doses|dosage)\\b',
  '\\bas (?:directed|prescribed)\\b',
  '\\bstart(?:ing)? (?:with|on|at) a low dose\\b',
]);
/** Words that make the assurance blanket again, whatever grade it carries. */
const BLANKET =
  /没有(?:任何)?(?:副作用|坏处|害处)|不会(?:有)?(?:任何)?副作用|随便|放心|多(?:吃|用|服)(?:一点|些)?(?:也)?没|无害|\b(?:no side effects|freely|harmless|as much as)\b/u;

function boundedAssurance(flag: ContentFlag, span: string): boolean {
  if (!safeguardClaims(span).some((f) => same(f, flag))) return false;
  return GRADED_SAFE.test(span) && DOSE_BOUND.test(span) && !BLANKET.test(span);
}

// --- the condition excluded in the advice's own sentence ------------------------------------------------------------

/** A heart, kidney or dialysis condition in any wording the rows do not list (review s44: 洗肾, 心脏衰竭, CHF named by
 *  the asker were read as "not named"): named anywhere outside the exclusion, the exclusion is not read. */
const ORGAN_CONDITION = /衰竭|心脏|心臟|心功能|心衰|肾|腎|透析|尿毒|\b(?:chf|hf|hfref|hfpef|ef|cardiac|heart|kidneys?|renal|dialysis|ckd|esrd)\b/u;

/**
 * Advice harmful in one condition ("多喝水" — the direction table's fluid in heart failure, or the practice table's extra
 * fluid) whose sentence names that condition only inside a negated condition ("没有心衰、肾病限制的话", "unless you have
 * heart failure"), while neither the question nor the rest of the answer names it: the advice is given to everyone
 * else. The flag must be reproduced by its reader on the span (the direction table or the practice table).
 */
function conditionExcluded(flag: ContentFlag, span: string, answer: string, question: string): boolean {
  const q = normalise(question);
  const a = normalise(answer);
  const rows: readonly { id: string; condition: string[] }[] =
    flag.code === 'contradicts-knowledge'
      ? directionClaims(span).some((f) => same(f, flag))
        ? DIRECTION_ROWS
        : []
      : contextClaims(span, passageTopic(`${q}\n${a}`)).some((f) => same(f, flag))
        ? HARMFUL_PRACTICES
        : [];
  return rows.some((row) => {
    if (!flag.reason.startsWith(`${row.id}:`)) return false;
    const cond = alt(row.condition);
    if (cond.test(q) || ORGAN_CONDITION.test(q)) return false;
    const excluded = new RegExp(
      `(?:没有|无|不是|非)(?:[^,，;；。()（）]{0,8}?[、和及或])?(?:${cond.source})[^,，;；。()（）]{0,12}?(?:的话|者除外|除外)|\\b(?:unless you have|if you (?:don't|do not) have|if there is no|as long as you (?:don't|do not) have)\\b[^.;,]{0,20}?(?:${cond.source})`,
      'u',
    );
    const m = excluded.exec(span);
    if (!m) return false;
    if (ORGAN_CONDITION.test(a.replace(m[0], ' '))) return false;
    // Every mention of the condition in the whole answer is the excluded one.
    const global = new RegExp(cond.source, 'gu');
    return (a.match(global) ?? []).length === (m[0].match(global) ?? []).length;
  });
}

// --- a safeguard dismissed for one case and prescribed for another --------------------------------------------------

/** The dismissal names its case: this one, the reader's ("这种情况", "in this case"). */
const THIS_CASE = /这种情况|这种情形|这种情况下|此时|此种情况|\bin (?:this|that|your) (?:case|situation)\b/u;
/** A condition opening a clause: 如果/若/要是/一旦/if. */
const IF = /(?:^|[,，;；。])\s*(?:但|不过|而)?(?:如果|若|要是|假如|一旦)|\bif\b/u;
/** A threshold: a number with a comparator ("2片及以上", "超过24小时", "two or more", "more than 24 hours"). */
const THRESHOLD = /\d+\s*\S{0,3}(?:及以上|以上|或以上|或更多)|(?:超过|大于|多于|不止|至少)\s*\d|\b(?:\d+|two|three) or more\b|\b(?:more|longer|later) than \d/u;
/** A negator or dismissal that would make the later mention another "not needed". */
const NEG = /不|没|无需|无须|别|\b(?:no|not|don't|doesn't|isn't|aren't|won't|never|needn't|unnecessary)\b/u;
/** Safeguards whose case line is known, and that line: a combined pill's two missed pills (or 48 hours), a tetanus
 *  booster's 5 or 10 years. */
const KNOWN_LINES: readonly { safeguard: RegExp; line: RegExp }[] = [
  {
    safeguard: /避孕|安全套|避孕套|\b(?:condoms?|contracepti\w*|backup)\b/u,
    line: /(?<!\d)2\s*(?:片|粒)|(?:两|二)(?:片|粒)|\b(?:2|two) or more (?:\w+ )?pills\b|(?:超过|大于|多于)\s*(?:24|48)\s*(?:个)?小时|\bmore than (?:24|48) hours\b/u,
  },
  { safeguard: /破伤风|\btetanus\b/u, line: /(?<!\d)(?:5|10)\s*年|\b(?:5|10|five|ten) years\b/u },
];

/**
 * A safeguard dismissed in a sentence that names its case ("这种情况不需要…紧急避孕药"), while a LATER sentence of the
 * answer opens with a condition and names the same safeguard (three Han characters or a word of six letters shared with
 * each dismissed object) without a negator, and one of those later conditions draws a line by a number ("连续漏服2片及
 * 以上"): the answer splits the cases, it does not dismiss the safeguard.
 */
function caseSplit(flag: ContentFlag, span: string, answer: string): boolean {
  if (!safeguardClaims(span).some((f) => same(f, flag))) return false;
  if (!THIS_CASE.test(span)) return false;
  const all = sentences(normalise(answer));
  const at = all.findIndex((s) => s.includes(span.slice(0, 24)));
  if (at < 0) return false;
  const objects = objectKeys(span);
  if (objects.length === 0 || objects.some((keys) => keys.length === 0)) return false;
  const later = all.slice(at + 1).flatMap((s) => {
    const cond = IF.exec(s);
    return cond ? [s.slice(cond.index)] : [];
  });
  // The cases are split by a threshold: some later condition draws a line ("连续漏服2片及以上", "more than 24 hours").
  if (!later.some((scope) => THRESHOLD.test(scope))) return false;
  // The answer's line is trusted only where it is the known one for the safeguard (review s44: "连续漏服5片以上" was
  // released); a safeguard with no known line is not read.
  const known = KNOWN_LINES.find((l) => l.safeguard.test(span));
  if (!known || !later.some((scope) => THRESHOLD.test(scope) && known.line.test(scope))) return false;
  // Every object the sentence dismisses comes back, un-negated, under a later condition.
  return objects.every((keys) =>
    later.some((scope) =>
      keys.some((k) => {
        const i = scope.indexOf(k);
        if (i < 0) return false;
        // The whole clause of the later mention, after the safeguard as well as before it ("紧急避孕药也没必要吃").
        const from = Math.max(...[',', '，', ';', '；'].map((c) => scope.lastIndexOf(c, i)));
        const ends = [',', '，', ';', '；'].map((c) => scope.indexOf(c, i)).filter((x) => x >= 0);
        const clause = scope.slice(from + 1, ends.length ? Math.min(...ends) : scope.length);
        return !NEG.test(scope.slice(Math.max(0, i - 10), i)) && !NEG.test(clause);
      }),
    ),
  );
}

/** Per dismissed object (each dismissal frame of the span), its key pieces: every run of three Han characters, or
 *  words of six or more letters. An object with no key makes the whole reading step aside. */
function objectKeys(span: string): string[][] {
  const frame =
    /(?:不需要|不用|不必|无需|无须|没必要|没有必要)(?:再|额外|特别)?([^,，;；。]{2,16})|\b(?:no need (?:to|for)|(?:don't|do not|doesn't) need(?: to)?)\s+([^.;,]{3,40})/gu;
  const out: string[][] = [];
  for (const m of span.matchAll(frame)) {
    const obj = m[1] ?? m[2] ?? '';
    const han = obj.replace(/^(?:吃|用|服用|使用|去|做|打|采取|加用)/u, '');
    const keys = new Set<string>();
    for (let i = 0; i + 3 <= han.length; i++) if (/^\p{Script=Han}{3}$/u.test(han.slice(i, i + 3))) keys.add(han.slice(i, i + 3));
    for (const w of obj.match(/[a-z]{6,}/gu) ?? []) keys.add(w);
    out.push([...keys]);
  }
  return out;
}

// --- the flags that stand -------------------------------------------------------------------------------------------

/**
 * The answer's claim flags once scoped ones are set aside, and the scopes used. A screen keeps one flag per code (its
 * first), so a scoped flag may hide a later one of the same code: the answer is screened again without the scoped
 * sentences, and what that screen finds stands too (at most three rounds; a flag still scoped then stands).
 */
export function standingFlags(
  answer: string,
  question: string,
  screen: (answer: string, question: string) => ContentFlag[],
  first: ContentFlag[] = screen(answer, question),
): { flags: ContentFlag[]; scoped: ClaimScope[] } {
  const scoped: ClaimScope[] = [];
  const standing: ContentFlag[] = [];
  let text = normalise(answer);
  let flags = first;
  for (let round = 0; round < 3; round++) {
    const cut: string[] = [];
    for (const f of flags) {
      const s = claimScope(f, answer, question);
      if (!s) {
        if (!standing.some((x) => x.code === f.code && x.span === f.span)) standing.push(f);
        continue;
      }
      const sentence = sentences(text).find((x) => x.replace(/\s+/g, ' ').trim() === f.span);
      // The scoped sentence cannot be found again: the flag stands (fail closed).
      if (!sentence) {
        standing.push(f);
        continue;
      }
      scoped.push(s);
      cut.push(sentence);
    }
    if (cut.length === 0) return { flags: standing, scoped };
    for (const c of cut) text = text.replace(c, ' ');
    flags = screen(text, question);
  }
  // Still scoping after three rounds: whatever the last screen found stands.
  for (const f of flags) if (!standing.some((x) => x.code === f.code && x.span === f.span)) standing.push(f);
  return { flags: standing, scoped };
}
