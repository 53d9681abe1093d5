// Parse the one spec string used everywhere (--model, QUARKMED_MODEL, config.json):
//   openai:<baseURL>#<model>            any OpenAI-compatible server (vLLM, SGLang, Ollama, DashScope, llama-server)
//   llama:<path.gguf>                   in-process llama.cpp on a local file
//   llama:hf:<owner>/<repo>/<file.gguf> downloaded once into $QUARKMED_HOME/models
//   llama:hf:<owner>/<repo>:<quant>     same, picking the repo's GGUF for that quantisation (e.g. Q4_K_M)
//   llama:https://…/file.gguf           same, from a plain URL
//   none                                evidence mode
// Options go in a query string after the location or the model: `openai:http://h:8000/v1#qwen?concurrency=4`,
// `llama:./m.gguf?threads=4&ctx=8192` (`ctx` on an openai: spec states the served model's window). Pure: no I/O.
import { modelErrors } from './errors.js';

export interface OpenAISpecOptions {
  concurrency?: number;
  timeoutMs?: number;
  retries?: number;
  /** Name of the env var holding this server's key (e.g. DASHSCOPE_API_KEY), instead of the default lookup order. */
  keyEnv?: string;
  /** The served model's context window in tokens (`?ctx=`): prompts are fitted to it. */
  contextSize?: number;
}

export interface LlamaSpecOptions {
  threads?: number;
  contextSize?: number;
  gpuLayers?: number;
  /** Requests generated at once (context sequences sharing the context). */
  parallel?: number;
}

export type LlamaSource =
  | { type: 'file'; path: string }
  | { type: 'hf'; owner: string; repo: string; file: string; branch?: string; uri: string }
  | { type: 'hf-quant'; owner: string; repo: string; quant: string; branch?: string; uri: string }
  | { type: 'url'; url: string };

export type ModelSpec =
  | { kind: 'none'; spec: string }
  | { kind: 'openai'; spec: string; baseURL: string; model?: string; options: OpenAISpecOptions }
  | { kind: 'llama'; spec: string; source: LlamaSource; options: LlamaSpecOptions };

export type ModelKind = ModelSpec['kind'];
export const MODEL_KINDS: readonly ModelKind[] = ['openai', 'llama', 'none'];

const OPENAI_KEYS = { concurrency: 'concurrency', timeout: 'timeoutMs', retries: 'retries', key_env: 'keyEnv', ctx: 'contextSize' } as const;
const LLAMA_KEYS = { threads: 'threads', ctx: 'contextSize', gpu: 'gpuLayers', parallel: 'parallel' } as const;
/** Options whose value is a name, not a number. */
const STRING_KEYS = ['key_env'];

/** Split "location?a=1&b=2" into the location and the parameters (only when the query holds known keys). */
function splitQuery(s: string, known: readonly string[]): { head: string; params: Map<string, string> } {
  const q = s.lastIndexOf('?');
  if (q < 0) return { head: s, params: new Map() };
  const params = new Map<string, string>();
  for (const pair of s.slice(q + 1).split('&')) {
    if (!pair) continue;
    const [k, v = ''] = pair.split('=');
    params.set(decodeURIComponent(k), decodeURIComponent(v));
  }
  if (![...params.keys()].some((k) => known.includes(k))) return { head: s, params: new Map() };
  return { head: s.slice(0, q), params };
}

function readOptions<T extends object>(spec: string, params: Map<string, string>, keys: Record<string, keyof T>, allowZero: readonly string[] = []): T {
  const out: Record<string, number> = {};
  for (const [k, v] of params) {
    const field = keys[k];
    if (!field) {
      throw modelErrors.MODEL_SPEC_INVALID({ spec, reason: `unknown option "${k}"; known: ${Object.keys(keys).join(', ')}` });
    }
    if (STRING_KEYS.includes(k)) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(v)) throw modelErrors.MODEL_SPEC_INVALID({ spec, reason: `option ${k} expects an env var name, got "${v}"` });
      (out as Record<string, unknown>)[field as string] = v;
      continue;
    }
    const n = Number(v);
    const min = allowZero.includes(k) ? 0 : 1;
    if (!Number.isInteger(n) || n < min) {
      throw modelErrors.MODEL_SPEC_INVALID({ spec, reason: `option ${k} expects an integer ≥ ${min}, got "${v}"` });
    }
    out[field as string] = n;
  }
  return out as T;
}

