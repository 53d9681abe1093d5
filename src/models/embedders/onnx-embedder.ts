// Local ONNX embedder via transformers.js (onnxruntime-node): a model folder (config.json, tokenizer.json,
// onnx/model.onnx) or hf:<owner>/<repo>, downloaded once into $QUARKMED_HOME/models/onnx (HF_ENDPOINT honoured).
// Imported lazily: the ONNX runtime is a native addon, and most commands never need it.
import { existsSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { modelsDir } from '../../core/paths.js';
import type { Embedder } from '../embedder.js';
import { modelErrors } from '../errors.js';
import { createLimiter } from '../limiter.js';
import type { DownloadProgress } from '../download/progress.js';
import { huggingFaceEndpoint } from '../download/gguf-source.js';
import type { EmbedderSpec, OnnxDtype } from './embedder-spec.js';
import { l2normalize } from './normalize.js';

// @ts-ignore -- optional extra (npm run models:install): absent in a default install (an error there), typed when present (no error: hence ignore, not expect-error)
type Transformers = typeof import('@huggingface/transformers');
type OnnxSpec = Extract<EmbedderSpec, { kind: 'onnx' }>;

/** The slice of transformers.js' FeatureExtractionPipeline we use (its full generic types overwhelm tsc). */
interface FeatureExtractor {
  (texts: string[], options: { pooling: 'mean' | 'cls'; normalize: boolean }): Promise<{ dims: number[]; data: ArrayLike<number> }>;
  dispose(): Promise<void>;
}
type CreatePipeline = (task: 'feature-extraction', model: string, options: Record<string, unknown>) => Promise<FeatureExtractor>;

export interface OnnxEmbedderOptions {
  env?: NodeJS.ProcessEnv;
  onProgress?: (p: DownloadProgress) => void;
}

let transformers: Promise<Transformers> | undefined;
function loadTransformers(): Promise<Transformers> {
  // @ts-ignore -- optional extra, as above
  transformers ??= import('@huggingface/transformers').catch((err: unknown) => {
    transformers = undefined;
    throw modelErrors.MODEL_NATIVE_UNAVAILABLE({ module: '@huggingface/transformers', reason: (err as Error).message }, { cause: err });
  });
  return transformers;
}

export function onnxCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(modelsDir(env), 'onnx');
}

// transformers.js file names per dtype (onnx/model<suffix>.onnx); a folder often ships only one of them.
const DTYPE_FILES: Array<[OnnxDtype, string]> = [
  ['fp32', 'model.onnx'],
  ['q8', 'model_quantized.onnx'],
  ['fp16', 'model_fp16.onnx'],
  ['int8', 'model_int8.onnx'],
  ['uint8', 'model_uint8.onnx'],
  ['q4', 'model_q4.onnx'],
];

/** The weights a local folder actually has, so `onnx:<folder>` works without naming a dtype. */
function folderDtype(dir: string): OnnxDtype {
  const onnxDir = join(dir, 'onnx');
  const found = DTYPE_FILES.find(([, f]) => existsSync(join(onnxDir, f)));
  if (found) return found[0];
  const have = existsSync(onnxDir) ? readdirSync(onnxDir).join(', ') || 'nothing' : 'no onnx/ folder';
  throw modelErrors.MODEL_FILE_NOT_FOUND({ path: `${join(onnxDir, 'model.onnx')} (found ${have}; pick weights with ?dtype=)` });
}

// transformers.js keeps remoteHost in a process-wide `env`; creating pipelines one at a time keeps it consistent.
const creation = createLimiter(1);

export async function createOnnxEmbedder(spec: OnnxSpec, o: OnnxEmbedderOptions = {}): Promise<Embedder> {
  const env = o.env ?? process.env;
  const tf = await loadTransformers();
  const isHf = spec.source.type === 'hf';
  const modelId = spec.source.type === 'hf' ? spec.source.repo : resolve(spec.source.path);
  if (spec.source.type === 'folder' && !existsSync(join(modelId, 'config.json'))) {
    throw modelErrors.MODEL_FILE_NOT_FOUND({
      path: `${join(modelId, 'config.json')} (an ONNX model folder holds config.json, tokenizer.json, onnx/model.onnx)`,
    });
  }
  const dtype = spec.dtype ?? (spec.source.type === 'folder' ? folderDtype(modelId) : 'fp32');

  const seen = new Map<string, { loaded: number; total?: number }>();
  const release = await creation.acquire();
  let extractor: FeatureExtractor;
  try {
    tf.env.remoteHost = `${huggingFaceEndpoint(env)}/`;
    extractor = await (tf.pipeline as unknown as CreatePipeline)('feature-extraction', modelId, {
      device: 'cpu',
      ...(dtype !== 'auto' && { dtype }),
      local_files_only: !isHf,
      cache_dir: onnxCacheDir(env),
      ...(spec.source.type === 'hf' && spec.source.revision && { revision: spec.source.revision }),
      progress_callback: (p: { status: string; file?: string; loaded?: number; total?: number }) => {
        // Local folders load without downloading: nothing to report.
        if (!isHf || !p.file) return;
        if (p.status === 'progress') {
          seen.set(p.file, { loaded: p.loaded ?? 0, total: p.total });
          o.onProgress?.({ file: p.file, downloadedBytes: p.loaded ?? 0, totalBytes: p.total });
        } else if (p.status === 'done' && seen.has(p.file)) {
          const last = seen.get(p.file);
          o.onProgress?.({ file: p.file, downloadedBytes: last?.total ?? last?.loaded ?? 0, totalBytes: last?.total, done: true });
        }
      },
    });
  } catch (err) {
    const reason = (err as Error).message;
    if (isHf) throw modelErrors.MODEL_DOWNLOAD_FAILED({ source: spec.spec, reason }, { cause: err });
    throw modelErrors.MODEL_LOAD_FAILED({ path: modelId, reason }, { cause: err });
  } finally {
    release();
  }

  // One ONNX session runs one batch at a time; parallel runs would only fight over the same cores.
  const running = createLimiter(1);
  const batch = spec.batch ?? 32;
  let closed = false;

  async function run(texts: string[]): Promise<Float32Array[]> {
    const out = await extractor(texts, { pooling: spec.pooling, normalize: true });
    const [n, dim] = out.dims as [number, number];
    const data = Float32Array.from(out.data);
    return Array.from({ length: n }, (_, i) => l2normalize(data.slice(i * dim, (i + 1) * dim)));
  }

  async function embed(texts: string[], signal?: AbortSignal): Promise<Float32Array[]> {
    if (closed) throw modelErrors.MODEL_LOAD_FAILED({ path: modelId, reason: 'embedder is closed' });
    const vectors: Float32Array[] = [];
    for (let i = 0; i < texts.length; i += batch) {
      signal?.throwIfAborted();
      const slot = await running.acquire(signal);
      try {
        vectors.push(...(await run(texts.slice(i, i + batch))));
      } finally {
        slot();
      }
    }
    return vectors;
  }

  const [probe] = await embed(['dimension probe']);
  const name = isHf ? modelId : basename(modelId);
  const suffix = [spec.pooling !== 'mean' && `pooling=${spec.pooling}`, dtype !== 'fp32' && `dtype=${dtype}`].filter(Boolean).join('&');
  return {
    id: `onnx:${name}${suffix ? `?${suffix}` : ''}`,
    dim: probe.length,
    embed: (texts, signal) => (texts.length === 0 ? Promise.resolve([]) : embed(texts, signal)),
    async close() {
      if (closed) return;
      closed = true;
      await extractor.dispose();
    },
  };
}
