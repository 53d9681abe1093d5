import { describe, expect, it } from 'vitest';
import { readTopicRole } from './suicide-role.js';
import { screenSuicide } from './suicide.js';
import { normaliseText } from './normalise.js';

const topic = (text: string) => readTopicRole(normaliseText(text)) !== null;

describe("readTopicRole: suicide words as the topic of the writer's work", () => {
  it('reads a dissertation on rates, a class meeting on spotting self-harm, staff training', () => {
    expect(topic('Writing my uni dissertation on why suicide rates are higher in middle-aged men in the UK. Where can I find reliable stats?')).toBe(true);
    expect(topic('我是初中班主任，想在班会上讲讲怎么识别身边同学有自伤的迹象，有没有适合初中生的材料推荐')).toBe(true);
    expect(topic('Preparing a staff training session on how to spot self-harm in teenagers. Any good NHS resources?')).toBe(true);
  });
  it("never reads a person in crisis: no work named, a purpose of one's own, a feeling told, a later sentence of one's own", () => {
    for (const t of [
      "can i talk about suicide here? i've been thinking about doing it every day",
      '下周一就是我的自杀日。',
      "I've been reading suicide rates by method so I can pick the one that's most certain",
      'i did a whole course on self harm in my head lol. cut again last night, deeper',
      'Friday is my suicide day. sorry for dumping this on a bot.',
      "I'm writing an essay on suicide rates among students and honestly I've been thinking about it myself every night.",
      'My son talks about suicide a lot lately',
    ])
      expect(topic(t), t).toBe(false);
  });
  it('the screen sets a topic aside only when the rest carries no risk and no stage is told', () => {
    expect(screenSuicide(normaliseText('Writing my uni dissertation on why suicide rates are higher in middle-aged men in the UK.')).risk).toBe('none');
    expect(screenSuicide(normaliseText('我在写关于自杀的论文，写着写着我也想死了，药已经准备好了')).risk).toBe('high');
  });
});
