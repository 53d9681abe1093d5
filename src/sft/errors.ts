import { defineErrors } from '../core/errors.js';

/** Stable error codes for the training-data factory (`quarkmed sft …`). Messages name the input. */
export const sftErrors = defineErrors({
  SFT_SOURCE_MISSING: {
    status: 400,
    message: (a: { source: string; path: string; hint: string }) => `source "${a.source}" not found at ${a.path}: ${a.hint}`,
  },
  SFT_SOURCE_UNKNOWN: {
    status: 400,
    message: (a: { name: string; known: string }) => `unknown source "${a.name}"; known: ${a.known}`,
  },
  SFT_DATA_INVALID: {
    status: 400,
    message: (a: { file: string; line?: number; reason: string }) => `${a.file}${a.line === undefined ? '' : `:${a.line}`}: ${a.reason}`,
  },
  SFT_FORMAT_UNKNOWN: {
    status: 400,
    message: (a: { format: string; known: string }) => `unknown export format "${a.format}"; known: ${a.known}`,
  },
  SFT_MIXTURE_INVALID: {
    status: 400,
    message: (a: { file: string; reason: string }) => `mixture ${a.file}: ${a.reason}`,
  },
  SFT_OPTION_INVALID: {
    status: 400,
    message: (a: { option: string; reason: string }) => `${a.option}: ${a.reason}`,
  },
});
