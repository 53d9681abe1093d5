import { describe, expect, it } from 'vitest';
import { addModelHint } from '../models/model-hint.js';
import { warning } from '../core/warnings.js';
import { localizeCaution, localizeModelHint } from './localize-zh.js';

const WEAK = warning('weak-evidence', "weak evidence: the best source covers only 33% of the question's terms", { coverage: 33 });

describe('localizeCaution', () => {
  it('renders the stable evidence warnings in Chinese for zh answers', () => {
    expect(localizeCaution(WEAK, 'zh')).toBe('证据较弱：最相关的来源只覆盖了问题中 33% 的关键词，请谨慎参考。');
    expect(localizeCaution(warning('insufficient-evidence', 'no passage'), 'zh')).toMatch(/^证据不足/);
    const disagree = warning('sources-disagree', 'sources disagree: …', {
      a: 1,
      aAuthority: 'A',
      b: 3,
      bAuthority: 'D',
      kind: 'figures',
      figures: '6 g vs 12 g',
    });
    expect(localizeCaution(disagree, 'zh')).toBe(
      '来源说法不一致：[1]（权威等级 A）与 [3]（权威等级 D）不同（数值不同：6 g 对比 12 g）；A 级最权威，请以更权威的来源和医生意见为准。',
    );
  });

  it('renders from the code and details, never from the English message', () => {
    expect(localizeCaution(warning('weak-evidence', 'reworded freely', { coverage: 33 }), 'zh')).toBe(localizeCaution(WEAK, 'zh'));
  });

  it('leaves English answers and codes without a rendering unchanged', () => {
    expect(localizeCaution(WEAK, 'en')).toBe(WEAK.message);
    expect(localizeCaution(warning('answer-truncated', 'answer truncated at the token limit'), 'zh')).toBe('answer truncated at the token limit');
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
