// Delete a downloaded model from $QUARKMED_HOME/models (`quarkmed model rm`). Never touches files outside the cache.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { modelsDir } from '../../core/paths.js';
import { modelErrors } from '../errors.js';
import { parseEmbedderSpec } from '../embedders/embedder-spec.js';
import { parseModelSpec } from '../model-spec.js';
import { planGguf } from './gguf-source.js';
import { cachedQuantFile } from './hf-quant.js';

export interface Removed {
  paths: string[];
  bytes: number;
}

function size(p: string): number {
  const st = statSync(p);
  if (!st.isDirectory()) return st.size;
  return readdirSync(p, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .reduce((s, d) => s + statSync(join(d.parentPath, d.name)).size, 0);
}

export function removeCachedModel(spec: string, env: NodeJS.ProcessEnv = process.env): Removed {
  const root = resolve(modelsDir(env));
  const targets: string[] = [];
  if (spec.startsWith('onnx:')) {
    const e = parseEmbedderSpec(spec);
    if (e.kind !== 'onnx' || e.source.type !== 'hf')
      throw modelErrors.MODEL_SPEC_INVALID({ spec, reason: 'only downloaded onnx:hf:<owner>/<repo> models live in the cache' });
    targets.push(join(root, 'onnx', ...e.source.repo.split('/')));
  } else {
    const m = parseModelSpec(spec);
    if (m.kind !== 'llama' || m.source.type === 'file')
      throw modelErrors.MODEL_SPEC_INVALID({ spec, reason: 'only downloaded llama:hf:… or llama:https:… models live in the cache' });
    let source = m.source;
    if (source.type === 'hf-quant') {
      const file = cachedQuantFile(source, env);
      if (!file) return { paths: [], bytes: 0 };
      source = { type: 'hf', owner: source.owner, repo: source.repo, file, uri: source.uri };
    }
    for (const f of planGguf(source, env).files) targets.push(f.dest, `${f.dest}.part`);
  }
  const removed: Removed = { paths: [], bytes: 0 };
  for (const t of targets) {
    const abs = resolve(t);
    if (!abs.startsWith(root + sep) || !existsSync(abs)) continue;
    removed.bytes += size(abs);
    rmSync(abs, { recursive: true, force: true });
    removed.paths.push(abs);
  }
  return removed;
}
