// Advice whose direction the condition fixes, as data: more fluid in heart failure or on dialysis, more salt in
// heart failure or high blood pressure, more potassium when it is high or the kidneys have failed, less fluid with
// kidney stones or diarrhoea, more purine-rich food and beer with gout. A word swap ("限制饮水" → "增加饮水") keeps the
// sentence fluent and turns it harmful, so the direction is checked against the condition named in the sentence or in
// the passage's context (the question, the title). Each row cites its guidance.
import type { ContentFlag } from '../../core/content-flags.js';
import { CONSEQUENCE, NEGATED_BEFORE, WARNED } from './frames.js';
import { alt, clauses, trimSpan } from './text.js';

export interface DirectionRow {
  id: string;
  /** The condition, named in the sentence or in the context. */
  condition: string[];
  /** What is taken in: fluid, salt, potassium, purines. */
  quantity: string[];
  /** The direction that harms in this condition. */
  harmful: 'more' | 'less';
  /** Situations in the sentence where the other direction is right (dehydration while on a fluid limit). */
  unless?: string[];
  source: string;
}

const FLUID = ['饮水', '喝水', '水分', '液体', '补液', '饮水量', '\\b(?:fluids?|water)\\b'];
const ACUTE_LOSS = ['腹泻', '呕吐', '脱水', '中暑', '发热', '发烧', '\\b(?:diarrh\\w*|vomit\\w*|dehydrat\\w*|heat ?stroke|fever)\\b'];

export const DIRECTION_ROWS: readonly DirectionRow[] = [
  {
    id: 'heart-failure-fluid',
    condition: ['心衰', '心力衰竭', '心功能不全', '\\bheart failure\\b'],
    quantity: FLUID,
    harmful: 'more',
    unless: ACUTE_LOSS,
    source: 'ESC 2021 heart failure guideline (fluid restriction 1.5–2 L/day in severe or decompensated heart failure)',
  },
  {
    id: 'dialysis-fluid',
    condition: ['透析', '尿毒症', '\\b(?:dialysis|end-stage (?:kidney|renal))\\b'],
    quantity: FLUID,
    harmful: 'more',
    source: 'KDOQI (interdialytic fluid limits)',
  },
  {
    id: 'salt-heart-kidney-pressure',
    condition: ['高血压', '血压高', '心衰', '心力衰竭', '肾病', '水肿', '\\b(?:hypertension|high blood pressure|heart failure|kidney disease|oedema|edema)\\b'],
    quantity: ['食?盐', '钠盐?', '咸', '\\b(?:salt|sodium)\\b'],
    harmful: 'more',
    unless: ['低血压', '低钠', '脱水', '体位性', '直立性', '\\b(?:hypotension|hyponatr\\w*|dehydrat\\w*|orthostatic|pots)\\b'],
    source: 'WHO / AHA sodium guidance (< 5 g salt a day in hypertension, heart and kidney disease)',
  },
  {
    id: 'potassium-high-or-kidney-failure',
    condition: ['高钾', '血钾(?:偏)?高', '透析', '尿毒症', '肾衰', '\\b(?:hyperkal\\w*|high potassium|dialysis|kidney failure)\\b'],
    quantity: ['钾', '香蕉', '橙子', '低钠盐', '代盐', '\\b(?:potassium|bananas?|salt substitutes?)\\b'],
    harmful: 'more',
    // Peritoneal dialysis loses potassium: more is the advice there.
    unless: ['腹膜透析', '\\bperitoneal\\b'],
    source: 'KDIGO (potassium restriction in hyperkalaemia and kidney failure; potassium salt substitutes contraindicated)',
  },
  {
    id: 'stones-fluid',
    condition: ['肾结石', '尿路结石', '输尿管结石', '\\b(?:kidney|urinary|renal) stones?\\b'],
    quantity: FLUID,
    harmful: 'less',
    source: 'EAU urolithiasis guideline (fluid for > 2.5 L urine a day)',
  },
  {
    id: 'diarrhoea-fluid',
    condition: ['腹泻', '拉肚子', '\\bdiarrh\\w*'],
    quantity: FLUID,
    harmful: 'less',
    source: 'WHO diarrhoea management (replace fluid; oral rehydration)',
  },
  {
    id: 'gout-purines',
    condition: ['痛风', '尿酸高', '高尿酸', '\\b(?:gout|uric acid)\\b'],
    quantity: ['海鲜', '内脏', '啤酒', '嘌呤', '肉汤', '\\b(?:beer|seafood|organ meats?|purines?|offal)\\b'],
    harmful: 'more',
    source: 'ACR 2020 gout guideline (limit alcohol, purine-rich meat and seafood)',
  },
];

