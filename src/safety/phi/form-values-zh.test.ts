// A person field's value read by the extent the form gives it (form-values-zh.ts), through detectPhi. Lines written
// for these tests (not taken from any blind batch): each lists the names that must be redacted; the clinical values
// below sit in the same layouts and must stay.
import { describe, expect, it } from 'vitest';
import { detectPhi } from './index.js';
import { formNameValue, formNamesZh, maskedNamesZh } from './form-values-zh.js';
import { covered } from '../../../test/helpers/phi-covered.js';

const NAMES: [string, string[]][] = [
  // Who acted on the record: the label ends in the act, not in a role noun.
  ['记录者：潘晓云　　上级医师复核：龙可然　2025-03-02', ['潘晓云', '龙可然']],
  ['发血时间：2025-01-07 10:20　两人查对：伍佳　　病区签收：官秀梅', ['伍佳', '官秀梅']],
  ['处方审核：门海涛\n发药：区永康', ['门海涛', '区永康']],
  // A role label whose value opens a word elsewhere (林可|霉素): the form closes it, so it is judged whole.
  ['患儿：林可馨，男，5岁1个月　　陪同：外婆', ['林可馨']],
  // A value the form spread one space apart, under a label spread the same way.
  ['姓 名：郝 立 新　　　性 别：女　　年 龄：52岁', ['郝 立 新']],
  ['报告医师：喻　春　江　　审核日期：2025-02-11', ['喻　春　江']],
  // s33: a label qualified by a bracket — who fills the field is said in the bracket or by the label.
  ['告知人（主管医师）：卞立群　　日期：2025-04-02', ['卞立群']],
  ['退费账户（患者家属）：邹晓蔓  6217 0000 1111 2222', ['邹晓蔓']],
  // s33: a value the system masked — a surname with its given characters starred out, in a field, before a title, in a cell.
  ['处方医师：庞**　　审方药师：欧阳*倩　　发药：甘××', ['庞**', '欧阳*倩', '甘××']],
  ['【某某医院】温馨提示：蒯**婷女士，您预约的胃镜检查在明天上午', ['蒯**婷']],
  ['时间              操作人      终端\n2025-03-01 08:02   樊*然      WS-07', ['樊*然']],
];

const KEPT: string[] = [
  '诊断：高血压　　结果：阴性　　标本：全血',
  '麻醉方式：全麻　　体位：平卧\n职业：农民　　民族：汉',
  '送检标本：白带　　检查结果：未见异常',
  '交班签名：杜　接班签名：冯',
  '记录：患者今日精神可，饮食正常。',
  '执行：每日两次　　频次：bid',
  // Own probe after READY: a surname that is mainly an adverb, before a word.
  '医生：曾建议　　护士：常规',
  // s33: a bracket qualifying a label that holds no person; marks that are no masked name.
  '过敏史（患者自述）：青霉素　　诊断（初步）：肺炎',
  '结果：阳性*　　备注：**重要** 高*',
  '血压偏高*  需复查',
  // Review s33 (S2): a lab flag with stars in a cell or after a field is no masked name.
  '| 血钾 | 6.8 | 高** |',
  '| HbA1c | 9.5 | 高*** |',
  '| 尿糖 | 阳** |',
  '结论：  高**  (需复查)',
];

describe('form values (zh)', () => {
  it.each(NAMES)('%s', (text, values) => {
    for (const v of values) expect(covered(text, v), v).toBe(true);
  });
  it('leaves clinical values in the same layouts', () => {
    for (const text of KEPT)
      expect(
        formNamesZh(text, undefined).map((s) => s.text),
        text,
      ).toEqual([]);
    expect(detectPhi('诊断：高血压　　结果：阴性　　标本：全血')).toEqual([]);
    for (const text of KEPT.slice(-7)) expect(maskedNamesZh(text), text).toEqual([]);
    expect(detectPhi('| 血钾 | 6.8 | 高** |')).toEqual([]);
  });
  it('one mask before a title (diff read s33)', () => {
    expect(maskedNamesZh('钟*先生，您的报告已出').map((s) => s.text)).toEqual(['钟*']);
  });
  it('judges a closed value whole', () => {
    expect(formNameValue('林可馨', undefined)).toBe(true);
    expect(formNameValue('高血压', undefined)).toBe(false);
    expect(formNameValue('全血', undefined)).toBe(false);
    expect(formNameValue('某某', undefined)).toBe(false);
  });
});
