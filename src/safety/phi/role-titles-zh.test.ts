// A surname + a role noun read by its head 长/师 (s40), and a preposition before a title read as grammar. Lines written
// for these tests, not taken from any batch.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { covered, touched } from '../../../test/helpers/phi-covered.js';
import { sharedPath } from '../../../test/helpers/shared-data.js';
import { detectRoleTitlesZh } from './role-titles-zh.js';

describe('a surname + a role noun read by its head', () => {
  it.each([
    ['经张院长签字同意后才能转院。', '张院长'],
    ['下午找王药师问了剂量。', '王药师'],
    ['陳營養師建議每日少食一餐宵夜。', '陳營養師'],
    ['麻烦转告马所长，复查结果出来了。', '马所长'],
    ['由胡心理师负责每周一次的随访。', '胡心理师'],
    ['據曾館長講，佢上個月已經入過院。', '曾館長'],
    // The head opens a rarer word after it (长住 44 < 科长 1082): still the role.
    ['听说李科长住院了。', '李科长'],
  ])('%s', (text, value) => {
    expect(covered(text, value, 1), value).toBe(true);
  });

  it.each([
    ['用药前请向药师咨询。', '向药师'],
    ['对方药师说没有货。', '方药师'],
    ['全院长期医嘱已核对。', '全院长'],
    ['身高成长曲线正常。', '高成长'],
    ['肝右叶见长约2.1cm线样低密度影。', '叶见长'],
    ['術後第2週醫師評估傷口癒合良好。', '週醫師'],
    ['由代班医师看诊。', '班医师'],
    ['3B班家长群里有人问疫苗。', '班家长'],
    ['至于院长怎么说，我不清楚。', '于院长'],
    ['关于营养师的建议，我有几个问题。', '于营养师'],
    // A pronoun before the role: 任 is the verb 'serve as' (s40 review).
    ['由他任院长以后，门诊量翻了一倍。', '任院长'],
  ])('%s keeps %s', (text, value) => {
    expect(touched(text, value), value).toBe(false);
  });

  it('spans the surname and the whole role word', () => {
    expect(detectRoleTitlesZh('请转告林校長，孩子每天要吃藥。').map((s) => s.text)).toEqual(['林校長']);
  });

  // Real text: over 2,000 real consultations the reader fires only on a surname before a role (no description, no
  // growth: 成长, 延长, 太长).
  it('reads only titled surnames in real consultation text', () => {
    const raw = readFileSync(sharedPath('corpus', 'huatuo26m-test.json'), 'utf8').slice(0, 2_000_000);
    const fired = [...raw.matchAll(/[^"\n]{0,20}[长長师師][^"\n]{0,10}/g)].flatMap((m) => detectRoleTitlesZh(m[0]).map((s) => s.text));
    expect(fired.every((t) => /^.{1,2}(?:[\u4e00-\u9fff]{1,2})[长师]$/.test(t))).toBe(true);
    expect(fired.length).toBeLessThan(5);
  });
});

describe('a preposition before a title is grammar, by position', () => {
  it.each([
    ['由於醫師不在，門診改到下週。', '於醫師'],
    ['对于医生的建议，我们全家都很认同。', '于医生'],
    ['终于医师来了，大家松了口气。', '于医师'],
  ])('%s keeps %s', (text, value) => {
    expect(touched(text, value), value).toBe(false);
  });

  it.each([
    ['于医生建议做胃镜。', '于医生'],
    ['感谢于医生的耐心。', '于医生'],
    ['我们科的于主任很负责。', '于主任'],
    // A verb word ending in 于 (在于, 见于) or 由于 mid-clause: the surname is read (s40 review S1).
    ['昨天在于医生那里复查了血糖。', '于医生'],
    ['下周去见于医生。', '于医生'],
    ['在于老师家补数学时晕倒过一次。', '于老师'],
  ])('%s (the surname 于 opening a clause or after a verb)', (text, value) => {
    expect(covered(text, value, 1), value).toBe(true);
  });
});

describe('a deputy of an office: surname + 副 + a role (s41)', () => {
  it.each([
    ['刘副院长今天查房，建议加用胰岛素。', '刘副院长'],
    ['据陈副教授讲，这个指标要复查。', '陈副教授'],
    ['张副护士长交班时说病人夜间躁动。', '张副护士长'],
    ['请示王副主任以后再定方案。', '王副主任'],
  ])('%s', (text, value) => {
    expect(detectRoleTitlesZh(text).map((s) => s.text)).toContain(value);
  });

  it.each([
    ['这个药的副作用太大，换一个吧。', '副作用'],
    ['吃了以后有副作用吗？', '有副作用'],
    ['手术同意书由副主任签字。', '由副主任'],
    ['新任副院长今天到岗。', '任副院长'],
    ['副院长和护士长都参加了讨论。', '副院长'],
  ])('%s keeps %s', (text, value) => {
    expect(detectRoleTitlesZh(text).some((s) => value.includes(s.text) || s.text.includes(value))).toBe(false);
  });
});
