// Knowledge type by rules (the paper's factual / conceptual / procedural split): cue phrases scored, ties → factual.
import type { DataRecord } from '../record.js';

export type KnowledgeType = 'factual' | 'conceptual' | 'procedural';

const CUES: Record<Exclude<KnowledgeType, 'factual'>, RegExp[]> = {
  procedural: [
    /(步骤|流程|操作方法|如何|怎么(办|做|治|用|吃)|首先|其次|然后|最后|第[一二三四五六]步|用法用量|每[日天次]\s*\d|一日\s*\d\s*次|遵医嘱|服用方法|护理措施|急救)/gu,
    /\b(how to|steps?|first,|then|next,|finally|procedure|administer|dose|dosage|take \d|apply|instructions?)\b/giu,
  ],
  conceptual: [
    /(是指|指的是|定义|概念|原理|机制|机理|发病机制|病理生理|分为|分类|类型|区别|本质|是一种)/gu,
    /\b(is defined as|refers to|is a (type|form|kind) of|mechanism|pathophysiology|classified|classification|concept|theory|caused by)\b/giu,
  ],
};

/** Rule scores per type and the winner (factual unless a type's cues clearly dominate). */
export function knowledgeType(r: DataRecord): { type: KnowledgeType; scores: Record<KnowledgeType, number> } {
  const scores: Record<KnowledgeType, number> = { factual: 1, conceptual: 0, procedural: 0 };
  for (const t of ['procedural', 'conceptual'] as const) {
    for (const re of CUES[t]) scores[t] += (r.text.match(re) ?? []).length;
  }
  const len = Math.max(1, r.text.length / 500);
  const p = scores.procedural / len;
  const c = scores.conceptual / len;
  const type: KnowledgeType = p >= 2 && p >= c ? 'procedural' : c >= 1.5 ? 'conceptual' : 'factual';
  return { type, scores };
}
