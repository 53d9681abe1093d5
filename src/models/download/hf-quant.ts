// `hf:<owner>/<repo>:<quant>` → the repo's GGUF file for that quantisation (the form Hugging Face's "Use this model"
// menu and node-llama-cpp show). A cached match is used offline; otherwise the Hub API lists the repo's files.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { modelsDir } from '../../core/paths.js';
import { modelErrors } from '../errors.js';
import type { LlamaSource } from '../model-spec.js';
import { huggingFaceEndpoint, huggingFaceHeaders } from './gguf-source.js';
import { escapeRegExp } from '../../core/regex.js';

type QuantSource = Extract<LlamaSource, { type: 'hf-quant' }>;

/** Pick the GGUF for `quant` from a repo's file list: the first part of a split model, never mmproj/vision files. */
export function pickQuantFile(files: string[], quant: string): string | undefined {
  const q = quant.toLowerCase();
  const matches = files.filter((f) => {
    const name = f.toLowerCase();
    if (!name.endsWith('.gguf') || name.includes('mmproj')) return false;
    const part = /-(\d{5})-of-\d{5}\.gguf$/.exec(name);
    if (part && part[1] !== '00001') return false;
    // Match the quant as a whole token: "q4_k_m" must not match "iq4_k_m" or "q4_k_m_l".
    return new RegExp(`(^|[^a-z0-9])${escapeRegExp(q)}([^a-z0-9_]|$)`).test(name.split('/').pop() ?? name);
  });
  return matches.sort((a, b) => a.length - b.length || a.localeCompare(b))[0];
}

function quantsIn(files: string[]): string[] {
  const out = new Set<string>();
  for (const f of files) {
    const m = /[-.]((?:i?q\d[\w]*|f16|bf16|f32))(?:-\d{5}-of-\d{5})?\.gguf$/i.exec(f);
    if (m) out.add(m[1].toUpperCase());
  }
  return [...out].sort();
}

function cachedFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.gguf'))
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'));
}

/** The cached file for this quant, if a previous run downloaded it (no network). */
export function cachedQuantFile(source: QuantSource, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return pickQuantFile(cachedFiles(join(modelsDir(env), 'hf', source.owner, source.repo)), source.quant);
}

export async function resolveHfQuant(source: QuantSource, env: NodeJS.ProcessEnv = process.env, signal?: AbortSignal): Promise<string> {
  const local = cachedQuantFile(source, env);
  if (local) return local;
  const url = `${huggingFaceEndpoint(env)}/api/models/${source.owner}/${source.repo}${source.branch ? `/revision/${encodeURIComponent(source.branch)}` : ''}`;
  let files: string[];
  try {
    const res = await fetch(url, { headers: { accept: 'application/json', ...huggingFaceHeaders(env) }, signal });
    if (!res.ok) throw new Error(`HTTP ${res.status} from ${url}${res.status === 401 || res.status === 403 ? ' (gated or private: set HF_TOKEN)' : ''}`);
    const json = (await res.json()) as { siblings?: Array<{ rfilename?: string }> };
    files = (json.siblings ?? []).map((s) => s.rfilename ?? '').filter(Boolean);
  } catch (err) {
    throw modelErrors.MODEL_DOWNLOAD_FAILED({ source: `hf:${source.owner}/${source.repo}:${source.quant}`, reason: (err as Error).message }, { cause: err });
  }
  const file = pickQuantFile(files, source.quant);
  if (!file) {
    const have = quantsIn(files);
    throw modelErrors.MODEL_DOWNLOAD_FAILED({
      source: `hf:${source.owner}/${source.repo}:${source.quant}`,
      reason: have.length ? `no ${source.quant} GGUF in the repo; it has ${have.join(', ')}` : 'the repo has no GGUF files',
    });
  }
  return file;
}
