import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { sharedPath } from '../../../test/helpers/shared-data.js';
import { fmix32, fnv1a32 } from '../../core/hash.js';
import { claimFeatures, claimModel, claimTokens } from './claim-model.js';
import { screenPassage } from './screen.js';
import { sentences } from './text.js';

describe('learned claim model', () => {
  it('reads medicines and doses by shape', () => {
    expect(claimTokens('Take 20 mg of rosuvastatin')).toEqual(['take', '<dose>', 'mg', 'of', 'rosuvastatin', '<drug>']);
    expect(claimTokens('停用阿莫西林')).toContain('<drug>');
  });

  it('hashes n-grams to the ids the weights were trained on (FNV-1a of the joined n-gram strings)', () => {
    const mask = (1 << 18) - 1;
    for (const s of ['Take 20 mg of rosuvastatin twice a day', '停用阿莫西林，改吃板蓝根', 'a', '', 'x\u0001y z']) {
      const t = claimTokens(s);
      const want = new Set<number>();
      for (let i = 0; i < t.length; i++) {
        want.add(fnv1a32(`1${t[i]}`) & mask);
        if (i + 1 < t.length) want.add(fnv1a32(`2${t[i]}\u0001${t[i + 1]}`) & mask);
        if (i + 2 < t.length) want.add(fmix32(fnv1a32(`3${t[i]}\u0001${t[i + 1]}\u0001${t[i + 2]}`)) & mask);
      }
      expect([...claimFeatures(s, 18)]).toEqual([...want]);
    }
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
