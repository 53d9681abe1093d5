// A peak flow told against the patient's usual ("平时450 现在270", "my peak flow is usually 500, today 240") is a measured
// severity of an asthma attack, read as a ratio, not as words: BTS/SIGN 158 — PEF 50–75 % of best or predicted is a
// moderate exacerbation (seen today), 33–50 % acute severe (emergency care). Read over the opening and the replies
// together (the question turn asks how the breathing is; the patient answers with the meter). Raises only: a ratio at or
// above 75 % says nothing either way.
import type { TriageLevel } from '../safety/types.js';

const METER = /峰流速|峰值流速|呼气峰流速|peak ?flow|\bPEF\b/i;
const USUAL = /平时|平常|正常|以前|最好|一般|usual(?:ly)?|normal(?:ly)?|\bbest\b|\bnormal is\b/i;
const NOW = /现在|今天|目前|这两天|刚才|\bnow\b|today|this morning|tonight|currently|at the moment/i;
const VALUE = /(?<![\d.])([1-8]\d{2})(?!\d|\.\d)/g;
/** Review s40 (S2): a number carrying a unit is a dose or a rate, never the meter ("吸了200微克", "100 mcg", "2 puffs"). */
const UNIT_AFTER = /^\s*(?:微克|毫克|克|喷|下|次|mcg|µg|μg|ug|mg|puffs?|bpm|次\/分|\/min|mmhg|毫米汞柱|%)/i;
/** …nor a number labelled as a heart rate or blood pressure ("HR 110", "心率110", "血压130"). */
const RATE_BEFORE = /(?:\bHR|\bBP|heart ?rate|pulse|blood pressure|心率|心跳|脉搏|血压|sats?|SpO2|血氧)\s*(?:is|was|of|:|：|=)?\s*$/i;

export interface PeakFlowReading {
  usual: number;
  now: number;
  ratio: number;
  level: Exclude<TriageLevel, 'routine'>;
}

/** The first sentence naming the meter with a usual and a current value, as a ratio; undefined when none is told. */
export function readPeakFlow(text: string): PeakFlowReading | undefined {
  for (const sentence of text.split(/[。！？!?\n]|(?<!\d)\.(?!\d)/)) {
    if (!METER.test(sentence)) continue;
    let usual: number | undefined;
    let now: number | undefined;
    let last = 0;
    for (const m of sentence.matchAll(VALUE)) {
      const at = m.index ?? 0;
      const prev = last;
      last = at + m[0].length;
      if (UNIT_AFTER.test(sentence.slice(at + m[0].length)) || RATE_BEFORE.test(sentence.slice(Math.max(0, at - 16), at))) continue;
      // Only the words since the previous number speak for this one: the number right after a NOW word is the reading.
      const before = sentence.slice(Math.max(prev, at - 12), at);
      if (usual === undefined && USUAL.test(before)) usual = Number(m[1]);
      else if (now === undefined && NOW.test(before)) now = Number(m[1]);
    }
    if (usual === undefined || now === undefined || now >= usual) continue;
    const ratio = now / usual;
    if (ratio >= 0.75) return undefined;
    return { usual, now, ratio, level: ratio < 0.5 ? 'emergency' : 'urgent' };
  }
  return undefined;
}
