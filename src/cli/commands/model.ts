import type { Command } from 'commander';
import { action, intOption } from '../action.js';
import { DEFAULT_TEST_PROMPT } from '../../models/measure.js';
import type { TestOptions } from './model/actions.js';
import { DESCRIPTIONS } from './groups.js';

const actions = () => import('./model/actions.js');

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
    .action(action(async (spec: string, opts: { json?: boolean }) => (await actions()).pull(spec, opts)));

  model
    .command('list')
    .description('show the current model and embedder, configured aliases and cached files')
    .option('--json', 'print as JSON')
    .action(action(async (opts: { json?: boolean }) => (await actions()).list(opts)));

  model
    .command('test')
    .description('send a short prompt and print latency and tokens/s (or time an embedder)')
    .option('-m, --model <spec>', 'model spec or config alias (default: QUARKMED_MODEL, then config.json)')
    .option('-e, --embedder <spec>', 'test this embedder instead of a chat model')
    .option('-p, --prompt <text>', 'prompt to send', DEFAULT_TEST_PROMPT)
    .option('--max-tokens <n>', 'tokens to generate', intOption('--max-tokens'), 64)
    .option('--threads <n>', 'llama.cpp CPU threads', intOption('--threads'))
    .option('--json', 'print the measurement as JSON')
    .action(action(async (opts: TestOptions) => (await actions()).test(opts)));

  model
    .command('rm <spec>')
    .description('delete a downloaded model (or partial download) from the cache')
    .option('--json', 'print what was removed as JSON')
    .action(action(async (spec: string, opts: { json?: boolean }) => (await actions()).rm(spec, opts)));

  model
    .command('use <spec>')
    .description('save the default model (or, with --embedder, embedder; with --alias, a named model) in config.json')
    .option('--embedder', 'set the default embedder instead')
    .option('--alias <name>', 'save under a name the server offers, instead of as the default')
    .action(action(async (spec: string, opts: { embedder?: boolean; alias?: string }) => (await actions()).use(spec, opts)));
}
