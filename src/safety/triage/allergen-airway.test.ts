import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';

// Issue #19, s24: the allergen-airway rule reads the eating act in any completed aspect and the airway change with its
// severity (tight, swollen beyond a slight lip, hoarse — Cantonese 沙 —, voice changed, hard to swallow or breathe),
// told now. More rows in bench/triage-s24-airway-probes.jsonl.
const RULE = 'allergen-airway-change';
const fires = (text: string): boolean => triageDetail(text, {}).reasons.includes(RULE);

describe('allergen reaching the airway: any completed eating act, a serious change, now', () => {
  it.each([
    '我阿媽食完蝦之後成塊面腫晒，佢話喉嚨好似好緊，講嘢都沙晒，屋企有啲藥油，可唔可以搽住先？',
    '我妈吃完虾之后整张脸都肿了，她说喉咙好像很紧，说话声音都哑了',
    '剛吃完蝦子，喉嚨很緊，聲音都啞了，怎麼辦',
    '食完花生之後喉嚨好緊，把聲沙晒',
    '吃过蟹之后嘴唇和舌头都肿起来了，越来越厉害',
    '吃完虾半小时了，嘴唇肿得厉害，吞咽有点困难',
    'After eating prawns my throat feels tight and my voice is hoarse',
    'He ate crab at dinner and his throat is swelling, he can barely swallow',
    'I had eaten prawns and then my voice went croaky and my tongue feels thick',
    '被蜜蜂蛰了，喉咙发紧，声音哑了',
    '吃完虾嘴唇肿了一点，现在喉咙也开始紧了',
  ])('%s', (text) => {
    expect(fires(text)).toBe(true);
    expect(triageDetail(text, {}).level).toBe('emergency');
  });
});

describe('near-misses: an itch alone, a slight lip, resolved, past, denied, a question, no allergen', () => {
  it.each([
    '吃完海鲜喉咙有点痒，咳了两声，是不是上火',
    'ate prawns and now I have an itchy throat',
    '食完蝦之後喉嚨有啲痕，係咪熱氣',
    '昨天吃完虾嘴唇肿了一点，今天消了',
    '昨天吃了虾嘴唇肿了一点，今天消了',
    '吃完虾之后喉咙有点紧，吃了氯雷他定，现在好了',
    "after eating peanuts my throat was a bit tight but it's fine now",
    '我小时候吃了花生喉咙肿过，现在想做个过敏原检测，去哪个科？',
    '我奶奶年轻时吃了螃蟹嘴唇肿过，她现在很好，只是想问海鲜过敏会遗传吗',
    "I'm allergic to shellfish; last time I ate prawns my lips swelled. What can I eat at a seafood restaurant?",
    '我没吃过虾，但喉咙一直有点紧，是焦虑吗',
    "I didn't eat any peanuts, but my voice has been hoarse all week from shouting at the match",
    '吃过花生会不会让声音变哑？我是歌手',
    '吃完麻辣火锅喉咙好痛，声音有点哑，是不是上火',
    '每次吃完牛奶都肚子胀，放屁多，是乳糖不耐受吗',
    '吃完虾，虾壳卡在喉咙里了，咽口水有点疼',
    '吃了虾以后嘴唇有点肿，别的没事',
  ])('%s', (text) => {
    expect(fires(text)).toBe(false);
  });
});
