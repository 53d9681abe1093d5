// A numeric TARGET set below the reference interval the knowledge base states for its analyte (session 44): "把空腹血糖
// 控制在3.5 mmol/L以下", "keep your fasting glucose under 60 mg/dL", "血钾维持在3.0以下" — aiming there is aiming into
// hypoglycaemia / hypokalaemia, whatever authority the page credits. Read as form, not phrases: an analyte named by the
// reference table's own names × a deliberate target verb (控制在/维持在/保持在/目标, keep/maintain/target/aim) × a
// CEILING (以下/以内/below/under/less than, or a range's upper end) whose value, converted to the table's unit, is at or
// below the interval's lower limit. Fail closed: only analytes whose low side the table names as a disorder and whose
// lowering is never a treatment goal (glucose and the electrolytes — not TSH, which is suppressed on purpose); a value
// without a unit only when it is on the table's own scale; no event (血糖降到3.9以下时, "if it drops below"), no
// negation, no harm told of the target in the same sentence (a study warning that tight control raises deaths). Pure.
import type { ContentFlag } from '../../core/content-flags.js';
import { escapeRegExp } from '../../core/regex.js';
import { ANALYTE_CONDITIONS, type Analyte, bundledBounds, REFERENCE_TABLE } from '../../knowledge/reference-ranges.js';
import { conversionFactor } from '../../knowledge/units.js';
import { NEGATED_BEFORE } from './frames.js';
import { trimSpan } from './text.js';

/** Panels whose values are never lowered below the interval on purpose (thyroid suppression, anticoagulation are). */
const JUDGED_PANELS = new Set<Analyte['panel']>(['glucose', 'electrolytes']);

/** A name a sentence may use: two or more Han characters, or a Latin name of three letters or more (no "K", "Na"). */
const usableName = (n: string) => (/\p{Script=Han}/u.test(n) ? [...n].length >= 2 : n.length >= 3 && /^[a-z][a-z ,()-]*$/iu.test(n));

interface Judged {
  analyte: Analyte;
  low: number;
  names: RegExp;
}

let judged: Judged[] | undefined;
function judgedAnalytes(): Judged[] {
  judged ??= REFERENCE_TABLE.flatMap((an) => {
    const low = bundledBounds(an)?.[0];
    if (!JUDGED_PANELS.has(an.panel) || low === undefined || !ANALYTE_CONDITIONS[an.code]?.low) return [];
    const names = [an.nameZh, an.nameEn, ...an.aliases].filter(usableName).map((n) => n.toLowerCase());
    if (names.length === 0) return [];
    const parts = [...new Set(names)].sort((a, b) => b.length - a.length).map((n) => (/^[a-z]/u.test(n) ? `\\b${escapeRegExp(n)}\\b` : escapeRegExp(n)));
    return [{ analyte: an, low, names: new RegExp(parts.join('|'), 'gu') }];
  });
  return judged;
}

/** A deliberate target: control/keep/maintain it at, a goal. An event (降到, drops to) is no target unless caused (把…降到). */
const TARGET_VERB =
  /控制在|控制到|维持在|保持在|稳定在|达到|目标(?:值|是|为)?|(?:^|把)[^，。；,;]{0,8}(?:降到|降至|降低到|降低至)|\b(?:keep|keeping|kept|maintain\w*|target\w*|aim\w*(?: for)?|goal\w*|get|bring|lower)\b/u;

/** A number, an optional unit (letters and slashes), then what makes it a ceiling. */
const CEILING_AFTER =
  /(\d+(?:\.\d+)?)\s*(?:[-~～至到]\s*(\d+(?:\.\d+)?))?\s*((?:mmol|mg|umol|µmol|μmol|meq|mol|g|毫摩尔)\s*\/\s*(?:l|dl|升|分升))?\s*(以下|以内|之下|之内|内)?/u;
const CEILING_BEFORE = /(?:below|under|less than|lower than|not (?:above|over|more than)|at most|<|≤|不超过|不高于|低于)\s*$/u;

/** An event or a condition on the value (when it falls, if it drops): the sentence then tells what to do, not a target. */
const EVENT = /时|的时候|的话|如果|若|一旦|万一|假如|\b(?:if|when|whenever|once|should it|in case)\b|\b(?:drops?|falls?|dips?|goes)\b/u;

