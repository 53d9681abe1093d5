// Token counts for the tokens step: `qwen3` (the tokenizer bundled in src/core/tokens.ts), another tokenizer through
// tokenizers.js (pure JS, no ONNX runtime; a local folder, or hf:<repo> whose tokenizer.json is downloaded into
// $QUARKMED_HOME/models), or — when none is configured — core's clearly labelled budget estimate.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Tokenizer } from '@huggingface/tokenizers';
import { writeFileAtomic } from '../../core/atomic-write.js';
import { estimateCounter, qwen3Counter, type TokenCounter } from '../../core/tokens.js';
import { modelsDir } from '../../core/paths.js';
import { dataErrors } from '../errors.js';

export type { TokenCounter } from '../../core/tokens.js';

const cache = new Map<string, Promise<TokenCounter>>();

/** `spec`: `qwen3` (bundled), a folder holding tokenizer.json (+ tokenizer_config.json), or `hf:Qwen/Qwen2.5-7B-Instruct`. */
export function loadTokenCounter(spec: string | undefined, baseDir = process.cwd()): Promise<TokenCounter> {
  if (!spec) return Promise.resolve(estimateCounter);
  if (spec === 'qwen3') return Promise.resolve(qwen3Counter);
  const key = `${baseDir}\u0000${spec}`;
  let p = cache.get(key);
  if (!p) {
    p = load(spec, baseDir);
    cache.set(key, p);
  }
  return p;
}

async function load(spec: string, baseDir: string): Promise<TokenCounter> {
  let tokenizer: Tokenizer;
  try {
    const files = spec.startsWith('hf:') ? await downloadTokenizer(spec.slice(3)) : localTokenizer(resolve(baseDir, spec));
    tokenizer = new Tokenizer(JSON.parse(readFileSync(files.tokenizer, 'utf8')), files.config ? JSON.parse(readFileSync(files.config, 'utf8')) : {});
  } catch (err) {
    throw dataErrors.DATA_TOKENIZER_UNAVAILABLE({ spec, reason: err instanceof Error ? err.message : String(err) });
  }
  const tok = tokenizer;
  return {
    method: 'tokenizer',
    description: spec,
    count: (text: string) => tok.encode(text, { add_special_tokens: false }).ids.length,
  };
}

interface TokenizerFiles {
  tokenizer: string;
  config: string | undefined;
}

function localTokenizer(dir: string): TokenizerFiles {
  if (!existsSync(join(dir, 'tokenizer.json'))) {
    throw new Error(`${dir} has no tokenizer.json (give a local tokenizer folder, or hf:Qwen/Qwen2.5-7B-Instruct to download it)`);
  }
  const config = join(dir, 'tokenizer_config.json');
  return { tokenizer: join(dir, 'tokenizer.json'), config: existsSync(config) ? config : undefined };
}

/** tokenizer.json (+ tokenizer_config.json) from the Hugging Face hub, cached under $QUARKMED_HOME/models. */
async function downloadTokenizer(repo: string): Promise<TokenizerFiles> {
  const dir = join(modelsDir(), 'tokenizers', ...repo.split('/'));
  if (existsSync(join(dir, 'tokenizer.json'))) return localTokenizer(dir);
  mkdirSync(dir, { recursive: true });
  for (const name of ['tokenizer.json', 'tokenizer_config.json']) {
    const url = `https://huggingface.co/${repo}/resolve/main/${name}`;
    const res = await fetch(url);
    if (!res.ok) {
      if (name === 'tokenizer_config.json' && res.status === 404) continue;
      throw new Error(`GET ${url}: HTTP ${res.status}`);
    }
    writeFileAtomic(join(dir, name), Buffer.from(await res.arrayBuffer()));
  }
  return localTokenizer(dir);
}
