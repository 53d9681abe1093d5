// Task runners: where tasks execute. The coordinator names none; local, worker threads and BullMQ implement this.
import type { Task } from './plan.js';

export interface TaskRunner {
  readonly name: string;
  /** Run every task; resolve when all finished, reject on the first failure (naming the task). */
  run(tasks: Task[], onDone?: (t: Task) => void): Promise<void>;
  close(): Promise<void>;
}
