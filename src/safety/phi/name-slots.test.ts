// Names without a cue word, read from their slot (name-slots.ts). Sentences written for this test (not from a blind
// batch).
import { describe, expect, it } from 'vitest';
import { covered } from '../../../test/helpers/phi-covered.js';
import { detectPhi } from './index.js';
import { detectNameSlots } from './name-slots.js';

const FOUND: [string, ...string[]][] = [
  ['钥匙放在刘阿姨那里了', '刘阿姨'],
  ['年级组长何老师打来电话', '何老师'],
  ['已移交巡警马警官处理', '马警官'],
  ['由隔壁周婶帮忙买菜', '周婶'],
  ['病人姓名：黃志偉（WONG CHI WAI）　性別：男', '黃志偉', 'WONG CHI WAI'],
  ['08:02 淑芬 外婆今天吃不下\n08:05 建宏 我下午過去\n08:09 淑芬 好，帶保溫杯', '淑芬', '建宏'],
  ['3/5/2024 21:10 - Ah Boy: mum ok?\n3/5/2024 21:12 - Ah Boy: call me', 'Ah Boy'],
  ['Beloved mother of Tui and Hemi, Mereana and Pita, and Ngaio.', 'Tui', 'Hemi', 'Mereana', 'Pita', 'Ngaio'],
  ['抄送：孙建国、李秀英和赵志强', '孙建国', '李秀英', '赵志强'],
];

const KEPT: string[] = ['副主任医师查房，值班医生交班', '她的语文老师和历史老师', '我的表哥和师姐来看我', '心率 08:30 82次/分\n血压 09:30 130/80'];

describe('names read from their slot', () => {
  it.each(FOUND)('%s', (text, ...values) => {
    for (const v of values) expect(covered(text, v), `${v} in ${JSON.stringify(detectPhi(text))}`).toBe(true);
  });

  it.each(KEPT)('no name in: %s', (text) => {
    expect(detectNameSlots(text)).toEqual([]);
  });
});
