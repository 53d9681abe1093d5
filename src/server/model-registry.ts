// The chat backends a server offers, by `model` id:
//   "quarkmed" (and "default", or an empty model) → the --model/QUARKMED_MODEL/config default;
//   "quarkmed-evidence" → evidence mode (cited passages, no generated prose), always available;
//   every alias in $QUARKMED_HOME/config.json "models" → its spec, created on first use and cached.
import type { ChatBackend } from '../models/backend.js';
import { createBackend, type BackendOptions } from '../models/create-backend.js';
import { addModelHint } from '../models/model-hint.js';
import { modelDisplayName, parseModelSpec } from '../models/model-spec.js';
import { serverErrors } from './errors.js';
import type { ModelEntry, ModelRegistry } from './services.js';

export const DEFAULT_MODEL_ID = 'quarkmed';
export const EVIDENCE_MODEL_ID = 'quarkmed-evidence';

export interface ModelRegistryOptions {
  /** The default spec ("none" = evidence mode). */
  defaultSpec: string;
  /** Extra aliases (config.json "models"). */
  aliases?: Record<string, string>;
  backendOptions?: BackendOptions;
  /** Injected factory (tests). */
  create?: (spec: string, options?: BackendOptions) => Promise<ChatBackend | null>;
}

export async function createModelRegistry(options: ModelRegistryOptions): Promise<ModelRegistry> {
  const create = options.create ?? createBackend;
  const cache = new Map<string, Promise<ChatBackend | null>>();
  const specs = new Map<string, string>();
  specs.set(DEFAULT_MODEL_ID, options.defaultSpec);
  for (const [alias, spec] of Object.entries(options.aliases ?? {})) {
    if (alias !== DEFAULT_MODEL_ID && alias !== EVIDENCE_MODEL_ID) specs.set(alias, spec);
  }
  // Validate every spec now so a typo fails at startup, not on the first request.
  for (const spec of specs.values()) parseModelSpec(spec);

  const backendFor = (spec: string): Promise<ChatBackend | null> => {
    let p = cache.get(spec);
    if (!p) {
      p = create(spec, options.backendOptions);
      cache.set(spec, p);
      // A failed creation (server down at startup) is retried on the next request.
      p.catch(() => cache.delete(spec));
    }
    return p;
  };
  // The default backend loads eagerly: a missing model file is reported when the server starts.
  await backendFor(options.defaultSpec);

  const entries = (): ModelEntry[] => {
    const out: ModelEntry[] = [];
    for (const [id, spec] of specs) out.push({ id, backend: modelDisplayName(parseModelSpec(spec)), isDefault: id === DEFAULT_MODEL_ID });
    out.push({ id: EVIDENCE_MODEL_ID, backend: 'none', isDefault: false });
    return out;
  };

  return {
    list: entries,
    async get(model) {
      const id = !model || model === 'default' ? DEFAULT_MODEL_ID : model;
      if (id === EVIDENCE_MODEL_ID) return null;
      const spec = specs.get(id);
      if (spec === undefined) throw serverErrors.MODEL_NOT_FOUND({ model: id, known: entries().map((e) => e.id) }, { details: { param: 'model' } });
      return backendFor(spec);
    },
    addModelHint: addModelHint('serve'),
    async close() {
      const all = await Promise.allSettled([...cache.values()]);
      await Promise.allSettled(all.map((r) => (r.status === 'fulfilled' && r.value ? r.value.close() : undefined)));
    },
  };
}
