// Error catalog of the curation pipeline: stable codes, messages that name the file, line and field.
import { defineErrors } from '../core/errors.js';

export const dataErrors = defineErrors({
  DATA_PIPELINE_INVALID: { status: 400, message: (a: { file: string; issues: string }) => `invalid pipeline file ${a.file}: ${a.issues}` },
  DATA_INPUT_UNREADABLE: { status: 400, message: (a: { file: string; reason: string }) => `cannot read ${a.file}: ${a.reason}` },
  DATA_RECORD_INVALID: {
    status: 400,
    message: (a: { file: string; line: number; reason: string }) => `${a.file}:${a.line}: ${a.reason}`,
  },
  DATA_FIELD_MISSING: {
    status: 400,
    message: (a: { file: string; line: number; field: string }) => `${a.file}:${a.line}: field "${a.field}" is missing or not text`,
  },
  DATA_FIELD_EMPTY: {
    status: 400,
    message: (a: { file: string; field: string; records: number }) =>
      `${a.file}: configured field "${a.field}" yielded no text in any of its ${a.records} records — check the field name or shape (dialogue turns go in \`dialogue:\`), or remove it`,
  },
  DATA_STEP_OPTIONS: { status: 400, message: (a: { step: string; issues: string }) => `step "${a.step}": ${a.issues}` },
  DATA_VERSION_MISMATCH: {
    status: 400,
    message: (a: { file: string; found: unknown; expected: unknown }) =>
      `${a.file} has format version ${String(a.found)}; this build reads version ${String(a.expected)}`,
  },
  DATA_MODEL_INVALID: { status: 400, message: (a: { file: string; reason: string }) => `classifier model ${a.file}: ${a.reason}` },
  DATA_TOKENIZER_UNAVAILABLE: { status: 400, message: (a: { spec: string; reason: string }) => `tokenizer "${a.spec}": ${a.reason}` },
  DATA_WORKDIR_MISMATCH: {
    status: 400,
    message: (a: { dir: string; found: string; expected: string }) =>
      `${a.dir} holds work of a different pipeline or input (fingerprint ${a.found} ≠ ${a.expected}); rerun with --fresh (or \`rm -r ${a.dir}\`)`,
  },
  DATA_TASK_FAILED: { status: 500, message: (a: { task: string; reason: string }) => `task ${a.task} failed: ${a.reason}` },
});
