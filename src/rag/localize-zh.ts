// Display strings of an evidence answer for Chinese readers. Warnings are rendered from their code and details
// (never from their English message); codes without a Chinese rendering show the English message.
import type { Lang } from '../core/types.js';
import type { Warning, WarningCode, WarningDetails } from '../core/warnings.js';

function disagreement(d: WarningDetails): string {
  const what = d.kind === 'figures' ? `数值不同：${String(d.figures).replace(' vs ', ' 对比 ')}` : '一方建议的做法另一方不建议';
  return `来源说法不一致：[${d.a}]（权威等级 ${d.aAuthority}）与 [${d.b}]（权威等级 ${d.bAuthority}）不同（${what}）；A 级最权威，请以更权威的来源和医生意见为准。`;
}

const ZH: Partial<Record<WarningCode, (d: WarningDetails) => string>> = {
  'insufficient-evidence': () => '证据不足：知识库中没有与该问题直接相关的段落。',
  'weak-evidence': (d) => `证据较弱：最相关的来源只覆盖了问题中 ${d.coverage}% 的关键词，请谨慎参考。`,
  'sources-disagree': disagreement,
  'safety-contradiction': disagreement,
};

export function localizeCaution(warning: Warning, lang: Lang): string {
  const render = lang === 'zh' ? ZH[warning.code] : undefined;
  return render ? render(warning.details ?? {}) : warning.message;
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
