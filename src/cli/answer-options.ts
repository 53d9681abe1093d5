// The options every answering command (`ask`, `report interpret`) takes, apart from the answer session itself
// (knowledge base, models, RAG) so registering them for `--help` loads none of that.
import type { Command } from 'commander';

export interface AnswerContextFlags {
  model?: string;
  db?: string;
  embedder?: string;
}

/** The --model, --db and --embedder options every answering command takes. */
export function answerContextOptions(command: Command): Command {
  return command
    .option('--model <spec>', 'model: openai:<baseURL>#<model>, llama:<file.gguf>, or none (default: $QUARKMED_MODEL / config)')
    .option('--db <file>', 'knowledge base file (default: $QUARKMED_HOME/kb.sqlite)')
    .option('--embedder <spec>', 'query embedder for hybrid retrieval (default: $QUARKMED_EMBEDDER / config)');
}
