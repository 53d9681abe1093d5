// $QUARKMED_HOME/config.json: the default model and embedder, plus named aliases the server can offer.
//   { "model": "openai:http://localhost:8000/v1#qwen", "embedder": "onnx:hf:Xenova/bge-small-zh-v1.5",
//     "models": { "qwen-7b": "openai:…", "local": "llama:hf:…" } }
// Resolution order everywhere: CLI flag → env (QUARKMED_MODEL / QUARKMED_EMBEDDER) → config file → default.
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from '../core/atomic-write.js';
import { configPath } from '../core/paths.js';
import { modelErrors } from './errors.js';

const ConfigSchema = z
  .object({
    model: z.string().optional(),
    embedder: z.string().optional(),
    models: z.record(z.string(), z.string()).optional(),
  })
  .passthrough();

export type QuarkConfig = z.infer<typeof ConfigSchema>;

export interface ConfiguredModel {
  alias: string;
  spec: string;
  /** True for the config's default `model`. */
  isDefault: boolean;
}

/** Read config.json; a missing file is an empty config, a malformed one is an error naming the file. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): QuarkConfig {
  const file = configPath(env);
  if (!existsSync(file)) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw modelErrors.MODEL_CONFIG_INVALID({ file, reason: `not valid JSON (${(err as Error).message})` });
  }
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw modelErrors.MODEL_CONFIG_INVALID({ file, reason: `field "${issue.path.join('.')}": ${issue.message}` });
  }
  return parsed.data;
}

/** Merge a patch into config.json atomically (keeps fields other subsystems added). */
export function saveConfig(patch: Partial<QuarkConfig>, env: NodeJS.ProcessEnv = process.env): QuarkConfig {
  const next = { ...loadConfig(env), ...patch };
  writeFileAtomic(configPath(env), `${JSON.stringify(next, null, 2)}\n`);
  return next;
}

/** Aliases from config.models plus the default model (alias "default"), for the server's /v1/models. */
export function listConfiguredModels(env: NodeJS.ProcessEnv = process.env): ConfiguredModel[] {
  const cfg = loadConfig(env);
  const out: ConfiguredModel[] = [];
  const def = cfg.model?.trim();
  for (const [alias, spec] of Object.entries(cfg.models ?? {})) out.push({ alias, spec, isDefault: alias === def || spec === def });
  if (def && def !== 'none' && !out.some((m) => m.isDefault)) out.unshift({ alias: 'default', spec: def, isDefault: true });
  return out;
}

function resolveAlias(value: string, cfg: QuarkConfig): string {
  return cfg.models?.[value] ?? value;
}

/** flag → $QUARKMED_MODEL → config.json "model" → "none". A value naming a config alias becomes its spec. */
export function resolveModelSpec(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  const cfg = loadConfig(env);
  const pick = flag?.trim() || env.QUARKMED_MODEL?.trim() || cfg.model?.trim() || 'none';
  return resolveAlias(pick, cfg);
}

/** flag → $QUARKMED_EMBEDDER → config.json "embedder" → undefined (lexical retrieval only). */
export function resolveEmbedderSpec(flag?: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const pick = flag?.trim() || env.QUARKMED_EMBEDDER?.trim() || loadConfig(env).embedder?.trim();
  return pick || undefined;
}
