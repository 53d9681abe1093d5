import { defineErrors } from '../core/errors.js';

// Stable codes for the cited-answer pipeline; the CLI maps 4xx to exit code 2, the server to HTTP statuses.
export const ragErrors = defineErrors({
  RAG_EMPTY_QUESTION: {
    status: 400,
    message: (a: { input: string }) => `question is empty (got ${JSON.stringify(a.input)}); ask something like "what are the symptoms of diabetes?"`,
  },
  RAG_QUESTION_TOO_LONG: {
    status: 400,
    message: (a: { chars: number; max: number }) => `question has ${a.chars} characters; the limit is ${a.max}`,
  },
  RAG_PROMPT_EXCEEDS_CONTEXT: {
    status: 400,
    message: (a: { backend: string; promptTokens: number; contextTokens: number; answerTokens: number }) =>
      `the question alone is ${a.promptTokens} tokens but ${a.backend} holds ${a.contextTokens} (${a.answerTokens} kept for the answer); shorten the question or use a model with a larger context (?ctx=)`,
  },
  RAG_BAD_OPTION: {
    status: 400,
    message: (a: { option: string; value: unknown; expected: string }) => `option ${a.option}=${JSON.stringify(a.value)} is invalid: expected ${a.expected}`,
  },
  RAG_INPUT_UNREADABLE: {
    status: 400,
    message: (a: { file: string; reason: string }) => `cannot read ${a.file}: ${a.reason}`,
  },
  RAG_RETRIEVAL_FAILED: {
    status: 503,
    message: (a: { query: string; reason: string }) => `retrieval failed for "${a.query.slice(0, 80)}": ${a.reason}`,
  },
});
