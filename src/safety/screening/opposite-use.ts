// A medicine advised for a condition that the knowledge base lists only for the opposite condition (levothyroxine for
// 甲亢, insulin-lowering glucose for hypoglycaemia): the claim checker's knowledge-base check, read with the same stance
// frames as the others (a medicine named as something to avoid is a warning, not advice). The relations come from
// the user's knowledge base (src/knowledge/treatment-relations.ts); without them this check is silent.
import type { ContentFlag } from '../../core/content-flags.js';
import type { TreatmentRelations } from '../../knowledge/treatment-relations.js';
import { NEGATED_BEFORE } from './frames.js';
import { alt, clauses, trimSpan } from './text.js';

/** The clause names the medicine as something to avoid, or as the cause of harm. */
const AVOIDED = alt([
  "\\b(?:avoid\\w*|contraindicated|not|never|don't|do not|stop\\w*|worsen\\w*|dangerous|harmful|caution|instead of)\\b",
  '禁用',
  '慎用',
  '忌用',
  '避免',
  '不宜',
  '不能',
  '不要',
  '不可',
  '别',
  '停用',
  '停掉',
  '加重',
  '危险',
  '而不是',
]);

/** The clause advises using the medicine (a description of what a product contains advises nothing). */
const USE = alt([
  '\\b(?:take|taking|use|using|give|giving|try|start|starting|inject\\w*|apply|prescribe\\w*|recommend\\w*|add|treat\\w* with|is (?:the )?(?:best|preferred|first-line|safest))\\b',
  '可以',
  '应该',
  '应当',
  '建议',
  '服用',
  '口服',
  '吃',
  '用',
  '注射',
  '补充',
  '加用',
  '首选',
]);

/** Opposite-condition uses of medicines in one sentence; `conditions`: polar conditions the passage or question names. */
export function oppositeUseClaims(sentence: string, conditions: string[], relations: TreatmentRelations): ContentFlag[] {
  if (conditions.length === 0 || /[?？]\s*$/u.test(sentence)) return [];
  for (const clause of clauses(sentence)) {
    if (AVOIDED.test(clause) || !USE.test(clause)) continue;
    for (const drug of relations.drugsIn(clause)) {
      const at = clause.toLowerCase().indexOf(drug.key);
      if (NEGATED_BEFORE.test(clause.slice(Math.max(0, at - 40), at))) continue;
      for (const c of conditions) {
        const use = relations.oppositeUse(c, drug);
        if (use)
          return [
            { code: 'unsafe-combination', span: trimSpan(sentence), reason: `opposite use: ${use.drug} is listed for ${use.listedFor}, not ${use.asked}` },
          ];
      }
    }
  }
  return [];
}
