// startServer: listen, and shut down gracefully on SIGINT/SIGTERM — stop accepting, let in-flight requests
// (streams included) finish within a grace period, then close the model backends and the knowledge base.
import type { FastifyInstance } from 'fastify';
import { createApp } from './app.js';
import type { AppOptions } from './options.js';

export interface StartOptions extends AppOptions {
  host?: string;
  port?: number;
  /** Longest wait for in-flight requests on shutdown before connections are cut. */
  shutdownGraceMs?: number;
  /** Install SIGINT/SIGTERM handlers (default true; tests turn it off). */
  handleSignals?: boolean;
}

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const app = await createApp(options);
  const host = options.host ?? '127.0.0.1';
  await app.listen({ host, port: options.port ?? 8787 });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : options.port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const grace = options.shutdownGraceMs ?? 10_000;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      const timer = setTimeout(() => {
        app.log.warn(`shutdown grace of ${grace} ms elapsed; closing remaining connections`);
        app.server.closeAllConnections();
      }, grace);
      timer.unref();
      // Keep-alive sockets that finish their last response during shutdown are closed as soon as they go idle.
      const sweep = setInterval(() => app.server.closeIdleConnections(), 100);
      sweep.unref();
      try {
        await app.close();
      } finally {
        clearTimeout(timer);
        clearInterval(sweep);
      }
    })());

  if (options.handleSignals !== false) {
    const onSignal = (signal: NodeJS.Signals) => {
      app.log.info({ signal }, 'shutting down');
      close().then(
        () => process.exit(0),
        (err: unknown) => {
          app.log.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }
  return { app, url, close };
}
