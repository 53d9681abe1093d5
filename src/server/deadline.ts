// One deadline per model call: aborts on client disconnect or after `timeoutMs`, and turns the timeout
// into MODEL_TIMEOUT (504) even when the pipeline below ignores its signal.
import { modelErrors } from '../models/errors.js';

export interface Deadline {
  signal: AbortSignal;
  /** Race a promise against the deadline. */
  run<T>(work: Promise<T>): Promise<T>;
  /** Pull the next item of an iterator against the deadline; each item re-arms it (an idle timeout for streams). */
  next<T>(it: AsyncIterator<T>): Promise<IteratorResult<T>>;
  dispose(): void;
}

export function createDeadline(timeoutMs: number, backend: string, parent?: AbortSignal): Deadline {
  const controller = new AbortController();
  let rejectTimeout: (err: Error) => void = () => {};
  const timedOut = new Promise<never>((_, reject) => {
    rejectTimeout = reject;
  });
  timedOut.catch(() => {});
  let phase = 'answer';
  const fire = () => {
    const err = modelErrors.MODEL_TIMEOUT({ backend, timeoutMs, phase });
    controller.abort(err);
    rejectTimeout(err);
  };
  let timer = setTimeout(fire, timeoutMs);
  timer.unref();
  const rearm = () => {
    if (controller.signal.aborted) return;
    clearTimeout(timer);
    timer = setTimeout(fire, timeoutMs);
    timer.unref();
  };
  const onParent = () => controller.abort(parent?.reason);
  parent?.addEventListener('abort', onParent, { once: true });
  return {
    signal: controller.signal,
    run: (work) => Promise.race([work, timedOut]),
    next: async (it) => {
      phase = 'waiting for the next part of the streamed answer';
      const r = await Promise.race([it.next(), timedOut]);
      rearm();
      return r;
    },
    dispose() {
      clearTimeout(timer);
      parent?.removeEventListener('abort', onParent);
    },
  };
}
