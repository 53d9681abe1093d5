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
    // A lone checking field's signer counts beside a full-name signature (review fix s36: '调剂：龚' alone steps aside).
    ['审核药师：冯晓敏　调剂：龚', '龚'],
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

// Review fix s36: a checking or dispensing field's value that is a surname too (deid-probes b13 b16 b28 b37–b41) is no
// signer; a lone character there is one only when the form signs another field with a full name.
describe('a checking field value (review fix)', () => {
  it.each([
    ['复核：符　签名：见附页', '符'],
    ['陪护人：家属\n陪护：双', '双'],
    ['调剂：冷　储存：冷藏', '冷'],
    ['配药：单　核对：双\n单次剂量不超过2片。', '单'],
    ['配药：单　核对：双\n单次剂量不超过2片。', '双'],
  ])('%s keeps %s', (text, value) => {
    expect(detectSignerListsZh(text).map((s) => s.text)).not.toContain(value);
  });
  it('reads a lone signer of a checking field when the form signs a full name, and a list', () => {
    expect(detectSignerListsZh('医师：卢国栋　调剂：秦').map((s) => s.text)).toEqual(['秦']);
    expect(detectSignerListsZh('配药人：单、伍\n复核人：白').map((s) => s.text)).toEqual(['单', '伍', '白']);
    expect(detectSignerListsZh('调剂：秦')).toEqual([]);
  });
});