function parseOpenAI(spec: string, rest: string): ModelSpec {
  const hash = rest.indexOf('#');
  let location = hash >= 0 ? rest.slice(0, hash) : rest;
  let model = hash >= 0 ? rest.slice(hash + 1) : undefined;
  const known = Object.keys(OPENAI_KEYS);
  const a = splitQuery(location, known);
  location = a.head;
  const params = new Map(a.params);
  if (model !== undefined) {
    const b = splitQuery(model, known);
    model = b.head;
    for (const [k, v] of b.params) params.set(k, v);
  }
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    throw modelErrors.MODEL_SPEC_INVALID({ spec, reason: `"${location}" is not a URL` });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw modelErrors.MODEL_SPEC_INVALID({ spec, reason: `base URL must be http(s), got ${url.protocol}` });
  }
  const options = readOptions<OpenAISpecOptions>(spec, params, OPENAI_KEYS, ['retries']);
  return { kind: 'openai', spec, baseURL: location.replace(/\/+$/, ''), model: model || undefined, options };
}

function parseLlama(spec: string, rest: string): ModelSpec {
  const { head, params } = splitQuery(rest, Object.keys(LLAMA_KEYS));
  const options = readOptions<LlamaSpecOptions>(spec, params, LLAMA_KEYS, ['gpu']);
  if (!head) throw modelErrors.MODEL_SPEC_INVALID({ spec, reason: 'missing model path after "llama:"' });
  if (head.startsWith('hf:')) {
    const path = head.slice(3);
    const [ownerRepo, branch] = path.split('#');
    const parts = ownerRepo.split('/');
    const quant = /^([^/:]+)\/([^/:]+):([\w.-]+)$/.exec(ownerRepo);
    if (quant) {
      const source: LlamaSource = { type: 'hf-quant', owner: quant[1], repo: quant[2], quant: quant[3], uri: head };
      if (branch) source.branch = branch;
      return { kind: 'llama', spec, source, options };
    }
    if (parts.length < 3 || parts.some((p) => !p)) {
      throw modelErrors.MODEL_SPEC_INVALID({ spec, reason: 'hf: form is hf:<owner>/<repo>/<file.gguf> or hf:<owner>/<repo>:<quant>' });
    }
    const [owner, repo, ...file] = parts;
    const source: LlamaSource = { type: 'hf', owner, repo, file: file.join('/'), uri: head };
    if (branch) source.branch = branch;
    return { kind: 'llama', spec, source, options };
  }
  if (/^https?:\/\//.test(head)) return { kind: 'llama', spec, source: { type: 'url', url: head }, options };
  return { kind: 'llama', spec, source: { type: 'file', path: head }, options };
}

export function parseModelSpec(input: string): ModelSpec {
  const spec = input.trim();
  if (spec === '' || spec === 'none') return { kind: 'none', spec: 'none' };
  const colon = spec.indexOf(':');
  const kind = colon > 0 ? spec.slice(0, colon) : '';
  const rest = spec.slice(colon + 1);
  if (kind === 'openai') return parseOpenAI(spec, rest);
  if (kind === 'llama') return parseLlama(spec, rest);
  throw modelErrors.MODEL_SPEC_INVALID({ spec, reason: `unknown backend "${kind || spec}"; known: ${MODEL_KINDS.join(', ')}` });
}

/** Short display name for logs and UIs: "openai:qwen2.5-7b", "llama:qwen2.5-3b-q4_k_m.gguf". */
export function modelDisplayName(spec: ModelSpec): string {
  if (spec.kind === 'none') return 'none';
  if (spec.kind === 'openai') return `openai:${spec.model ?? new URL(spec.baseURL).host}`;
  const s = spec.source;
  if (s.type === 'hf-quant') return `llama:${s.repo}:${s.quant}`;
  const file = s.type === 'file' ? s.path : s.type === 'hf' ? s.file : new URL(s.url).pathname;
  return `llama:${file.split(/[\\/]/).pop()}`;
}
