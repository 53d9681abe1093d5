import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/random.js';
import type { SftSample } from '../sample.js';
import { lengthBalance, type PreferencePair } from './build-pairs.js';
import { consistencyPairs } from './consistency.js';
import { writePairs } from './export-pairs.js';

const pair = (id: string, chosen: number, rejected: number): PreferencePair => ({
  id,
  task: 't',
  lang: 'en',
  prompt: [{ role: 'user', content: 'q' }],
  chosen: 'c'.repeat(chosen),
  rejected: 'r'.repeat(rejected),
  chosenScore: 1,
  rejectedScore: 0,
  margin: 1,
  kind: 'bon',
});

describe('preference pairs', () => {
  it('length balance drops the most skewed chosen-longer pairs until neither side dominates', () => {
    const pairs = [pair('a', 100, 10), pair('b', 50, 40), pair('c', 60, 50), pair('d', 70, 65), pair('e', 10, 30)];
    const kept = lengthBalance(pairs, 0.05);
    const longer = kept.filter((p) => p.chosen.length > p.rejected.length);
    expect(longer.length / kept.length).toBeLessThanOrEqual(0.55);
    expect(kept.map((p) => p.id)).not.toContain('a'); // the 10× longer one goes first
    expect(kept.map((p) => p.id)).toContain('e');
  });

  it('consistency pairs change only the final line, so reasoning and summary disagree', () => {
    const s: SftSample = {
      id: 'x',
      task: 'exam-reasoning',
      ability: 'reasoning',
      group: 'reasoning',
      lang: 'zh',
      source: 'cmexam',
      provenance: {},
      messages: [
        { role: 'user', content: '题目' },
        { role: 'assistant', content: '分析：出血量决定表现。\n答案：C' },
      ],
      reward: { task: 'exam', gt: 'C', opt: { options: 'ABCDE' } },
    };
    const calc: SftSample = {
      ...s,
      id: 'y',
      messages: [
        { role: 'user', content: 'q' },
        { role: 'assistant', content: 'CrCl = ((140-60)×70)/(72×1.2) = 64.8\nAnswer: 64.815' },
      ],
    };
    const [p, q] = consistencyPairs([s, calc], createRng(1));
    expect(p.chosen).toBe('分析：出血量决定表现。\n答案：C');
    expect(p.rejected).toMatch(/^分析：出血量决定表现。\n答案：[ABDE]$/);
    expect(q.rejected.startsWith('CrCl = ((140-60)×70)/(72×1.2) = 64.8\nAnswer: ')).toBe(true);
    expect(Number(q.rejected.split('Answer: ')[1])).not.toBeCloseTo(64.815, 1);
  });

  it('writes OpenRLHF and TRL conversations (message lists: OpenRLHF --apply_chat_template joins prompt + chosen)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pairs-'));
    try {
      const [o, t] = writePairs([pair('a', 3, 2)], ['openrlhf', 'trl'], dir);
      const conversational = {
        prompt: [{ role: 'user', content: 'q' }],
        chosen: [{ role: 'assistant', content: 'ccc' }],
        rejected: [{ role: 'assistant', content: 'rr' }],
      };
      expect(JSON.parse(readFileSync(o, 'utf8'))).toEqual(conversational);
      expect(JSON.parse(readFileSync(t, 'utf8'))).toEqual(conversational);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
