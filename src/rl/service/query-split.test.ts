import { describe, expect, it } from 'vitest';
import { splitQuery, stripEndTokens } from './query-split.js';

describe('OpenRLHF query → response', () => {
  const qwen = '<|im_start|>user\n问题<|im_end|>\n<|im_start|>assistant\n';
  it('cuts the prompt off the query and drops end-of-turn tokens', () => {
    expect(splitQuery(`${qwen}答案：B<|im_end|>`, qwen)).toBe('答案：B');
    expect(splitQuery(`${qwen}答案：B<|im_end|><|endoftext|>`, qwen)).toBe('答案：B');
  });
  it('falls back to the last assistant marker when the prompt does not match byte for byte', () => {
    expect(splitQuery(`<s>${qwen}答案：C<|im_end|>`, undefined)).toBe('答案：C');
    const llama = '<|start_header_id|>user<|end_header_id|>\n\nQ<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\nThe answer is B<|eot_id|>';
    expect(splitQuery(llama, 'different prompt')).toBe('The answer is B');
  });
  it('keeps text that merely ends in a tag', () => {
    expect(stripEndTokens('<answer>B</answer>')).toBe('<answer>B</answer>');
  });
});
