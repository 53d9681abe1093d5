// Worker thread: receives tasks, runs them, reports done or the error (code and message).
import { parentPort } from 'node:worker_threads';
import type { Task } from './plan.js';
import { runTask } from './tasks.js';

parentPort?.on('message', async (msg: { id: number; task: Task }) => {
  try {
    await runTask(msg.task);
    parentPort?.postMessage({ id: msg.id, ok: true });
  } catch (err) {
    const e = err as { code?: string; message?: string };
    parentPort?.postMessage({ id: msg.id, ok: false, code: e?.code, message: e?.message ?? String(err) });
  }
});
