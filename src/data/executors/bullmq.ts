// Many machines: the coordinator (`data submit`) enqueues each stage's tasks on a BullMQ queue in Redis and waits;
// workers (`data worker`) run them. Work folders must be on storage every machine sees at the same path.
import { randomUUID } from 'node:crypto';
import { Queue, QueueEvents, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { dataErrors } from '../errors.js';
import { taskKey, type Task } from './plan.js';
import type { TaskRunner } from './runner.js';
import { runTask } from './tasks.js';

export const DATA_QUEUE = 'quarkmed-data';

function connect(url: string): Redis {
  const r = new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true });
  // Connection errors surface through the waiting jobs; keep ioredis from printing "Unhandled error event".
  r.on('error', () => undefined);
  return r;
}

export function createBullRunner(redisUrl: string, queueName = DATA_QUEUE): TaskRunner {
  const connection = connect(redisUrl);
  const queue = new Queue(queueName, { connection });
  const events = new QueueEvents(queueName, { connection: connect(redisUrl) });
  return {
    name: `bullmq(${redisUrl})`,
    async run(tasks, onDone) {
      if (tasks.length === 0) return;
      await events.waitUntilReady();
      const runId = randomUUID().slice(0, 8);
      const jobs = await queue.addBulk(
        tasks.map((t) => ({
          name: t.kind,
          data: t,
          opts: {
            jobId: `${runId}-${taskKey(t)}`,
            attempts: 3,
            backoff: { type: 'fixed', delay: 500 },
            removeOnComplete: { age: 3600 },
            removeOnFail: { age: 86_400 },
          },
        })),
      );
      await Promise.all(
        jobs.map(async (job, i) => {
          try {
            await job.waitUntilFinished(events);
          } catch (err) {
            throw dataErrors.DATA_TASK_FAILED({ task: taskKey(tasks[i]), reason: err instanceof Error ? err.message : String(err) });
          }
          onDone?.(tasks[i]);
        }),
      );
    },
    async close() {
      await events.close();
      await queue.close();
      await connection.quit().catch(() => undefined);
    },
  };
}

export interface DataWorkerOptions {
  concurrency?: number;
  queueName?: string;
  onTask?: (key: string, ms: number) => void;
}

/** A worker process: pulls tasks until closed. Tasks are CPU-bound: run one per core (concurrency 1 per process). */
export function startDataWorker(redisUrl: string, o: DataWorkerOptions = {}): Worker {
  return new Worker(
    o.queueName ?? DATA_QUEUE,
    async (job: Job<Task>) => {
      const t0 = performance.now();
      await runTask(job.data);
      o.onTask?.(taskKey(job.data), performance.now() - t0);
    },
    { connection: connect(redisUrl), concurrency: o.concurrency ?? 1, lockDuration: 300_000, stalledInterval: 60_000 },
  );
}
