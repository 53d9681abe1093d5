// In-process runner: tasks one after another (the reference every other runner must match).
import { dataErrors } from '../errors.js';
import { taskKey, type Task } from './plan.js';
import type { TaskRunner } from './runner.js';
import { runTask } from './tasks.js';

export function createLocalRunner(): TaskRunner {
  return {
    name: 'local',
    async run(tasks: Task[], onDone) {
      for (const t of tasks) {
        try {
          await runTask(t);
        } catch (err) {
          if (err && typeof err === 'object' && 'code' in err) throw err;
          throw dataErrors.DATA_TASK_FAILED({ task: taskKey(t), reason: err instanceof Error ? err.message : String(err) }, { cause: err });
        }
        onDone?.(t);
      }
    },
    async close() {},
  };
}
