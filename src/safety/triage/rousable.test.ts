import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { readHardToRouse } from './rousable.js';

// Session 17 (triage #19): lowered consciousness told in lay words read routine at first sight.
describe('hard to rouse, told in lay words', () => {
  it.each([
    ["I can't really wake my wife properly and her breathing sounds weird, like snoring"],
    ['my husband is really hard to rouse, keeps drifting off mid sentence'],
    ["my mum's breathing is rattly and she won't open her eyes when I talk to her"],
    ['我老公早上很难叫醒 说着话就睡过去了'],
    ['他脸色很白 浑身软 叫他也不怎么理'],
    ["my dad is difficult to wake and he's gone grey"],
    ['奶奶叫了也不睁眼 呼吸呼噜呼噜的'],
  ])('%s → emergency', (text) => {
    expect(readHardToRouse(text)).toBe(true);
    const d = triageDetail(text);
    expect(d.level).toBe('emergency');
    expect(d.reasons).toContain('hard-to-rouse');
  });

  // Deep sleep, a habit, a mood: no lowered-consciousness reading from this reader.
  it.each([
    ["I can't wake my son up for school, he's 15"],
    ['my husband snores and is hard to wake, sleep apnoea?'],
    ['他生气了 叫他也不理'],
    ['my teenager is so hard to wake in the mornings'],
    ["I can't wake up in the morning, I snore a lot"],
    ['我老公打呼噜很多年了 每天早上都很难叫醒'],
    ['she is hard to wake? no, she woke straight away and is chatting'],
  ])('%s → not read', (text) => {
    expect(readHardToRouse(text)).toBe(false);
    expect(triageDetail(text).reasons).not.toContain('hard-to-rouse');
  });
});
