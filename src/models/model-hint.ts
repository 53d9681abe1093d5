// The one sentence every part of QuarkMed prints when running without a model (evidence mode).

export const EXAMPLE_LLAMA_SPEC = 'llama:hf:Qwen/Qwen2.5-3B-Instruct-GGUF/qwen2.5-3b-instruct-q4_k_m.gguf';
export const EXAMPLE_OPENAI_SPEC = 'openai:http://localhost:8000/v1#<name>';

export const NO_MODEL_HINT =
  'No model configured: answers are evidence only. Add one with ' +
  `\`quarkmed serve --model ${EXAMPLE_LLAMA_SPEC}\` or \`--model ${EXAMPLE_OPENAI_SPEC}\`` +
  ' (or set QUARKMED_MODEL, or "model" in $QUARKMED_HOME/config.json).';

/** `command` names the command the user ran, so the hint shows the flag on the right command. */
export function addModelHint(command = 'serve'): string {
  return command === 'serve' ? NO_MODEL_HINT : NO_MODEL_HINT.replace('quarkmed serve', `quarkmed ${command}`);
}
