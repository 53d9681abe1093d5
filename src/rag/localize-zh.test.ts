import { describe, expect, it } from 'vitest';
import { addModelHint } from '../models/model-hint.js';
import { localizeCaution, localizeModelHint } from './localize-zh.js';

describe('localizeCaution', () => {
  it('renders the stable evidence warnings in Chinese for zh answers', () => {
    expect(localizeCaution("weak evidence: the best source covers only 33% of the question's terms", 'zh')).toBe(
      '证据较弱：最相关的来源只覆盖了问题中 33% 的关键词，请谨慎参考。',
    );
    expect(localizeCaution('insufficient evidence: no passage in the knowledge base bears on this question', 'zh')).toMatch(/^证据不足/);
    expect(localizeCaution('sources disagree: [1] (authority A) and [3] (authority D) give different figures (6 g vs 12 g)', 'zh')).toBe(
      '来源说法不一致：[1]（权威等级 A）与 [3]（权威等级 D）不同（数值不同：6 g 对比 12 g）；A 级最权威，请以更权威的来源和医生意见为准。',
    );
  });

  it('leaves English answers and unknown warnings unchanged', () => {
    const w = "weak evidence: the best source covers only 33% of the question's terms";
    expect(localizeCaution(w, 'en')).toBe(w);
    expect(localizeCaution('answer truncated at the token limit', 'zh')).toBe('answer truncated at the token limit');
  });
});

describe('localizeModelHint', () => {
  it('translates the sentence and keeps the commands for zh', () => {
    const zh = localizeModelHint(addModelHint('ask'), 'zh');
    expect(zh.startsWith('未配置语言模型：当前只提供证据原文。添加模型：`quarkmed ask --model llama:hf:')).toBe(true);
    expect(zh).toContain(' 或 `--model openai:http://localhost:8000/v1#<name>`');
    expect(zh.endsWith('（也可设置环境变量 QUARKMED_MODEL，或在 $QUARKMED_HOME/config.json 中设置 "model"）。')).toBe(true);
    expect(localizeModelHint(addModelHint('ask'), 'en')).toBe(addModelHint('ask'));
  });
});
