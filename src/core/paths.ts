import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** $QUARKMED_HOME, default ~/.quarkmed: the knowledge base, model cache and config live here. */
export function quarkmedHome(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.QUARKMED_HOME?.trim();
  return resolve(fromEnv ? fromEnv : join(homedir(), '.quarkmed'));
}

export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(quarkmedHome(env), 'kb.sqlite');
}

export function modelsDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(quarkmedHome(env), 'models');
}

export function configPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(quarkmedHome(env), 'config.json');
}
