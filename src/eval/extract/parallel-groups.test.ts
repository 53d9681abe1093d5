import { describe, expect, it } from 'vitest';
import { readChoiceAnswer } from './final-answer.js';
import { parallelPredicateGroups } from './parallel-groups.js';

// Session 44: options sorted into two groups by semicolon-joined clauses with parallel predicates (parallel-groups.ts,
// option-groups.ts). xax-047 (extract-ax), xi-131 (extract-i) and look-alikes written for this session (in-sample).
const genes = { A: 'p53', B: 'Rb', C: 'ras', D: 'myc', E: 'APC' };
const read = (reply: string, options: Record<string, string>) => readChoiceAnswer(reply, { options, multi: true });

describe('options sorted by parallel predicates', () => {
  it('credits no union of both groups (xax-047, xi-131)', () => {
    expect(read('p53、Rb和APC属于抑癌基因；ras和myc属于原癌基因，激活后促进肿瘤发生。', genes).value).toBeNull();
    const dm = { A: '糖尿病肾病', B: '糖尿病视网膜病变', C: '冠心病', D: '缺血性脑卒中', E: '糖尿病周围神经病变' };
    expect(
      read(
        '糖尿病的慢性微血管病变主要是糖尿病肾病和糖尿病视网膜病变；冠心病和缺血性脑卒中属于大血管病变；糖尿病周围神经病变在教材中单独归为神经系统并发症。',
        dm,
      ).value,
    ).toBeNull();
  });

  it('leaves lists, verdict rows and one predicate said of all alone', () => {
    expect(read('p53、Rb和APC属于抑癌基因。', genes).value).toBe('ABE');
    const thyroid = {
      A: '妊娠早期首选丙硫氧嘧啶',
      B: '放射性碘治疗可用于妊娠期',
      C: '甲巯咪唑可致粒细胞缺乏',
      D: 'β受体阻滞剂可改善心悸等症状',
      E: '抗甲状腺药物疗程一般仅需1个月',
    };
    expect(read('A 对；B 错（妊娠、哺乳期禁用）；C 对；D 对；E 错（一般1.5~2年）。', thyroid).value).toBe('ACD');
    const refeeding = { A: 'Hypophosphataemia', B: 'Hypokalaemia', C: 'Hypomagnesaemia', D: 'Hypernatraemia', E: 'Hypercalcaemia' };
    expect(read('Hypophosphataemia; hypokalaemia; hypomagnesaemia.', refeeding).value).toBe('ABC');
    expect(
      parallelPredicateGroups('p53属于抑癌基因；ras也属于抑癌基因。', [
        { letter: 'A', pos: 0, length: 3 },
        { letter: 'C', pos: 10, length: 3 },
      ]),
    ).toBe(false);
  });
});