/** Harm told of the target in the sentence: a study warning against tight control, or the state named as what it causes. */
const HARM =
  /太低|过低|低血糖|低钾|低钠|低钙|低镁|危险|风险(?:增加|升高|更高|上升|加大)|(?:增加|升高|提高|加大)[^，。；]{0,8}风险|死亡|不良|有害|\b(?:hypo\w*|danger\w*|harm\w*|risk of (?:death|dying)|increase[sd]? (?:the )?(?:risk|deaths?|mortality)|deaths?|unsafe|too low)\b/u;

/** A dietary or supplement amount (sodium intake, calcium tablets): no blood level. */
const INTAKE = /摄入|饮食|补充|补钙|补钾|食盐|盐|片|\b(?:intake|diet\w*|supplement\w*|salt|tablets?|per day|a day|daily)\b/u;

/** The value in the analyte's unit, or undefined when the unit is another analyte's or the bare number is off its scale. */
function canonical(an: Analyte, value: number, unit: string | undefined, low: number): number | undefined {
  if (unit) {
    const f = conversionFactor(an, unit.replace(/\s+/gu, '').replace(/µ|μ/gu, 'u'));
    return f === undefined ? undefined : value * f;
  }
  // A bare number counts only on the table's own scale: between a third of the lower limit and the lower limit.
  return value >= low / 3 && value <= low * 1.5 ? value : undefined;
}

/** Flags for one sentence: a target ceiling at or below the lower reference limit of a judged analyte. */
export function targetBelowRange(sentence: string): ContentFlag[] {
  if (/[?？]\s*$/u.test(sentence) || HARM.test(sentence) || INTAKE.test(sentence)) return [];
  for (const { analyte, low, names } of judgedAnalytes()) {
    names.lastIndex = 0;
    for (const m of sentence.matchAll(names)) {
      const at = (m.index ?? 0) + m[0].length;
      // The target's stretch: from the name to the clause's end (a comma ends it unless the number is still ahead).
      const stretch = sentence.slice(at, at + 40).split(/[。；;!?！？]/u)[0] ?? '';
      const head = sentence.slice(Math.max(0, (m.index ?? 0) - 16), m.index ?? 0);
      const verb = TARGET_VERB.exec(stretch) ?? TARGET_VERB.exec(head.split(/[，,。；;]/u).pop() ?? '');
      if (!verb) continue;
      const whole = `${head}${m[0]}${stretch}`;
      if (
        EVENT.test(whole.split(/[，,]/u).slice(0, 3).join('，')) ||
        NEGATED_BEFORE.test(head) ||
        /(?:不要|别|避免|切勿|不能|不宜|防止)[^，。；,;]{0,10}$/u.test(head)
      )
        continue;
      const num = /\d/u.exec(stretch);
      if (!num) continue;
      const from = stretch.slice(num.index);
      const c = CEILING_AFTER.exec(from);
      if (!c || c.index !== 0) continue;
      // A unit of its own the analyte does not take ("100 mmol a day", "5 g"): not this analyte's level.
      if (c[3] === undefined && /^\s*(?:[a-zµμ%]|克|毫|微|升)/u.test(from.slice(c[1].length))) continue;
      const before = stretch.slice(0, num.index);
      const range = c[2] !== undefined;
      const ceiling = range ? Number(c[2]) : Number(c[1]);
      const isCeiling = range || c[4] !== undefined || CEILING_BEFORE.test(before);
      if (!isCeiling) continue;
      // A floor beside it ("不低于3.9") or a range "above" is the right side.
      if (/(?:不低于|以上|above|over|at least|more than|>|≥)\s*$/u.test(before)) continue;
      const value = canonical(analyte, ceiling, c[3], low);
      if (value === undefined || value > low) continue;
      return [
        {
          code: 'contradicts-knowledge',
          span: trimSpan(sentence),
          reason: `${analyte.code} target ≤ ${+value.toFixed(2)} ${analyte.unit}, at or below the reference interval's lower limit ${low} (knowledge/reference-ranges.ts)`,
        },
      ];
    }
  }
  return [];
}
