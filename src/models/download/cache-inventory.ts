// What is in $QUARKMED_HOME/models, with the spec string that uses each entry (for `quarkmed model list`).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { modelsDir } from '../../core/paths.js';

export interface CachedModel {
  kind: 'gguf' | 'onnx';
  /** Spec to pass to --model / --embedder. */
  spec: string;
  path: string;
  bytes: number;
  /** An interrupted download (`.part`); the next pull resumes it. */
  partial: boolean;
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

function dirBytes(dir: string): number {
  return walk(dir).reduce((s, f) => s + statSync(f).size, 0);
}

export function listCachedModels(env: NodeJS.ProcessEnv = process.env): CachedModel[] {
  const root = modelsDir(env);
  const out: CachedModel[] = [];
  for (const file of walk(join(root, 'hf'))) {
    const partial = file.endsWith('.gguf.part');
    if (!file.endsWith('.gguf') && !partial) continue;
    const rel = relative(join(root, 'hf'), partial ? file.slice(0, -'.part'.length) : file)
      .split(sep)
      .join('/');
    // Only the first part of a split model is a spec; the others ride along.
    const part = /-(\d{5})-of-\d{5}\.gguf$/.exec(rel);
    if (part && part[1] !== '00001') continue;
    out.push({ kind: 'gguf', spec: `llama:hf:${rel}`, path: file, bytes: statSync(file).size, partial });
  }
  for (const file of walk(join(root, 'url'))) {
    const partial = file.endsWith('.gguf.part');
    if (!file.endsWith('.gguf') && !partial) continue;
    out.push({ kind: 'gguf', spec: `llama:${partial ? file.slice(0, -'.part'.length) : file}`, path: file, bytes: statSync(file).size, partial });
  }
  const onnxRoot = join(root, 'onnx');
  if (existsSync(onnxRoot)) {
    for (const owner of readdirSync(onnxRoot, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const repo of readdirSync(join(onnxRoot, owner.name), { withFileTypes: true }).filter((d) => d.isDirectory())) {
        const dir = join(onnxRoot, owner.name, repo.name);
        const hasOnnx = walk(dir).some((f) => f.endsWith('.onnx'));
        out.push({ kind: 'onnx', spec: `onnx:hf:${owner.name}/${repo.name}`, path: dir, bytes: dirBytes(dir), partial: !hasOnnx });
      }
    }
  }
  return out.sort((a, b) => a.spec.localeCompare(b.spec));
}

export function formatBytes(n: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(i === 0 ? 0 : 1)} ${units[i]}`;
}
