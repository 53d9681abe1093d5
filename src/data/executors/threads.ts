// Worker-thread runner: N workers pull tasks from a shared queue; each worker caches its loaded steps.
import { Worker } from 'node:worker_threads';
import { QuarkError } from '../../core/errors.js';
import { dataErrors } from '../errors.js';
import { taskKey } from './plan.js';
import { resolveEntry, tsWorkerBootstrap } from '../../core/worker-entry.js';
import type { TaskRunner } from './runner.js';

interface Reply {
  id: number;
  ok: boolean;
  code?: string;
  message?: string;
}

export function createThreadRunner(workers: number): TaskRunner {
  const entry = resolveEntry(new URL('./worker-entry.js', import.meta.url));
  const pool: Worker[] = [];
  const spawn = (): Worker => (entry.typescript ? new Worker(tsWorkerBootstrap(entry.file), { eval: true }) : new Worker(entry.file));
  return {
    name: `threads(${workers})`,
    async run(tasks, onDone) {
      if (tasks.length === 0) return;
      while (pool.length < Math.min(workers, tasks.length)) pool.push(spawn());
      let next = 0;
      let failed: Error | undefined;
      await Promise.all(
        pool.slice(0, Math.min(workers, tasks.length)).map(
          (w) =>
            new Promise<void>((resolvePromise, reject) => {
              const detach = (): void => {
                w.off('message', onMessage);
                w.off('error', onError);
                w.off('exit', onExit);
              };
              const pump = (): void => {
                if (failed || next >= tasks.length) {
                  detach();
                  return resolvePromise();
                }
                const id = next++;
                w.postMessage({ id, task: tasks[id] });
              };
              const onMessage = (r: Reply): void => {
                if (!r.ok) {
                  failed = r.code
                    ? new QuarkError(r.code, r.message ?? '', { status: 400 })
                    : dataErrors.DATA_TASK_FAILED({ task: taskKey(tasks[r.id]), reason: r.message ?? '' });
                  detach();
                  return reject(failed);
                }
                onDone?.(tasks[r.id]);
                pump();
              };
              // A crashed or killed worker leaves the pool; the run fails naming it (finished shards stay done).
              const drop = (): void => {
                detach();
                const i = pool.indexOf(w);
                if (i >= 0) pool.splice(i, 1);
              };
              const onError = (err: Error): void => {
                drop();
                failed = dataErrors.DATA_TASK_FAILED({ task: 'worker thread', reason: err.message });
                reject(failed);
              };
              const onExit = (code: number): void => {
                drop();
                failed = dataErrors.DATA_TASK_FAILED({ task: 'worker thread', reason: `exited with code ${code}` });
                reject(failed);
              };
              w.on('message', onMessage);
              w.on('error', onError);
              w.on('exit', onExit);
              pump();
            }),
        ),
      );
    },
    async close() {
      await Promise.all(pool.splice(0).map((w) => w.terminate()));
    },
  };
}
