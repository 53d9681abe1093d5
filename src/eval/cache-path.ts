// Where the completion cache lives by default, apart from the cache itself (SQLite) so a command's help text can
// show the default path without opening the native driver.
import { join } from 'node:path';
import { quarkmedHome } from '../core/paths.js';

export function defaultCachePath(env: NodeJS.ProcessEnv = process.env): string {
  return join(quarkmedHome(env), 'eval-cache.sqlite');
}
