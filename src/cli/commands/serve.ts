import { type Command, InvalidArgumentError } from 'commander';
import { action, intOption } from '../action.js';
import { defaultSearchThreads } from '../../retrieval/search-pool.js';
import { DESCRIPTIONS } from './groups.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];
const fromEnvList = (v: string | undefined) =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

interface ServeFlags {
  host: string;
  port: number;
  model?: string;
  db?: string;
  embedder?: string;
  apiKey?: string[];
  adminKey?: string;
  ingestRoot?: string[];
  rateLimit: number;
  modelTimeout: number;
  starter: boolean;
  trustProxy?: boolean;
  corsOrigin?: string[];
  searchThreads?: number;
  /** Commander sets true unless --no-redact-prompts is given; true here means "automatic", not "always". */
  redactPrompts: boolean;
}

/** A TCP port, checked before any start-up work (0 = any free port). */
function portOption(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(`--port expects a port number 0–65535, got "${value}"`);
  return n;
}

/** Like intOption, but 0 is allowed (search on the main thread). */
function threadsOption(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`--search-threads expects 0 or a positive integer, got "${value}"`);
  return n;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description(DESCRIPTIONS.serve)
    .option('--host <host>', 'address to bind (use 0.0.0.0 only behind API keys)', process.env.QUARKMED_HOST ?? '127.0.0.1')
    .option('--port <port>', 'port', portOption, Number(process.env.QUARKMED_PORT ?? 8787))
    .option(
      '--model <spec>',
      'chat model: openai:<baseURL>#<model>, llama:<file.gguf|hf:owner/repo/file.gguf>, or none (default: QUARKMED_MODEL, config, none)',
    )
    .option('--db <file>', 'knowledge base file (default $QUARKMED_HOME/kb.sqlite)')
    .option('--embedder <spec>', 'embedding model for hybrid search (default: QUARKMED_EMBEDDER, config, none)')
    .option('--api-key <key>', 'require this bearer key on every API call (repeatable; also QUARKMED_API_KEYS=k1,k2)', collect)
    .option('--admin-key <key>', 'bearer key for admin endpoints such as POST /api/kb/ingest (also QUARKMED_ADMIN_KEY)')
    .option('--ingest-root <dir>', 'folder admin ingest may read server-side paths from (repeatable)', collect)
    .option('--cors-origin <origin>', 'let browser apps on this origin call the API (repeatable; * for any)', collect)
    .option('--rate-limit <n>', 'requests per minute per API key and address', intOption('--rate-limit'), 120)
    .option('--model-timeout <ms>', 'fail a request with 504 when the model has not answered in this time', intOption('--model-timeout'), 180_000)
    .option(
      '--search-threads <n>',
      `search worker threads, each with its own read-only connection; 0 = search on the main thread (default ${defaultSearchThreads()}: min(4, cores))`,
      threadsOption,
    )
    .option('--no-starter', 'do not ingest the bundled starter knowledge pack')
    .option('--trust-proxy', 'trust X-Forwarded-For (only behind your own reverse proxy)')
    .option(
      '--no-redact-prompts',
      'send questions to a remote openai: model verbatim (default: names, phone and ID numbers are replaced by placeholders first)',
    )
    .action(
      action(async (flags: ServeFlags) => {
        portOption(String(flags.port)); // the default comes from QUARKMED_PORT, which the flag parser never saw
        const apiKeys = [...(flags.apiKey ?? []), ...fromEnvList(process.env.QUARKMED_API_KEYS)];
        const adminKey = flags.adminKey ?? process.env.QUARKMED_ADMIN_KEY?.trim() ?? undefined;
        const say = (line: string) => process.stderr.write(`quarkmed: ${line}\n`);
        // The server, the knowledge base and the models load here, not at registration: `serve --help` needs none.
        const { parseModelSpec } = await import('../../models/model-spec.js');
        const { bootstrap } = await import('../../server/bootstrap.js');
        const { startServer } = await import('../../server/start.js');
        const boot = await bootstrap({
          model: flags.model,
          db: flags.db,
          embedder: flags.embedder,
          starter: flags.starter,
          searchThreads: flags.searchThreads,
          log: say,
        });
        const stats = boot.kb.stats();
        // If listening fails (port taken, bad host), release the knowledge base and the search threads, which would
        // otherwise keep the process alive after the error is printed.
        const server = await startServer({
          services: boot.services,
          host: flags.host,
          port: flags.port,
          apiKeys,
          adminKey: adminKey || undefined,
          ingestRoots: flags.ingestRoot ?? [],
          rateLimit: { max: flags.rateLimit, timeWindowMs: 60_000 },
          modelTimeoutMs: flags.modelTimeout,
          trustProxy: flags.trustProxy,
          corsOrigins: flags.corsOrigin ?? [],
          // Only the opt-out is passed on: the default depends on each request's model (remote or loopback).
          redactPrompts: flags.redactPrompts === false ? false : undefined,
        }).catch(async (err: unknown) => {
          await boot.services.close?.();
          throw err;
        });
        const evidence = parseModelSpec(boot.modelSpec).kind === 'none';
        // A configured model that does not answer is said once, now, rather than discovered request by request.
        const health = evidence ? undefined : await boot.services.models.probe?.(5000);
        if (health?.status === 'down') {
          say(`WARNING: model ${health.backend} is not answering (${health.reason}); answers show cited evidence until it does (/healthz: model down)`);
        }
        say(`knowledge base ${boot.dbPath}: ${stats.documents} documents, ${stats.chunks} passages`);
        say(boot.searchPool ? `search: ${boot.searchPool.threads} worker threads` : 'search: on the main thread (--search-threads 0)');
        say(`model: ${evidence ? 'none (evidence mode: answers are cited passages, not generated text)' : boot.modelSpec.replace(/\/\/[^@/]*@/, '//***@')}`);
        if (evidence) say(boot.services.models.addModelHint);
        if (stats.documents < 100)
          say('add knowledge: `quarkmed kb pull medquad` or `quarkmed kb ingest <file-or-folder>` (npm link puts quarkmed on PATH; or node bin/quarkmed.js)');
        if (apiKeys.length === 0 && !['127.0.0.1', 'localhost', '::1'].includes(flags.host)) {
          say(`WARNING: listening on ${flags.host} without API keys; anyone who can reach it can use it (add --api-key)`);
        }
        say(`ready: ${server.url}  (web app at /, API at /v1, health at /healthz)`);
      }),
    );
}
