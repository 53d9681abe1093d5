// Test support: write a tiny byte-level BPE tokenizer (Qwen's tokenizer family) into a folder, no download needed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** GPT-2 / Qwen byte → printable character map. */
export function bytesToUnicode(): Map<number, string> {
  const bs: number[] = [];
  for (let i = 33; i <= 126; i++) bs.push(i);
  for (let i = 161; i <= 172; i++) bs.push(i);
  for (let i = 174; i <= 255; i++) bs.push(i);
  const cs = [...bs];
  let n = 0;
  for (let b = 0; b < 256; b++) {
    if (!bs.includes(b)) {
      bs.push(b);
      cs.push(256 + n++);
    }
  }
  return new Map(bs.map((b, i) => [b, String.fromCodePoint(cs[i])]));
}

/** Byte-level BPE with all 256 bytes plus a few merges ("th", "he", "the"); returns the folder. */
export function writeTinyTokenizer(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const vocab: Record<string, number> = {};
  for (const ch of [...bytesToUnicode().values()].sort()) vocab[ch] = Object.keys(vocab).length;
  const merges = ['t h', 'h e', 'th e'];
  for (const m of merges) vocab[m.replace(' ', '')] = Object.keys(vocab).length;
  const tokenizer = {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: [
      { id: Object.keys(vocab).length, content: '<|endoftext|>', single_word: false, lstrip: false, rstrip: false, normalized: false, special: true },
    ],
    normalizer: { type: 'NFC' },
    pre_tokenizer: { type: 'ByteLevel', add_prefix_space: false, trim_offsets: false, use_regex: true },
    post_processor: null,
    decoder: { type: 'ByteLevel', add_prefix_space: false, trim_offsets: false, use_regex: true },
    model: {
      type: 'BPE',
      dropout: null,
      unk_token: null,
      continuing_subword_prefix: '',
      end_of_word_suffix: '',
      fuse_unk: false,
      byte_fallback: false,
      vocab,
      merges,
    },
  };
  writeFileSync(join(dir, 'tokenizer.json'), JSON.stringify(tokenizer));
  writeFileSync(join(dir, 'tokenizer_config.json'), JSON.stringify({ tokenizer_class: 'Qwen2Tokenizer', model_max_length: 32768, eos_token: '<|endoftext|>' }));
  return dir;
}
