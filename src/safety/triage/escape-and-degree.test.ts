import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';

// Session 38 (#19): a timed method told with the act as a way out of a duty ahead (blind bc056), and a degree figure
// "X到我想死" said of heat or hunger before a practical question and what is at hand for it (blind bc052). Own probes:
// bench/triage-counts-s38-self-probes.jsonl.
const line = (t: string) => triageDetail(t).contributions.crisisLine !== null;

describe('a method, a time and an escape: a plan, whatever the laugh', () => {
  it.each([
    [
      "lol might just drive into the river on the way home tonight, at least I won't have to do the audit tomorrow 🙃🙃 anyway unrelated q, do I need to taper citalopram if I want to stop?",
    ],
    [
      "haha might just drive into a wall on the way to work tomorrow, at least I won't have to face the review meeting. anyway how long does ibuprofen take to kick in?",
    ],
    ['哈哈今晚下班路上开车冲进河里算了，这样明天就不用去述职了😅 对了，布洛芬和感冒药能一起吃吗'],
    ['今晚放工揸車衝落海算啦😂 聽日就唔使返工見老細 順便問下 撲熱息痛同感冒藥食唔食得埋'],
  ] as const)('%s → emergency with the line', (text) => {
    expect(triageDetail(text).level).toBe('emergency');
    expect(line(text)).toBe(true);
  });
  it.each([
    ["lol might just drive into town tonight, at least I won't have to cook tomorrow. anyway is it ok to take ibuprofen with food?"],
    ["might just call in sick tomorrow lol, at least I won't have to do the audit. unrelated q, do I need to taper citalopram?"],
    ['哈哈今晚下班开车去江边兜风算了，明天就不用加班了。顺便问一下布洛芬能空腹吃吗'],
  ] as const)('%s → not an emergency', (text) => {
    expect(triageDetail(text).level).not.toBe('emergency');
  });
});

describe('a degree figure of heat or hunger', () => {
  it.each([
    ['今日熱到我想死😵 有冇啲消暑湯水推介？屋企有冬瓜同綠豆'],
    ['餓到我想死 有冇啲快手宵夜推介？'],
    ['今天热到我想死😂 有什么解暑的汤推荐吗？'],
  ] as const)('%s → routine', (text) => {
    expect(triageDetail(text).level).toBe('routine');
  });
  it.each([
    ['今日熱到我想死，反正都冇人理我，今晚想喺天台跳落去'],
    ['今日熱到我想死😵 有冇啲消暑湯水推介？屋企有成樽安眠藥'],
    ['最近累到我想死，药都攒好了，今晚就吃'],
  ] as const)('%s → still an emergency', (text) => {
    expect(triageDetail(text).level).toBe('emergency');
  });
});
