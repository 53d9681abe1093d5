// OpenRLHF sends `query` = prompt + response decoded with special tokens kept (pad tokens removed), plus the
// templated `prompts`. The response is what follows the prompt; without a usable prompt we cut after the last
// assistant marker of the common chat templates. Trailing end-of-turn tokens are dropped either way.

const ASSISTANT_MARKERS = [
  '<|im_start|>assistant\n', // Qwen / ChatML
  '<|start_header_id|>assistant<|end_header_id|>\n\n', // Llama 3
  '<｜Assistant｜>', // DeepSeek
  '<|assistant|>\n', // Phi / Zephyr
  '[/INST]', // Mistral / Llama 2
  '<start_of_turn>model\n', // Gemma
];
const END_TOKENS = [
  '<|im_end|>',
  '<|endoftext|>',
  '</s>',
  '<|eot_id|>',
  '<|end_of_text|>',
  '<｜end▁of▁sentence｜>',
  '<end_of_turn>',
  '<eos>',
  '<|end|>',
  '<pad>',
  '<|pad|>',
];

/** Drop trailing end-of-turn / pad tokens (and whitespace between them). A loop, not a regex: it runs 8k× a batch. */
export function stripEndTokens(text: string): string {
  let t = text.trimEnd();
  for (let changed = true; changed && t.endsWith('>'); ) {
    changed = false;
    for (const tok of END_TOKENS) {
      if (t.endsWith(tok)) {
        t = t.slice(0, t.length - tok.length).trimEnd();
        changed = true;
        break;
      }
    }
  }
  return t;
}

export function splitQuery(query: string, prompt: string | undefined): string {
  if (prompt && query.startsWith(prompt)) return stripEndTokens(query.slice(prompt.length));
  if (prompt) {
    // Tokenizer round trips can change leading whitespace or BOS tokens; match on the prompt's tail.
    const tailPart = prompt.slice(-200);
    const at = tailPart.length >= 20 ? query.lastIndexOf(tailPart) : -1;
    if (at >= 0) return stripEndTokens(query.slice(at + tailPart.length));
  }
  let cut = -1;
  for (const m of ASSISTANT_MARKERS) {
    const at = query.lastIndexOf(m);
    if (at >= 0 && at + m.length > cut) cut = at + m.length;
  }
  return stripEndTokens(cut >= 0 ? query.slice(cut) : query);
}
