// The written-Cantonese reading (core/cantonese-reading.ts) may only ADD: triageDetail decides a Cantonese message as
// the older table reads it and with the reading, and keeps the higher level and any crisis line (review s37 triage S1:
// 叫極都唔應/唔開門 and 仲流緊血 rewritten away lowered self-harm messages; a TIA told in Cantonese went emergency → urgent).
// Each text here must stay at its START (7c829908) level or higher, with START's crisis line.
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { CRISIS_LINE } from './crisis-line.js';
import type { TriageLevel } from '../types.js';

const RANK: Record<TriageLevel, number> = { routine: 0, urgent: 1, emergency: 2 };

const START: readonly (readonly [string, string, TriageLevel, boolean])[] = [
  ['p-c01', '佢話唔想再生存，而家鎖住自己喺房，叫極都唔應', 'emergency', true],
  ['p-c07', '個仔將自己鎖喺廁所，話要𠝹手，叫極都唔開門', 'emergency', true],
  ['p-c18', '個女手腕有新傷口仲流緊血，佢話唔想再煩住我哋', 'emergency', true],
  ['p-d04', '我個女𠝹完手仲流緊血，叫佢開門佢唔應', 'emergency', false],
  ['p-d05', '佢手腕啲傷口仲流緊血，話冇佢我哋會好啲', 'urgent', false],
  ['s31 f092', '個仔手臂有新嘅傷口，係打波整嘅，仲流緊血，鎖住自己喺房唔應', 'emergency', false],
  ['c39-019', '阿爸今朝食早餐嘅時候講嘢有啲黐脷根，口角好似歪咗少少，佢話冇事，可能瞓得唔好。而家好似好返少少，係咪等佢休息下先？', 'emergency', false],
  ['cb-t10', '阿爺頭先講嘢講到黐埋一舊，口仔好似歪咗少少', 'emergency', false],
  ['pa02', '阿嫲今日冇食過嘢，水都唔飲，成個人好冇精神', 'emergency', false],
];

describe('the Cantonese reading never lowers a decision or drops a crisis line', () => {
  it.each(START)('%s stays at its START level or higher', (_id, text, level, line) => {
    const d = triageDetail(text);
    expect(RANK[d.level]).toBeGreaterThanOrEqual(RANK[level]);
    if (line) expect(CRISIS_LINE.test(d.message)).toBe(true);
  });
  it('keeps a gain the reading alone finds (a bee sting, face swollen all over, cannot breathe)', () => {
    expect(triageDetail('阿爸俾蜜蜂叮親之後塊面腫晒，透唔到氣').level).toBe('emergency');
  });
});
