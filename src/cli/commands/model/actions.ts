// `quarkmed model pull|list|test|rm|use`: the work behind each subcommand, imported only when one runs (model.ts
// registers them), so `quarkmed model --help` loads no backend, downloader or embedder.
import { printJson } from '../../action.js';
import { configPath, modelsDir } from '../../../core/paths.js';
import { addModelHint, createBackend, listConfiguredModels, parseModelSpec, resolveEmbedderSpec, resolveModelSpec } from '../../../models/create-backend.js';
import { loadConfig, saveConfig } from '../../../models/config.js';
import { modelErrors } from '../../../models/errors.js';
import { formatBytes, listCachedModels } from '../../../models/download/cache-inventory.js';
import { resolveGguf } from '../../../models/download/gguf-source.js';
import { removeCachedModel } from '../../../models/download/remove-cached.js';
import { createEmbedder, parseEmbedderSpec } from '../../../models/embedders/create-embedder.js';
import { measureChat } from '../../../models/measure.js';
import { createProgressReporter } from './progress-bar.js';

export interface TestOptions {
  model?: string;
  embedder?: string;
  prompt: string;
  maxTokens: number;
  threads?: number;
  json?: boolean;
}

export async function pull(spec: string, opts: { json?: boolean }): Promise<void> {
  const progress = createProgressReporter();
  try {
    if (spec.startsWith('onnx:')) {
      const e = await createEmbedder(spec, { onProgress: progress.onProgress });
      progress.stop();
      const result = { spec, id: e.id, dim: e.dim };
      await e.close();
      if (opts.json) printJson(result);
      else console.log(`ready: ${spec} (embedder ${e.id}, ${e.dim} dimensions)`);
      return;
    }
    const parsed = parseModelSpec(spec);
    if (parsed.kind !== 'llama') {
      throw modelErrors.MODEL_SPEC_INVALID({
        spec,
        reason: 'nothing to download: pull takes llama:hf:…/file.gguf, llama:https://…/file.gguf or onnx:hf:owner/repo',
      });
    }
    const path = await resolveGguf(parsed.source, { onProgress: progress.onProgress });
    progress.stop();
    if (opts.json) printJson({ spec, path });
    else console.log(`ready: ${spec}\n  ${path}\nuse it with: quarkmed serve --model ${spec}`);
  } finally {
    progress.stop();
  }
}

export function list(opts: { json?: boolean }): void {
  const cached = listCachedModels();
  const configured = listConfiguredModels();
  const current = resolveModelSpec();
  const embedder = resolveEmbedderSpec() ?? null;
  if (opts.json) {
    printJson({ modelsDir: modelsDir(), config: configPath(), current, embedder, configured, cached });
    return;
  }
  console.log(`current model: ${current}${current === 'none' ? ' (evidence mode)' : ''}`);
  console.log(`current embedder: ${embedder ?? 'none (lexical retrieval only)'}`);
  if (configured.length) {
    console.log(`\nconfigured in ${configPath()}:`);
    for (const m of configured) console.log(`  ${m.isDefault ? '*' : ' '} ${m.alias.padEnd(16)} ${m.spec}`);
  }
  console.log(`\ncached in ${modelsDir()}:`);
  if (!cached.length) console.log('  (nothing yet: quarkmed model pull <spec>)');
  for (const c of cached) {
    console.log(`  ${c.kind.padEnd(5)} ${formatBytes(c.bytes).padStart(9)}  ${c.spec}${c.partial ? '  (incomplete: pull again to resume)' : ''}`);
  }
  if (current === 'none') console.log(`\n${addModelHint('model test')}`);
}

export async function test(opts: TestOptions): Promise<void> {
  if (opts.embedder) {
    const spec = resolveEmbedderSpec(opts.embedder) as string;
    const progress = createProgressReporter();
    const t0 = performance.now();
    const e = await createEmbedder(spec, { onProgress: progress.onProgress }).finally(() => progress.stop());
    const loadMs = performance.now() - t0;
    const texts = Array.from({ length: 32 }, (_, i) => `Patient ${i} reports chest pain radiating to the left arm; 患者胸痛 ${i}`);
    const t1 = performance.now();
    await e.embed(texts);
    const embedMs = performance.now() - t1;
    await e.close();
    const result = { embedder: e.id, dim: e.dim, loadMs: Math.round(loadMs), textsPerSecond: Math.round((texts.length * 1000) / embedMs) };
    if (opts.json) printJson(result);
    else console.log(`${e.id}: ${e.dim} dimensions, loaded in ${result.loadMs} ms, ${result.textsPerSecond} texts/s`);
    return;
  }
  const spec = resolveModelSpec(opts.model);
  const progress = createProgressReporter();
  const t0 = performance.now();
  const backend = await createBackend(spec, { onProgress: progress.onProgress, threads: opts.threads }).finally(() => progress.stop());
  if (!backend) {
    if (opts.json) printJson({ model: 'none', mode: 'evidence' });
    else console.log(addModelHint('model test'));
    return;
  }
  const loadMs = performance.now() - t0;
  try {
    const m = await measureChat(backend, { messages: [{ role: 'user', content: opts.prompt }], maxTokens: opts.maxTokens, temperature: 0 });
    if (opts.json) {
      printJson({ ...m, loadMs: Math.round(loadMs) });
      return;
    }
    console.log(m.text.trim() || '(empty reply)');
    console.log(
      `\n${m.backend}: loaded in ${Math.round(loadMs)} ms, first token ${Math.round(m.firstTokenMs)} ms, ` +
        `${m.usage.completionTokens} tokens in ${Math.round(m.totalMs)} ms (${m.tokensPerSecond.toFixed(1)} tokens/s), ` +
        `prompt ${m.usage.promptTokens} tokens, finish: ${m.finishReason}`,
    );
  } finally {
    await backend.close();
  }
}

export function rm(spec: string, opts: { json?: boolean }): void {
  const removed = removeCachedModel(spec);
  if (opts.json) printJson(removed);
  else if (!removed.paths.length) console.log(`${spec} is not in the cache (${modelsDir()})`);
  else console.log(`removed ${formatBytes(removed.bytes)}:\n${removed.paths.map((p) => `  ${p}`).join('\n')}`);
}

export function use(spec: string, opts: { embedder?: boolean; alias?: string }): void {
  if (opts.embedder) {
    parseEmbedderSpec(spec);
    saveConfig({ embedder: spec });
    console.log(`default embedder set to ${spec} in ${configPath()}`);
    return;
  }
  // Validate before saving: a typo in config.json would break every command later.
  parseModelSpec(opts.alias ? spec : resolveModelSpec(spec));
  if (opts.alias) {
    saveConfig({ models: { ...(loadConfig().models ?? {}), [opts.alias]: spec } });
    console.log(`model alias "${opts.alias}" → ${spec} saved in ${configPath()}`);
    return;
  }
  saveConfig({ model: spec });
  console.log(`default model set to ${spec} in ${configPath()}`);
}
