import { defineErrors } from '../core/errors.js';

// Stable codes for everything the evaluation harness can refuse; messages name the file, line and field.
export const evalErrors = defineErrors({
  EVAL_DATA_UNREADABLE: { status: 400, message: (a: { file: string; reason: string }) => `cannot read benchmark data ${a.file}: ${a.reason}` },
  EVAL_DATA_INVALID: {
    status: 400,
    message: (a: { file: string; line: number; field: string; reason: string }) => `${a.file}:${a.line}: field "${a.field}" ${a.reason}`,
  },
  EVAL_NO_DATA: {
    status: 400,
    message: (a: { bench: string; looked: string }) =>
      `no data for benchmark "${a.bench}" at ${a.looked}; run \`quarkmed eval pull ${a.bench}\` or pass --data PATH`,
  },
  EVAL_PREDICTIONS_INVALID: {
    status: 400,
    message: (a: { file: string; line: number; reason: string }) => `${a.file}:${a.line}: ${a.reason}`,
  },
  EVAL_KB_EMPTY: {
    status: 400,
    message: (a: { db: string }) => `the knowledge base ${a.db} is missing or empty; build it first (quarkmed kb ingest …) or pass --db FILE`,
  },
  EVAL_MODEL_UNAVAILABLE: { status: 400, message: (a: { spec: string; reason: string }) => `cannot use model "${a.spec}": ${a.reason}` },
  EVAL_PULL_FAILED: { status: 502, message: (a: { url: string; reason: string }) => `download failed for ${a.url}: ${a.reason}` },
  EVAL_JUDGE_REQUIRED: { status: 400, message: (a: { bench: string }) => `benchmark "${a.bench}" is graded by a judge model: pass --judge SPEC` },
  EVAL_RUN_MISMATCH: { status: 400, message: (a: { dir: string; reason: string }) => `cannot compare ${a.dir}: ${a.reason}` },
});
