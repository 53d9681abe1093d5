import { describe, expect, it } from 'vitest';
import type { DataRecord } from '../record.js';
import { adviceCheckOptions, adviceVerdict } from './advice-check.js';

const o = adviceCheckOptions.parse({});
const qa = (q: string, a: string): DataRecord => ({
  id: 'x',
  source: 't',
  text: `${q}\n${a}`,
  metadata: {},
  messages: [
    { role: 'user', content: q },
    { role: 'assistant', content: a },
  ],
});

describe('advice-check reads answers with the compliance claim checker', () => {
  it('drops an answer whose advice the question completes', () => {
    expect(adviceVerdict(qa('我吃丙戊酸钠治癫痫两年了，能停吗？', '两年没发作就可以自己停药了，不用复查。'), o)).toEqual({
      drop: 'advice_claim_stop-medication',
    });
    expect(adviceVerdict(qa('How much naproxen for period pain?', 'Take 2000 mg twice a day.'), o)).toEqual({ drop: 'advice_claim_dose-out-of-range' });
  });

  it('keeps the sound versions', () => {
    expect(adviceVerdict(qa('我吃丙戊酸钠治癫痫两年了，能停吗？', '不要自己停药，是否减停需要神经科医生评估。'), o)).toBe(true);
    expect(adviceVerdict(qa('How much naproxen for period pain?', 'Take 250 mg twice a day with food.'), o)).toBe(true);
  });
});
