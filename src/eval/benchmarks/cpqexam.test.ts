import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../test/helpers/shared-data.js';
import { cpqexam, cpqexamOptionType, splitOptionLines } from './cpqexam.js';

describe('CPQExam loader and groups', () => {
  it('classifies every real type value the way evaluate.py does', () => {
    // Values present in cpqexam-dev.jsonl: case analysis and shared-stem types by name, others by answer length.
    expect(cpqexamOptionType('案例分析题', 'A')).toBe('案例分析题');
    expect(cpqexamOptionType('共用题干单选题', 'A')).toBe('共用题干题');
    expect(cpqexamOptionType('共享题干题', 'ABC')).toBe('共用题干题');
    expect(cpqexamOptionType('A3/A4型题', 'B')).toBe('单选题');
    expect(cpqexamOptionType('多选题', 'B')).toBe('单选题');
    expect(cpqexamOptionType('单选题', 'AB')).toBe('多选题');
    expect(cpqexamOptionType('B型题', 'C')).toBe('单选题');
  });

  it('loads the dev sample: 1,521 items, four levels, stems before the question in the official prompt', async () => {
    const items = await cpqexam.load(sharedPath('bench', 'cpqexam-dev.jsonl'));
    expect(items).toHaveLength(1521);
    expect(new Set(items.map((i) => i.groups.level))).toEqual(new Set(['初级', '中级', '副高', '高级']));
    const withStem = items.find((i) => i.stem)!;
    const content = cpqexam.prompt(withStem)[0].content;
    expect(content.startsWith('请思考后回答以下选择题目，以json格式返回结果，除此以外不要返回其它任何信息。如:\n{"answer": "A/B/C"}\n问题:\n')).toBe(true);
    expect(content.indexOf(withStem.stem!)).toBeLessThan(content.indexOf(withStem.question));
    expect(content.endsWith(`回答:\n${String(withStem.metadata.option)}`)).toBe(true);
    expect(Object.keys(items.find((i) => i.gold.kind === 'choice' && i.gold.letters.length > 6)!.options).length).toBeGreaterThan(6);
  });

  it('splits option lines with and without a space after the letter', () => {
    expect(splitOptionLines('A.甲\nB. 乙\n续行\nC、丙')).toEqual({ A: '甲', B: '乙\n续行', C: '丙' });
  });

  it('rebuilds gold and groups from an official-format record', () => {
    expect(cpqexam.fromRecord!({ uid: 'u', level: '高级', department: '眼科学', type: '案例分析题', pred_str: '', answer: 'ACD' })).toEqual({
      gold: { kind: 'choice', letters: 'ACD' },
      groups: { level: '高级', department: '眼科学', type: '案例分析题' },
    });
  });
});
