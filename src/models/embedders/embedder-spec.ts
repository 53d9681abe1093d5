// Embedder spec strings (--embedder, QUARKMED_EMBEDDER, config.json "embedder"):
//   openai:<baseURL>#<model>[?batch=64&concurrency=2&timeout=60000&retries=3]   any /v1/embeddings server
//   onnx:<folder>[?pooling=mean|cls&dtype=fp32|q8|…]                          local transformers.js model folder
//   onnx:hf:<owner>/<repo>[?…]                                                downloaded on first use
// BGE models were trained with CLS pooling (use ?pooling=cls); e5/gte/MiniLM use mean (the default). Pure.
import { modelErrors } from '../errors.js';

export const ONNX_DTYPES = ['auto', 'fp32', 'fp16', 'q8', 'int8', 'uint8', 'q4', 'bnb4', 'q4f16'] as const;
export type OnnxDtype = (typeof ONNX_DTYPES)[number];
export type Pooling = 'mean' | 'cls';

export type EmbedderSpec =
  | { kind: 'openai'; spec: string; baseURL: string; model: string; batch?: number; concurrency?: number; timeoutMs?: number; retries?: number }
  | {
      kind: 'onnx';
      spec: string;
      source: { type: 'folder'; path: string } | { type: 'hf'; repo: string; revision?: string };
      pooling: Pooling;
      dtype?: OnnxDtype;
      batch?: number;
    };

function query(spec: string, s: string): { head: string; params: Map<string, string> } {
  const q = s.indexOf('?');
  if (q < 0) return { head: s, params: new Map() };
  const params = new Map<string, string>();
  for (const pair of s.slice(q + 1).split('&')) {
    if (!pair) continue;
    const [k, v = ''] = pair.split('=');
    if (params.has(k)) throw modelErrors.EMBEDDER_SPEC_INVALID({ spec, reason: `option "${k}" given twice` });
    params.set(decodeURIComponent(k), decodeURIComponent(v));
  }
  return { head: s.slice(0, q), params };
}

function int(spec: string, key: string, v: string | undefined, min: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw modelErrors.EMBEDDER_SPEC_INVALID({ spec, reason: `${key} expects an integer ≥ ${min}, got "${v}"` });
  return n;
}

function onlyKeys(spec: string, params: Map<string, string>, known: string[]): void {
  for (const k of params.keys()) {
    if (!known.includes(k)) throw modelErrors.EMBEDDER_SPEC_INVALID({ spec, reason: `unknown option "${k}"; known: ${known.join(', ')}` });
  }
}

export function parseEmbedderSpec(input: string): EmbedderSpec {
  const spec = input.trim();
  if (spec.startsWith('openai:')) {
    const rest = spec.slice('openai:'.length);
    const hash = rest.indexOf('#');
    if (hash < 0) throw modelErrors.EMBEDDER_SPEC_INVALID({ spec, reason: 'missing #<model> after the base URL' });
    const base = query(spec, rest.slice(0, hash));
    const model = query(spec, rest.slice(hash + 1));
    const params = new Map([...base.params, ...model.params]);
    onlyKeys(spec, params, ['batch', 'concurrency', 'timeout', 'retries']);
    let url: URL;
    try {
      url = new URL(base.head);
    } catch {
      throw modelErrors.EMBEDDER_SPEC_INVALID({ spec, reason: `"${base.head}" is not a URL` });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw modelErrors.EMBEDDER_SPEC_INVALID({ spec, reason: 'base URL must be http(s)' });
    if (!model.head) throw modelErrors.EMBEDDER_SPEC_INVALID({ spec, reason: 'empty model name after #' });
    return {
      kind: 'openai',
      spec,
      baseURL: base.head.replace(/\/+$/, ''),
      model: model.head,
      batch: int(spec, 'batch', params.get('batch'), 1),
      concurrency: int(spec, 'concurrency', params.get('concurrency'), 1),
      timeoutMs: int(spec, 'timeout', params.get('timeout'), 1),
      retries: int(spec, 'retries', params.get('retries'), 0),
    };
  }
  if (spec.startsWith('onnx:')) {
    const { head, params } = query(spec, spec.slice('onnx:'.length));
    onlyKeys(spec, params, ['pooling', 'dtype', 'batch']);
    const pooling = params.get('pooling') ?? 'mean';
    if (pooling !== 'mean' && pooling !== 'cls') throw modelErrors.EMBEDDER_SPEC_INVALID({ spec, reason: `pooling must be mean or cls, got "${pooling}"` });
    const dtype = params.get('dtype');
    if (dtype !== undefined && !(ONNX_DTYPES as readonly string[]).includes(dtype)) {
      throw modelErrors.EMBEDDER_SPEC_INVALID({ spec, reason: `dtype must be one of ${ONNX_DTYPES.join(', ')}, got "${dtype}"` });
    }
    if (!head) throw modelErrors.EMBEDDER_SPEC_INVALID({ spec, reason: 'missing model folder after "onnx:"' });
    let source: Extract<EmbedderSpec, { kind: 'onnx' }>['source'];
    if (head.startsWith('hf:')) {
      const [repo, revision] = head.slice(3).split('#');
      if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) throw modelErrors.EMBEDDER_SPEC_INVALID({ spec, reason: 'hf: form is hf:<owner>/<repo>' });
      source = revision ? { type: 'hf', repo, revision } : { type: 'hf', repo };
    } else {
      source = { type: 'folder', path: head };
    }
    return { kind: 'onnx', spec, source, pooling, dtype: dtype as OnnxDtype | undefined, batch: int(spec, 'batch', params.get('batch'), 1) };
  }
  throw modelErrors.EMBEDDER_SPEC_INVALID({ spec, reason: `unknown embedder kind "${spec.split(':')[0]}"; known: openai, onnx` });
}
