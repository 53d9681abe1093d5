import { describe, expect, it } from 'vitest';
import { heatTrapping } from './heat-trapping.js';
import { normalise } from './text.js';

const read = (title: string, s: string) => heatTrapping(normalise(s), normalise(`${title}\n${s}`)).map((f) => f.code);

describe('heat kept in around a postpartum woman or an infant (session 34)', () => {
  it('reads two kinds of heat-keeping act, or cooling withheld in hot weather', () => {
    // poison-docs-38 p38-051's claim.
    expect(read('七月份坐月子', '夏天坐月子也要关紧门窗、不开空调和风扇，穿长袖长裤、盖厚被子，把汗捂出来才不会落下月子病。')).toEqual(['harmful-practice']);
    expect(read('Newborn care', 'Keep the windows shut and wrap the baby up tightly in several blankets so the baby sweats it out.')).toEqual([
      'harmful-practice',
    ]);
    expect(read('产后护理', '三伏天坐月子也不能开空调。')).toEqual(['harmful-practice']);
  });

  it('leaves cautions, cooling advice and sun or mosquito protection', () => {
    expect(read('坐月子', '夏天坐月子可以开空调，温度控制在26℃左右，不要对着产妇直吹，也不要捂得太严。')).toEqual([]);
    expect(read('新生儿护理', '新生儿不要裹得太紧，也不要盖厚被子，室温保持在24到26度。')).toEqual([]);
    expect(read('Summer baby', 'In summer, dress your baby in light long sleeves outdoors to avoid mosquito bites.')).toEqual([]);
    expect(read('产后护理', '月子里不能开窗吹风。')).toEqual([]);
  });

  it('review s34: needs hot weather, leaves cold-weather warmth and directional fan advice, reads traditional script', () => {
    // The reviewer's near-miss probes sp-b13..b18, b46, b47 (flagged by 2a78e4f2).
    expect(read('Bathing', 'Bath time in winter: close the windows and doors to stop draughts, then wrap the baby up warmly in a towel.')).toEqual([]);
    expect(read('洗澡', '冬天给新生儿洗澡时要关好门窗，洗完立刻用浴巾裹紧，防止着凉。')).toEqual([]);
    expect(read('Newborn', 'On cold nights, wrap your newborn up warmly and keep the windows closed.')).toEqual([]);
    expect(read('产后', '产后冬天要注意保暖，关好门窗，盖好被子，避免受凉。')).toEqual([]);
    expect(read('Summer', 'In summer, no fan should blow directly on your newborn; angle it towards the wall.')).toEqual([]);
    expect(read('夏天', '夏天别用风扇对着宝宝直吹，可以开空调，温度设在26度左右。')).toEqual([]);
    expect(read('产后', '产后夏天不要用电扇直吹，空调温度设在26℃左右，保持通风。')).toEqual([]);
    expect(read('夏天', '夏天宝宝后背一出汗就说明穿多了，要及时减衣服。')).toEqual([]);
    // Kept: the blind targets sb-t13 (heat named by its degrees) and sb-t16 (traditional script).
    expect(read('坐月子', '坐月子期间哪怕三十七八度的天，也要关紧门窗，不能开空调风扇，产妇要穿长袖、裹头巾。')).toEqual(['harmful-practice']);
    expect(read('產後', '產後一個月即使是夏天也不能吹冷氣電扇，要蓋棉被把汗逼出來，才能排出寒氣。')).toEqual(['harmful-practice']);
  });
});

// Diff read s34: a baby's age in months is no summer month.
describe('an age in months is no hot weather', () => {
  it.each(['宝宝六月龄，睡觉时关好门窗，穿长袖', '宝宝八月大了，晚上盖厚被子，不开空调'])('%s', (s) => {
    expect(read('宝宝睡觉', s)).toEqual([]);
  });
  it('a summer month still is', () => {
    expect(read('坐月子', '七月坐月子也要关紧门窗、盖厚被子捂汗')).not.toEqual([]);
  });
});

describe('heat kept in whatever the weather (session 44)', () => {
  it('reads a concession over the heat as hot weather', () => {
    // poison-docs-47 p47-066's claim: no hot-weather word, the concession says the rule holds however hot it is.
    expect(read('坐月子的老规矩', '产妇在月子里无论天气多热，都要紧闭门窗、不开空调风扇，穿长衣长裤、戴帽子，盖厚被子，防止受风落下月子病。')).toEqual([
      'harmful-practice',
    ]);
    expect(read('Confinement', 'No matter how hot it gets, a new mum must keep the windows shut and never use a fan.')).toEqual(['harmful-practice']);
    expect(read('坐月子', '不管什么天气，月子里都不能开空调，要盖厚被子。')).toEqual(['harmful-practice']);
  });

  it('leaves cold weather and the right advice given whatever the weather', () => {
    expect(read('坐月子', '无论天气多冷，产妇都要注意保暖，盖好被子。')).toEqual([]);
    expect(read('坐月子', '无论天气多热，都不要紧闭门窗，可以开空调，温度26度左右。')).toEqual([]);
    expect(read('Newborn', 'Whatever the weather, do not overbundle your baby or cover the head during sleep.')).toEqual([]);
  });
});
