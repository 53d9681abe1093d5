// A past attempt and now, read by the time of each clause (#19; first sight aj051, s19 review S8/S13): an attempt told
// at a past age ("when I was 19", 19岁的时候, 年轻时, "back in college") or as "past self harm" is history, so its overdose
// is no hard finding now; a clause told now whose object points back to it ("lately I think about it every day", "I've
// just taken another one tonight", 最近每天都在想这件事, "finish the job") is present risk, and so is medicine saved up
// now or a farewell act beside it. Probes and adversarial probes written before the code: /tmp/probes/triage-frames-s20.
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';

const t = (text: string) => triageDetail(text, { locale: /[\u4e00-\u9fff]/.test(text) ? 'zh-CN' : 'en-US' });

const HISTORY_ONLY = [
  "I took an overdose when I was 19. I'm 34 now, doing well, married, no issues for years. The new GP registration form asks about past self harm, do I have to put it?",
  "I overdosed when I was 19, I'm 34 now and doing well; my GP wants me on sertraline, does it interact with my pill?",
  "Back in college (2009) I took an overdose of paracetamol, I'm fine now, could that have damaged my liver long term?",
  '我19岁的时候吃药自杀过，现在34岁了，过得挺好，想问一下现在吃舍曲林会不会有影响',
];

const NOW = [
  "I attempted at 19, I'm 34 now, but lately I think about it every day",
  '十年前吞过药，这周又偷偷把药都攒起来了',
  "I took an overdose ten years ago and I've just taken another one tonight",
  '十年前自杀过，现在挺好，不过最近每天都在想这件事',
  "I attempted 3 years ago, I'm doing well now, but I've started giving my things away",
  'I tried to hang myself when I was 19 and I keep thinking I should finish the job',
  'I took an overdose when I was 19 and I have taken 30 of my sertraline tonight',
  '我上大学的时候割过腕，刚刚又割了，血止不住',
  '我二十歲的時候自殺過，現在又開始每天想死',
];

/** Other emergencies told after a past age: the past age is the old episode's time only. */
const OTHER_NOW = [
  "I had a seizure when I was 19, and now I'm having one that won't stop for 6 minutes",
  '我20岁的时候得过心梗，现在胸口压着疼了半小时，出冷汗',
  "when she was 2 she had febrile seizures, she's 4 now and she's fitting right now and turning blue",
];

describe('past attempt and now', () => {
  it.each(HISTORY_ONLY)('an attempt at a past age, over now, is no emergency: %s', (text) => {
    expect(t(text).level).not.toBe('emergency');
  });
  it.each(NOW)('a clause told now after a past attempt is present risk: %s', (text) => {
    const d = t(text);
    expect(d.level).toBe('emergency');
    expect(d.contributions.crisisLine).not.toBeNull();
  });
  it.each(OTHER_NOW)('a present emergency after a past age stays emergency: %s', (text) => {
    expect(t(text).level).toBe('emergency');
  });
});
