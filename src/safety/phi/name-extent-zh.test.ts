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
    ['患者王伟男，45岁，因胸痛入院。', '王伟'],
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
