// The chat backends a server offers, by `model` id:
//   "quarkmed" (and "default", or an empty model) → the --model/QUARKMED_MODEL/config default;
//   "quarkmed-evidence" → evidence mode (cited passages, no generated prose), always available;
//   every alias in $QUARKMED_HOME/config.json "models" → its spec, created on first use and cached.
import type { ChatBackend } from '../models/backend.js';
import { createBackend, type BackendOptions } from '../models/create-backend.js';
import { addModelHint } from '../models/model-hint.js';
import { modelDisplayName, parseModelSpec } from '../models/model-spec.js';
import { serverErrors } from './errors.js';
import type { ModelEntry, ModelHealth, ModelRegistry } from './services.js';

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
    for (const [id, spec] of specs) {
      const parsed = parseModelSpec(spec);
      out.push({ id, backend: modelDisplayName(parsed), kind: parsed.kind, isDefault: id === DEFAULT_MODEL_ID });
    }
    out.push({ id: EVIDENCE_MODEL_ID, backend: 'none', kind: 'none', isDefault: false });
    return out;
  };

  // The default model's health: in-process llama models are loaded (or failed) above, so they start "up";
  // a served model is "unknown" until probed (`quarkmed serve` probes at start-up).
  const defaultKind = parseModelSpec(options.defaultSpec).kind;
  const display = modelDisplayName(parseModelSpec(options.defaultSpec));
  let health: ModelHealth =
    defaultKind === 'none'
      ? { status: 'none', model: DEFAULT_MODEL_ID, backend: 'none' }
      : { status: defaultKind === 'llama' ? 'up' : 'unknown', model: DEFAULT_MODEL_ID, backend: display };

  return {
    list: entries,
    health: () => health,
    async probe(timeoutMs = 5000) {
      if (health.status === 'none') return health;
      const checkedAt = new Date().toISOString();
      try {
        const backend = await backendFor(options.defaultSpec);
        if (!backend) return health;
        await backend.complete({ messages: [{ role: 'user', content: 'ping' }], maxTokens: 1, temperature: 0 }, AbortSignal.timeout(timeoutMs));
        health = { status: 'up', model: DEFAULT_MODEL_ID, backend: display, checkedAt };
      } catch (err) {
        const reason = (err instanceof Error ? err.message : String(err)).split('\n')[0].slice(0, 300);
        health = { status: 'down', model: DEFAULT_MODEL_ID, backend: display, checkedAt, reason };
      }
      return health;
    },
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
