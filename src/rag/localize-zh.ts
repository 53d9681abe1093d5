// Display strings of an evidence answer for Chinese readers. AnswerResult.warnings and the model hint are
// machine-facing English with stable prefixes; here the known ones are rendered in Chinese (others pass through).
import type { Lang } from '../core/types.js';

type Rule = [RegExp, (m: RegExpMatchArray) => string];

const ZH_RULES: Rule[] = [
  [/^insufficient evidence\b/, () => '证据不足：知识库中没有与该问题直接相关的段落。'],
  [
    /^weak evidence: the best source covers only (\d+)% of the question's terms$/,
    (m) => `证据较弱：最相关的来源只覆盖了问题中 ${m[1]}% 的关键词，请谨慎参考。`,
  ],
  [
    /^sources disagree: \[(\d+)\] \(authority ([A-E])\) and \[(\d+)\] \(authority ([A-E])\) give (.+)$/,
    (m) =>
      `来源说法不一致：[${m[1]}]（权威等级 ${m[2]}）与 [${m[3]}]（权威等级 ${m[4]}）不同（${zhDetail(m[5])}）；A 级最权威，请以更权威的来源和医生意见为准。`,
  ],
];

function zhDetail(detail: string): string {
  const figures = detail.match(/^different figures \((.+)\)$/);
  if (figures) return `数值不同：${figures[1].replace(' vs ', ' 对比 ')}`;
  if (detail === 'one recommends what the other advises against') return '一方建议的做法另一方不建议';
  return detail;
}

export function localizeCaution(warning: string, lang: Lang): string {
  if (lang !== 'zh') return warning;
  for (const [re, render] of ZH_RULES) {
    const m = warning.match(re);
    if (m) return render(m);
  }
  return warning;
}

const HINT_PREFIX = 'No model configured: answers are evidence only. Add one with ';

/** The "how to add a model" hint (src/models/model-hint.ts) with its sentence in Chinese and the commands kept. */
export function localizeModelHint(hint: string, lang: Lang): string {
  if (lang !== 'zh' || !hint.startsWith(HINT_PREFIX)) return hint;
  const rest = hint
    .slice(HINT_PREFIX.length)
    .replace(' or `--model', ' 或 `--model')
    .replace(
      / \(or set QUARKMED_MODEL, or "model" in \$QUARKMED_HOME\/config\.json\)\.$/,
      '（也可设置环境变量 QUARKMED_MODEL，或在 $QUARKMED_HOME/config.json 中设置 "model"）。',
    );
  return `未配置语言模型：当前只提供证据原文。添加模型：${rest}`;
}
