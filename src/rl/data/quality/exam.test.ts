import { describe, expect, it } from 'vitest';
import type { RlItem } from '../item.js';
import { examCheck } from './exam.js';
import { qualityOf } from './types.js';

const exam = (id: string, question: string, options: Record<string, string>, key: string): RlItem => ({
  id,
  task: 'exam',
  prompt: [{ role: 'user', content: question }],
  ground_truth: key,
  reward_spec: { id, task: 'exam', gt: key },
  source: 'test',
  authority: 'B',
  meta: { question, options },
});

describe('exam label checks', () => {
  const q = '男，32岁，发现血压增高3年。近1年血压持续为170～200/130～140mmHg，近1周头痛视力模糊。眼底检查发现视乳头水肿，最可能的诊断为';
  const opts = { A: '原发性醛固酮增多症', B: '嗜铬细胞瘤', C: '急进型高血压', D: '高血压脑病', E: '肾动脉狭窄' };
  const shuffled = { A: '嗜铬细胞瘤', B: '急进型高血压', C: '原发性醛固酮增多症', D: '高血压脑病', E: '肾动脉狭窄' };

  it('near-duplicates with contradictory keys: the majority (by option text, not letter) is kept, the minority dropped', () => {
    const out = examCheck.run([exam('a', q, opts, 'C'), exam('b', q.replace('头痛视力', '头痛、视力'), shuffled, 'B'), exam('c', q, opts, 'D')], {});
    expect(out.map((i) => qualityOf(i).confidence)).toEqual([1, 1, 0]);
    expect(qualityOf(out[2]).flags[0].code).toBe('exam-contradictory-duplicate');
  });

  it('a one-word change is another question; a figure the item lacks drops it', () => {
    const out = examCheck.run(
      [
        exam('a', '重伤人员的手臂上捆绑的纱布的颜色是', { A: '黑色', B: '红色' }, 'B'),
        exam('b', '死亡人员的手臂上捆绑的纱布的颜色是', { A: '黑色', B: '红色' }, 'A'),
        exam('c', '如图所示的心电图最可能的诊断是', opts, 'A'),
      ],
      {},
    );
    expect(out.map((i) => qualityOf(i).confidence)).toEqual([1, 1, 0]);
  });
});
