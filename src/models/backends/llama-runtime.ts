// The process-wide llama.cpp runtime: one `Llama` instance and one loaded model per file, shared by every backend
// that names it (loading a 4 GB model twice would double memory). node-llama-cpp is imported lazily, so the rest
// of QuarkMed works where the native addon is missing.
// @ts-ignore -- optional extra (npm run models:install): absent in a default install (an error there), typed when present (no error: hence ignore, not expect-error)
import type { Llama, LlamaModel } from 'node-llama-cpp';
import { modelErrors } from '../errors.js';

// @ts-ignore -- optional extra, as above
type NodeLlamaCpp = typeof import('node-llama-cpp');

let modulePromise: Promise<NodeLlamaCpp> | undefined;
let llamaPromise: Promise<Llama> | undefined;

interface Entry {
  model: Promise<LlamaModel>;
  refs: number;
}
const models = new Map<string, Entry>();

export function loadNodeLlamaCpp(): Promise<NodeLlamaCpp> {
  // @ts-ignore -- optional extra, as above
  modulePromise ??= import('node-llama-cpp').catch((err: unknown) => {
    modulePromise = undefined;
    throw modelErrors.MODEL_NATIVE_UNAVAILABLE({ module: 'node-llama-cpp', reason: (err as Error).message }, { cause: err });
  });
  return modulePromise;
}

/** One Llama per process. Never builds from source at runtime: a missing prebuilt binary is a clear error. */
export function getRuntime(): Promise<Llama> {
  llamaPromise ??= (async () => {
    const mod = await loadNodeLlamaCpp();
    try {
      return await mod.getLlama({
        build: 'never',
        progressLogs: false,
        logLevel: mod.LlamaLogLevel.error,
        logger: (level: string, message: string) => {
          if (process.env.QUARKMED_DEBUG) process.stderr.write(`[llama.cpp ${level}] ${message}\n`);
        },
      });
    } catch (err) {
      throw modelErrors.MODEL_NATIVE_UNAVAILABLE(
        { module: 'node-llama-cpp', reason: `no usable llama.cpp binary: ${(err as Error).message}; try \`npx --no node-llama-cpp source download\`` },
        { cause: err },
      );
    }
  })();
  llamaPromise.catch(() => {
    llamaPromise = undefined;
  });
  return llamaPromise;
}

function key(path: string, gpuLayers?: number): string {
  return `${path}\u0000${gpuLayers ?? 'auto'}`;
}

/** Load (or reuse) a model; pair every call with releaseModel. */
export async function acquireModel(path: string, gpuLayers?: number): Promise<LlamaModel> {
  const k = key(path, gpuLayers);
  let entry = models.get(k);
  if (!entry) {
    const model = (async () => {
      const llama = await getRuntime();
      try {
        return await llama.loadModel({ modelPath: path, ...(gpuLayers !== undefined && { gpuLayers }) });
      } catch (err) {
        throw modelErrors.MODEL_LOAD_FAILED({ path, reason: (err as Error).message }, { cause: err });
      }
    })();
    entry = { model, refs: 0 };
    models.set(k, entry);
    model.catch(() => models.delete(k));
  }
  entry.refs++;
  try {
    return await entry.model;
  } catch (err) {
    entry.refs--;
    throw err;
  }
}

export async function releaseModel(path: string, gpuLayers?: number): Promise<void> {
  const k = key(path, gpuLayers);
  const entry = models.get(k);
  if (!entry) return;
  entry.refs--;
  if (entry.refs > 0) return;
  models.delete(k);
  const model = await entry.model.catch(() => undefined);
  await model?.dispose();
}

/** How many distinct models this process holds (tests assert sharing). */
export function loadedModelCount(): number {
  return models.size;
}
