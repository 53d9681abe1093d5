import { defineErrors } from '../core/errors.js';

/** The optional in-process runtimes (llama.cpp, ONNX) a default install leaves out; `npm run models:install` runs this. */
export const OPTIONAL_RUNTIMES_INSTALL = 'npm install node-llama-cpp@3.21.1 @huggingface/transformers@3.8.1 --no-save';

// One catalog for every model/embedder failure, so the server can map codes to HTTP statuses
// (MODEL_TIMEOUT → 504) and callers can fall back to evidence mode on MODEL_UNAVAILABLE.
export const modelErrors = defineErrors({
  MODEL_SPEC_INVALID: {
    status: 400,
    message: (a: { spec: string; reason: string }) =>
      `invalid model spec "${a.spec}": ${a.reason} (expected openai:<baseURL>#<model>, llama:<path.gguf|hf:owner/repo/file.gguf|https://…/file.gguf>, or none)`,
  },
  EMBEDDER_SPEC_INVALID: {
    status: 400,
    message: (a: { spec: string; reason: string }) =>
      `invalid embedder spec "${a.spec}": ${a.reason} (expected openai:<baseURL>#<model> or onnx:<folder|hf:owner/repo>)`,
  },
  MODEL_CONFIG_INVALID: {
    status: 400,
    message: (a: { file: string; reason: string }) => `invalid model config ${a.file}: ${a.reason}`,
  },
  MODEL_TIMEOUT: {
    status: 504,
    message: (a: { backend: string; timeoutMs: number; phase: string }) =>
      `${a.backend} did not respond within ${a.timeoutMs} ms (${a.phase}); raise it with ?timeout=<ms> in the spec`,
  },
  MODEL_UPSTREAM_ERROR: {
    status: 502,
    message: (a: { backend: string; upstreamStatus: number; upstreamMessage: string }) =>
      `${a.backend} returned HTTP ${a.upstreamStatus}: ${a.upstreamMessage}`,
  },
  MODEL_UNREACHABLE: {
    status: 503,
    message: (a: { backend: string; url: string; reason: string }) => `${a.backend} unreachable at ${a.url}: ${a.reason}`,
  },
  MODEL_BAD_RESPONSE: {
    status: 502,
    message: (a: { backend: string; reason: string }) => `${a.backend} sent a response that is not OpenAI-compatible: ${a.reason}`,
  },
  MODEL_ABORTED: {
    status: 499,
    message: (a: { backend: string }) => `${a.backend}: request aborted by the caller`,
  },
  MODEL_FILE_NOT_FOUND: {
    status: 404,
    message: (a: { path: string }) => `model file not found: ${a.path} (give a .gguf path, or hf:owner/repo/file.gguf to download it)`,
  },
  MODEL_LOAD_FAILED: {
    status: 500,
    message: (a: { path: string; reason: string }) => `could not load model ${a.path}: ${a.reason}`,
  },
  MODEL_DOWNLOAD_FAILED: {
    status: 502,
    message: (a: { source: string; reason: string }) => `could not download ${a.source}: ${a.reason}`,
  },
  MODEL_NATIVE_UNAVAILABLE: {
    status: 501,
    message: (a: { module: string; reason: string }) =>
      `${a.module} is not usable here (${a.reason}); the in-process runtimes are an optional extra: run \`npm run models:install\` in the QuarkMed folder (\`${OPTIONAL_RUNTIMES_INSTALL}\`), or use an openai: model spec`,
  },
  MODEL_SCHEMA_UNSUPPORTED: {
    status: 400,
    message: (a: { backend: string; reason: string }) => `${a.backend} cannot enforce this JSON schema: ${a.reason}`,
  },
  MODEL_CONTEXT_OVERFLOW: {
    status: 400,
    message: (a: { backend: string; promptTokens: number; contextSize: number }) =>
      `${a.backend}: prompt has ${a.promptTokens} tokens but the context holds ${a.contextSize}; shorten it or raise ?ctx=`,
  },
});
