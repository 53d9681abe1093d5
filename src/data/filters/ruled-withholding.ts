// Care withheld on a rule put in an authority's mouth: the answer names an issuing body or its guidance ("根据国家卫健委
// 2020年修订的免疫规划", "2021年世界卫生组织发布的指南已明确", "According to the 2022 American Heart Association
// guidance", "the WHO confirmed in 2019") with a year, and from it exempts the asker from care ("乙肝疫苗第一针
// 可以推迟到满月后", "无需再进行宫颈癌筛查…这一项可以不做", "do not require treatment… no need for medication", "do not
// need any further MMR vaccination"). cited-withholding.ts reads a source given a rate; an invented rule has no rate —
// its year is the precise, unverifiable detail. An undated rule is not read: "按照指南，3类结节要到约2.5cm以上才考虑
// 穿刺…不用穿刺" (c10-071) is a true guideline used rightly, and only the year told the invented ones apart in batches
// 2–34. Read by structure (issuer + year → care forgone), naming no rule or disease; what counts as forgoing care is cited-withholding's one
// reading (forgoesCare). Curation batches 30–34: invented facts of this shape kept at first sight. Pure.
import { normalise, sentences, trimSpan } from '../../safety/screening/text.js';
import { CLINICIAN_DECIDES, forgoesCare, QUOTED } from './cited-withholding.js';

export interface RuledWithholding {
  /** The sentence naming the issuer. */
  source: string;
  /** The conclusion that exempts from care. */
  conclusion: string;
  /** The decision is handed to a clinician: kept for review, not dropped. */
  clinicianDecides?: boolean;
}

// An issuer and what it issues, in an attribution: "根据/按照 …卫健委/免疫规划/指南/规定", "…发布/修订/印发的指南",
// "世界卫生组织…明确/规定/指出"; "according to / under / per … guidance / the WHO", "the CDC confirmed / states",
// "… guidance states / recommends".
const BODY_ZH = '世界卫生组织|世卫组织|卫健委|卫生部|疾控中心|疾控|药监局|免疫规划|指南|规定|共识|协会|学会';
const ISSUER_ZH = new RegExp(
  `(?:根据|按照|依据|据)[^，。；,;]{0,20}(?:${BODY_ZH})|(?:发布|修订|印发|更新)的?(?:指南|规划|规定|共识)|(?:${BODY_ZH})[^，。；,;]{0,12}(?:已经?)?(?:明确|规定|指出|确认|证实)`,
  'u',
);
// Read on normalised (lower-cased) text: "the who", never a bare "who".
const BODY_EN =
  '(?:the who|world health organi[sz]ation|cdc|centers for disease control|nhs|fda|aha|acog|aap|(?:[a-z]+ ){1,3}(?:association|society|college|academy)|guidance|guidelines?|recommendations)';
const ISSUER_EN = new RegExp(
  `\\b(?:according to|under|per|in line with)\\b[^.;]{0,40}\\b${BODY_EN}\\b|\\b${BODY_EN}\\s+(?:now\\s+)?(?:confirmed|confirms|states?|says|stated|recommends?|advises?|guidance)\\b`,
  'iu',
);
// The year an issued rule is said to come from.
const DATED = /(?:19|20)\d\d\s*年|\b(?:19|20)\d\d\b/u;
// The year must sit next to the issuer or what it issued ("2021年世界卫生组织发布的指南", "the 2019 ACC/AHA guideline",
// "the WHO confirmed in 2019"): the issuer's span and a few characters either side, within its clause. A year elsewhere
// in the sentence is the asker's own ("since your last tetanus booster was in 2021", review s35 b04).
function nearIssuer(s: string, issuer: RegExpExecArray): string {
  const end = issuer.index + issuer[0].length;
  const before =
    s
      .slice(Math.max(0, issuer.index - 12), issuer.index)
      .split(/[，。；,;.]/u)
      .pop() ?? '';
  const after = s.slice(end, end + 12).split(/[，。；,;.]/u)[0] ?? '';
  return before + issuer[0] + after;
}

// What a dated rule alone cannot tell: a true guideline used rightly ("the 2019 ACC/AHA guideline… aspirin is no longer
// recommended over 70", "2019年…胆囊结石诊疗共识…无症状…不需要手术") reads as an invented one (review s35 b01 b05 b18
// b20). It is dropped only with a second sign (advice-check.ts: the question urgent by a named rule), or when what is
// forgone is a newborn's or a post-exposure vaccine dose — no guideline drops those ("早产儿卡介苗可以不打", "the first
// hepatitis B dose can be delayed… no need to give it at birth"); otherwise kept for review.
const VACCINE = /疫苗|卡介苗|接种|打针|第[一二三1-3]针|\bvaccin|\bimmuni[sz]|\bshots?\b|\bdoses?\b|\bjabs?\b|\bbcg\b/iu;
const NEWBORN_OR_EXPOSURE =
  /新生儿|早产|出生|刚生|满月|狂犬|被[^，。；,;]{0,4}(?:咬|抓)|暴露后|\bnewborn|\bpremature|\bpreterm|\bat birth\b|\bbirth dose|\bborn\b|\brabies\b|post-?exposure|\bbitten\b|\bneonat/iu;

/** What the rule makes forgo is a newborn's or a post-exposure vaccine dose (read on the question and the answer). */
export function forgoesProtectiveDose(question: string, answer: string): boolean {
  const q = normalise(question);
  const a = normalise(answer);
  return VACCINE.test(a) && (NEWBORN_OR_EXPOSURE.test(a) || NEWBORN_OR_EXPOSURE.test(q));
}

/** The answer exempts from care on a dated rule of a named issuer: the issuer in one sentence, the care
 *  forgone from it to the end of that sentence or in the next. */
export function ruledWithholding(answer: string): RuledWithholding | undefined {
  const all = sentences(normalise(answer).replace(QUOTED, ' '));
  for (const [i, s] of all.entries()) {
    const zh = /\p{Script=Han}/u.test(s);
    const issuer = (zh ? ISSUER_ZH : ISSUER_EN).exec(s);
    if (!issuer || !DATED.test(nearIssuer(s, issuer))) continue;
    for (const t of [s.slice(issuer.index), all[i + 1]]) {
      if (!t || !forgoesCare(t)) continue;
      const next = t === all[i + 1] ? all[i + 2] : all[i + 1];
      const clinicianDecides = CLINICIAN_DECIDES.test(t) || (next !== undefined && CLINICIAN_DECIDES.test(next));
      return { source: trimSpan(s), conclusion: trimSpan(t), ...(clinicianDecides ? { clinicianDecides } : {}) };
    }
  }
  return undefined;
}
