// Bare surnames in a staff field closed by the form's layout (s36). Lines written for these tests, not taken from any
// batch: the signers must be redacted; single-character values that are no surname, or no person's field, must stay.
import { describe, expect, it } from 'vitest';
import { detectSignerListsZh } from './signer-lists-zh.js';
import { covered, touched } from '../../../test/helpers/phi-covered.js';

describe('a staff field of bare surnames', () => {
  it.each([
    ['处方医师：郑　审核：冯晓敏　发药：郑', '郑'],
    ['跌倒评估　评估员：韦、孔　评估时间：08:00', '孔'],
    ['检验者：邵 审核者：邬 报告时间：2024-05-02', '邵'],
    ['诊断医师：付　诊断日期：2024年3月1日', '付'],
    ['配药员：柯、骆　核对员：骆', '柯'],
    ['调剂：龚', '龚'],
    ['操作者：皮　复核者：皮　日期：6/3', '皮'],
    ['采血人：卜、祁', '祁'],
  ])('%s', (text, value) => {
    expect(covered(text, value), value).toBe(true);
  });
  it.each([
    ['检测结果：阴　参考值：阴性', '阴'],
    ['过敏史：无　家族史：无', '无'],
    ['血型：A　Rh：阳', '阳'],
    ['评估员：已评估　时间：08:00', '已评估'],
    ['部位：左、右　程度：中', '左'],
    ['执行者：本人　日期：当日', '本人'],
  ])('%s keeps %s', (text, value) => {
    expect(touched(text, value), value).toBe(false);
  });
  it('reads each member of a list, not the mark between them', () => {
    expect(detectSignerListsZh('评估员：程、陆').map((s) => s.text)).toEqual(['程', '陆']);
    expect(detectSignerListsZh('护士：全　日期：3/1')).toEqual([]);
  });
});
