// Where a llama: model spec lives on disk: local files as given, hf:/https: downloads under $QUARKMED_HOME/models.
// Split GGUFs (`…-00001-of-00003.gguf`) download every part; llama.cpp loads them from the first.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { modelsDir } from '../../core/paths.js';
import { modelErrors } from '../errors.js';
import type { LlamaSource } from '../model-spec.js';
import { downloadFile } from './download-file.js';
import type { DownloadProgress } from './progress.js';

export interface ResolveGgufOptions {
  env?: NodeJS.ProcessEnv;
  onProgress?: (p: DownloadProgress) => void;
  signal?: AbortSignal;
  /** false: only report where the file would be, never download (for `model list`). */
  download?: boolean;
}

/** HF_ENDPOINT (the Hugging Face convention, e.g. a mirror such as https://hf-mirror.com) or huggingface.co. */
export function huggingFaceEndpoint(env: NodeJS.ProcessEnv = process.env): string {
  return (env.HF_ENDPOINT?.trim() || 'https://huggingface.co').replace(/\/+$/, '');
}

export function huggingFaceHeaders(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const token = env.HF_TOKEN?.trim() || env.HUGGING_FACE_HUB_TOKEN?.trim();
  return token ? { authorization: `Bearer ${token}` } : {};
}

export function isGgufFile(path: string): string | undefined {
  if (statSync(path).size < 8) return 'file is too small to be a GGUF model';
  const fd = openSync(path, 'r');
  try {
    const magic = Buffer.alloc(4);
    readSync(fd, magic, 0, 4, 0);
    return magic.toString('latin1') === 'GGUF' ? undefined : `not a GGUF file (starts with ${JSON.stringify(magic.toString('latin1'))})`;
  } finally {
    closeSync(fd);
  }
}

/** All parts of a split GGUF, given any part's name; a single-file model gives itself. */
export function splitParts(file: string): string[] {
  const m = /^(.*)-(\d{5})-of-(\d{5})\.gguf$/.exec(file);
  if (!m) return [file];
  const n = Number(m[3]);
  return Array.from({ length: n }, (_, i) => `${m[1]}-${String(i + 1).padStart(5, '0')}-of-${m[3]}.gguf`);
}

interface Plan {
  /** First (or only) file: what llama.cpp loads. */
  path: string;
  files: Array<{ url: string; dest: string; headers: Record<string, string> }>;
  label: string;
}

export function planGguf(source: Exclude<LlamaSource, { type: 'hf-quant' }>, env: NodeJS.ProcessEnv = process.env): Plan {
  if (source.type === 'file') return { path: resolve(source.path), files: [], label: source.path };
  if (source.type === 'hf') {
    const dir = join(modelsDir(env), 'hf', source.owner, source.repo);
    const branch = source.branch ?? 'main';
    const files = splitParts(source.file).map((f) => ({
      url: `${huggingFaceEndpoint(env)}/${source.owner}/${source.repo}/resolve/${encodeURIComponent(branch)}/${f.split('/').map(encodeURIComponent).join('/')}`,
      dest: join(dir, ...f.split('/')),
      headers: huggingFaceHeaders(env),
    }));
    return { path: files[0].dest, files, label: `hf:${source.owner}/${source.repo}/${source.file}` };
  }
  const u = new URL(source.url);
  const name = basename(u.pathname) || 'model.gguf';
  const tag = createHash('sha1')
    .update(`${u.origin}${u.pathname.slice(0, u.pathname.length - name.length)}`)
    .digest('hex')
    .slice(0, 10);
  const dir = join(modelsDir(env), 'url', `${u.hostname}-${tag}`);
  const files = splitParts(name).map((f) => ({ url: new URL(f, u).href, dest: join(dir, f), headers: {} }));
  return { path: files[0].dest, files, label: source.url };
}

/** Local path of the model, downloading it (with progress) on first use. */
export async function resolveGguf(source: LlamaSource, o: ResolveGgufOptions = {}): Promise<string> {
  if (source.type === 'hf-quant') {
    const { resolveHfQuant } = await import('./hf-quant.js');
    const file = await resolveHfQuant(source, o.env, o.signal);
    return resolveGguf({ type: 'hf', owner: source.owner, repo: source.repo, file, branch: source.branch, uri: source.uri }, o);
  }
  const plan = planGguf(source, o.env);
  if (plan.files.length === 0) {
    if (!existsSync(plan.path)) throw modelErrors.MODEL_FILE_NOT_FOUND({ path: plan.path });
    return plan.path;
  }
  if (o.download === false) {
    if (!plan.files.every((f) => existsSync(f.dest))) throw modelErrors.MODEL_FILE_NOT_FOUND({ path: plan.path });
    return plan.path;
  }
  for (const f of plan.files) {
    await downloadFile({
      url: f.url,
      dest: f.dest,
      headers: f.headers,
      onProgress: o.onProgress,
      signal: o.signal,
      source: plan.label,
      // Every part of a split GGUF carries the magic too; an HTML error page must never land in the cache.
      validate: isGgufFile,
    });
  }
  return plan.path;
}
