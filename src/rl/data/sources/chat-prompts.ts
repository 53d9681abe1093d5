// Open prompts for RL stage 2 (reward models + the principle-based General Verifier): every chat sample of a JSONL
// file (`messages` with roles, as `quarkmed sft build` and most chat datasets write them; ShareGPT
// `conversations` too) becomes one `general` item whose prompt is the conversation up to its last user turn.
// There is no reference answer: the default weights of a `general` item are principles, honesty and helpfulness.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { turnsFromValue } from '../../../core/dialogue.js';
import { detectLang } from '../../../core/lang.js';
import { rlErrors } from '../../errors.js';
import type { RlItem } from '../item.js';
import type { SourceResult } from './types.js';

export function itemsFromChatPrompts(path: string): SourceResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw rlErrors.RL_DATA_INVALID({ file: path, reason: (err as Error).message });
  }
  const items: RlItem[] = [];
  const skipped: Record<string, number> = {};
  const skip = (why: string) => {
    skipped[why] = (skipped[why] ?? 0) + 1;
  };
  let read = 0;
  for (const [i, line] of text.split('\n').entries()) {
    if (!line.trim()) continue;
    read++;
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw rlErrors.RL_DATA_INVALID({ file: path, reason: `line ${i + 1} is not JSON` });
    }
    // The one dialogue reader (src/core/dialogue.ts): OpenAI messages, ShareGPT conversations, history pairs.
    const msgs = turnsFromValue(row.messages ?? row.conversations);
    if (!msgs) {
      skip('no messages / conversations');
      continue;
    }
    const lastUser = msgs.map((m) => m.role).lastIndexOf('user');
    if (lastUser < 0) {
      skip('no user turn');
      continue;
    }
    const prompt = msgs.slice(0, lastUser + 1);
    const key = prompt.map((m) => `${m.role}:${m.content}`).join('\n');
    const id = `chat:${createHash('sha1').update(key).digest('hex').slice(0, 12)}`;
    items.push({
      id,
      task: 'general',
      prompt,
      ground_truth: null,
      reward_spec: { id, task: 'general', gt: null },
      source: typeof row.source === 'string' ? row.source : 'chat-prompts',
      authority: 'E',
      meta: { line: i + 1, lang: detectLang(prompt[prompt.length - 1].content), task: row.task ?? null },
    });
  }
  return { items, report: { source: 'chat-prompts', path, read, kept: items.length, skipped } };
}
