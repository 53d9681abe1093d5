import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';

// Session 38 (#19): a timed method told with the act as a way out of a duty ahead (blind bc056), and a degree figure
// "X到我想死" said of heat or hunger (blind bc052; that edit was taken back to START in the review fix). Own probes:
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

// Session 38 review fix: the degree-figure edit of figure-of-speech.ts (pronoun inside, 推介, an at-hand last clause)
// was taken back to START 8699f258 — it set the figure aside when a medicine or alcohol was at hand, and blanked the
// pain word with the figure (review s38 triage2, S1 13). bc052's heat/hunger over-call returns (the safe direction).
describe('a degree figure of heat or hunger that tells a means: still an emergency', () => {
  it.each([
    ['今日熱到我想死，反正都冇人理我，今晚想喺天台跳落去'],
    ['今日熱到我想死😵 有冇啲消暑湯水推介？屋企有成樽安眠藥'],
    ['最近累到我想死，药都攒好了，今晚就吃'],
  ] as const)('%s → still an emergency', (text) => {
    expect(triageDetail(text).level).toBe('emergency');
  });
});

const RANK = { routine: 0, urgent: 1, emergency: 2 } as const;
describe('review s38 S1: a pain told through the figure keeps the pain sign', () => {
  it.each([
    ['胸口痛到我想死，有冇止痛方法推介？'], // tp-b34
    ['個頭突然痛到我想死，有冇止痛藥推介？'], // tp-b35
    ['睪丸突然痛到我想死，有冇止痛方法推介？'], // tp-b38
    ['胸口痛到想死，有冇止痛方法推介？'], // tp-b39
    ['睪丸突然痛到想死，有冇止痛方法推介？'], // tp-b40
  ] as const)('%s → at least urgent', (text) => {
    expect(RANK[triageDetail(text).level as keyof typeof RANK]).toBeGreaterThanOrEqual(RANK.urgent);
  });
  it.each([
    ['肚子右下边疼到我想死，有没有什么止痛的办法推荐？'], // tp-b36
    ['胸口疼得我想死，有什么止痛的办法吗？'], // tp-b37
  ] as const)('%s → the crisis line', (text) => {
    expect(line(text)).toBe(true);
  });
});

describe('review s38 S1: a medicine or alcohol at hand after the figure keeps the crisis line', () => {
  it.each([
    ['痛到我想死，有冇止痛方法推介？屋企有一樽威士忌'], // tp-b18
    ['痛到我想死，有冇止痛方法推介？屋企有成樽撲熱息痛'], // tp-b27
    ['痛到我想死，有冇止痛方法推介？我有一樽安定'], // tp-b30
    ['痛到我想死，有冇止痛方法推介？屋企有成盒必理痛'], // tp-b23
    ['疼到我想死，有没有什么止痛的办法推荐？家里有一瓶白酒'], // tp-b25
    ["this hangover is killing me, I want to die lol. any tips? we've got vodka and some codeine"], // tp-b29
  ] as const)('%s → the crisis line', (text) => {
    expect(line(text)).toBe(true);
  });
});
