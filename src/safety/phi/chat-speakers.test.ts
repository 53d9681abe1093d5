// Chat speakers labelled by their unit, then their name (chat-speakers.ts, s33). Lines written for these tests (not
// taken from any blind batch).
import { describe, expect, it } from 'vitest';
import { covered, touched } from '../../../test/helpers/phi-covered.js';

const CHAT = '胸痛中心协作群(31)\n心内罗思远：患者到了吗\n急救柏建华：还有5分钟\n心内罗思远：导管室已备好\n护士长程晓：已通知家属';

describe('chat speakers by unit and name', () => {
  it('redacts the name after the unit and keeps the unit', () => {
    for (const v of ['罗思远', '柏建华', '程晓']) expect(covered(CHAT, v), v).toBe(true);
    expect(touched(CHAT, '心内')).toBe(false);
  });
  it('leaves unit labels that hold no name', () => {
    const text = '药剂科：请核对医嘱\n护理部：收到\n药剂科：已发药\n检验科：报告已出';
    expect(touched(text, '药剂科')).toBe(false);
    expect(touched(text, '检验科')).toBe(false);
  });
});
