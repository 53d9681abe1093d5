import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';

// Review s18 S3/S4: 275c084 made every delayed-poison rule a hard finding nobody may lower, so a false read of a short
// alias is sticky. 'HF' (heart failure) read as hydrofluoric acid beside 'a glass of' wine; 乌头 inside 何首乌头发;
// mushrooms 'picked up' at a shop or market read as foraged. The aliases now need their own sense; true exposures stay.
const level = (text: string, locale: string) => triageDetail(text, { locale });
const delayed = (text: string, locale: string) => level(text, locale).reasons.filter((r) => r.startsWith('delayed-poison-'));

describe('not a delayed poison: the alias without its sense', () => {
  it.each([
    ['Dad has HF, he drank a glass of red wine at dinner, is that ok with his meds?', 'en-US'],
    ['my husband has HF, had his lab results back, he drank a sip of wine', 'en-US'],
    ['my husband has HF and drank a glass of wine, can he take his furosemide?', 'en-US'],
    ['我吃了三个月何首乌头发还是白的，最近有点恶心，是不是吃错了', 'zh-CN'],
    ['每天喝何首乌头发会变黑吗，喝了一个月有点拉肚子', 'zh-CN'],
    ['医生开的附子，熬了两个小时喝了，有点恶心', 'zh-CN'],
    ['we picked up mushrooms at Tesco and ate them for dinner, now a bit sick', 'en-US'],
    ['I ate some mushrooms I picked up at the farmers market, now tummy ache', 'en-US'],
    ['picked up some mushrooms from the greengrocers and had them for dinner, now feel sick', 'en-US'],
  ])('%s', (text, locale) => {
    expect(delayed(text, locale)).toEqual([]);
  });

  it.each([
    ['Dad has HF, he drank a glass of red wine at dinner, is that ok with his meds?', 'en-US'],
    ['我吃了三个月何首乌头发还是白的，最近有点恶心，是不是吃错了', 'zh-CN'],
    ['we picked up mushrooms at Tesco and ate them for dinner, now a bit sick', 'en-US'],
  ])('the repro is not an emergency: %s', (text, locale) => {
    expect(level(text, locale).level).not.toBe('emergency');
  });
});

describe('true exposures stay emergency', () => {
  it.each([
    ['got hydrofluoric acid splashed on my arm an hour ago, it barely hurts', 'en-US', 'hydrofluoric-acid'],
    ['got some HF on my fingers at work this morning, now it hurts more and more', 'en-US', 'hydrofluoric-acid'],
    ['splashed some wheel cleaner with HF in it on my hand, nothing to see but the pain keeps getting worse', 'en-US', 'hydrofluoric-acid'],
    ['我们在树林里采的野生蘑菇炒着吃了，现在有点恶心', 'zh-CN', 'wild-mushroom'],
    ['在山上摘了蘑菇回来煮着吃了，拉肚子', 'zh-CN', 'wild-mushroom'],
    ['we picked mushrooms in the woods and had them for dinner, now vomiting', 'en-US', 'wild-mushroom'],
    ['自己用草乌煮水喝了，现在嘴巴发麻', 'zh-CN', 'aconite'],
    ['喝了生附子煎的汤药，嘴麻心慌', 'zh-CN', 'aconite'],
    ['喝了附子熬的汤，嘴巴发麻心慌', 'zh-CN', 'aconite'],
    ['泡的乌头酒喝了一杯，现在舌头麻', 'zh-CN', 'aconite'],
  ])('%s', (text, locale, agent) => {
    const d = level(text, locale);
    expect(d.level).toBe('emergency');
    expect(d.reasons).toContain(`delayed-poison-${agent}`);
  });

  it('a mushroom picked up off the lawn is still a wild mushroom (poison control now)', () => {
    expect(level('my son picked up a mushroom off the lawn and ate it', 'en-US').reasons).toContain('possible-poison-wild-mushroom');
  });
});
