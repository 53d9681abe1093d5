// The server's model deadline: the core deadline with MODEL_TIMEOUT (504) as its timeout error.
import { type Deadline, createDeadline as createCoreDeadline } from '../core/deadline.js';
import { modelErrors } from '../models/errors.js';

export type { Deadline };

export function createDeadline(timeoutMs: number, backend: string, parent?: AbortSignal): Deadline {
  return createCoreDeadline({
    timeoutMs,
    parent,
    onTimeout: (phase) => modelErrors.MODEL_TIMEOUT({ backend, timeoutMs, phase }),
    phases: { first: 'answer', rest: 'waiting for the next part of the streamed answer' },
  });
}
