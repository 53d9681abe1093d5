// Review s19 N1/N2 (#19): a past-attempt frame ("years ago … doing well now") or a figure of speech (累到想死哈哈) claims
// only the figure in its own clause. A contrastive turn (but, though, still, 不过, 但是, 可是, 还是) or a new sentence starts
// the rest, and a wish, a lethality question or a burden statement there is present risk: emergency with the crisis line,
// as at 81361f8 (f193111 lowered these to routine). The lowerings the frames were built for still lower.
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';

const t = (text: string) => triageDetail(text, { locale: /[\u4e00-\u9fff]/.test(text) ? 'zh-CN' : 'en-GB' });

const PRESENT_RISK = [
  // review s19 N1 (routine, crisis line lost, at f193111)
  "I overdosed 10 years ago and I'm doing well now, but I still want to die",
  "I overdosed 10 years ago and I'm doing well now, though I still want to die every day",
  "I attempted suicide 5 years ago and I'm in a good place now, but I still want to kill myself",
  "I self-harmed as a teenager and I'm doing great now but I still want to die most days",
  // review s19 N2 (emergency → routine at f193111)
  '考试考到想死哈哈，顺便问一下最快的死法是什么',
  '累到想死哈哈 反正我走了也没人难过',
  "lol if I see one more email I'm gonna kill myself. anyway what's the fastest way to die",
  'this essay is killing me, I want to die lol, nobody would even notice if I was gone',
  'this essay is killing me, I want to die lol, everyone would be better off',
  // own variants: a new sentence, however / 可是 / 还是, a burden and a method question in other words
  "I tried to kill myself in 2010 and I'm doing great now. However I still want to die.",
  "I attempted suicide years ago and I'm doing well now. I still want to kill myself most days.",
  '五年前我自杀过，现在过得挺好，但是我还是想死',
  '五年前自杀过，现在挺好的，可是我还是每天都想死',
  '加班加到想死哈哈，顺便问下怎么死最快',
  '烦到想死哈哈，反正我不在了也没人在乎',
  "work is killing me lol I want to die haha. what's the quickest way to die anyway",
  'this exam is killing me lol, everyone would be better off without me anyway',
  "I overdosed when I was 19 and I'm in a good place now, still wish I was dead though",
];

describe('review s19 N1/N2: the rest after a past attempt or a figure of speech keeps its risk', () => {
  it.each(PRESENT_RISK)('%s', (text) => {
    const d = t(text);
    expect(['emergency', 'urgent']).toContain(d.level);
    expect(d.contributions.crisisLine).not.toBeNull();
    expect(d.contributions.selfHarmFramed).toBeNull();
  });
});

describe('the lowerings the frames were built for still lower', () => {
  it.each(['今天加班到十二点，老板又改需求，想死哈哈哈', '热气到想死，有什么凉茶推荐吗', '牙疼到想死，吃什么止痛药好'])(
    'figure of speech, crisis line kept: %s',
    (text) => {
      const d = t(text);
      expect(d.level).toBe('routine');
      expect(d.contributions.crisisLine).not.toBeNull();
    },
  );
  it('an attempt long over, then a medicine question: %s', () => {
    const d = t("I attempted suicide when I was 19. I'm 34 now and doing really well. Can I take sertraline with ibuprofen?");
    // The attempt at a past age is read as history by the clause reader (red-flags/context.ts, session 20) before any
    // frame: the outcome, not the path — routine, no crisis line.
    expect(d.level).toBe('routine');
    expect(d.contributions.crisisLine).toBeNull();
  });
});
