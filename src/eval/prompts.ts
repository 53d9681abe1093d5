// Standardised prompts of the paper's protocol: every item asks for a JSON answer, one pass.
// CPQExam uses the official prompt of the QuarkMed repository (evaluation/README.md) word for word.
import type { ChatMessage } from '../models/backend.js';
import type { BenchItem, PromptContext } from './types.js';

export const CPQEXAM_PROMPT_HEAD = '请思考后回答以下选择题目，以json格式返回结果，除此以外不要返回其它任何信息。如:\n{"answer": "A/B/C"}';

/** Options as "A. text" lines, in letter order. */
export function formatOptions(options: Record<string, string>): string {
  return Object.keys(options)
    .sort()
    .map((k) => `${k}. ${options[k]}`)
    .join('\n');
}

function evidenceBlock(context: PromptContext | undefined, lang: 'zh' | 'en'): string {
  if (!context?.evidence) return '';
  return lang === 'zh'
    ? `参考资料（可引用编号，如与题目无关请忽略）:\n${context.evidence}\n`
    : `Reference material (cite by number; ignore it if irrelevant):\n${context.evidence}\n`;
}

/** The official CPQExam prompt; the shared stem / case text goes before the question. */
export function cpqexamPrompt(item: BenchItem, optionText: string, context?: PromptContext): ChatMessage[] {
  const question = item.stem ? `${item.stem}\n${item.question}` : item.question;
  const content = `${evidenceBlock(context, 'zh')}${CPQEXAM_PROMPT_HEAD}\n问题:\n${question}\n回答:\n${optionText}`;
  return [{ role: 'user', content }];
}

/**
 * Multiple choice in the same JSON protocol. Chinese benchmarks get the official CPQExam wording for every item
 * (its "A/B/C" example covers single and multiple answers alike); the prompt never depends on the gold answer,
 * so it cannot leak how many options are right. The English benchmarks here are all single-answer.
 */
export function choicePrompt(item: BenchItem, context?: PromptContext): ChatMessage[] {
  const question = item.stem ? `${item.stem}\n${item.question}` : item.question;
  if (item.lang === 'zh') {
    return [{ role: 'user', content: `${evidenceBlock(context, 'zh')}${CPQEXAM_PROMPT_HEAD}\n问题:\n${question}\n回答:\n${formatOptions(item.options)}` }];
  }
  const head = 'Answer the following multiple-choice question. Think it through, then return only JSON, nothing else, e.g.:\n{"answer": "B"}';
  return [{ role: 'user', content: `${evidenceBlock(context, 'en')}${head}\nQuestion:\n${question}\nOptions:\n${formatOptions(item.options)}` }];
}

/** Closed-label questions (PubMedQA). */
export function labelPrompt(item: BenchItem, labels: readonly string[], context?: PromptContext): ChatMessage[] {
  const head = `Answer the research question using the abstract. Return only JSON, nothing else: {"answer": "${labels.join('|')}"}`;
  const ctx = item.stem ? `Abstract:\n${item.stem}\n` : '';
  return [{ role: 'user', content: `${evidenceBlock(context, 'en')}${head}\n${ctx}Question:\n${item.question}` }];
}

/** Calculation questions (MedCalc-Bench): a patient note and a question; the answer is a number or a date. */
export function calcPrompt(item: BenchItem, answerHint: string, context?: PromptContext): ChatMessage[] {
  const head = `Read the patient note and answer the question. Think step by step, then end with only JSON: {"answer": ${answerHint}}`;
  return [{ role: 'user', content: `${evidenceBlock(context, 'en')}${head}\nPatient note:\n${item.stem ?? ''}\nQuestion:\n${item.question}` }];
}

/** Open clinical questions (CMB-Clin): free text answer. */
export function openPrompt(item: BenchItem, context?: PromptContext): ChatMessage[] {
  const head =
    item.lang === 'zh'
      ? '请根据以下病例回答问题，给出完整、准确的临床分析。'
      : 'Answer the question about the case with a complete, accurate clinical analysis.';
  const label = item.lang === 'zh' ? ['病例', '问题'] : ['Case', 'Question'];
  return [{ role: 'user', content: `${evidenceBlock(context, item.lang)}${head}\n${label[0]}:\n${item.stem ?? ''}\n${label[1]}:\n${item.question}` }];
}