// Advice verbs only: a description of the body ("钠浓度增加", "extra salt and fluid in the body") advises nothing.
const MORE = alt([
  '多(?:喝|吃|饮|摄入|补充|放)',
  '大量(?:喝|饮|吃|摄入|补充)',
  '(?:要|应|应该|应当|可以|需要?|尽量|建议)(?:\\S{0,4})?(?:增加|加大|提高)',
  '(?:增加|加大|提高)[^，。；]{0,4}(?:摄入|饮用|饮水量|用量)',
  '\\b(?:eat|drink|take|add|use|consume|increase)\\s+(?:\\w+\\s+){0,2}(?:more|extra|plenty of|lots of)\\b',
  '\\bincrease (?:your |the )?(?:\\w+ )?(?:intake|drinking)\\b',
  '\\b(?:should|can|may|must|need to|try to)\\s+(?:\\w+\\s+)?(?:drink|eat|take|add) (?:more|extra|plenty)\\b',
]);
const LESS = alt([
  '少(?:喝|吃|饮|摄入)',
  '(?:减少|限制|控制)[^，。；]{0,4}(?:摄入|饮水|喝水|饮用|饮水量)',
  '\\b(?:drink|eat|take)\\s+(?:\\w+\\s+){0,2}less\\b',
  '\\b(?:limit|restrict|cut down on|cut back on|reduce) (?:your |the )?(?:\\w+ )?(?:intake|water|fluids?|drinking)\\b',
]);

const COMPILED = DIRECTION_ROWS.map((r) => ({
  r,
  condition: alt(r.condition),
  quantity: alt(r.quantity),
  unless: r.unless ? alt(r.unless) : undefined,
}));

/**
 * Advice in one sentence going the harmful way for a condition of the sentence or the context (pure). Negated or
 * warned-against advice ("不要多喝水", "more salt can worsen…") is not advice.
 */
export function directionClaims(sentence: string, context = ''): ContentFlag[] {
  if (/[?？]\s*$/u.test(sentence)) return [];
  for (const { r, condition, quantity, unless } of COMPILED) {
    if (!condition.test(sentence) && !condition.test(context)) continue;
    if (unless?.test(sentence)) continue;
    for (const clause of clauses(sentence)) {
      const q = quantity.exec(clause);
      if (!q) continue;
      const verb = (r.harmful === 'more' ? MORE : LESS).exec(clause);
      if (!verb || Math.abs(verb.index - q.index) > 16) continue;
      // The opposite verb in the same clause ("控制饮水，不要增加") or a negator before the verb: not this advice.
      if ((r.harmful === 'more' ? LESS : MORE).test(clause)) continue;
      const first = Math.min(verb.index, q.index);
      if (
        NEGATED_BEFORE.test(clause.slice(Math.max(0, first - 40), first)) ||
        /(?:不|别|勿|没|未|无需|不必)$/u.test(clause.slice(Math.max(0, first - 2), first)) ||
        /不|别|勿|\b(?:not|never|don't|no)\b/u.test(clause.slice(first, Math.max(verb.index, q.index)))
      )
        continue;
      if (WARNED.test(clause) || CONSEQUENCE.test(clause)) continue;
      // A consequence, not advice: "会显著增加血钾", "can increase fluid retention".
      if (
        /(?:会|可能|将|易|容易|导致|引起|使得?)[^，。；]{0,4}$|\b(?:can|could|may|might|will|would)\s+(?:\w+\s+)?$/u.test(
          clause.slice(Math.max(0, verb.index - 8), verb.index),
        )
      )
        continue;
      return [{ code: 'contradicts-knowledge', span: trimSpan(sentence), reason: `${r.id}: ${r.harmful} ${q[0].trim()}` }];
    }
  }
  return [];
}
