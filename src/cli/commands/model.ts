import type { Command } from 'commander';
import { action, intOption, printJson } from '../action.js';
import { configPath, modelsDir } from '../../core/paths.js';
import { addModelHint, createBackend, listConfiguredModels, parseModelSpec, resolveEmbedderSpec, resolveModelSpec } from '../../models/create-backend.js';
import { loadConfig, saveConfig } from '../../models/config.js';
import { modelErrors } from '../../models/errors.js';
import { formatBytes, listCachedModels } from '../../models/download/cache-inventory.js';
import { resolveGguf } from '../../models/download/gguf-source.js';
import { removeCachedModel } from '../../models/download/remove-cached.js';
import { createEmbedder, parseEmbedderSpec } from '../../models/embedders/create-embedder.js';
import { DEFAULT_TEST_PROMPT, measureChat } from '../../models/measure.js';
import { createProgressReporter } from './model/progress-bar.js';
import { DESCRIPTIONS } from './groups.js';

interface TestOptions {
  model?: string;
  embedder?: string;
  prompt: string;
  maxTokens: number;
  threads?: number;
  json?: boolean;
}

async function pull(spec: string, opts: { json?: boolean }): Promise<void> {
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

function list(opts: { json?: boolean }): void {
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

async function test(opts: TestOptions): Promise<void> {
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

function rm(spec: string, opts: { json?: boolean }): void {
  const removed = removeCachedModel(spec);
  if (opts.json) printJson(removed);
  else if (!removed.paths.length) console.log(`${spec} is not in the cache (${modelsDir()})`);
  else console.log(`removed ${formatBytes(removed.bytes)}:\n${removed.paths.map((p) => `  ${p}`).join('\n')}`);
}

function use(spec: string, opts: { embedder?: boolean; alias?: string }): void {
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

export function register(program: Command): void {
  const model = program
    .command('model')
    .description(DESCRIPTIONS.model)
    .addHelpText(
      'after',
      `
Spec strings (same for --model, QUARKMED_MODEL and config.json):
  openai:<baseURL>#<model>             vLLM, SGLang, Ollama, DashScope, llama-server (key: QUARKMED_API_KEY / OPENAI_API_KEY / DASHSCOPE_API_KEY)
  llama:<file.gguf>                    in-process llama.cpp
  llama:hf:<owner>/<repo>/<file.gguf>  downloaded once to $QUARKMED_HOME/models (HF_ENDPOINT, HF_TOKEN honoured)
  llama:hf:<owner>/<repo>:<quant>      e.g. llama:hf:Qwen/Qwen2.5-3B-Instruct-GGUF:Q4_K_M
  none                                 evidence mode (cited passages, no generated prose)
Options: openai …#m?concurrency=4&timeout=120000&retries=3&key_env=DASHSCOPE_API_KEY
         llama …?threads=4&ctx=8192&gpu=0&parallel=2
Embedders: openai:<baseURL>#<model>   onnx:<folder>   onnx:hf:<owner>/<repo>[?pooling=cls]`,
    );

  model
    .command('pull <spec>')
    .description('download a llama:hf:/llama:https: GGUF or an onnx:hf: embedder into the cache (resumes interrupted downloads)')
    .option('--json', 'print the result as JSON')
    .action(action((spec: string, opts: { json?: boolean }) => pull(spec, opts)));

  model
    .command('list')
    .description('show the current model and embedder, configured aliases and cached files')
    .option('--json', 'print as JSON')
    .action(action((opts: { json?: boolean }) => list(opts)));

  model
    .command('test')
    .description('send a short prompt and print latency and tokens/s (or time an embedder)')
    .option('-m, --model <spec>', 'model spec or config alias (default: QUARKMED_MODEL, then config.json)')
    .option('-e, --embedder <spec>', 'test this embedder instead of a chat model')
    .option('-p, --prompt <text>', 'prompt to send', DEFAULT_TEST_PROMPT)
    .option('--max-tokens <n>', 'tokens to generate', intOption('--max-tokens'), 64)
    .option('--threads <n>', 'llama.cpp CPU threads', intOption('--threads'))
    .option('--json', 'print the measurement as JSON')
    .action(action((opts: TestOptions) => test(opts)));

  model
    .command('rm <spec>')
    .description('delete a downloaded model (or partial download) from the cache')
    .option('--json', 'print what was removed as JSON')
    .action(action((spec: string, opts: { json?: boolean }) => rm(spec, opts)));

  model
    .command('use <spec>')
    .description('save the default model (or, with --embedder, embedder; with --alias, a named model) in config.json')
    .option('--embedder', 'set the default embedder instead')
    .option('--alias <name>', 'save under a name the server offers, instead of as the default')
    .action(action((spec: string, opts: { embedder?: boolean; alias?: string }) => use(spec, opts)));
}
