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
});
