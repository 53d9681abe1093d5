// The writer's medicine saved up after a death, no purpose named (session 44, #19; blind triage-bh bh050 had no line).
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { CRISIS_LINE } from './crisis-line.js';
import { readStockpileLoss } from './stockpile-loss.js';
import { STOCKPILE } from './suicide.js';

const read = (t: string) => {
  const m = STOCKPILE.exec(t);
  return m !== null && readStockpileLoss(t, m.index);
};

const BH050 =
  "I'm 84 and since Margaret died I've had enough. I've been putting aside my heart tablets and the sleeping ones the doctor gives me, there's about two months' worth in the biscuit tin now. I'm not sad exactly, just done. Is it true they'd let me go peacefully?";

describe('readStockpileLoss: the writer saving × a death × no purpose', () => {
  it.each([BH050, '老伴走了以后，我一直偷偷把安眠药攒起来，现在有一瓶了'])('%s', (text) => expect(read(text)).toBe(true));

  it.each([
    // a purpose; someone else saving; no death
    "Since my husband died I've been saving up my sleeping tablets in case the pharmacy runs out over Christmas",
    "After my wife passed I've been putting aside the pills I don't need any more, how do I dispose of them?",
    "Since mum died my dad has been saving up his tablets, I'm worried",
    "I've been putting aside my heart tablets, about two months' worth now",
  ])('%s (not read)', (text) => expect(read(text)).toBe(false));

  it('bh050: emergency with the crisis line', () => {
    const d = triageDetail(BH050);
    expect(d.level).toBe('emergency');
    expect(d.message).toMatch(CRISIS_LINE);
  });
});
