/** API key for OpenAI-compatible servers; local servers (vLLM, Ollama, llama-server) need none. */
export const API_KEY_ENV_VARS = ['QUARKMED_API_KEY', 'OPENAI_API_KEY', 'DASHSCOPE_API_KEY'] as const;

export function resolveApiKey(env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const name of API_KEY_ENV_VARS) {
    const v = env[name]?.trim();
    if (v) return v;
  }
  return undefined;
}
