// A Chinese name's third character read from both sides (name-extent-zh.ts). Session-24 probes, written before the
// reader (bench/deid-s24-name-extent-probes.jsonl holds them for the whole detector): a two-character reading grows
// only where the character is one people are named with AND the name closes after it; a three-character reading is
// cut only where the character is a word after names or opens a word with what follows.
import { describe, expect, it } from 'vitest';
import type { PhiSpan } from '../../core/phi-types.js';
import { detectPhi } from './index.js';
import { settleZhNameEnds } from './name-extent-zh.js';

/** The NAME found at `name` (its first `len` characters) as settled, read back as text. */
function settled(text: string, name: string, len: number): string {
  const at = text.indexOf(name);
  if (at < 0) throw new Error(`probe name ${JSON.stringify(name)} not in its text`);
  const found: PhiSpan = { type: 'NAME', start: at, end: at + len, text: text.slice(at, at + len) };
  return settleZhNameEnds(text, [found])[0].text;
}

describe('a two-character reading grows over a given character where the name closes after it', () => {
  it.each([
    ['已转账，户名王志强。谢谢', '王志强'],
    ['我阿爸何永康喺12月2號入院', '何永康'],
    ['同班何梓轩、王一诺近一周有类似症状', '王一诺'],
    ['会诊：心内科马国栋。建议继续抗凝。', '马国栋'],
    ['主治医师：黄志伟医师', '黄志伟'],
    ['已取得女儿龚文静电话同意', '龚文静'],
  ])('%s → %s', (text, name) => expect(settled(text, name, 2)).toBe(name));
});

describe('a two-character reading stays where the next character is a word of the sentence', () => {
  it.each([
    ['王芳说：我明天来复查。', '王芳'],
    ['参加讨论：张伟等。', '张伟'],
    ['患者王伟男，45岁', '王伟'],
    ['群聊\n李娜姐：好的', '李娜'],
    ['医生：王伟明天复查血常规。', '王伟'],
    ['祝顺利！', '祝顺'],
    ['医生：王伟\n阳性', '王伟'],
    ['患者张伟兰州人，务农。', '张伟'],
    ['出院后转入安老院。', '安老'],
  ])('%s keeps %s', (text, name) => expect(settled(text, name, 2)).toBe(name));
});

describe('a three-character reading is cut only with a sign against its last character', () => {
  it.each([
    ['医生：王伟明天复查血常规。', '王伟'],
    ['患者王伟明确诊断为肺炎。', '王伟'],
    ['家属：李强华法林3mg每晚一次', '李强'],
    ['护士王芳云南人，说话口音重。', '王芳'],
    ['下午护士去患者王芳家。', '王芳'],
    ['医生：王伟一次查房未见异常。', '王伟'],
  ])('%s → %s', (text, name) => expect(settled(text, name, 3)).toBe(name));
  it.each([
    ['药师审核：邵佳琪', '邵佳琪'],
    ['MICU-02 李阿土 男 91歲', '李阿土'],
    ['患者张建华山东人', '张建华'],
    ['本人谭志伟，为病人谭月好（92岁）', '谭月好'],
    ['已取得女儿龚文静电话同意', '龚文静'],
    ['治疗师：冉一诺', '冉一诺'],
    ['我们的女儿罗一一才2岁', '罗一一'],
    ['王阿姨说今天好多了', '王阿姨'],
    ['村卫生室工作日志（龙潭村）', '龙潭村'],
  ])('%s keeps %s', (text, name) => expect(settled(text, name, 3)).toBe(name));
});

// Review s24 regressions (reviews-s24/deid.md R1–R5): each was a whole name at the start, cut at e0562473.
describe('a three-character name is not cut on a sign that is not there', () => {
  it.each([
    // R1: a medicine must start AT the next character, not at the one after it.
    ['家属：张学友阿司匹林过敏', '张学友'],
    ['护士陈丽娟阿莫西林皮试阴性', '陈丽娟'],
    ['患者家属何建勋华法林3mg', '何建勋'],
    // R2/R3: a sex word or numeral that ends the name before punctuation, a space or a close is the name's own.
    ['患者周晓男，女，29岁，孕12周。', '周晓男'],
    ['联系人：刘若男，电话见上。', '刘若男'],
    ['病人宋晓男 女 30岁', '宋晓男'],
    ['陈若男说她头痛', '陈若男'],
    ['患者刘胜男在产房', '刘胜男'],
    ['患儿王唯一，男，4岁。', '王唯一'],
    ['患儿吴唯一在哭', '吴唯一'],
    ['患儿周子一发热', '周子一'],
    // R5: the common word loses where the whole name reads on better (确诊为, 近一周, 人很瘦, 静息时).
    ['患者邱宏明确诊为2型糖尿病5年，口服二甲双胍。', '邱宏明'],
    ['主诉人：黄春明确诊肺结核后一直服药', '黄春明'],
    ['患者董立新近一周纳差。', '董立新'],
    ['患者王立新近三天咳嗽加重', '王立新'],
    ['患者梁小华人很瘦', '梁小华'],
    ['患者侯宝安静息时心率110', '侯宝安'],
  ])('%s keeps %s', (text, name) => expect(settled(text, name, 3)).toBe(name));
  it('R4: a name the document holds whole is whole at every occurrence', () => {
    const text = '签名：邱宏明。邱宏明确诊糖尿病已5年。';
    const spans: PhiSpan[] = [3, 7].map((at) => ({ type: 'NAME', start: at, end: at + 3, text: text.slice(at, at + 3) }));
    expect(settleZhNameEnds(text, spans).map((s) => s.text)).toEqual(['邱宏明', '邱宏明']);
    const grown: PhiSpan[] = [
      { type: 'NAME', start: 2, end: 5, text: '黄春明' },
      { type: 'NAME', start: 8, end: 10, text: '黄春' },
    ];
    expect(settleZhNameEnds('患者黄春明，男。黄春明天天喝酒。', grown).map((s) => s.text)).toEqual(['黄春明', '黄春明']);
  });
  it('still cuts a speech verb that opens what is said', () => {
    expect(settled('王芳说：我不签', '王芳说', 3)).toBe('王芳');
  });
});

describe('through the whole detector', () => {
  const redacted = (text: string, part: string): boolean[] => {
    const at = text.indexOf(part);
    const spans = detectPhi(text);
    return [...part].map((_, k) => spans.some((s) => s.start <= at + k && at + k < s.end));
  };
  it('takes the whole name where a reader cut it', () => {
    expect(redacted('转账到建设银行，户名王志强。谢谢', '王志强')).toEqual([true, true, true]);
  });
  it('leaves the word after a two-character name', () => {
    expect(redacted('报告医生：王伟阴性对照已做。', '阴性')).toEqual([false, false]);
    expect(redacted('患者刘洋平素体健。', '平素')).toEqual([false, false]);
    expect(redacted('检验者：林\n阳性\n参考：阴性', '阳性')).toEqual([false, false]);
  });
});
