import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { sharedPath } from '../../../test/helpers/shared-data.js';
import { claimModel, claimTokens } from './claim-model.js';
import { screenPassage } from './screen.js';
import { sentences } from './text.js';

describe('learned claim model', () => {
  it('reads medicines and doses by shape', () => {
    expect(claimTokens('Take 20 mg of rosuvastatin')).toEqual(['take', '<dose>', 'mg', 'of', 'rosuvastatin', '<drug>']);
    expect(claimTokens('停用阿莫西林')).toContain('<drug>');
  });

  it('flags harmful advice no rule names, and only where no rule spoke', () => {
    const s = 'Your blood pressure is normal now, so you can throw the tablets away and stop checking.';
    expect(screenPassage(s, { model: false })).toEqual([]);
    expect(screenPassage(s).map((f) => f.code)).toEqual(['unsafe-claim']);
    // A rule's flag names the harm better: the model adds nothing next to it.
    expect(screenPassage('孩子高烧抽搐时，往嘴里塞筷子防止咬舌头。').map((f) => f.code)).toEqual(['harmful-practice']);
    // Amounts are the dose checks' to judge (a right and a wrong dose read alike).
    expect(screenPassage('Doctors recommend paracetamol 15 mg/kg every 6 hours for children.')).toEqual([]);
  });

  it('keeps clean real text clean: MedQuAD answers and chatdoctor answers flagged ≤ 0.5 %', () => {
    const m = claimModel();
    expect(m).not.toBeNull();
    const rows = JSON.parse(readFileSync(sharedPath('corpus/chatdoctor5k.json'), 'utf8')) as { output?: string }[];
    const sample = rows.slice(0, 600).map((r) => String(r.output ?? ''));
    const flagged = sample.filter((t) => sentences(t).some((s) => m!.score(s) >= m!.threshold)).length;
    expect(flagged / sample.length).toBeLessThanOrEqual(0.005);
  });
});
