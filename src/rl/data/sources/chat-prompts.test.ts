import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../../test/helpers/shared-data.js';
import { decodeSpec } from '../../reward/spec.js';
import { itemsFromChatPrompts } from './chat-prompts.js';
import { loadSource } from './index.js';

describe('chat-prompts RL source', () => {
  it('turns real ShareGPT conversations into general items ending on a user turn', async () => {
    const { items, report } = await loadSource('chat-prompts', sharedPath('corpus', 'medicalgpt-sft-1k.jsonl'), {
      icd: () => {
        throw new Error('unused');
      },
    });
    expect(report.read).toBe(1000);
    expect(items.length).toBeGreaterThan(900);
    for (const it of items.slice(0, 50)) {
      expect(it.task).toBe('general');
      expect(it.prompt.at(-1)?.role).toBe('user');
      expect(decodeSpec(JSON.stringify(it.reward_spec)).task).toBe('general');
    }
  });

  it('skips rows without a user turn and names a broken line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chat-'));
    const ok = join(dir, 'a.jsonl');
    writeFileSync(
      ok,
      [JSON.stringify({ messages: [{ role: 'assistant', content: 'hi' }] }), JSON.stringify({ messages: [{ role: 'user', content: '我头疼' }] })].join('\n'),
    );
    const r = itemsFromChatPrompts(ok);
    expect(r.items).toHaveLength(1);
    expect(r.report.skipped).toEqual({ 'no user turn': 1 });
    const bad = join(dir, 'b.jsonl');
    writeFileSync(bad, '{"messages": [\n');
    expect(() => itemsFromChatPrompts(bad)).toThrow(/line 1 is not JSON/);
  });
});
