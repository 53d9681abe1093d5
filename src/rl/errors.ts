import { defineErrors } from '../core/errors.js';

/** Stable error codes for verifiers, the reward service and RL data building. Messages name the input. */
export const rlErrors = defineErrors({
  RL_UNKNOWN_VERIFIER: {
    status: 400,
    message: (a: { name: string; known: string }) => `unknown verifier "${a.name}"; known: ${a.known}`,
  },
  RL_LABEL_INVALID: {
    status: 400,
    message: (a: { index: number; reason: string }) => `label #${a.index} is not a valid reward spec: ${a.reason}`,
  },
  RL_BATCH_INVALID: {
    status: 400,
    message: (a: { endpoint: string; reason: string }) => `${a.endpoint}: invalid request body: ${a.reason}`,
  },
  RL_JUDGE_MISSING: {
    status: 400,
    message: (a: { verifier: string; flag: string }) => `verifier "${a.verifier}" needs a model endpoint; start the service with ${a.flag}`,
  },
  RL_DATA_INVALID: {
    status: 400,
    message: (a: { file: string; line?: number; reason: string }) => `${a.file}${a.line === undefined ? '' : `:${a.line}`}: ${a.reason}`,
  },
  RL_SOURCE_UNKNOWN: {
    status: 400,
    message: (a: { name: string; known: string }) => `unknown RL data source "${a.name}"; known: ${a.known}`,
  },
  RL_FORMAT_UNKNOWN: {
    status: 400,
    message: (a: { format: string; known: string }) => `unknown export format "${a.format}"; known: ${a.known}`,
  },
});
