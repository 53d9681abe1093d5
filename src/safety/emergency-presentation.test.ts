import { describe, expect, it } from 'vitest';
import { EMERGENCY_PRESENTATION, emergencyPresentations } from './emergency-presentation.js';
import { PRESENTATIONS } from './triage/presentations.js';
import { triageDetail } from './triage.js';

describe('the presentation that made an emergency', () => {
  it('maps every reason to a presentation that has questions', () => {
    for (const p of Object.values(EMERGENCY_PRESENTATION)) expect(PRESENTATIONS.find((x) => x.id === p)?.ask.en.length).toBeGreaterThan(1);
  });

  it('reads the triage’s own reasons: an overdose before the self-harm it came with; a reader emergency names none', () => {
    expect(emergencyPresentations(triageDetail('我吃了二十几片布洛芬，想死', { locale: 'zh-CN' }).reasons)).toEqual(['poisoning', 'mentalHealth']);
    expect(emergencyPresentations(triageDetail('孩子3岁，刚才抽搐了五分钟，现在叫不醒', { locale: 'zh-CN' }).reasons)[0]).toBe('seizure');
    expect(emergencyPresentations(['suicide-risk', 'deliberate-overdose'])).toEqual(['poisoning', 'mentalHealth']);
    expect(emergencyPresentations(['model:emergency'])).toEqual([]);
  });
});
